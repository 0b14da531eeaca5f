// Subjects joined by "and": two verbs that share one ("Carl Brandt thought for a moment and said"), and one person given two
// roles ("the Florida senator and Republican presidential candidate said").
import { lexicons } from '../lexicon.js';
import { isTitleWord } from './capital-runs.js';
import { isRoleWordLower } from './name-words.js';
import { AUXILIARY, INTRO } from './phrase-words.js';
import { NP_STOP, isVerb, phraseBefore } from './phrases.js';
import { isCapitalised, type Token } from './tokens.js';

/**
 * The subject two coordinated verbs share, for the verb at `verb` after "and" or "but":
 * "Carl Brandt thought for a moment and said" → "Carl Brandt". Null unless the clause opens with a name and a lower-case verb.
 */
export function sharedSubject(tokens: readonly Token[], verb: number): Token[] | null {
  let k = verb - 1;
  for (let t = tokens[k]; t?.kind === 'word' && /^(then|later|also|finally|quickly)$|[a-z]ly$/.test(t.text) && !isCapitalised(t.text); t = tokens[k]) k--;
  if (!/^(and|but)$/.test(tokens[k]?.text ?? '')) return null;
  // "Forecasters said the storm would weaken, but warned …": a comma may stand before the conjunction.
  let c = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  // Scare quotes in the first clause ("said she was “impressed” with …") do not end it.
  while (c > k - 16 && (tokens[c]?.kind === 'word' || /^["“”]$/.test(tokens[c]?.text ?? ''))) c--;
  const before = tokens[c];
  if (before && !(before.kind === 'punct' && before.text === ',')) return null;
  // "When Trump referred to … and said he would “…”": the clause's subject after its opening conjunction.
  const start = c + (before === undefined && /^(When|If|After|While|Once|Because|Since|Before)$/.test(tokens[0]?.text ?? '') ? 2 : 1);
  let end = start;
  for (let t = tokens[end]; end < k && t?.kind === 'word' && (isCapitalised(t.text) || /^[A-Z][a-z]*\.$/.test(t.text)); t = tokens[end]) end++;
  const run = tokens.slice(start, end) as Token[];
  const next = tokens[end];
  const first = run[0]?.text;
  if (first === undefined || run.length > 4 || end >= k - 1 || !next || next.kind !== 'word' || isCapitalised(next.text)) return null;
  if (INTRO.test(first) || lexicons().functionWords.has(first.toLowerCase()) || run.some((t) => /['’]s?$/.test(t.text))) return null;
  if (NP_STOP.has(next.text) || /ing$/.test(next.text) || tokens.slice(end, k).some((t) => /^(that|who|which|whom|whose)$/.test(t.text))) return null;
  // "Sanders supporters are crying …": a word before an auxiliary is the subject's own noun, and the capital before it a modifier.
  if (!isVerb(next) && !/ed$/.test(next.text) && !AUXILIARY.test(next.text) && AUXILIARY.test(tokens[end + 1]?.text ?? '')) return null;
  // "Initial reports said …": a verb form right before a verb is a noun, and the capital before it an adjective.
  if (isVerb(next) && tokens[end + 1] && isVerb(tokens[end + 1])) return null;
  return run;
}

/**
 * The first of two roles one person is given, `the Florida senator and Republican presidential candidate`, for the
 * subject found after the "and"; null unless a definite role stands before it and the second has no determiner of its
 * own ("the senator and the governor" are two people).
 */
export function firstOfRolePair(tokens: readonly Token[], subject: readonly Token[]): Token[] | null {
  const [head] = subject;
  const last = subject.at(-1);
  const at = head ? tokens.indexOf(head) : -1;
  if (!head || !last || at < 3 || tokens[at - 1]?.text !== 'and' || /^(the|a|an|his|her|their|its)$/i.test(head.text)) return null;
  if (!isRoleWordLower(last.text) && !isTitleWord(last.text)) return null;
  const first = phraseBefore(tokens, at - 1);
  const role = first.at(-1)?.text ?? '';
  if (first.length < 2 || first.length > 4 || !/^the$/i.test(first[0]?.text ?? '') || isCapitalised(role)) return null;
  return isRoleWordLower(role) || isTitleWord(role) ? first : null;
}
