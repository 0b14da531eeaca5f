// Why: in "Perhaps, he said, this town has grown too fast" the clause holding the cue is the cue alone; the claim is what follows the aside.
import type { CueMatch } from './cues.js';

/** A reporting aside and a linking adverb between the cue and its claim: ", he said,", ", Lee added,", ", though,". */
const ASIDE =
  /^\s*,\s*(?:(?:he|she|they|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:said|says|added|adds|argued|suggested|wrote),\s*)?(?:though,\s*|however,\s*)?/u;

/**
 * When the claim found is only the cue word ("Perhaps", "It's unclear"), the clause after the aside that follows it, if it is
 * one: it opens on a lower-case word, a quotation or a name, not on "but", "and" or "or" (a reply: "Perhaps, but that's cold comfort").
 */
export function claimAfterAside(claim: string, m: CueMatch, text: string): string {
  // "It's unclear" is the cue "unclear" alone too.
  const bare = claim
    .replace(/[^\p{L}'’ ]/gu, '')
    .trim()
    .toLowerCase();
  if (bare.replace(/^it(?:['’]s| is| was)\s+/, '') !== m.match.toLowerCase()) return claim;
  const aside = ASIDE.exec(text.slice(m.end));
  // A bare comma is no aside: in '“It's too early to tell,” said Cuban' what follows is the attribution.
  if (!aside || aside[0].replace(/[\s,]/g, '') === '') return claim;
  // A closing mark stays with the opening one the claim holds: 'this "town has grown too fast"'.
  const rest = text
    .slice(m.end + aside[0].length)
    .trim()
    .replace(/[.;:!?]+(["”’]?)$/, '$1');
  if (/^(?:but|and|or|so|yet)\b/i.test(rest) || rest.split(/\s+/).length < 3) return claim;
  return rest.replace(/\s+/g, ' ');
}
