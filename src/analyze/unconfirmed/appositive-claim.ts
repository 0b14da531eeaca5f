// Why: "Marco Rubio -- perhaps the most likely consensus candidate -- stayed off the airwaves" printed the whole sentence as the
// claim, the act it reports included; a hedge inside an appositive on the sentence's opening name hedges only what the aside says.
import { lexicons } from '../../lexicon.js';
import type { CueMatch } from './cues.js';

/** The opening name (capitalised words, "of" and "the" between them), its aside between two commas or two dashes opening on an
 *  article or a word of hedging (not a relative clause: relative-insert.ts reads "Ann Lee, who allegedly …"), and a word after. */
const OPENING_APPOSITIVE =
  /^((?:\p{Lu}[\p{L}.’'-]*)(?:\s+(?:of\s+|the\s+|de\s+)?\p{Lu}[\p{L}.’'-]*){0,4})(\s*,|\s+--|\s+[–—])\s+((?:the|an?|one|perhaps|possibly|probably|believed|thought|considered|widely|reportedly|allegedly|apparently|suspected)\s[^,;:–—]*?)(\s*,|\s+--|\s+[–—])\s+(\p{Ll}+)/u;

/** "NAME is ASIDE" when the cue sits inside the aside set off after the sentence's opening name; null otherwise. */
export function appositiveClaim(m: CueMatch, text: string): string | null {
  const a = OPENING_APPOSITIVE.exec(text);
  const [, name = '', open = '', aside = '', close = '', verb = ''] = a ?? [];
  // The two marks match ("--" with "--", "," with ","); a conjunction or a relative after the aside opens no predicate.
  if (!a || open.trim() !== close.trim() || /^(?:and|or|but|who|which|that|said|says)$/.test(verb)) return null;
  // A noun phrase of three words or more, on a name that is no sentence adverb or time ("However, the timing …", "Yesterday, the Post …").
  const { sentenceAdverbs, sentenceStarters, timeAdverbs, calendarWords } = lexicons();
  const lower = name.toLowerCase();
  if (aside.split(/\s+/).length < 3 || [sentenceAdverbs, sentenceStarters, timeAdverbs, calendarWords].some((list) => list.has(lower))) return null;
  const start = text.indexOf(aside, name.length + open.length);
  return m.at >= start && m.end <= start + aside.length ? `${name} is ${aside}` : null;
}
