// "…, with forecasters warning that pollution will reach severe levels", "With Democratic leaders increasingly worried …": in
// an absolute phrase the noun phrase after "with" is the participle's subject, so it holds the worry.
import { isWorryAdjective } from './worry-words.js';
import { holderWords } from './holder-phrase.js';
import { AUXILIARY } from './phrase-words.js';
import { phraseAfter } from './phrases.js';
import type { Token } from './tokens.js';
import { isFiniteForm, isPastForm } from './past-form.js';
import { FRONTED_WORRY, MAIN_CLAUSE_WORDS, RELATIVE_WORDS, alternation } from './fronted-worry.js';

/** A participle or adjective of worry that an absolute phrase can end on. */
const WORRY_PARTICIPLE = /^(warning|fearing|cautioning)$/i;
/** What may stand between the noun phrase and the participle: an adverb of degree. */
const DEGREE = /^(increasingly|deeply|growing|very|so|more|most|also|now|still|already|\p{L}+ly)$/iu;

/** The noun phrase after "with" (one to four plain words) whose participle is the cue at `cueAt`; null when there is none. */
export function withAbsoluteSubject(tokens: readonly Token[], cueAt: number): Token[] | null {
  if (!(WORRY_PARTICIPLE.test(tokens[cueAt]?.text ?? '') || isWorryAdjective(tokens[cueAt]?.text))) return null;
  let end = cueAt;
  while (end > 0 && DEGREE.test(tokens[end - 1]?.text ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 4 && tokens[start - 1]?.kind === 'word' && !/^(with|and|or|but)$/i.test(tokens[start - 1]?.text ?? '')) start--;
  return start < end && /^with$/i.test(tokens[start - 1]?.text ?? '') ? tokens.slice(start, end) : null;
}

/** What a fronted modifier goes on with: its complement ("about", "by", "that", "the nation might …") or the comma that ends it
 *  ("Concerned, his family doctor …"), not a noun it qualifies ("Worried parents"). */
const COMPLEMENT = /^(about|by|over|at|of|for|that|the|a|an|his|her|their|its|,)$/i;
/** A relative word after a comma goes on with the modifier (", which concluded"). */
const RELATIVE = new RegExp(`^(?:${alternation(RELATIVE_WORDS)})$`);
/** A word that can open the main clause after a fronted modifier: a capitalised word, a determiner or a pronoun. */
const MAIN_CLAUSE_OPENER = new RegExp(`^(?:\\p{Lu}.*|${alternation(MAIN_CLAUSE_WORDS)})$`, 'u');

/**
 * "Worried about backlash, House Democrats have limited …", "Fearing that …, the government …": a modifier of worry that opens
 * the sentence (after "But" or "Deeply") belongs to the subject after its comma, which holds the worry; null otherwise.
 */
export function frontedWorrySubject(tokens: readonly Token[], cueAt: number): Token[] | null {
  let first = 0;
  while (first < cueAt && (/^(but|and|yet|so)$/i.test(tokens[first]?.text ?? '') || DEGREE.test(tokens[first]?.text ?? ''))) first++;
  if (first !== cueAt || !FRONTED_WORRY.test(tokens[cueAt]?.text ?? '') || !COMPLEMENT.test(tokens[cueAt + 1]?.text ?? '')) return null;
  // The comma before the main clause, not one inside the clause ("Fearing that his bad back would be a lingering, long-term problem, the Nats").
  const comma = tokens.findIndex(
    (t, i) =>
      i > cueAt &&
      t.text === ',' &&
      (MAIN_CLAUSE_OPENER.test(tokens[i + 1]?.text ?? '') || (!RELATIVE.test(tokens[i + 1]?.text ?? '') && isFiniteForm(tokens[i + 2]?.text ?? ''))),
  );
  const phrase = comma > 0 ? phraseAfter(tokens, comma + 1) : [];
  // The subject ends at its verb: an auxiliary, a past tense ("the German government unveiled …").
  const verb = phrase.findIndex((t, i) => i > 0 && (AUXILIARY.test(t.text) || isPastForm(t.text)));
  const subject = verb > 0 ? phrase.slice(0, verb) : phrase;
  // "…, he's committed to …": the pronoun without its verb.
  return subject.length > 0 ? holderWords(subject) : null;
}
