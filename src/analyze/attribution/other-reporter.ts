// Why: `"…," Ailes said. As she left the office, she says, Ailes tried to kiss her. "I was terrified."`: a "she says" of the
// other sex between two quotations hands the next one to her, so the run of the last speaker's quotes has ended.
import { lexicons } from '../../lexicon.js';
import type { Sentence, Speaker } from '../../types.js';
import type { NameIndex } from '../name-index.js';
import { genderOf } from '../name-lookup.js';
import type { LocatedSpan, PreviousQuote } from './rule.js';

const REPORTER = /\b(he|she)\s+(?:says|said|recalls|recalled|adds|added|remembers|remembered)\b/gi;

/** Whether narration between the last quotation and this one reports through a "he"/"she" of the other sex than `speaker`. */
export function otherReporterBetween(span: LocatedSpan, sentences: readonly Sentence[], names: NameIndex, previous: PreviousQuote, speaker: Speaker): boolean {
  const sex = speaker.kind === 'person' ? genderOf(names, speaker.name) : null;
  if (!sex) return false;
  const between = sentences.slice(previous.sentence + 1, span.first.index).map((s) => s.text);
  const pronounSex = (word: string | undefined): 'm' | 'f' | null => lexicons().pronouns.get(word?.toLowerCase() ?? '')?.gender ?? null;
  // Only narration: a sentence with a quotation mark of its own may hold the pronoun inside someone's words.
  return between.some((text) => !/["“”]/.test(text) && [...text.matchAll(REPORTER)].some((m) => pronounSex(m[1]) !== sex));
}
