// "Mr. Hale and Senator Ana Ruiz": a capital run that names someone before "and" gives the person after it only the title after "and".
import { lexicons } from '../lexicon.js';
import { isOrgWord } from './name-words.js';

/** The title words that belong to the name after them: past the last "and" when a name, not a title or a field, ends the words before it. */
export function titleAfterList(words: readonly string[], isTitle: (word: string) => boolean): readonly string[] {
  const and = words.lastIndexOf('and');
  const before = words[and - 1] ?? '';
  const after = words.slice(and + 1);
  // "Chairman and President", "Secretary of Trade and Industry", "Homeland Security and Governmental Affairs Committee Chairman" stay whole.
  if (and <= 0 || isTitle(before) || isOrgWord(before) || words.slice(0, and).some((w) => /^(of|for|on)$/.test(w))) return words;
  // The title after "and" opens at once, or after a place ("Ohio Gov."); "Economy and Labour Minister" is one portfolio.
  const [lead = ''] = after;
  const placed = lexicons().regions.has(lead) || lexicons().countries.has(lead);
  return isTitle(lead) || (placed && isTitle(after[1] ?? '')) ? after : words;
}
