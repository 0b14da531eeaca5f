// The 'press' sense check: a claim an outlet reports second-hand (GUIDELINE.md, "Sourcing"), not words it relays on record.
import { lexicons } from '../../lexicon.js';
import { isFiniteForm } from '../past-form.js';

/** "newspaper", "news agency", "news service": a lower-case noun for an outlet after its name ("the Yonhap news agency"). */
const OUTLET_NOUN = /^(?:newspaper|magazine|tabloid|broadcaster|news\s+(?:agency|service|network|channel|wire))$/;

/**
 * "according to The Mail on Sunday.", "according to the paper,", "according to the Yonhap news agency,": an outlet's name in
 * capitals that ends the phrase, with or without a lower-case outlet noun after it, not "the Associated Press-GfK poll". Not an
 * outlet relaying words on record ("Navarre said, according to The Sun News") or its own quoted editorial ("According to the
 * newspaper, “America's gun laws …").
 */
export function press(match: string, before: string, after: string): boolean {
  if (/\b(?:said|says|told|added|wrote|stated|declared)\b/i.test(before) || /^\s*,\s*["“]/.test(after)) return false;
  // "…, reports the Daily Mail.": the outlet after an inverted verb, as after "according to".
  const words = match.replace(/^(?:according to|reports|reported|writes|wrote)\s+(?:the\s+)?/i, '').split(/\s+/);
  const lower = words.findIndex((w) => !/^[A-Z0-9]/.test(w) && w !== 'on');
  // "the paper" alone is the outlet just named; "newspaper" after a name ("The Australian newspaper") is that outlet, but
  // "the 2009 paper" is a study.
  const alone = /^(?:news)?paper$|^magazine$|^tabloid$|^broadcaster$/.test(words.join(' '));
  // "Yonhap News service": the "news" of the noun may be the name's.
  const noun = `${words[lower - 1] === 'News' ? 'news ' : ''}${words.slice(lower).join(' ')}`;
  const named = words.slice(0, lower).some((w) => /^[A-Z]/.test(w)) && OUTLET_NOUN.test(noun);
  // "…, according to Vanity Fair — and he …": a dash closes the phrase as a comma does.
  return (lower < 0 || alone || named) && /^\s*(?:[.,;:)—–]|$)/.test(after);
}

const OUTLET_DESCRIPTOR = /^(?:news|agency|site|website|newspaper|daily|broadcaster|magazine|channel|wire)$/;

/** "news agency Associated Press", "the news site RTL Info", "newspaper Correio de Manha": an outlet named in capitals, perhaps
 * after a lower-case noun for it and with a name particle inside, before "reported". */
export function isOutletPhrase(words: readonly string[]): boolean {
  const first = words.findIndex((w) => /^[A-Z0-9]/.test(w));
  if (first < 0 || !words.slice(0, first).every((w) => OUTLET_DESCRIPTOR.test(w))) return false;
  return words.slice(first).every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && lexicons().nameParticles.has(w)));
}

/** What may follow an outlet's "reported": punctuation or "that", after a day or not ("USA TODAY reported last month that …"). */
export const REPORT_END =
  /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|last\s+(?:week|month|night))\b\s*)?(?:[.,;:]|$|that\b)/;

/** The last word of a news outlet's name: "The Washington Post", "the Associated Press", "CNN". */
export const OUTLET_HEAD =
  /^(?:Times|Post|Journal|News|Herald|Telegraph|Guardian|Mail|Tribune|Gazette|Star|Sun|Press|Observer|Independent|Express|Mirror|Chronicle|Economist|Reuters|AFP|BBC|CNN|Politico|POLITICO|Axios|Bloomberg|Newsweek|Magazine|Yonhap|Xinhua)$/;

/** A finite verb: an auxiliary or modal, a past tense in "-ed" or an irregular one ("came", "took"). */
const isFiniteVerb = (word: string): boolean => isFiniteForm(word) || /^(?:will|would|could|can|may|might|did|does)$/.test(word);

/**
 * "The Washington Post reports Clinton's last press conference was held …": after an outlet's name, "reports" with no "that"
 * before a clause, its finite verb within ten words and no punctuation; not "reported ten days ago", "reported about an email" nor
 * "the Gazette reports say".
 */
export function outletClause(words: readonly string[], after: string): boolean {
  const name = words.join(' ');
  if (!OUTLET_HEAD.test(words.at(-1) ?? '') && !lexicons().outletNames.has(name.toLowerCase().replace(/^the /, ''))) return false;
  const next = /^\s+([^.,;:!?"“”()—–]*)/u.exec(after)?.[1]?.split(/\s+/).slice(0, 10) ?? [];
  // "the Gazette reports say …": a verb right after makes "reports" the noun, its subject.
  const first = next[0] ?? '';
  if (/^(?:about|on|in|last|earlier|this|that|say|suggest|show|indicate|claim|allege)$/i.test(first) || isFiniteVerb(first)) return false;
  return next.slice(1).some(isFiniteVerb);
}
