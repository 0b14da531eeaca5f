// "nine outrageous things the candidate had said", "his outrageous views", "an outrageous statement": words or views called
// outrageous are a war of words about what someone said, criticism that points to no harm (GUIDELINE.md, hard cases).

/** A criticism of words right before what was said: things, a statement, remarks, comments, views, words. */
const OUTRAGE = /^(?:outrageous|offensive|absurd|ridiculous|insulting)$/i;
const SPEECH_HEAD = /^\s+(?:(?:or|and)\s+\p{L}+\s+)?(?:things?|statements?|remarks?|comments?|views?|words?|tweets?|quotes?|utterances?|rhetoric)\b/iu;

/** Whether a word of outrage only names words or views someone voiced. */
export function isSpeechOutrage(text: string, word: string, end: number): boolean {
  return OUTRAGE.test(word) && SPEECH_HEAD.test(text.slice(end, end + 40));
}
