// An aside between a subject and its verb that says how the subject spoke: "a senior official, speaking on condition of
// anonymity, said", "an aide who spoke anonymously to discuss strategy said". The subject stands before it.
import { isCapitalised, type Token } from './tokens.js';

/** The words that open such an aside: a participle of speaking or asking, or "who" before a verb of speaking or asking. */
const PARTICIPLE = /^(speaking|talking|requesting|asking|declining)$/i;
const RELATIVE_VERB = /^(spoke|speaks|asked|asks|requested|requests|declined|declines|insisted|talked)$/i;
/** "who was not authorized to speak", "who did not want to be named". */
const RELATIVE_NOT = /^(?:was|is|were|are|did|does|would)$/i;
const UNAUTHORISED = /^(?:authori[sz]ed|allowed|permitted|want|wish|wishing)$/i;
/** The furthest an aside runs before the verb. */
const REACH = 24;
/** A party and state label set off by commas after a name: "R-PA", "D-N.Y.", "I-Vt.". */
const PARTY_LABEL = /^[DIR]-\p{Lu}/u;

/** "Senator Arlen Spector, R-PA, said": the comma that opens a party label standing right before the verb at `verb`, or -1. */
function partyLabelBefore(tokens: readonly Token[], verb: number): number {
  if (tokens[verb - 1]?.text !== ',') return -1;
  let j = verb - 2;
  while (j > 0 && (tokens[j]?.text === '.' || /^\p{Lu}$/u.test(tokens[j]?.text ?? ''))) j--;
  return PARTY_LABEL.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',' ? j - 1 : -1;
}

/** Whether the word at `at` opens an aside of speaking: "speaking …", "who spoke …", "who was not authorized …". */
export function opensAside(tokens: readonly Token[], at: number): boolean {
  const text = (n: number): string => tokens[at + n]?.text ?? '';
  const refused = RELATIVE_NOT.test(text(1)) && /^not$/i.test(text(2)) && UNAUTHORISED.test(text(3));
  return PARTICIPLE.test(text(0)) || (/^who$/i.test(text(0)) && (RELATIVE_VERB.test(text(1)) || refused));
}

/**
 * Where the subject's phrase ends when an aside of speaking, or a party label, stands right before the verb at `verb` (the
 * aside's opening comma, or its first word when it has none), or -1. The aside holds no comma, quotation or sentence stop of its own.
 */
export function asideBefore(tokens: readonly Token[], verb: number): number {
  const label = partyLabelBefore(tokens, verb);
  if (label > 0) return label;
  const end = tokens[verb - 1]?.text === ',' ? verb - 1 : verb;
  for (let j = end - 1; j > 0 && j >= end - REACH; j--) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return -1;
    if (!opensAside(tokens, j)) continue;
    // "… anonymity to discuss …" must say how they spoke: an aside of "speaking" alone before the verb is no aside.
    if (j === end - 1) return -1;
    const before = tokens[j - 1];
    if (before?.text === ',') return j - 1;
    return before?.kind === 'word' ? j : -1;
  }
  return -1;
}

/**
 * Whether the words from `at`, right after a quotation, open a long subject: a name and its comma (`"…," Tom Baker, a fellow
 * at … in Munich, Germany, and co-author of …, said`) or a phrase and an aside of speaking (`"…," an official, speaking …, said`).
 */
export function opensLongSubject(tokens: readonly Token[], at: number): boolean {
  const comma = tokens.slice(at, at + 6).findIndex((x) => x.text === ',');
  if (comma <= 0) return false;
  const words = tokens.slice(at, at + comma);
  const capitals = words.filter((x) => isCapitalised(x.text)).length;
  // A short run of capitals ("Tom Baker,"), or lower-case role words before a name of two ("study lead author Lucas Paganini,").
  const named =
    words.every((x) => x.kind === 'word') && ((comma < 4 && capitals === comma) || (comma >= 2 && words.slice(-2).every((x) => isCapitalised(x.text))));
  return opensAside(tokens, at + comma + 1) || named;
}
