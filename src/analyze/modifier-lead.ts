// A first word before a name that the article uses on its own as a place or thing ("Zimbabwe Morgan Tsvangirai") is no part of the name.
import { lexicons } from '../lexicon.js';
import type { NameMention } from './name-index.js';
import { isListedPlace } from './place-before-name.js';

interface Candidate {
  mention: NameMention;
  words: string[];
  evidence: boolean;
}

/** Drops such a lead word from each candidate's words and name, in place; returns the single names it found. */
export function dropModifierLeads(mentions: readonly NameMention[], candidates: Candidate[]): { alone: Set<string>; singles: Set<string> } {
  // Single names the article uses as a speaker or subject ("Hill stressed", "Yoon said").
  const alone = new Set(candidates.filter((c) => c.words.length === 1 && c.evidence).map((c) => c.words[0] ?? ''));
  // "Zimbabwe Morgan Tsvangirai": a first word that the article also uses on its own, and not as a person, is a modifier.
  const single = (m: NameMention): string | null => {
    const run = m.run.replace(/ ?['’]s$/, '');
    return run.includes(' ') ? null : run;
  };
  const singles = new Set(mentions.map(single).filter((r): r is string => r !== null));
  // "of Iran", "in Iraq 's": one word after a preposition of place is a place, even when the surname also stands alone.
  const places = new Set(mentions.filter((m) => /^(in|of|to|from|into|across)$/.test(m.before)).map(single));
  for (const c of candidates) {
    const [lead = '', ...rest] = c.words;
    // "If Donald remains Donald" leaves "Donald J. Trump" whole: a middle initial follows a first name, never a modifier.
    if (/^\p{Lu}\.$/u.test(rest[0] ?? '')) continue;
    // "Can I give it to James?" leaves "James Van Der Beek" whole: a first name that names no place opens a name, not a modifier.
    if (lexicons().givenNames.has(lead.toLowerCase()) && !isListedPlace(lead)) continue;
    if (rest.length >= 2 && singles.has(lead) && !alone.has(lead) && (!singles.has(rest.at(-1) ?? '') || places.has(lead))) {
      c.words = c.words.slice(1);
      c.mention.name = c.words.join(' ');
    }
  }
  return { alone, singles };
}
