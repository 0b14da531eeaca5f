// Why: a page that prints a paragraph twice (a slideshow's captions, a live blog's reposted entry) would have its words
// summarised, quoted and counted twice; the first copy is the article's, the rest is page furniture.

/** The fewest words a repeated block needs to be dropped: shorter lines ("Advertisement", a dateline) are handled elsewhere. */
const MIN_WORDS = 8;

/** Blanks every body block that repeats an earlier one word for word, and records it as dropped. */
export function dropRepeatedBlocks(body: string[], dropped: string[]): void {
  const seen = new Set<string>();
  for (const [k, block] of body.entries()) {
    const words = block.trim().split(/\s+/);
    if (words.length < MIN_WORDS) continue;
    const key = words.join(' ');
    if (!seen.has(key)) seen.add(key);
    else {
      dropped.push(block);
      body[k] = '';
    }
  }
}
