// `because, in Forbes' words, "…"`, `was, in the words of one adviser, "…"`: the words are the named source's.
import { phraseAfter } from '../phrases.js';
import type { Token } from '../tokens.js';
import type { TextRule } from './rule.js';

const POSSESSIVE = /^(.+?)(?:['’]s?)$/;

/**
 * The source of an "in X's words," or "in the words of X," that ends right before the quotation (a comma between at most):
 * the tokens that name X, or null. "In other words", "in his words" and "in so many words" name no one.
 */
function wordsOwner(tokens: readonly Token[], self: number): Token[] | null {
  let end = self - 1;
  if (tokens[end]?.text === ',') end--;
  // "in the words of one top staffer": the phrase after "of" runs up to the comma before the quotation.
  const ofAt = tokens.slice(Math.max(0, end - 8), end + 1).findIndex((t, i, all) => t.text === 'of' && all[i - 1]?.text.toLowerCase() === 'words');
  if (ofAt >= 0) {
    const at = Math.max(0, end - 8) + ofAt;
    const lead = tokens.slice(at - 3, at - 1).map((t) => t.text.toLowerCase());
    if (lead.join(' ') !== 'in the') return null;
    const phrase = phraseAfter(tokens, at + 1);
    return phrase.length > 0 && tokens.indexOf(phrase.at(-1) as Token) === end ? phrase : null;
  }
  // "in Forbes' words", "in Harbour Weekly's own words": capitalised words between "in" and "words", the last a possessive.
  if (tokens[end]?.text.toLowerCase() !== 'words') return null;
  const last = end - (tokens[end - 1]?.text.toLowerCase() === 'own' ? 2 : 1);
  let from = last;
  while (from > last - 4 && /^\p{Lu}/u.test(tokens[from - 1]?.text ?? '') && !/^in$/i.test(tokens[from - 1]?.text ?? '')) from--;
  const owner = tokens[last];
  const name = owner ? POSSESSIVE.exec(owner.text)?.[1] : undefined;
  if (!owner || !name || name === owner.text || !/^\p{Lu}/u.test(tokens[from]?.text ?? '')) return null;
  if (tokens[from - 1]?.text.toLowerCase() !== 'in' || tokens[from - 1]?.kind !== 'word') return null;
  return [...tokens.slice(from, last), { ...owner, text: name, end: owner.start + name.length }];
}

export const wordsOf: TextRule = {
  type: 'text',
  id: 'words-of',
  description: 'Right before the quotation, "in X\'s words," or "in the words of X,": X speaks.',
  examples: [
    { text: 'The summit was held in Haifa because, in Harbour Weekly’s words, "it is the busiest port city on the whole coast."', speaker: 'Harbour Weekly' },
    { text: 'Ann Lee was, in the words of council leader Tom Hill, "the best harbour master this town has ever had."', speaker: 'Tom Hill' },
    // "In other words" and "in his words" name no one here.
    { text: 'In other words, "the pier will be closed for the whole of the summer season and most of the autumn."', speaker: '' },
  ],
  apply({ tokens, self, sentence }) {
    const phrase = wordsOwner(tokens, self);
    return phrase ? { phrase, verb: 'words', sentence, how: 'adjacent', distance: 0 } : null;
  },
};
