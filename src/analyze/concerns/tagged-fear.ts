// '"… a very dangerous path for Australia," he said.': when the sentence is a quotation and a short speech tag after it, the
// quotation holds what is feared; the tag names the holder, who is printed beside the fear already. Reported speech without
// quotation marks ("… could mean trouble for firms, said Mr Pearson.") is cut the same way at its last comma.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';

/** A quotation from the sentence's start (or from a sentence that begins inside one) to its closing mark, then the tag. */
const TAGGED = /^["“]?([^"“”]+?)([\s,.;:!?…]*)["”]\s+([^"“”]{1,120}?)[.!?]?$/u;
/** Narration that opens a quotation inside the sentence, the quotation to its closing mark, then the tag ('Many problems "go back
 *  for decades," Obama said.'). */
const PARTLY = /^([^"“”]*["“][^"“”]+?)([\s,.;:!?…]*)["”]\s+([^"“”]{1,120}?)[.!?]?$/u;
/** A sentence with no quotation mark, its last comma, then a short tail. */
const REPORTED = /^([^"“”]+?)([,;]\s+)([^,;"“”]{1,90}?)[.!]?$/u;
/** Words that open a clause or a phrase, never a speech tag: "…, and critics warned", "…, according to police". */
const NOT_TAG =
  /^(?:and|but|or|nor|so|yet|while|whereas|because|as|since|which|who|whom|whose|where|when|if|though|although|after|before|according|including|with|without|to|in|on|at|for|by|from)$/i;

/** What may follow a tag's verb: a preposition or a time. */
const AFTER_TAG =
  /^(?:to|on|in|at|during|after|before|from|today|yesterday|tonight|this|last|earlier|later|recently|afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[.,]?$/;

const isReporting = (w: string | undefined): boolean => lexicons().reportingVerbs.has((w ?? '').toLowerCase().replace(/[.!?]$/, ''));

/** A speech tag's words: a reporting verb among the first four ("he said to Campbell", "Senator Milne said", "said Tim Lee, who …"). */
export const opensWithReport = (words: readonly string[]): boolean => words.slice(0, 4).some(isReporting);

/** The quotation before a closing speech tag ("he said", "said Rep. Owens", "Sari added today"); else the fear as it was. */
export function taggedFear(text: string, cue: string, fear: string): string {
  if (fear !== text) return fear;
  const trimmed = text.trim();
  const m = TAGGED.exec(trimmed) ?? PARTLY.exec(trimmed);
  if (!m) return reportedFear(text, cue);
  const [inner, marks, tag] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  const words = tag.split(/\s+/);
  // A tag is a few words with a reporting verb among its first four, or a longer subject its verb closes ("super PAC spokeswoman
  // Kellyanne Conway said", "Vann R. Newkirk II, a writer for The Atlantic, tweeted").
  const closed = words.length <= 14 && isReporting(words.at(-1));
  if ((words.length > 7 || !opensWithReport(words)) && !closed) return fear;
  if (wordCount(inner) < 4 || !(inner.includes(cue) || words.includes(cue))) return fear;
  // A question or an exclamation keeps its mark; a comma or full stop before the tag is the tag's.
  // Narration before the quotation keeps the quotation closed: 'Many problems "go back for decades"'.
  const open = /["“]/.exec(inner)?.[0];
  return inner + (/[!?]/.exec(marks)?.[0] ?? '') + (open === '“' ? '”' : (open ?? ''));
}

/** Reported speech before a closing tag with no quotation marks ("…, it said.", "…, a charity has warned."); else the sentence. */
function reportedFear(text: string, cue: string): string {
  const m = REPORTED.exec(text.trim());
  if (!m) return text;
  const [inner, tag] = [m[1] ?? '', m[3] ?? ''];
  const words = tag.split(/\s+/);
  if (!isSpeechTag(words) || wordCount(inner) < 4) return text;
  // The cue is what was said, or the tag's own verb when the tag is short ("…, warned Mr Hill"); never inside a longer tail.
  const cueInTag = words.length <= 4 && (words[0] === cue || words.at(-1)?.replace(/[.!]$/, '') === cue);
  return inner.includes(cue) || cueInTag ? inner : text;
}

/** A closing tag: its verb opens it ("said Mr Pearson of …"), or follows a short subject and ends it or leads only to a
 *  listener, a place or a time ("the report said", "he told the BBC", "Ms Lee argues in her lawsuit"); a clause after the
 *  verb ("it adds ridding it will be hard", "says her biggest concern is …") makes it no tag. */
function isSpeechTag(words: string[]): boolean {
  if (words.length > 10 || NOT_TAG.test(words[0] ?? '') || /ing$/i.test(words[0] ?? '')) return false;
  if (isReporting(words[0])) return true;
  const at = words.slice(1, 5).findIndex(isReporting) + 1;
  if (at === 0) return false;
  const verb = (words[at] ?? '').toLowerCase();
  const next = (words[at + 1] ?? '').toLowerCase();
  return next === '' || verb === 'told' || AFTER_TAG.test(next);
}
