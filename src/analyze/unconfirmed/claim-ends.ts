// A claim is printed alone on the page, so it must end and open as a reader expects: no "Its authenticity has", no unclosed quotation.
import { CONNECTIVE } from '../adjective-comma.js';

/** What a trailing gap leaves over before its subject ("While the identity …") and after it ("… has", "… is"). */
const LEADING_LINK = /^(?:even\s+)?(?:while|whilst|although|though|because|since|as|and|but|if)\s+/i;
/** A subject's trailing auxiliary ("… is"), or a connective set off after it ("Some details of the episode, though,"). */
const TRAILING_AUX = new RegExp(`(?:\\s+(?:is|are|was|were|has|have|had)(?:\\s+(?:still|also))?|,\\s+${CONNECTIVE}\\s*,?)$`, 'i');

/** A subject that ends in a relative clause's opening ("whose status", "which"). */
const RELATIVE_END = /\b(?:who|whose|which|whom)\b(?:\s+\S+){0,2}$/i;

const REPORTED_FROM = /^.*\b(?:adding|saying|noting|said|says|added|reported|reports)\s+that\s+/i;

/** A subject that is a speaker, or runs into an attribution ("He added: "I"), names no claim. */
const SPEAKER_ONLY = /(?:^|\s)(?:I|we|you|he|she|they|it)$|:/i;

/** The subject a trailing gap leaves open ("The origin of the memo has" → "The origin of the memo"); null when it is only the speaker. */
export function gapSubject(subject: string): string | null {
  // "…, an official said, adding that the impact was hard to estimate": the subject is in the reported clause.
  const whole = subject.replace(REPORTED_FROM, '').replace(LEADING_LINK, '').replace(TRAILING_AUX, '');
  // "Though she has issued …, what she truly believes remains a mystery": the question after the comma is the subject.
  const bare = /,\s+((?:what|how|whether|who|why|when|where)\b.*)$/i.exec(whole)?.[1] ?? whole;
  // "… about adoptees whose status remains unknown": a relative clause's subject is no claim of its own.
  if (SPEAKER_ONLY.test(bare) || RELATIVE_END.test(bare) || balanced(bare, bare, -1) !== bare || bare.split(/\s+/).length < 2) return null;
  return bare;
}

