// "The thing Rubio most needs, aides said, is for Kasich to quit", "Otherwise, she said, countries may steal growth": a claim
// cut at an attribution set off by commas opens on the attribution; the claim is the sentence's clause around it.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { isPastForm } from '../past-form.js';

/** An attribution aside that opens the claim: a few words of source, a verb of saying and its closing comma. */
const ASIDE = /^(?:[\p{L}.'’-]+\s+){0,3}(?:said|says|added|adds|argued|argues|noted|notes|insisted|insists),\s+(?!(?:and|but|or|as|when|while|if|because)\s)/u;
/** A finite verb or auxiliary that opens a clause whose subject stands before it ("…, aides said, is for …", "…, but may close"). */
export const FINITE_OPENER = 'is|are|was|were|has|have|had|could|would|will|can|may|might|should|must|did|does';
/** The same, with the linking verbs of a hedge ("…, but seemed changed", "…, which appears to …"). */
export const LINKING_OPENER = `${FINITE_OPENER}|seems?|seemed|appears?|appeared`;
/** A verb that needs the subject before the aside ("…, aides said, is for …"). */
const NEEDS_SUBJECT = new RegExp(`^(?:${FINITE_OPENER})\\b`);

/** The claim without an attribution aside at its start; the subject before the aside comes back when the rest needs it. */
export function withoutAside(claim: string, text: string): string {
  const aside = ASIDE.exec(claim);
  // "Trump reportedly said, …": a hedge in the aside is the claim's own cue, and what was said is the claim.
  if (!aside || /ly\s/.test(aside[0])) return claim;
  const rest = claim.slice(aside[0].length);
  const at = text.indexOf(claim);
  // Set off by commas on both sides: "X, aides said, …", not "Aides said, …" at the sentence's start.
  if (at <= 0 || !/,\s*$/.test(text.slice(0, at)) || wordCount(rest) < 3) return claim;
  if (!NEEDS_SUBJECT.test(rest)) return rest;
  const subject = (
    text
      .slice(0, at)
      .replace(/,\s*$/, '')
      .split(/[;:—–]\s*|,\s+(?:and|but)\s+/)
      .pop() ?? ''
  ).trim();
  return wordCount(subject) >= 2 && wordCount(subject) <= 20 ? `${subject} ${rest}` : claim;
}

/** What may follow "according to X," inside a clause whose subject came before it: a preposition, an auxiliary or a past verb. */
const GOES_ON = /^(?:by|in|on|at|for|with|from|to|was|were|is|are|has|have|had|that)\b/i;
/** A fronted phrase or clause that leans on the main clause after it ("Beginning in 2014, …", "While most of those …, …"). */
const FRONTED = /^(?:while|whilst|although|though|because|after|before|since|when|once|during|until|beginning|starting|in|on|at|by)\b/i;
/** What opens a clause of its own after the aside, not the main clause a fronted phrase leans on. */
const OWN_CLAUSE = /^(?:but|and|or|yet|so|though|although|while|adding|which|who|whose|where|as)\b/i;

/**
 * The claim across an "according to" aside in mid-clause, or null: "The elections, won, according to officials, by the ruling
 * party" and "Lewis, according to the source, asked …" run on past it; after a lone link word ("Instead, according to the source,
 * Laterza told …") the claim is what follows.
 */
export function acrossAccording(before: string, clause: string, after: string): string | null {
  const aside = /^according to [^,]+(?:,\s*(.+))?$/i.exec(clause.trim());
  if (!aside) return null;
  // "according to the source, Laterza told …" can end its clause before "Laterza told", which reads as a credit.
  const rest = aside[1] ?? after.replace(/^[\s,]+/, '');
  const first = /^[^,;]*/.exec(rest)?.[0] ?? '';
  if (!first) return null;
  if (GOES_ON.test(rest) || isPastForm(rest.split(/\s/)[0] ?? '')) return `${before} ${first}`;
  if (FRONTED.test(before) && !before.includes(',') && !OWN_CLAUSE.test(first) && wordCount(first) >= 3) return `${before}, ${first}`;
  return wordCount(before) <= 1 && wordCount(first) >= 3 ? first : null;
}
