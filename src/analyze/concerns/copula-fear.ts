// "Trump was a threat to America's democracy": a fear that opens on its cue after a copula ("threat to America's democracy")
// leaves out what is feared, which is the copula's subject; the fear takes it back, from the start of its clause.
import { lexicons } from '../../lexicon.js';

/** A cue word that names a danger as a predicate: "is a threat", "are vulnerable", "poses a risk". */
const PREDICATE_CUE = /^(?:danger|dangerous|threat|threats|risk|risks|menace|vulnerable|frightening|troubling|disturbing|alarming)$/i;
/** The copula and what may stand between it and the cue: "was a", "poses an existential", "could be a real". */
const COPULA_BEFORE =
  /\b(?:is|was|are|were|be|been|becomes?|became|remains?|pose[sd]?|posing|['’]s|['’]re)\s+(?:(?:a|an|one|more|most|very|so|too|really|such|real|serious|significant|grave|potential|existential|big|bigger|biggest|great|greater|greatest|major|clear|direct|growing|security|particularly|genuine|national|immediate|increasing|the|no\s+less\s+of\s+a)\s+){0,3}$/i;
/** Where a clause opens before its subject: a break in the sentence, a conjunction, or a verb of saying ("declared Trump was"). */
const CLAUSE_OPENS = /(?:[,;:(—–“”"]|\b(?:that|because|if|when|whether|since|while|but|and|so)\b)\s*/gi;

/** The most words a subject taken back may have: a longer one is a clause the fear does not need. */
const SUBJECT_WORDS = 8;

/** For a fear that opens on a predicate cue after a copula, the fear from its subject on; else the fear. */
export function copulaFear(text: string, cueWord: string, fear: string): string {
  if (!PREDICATE_CUE.test(cueWord) || !fear.toLowerCase().startsWith(cueWord.toLowerCase())) return fear;
  const at = text.indexOf(fear);
  const copula = at > 0 ? COPULA_BEFORE.exec(text.slice(0, at)) : null;
  if (!copula) return fear;
  const head = text.slice(0, copula.index);
  let start = 0;
  for (const m of head.matchAll(CLAUSE_OPENS)) start = m.index + m[0].length;
  // "declared Trump was …", "said this could be …": the subject follows a verb of saying.
  const words = head.slice(start).split(/\s+/).filter(Boolean);
  const { reportingVerbs } = lexicons();
  let said = -1;
  for (const [i, w] of words.entries()) if (reportingVerbs.has(w.toLowerCase())) said = i;
  const subject = words.slice(said + 1);
  if (subject.length === 0 || subject.length > SUBJECT_WORDS) return fear;
  const from = text.lastIndexOf(subject.join(' '), copula.index);
  return from >= 0 ? text.slice(from, at + fear.length) : fear;
}
