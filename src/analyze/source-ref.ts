// Items point back to the article sentence and paragraph they came from.
import type { Sentence, SourceRef } from '../types.js';

export function sourceOf(sentence: Sentence): SourceRef {
  return { paragraph: sentence.paragraph, sentence: sentence.text, sentenceIndex: sentence.index };
}
