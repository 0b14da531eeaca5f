// Why: "Apple's Chief Executive Tim Cook", "Uber London's General Manager": a capitalised title's owner ends the capital run before it
// (a possessive breaks the run), so without this the brief prints "Chief Executive" and loses whose; bare-role.ts finds the owner.
import { lexicons } from '../lexicon.js';
import { ownerStart } from './bare-role.js';
import { HONORIFIC } from './honorific-title.js';
import { isCourtesy } from './name-words.js';
import type { Token } from './tokens.js';
import { isQualifierPhrase } from './title-qualifier.js';

/** Forms of address that are no office of an owner ("Harvard's Dr. Smith" is a doctor, not Harvard's); honorifics too ("Rev."). */
const ADDRESS = /^(?:Dr\.?|Sir|Dame|Lord|Lady|Prof\.?|Professor)$/;

/** Where a capitalised owner's possessive before the title at `k` starts ("Apple's" of "Apple's Chief Executive"); null when none. */
export function titleOwnerAt(tokens: readonly Token[], k: number, title: string): number | null {
  if (isCourtesy(title) || ADDRESS.test(title) || HONORIFIC.test(title)) return null;
  const start = ownerStart(tokens, k);
  if (start === null) return null;
  // "Monday's", "The White House's": a day is no owner, and an opening article stays out of it.
  const first = tokens[start]?.text.replace(/['’]s?$/, '').toLowerCase() ?? '';
  if (lexicons().calendarWords.has(first)) return null;
  return /^(?:The|A|An)$/.test(tokens[start]?.text ?? '') ? start + 1 : start;
}

/** "Apple's" or "Apple's former" as the lead of an indexed title: an owner's possessive in capitals (up to four words), then qualifiers. */
export function isOwnerLead(lead: string): boolean {
  const m = /^((?:\p{Lu}[\p{L}\d.&-]*\s){0,3}\p{Lu}[\p{L}\d.&-]*(?:['’]s|s['’]))(?:\s(.+))?$/u.exec(lead);
  return m !== null && (m[2] === undefined || isQualifierPhrase(m[2]));
}
