// Whether an article is English: quotes, concerns and unconfirmed claims are found by English words, so other languages get none.

// The commonest English words: in English news about a quarter of all words, in other Latin-script languages few.
const FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with was as said by it at from he she his her have has be are were this not but they an had will would who which their its been there or we i you'.split(
    ' ',
  ),
);

/** Letters in Latin script, and words that are English function words: together they say whether a text is English. */
export function isEnglishText(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (latin / letters.length < 0.5) return false;
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  // Too few words to judge: a short English note is not flagged for want of "the".
  if (words.length < 30) return true;
  const common = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.08;
}
