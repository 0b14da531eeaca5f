// Why: "Khizr and Ghazala Khan", "Bill and Hillary Clinton" name two people who share a surname; with only the second full
// name indexed, "Mr. Khan" could only be Ghazala. The first given name gets its full name too.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { isNotName } from './capital-runs.js';
import type { NameMention } from './name-types.js';
import { isListedPlace } from './place-before-name.js';

/** A run of exactly "Given and Given Surname". */
const PAIR = /^(\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}'’-]+)$/u;

/**
 * The mentions with a full name added for the first of each pair of given names before one surname. The first word must be a
 * given name the lists hold, or a word the article writes nowhere else: "Clinton and Bernie Sanders" is two surnames, and a
 * word that also ends another person's name, or stands alone elsewhere, may be a surname too.
 */
export function withSharedSurnames(sentences: readonly Sentence[], mentions: readonly NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  let joined: string | null = null;
  const text = (): string => (joined ??= sentences.map((s) => s.text).join('\n'));
  for (const m of mentions) {
    const [, first = '', second = '', surname = ''] = (m.kind === 'person' && PAIR.exec(m.run)) || [];
    const pair = first !== '' && m.name === `${second} ${surname}` && !isNotName(first) && !isListedPlace(first);
    // Only such a run, which few articles have, reads every mention and the whole text.
    const endsAnother = pair && mentions.some((o) => o.name === first || o.name.endsWith(` ${first}`));
    const known = pair && lexicons().givenNames.has(first.toLowerCase());
    if (pair && !endsAnother && (known || (text().match(new RegExp(`\\b${first}\\b(?! ${surname})`, 'g')) ?? []).length <= 1))
      out.push({ ...m, name: `${first} ${surname}`, end: m.start + first.length, subject: false });
    out.push(m);
  }
  return out;
}
