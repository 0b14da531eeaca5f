// A holder found on the other side of the worry: the one a verb of blame names ("Chávez accused President Bush of …, saying …")
// or the one who answers, mocks or dismisses a worry ("Chirac reacted to his warning", "mocking concerns about …") or asks about
// it ("asked Morrison about concerns …") does not voice it.
import type { Sentence } from '../types.js';
import type { Token } from './tokens.js';
import { WORRY_NOUN, isWorryAdjective } from './worry-words.js';
import { sentenceTokens } from './sentence-tokens.js';
import { isQuoteOpen } from './close-quote.js';

/** Verbs of blame whose object is the one blamed. */
const BLAME = /^(accus(e|es|ed|ing)|blam(e|es|ed|ing)|criticis(e|es|ed|ing)|criticiz(e|es|ed|ing)|condemn(s|ed|ing)?|denounc(e|es|ed|ing)|attack(s|ed|ing)?)$/i;
/** The object's words: titles, articles, a first name ("then-Fed Chair Ben S. Bernanke", "some Islamic schools"), up to the charge ("of", "for"). */
const OBJECT_WORD = /^(?!(?:of|for|over|by|on|in|with|as|and|that)$)[\p{L}.'’-]+$/u;
/** Verbs whose subject answers or waves away a worry someone else holds; not "address" or "ease", which a holder's own plan may do. */
const ANSWER = /^(respond|react|acknowledg|mock|ridicul|dismiss|allay|assuag)(e|es|ed|ing|s)?$/i;
/** Words between the verb and the noun: "to", a determiner, an owner, an adjective ("reacted to his warning", "mocking public concerns"). */
const BETWEEN = /^(to|his|her|their|its|the|these|those|such|public|growing|widespread|any|some|many)$/i;

/** Whether the worry noun at `cue` is the object of a verb of answering ("respond to concerns over crime"). */
function isAnswered(tokens: readonly Token[], cue: number): boolean {
  if (!WORRY_NOUN.test(tokens[cue]?.text ?? '')) return false;
  let k = cue - 1;
  while (k > cue - 4 && BETWEEN.test(tokens[k]?.text ?? '')) k--;
  return ANSWER.test(tokens[k]?.text ?? '');
}

/** Verbs of questioning: "asked Morrison about concerns within the NSC" names a worry as the topic of a question, not the asker's. */
const ASK = /^(asked|questioned|pressed|quizzed|grilled)$/i;

/** Whether the worry noun at `cue` is what someone is asked about, past an object of up to three words ("asked the mayor about fears …"). */
function isAskedAbout(tokens: readonly Token[], cue: number): boolean {
  if (!WORRY_NOUN.test(tokens[cue]?.text ?? '')) return false;
  let k = cue - 1;
  while (k > cue - 4 && BETWEEN.test(tokens[k]?.text ?? '')) k--;
  if (!/^(about|on|over)$/i.test(tokens[k]?.text ?? '')) return false;
  for (let j = k - 1; j >= k - 4 && j >= 0; j--) {
    const word = tokens[j]?.text ?? '';
    if (ASK.test(word)) return true;
    if (!OBJECT_WORD.test(word)) return false;
  }
  return false;
}

/** Whether a quotation closes just before `cue`, with or without a comma ("…,” warned", "…”, blamed"). */
const afterQuotation = (tokens: readonly Token[], cue: number): boolean =>
  /^["“”]$/.test(tokens[cue - 1]?.text ?? '') || (tokens[cue - 1]?.text === ',' && /^["“”]$/.test(tokens[cue - 2]?.text ?? ''));

/** Adverbs of degree between a copula and the state: "are so worried", "was increasingly concerned". */
const DEGREE = '(?:(?:so|very|really|all|rightly|understandably|obviously|deeply|increasingly|still|also)\\s+)*$';
/** "We get that you are concerned", "if you're worried about …": the one spoken to is in that state, not the speaker ("you still worry"
 *  with no copula is most often anyone's, the speaker's too). */
const ADDRESSED = new RegExp(`\\byou(?:['’]re|\\s+(?:are|were|feel|felt|seem|seemed|get|got|(?:may|might|must|could|would|will)\\s+be))\\s+${DEGREE}`, 'i');
/** "“They're worried,” Carson said", "“I know that she was scared”": in a quotation, a third person's state, not the speaker's. */
const THIRD_PERSON = new RegExp(`\\b(?:they|he|she)(?:['’](?:re|s)|\\s+(?:are|is|were|was|seem|seems|seemed|feel|feels|felt|get|gets|got))\\s+${DEGREE}`, 'i');

/** Whether `holder` is the other side of the worry at `cueStart`: the object of a blame verb, one answering the worry, or the one spoken to. */
export function isOtherSide(holder: string, sentence: Sentence, cueStart: number | null): boolean {
  const tokens = sentenceTokens(sentence);
  const cue = tokens.findIndex((t) => t.start === cueStart);
  if (cue < 0) return false;
  const at = (cueStart ?? 0) - sentence.start;
  const near = sentence.text.slice(Math.max(0, at - 60), at);
  if (isWorryAdjective(tokens[cue]?.text) && (ADDRESSED.test(near) || (THIRD_PERSON.test(near) && isQuoteOpen(sentence.text.slice(0, at))))) return true;
  // "the kind of renationalisation which many fear in Russia, Hensel said": the relative clause's own unnamed subject fears it.
  const unnamed =
    /^(?:which|that|whom)$/i.test(tokens[cue - 2]?.text ?? '') && /^(?:many|some|others|most|few|people|everyone)$/i.test(tokens[cue - 1]?.text ?? '');
  if (unnamed || isAnswered(tokens, cue) || isAskedAbout(tokens, cue)) return true;
  // "“…,” warned Clinton": after a quotation the name is the inverted subject; "chief David Bell, accused some schools": a stray comma is not.
  if (!BLAME.test(tokens[cue]?.text ?? '') || afterQuotation(tokens, cue)) return false;
  const surname = holder.split(/\s+/).at(-1) ?? '';
  let k = cue;
  while (k < cue + 5 && OBJECT_WORD.test(tokens[k + 1]?.text ?? '')) k++;
  // The object's head is its last word: "attacked the peaceful Trump supporters" attacks no Trump.
  return k > cue && tokens[k]?.text.replace(/['’]s?$/, '') === surname;
}
