// A quotation that runs on past a worried sentence goes on voicing that worry: "“… could collapse. It will happen here.”"
import { lexicons } from '../../lexicon.js';
import type { Sentence } from '../../types.js';

/** Whether a quotation opened in this sentence is still open at its end: an odd count of straight marks, or more “ than ”. */
export function quoteRunsOn(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length % 2 === 1;
  const curly = (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
  return straight || curly;
}

/**
 * Whether a sentence carries on the quotation of a worried sentence just before it, in the same paragraph,
 * and speaks of what may come ("could", "will", "can't"): the speaker's worry goes on.
 */
export function continuesWorry(previous: Sentence | null, s: Sentence, quoted: boolean): boolean {
  if (!previous || !quoted || previous.index !== s.index - 1 || previous.paragraph !== s.paragraph) return false;
  return quoteRunsOn(previous.text) && lexicons().concernVoicing.test(s.text);
}
