// "“…,” the retired neurosurgeon told REVOLT TV. \n\n The former Republican presidential candidate continued, saying, “…”": a
// description in place of a name, left unresolved, is the person whose quotation came just before.
import { lexicons } from '../lexicon.js';
import type { Sentence, Speaker } from '../types.js';
import type { LocatedSpan, PreviousQuote } from './attribution/rule.js';
import { newSpeakerBetween } from './attribution/run.js';
import type { NameIndex } from './name-index.js';
import { isEpithetHead } from './name-words.js';

/** Offices a story hands on to the person it is about (as in office-holder.ts); ranks and trades ("the judge") bring in someone new. */
const OFFICE = /^(?:president|minister|premier|chancellor|senator|governor|mayor|leader|secretary|congress(?:wo)?man|lawmaker)$/;

/** "X was asked by Y whether … “…”": a question reported around the quotation; whoever answers it is another voice. */
const REPORTED_QUESTION = /\b(?:asked|asking)\b[^“"]*\b(?:whether|if|why|how|what|when)\b/;

/** "the former Republican presidential candidate": "the", at most four modifiers (no possessive, no "of"), an office or epithet head. */
function headOf(mention: string): string | null {
  const words = mention.split(/\s+/);
  const head = words.at(-1) ?? '';
  if (!/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 6 || !/^\p{Ll}/u.test(head)) return null;
  if (words.slice(1, -1).some((w) => /['’]|^(of|and|or|to|for|with)$/i.test(w))) return null;
  return OFFICE.test(head) || isEpithetHead(head) ? head : null;
}

/** The office word of a title ("senator" for "Sen."), or '' for none. */
function officeWord(title: string | null): string {
  const word = (title ?? '').toLowerCase().split(/\s+/).pop()?.replace(/\.$/, '') ?? '';
  return lexicons().titleAbbreviations.get(word) ?? word;
}

/**
 * The person who spoke the quotation before, for a speaker the resolver left as a description ("the presidential candidate"):
 * when that quotation is in this paragraph or the one before and asks no question, nobody new acts between the two, and the
 * person holds no other office than the one the description names. Null otherwise, and the description stays.
 */
export function lastSpeakerAsEpithet(
  speaker: Speaker,
  previous: PreviousQuote | null,
  span: LocatedSpan,
  sentences: readonly Sentence[],
  names: NameIndex,
): Speaker | null {
  const last = previous?.speaker;
  if (speaker.kind !== 'unknown' || !previous || last?.kind !== 'person' || previous.paragraph < span.paragraph - 1) return null;
  const head = headOf(speaker.mention ?? '');
  if (!head || span.first.index - previous.sentence > 3) return null;
  // "“That would be you?” Borger asked. “…,” the senator said": an answer is another voice than the question's.
  const before = sentences[previous.sentence];
  const upTo = before?.text.slice(0, Math.max(0, previous.close - before.start)) ?? '';
  if (/\?\W{0,2}$/u.test(upTo) || REPORTED_QUESTION.test(upTo)) return null;
  const own = officeWord(last.title);
  if (OFFICE.test(head) && own !== '' && OFFICE.test(own) && own !== head) return null;
  return newSpeakerBetween(span, sentences, names, previous, last) ? null : { ...last, mention: speaker.mention };
}
