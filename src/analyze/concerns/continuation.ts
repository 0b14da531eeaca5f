// A quotation that runs on past a worried sentence goes on voicing that worry: "“… could collapse. It will happen here.”"
import { lexicons } from '../../lexicon.js';
import type { Sentence } from '../../types.js';
import { isQuoteOpen } from '../close-quote.js';

/**
 * Whether a sentence carries on the quotation of a worried sentence just before it, in the same paragraph,
 * and speaks of what may come ("could", "will", "can't"): the speaker's worry goes on.
 */
export function continuesWorry(previous: Sentence | null, s: Sentence, quoted: boolean): boolean {
  if (!previous || !quoted || previous.index !== s.index - 1 || previous.paragraph !== s.paragraph) return false;
  return isQuoteOpen(previous.text) && lexicons().concernVoicing.test(s.text);
}