/** A claim that ends on a word that needs the next one ("the", "I", "but") or on an opening mark is a fragment. */
export function dangles(claim: string): boolean {
  const end = claim.trim();
  return /(?:^|\s)(?:a|an|the|I|but|and|or|of)$|[“‘(]$|(?:^|\s)"$/i.test(end);
}

const count = (text: string, mark: RegExp): number => (text.match(mark) ?? []).length;

/** A claim cut from inside a quotation, or ending before its closing mark, gets the missing mark back; an aside left open is closed off. */
export function balanced(claim: string, text: string, cueAt: number): string {
  let out = claim;
  // "… victims (the actual number is closer to 15 percent": an aside left open is cut off, or is the claim when the cue is in it.
  const open = claim.lastIndexOf('(');
  if (open > 0 && claim.indexOf(')', open) < 0) {
    const start = text.indexOf(claim);
    const inAside = start >= 0 && cueAt >= start + open && cueAt < start + claim.length;
    const aside = claim.slice(open + 1).trim();
    out = inAside ? aside : claim.slice(0, open).replace(/[\s,;:—–-]+$/, '');
    if (inAside && aside.split(/\s+/).length < 3) out = claim;
  }
  const opens = count(out, /“/g);
  const closes = count(out, /”/g);
  if (opens > closes) out = `${out}”`;
  else if (closes > opens) out = `“${out}`;
  // A straight mark with a word after it opens ("… a "bag man"); one with a space or nothing after it closes ("more," he said).
  const last = out.lastIndexOf('"');
  if (last >= 0 && count(out, /"/g) % 2 === 1) out = /[\w'‘[(.…]/.test(out[last + 1] ?? ' ') ? `${out}"` : `"${out}`;
  return out;
}

/** A speech participle after a comma ("…, saying only that …", "…, adding that …") opens the speaker's next point, not the claim; so
 *  does "and there's …" after the cue ("will probably stay thin and there's a lot of other options"). */
const NEXT_POINT =
  /,\s+(?:insisting|saying|adding|noting|arguing|citing|explaining|pointing|stating|telling|asserting|maintaining)\b|\s+and\s+there(?:['’]s|\s+(?:is|are|was|were))\s/i;

/** The claim up to a speech participle that follows the cue; a cue in or after the participle ("…, noting that … possibly …") keeps it. */
export function endBeforeNextPoint(claim: string, cue: string, text: string): string {
  const point = NEXT_POINT.exec(claim);
  if (!point) return claim;
  const inClaim = claim.indexOf(cue);
  const before = inClaim >= 0 ? inClaim < point.index : text.indexOf(cue) < text.indexOf(claim.slice(0, 20));
  const kept = claim.slice(0, point.index);
  return before && kept.split(/\s+/).length >= 3 ? kept : claim;
}

/** A closing ", they say", ", experts say", ", officials said": the attribution of the whole clause, no part of its claim. */
const CLOSING_SAY =
  /,\s+(?:he|she|they|we|(?:some\s+|many\s+|other\s+|several\s+)?(?:analysts|officials|experts|economists|sources|observers|critics|aides|advisers|insiders))\s+(?:say|says|said)\s*$/i;

/** A quotation's close and its credit ending the claim: '…regularly," Hamilton argued', '…ago,” added Murphy, referring to …'. */
const CREDIT_VERB = '(?:said|says|added|argued|told|wrote|explained|noted|warned)';
const QUOTE_CREDIT = new RegExp(
  `[,.!?]?["\\u201d]\\s*,?\\s+(?:(?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){1,3}${CREDIT_VERB}|${CREDIT_VERB}\\s+(?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s*){1,3}|(?:he|she|they)\\s+(?:said|says|added|argued))(?:,\\s+[^"\\u201c\\u201d]*)?\\.?$`,
  'u',
);

/** The claim without a closing ", they say" or a quotation's credit (when at least three words are left), and without an opening
 *  quotation mark the cut left unmatched. */
export function endBeforeClosingSay(claim: string): string {
  const tail = CLOSING_SAY.exec(claim) ?? QUOTE_CREDIT.exec(claim);
  if (!tail) return claim;
  const kept = claim.slice(0, tail.index);
  const open = /^["\u201c]/.test(kept) && !/["\u201d]/.test(kept.slice(1));
  return kept.split(/\s+/).length >= 3 ? (open ? kept.slice(1) : kept) : claim;
}

/** '"… more time.": Carlos Gaviria, former magistrate.': a quotation closed before a colon and a name is credited there, as by "said". */
const COLON_CREDIT = /(?<=[\p{L}\d.,!?)])["”]\s*:\s+\p{Lu}[^"“”:]*$/u;

/** The sentence with a colon's credit after a closing quotation blanked out (its offsets kept), so that the claim stays in the quotation. */
export function withoutColonCredit(text: string): string {
  const credit = COLON_CREDIT.exec(text);
  return credit ? text.slice(0, credit.index) + ' '.repeat(text.length - credit.index) : text;
}

/** The matter a refusal to speak leaves open: "declined to comment on any plans to campaign for …" → "any plans to campaign for …";
 *  null when none follows, or when it is too short to read alone ("on the report"). */
export function commentedMatter(match: string, after: string): string | null {
  if (!/\b(?:comment|answer|say|elaborate|speculate|discuss)$/i.test(match)) return null;
  const found = /^\s+(?:on|about|regarding)\s+([^,;:.!?"“”()]+)/i.exec(after)?.[1] ?? '';
  // "on the call-in show whether he …": the question is the matter; a reason, a listener or a second act ends it.
  const matter = (/\bwhether\b.*/i.exec(found)?.[0] ?? found)
    .replace(/\s+(?:because|since|as|when|while|until|but|or to|to (?:\p{Lu}|reporters\b)).*$/u, '')
    .trim();
  return matter.split(/\s+/).length >= 4 && !dangles(matter) ? matter : null;
}
