// "suggested they tweet a picture", "suggested that Ventas spin off a division", "might do well to reassess": a proposal or advice, not a claim.
import { lexicons } from '../../lexicon.js';
import type { CueMatch } from './cues.js';

/** Words that show a clause states a fact: an auxiliary, a modal, a negation, a linking word. */
const FINITE = /^(?:is|was|are|were|be|been|has|had|have|did|do|does|would|could|should|will|can|may|might|must|shall|not|also|and|or|but|that|who|which)$/i;
/** Prepositions and the like, which no bare verb can be ("his role in the campaign", "taxis from the airport"). */
const LINK =
  /^(?:in|on|at|of|to|for|with|by|from|off|into|onto|about|over|under|after|before|as|than|like|without|through|against|across|around|during|per|via|the|a|an|his|her|their|its|this|these|those|my|our|your|some|any|no|every)$/i;
/** What follows the bare verb of a proposal: its object or particle ("spin off", "tweet a picture"). */
const OBJECT = /^(?:the|a|an|his|her|their|its|out|down|up|off|aside)$/i;
/** "would do better to keep quiet", "might do well to reassess": advice, whatever the subject. */
const DO_WELL = /^[^.;:!?]{0,80}?\b(?:do|does)\s+(?:well|better)\s+to\b/i;

/** "suggest that she may want to …", "suggested that … only if …", "suggested that if …": advice or a condition, before the clause's first break. */
const ADVICE = /^(?:\s*(?:that\s+)?if\b|[^.;:,!?—"“”]{0,100}?\b(?:should|ought to|(?:may|might) want to|had better|unless|only if)\b)/i;

/** Whether a lower-case word could be the bare verb of a subjunctive (no -s, -ed or -ly; no past form). */
function bare(word: string): boolean {
  return /^[a-z]+$/.test(word) && !/(?:s|ed|ly|ing)$/.test(word) && !lexicons().irregularPast.has(word) && !FINITE.test(word) && !LINK.test(word);
}

/** The first `count` words of the clause after the cue, without its "that", up to the first mark that ends it. */
const clauseWords = (after: string, count: number): string[] => (/^\s*(?:that\s+)?([^.,;:!?“”"()—–]*)/.exec(after)?.[1] ?? '').split(/\s+/).slice(0, count);

/** The clause after a past "suggested": a bare verb after "they/we/you" or "instead", or one with its object after a noun phrase. */
function proposes(after: string): boolean {
  const words = clauseWords(after, 8);
  if (/['’]\p{Ll}+$/u.test(words[0] ?? '')) return false;
  if (/^(?:they|we|you)$/i.test(words[0] ?? '')) return bare(words[1] ?? '') || (words[1] === 'instead' && bare(words[2] ?? ''));
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? '';
    // A name, or the subject's last word before "instead" ("the crews instead meet").
    if (/^\p{Lu}/u.test(w) || words[i + 1] === 'instead') continue;
    // "doesn't want", "she'll turn", "who was": a finite verb, so the clause states a fact.
    if (FINITE.test(w) || /(?:ed|s)$/.test(w) || /['’]\p{Ll}+$/u.test(w) || lexicons().irregularPast.has(w)) return false;
    if (bare(w) && (words[i - 1] === 'instead' || OBJECT.test(words[i + 1] ?? ''))) return true;
  }
  return false;
}

/** "suggests that an ultimatum … be issued", "suggested the vote be held": a bare "be" and its participle, no modal before it, propose. */
function subjunctiveBe(after: string): boolean {
  const words = clauseWords(after, 16);
  const at = words.indexOf('be');
  const participle = /^\p{Ll}+(?:ed|en)$/u.test(words[at + 1] ?? '') || lexicons().irregularPast.has(words[at + 1] ?? '');
  return at > 0 && participle && !words.slice(0, at).some((w) => FINITE.test(w) || /['’]\p{Ll}+$/u.test(w));
}

/** Whether a "suggest" cue introduces a proposal or advice rather than a claim. */
export function suggestsCourse(m: CueMatch, text: string): boolean {
  const after = text.slice(m.end);
  if (!/^suggest/i.test(m.match)) return false;
  return DO_WELL.test(after) || ADVICE.test(after) || (/^suggested(?:\s+that)?$/i.test(m.match) && proposes(after)) || subjunctiveBe(after);
}
