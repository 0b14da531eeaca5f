// Holders found in a phrase or around a sentence: the one person a long subject phrase names, where the phrase as a whole
// resolves to no one ("the U.S. ambassador to Iraq Zalmay Khalilzad warned"), and the speaker of the quotation a sentence is in.
import { lexicons } from '../lexicon.js';
import type { QuoteItem, Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import type { Token } from './tokens.js';

/** The one person a phrase names, not as a preposition's object ("the U.S. ambassador to Iraq Zalmay Khalilzad"); else null. */
export function personIn(phrase: readonly Token[], sentence: Sentence, names: NameIndex): string | null {
  const [from, to] = [phrase[0]?.start ?? 0, phrase.at(-1)?.end ?? -1];
  const inside = names.mentions.filter((m) => m.sentence === sentence.index && m.kind === 'person' && !m.quoted && m.start >= from && m.end <= to);
  const [only] = inside;
  if (!only || !only.name.includes(' ') || inside.some((m) => m.name !== only.name)) return null;
  // A title or a known first name makes it a person's name, not an event's or a report's ("the annual Closing Dinner").
  if (!only.title && !lexicons().firstNames.has(only.name.split(' ')[0]?.toLowerCase() ?? '')) return null;
  // "the wife of (President) John Hill": a preposition's object, unless a place stands between ("to Iraq Zalmay Khalilzad").
  const lead = only.run
    .slice(0, Math.max(0, only.run.indexOf(only.name)))
    .replace(only.title ?? '', '')
    .trim();
  return /^(?:of|to|for|with|by|from|about|against|on|at|in|than|like|and|or)$/i.test(only.before) && lead === '' ? null : only.name;
}

/** "WASHINGTON, June 24 (UPI) —", "PARIS, Aug 31 (Reuters) -": a dateline's place in capitals is where the story was filed, not who speaks. */
const DATELINE = /^([\p{Lu}][\p{Lu}.' -]+),\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\b|\([^)]{2,40}\)\s*[—–-])/u;
export const isDatelinePlace = (name: string, text: string): boolean => DATELINE.exec(text)?.[1]?.toLowerCase() === name.toLowerCase();

/**
 * A sentence further inside a quotation ("… You get shot. And we have to stop the violence."): its speaker's. `whole`: only a
 * sentence the quotation holds entire, not one that closes it before a tag of its own ("…,” Joseph argues in his lawsuit").
 */
export function speakerAround(sentence: Sentence, quotes: readonly QuoteItem[], whole = false): string | null {
  // A post's last sentence ends on its credit ("… must stop.” —@account", "… regime": Omar Haddad, former mayor.): the words are those before it.
  const words = sentence.text.replace(/[”"]\s*(?:[—–]\s*@\w{1,30}\.?|:\s*\p{Lu}.*)$/u, '').replace(/^[\s"“”‘’']+|[\s"“”‘’']+$/gu, '');
  // "… to make informed decisions," Martins said.": the sentence closes the quotation; its words are those before the mark.
  const closing = /^([^"“”]{20,}?)[,.!?]?["”]/u.exec(words)?.[1];
  const inside = [words, whole ? undefined : closing].filter((w): w is string => w !== undefined && w.length >= 20);
  const quote = quotes.find(
    (q) => q.speaker && q.source.paragraph === sentence.paragraph && q.source.sentenceIndex < sentence.index && inside.some((w) => q.text.includes(w)),
  );
  return quote?.speaker?.name ?? null;
}

/**
 * A name that is a lone letter ("Q" of "the Q poll"), a law or deal ("… Investment Partnership") or ends in a bare number (a
 * clause of a text, "Article 33", "Section 3", or a run misread as a name, "NPT permits 5") holds nothing.
 */
export function isHolderName(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  // "Greek sprinters …", "A German warning": a nationality or party adjective alone holds nothing.
  if (lexicons().demonyms.has(name)) return false;
  return (name.match(/\p{L}/gu) ?? []).length >= 2 && !lexicons().notHolderHeads.has(last.toLowerCase()) && !/^\d+$/.test(last);
}

/**
 * "Experts tell us that … is a particular problem," he said.: a sentence that closes an earlier sentence's quotation before
 * its tag is the tagged speaker's, whoever the words inside name; they report it in the speaker's voice.
 */
export function taggedSpeaker(sentence: Sentence, quotes: readonly QuoteItem[]): string | null {
  return /^[^"“”]{20,}[,.!?]["”]\s*,?\s*[^"“”]{2,60}$/u.test(sentence.text.trim()) ? speakerAround(sentence, quotes) : null;
}
