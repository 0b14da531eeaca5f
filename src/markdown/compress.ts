// A repeated sentence's short form by leaving out what a reader can spare (a dateline, an aside, a trailing attribution or
// place), so that the line keeps its subject, its cue and what is claimed or feared: "The Israeli Army is believed to have
// killed three Egyptian soldiers …" rather than the words around the cue ("… is believed to have killed …").
import { plainWords } from '../plain-words.js';

const CUT = '…';
/** A short form is a pointer to a sentence printed above, not a second copy: at most this many words. */
const MAX_WORDS = 20;

/** "GAZA - ", "WASHINGTON (AP) — ": a place in capitals before a dash, which says where, not what. */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{2,}(?:\s*\([^)]{1,30}\))?\s*[-—–]+\s+/u;
const PARENTHESES = /\s*\([^()]{1,100}\)/gu;
/** ", according to reports." or ", the ministry said." closing the sentence. */
const TRAILING_ATTRIBUTION =
  /,["”]?\s+(?:according to [^,]{1,60}|[^,]{0,50}?\b(?:said|says|added|adds|told [^,]{1,40}|reported|wrote|writes|explained|noted|stated)(?:\s+[^,]{0,40})?)[.!?]?["”]?$/u;
/** An opening phrase of time, place or manner before its comma ("In a statement, …"); not a condition ("If …") or a concession. */
const LEADING =
  /^(?:In|On|At|After|Before|During|Since|Despite|Following|As|While|When|With|Under|For|Amid|By|From|Last|This|Earlier|Later|Meanwhile|However|But|Yet|Still|Instead|Also|Separately|Speaking|Asked|Writing|Over|Within|Through|Throughout|Like|Once|Now|Then|Today|Yesterday)\b[^,]{0,70},\s+/u;
/**
 * ", a copy of which was obtained by …,", ", he said,": a relative clause or an attribution between commas; after a name, its
 * description too (", the union's manager,"). A main clause after a comma (", the union has decided …") is never an aside.
 */
