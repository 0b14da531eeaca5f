// What a poll, a study or figures "suggest" is an inference hedged by its evidence, not an accusation: its kind is a hedge
// (a report only in the present: "the report suggested she lied" accuses); so is a suggestion whose clause holds its own modal.
import { lexicons } from '../../lexicon.js';
import { isEpithetHead, isOrgWord, isRoleNoun } from '../name-words.js';
import type { CueMatch } from './cues.js';

/** A body of evidence as the subject, with up to eight words (a relative "which", "we've been collecting", "may") before the verb. */
const EVIDENCE_BEFORE =
  /\b(?:figures|data|surveys?|polls?|polling|evidence|stud(?:y|ies)|research|results|numbers|findings|statistics|signs|indicators|ratings|trends?|estimates|records|testing|tests|analys[ie]s|experiments?|observations?|measurements?|readings|simulations?|vulnerabilit(?:y|ies))\b(?:\s*[-–—]\s*|\s+)(?:[\p{L}’'-]+\s+){0,8}$/iu;

/** "The report suggests US men have …": what the report's findings imply now, in the present; "the report suggested she lied" accuses. */
const REPORT_FINDS = /\bthe\s+(?:new\s+|latest\s+|annual\s+)?report\s+$/i;

/** The word that ends the subject before "suggests", past an aside ("…, however,") and adverbs or modals ("would", "strongly"). */
const SUBJECT_END =
  /(?:^|[^\p{L}’'-])(\p{L}[\p{L}’'-]*)(?:,\s+(?:however|though|too|meanwhile|in\s+turn),)?\s+(?:(?:\p{Ll}+ly|also|only|would|could|may|might|does|did|do)\s+)*$/u;

/** Words that end no thing's name: an adverb ("bluntly", "later"), a relative or a preposition ("who", "including"), a person. */
const NOT_THING =
  /^(?:\p{Ll}+ly|later|even|almost|also|still|then|just|again|once|never|often|already|further|that|which|who|whom|whose|what|including|lady|person|people|girl|boy|child|children|wife|husband|mother|father|son|daughter|friend|friends|family|parents|voters)$/u;

/** "The trip suggests that …", "a large body of work suggests": a thing, not a person, a body or a role, infers the clause. A document
 *  does so only in the present ("the memo suggests"; "the report suggested she lied" accuses). */
function thingSuggests(before: string, verb: string): boolean {
  const word = SUBJECT_END.exec(before)?.[1] ?? '';
  const { pronouns, speakingRoles, functionWords, documentWords } = lexicons();
  const one = word.replace(/s$/, '');
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NOT_THING.test(word) || pronouns.has(word) || functionWords.has(word) || isOrgWord(word) || isEpithetHead(word))
    return false;
  if ([word, one].some((w) => speakingRoles.has(w) || isRoleNoun(w))) return false;
  return !documentWords.has(word) || /^suggests?\b/i.test(verb);
}

/** "suggesting that a platform could help her", "suggested that this might be seen as condescending": the clause hedges itself
 *  ("would" and "will" only report a future: "suggested that the act would change" still alleges). */
const MODAL_CLAUSE = /^(?:\s+that)?(?:\s+[^\s.;:!?]+){0,9}?\s+(?:might|may|could|can|couldn['’]t|cannot|can['’]t)\b/i;

/** The cue with its kind made a hedge when evidence, not a person, "suggests" the clause, or when the clause holds its own modal. */
export function asEvidenceHedge(m: CueMatch, text: string): CueMatch {
  if (m.cue.kind !== 'allegation' || !/^suggest/i.test(m.match)) return m;
  const before = text.slice(0, m.at);
  const evidence = EVIDENCE_BEFORE.test(before) || (/^suggests$/i.test(m.match) && REPORT_FINDS.test(before)) || thingSuggests(before, m.match);
  if (!evidence && !MODAL_CLAUSE.test(text.slice(m.end))) return m;
  return { ...m, cue: { ...m.cue, kind: 'hedged' } };
}
