// Why: after "Later, Rubio claimed that Obama is to blame" or "Pence said Trump will wait", a "he said" is Rubio's or Pence's; the
// subject of a reported clause is not the speaker.
import { lexicons } from '../lexicon.js';
import type { NameIndex, NameMention } from './name-index.js';

/**
 * Whether `m` opens a clause after "that", or after a reporting verb in a sentence before the pronoun's own ("Flynn said Trump was
 * right when he said …" is Trump's), in a sentence whose own subject, a person named earlier in it, reported that clause.
 */
export function isReportedSubject(index: NameIndex, m: NameMention, pronoun: number): boolean {
  if (m.sentence < pronoun && reportedAfterVerb(index, m)) return true;
  // "“I don't think” -- that Bloomberg is seen as a liberal -- “will last,” he says": a clause in the pronoun's own sentence.
  if (m.sentence === pronoun && m.before === 'that') return true;
  if (m.before !== 'that' && !(m.sentence < pronoun && lexicons().reportingVerbs.has(m.before.toLowerCase()))) return false;
  // "Moore's film fell flat, says Tim Dams": a possessive opens no subject that reports.
  return index.mentions.some(
    (o) => o.sentence === m.sentence && o.start < m.start && o.subject && !o.quoted && o.kind === 'person' && /^,?$/.test(o.before) && !/['’]s$/.test(o.run),
  );
}

/**
 * "Newt Gingrich noted that both President Obama and Vice President Biden have …", "Josh Earnest said Obama has …": a person named
 * after a reporting verb that follows, within a few characters, an earlier person subject of the same sentence stands inside what
 * that subject reported; not when the subject is inside a fronted clause ("After Glenn Beck asked …, D'Souza replied").
 */
function reportedAfterVerb(index: NameIndex, m: NameMention): boolean {
  // Most mentions have no reporting verb before them in their sentence: then there is no reporter to look for among the mentions.
  const verbs = (index.reportVerbs?.get(m.sentence) ?? []).filter((v) => v < m.start);
  if (verbs.length === 0) return false;
  const comma = index.frontedCommas?.get(m.sentence) ?? -1;
  return index.mentions.some(
    (o) =>
      o !== m &&
      o.sentence === m.sentence &&
      o.end <= m.start &&
      o.subject &&
      !o.quoted &&
      o.kind === 'person' &&
      !/['’]s$/.test(o.run) &&
      comma <= o.start &&
      verbs.some((v) => v >= o.end && v - o.end <= 3),
  );
}
