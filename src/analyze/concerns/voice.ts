// Who voices a word of harm: a reporting verb whose words hold it, or a quotation around it (GUIDELINE.md, "concerns").
import { lexicons } from '../../lexicon.js';
import { spacedWordCount as wordCount } from '../../word-count.js';
import { isUnvoicedAccusation, type Predicate } from './predicates.js';
import { allMatches } from '../../all-matches.js';

const PASSIVE_BEFORE = /\b(is|was|are|were|be|been|being)\s+(widely\s+|generally\s+|also\s+|often\s+)?$/i;

/** Every voice marker of the lexicon, made once: a sentence's harms are checked against them all. */
let everyMarker: RegExp | undefined;

/** The reporting verbs and "according to" in a sentence that name a source, in order. */
export function voicesIn(text: string): RegExpExecArray[] {
  everyMarker ??= new RegExp(lexicons().voiceMarkers.source, 'gi');
  return allMatches(text, everyMarker).filter((m) => {
    // A scare quote ("inappropriate violence") is no source: a quotation counts from four words, through `quoted`.
    if (!/^\p{L}/u.test(m[0])) return false;
    // "was accused of", "a contractor accused of spying": an allegation with no accuser voices nothing.
    if (isUnvoicedAccusation(text, m.index, m.index + m[0].length)) return false;
    // "It is believed that …", "were described as …": a passive with no "by" names no source ("is saying" is no passive; "was accused" has accusers).
    const passive = !/ing$|^(accused|critici[sz]ed|warned)$/i.test(m[0]) && PASSIVE_BEFORE.test(text.slice(0, m.index));
    if (passive && !/^\s+by\b/i.test(text.slice(m.index + m[0].length))) return false;
    // "the United States" says nothing: a reporting verb in lower case, or first in the sentence.
    return m.index === 0 || !/^\p{Lu}/u.test(m[0]) || /^according/i.test(m[0]);
  });
}

/** A new main clause after the reported one: "…, and to date has only issued a tweet", "; the storm …" ("…, and that …", "…, and lower profits" still report). */
const NEW_CLAUSE =
  /,\s+(?:and|but|whil(?:e|st)|whereas|although|though|where)\s+(?!that\b)(?=(?:[^\s,;]+\s+){0,3}?(?:has|have|had|is|was|are|were|will|would|did|does)\b)|;\s/i;
/** An attribution after what was said: "…, Mr Lee said", "…,” said the mayor", "… — the minister warned". */
const ATTRIBUTION_BEFORE = /^[\s\S]*(?:[,”"!?]|''|\s[—–])['’]?\s+((?:[^\s,;:”"]+\s+){0,8})$/u;
const ADVERB = /^(also|later|then|again|\p{Ll}+ly)$/u;

/**
 * Whether the verb at `v` credits the words before it ("…, Mr Lee said", "…,” said the mayor", "…, James Comey, the FBI
 * director, said", "talked of the crisis, saying …"), not a subject described in an aside ("the terrorists, who call themselves
 * the Brigades, stated that …") nor a clause of its own ("…, and officials said", "…, where local sources said").
 */
function attributes(text: string, from: number, v: RegExpExecArray): boolean {
  const between = text.slice(from, v.index);
  const m = ATTRIBUTION_BEFORE.exec(between);
  // The words between are the subject: no conjunction opens them, and no verb of their own ("requests were made to her for added …").
  if (
    !m ||
    /^(and|but|or|while|whilst|whereas|although|though|so|yet|where|who|whom|whose|which)\b|\b(is|are|was|were|be|been|has|have|had|will|would|to)\s/i.test(
      m[1] ?? '',
    )
  )
    return false;
  const subject = (m[1] ?? '').split(/\s+/).filter((w) => w && !ADVERB.test(w) && !lexicons().timeAdverbs.has(w.toLowerCase()));
  if (subject.length > 0 || /ing$/i.test(v[0]) || /,\s+(?:\p{Lu}|the\s|an?\s)/u.test(between)) return true;
  // No subject between: an inverted attribution names it after the verb and ends ("…,” said Jim Clyburn, a congressman").
  const after = text.slice(v.index + v[0].length).split(/[,.;:!?"”(]/)[0] ?? '';
  return wordCount(after) <= 8 && !/^\s*that\b/i.test(after);
}

/** Whether the offset lies inside a quotation: between an opening and a closing mark, or before a closing mark the sentence did not open. */
export function inQuotation(text: string, at: number): boolean {
  const marks = allMatches(text, /[“”"]/g);
  const closes = (m: RegExpExecArray): boolean =>
    m[0] === '”' || (m[0] === '"' && /[\p{L}\d.,!?]/u.test(text[m.index - 1] ?? ' ') && /^(\s|$|[,.;:)])/.test(text.slice(m.index + 1)));
  let inside = marks.length > 0 && closes(marks[0] as RegExpExecArray) && !text.slice(0, marks[0]?.index).includes('“');
  for (const m of marks) {
    if (m.index >= at) break;
    inside = m[0] === '“' ? true : m[0] === '”' ? false : closes(m) ? false : !inside;
  }
  return inside;
}

/**
 * Whether a source voices the word of harm: it sits in a quotation, or in what a reporting verb reports (after the verb, in
 * its clause; or before an attribution "…, he said"), or the sentence cites its source ("according to").
 */
export function voicesHarm(text: string, harm: Predicate, voices: readonly RegExpExecArray[], quoted: boolean): boolean {
  // A scare quote ("inappropriate violence") is no source: a quotation counts from four words, through `quoted`.
  if (quoted && (!/["“”]/.test(text) || inQuotation(text, harm.start))) return true;
  return voices.some((v) => {
    if (/^according/i.test(v[0])) return true;
    const end = v.index + v[0].length;
    // "Sanders accused Clinton of …", "residents protested": the word of criticism is itself the reporting verb.
    if (v.index <= harm.start && end >= harm.end) return true;
    if (end <= harm.start) return !NEW_CLAUSE.test(text.slice(end, harm.start));
    return attributes(text, harm.end, v);
  });
}
