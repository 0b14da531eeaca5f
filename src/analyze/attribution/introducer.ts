// Who a sentence that introduces a quotation names ("The mayor said on Monday:"), for the rules that carry a speaker on.
import { lexicons } from '../../lexicon.js';
import type { NameIndex, NameMention } from '../name-index.js';
import { OBJECT_PREPOSITIONS, namedElsewhere } from '../name-lookup.js';
import { isVerbAt, phraseAfter } from '../phrases.js';
import { leadingPhrase, subjectBefore } from '../subject.js';
import { resolveMention, resolveText } from '../resolve-mention.js';
import { isArticle, tokenize } from '../tokens.js';
import type { Sentence, Speaker } from '../../types.js';
import { FRONTED } from './capital-verb.js';

export const QUOTE_MARK = /["“”]/;
// split always gives at least one piece.
export const lastWord = (name: string): string => (name.split(/\s+/).at(-1) ?? '').toLowerCase();

/** A speaker the article knows: a one-word name must be one it uses elsewhere, so "Wait, it gets better:" or "Often, …" names nobody. */
export function knownSpeaker(s: Speaker | null, sentence: Sentence, names: NameIndex): Speaker | null {
  if (!s || s.kind === 'unknown') return null;
  const elsewhere =
    s.name.split(/\s+/).length > 1 ||
    namedElsewhere(names, sentence.index, (m) => (m.kind === s.kind || m.kind === 'unknown') && lastWord(m.name) === lastWord(s.name));
  return elsewhere ? s : null;
}

/**
 * "The timing of Sanders' surge doesn't surprise Republican pollster Daron Shaw:": of several people, a possessive modifies a noun;
 * the one person whose name ends the clause, right before the colon, is the one it introduces. Null when that does not hold.
 */
function closingOfSeveral(people: readonly NameMention[], text: string): NameMention[] | null {
  if (new Set(people.map((m) => lastWord(m.name))).size < 2) return null;
  const last = people.at(-1);
  const closes = last !== undefined && /^\s*:\s*$/.test(text.slice(last.end));
  const owners = people.slice(0, -1).every((m) => /^['’]s?\s+\p{Ll}/u.test(text.slice(m.end)) || /['’]s?$/.test(text.slice(m.start, m.end)));
  return closes && owners ? [last] : null;
}

/** Who a sentence that introduces a quotation names: the subject of its reporting verb, its opening phrase, or its one person. */
export function introducer(sentence: Sentence, text: string, names: NameIndex): Speaker | null {
  if (QUOTE_MARK.test(text)) return null;
  const tokens = tokenize(text, sentence.start);
  const known = (s: Speaker | null): Speaker | null => knownSpeaker(s, sentence, names);
  // "Stated Stone:" / "Added the mayor:": the verb first, the speaker after it.
  if (FRONTED.test(tokens[0]?.text ?? '')) {
    const named = phraseAfter(tokens, 1);
    const found = named.length > 0 && named.length <= 6 ? known(resolveMention(named, sentence, names)) : null;
    if (found) return found;
  }
  for (let k = 1; k < tokens.length; k++) {
    if (!isVerbAt(tokens, k)) continue;
    const subject = subjectBefore(tokens, k);
    const resolved = subject.length > 0 && subject.length <= 8 ? resolveMention(subject, sentence, names) : null;
    const found = known(resolved);
    if (found) return found;
    // "The party's platform committee said in a statement:": a body or role that is the subject of the verb speaks.
    const [head] = subject;
    const tail = subject.at(-1);
    if (resolved?.kind === 'unknown' && head && tail && isArticle(head.text) && k === tokens.indexOf(tail) + 1) return resolved;
  }
  const lead = leadingPhrase(tokens);
  const led = lead.length > 0 && lead.length <= 6 ? known(resolveMention(lead, sentence, names)) : null;
  if (led) return led;
  const end = text.length;
  const all = names.mentions.filter((m) => m.sentence === sentence.index && m.kind === 'person' && !m.quoted && m.start < end);
  const people = closingOfSeveral(all, text) ?? all;
  const distinct = new Set(people.map((m) => lastWord(m.name)));
  const [m] = people;
  // "She also asked Tom Hill:": the one person named is the one asked, not the speaker.
  if (distinct.size !== 1 || !m || lexicons().listenerVerbs.has(m.before.toLowerCase())) return null;
  // "… a blind faith in Obama's word:": a possessive after a mid-sentence preposition is what the sentence is about ("From Bush's post:" quotes him).
  const before = m.before.toLowerCase();
  const object = before === 'in' || (before !== 'from' && OBJECT_PREPOSITIONS.has(before));
  if (object && m.start > before.length + 1 && /['’]s$/.test(text.slice(m.start, m.end))) return null;
  return known(resolveText(sentence.text.slice(m.start, m.end), m.start, sentence, names));
}
