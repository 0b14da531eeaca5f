// "Trump accused Cruz … of being "very queasy" on …": an accusation's fear is the accusing verb, who is accused and of what
// ("accused Cruz of being …": "Cruz of being …" alone read as no English); the sentence around it (when, where, who accuses)
// is said beside it already.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { closeOpenQuote } from '../close-quote.js';

/** The accused and the charge: a named object (no pronoun, no passive "by"), "of", and what follows up to a clause's end. */
const CHARGE = /^\s+(?!(?:by|of|and|or|him|her|them|us|me|you|it|himself|herself|themselves)\b)([^.;:!?"“”]{1,100}?)\s+of\s+(.+)$/su;
/** Where the charge ends: a semicolon, a dash, a comma before a new clause or an attribution, or "and" before a verb of its own. */
const CHARGE_END =
  /;|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though|which|saying|adding|a\s+reference|according)\b|(?:,|\s+and)\s+(?:\S+\s+){0,3}?(?:said|says|asserted|added)\b|\s+and\s+(?:\p{Ll}+ed|encourage[sd]?)\s/iu;
/** A sentence that opens on a subordinate clause: the charge ends at its comma, where the main clause begins. */
const OPENER = /^["“]?(?:Even\s+as|As|While|When|After|Before|Because|Although|Though|If|Since|Once|Whereas)\s/u;

/** For a fear left as the sentence or a clause around "accused X of Y" (one that holds the cue), "accused X of Y"; otherwise the fear as it was. */
export function accusedFear(text: string, cue: string, fear: string): string {
  if (!fear.includes(cue) || !/^accus(?:e|es|ed|ing)$/i.test(cue)) return fear;
  const at = text.search(new RegExp(`\\b${cue}\\b`, 'u'));
  // "A woman who has accused X of rape said …", "the tricks that Carson accused Cruz of perpetrating are …": a relative clause.
  if (at < 0 || /\b(?:who|whom|that|which)\s+(?:\S+\s+){0,3}$/i.test(text.slice(0, at))) return fear;
  // "Trump's tweets accusing Machado of … are lies": a participle after a noun describes it; its charge runs into the main verb.
  if (/ing$/i.test(cue) && !/(?:^|[,;:]\s*)["“]?$/u.test(text.slice(0, at))) return fear;
  const m = CHARGE.exec(text.slice(at + cue.length));
  if (!m) return fear;
  const main = OPENER.test(text) ? (m[2] ?? '').split(',')[0] : m[2];
  const charge = (main ?? '').split(CHARGE_END)[0] ?? '';
  const out = `${cue} ${m[1]} of ${charge}`.replace(/[\s.,;:!?]+$/u, '');
  // An open quotation mark left by the cut is closed.
  return wordCount(charge) >= 1 ? closeOpenQuote(out) : fear;
}
