// Why: "American Airlines (AAL) said …. “…,” American said": a body the article has named in full is often called by its first word
// after; the speaker takes the full name, as a person's surname takes theirs (resolve-mention.ts is at its size limit).
import type { Sentence, Speaker } from '../types.js';
import type { NameIndex } from './name-types.js';

/**
 * The last word of a company's or a party's two-word name ("American Airlines", "Labour Party"), which its first word alone stands
 * for; not "Capital" or "Bank", often an arm of the body the first word names ("Barclays Capital"), nor a longer name whose first
 * word is a place ("Arizona Democratic Party").
 */
const CORPORATE = /^(Airlines|Airways|Party|Inc\.?|Incorporated|Corp\.?|Corporation|Company|Holdings|Group|Motors|Limited|Ltd\.?|plc|PLC|LLC)$/;

/** The speaker with the full name of the one organisation named before whose first word is the speaker's one-word name; else as it was. */
export function withBodyName(names: NameIndex, sentence: Sentence, speaker: Speaker | null): Speaker | null {
  if (!speaker || speaker.kind === 'person' || !/^\p{Lu}\p{Ll}+$/u.test(speaker.name)) return speaker;
  const longer = new Set<string>();
  for (const m of names.mentions) {
    const [head, tail, ...rest] = m.name.split(' ');
    if (m.sentence <= sentence.index && m.kind === 'organisation' && head === speaker.name && CORPORATE.test(tail ?? '') && rest.length === 0)
      longer.add(m.name);
  }
  const [full] = longer;
  return longer.size === 1 && full ? { ...speaker, name: full, kind: 'organisation' } : speaker;
}
