// Words printed on a thing (a shirt, a sign, a banner), or named as a slogan or a chant, are nobody's speech the sentence can credit:
// however the article introduces them, no speaker says them there.
import { lexicons } from '../lexicon.js';

/** A thing words are printed on ("shirt", "T-shirts", "sign"), as the lexicon lists it. */
const isThingWord = (word: string): boolean => lexicons().printedThings.has(word.toLowerCase());

// `a shirt that read “…”`, `a sign reading “…”`: printed words, whoever holds the thing.
const PRINTED_BEFORE = /\b([\p{L}-]+)\s+(?:(?:that|which)\s+(?:says|said|read|reads)|reading)\s*[:,]?\s*$/iu;
// `T-shirts quickly appeared in front of the headquarters that said “…”`: the thing, then a few words, then its relative clause.
const PRINTED_APART = /([^.;:!?"“”]{1,70}?)\s+(?:that|which)\s+(?:says|said|read|reads)\s*[:,]?\s*$/u;
// The lazy search tries every start in the text; most quotations follow no "that said", which the anchored tail tells at once.
const APART_TAIL = /\s(?:that|which)\s+(?:says|said|read|reads)\s*[:,]?\s*$/u;
const printedApart = (before: string): boolean => APART_TAIL.test(before) && (PRINTED_APART.exec(before)?.[1]?.split(/\s+/) ?? []).some(isThingWord);
// `a shirt with the words “…”`, `banners saying “…”`, `the sign read, “…”`, `placards proclaiming: “…”`: printed words too, unless
// someone carries the thing (below). A verb before the noun makes it a verb ("refused to sign saying"), not a thing.
const PRINTED_LOOSELY =
  /(?<!\b(?:to|will|would|not|n't|did|does|could|should|must|can|might)\s+)\b([\p{L}-]+)\s+(?:read|reads|saying|proclaiming|declaring|bearing(?:\s+the\s+words?)?|emblazoned\s+with(?:\s+the\s+words?)?|with\s+the\s+words?)\s*[:,]?\s*$/iu;
// `protesters carrying signs saying “…”`: a sign someone carries is their message, and they voice it.
const CARRIED =
  /\b(?:carry|carries|carrying|carried|wave|waves|waving|waved|hold|holds|holding|held|raise|raises|raising|raised|hoist(?:s|ing|ed)?|brandish(?:es|ing|ed)?)\b(?:\s+up)?(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;

// `the usual campaign slogan, “…”`, `reprised the chant “…”`, `his promise to “…”`, `stories with headlines such as “…”`,
// `Marca's headline says it all: “…”`, `a book titled “…”`: words named by what they are, not said in the sentence;
// `to chants of “…”`, `cries of “…”`: a crowd's, no one the sentence names.
const NAMED_WORDS =
  /\b(?:slogans?|motto|catchphrase|mantra|tagline|hashtag|headlines?(?:\s+such\s+as|\s+(?:says?|said|reads?|ran|runs|screamed|screams|blared|blares|declared|declares)(?:\s+it\s+all)?)?|(?:en)?titled|chants?|(?:rallying|battle)\s+cry|promise\s+to|(?:chants?|cries|shouts|calls|chorus(?:es)?|cheers|boos|roars|screams)\s+of)\s*[:,]?\s*$/iu;

const isThing = (m: RegExpExecArray | null): m is RegExpExecArray => m !== null && isThingWord(m[1] ?? '');

/** Whether the text right before a quotation's mark introduces words printed on a thing, or names them as a slogan or a chant. */
export function isPrinted(before: string): boolean {
  if (isThing(PRINTED_BEFORE.exec(before)) || printedApart(before) || NAMED_WORDS.test(before)) return true;
  // `headlines such as “…” and “…”`: the next item of a list of named words is named as the first was.
  const listed = /[“"][^“”"]{1,80}[”"]\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u.exec(before);
  if (listed && NAMED_WORDS.test(before.slice(0, listed.index))) return true;
  const loose = PRINTED_LOOSELY.exec(before);
  return isThing(loose) && !CARRIED.test(before.slice(0, loose.index));
}
