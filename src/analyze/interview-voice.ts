// An interview's answers are the interviewee's voice: "I said, “…”" in one is theirs, as is "my concern is …".
import type { Sentence, Speaker } from '../types.js';
import { intervieweeOf, labelsInterviewee } from './concerns/interviewee.js';
import type { NameIndex } from './name-index.js';
import { interviewAnswers, TURN_LABEL } from './summary/interview.js';

/** A first-person verb of saying or thinking right before a quotation: "I said, “", "I thought to myself, ‘", "and I told him: “". */
const I_SAID =
  /(?:^|[^\p{L}'\u2019])I\s+(?:(?:just|then|also|once|simply|always|even|could|would|might|can|will|'d|’d|finally|actually)\s+)*(?:said|say|says|told|tell|thought|think|asked|ask|replied|reply|answered|wrote|write|decided|decide|wondered|responded|explained|joked|shouted|yelled)(?:\s+(?:to\s+)?(?:myself|him|her|them|you|us|me|everyone|people))?\s*[,:]?\s*$/u;

export interface InterviewVoice {
  /** The interviewee, when one is clear, and the sentences that are their answers (another turn's label excluded). */
  interviewee: string;
  answers: ReadonlySet<number>;
}

/** The interviewee and their answers, or null when the article is no interview or the interviewee is not clear. */
export function interviewVoice(sentences: readonly Sentence[], names: NameIndex, headline: string | undefined): InterviewVoice | null {
  const all = interviewAnswers(sentences);
  const interviewee = all.size > 0 ? intervieweeOf(sentences, names, headline) : null;
  if (interviewee === null) return null;
  // A turn under another's label ("DS: … I thought, “…”") is the interviewer's, to the paragraph's end.
  const other = new Set<number>();
  for (const s of sentences) {
    const label = TURN_LABEL.exec(s.text)?.[1];
    if (label !== undefined && !labelsInterviewee(label, interviewee)) other.add(s.paragraph);
  }
  const answers = new Set([...all].filter((i) => !other.has(sentences[i]?.paragraph ?? -1)));
  return { interviewee, answers };
}

/** The interviewee as the speaker of a quotation they introduce with "I said" / "I thought" in their own answer, or null. */
export function answerQuoteSpeaker(voice: InterviewVoice | null, sentence: Sentence, before: string): Speaker | null {
  if (voice === null || !voice.answers.has(sentence.index) || !I_SAID.test(before)) return null;
  return { name: voice.interviewee, title: null, kind: 'person', mention: 'I' };
}
