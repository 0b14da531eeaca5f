// Scope: the claim a cue leaves open — the clause it governs, in a short readable form.
import type { CueMatch } from './cues.js';

/** Reporting words after which the reported clause begins ("said Russia has …", "claims that …"). */
const REPORTING = /\b(?:said|says|say|told \w+|reported|reports|claims?|claimed|alleges?|alleged|contends?|contended|asserts?|asserted|suggest(?:s|ed)?|insist(?:s|ed)?|maintains?|maintained|argues|argued|believes?|believed|denies|denied|added)\s+(?:that\s+)?/gi;

/** Where a clause ends: a comma before an aside or attribution, a semicolon, a dash, a closing quote. */
const CLAUSE_END = /\s*(?:,\s+(?:a claim|which|according to|an? (?:assertion|allegation|charge|accusation)|but|although|though|while|as|said|says|he said|she said|they said|officials said)\b|;|\s[—–]\s|[”"](?:\s|$)|,\s*[”"]).*$/is;

/** Trailing attribution: "…, officials said." — the claim is what comes before it. */
const TRAILING_ATTRIBUTION = /,\s+(?:[\w’'.-]+\s+){0,6}(?:said|says|say|reported|reports|told [\w ]+|according to .+|added|claimed|alleged)\.?$/i;

const WH_GAP = /\b(?:unclear|not clear|unknown|not known|did not say|would not say|declined to say|uncertain)\s+(whether|if|what|who|why|how|when|where|which)\s+(.+)$/i;

function tidy(text: string): string {
  return text.replace(/^[\s,“”"'‘’(]+|[\s,.;:“”"'‘’)]+$/g, '').replace(/\s+/g, ' ');
}

/** A stated gap about a wh-question: "It is unclear what caused the fire" → "the cause of the fire". */
function gapClaim(text: string): string | null {
  const m = WH_GAP.exec(text);
  if (!m) return null;
  const [, wh = '', rest = ''] = m;
  const clause = tidy(rest.replace(CLAUSE_END, ''));
  const caused = /^caused\s+(.+)$/i.exec(clause);
  if (wh.toLowerCase() === 'what' && caused) return `the cause of ${caused[1]}`;
  return `${wh.toLowerCase()} ${clause}`;
}

/** The reported clause after the last reporting word before the cue, cut at the clause's end. */
function reportedClause(text: string, cueAt: number): string | null {
  let start = -1;
  for (const m of text.matchAll(REPORTING)) {
    if (m.index > cueAt + 40) break;
    start = m.index + m[0].length;
  }
  if (start < 0 || start >= text.length) return null;
  const clause = tidy(text.slice(start).replace(CLAUSE_END, ''));
  return clause.split(/\s+/).length >= 3 ? clause : null;
}

/** The claim a cue leaves open; the sentence itself when no narrower clause is found. */
export function claimOf(m: CueMatch, text: string): string {
  if (m.cue.kind === 'gap') {
    const wh = gapClaim(text);
    if (wh) return wh;
  }
  const trailing = TRAILING_ATTRIBUTION.exec(text);
  if (trailing && trailing.index > m.at) return tidy(text.slice(0, trailing.index));
  const reported = reportedClause(text, m.at);
  if (reported) return reported;
  return tidy(text.replace(CLAUSE_END, '')) || text;
}
