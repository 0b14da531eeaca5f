// A claim printed alone should open on what is claimed, not on the attribution or label before it ("According to the Post, …",
// "He added: "…", "TAPPER: …") nor on the "that" of a second reported clause ("…, and that he might decide …").
import { isQuoteOpen } from '../close-quote.js';
import { lexicons } from '../../lexicon.js';

/** An opening attribution to a source: "According to The Guardian, …"; an appositive after the source ("According to Smith, a spokesman, …") stays. */
const ACCORDING = /^according to [^,“”"]+,\s+(?!(?:a|an)\s[^,]*,)/i;

/** A leading "that" that opens a reported clause: its subject follows ("that he might decide"), or a comma ("that, as of 10 a.m., …"). */
const COMPLEMENTIZER = /^that(?:,\s*|\s+(?=(?:he|she|they|it|we|I|you|his|her|their|its|the|a|an)\s))/;

const words = (text: string): number => text.trim().split(/\s+/).length;

/** After the last colon before the cue: what a speaker or a label introduces ("He told BBC News: "He appears to …""). */
function afterColon(claim: string, end: number): string {
  // A cue outside the claim ("… reports that Anelka told a magazine: "…"", "Trump said: "…," the Times reported") reports the speaker too.
  if (end < 0) return claim;
  const colon = claim.lastIndexOf(':', end);
  if (colon <= 0 || colon >= end) return claim;
  const before = claim.slice(0, colon);
  // A colon inside a quotation, or after a question ("Will the audio get better?: Nobody knows"), heads what follows it.
  if (isQuoteOpen(before)) return claim;
  if (/[?]\s*$/.test(before) || /\d$/.test(before) || claim[colon + 1] === '/') return claim;
  const rest = claim.slice(colon + 1).replace(/^[\s“"]+/, '');
  // A quotation closed before the cue ("… the manifesto: "…", accusing Blair") leaves the cue outside what the colon opens.
  if (/[”"]/.test(claim.slice(colon + 1, end).replace(/^[\s“"]+/, ''))) return claim;
  return words(rest) >= 3 ? rest : claim;
}

/** The claim without an opening attribution, label or complementizer; unchanged when too little would be left. */
export function openClaim(claim: string, cue: string): string {
  let out = afterColon(claim, claim.indexOf(cue));
  const according = ACCORDING.exec(out);
  if (according && words(out.slice(according[0].length)) >= 3) out = out.slice(according[0].length);
  // "what the senators said was economic gerrymandering": the cue holds the copula, the claim is what follows it.
  const copula = /\b(?:is|are|was|were)$/i.exec(cue)?.[0];
  if (copula && out.toLowerCase().startsWith(`${copula.toLowerCase()} `) && words(out) >= 3) out = out.slice(copula.length + 1);
  const that = COMPLEMENTIZER.exec(out);
  if (that && words(out.slice(that[0].length)) >= 3) out = out.slice(that[0].length);
  return out === claim ? claim : out.replace(/^[\s,“"]+/, '');
}

/** "According to South Korea-based Yonhap News service, and the Associated Press, North Korea has announced …": two sources, then the claim. */
const CO_SOURCED = /^According to [^,;]+,\s+and\s+(?:the\s+)?\p{Lu}[^,;]{0,60},\s+/u;

/** The claim after an opening "according to" that names a second source after ", and …,", when the cue is in that opening; else null. */
export function coSourcedClaim(at: number, text: string): string | null {
  const opening = CO_SOURCED.exec(text);
  return opening && at < opening[0].length ? text.slice(opening[0].length) : null;
}

/** "Uribe's alleged popularity": a capitalised owner right before an attributive cue, with its space, so the claim says whose; else "". */
export function ownerBefore(text: string, at: number): string {
  const owner = /(?:^|\s)(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+)$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1] ?? '';
  // "Following Friday's alleged rape": a capitalised word of the sentence ("Following", "After") is no part of the owner.
  const words = owner.split(' ');
  while (words.length > 1 && lexicons().functionWords.has(words[0]?.toLowerCase() ?? '')) words.shift();
  return words.join(' ');
}

/** "that" opening the claim after a cue noun, straight after it or after a verb of its spreading ("speculation mounted that …"). */
export const THAT_AFTER_NOUN =
  /^\s+(?:(?:grew|grows|mounted|mounts|swirled|swirls|spread|spreads|circulated|circulates|persisted|persists|emerged|intensified|abounded|abound|rose|has grown|had grown|is growing|was growing|is mounting|was mounting)\s+)?that\s/i;

/** Cues that open the claim after them: "suspected that", "It would appear", "it seems", "It looks like", "it looked as if". */
const OPENS_CLAIM = /\bthat$|^it (?:(?:would )?(?:appear|seem)(?:s|ed)?|look(?:s|ed) (?:like|as if|as though))$/i;
/** "it’s possible Paramount is still deciding": a clause straight after, not "it’s possible for anybody to change" or "possible - or …". */
const POSSIBLE = /^it(?: is| was|['’]s) (?:possible|plausible|conceivable)$/i;

/** Whether the cue `match`, with `after` the text that follows it, opens the claim after it. */
export const opensClaim = (match: string, after: string): boolean =>
  OPENS_CLAIM.test(match) || (POSSIBLE.test(match) && /^\s+(?!(?:for|to|that|if|but|and|or|though|although)\b)[\p{L}“"]/u.test(after));

/** A participle after an adverb cue ("purportedly showing …"), which opens the claim; "supposedly during …" is a preposition's -ing. */
export const PARTICIPLE =
  /^\s+(?!(?:during|including|regarding|concerning|following|according|pending|notwithstanding|considering|excluding|barring)\b)\w+ing\b/i;

/** What follows a reporting word used as a noun. */
const NOUN_USE = /^(?:for|of|against|by|over|from|about)\b/i;

/** Whether the reporting word matched as `word` at `at` in `text` is a noun: before its preposition ("reports of gunfire"), or after an
 *  article or possessive ("The suspect may …", "Their reports also …") unless it is the cue's own word (ending at `cueEnd` or later). */
export function reportingNoun(text: string, at: number, word: string, cueEnd: number): boolean {
  if (/\bthat\s+$/i.test(word)) return false;
  if (NOUN_USE.test(text.slice(at + word.length))) return true;
  return at + (/^\S+/.exec(word)?.[0].length ?? 0) < cueEnd && /\b(?:the|a|an|his|her|their|its|our|my|your|these|those)\s+$/i.test(text.slice(0, at));
}
