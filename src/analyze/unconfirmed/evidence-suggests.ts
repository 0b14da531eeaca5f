// What a poll, a study or figures "suggest" is an inference hedged by its evidence, not an accusation: its kind is a hedge
// (a report only in the present: "the report suggested she lied" accuses).
import type { CueMatch } from './cues.js';

/** A body of evidence as the subject, with up to eight words (a relative "which", "we've been collecting", "may") before the verb. */
const EVIDENCE_BEFORE =
  /\b(?:figures|data|surveys?|polls?|polling|evidence|stud(?:y|ies)|research|results|numbers|findings|statistics|signs|indicators|ratings|trends?|estimates|records|testing|tests|analys[ie]s|experiments?|observations?|measurements?|readings|simulations?|vulnerabilit(?:y|ies))\b(?:\s*[-–—]\s*|\s+)(?:[\p{L}’'-]+\s+){0,8}$/iu;

/** "The report suggests US men have …": what the report's findings imply now, in the present; "the report suggested she lied" accuses. */
const REPORT_FINDS = /\bthe\s+(?:new\s+|latest\s+|annual\s+)?report\s+$/i;

/** The cue with its kind made a hedge when evidence, not a person, "suggests" the clause. */
export function asEvidenceHedge(m: CueMatch, text: string): CueMatch {
  if (m.cue.kind !== 'allegation' || !/^suggest/i.test(m.match)) return m;
  const before = text.slice(0, m.at);
  if (!EVIDENCE_BEFORE.test(before) && !(/^suggests$/i.test(m.match) && REPORT_FINDS.test(before))) return m;
  return { ...m, cue: { ...m.cue, kind: 'hedged' } };
}
