// The phrases that name a worry's holder somewhere other than the sentence's subject, tried before it (split from holder.ts to keep it short).
import type { Sentence } from '../types.js';
import { causativeObject, complementObject, criticsSubject, promptedObject } from './causative-holder.js';
import { relativeAntecedent } from './relative-antecedent.js';
import type { Token } from './tokens.js';

export { possessorHolder } from './possessor-holder.js';

/** "made voters fear", "prompted some charities to say", "some critics fear", "Israel, which has long accused": who holds the cue at `cue`, else null. */
export const holderObject = (tokens: readonly Token[], cue: number, sentence: Sentence): Token[] | null =>
  causativeObject(tokens, cue) ??
  complementObject(tokens, cue) ??
  promptedObject(tokens, cue) ??
  criticsSubject(tokens, cue, sentence) ??
  relativeAntecedent(tokens, cue);
