// Why: after "Later, Rubio claimed that Obama is to blame", a "he said" is Rubio's; the subject of a reported "that" clause is not the speaker.
import type { NameIndex, NameMention } from './name-index.js';

/** Whether `m` opens a clause after "that" in a sentence whose own subject, a person named earlier in it, reported that clause. */
export function isReportedSubject(index: NameIndex, m: NameMention): boolean {
  if (m.before !== 'that') return false;
  return index.mentions.some((o) => o.sentence === m.sentence && o.start < m.start && o.subject && !o.quoted && o.kind === 'person' && /^,?$/.test(o.before));
}
