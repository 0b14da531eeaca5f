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

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Letters, and letters in Latin script, a character outside ASCII classed on its own: most text is ASCII, read a code at a time. */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    const ch = String.fromCodePoint(point);
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
  }
  return { letters, latin };
}

/** Letters in Latin script, and words that are English function words: together they say whether a text is English. */
export function isEnglishText(text: string): boolean {
  const { letters, latin } = letterCounts(text);
  if (letters === 0) return true;
  if (latin / letters < 0.5) return false;
  const lower = text.replace(WEB_ADDRESS, ' ').toLowerCase();
  const { words, hits: common } = countWords(lower, FUNCTION_WORDS);
  // Too few words to judge: a short English note is not flagged for want of "the".
  if (words < 30) return true;
  // A recipe's or a list's English has few function words, but other languages' own ("und", "les", "que") fewer still.
  return common / words >= 0.08 || (common / words >= 0.04 && countWords(lower, OTHER_WORDS).hits / words < common / words / 3);
}

/** Function words of other Latin-script languages that English text seldom has, names aside ("und", "les", "que", "della", "het"). */
const OTHER_WORDS = new Set(
  'le les des du et est une un der das und ist nicht mit von los las y que por con una che di il della per non sono het een ik je'.split(' '),
);

/** How many words the text has, and how many of them are in `set`. */
function countWords(lower: string, set: ReadonlySet<string>): { words: number; hits: number } {
  let words = 0;
  let hits = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    words++;
    if (set.has(m[0])) hits++;
  }
  return { words, hits };
}
