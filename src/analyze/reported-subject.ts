// Why: after "Later, Rubio claimed that Obama is to blame" or "Pence said Trump will wait", a "he said" is Rubio's or Pence's; the
// subject of a reported clause is not the speaker.
import { lexicons } from '../lexicon.js';
import type { NameIndex, NameMention } from './name-index.js';

/**
 * Whether `m` opens a clause after "that", or after a reporting verb in a sentence before the pronoun's own ("Flynn said Trump was
 * right when he said …" is Trump's), in a sentence whose own subject, a person named earlier in it, reported that clause.
 */
export function isReportedSubject(index: NameIndex, m: NameMention, pronoun: number): boolean {
  if (m.before !== 'that' && !(m.sentence < pronoun && lexicons().reportingVerbs.has(m.before.toLowerCase()))) return false;
  // "Moore's film fell flat, says Tim Dams": a possessive opens no subject that reports.
  return index.mentions.some(
    (o) => o.sentence === m.sentence && o.start < m.start && o.subject && !o.quoted && o.kind === 'person' && /^,?$/.test(o.before) && !/['’]s$/.test(o.run),
  );
}
