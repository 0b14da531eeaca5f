// Why: "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said": the last name stands beside the noun
// before it (the newspaper), so the person named before the description is the subject.
import { isNameLike, segmentBefore } from './appositions.js';
import { INTRO } from './phrase-words.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * The name set off before a description when a second name follows it ("A, the editor of the paper, B, said"): that name
 * stands beside the description's last noun, so the first one is the subject. Null otherwise.
 */
export function nameBeforeNamedThing(tokens: readonly Token[], comma: number): Token[] | null {
  const last = tokens[comma - 1];
  const { from, words } = segmentBefore(tokens, comma);
  if (last?.kind !== 'word' || isCapitalised(last.text) || from < 1 || tokens[from - 1]?.text !== ',') return null;
  // The description must hold a noun the second name can stand beside: "the editor of the paper", not "police chief".
  if (!words.some((t) => /^(of|for|at|to|with|in)$/.test(t.text))) return null;
  const named = segmentBefore(tokens, from - 1);
  // "In Paris, the mother of the boy, Ann Lee, said": an opening phrase is no name; "The Mandan, North Dakota, …": a place.
  return named.from === 0 && isNameLike(named.words) && !INTRO.test(named.words[0]?.text ?? '') ? named.words : null;
}
