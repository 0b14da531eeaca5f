// Why: "One of the participants, former director of the IRS Marcus Owens, says": an apposition that holds a role and then the
// name, apart from appositions.ts (at its size limit).
import { lexicons } from '../lexicon.js';
import { isTitleWord, nameFromRun } from './capital-runs.js';
import { isRoleNoun } from './name-words.js';
import { isCapitalised, type Token } from './tokens.js';

/** The person's name that ends `words` after a role ("former IRS director Marcus Owens" → "Marcus Owens"); null when none. */
export function nameAfterRole(words: readonly Token[]): Token[] | null {
  // The apposition opens on its role ("former", "director"), not on a clause ("after a meeting with his counterpart Hans Eichel").
  const lead = words[0]?.text ?? '';
  if (!/^\p{Ll}/u.test(lead) || !(isRoleNoun(lead) || isTitleWord(lead) || lexicons().titleQualifiers.has(lead))) return null;
  if (words.some((t) => /^(?:his|her|their|its|who|which|after|with|in|to|by|and)$/.test(t.text))) return null;
  let cap = words.length;
  while (cap > 0 && isCapitalised(words[cap - 1]?.text ?? '')) cap--;
  const role = cap > 0 && words.slice(0, cap).some((t) => isRoleNoun(t.text) || isTitleWord(t.text));
  const run = role ? nameFromRun(words.slice(cap)) : null;
  return run?.kind === 'person' && run.words.length >= 2 ? words.slice(words.length - run.words.length) : null;
}
