// "The organization said", "the paper says": a generic noun for a body stands for the body the article has just named.
import { lexicons } from '../lexicon.js';
import { isOutletName } from './name-words.js';
import { isListedPlace } from './place-before-name.js';
import { recentOrganisation, mentionBefore } from './name-lookup.js';
import type { NameIndex, NameMention } from './name-index.js';
import { OUTLET_HEAD } from './unconfirmed/press-sense.js';

const GENERIC_BODY = /^(organi[sz]ation|company|group|firm|body|agency|corporation|charity|union)$/;
/** Nouns for a newspaper or magazine: "the paper", "the daily". */
const OUTLET_NOUN = /^(paper|newspaper|daily|tabloid|magazine|weekly)$/;

/** An outlet by its name ("The Guardian", "the Toronto Star") or by the noun before it ("Spanish daily El Mundo", a name of any kind). */
function isOutlet(m: NameMention): boolean {
  const words = m.run.split(/\s+/);
  return OUTLET_NOUN.test(m.before.toLowerCase()) || (m.kind !== 'person' && (OUTLET_HEAD.test(words.at(-1) ?? '') || isOutletName(words)));
}

/**
 * The latest outlet named as a body, in this sentence before `offset` or in the three before it; for a "newspaper", which nothing
 * but an outlet is, in the six before, past other bodies.
 */
function outletBefore(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  const sure = head === 'newspaper';
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || !mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > (sure ? 6 : 3)) break;
    if (m.quoted) continue;
    // "The Journal" after "The Wall Street Journal": the name in full.
    if (isOutlet(m)) return index.mentions.find((o) => o.run.endsWith(` ${m.run}`) && isOutlet(o)) ?? m;
    // "The Harbour Board released a study … the paper said": another body named as a subject since is what the paper is about.
    if (m.subject && m.kind === 'organisation' && !sure) return null;
  }
  return null;
}

/**
 * The body a generic noun ("organisation", "company", "paper") stands for: for a body, the organisation just named as a subject,
 * in full or as an acronym (a lone capitalised word may be anything); for an outlet's noun, the outlet just named.
 */
export function bodyBefore(index: NameIndex, head: string, sentence: number, offset: number): NameMention | null {
  if (OUTLET_NOUN.test(head)) return outletBefore(index, head, sentence, offset);
  const recent = GENERIC_BODY.test(head) ? (recentOrganisation(index, sentence, offset) ?? untypedBodyBefore(index, sentence, offset)) : null;
  return recent && (isNamedBody(recent.run) || introducedAsBody(index, recent.run)) ? recent : null;
}

/** A body named in two words or more, or as an acronym: one capitalised word may be anything ("Popular", "Sharon"). */
const isNamedBody = (run: string): boolean => run.includes(' ') || /^\p{Lu}{2,}$/u.test(run);

/** "copy protection firm Macrovision … the firm said": one word the article gave a body's noun before, anywhere. */
const introducedAsBody = (index: NameIndex, run: string): boolean => index.mentions.some((m) => m.run === run && GENERIC_BODY.test(m.before.toLowerCase()));

/**
 * "United Technologies … the company", "Black Lives Matter … the group": the index types many bodies' names as unknown. The latest
 * subject in the three sentences before, if it is of unknown kind, named in two words or more or as an acronym, and neither a listed
 * place, a given name before a surname (a person the index could not type) nor a run ending on a nationality. Also what a bare
 * "a spokesperson" speaks for ("Downing Street defended …, with a spokesperson saying").
 */
export function untypedBodyBefore(index: NameIndex, sentence: number, offset: number): NameMention | null {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (!m || !mentionBefore(m, sentence, offset)) continue;
    if (sentence - m.sentence > 3) break;
    if (m.quoted || !m.subject) continue;
    if (m.kind !== 'unknown') return null;
    const words = m.run.split(/\s+/);
    // "Popular Chinese portals such as …": a run that ends on a nationality describes the noun after it.
    const described = /\p{Ll}(?:ese|ian|ish|ean)$/u.test(words.at(-1) ?? '');
    return !(isNamedBody(m.run) || introducedAsBody(index, m.run)) ||
      described ||
      lexicons().givenNames.has(words[0]?.toLowerCase() ?? '') ||
      isListedPlace(m.run.replace(/^the\s+/i, ''))
      ? null
      : m;
  }
  return null;
}
