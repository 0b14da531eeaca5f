// A headline that opens on a name, a colon and a quotation ("Kasich: ‘We Are Going …’") gives the article's voice to the quotations
// that nothing else attributes: a transcript under it, or a quotation that opens the story.
import { lexicons } from '../lexicon.js';
import type { QuoteItem, Speaker } from '../types.js';
import { fullName } from './name-lookup.js';
import type { NameIndex } from './name-types.js';

/** One to four capitalised words, a colon, then a quotation mark: "Cecile Richards: ‘I’m Sick …’", not "CNN President On Trump: ‘…’". */
const NAME_COLON_QUOTE = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*):\s+["“‘']/u;

/** Whether a word is one of a name's words: a headline's "On", "Says" or "Hammers" is none of the person's. */
const isNameWord = (word: string, name: string): boolean => name.split(/\s+/).includes(word);
const lastOf = (name: string): string => name.split(/\s+/).at(-1) ?? '';

/** The person the headline quotes, when the article names that person in its text; else null. */
export function headlineVoice(headline: string | undefined, names: NameIndex): Speaker | null {
  const given = NAME_COLON_QUOTE.exec(headline ?? '')?.[1]?.split(/\s+/);
  // "US Maj. Gen. Kelly:": a country's initials and titles before the name are no part of it.
  const lead = given?.findIndex((w) => !/^\p{Lu}{2,3}$/u.test(w) && !lexicons().titles.has(w.replace(/\.$/, '').toLowerCase())) ?? -1;
  const prefix = lead >= 0 ? given?.slice(lead).join(' ') : undefined;
  if (prefix === undefined) return null;
  const name = fullName(names, prefix);
  const words = prefix.split(/\s+/);
  // The article must name that person in its own text: a headline alone is no evidence of who a person is.
  // "Richards" in the text is the headline's "Cecile Richards": every word of the text's name is in the headline's.
  // A surname the text gives alone is untyped ("Richards"); with a given name before it, the headline's prefix is a person's name.
  const same = names.mentions.filter((m) => m.name.split(/\s+/).every((w) => isNameWord(w, name)) && lastOf(m.name) === lastOf(name));
  const person = same.some((m) => m.kind === 'person') || (words.length > 1 && same.some((m) => m.kind === 'unknown'));
  if (!person || !words.every((w) => isNameWord(w, name))) return null;
  return { name, title: names.titles.get(name) ?? null, kind: 'person', mention: prefix };
}

/** Whether the sentences `first` to `last` name a person other than the headline's: then the quotation there may be theirs. */
function namesAnother(names: NameIndex, [first, last]: readonly [number, number], voice: Speaker): boolean {
  return names.mentions.some((m) => m.sentence >= first && m.sentence <= last && !m.quoted && m.kind === 'person' && fullName(names, m.name) !== voice.name);
}

/**
 * Credits the headline's voice to each quotation left without a speaker whose sentences hold no attribution (`open` gives their
 * first and last sentence, or null) and name no other person.
 */
export function creditHeadlineVoice(items: QuoteItem[], open: ReadonlyArray<readonly [number, number] | null>, names: NameIndex, headline?: string): void {
  const voice = headlineVoice(headline, names);
  if (voice === null) return;
  items.forEach((item, i) => {
    const range = open[i];
    if (!item.speaker && range && !namesAnother(names, range, voice)) item.speaker = { ...voice, rule: 'headline-voice' };
  });
}
