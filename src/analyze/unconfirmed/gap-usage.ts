// Gap usage: "did not give …", "wouldn't say …" are stated gaps only when what is withheld is information.
import type { CueMatch } from './cues.js';

/** What a source can withhold: "did not give details", "didn't provide any evidence", "gave no reason". */
const INFORMATION =
  /^\s+(?:[\w’'"“-]+\s+){0,3}?(?:details?|evidence|explanations?|reasons?|information|figures?|numbers?|descriptions?|specifics|proof|answers?|names?|comments?|estimates?|timeline|timetable|accounts?|indications?|dates?|breakdown|sources?|data|clues?|motives?|cause)\b/i;

/** "Doesn't identify with the community": identify with is to relate to, not to name. */
const IDENTIFY_WITH = /^\s+with\b/i;

/** After a first-person "I wouldn't say": what follows is wording the speaker disowns, unless it asks a question or declines more. */
const WITHHELD_INFO = /^\s*(?:whether|if|what|who|why|how|when|where|which|any\s?more|more|much|for (?:sure|certain)|[.!]|$)/i;

/** Tells whether a gap cue withholds no information ("does not provide the same access", "I wouldn't say I was a hero"). */
export function withholdsNothing(m: CueMatch, text: string): boolean {
  const word = m.match.toLowerCase();
  const after = text.slice(m.end);
  if (/\b(?:give|provide)$/.test(word)) return !INFORMATION.test(after);
  if (/\bidentify$/.test(word)) return IDENTIFY_WITH.test(after);
  // "No one knows what to do", "unclear whether to appeal": a choice still to make, not a fact the article leaves open.
  if (/\b(?:what|who|whom|how|where|which|when|whether)$/.test(word) && /^\s+(?:\w+\s+)?to\s+\p{Ll}/u.test(after)) return true;
  if (/\bsay$/.test(word)) {
    // "Refused to say the words 'radical Islam'": the words themselves are withheld, not a fact.
    if (/^\s+(?:the\s+(?:\w+\s+)?words?|[“"'‘])/i.test(after)) return true;
    return /\b(?:i|we)\s+(?:[\w’'-]+\s+)?$/i.test(text.slice(0, m.at)) && !WITHHELD_INFO.test(after);
  }
  return false;
}
