// "…,” the Finance Ministry said in a statement. It blamed …" and "In a statement, the Department of Trade said …. And it said …":
// a body that speaks later in its sentence than the opener is what a following "It" stands for, when it is the only subject there.
import type { NameIndex, NameMention } from './name-index.js';

/** The one unquoted subject mention of sentence `k`, when it is a body's, not a person's; else undefined. */
export function creditedBody(names: NameIndex, k: number): NameMention | undefined {
  const subjects = names.mentions.filter((m) => m.sentence === k && m.subject && !m.quoted);
  const [only] = subjects;
  return subjects.length === 1 && only && only.kind !== 'person' && /^the$/i.test(only.before) ? only : undefined;
}
