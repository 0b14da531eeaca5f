// Why: "He claims to be a Democrat", "Palestinian officials claim to have intercepted …": a claim made with "to" has its subject
// before the cue, so the part after the cue read "to be a Democrat", whose it was lost.
import { lexicons } from '../../lexicon.js';
import { isVerbWord } from '../role-only.js';

/** A comma, "that" or a conjunction after which the clause with the subject opens. */
const CLAUSE_OPENER = /[,;:—–(]|\b(?:that|and|but|because|while|although|though|when|if|since|as)\b/gi;

/** The noun phrase before "who" ("begging a woman who claimed …" → "a woman"): up to four words, back to a verb or preposition. */
function antecedent(words: readonly string[]): string[] {
  const { functionWords, determiners } = lexicons();
  const phrase: string[] = [];
  for (const w of [...words].reverse()) {
    const lower = w.toLowerCase();
    if (phrase.length === 4 || isVerbWord(w) || /\p{Ll}ing$/u.test(w) || (functionWords.has(lower) && !determiners.has(lower))) break;
    phrase.unshift(w);
  }
  return phrase;
}

/** "He claims to be a Democrat", "a woman who claimed to be undecided" → "a woman claimed to be undecided"; null for any other cue,
 *  for the noun ("North Korea's claim to …"), or when the subject cannot be told in a few words. */
export function claimTo(match: string, before: string, after: string): string | null {
  if (!/^claim(?:s|ed)?$/i.test(match) || !/^\s+to\s+(?:be|have)\s+\S+\s+\S/i.test(after)) return null;
  if (/(?:['’]s?|\b(?:the|a|an|his|her|their|its|our|my|your|this|that|whose))\s*$/i.test(before)) return null;
  const opener = [...before.matchAll(CLAUSE_OPENER)].at(-1);
  // "as charitable as he claims to be", "as wealthy as Mr. Trump claims to be": a comparison, no claim of its own.
  if (opener?.[0].toLowerCase() === 'as') return null;
  const words = before
    .slice(opener ? opener.index + opener[0].length : 0)
    .replace(/^[\s“"‘]+/, '') // a quotation that opens on the subject
    .split(/\s+/)
    .filter(Boolean);
  const subject = words.at(-1)?.toLowerCase() === 'who' ? antecedent(words.slice(0, -1)) : words;
  // "the Sanders claim to have …" is the noun after a name; a subject of plain words only ("CAR) claim" is a bracket's end).
  if (
    (match === 'claim' && /^(?:the|a|an)$/i.test(subject[0] ?? '') && /^\p{Lu}/u.test(subject.at(-1) ?? '')) ||
    subject.some((w) => !/^[\p{L}\d.’'-]+$/u.test(w))
  )
    return null;
  // Up to the clause's end, a comma inside a number ("4,100") aside; a quotation left open ends nothing readable.
  const rest =
    /^(?:[^,;:—–()]|,(?=\d))*/
      .exec(after)?.[0]
      .replace(/[.!?]+$/, '')
      .trim() ?? '';
  if (/"/.test(rest) || (rest.match(/“/g)?.length ?? 0) > (rest.match(/”/g)?.length ?? 0)) return null;
  return subject.length > 0 && subject.length <= 8 ? `${subject.join(' ')} ${match} ${rest}` : null;
}
