// "…, with forecasters warning that pollution will reach severe levels", "With Democratic leaders increasingly worried …": in
// an absolute phrase the noun phrase after "with" is the participle's subject, so it holds the worry.
import type { Token } from './tokens.js';

/** A participle or adjective of worry that an absolute phrase can end on. */
const WORRY_PARTICIPLE = /^(warning|fearing|cautioning|worried|concerned|alarmed|fearful|nervous|anxious)$/i;
/** What may stand between the noun phrase and the participle: an adverb of degree. */
const DEGREE = /^(increasingly|deeply|growing|very|so|more|most|also|now|still|already|\p{L}+ly)$/iu;

/** The noun phrase after "with" (one to four plain words) whose participle is the cue at `cueAt`; null when there is none. */
export function withAbsoluteSubject(tokens: readonly Token[], cueAt: number): Token[] | null {
  if (!WORRY_PARTICIPLE.test(tokens[cueAt]?.text ?? '')) return null;
  let end = cueAt;
  while (end > 0 && DEGREE.test(tokens[end - 1]?.text ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 4 && tokens[start - 1]?.kind === 'word' && !/^(with|and|or|but)$/i.test(tokens[start - 1]?.text ?? '')) start--;
  return start < end && /^with$/i.test(tokens[start - 1]?.text ?? '') ? tokens.slice(start, end) : null;
}
