// A story opens on its dateline ("MANCHESTER, N.H. - At a rally …"): one short line between the headline and it is the dek.
import { firstSentence, wordCount } from './header-lines.js';
import { storyDateline } from './story-dateline.js';

/**
 * Takes the dek out of the body (which it changes) and returns it: a first paragraph of one sentence and up to 30 words,
 * under a known headline and above the paragraph that opens on the story's dateline. Returns undefined otherwise.
 */
export function takeDekAboveDateline(body: string[], headline: string): string | undefined {
  const [first, second] = body;
  if (!headline || first === undefined || second === undefined) return undefined;
  if (first.includes('\n') || wordCount(first) > 30 || storyDateline(first) !== null) return undefined;
  // Two sentences are a story's opening, not a dek.
  if (firstSentence(first).length < first.trimEnd().length) return undefined;
  if (storyDateline(second) === null) return undefined;
  body.shift();
  return first;
}
