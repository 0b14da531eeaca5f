// Interview answers: one side of a conversation, which needs its question to be read. The summary leaves them aside.
import type { Sentence } from '../../types.js';
import { sentencesByParagraph } from '../sentences.js';

/** A speaker's label opening a turn: "Moore:", "Isabel Ruiz:", "::Mario:". */
export const TURN_LABEL = /^:{0,2}(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}):\s/u;
/** A turn's speaker by the label's last word: a transcript names them in full once ("JAKE TAPPER:"), then by surname ("TAPPER:"). */
const speakerOf = (text: string): string | undefined => TURN_LABEL.exec(text)?.[1]?.split(/\s/).pop()?.toLowerCase();
/** A question paragraph, closing marks aside. */
const QUESTION = /\?["”’'»)\]]*\s*$/;
/** Question paragraphs an article needs before it is read as questions and answers. */
const MIN_QUESTIONS = 3;
const QUESTION_SHARE = 0.2;

/**
 * Sentences that answer an interviewer: a turn under a label that opens two sentences or more, to its paragraph's end, and
 * in an article of three answered question paragraphs or more, every other paragraph after the first question.
 */
export function interviewAnswers(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  const labels = new Map<string, number>();
  for (const s of sentences) {
    const label = speakerOf(s.text);
    if (label) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  let turn = -1;
  for (const s of sentences) {
    const label = speakerOf(s.text);
    if (label && (labels.get(label) ?? 0) >= 2) turn = s.paragraph;
    if (s.paragraph === turn) out.add(s.index);
  }
  const byParagraph = sentencesByParagraph(sentences);
  const questions = [...byParagraph].filter(([, list]) => list.every((s) => QUESTION.test(s.text))).map(([p]) => p);
  const first = questions[0];
  if (first === undefined) return out;
  // Each question answered by the paragraph after it, not a list of questions in a row (a letter's checklist).
  const answered = questions.filter((p) => byParagraph.has(p + 1) && !questions.includes(p + 1)).length;
  const after = [...byParagraph.keys()].filter((p) => p > first).length;
  // An opinion piece's few rhetorical questions are not an interview: questions are a fifth of what follows the first.
  if (answered < MIN_QUESTIONS || questions.length < QUESTION_SHARE * after) return out;
  for (const s of sentences) if (s.paragraph > first && !questions.includes(s.paragraph)) out.add(s.index);
  return out;
}