const ASIDE = /,\s+(?:who|which|whose|where|he said|she said|they said|according to)\b[^,;:]{0,90},\s+/giu;
const APPOSITION = /(\p{Lu}[\p{L}.'’-]*),\s+(?:a|an|the|his|her|its|their)\s+[^,;:]{0,60}?\b(?:of|for|at|to|in|'s|’s)?[^,;:]{0,30},\s+(?=\p{Ll})/gu;
/** A closing phrase of time or place ("in a border incident", "this weekend"). */
const TRAILING_PHRASE = /\s+(?:in|on|at|for|during|after|before|over|from|by|this|last|next|since|until|amid|earlier|later)\s+[^,;:"“”]{1,40}?([.!?]?)$/u;

const wordCount = (text: string): number => (plainWords(text).match(/\S+/g) ?? []).length;
/** How long a text reads, as the page's repeat checks measure it: its plain words' characters. */
const size = (text: string): number => plainWords(text).length;
const holds = (text: string, cue: string): boolean => ` ${plainWords(text)} `.includes(` ${plainWords(cue)} `);
/** Words after the cue: a cut that leaves the cue with less than two ("is probably …") drops what is claimed. */
const wordsAfterCue = (text: string, cue: string): number => {
  const plain = ` ${plainWords(text)} `;
  const at = plain.indexOf(` ${plainWords(cue)} `);
  return at < 0 ? 0 : wordCount(plain.slice(at + plainWords(cue).length + 1));
};
/** A cut after a word that needs the next ("accusations like …", "the port of …") leaves a phrase unfinished. */
const DANGLING = /\b(?:a|an|the|of|to|and|or|for|with|in|on|at|by|that|as|like|from|than|into|his|her|its|their|our|my|your)\s+…$/iu;

/** Whether the first straight mark closes a quotation opened before the text: after a word, before a space, a stop or ")". */
function closesOpenQuotation(text: string): boolean {
  const first = text.indexOf('"');
  return first > 0 && /\S/.test(text[first - 1] ?? '') && /^(?:\s|$|[,.;:!?)])/.test(text.slice(first + 1, first + 2));
}

/** Quotation marks left open or closed by a cut are dropped: a line never opens a quotation (or a parenthesis) it does not close. */
function balanceQuotes(text: string): string {
  // A parenthesis the cut left open goes, with what it held.
  let out = text.replace(/\s*\([^()]*$/u, ' …');
  const opens = (out.match(/“/g) ?? []).length;
  const closes = (out.match(/”/g) ?? []).length;
  if (opens > closes) out = out.replace(/“(?![^“]*”)/u, '');
  if (closes > opens) out = out.replace(/^([^“]*?)”/u, '$1');
  if ((out.match(/"/g) ?? []).length % 2 === 0) return out;
  // An odd straight mark: the first, when it closes a quotation opened before the line ("… remember."), else the last.
  const at = closesOpenQuotation(out) ? out.indexOf('"') : out.lastIndexOf('"');
  return `${out.slice(0, at)}${out.slice(at + 1)}`;
}

/**
 * A line printed alone shows where a quotation it holds begins and ends: a mark closing a quotation opened before the line
 * ("… say any more.\"", a sentence that starts inside one) gets its opening mark at the line's start, and a quotation the line
 * opens but never closes ("“We hope … tsunami …") its closing mark at the end. Nothing is dropped, so the words stay the speaker's.
 */
export function closeQuotes(line: string): string {
  // A closing mark set where a quotation opens (at the line's start or after a space, before a word) is the writer's slip for “.
  let out = line.replace(/^([^“”]*?(?:^|\s))”(?=[\p{L}\d]|\s?…)/u, '$1“');
  const opens = (out.match(/“/g) ?? []).length;
  const closes = (out.match(/”/g) ?? []).length;
  if (closes > opens && /^[^“]*”/u.test(out)) out = `“${out}`;
  else if (opens > closes && /“[^”]*$/u.test(out)) out = `${out}”`;
  if ((out.match(/"/g) ?? []).length % 2 === 0) return out;
  return closesOpenQuotation(out) ? `"${out}` : `${out}"`;
}

/** "…, Mr Hensel said." closing a sentence a holder's line prints whole: the holder stands before it already. */
export function withoutAttribution(text: string, cue: string): string {
  const cut = text.trim().replace(TRAILING_ATTRIBUTION, ` ${CUT}`);
  const out = balanceQuotes(cut);
  return cut !== text.trim() && holds(out, cue) && wordCount(out) >= 5 && wordsAfterCue(out, cue) >= 1 ? out : text;
}

type Step = (text: string) => string;

const STEPS: readonly Step[] = [
  (t) => t.replace(DATELINE, ''),
  (t) => t.replace(PARENTHESES, ''),
  (t) => t.replace(TRAILING_ATTRIBUTION, ` ${CUT}`),
  (t) => t.replace(LEADING, `${CUT} `),
  (t) => t.replace(ASIDE, ` ${CUT} `),
  (t) => t.replace(APPOSITION, `$1 ${CUT} `),
  // The last part between commas, when the cue stands before it.
  (t) => t.replace(/,\s+[^,]{1,100}$/u, ` ${CUT}`),
  (t) => t.replace(TRAILING_PHRASE, ` ${CUT}`),
];

/**
 * The text with what can be spared left out, one kind of part at a time, until its plain words run to fewer than `limit`
 * characters (the measure of the page's repeat checks); null when
 * no such form keeps the cue, or none is short enough. A cut is marked "…" (a dateline or a parenthesis goes silently).
 */
export function compressed(text: string, cue: string, limit: number): string | null {
  if (!holds(text, cue)) return null;
  let out = text.trim();
  for (const step of STEPS) {
    if (size(out) < limit) break;
    const next = step(out)
      .replace(/\s*…(?:\s*…)+/gu, ` ${CUT}`)
      .trim();
    const kept = Math.min(2, wordsAfterCue(out, cue));
    if (next !== out && holds(next, cue) && wordCount(next) >= 4 && wordsAfterCue(next, cue) >= kept && !DANGLING.test(next)) out = next;
  }
  out = balanceQuotes(out)
    .replace(/[,;:]\s*…/gu, ' …')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return out !== text.trim() && size(out) < limit && wordCount(out) <= MAX_WORDS ? out : null;
}
