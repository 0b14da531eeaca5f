// In a question-and-answer interview, "I am very concerned with the cynicism …" in an answer is the interviewee's worry:
// the one person the introduction names (and the headline, when it names anyone), or nobody when that is not clear.
import type { Sentence } from '../../types.js';
import { fullName } from '../name-lookup.js';
import type { NameIndex } from '../name-index.js';
import { TURN_LABEL } from '../summary/interview.js';

/** "I", "I'm", "I've", "I'd" as a word: the one answering speaks of themself. */
const FIRST_PERSON = /(?:^|[^\p{L}'\u2019])I(?:['\u2019](?:m|ve|d|ll))?(?![\p{L}'\u2019])/u;
/**
 * Right before the cue, a worry the one answering owns: "my main concern", "our largest danger" opening a clause (not "the
 * majority of our problems", not "My staff cautioned"), or "we" as its subject ("we fear", "we are worried").
 */
const OWN_CUE =
  /(?:(?:^|[,;:]\s*|\b(?:that|and|but|is|was)\s+)(?:my|our)\s+(?:(?:main|real|only|chief|primary|major|first|deep|\p{L}+est)\s+)?|(?:^|[^\p{L}'\u2019])we(?:['\u2019](?:re|ve|d|ll))?\s+(?:(?:are|were|all|also|can|do|still|really|very|deeply|so|remain|have|been)\s+){0,2})$/iu;

/** The person an interview's introduction presents, or null: one person in the first paragraph, the headline's if it names one. */
export function intervieweeOf(sentences: readonly Sentence[], names: NameIndex, headline: string | undefined): string | null {
  const first = sentences[0]?.paragraph;
  const people = new Set(
    names.mentions.filter((m) => m.kind === 'person' && !m.quoted && sentences[m.sentence]?.paragraph === first).map((m) => fullName(names, m.name)),
  );
  const inHeadline = [...people].filter((p) => (headline ?? '').includes(p.split(' ').at(-1) ?? '\u0000'));
  // "Zork Hun is running …" under "Interview with … Zork Hun": a name the index cannot type, opening the intro and headlined.
  const opener = names.mentions.find(
    (m) => m.sentence === sentences[0]?.index && m.start === 0 && m.kind === 'unknown' && / /.test(m.name) && (headline ?? '').includes(m.name),
  );
  if (inHeadline.length === 0 && opener) return opener.name;
  const [only] = inHeadline.length > 0 ? inHeadline : [...people];
  return only !== undefined && (inHeadline.length === 1 || people.size === 1) ? only : null;
}

/** Whether a turn's label stands for the interviewee: the answer's "A", their initials or a word of their name. */
export function labelsInterviewee(label: string, interviewee: string): boolean {
  const words = interviewee.split(' ');
  return label === 'A' || label === words.map((w) => w.charAt(0)).join('') || label.split(/\s+/).some((w) => words.includes(w));
}

/**
 * The holder of a concern voiced in an interview's answer, or null: the interviewee, when "I" comes before the word of
 * worry ("I am worried about …", not "A concern I've heard …") and no other turn's label opens the sentence ("DS: …").
 */
export function answersAsInterviewee(text: string, cueAt: number, inAnswer: boolean, interviewee: string | null): string | null {
  const before = text.slice(0, cueAt);
  if (!inAnswer || interviewee === null || !(FIRST_PERSON.test(before) || OWN_CUE.test(before))) return null;
  // A turn's label ("JV:", "DS:", "Mr. Burns:", "A:") opening the answer.
  const label = TURN_LABEL.exec(text)?.[1];
  return label === undefined || labelsInterviewee(label, interviewee) ? interviewee : null;
}
