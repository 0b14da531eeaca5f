// "Other union leaders met the minister on Monday. They fear the mill will close": a "they" that voices a worry, where the
// sentence names no one, is the plural group the sentence before opens on, which the resolver (names only) never gives the pronoun.
import type { Sentence } from '../types.js';
import { groupSubject } from './group-subject.js';
import { leadingPhrase } from './subject.js';
import { sentenceTokens } from './sentence-tokens.js';

/** "They fear …", "But they are worried …", "…, they argue, …": "they" as the sentence's own voice. */
const THEY_VOICE = /^(?:(?:But|And|Yet|So)\s+they|They)\s|,\s+they\s+(?:argue|argued|say|said|warn|warned|fear|feared)\s*[,.]/u;

/** The group the sentence before opens on ("Many local farmers …"), for a "they" that voices this sentence; else null. */
export function theyGroup(sentence: Sentence, sentences: readonly Sentence[]): string | null {
  if (!THEY_VOICE.test(sentence.text)) return null;
  const before = sentences.find((b) => b.index === sentence.index - 1);
  if (!before) return null;
  // A plain plural of a body or role only ("Mexican officials"): a longer lead may be a quoted clause ("Resolve means depriving jihadists …").
  const lead = leadingPhrase(sentenceTokens(before));
  const group = groupSubject(lead);
  // "the groups who wrote to her": a bare plural after "the" points back itself; it names no group.
  return group && !(group.split(' ').length === 1 && /^the$/i.test(lead[0]?.text ?? '')) ? group : null;
}
