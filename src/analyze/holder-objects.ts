// The phrases that name a worry's holder somewhere other than the sentence's subject, tried before it, and the last-resort holders tried after
// it (split from holder.ts to keep it short).
import type { Sentence } from '../types.js';
import { causativeObject, complementObject, promptedObject } from './causative-holder.js';
import { criticsSubject } from './critics-holder.js';
import { relativeAntecedent } from './relative-antecedent.js';
import { eagerSubject } from './eager-subject.js';
import { possessorHolder } from './possessor-holder.js';
import { itBodyHolder } from './it-body-holder.js';
import { documentSubject } from './document-subject.js';
import { pronounHolder } from './pronoun-holder.js';
import type { NameIndex } from './name-index.js';
import type { Token } from './tokens.js';

/** The holders tried when nothing else in the sentence holds its worry: a worry noun's owner, the body an "It warned" or the person a "He warned" stands for. */
export const fallbackHolder = (sentence: Sentence, names: NameIndex, cueStart: number | null): string | null =>
  possessorHolder(sentence, names, cueStart) ?? itBodyHolder(sentence, names) ?? documentSubject(sentence, names) ?? pronounHolder(sentence, names);

/** "made voters fear", "prompted some charities to say", "some critics fear", "Israel, which has long accused": who holds the cue at `cue`, else null. */
export const holderObject = (tokens: readonly Token[], cue: number, sentence: Sentence): Token[] | null =>
  causativeObject(tokens, cue) ??
  complementObject(tokens, cue) ??
  promptedObject(tokens, cue) ??
  criticsSubject(tokens, cue, sentence) ??
  relativeAntecedent(tokens, cue) ??
  eagerSubject(tokens, cue);
