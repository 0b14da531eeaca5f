// "Also of concern to owners is …", "This has been a persistent concern for Democrats": the group a worry is "of … to" or
// "a … concern for" holds it; in a credited quotation its speaker voices it. "concern for the victims" cares, it holds no worry.
import { isGroupPlural } from './group-subject.js';
import { isRoleNoun } from './name-words.js';
import type { Token } from './tokens.js';

const isCredited = (tokens: readonly Token[], cue: number): boolean =>
  tokens.slice(cue).some((t, i, rest) => /^[”"]$/.test(t.text) && /^(said|says|added|told)$/i.test(rest[i + 1]?.text ?? ''));

/** Whether the worry noun at `cue` reads "of <noun> to <group>", outside a credited quotation ("… of concern to people,” said Berger). */
export function isOfConcernTo(tokens: readonly Token[], cue: number): boolean {
  // "of particular concern to the White House", "of great concern to": a modifier or two may stand between.
  let of = cue - 1;
  while (of > cue - 3 && /^(particular|great|grave|serious|special|major|real|deep|some|considerable|increasing|growing)$/i.test(tokens[of]?.text ?? '')) of--;
  if (!/^of$/i.test(tokens[of]?.text ?? '') || !/^to$/i.test(tokens[cue + 1]?.text ?? '')) return false;
  return !isCredited(tokens, cue);
}

/**
 * Whether the worry noun at `cue` is predicated, with an indefinite article, of what worries a group named after "for": "is a
 * major concern for Admiral Harris", "has been a persistent concern for Democrats". Not after a modal ("should be a big
 * concern for his campaign" is the writer's advice), nor when "for" names a thing ("a concern for the US economy").
 */
export function isConcernFor(tokens: readonly Token[], cue: number): boolean {
  if (!/^(concern|worry)$/i.test(tokens[cue]?.text ?? '') || !/^for$/i.test(tokens[cue + 1]?.text ?? '')) return false;
  let article = cue - 1;
  while (article > cue - 3 && /^\p{Ll}+$/u.test(tokens[article]?.text ?? '') && !/^(a|an)$/.test(tokens[article]?.text ?? '')) article--;
  if (!/^(a|an)$/.test(tokens[article]?.text ?? '') || !/^(is|are|was|were|been|remains|remained|becomes|became)$/i.test(tokens[article - 1]?.text ?? ''))
    return false;
  // The group's head: the last word before a clause, a list or a time ("Democrats this year", "homeowners, especially").
  let end = cue + 2;
  while (tokens[end]?.kind === 'word' && !/^(this|last|next|in|on|at|for|since|who|whose|which|that|and|or|to|as)$/i.test(tokens[end]?.text ?? '')) end++;
  const head = tokens[end - 1]?.text ?? '';
  const group = /^\p{Lu}/u.test(head) || isGroupPlural(head) || isRoleNoun(head);
  return end > cue + 2 && group && !isCredited(tokens, cue);
}
