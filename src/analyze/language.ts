// Whether an article is English: quotes, concerns and unconfirmed claims are found by English words, so other languages get none.

// The commonest English words: in English news about a quarter of all words, in other Latin-script languages few. Not
// "a" or "i", which are words in Italian, Spanish, Portuguese and French too: an Italian page counted 10 % of them.
const FUNCTION_WORDS = new Set(
  'the of and to in is that for on with was as said by it at from he she his her have has be are were this not but they an had will would who which their its been there or we you'.split(
    ' ',
  ),
);

/** A web address, whose parts ("amzn.to") are no words of the text's language. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;

/** The characters of a text, a surrogate pair counted once. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** Letters in Latin script, and words that are English function words: together they say whether a text is English. */
export function isEnglishText(text: string): boolean {
  // Counted on the text with all else removed: a list of every letter cost more than the rest of the check.
  const letterText = text.replace(/\P{L}+/gu, '');
  const letters = codePoints(letterText);
  if (letters === 0) return true;
  const latin = codePoints(letterText.replace(/\P{Script=Latin}+/gu, ''));
  if (latin / letters < 0.5) return false;
  const words =
    text
      .replace(WEB_ADDRESS, ' ')
      .toLowerCase()
      .match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  // Too few words to judge: a short English note is not flagged for want of "the".
  if (words.length < 30) return true;
  const common = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  return common / words.length >= 0.08;
}
