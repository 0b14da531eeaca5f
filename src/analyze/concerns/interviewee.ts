// In a question-and-answer interview, "I am very concerned with the cynicism …" in an answer is the interviewee's worry:
// the one person the introduction names (and the headline, when it names anyone), or nobody when that is not clear.
import type { Sentence } from '../../types.js';
import { allMatches } from '../../all-matches.js';
import { lexicons } from '../../lexicon.js';
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

/**
 * The people a headline names by a given name and a surname ("Interview with NDP candidate Sheila White", "Wikinews
 * interviews Brian Moore", "Mario J. Lucero and Isabel Ruiz").
 */
function headlinePeople(headline: string): Set<string> {
  const { givenNames } = lexicons();
  const found = new Set<string>();
  for (const m of allMatches(headline, /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu)) {
    // "Hamilton East—Stoney Creek": a dash joins places (a riding), never a person's names.
    if (/[—–]/.test(`${headline.charAt(m.index - 1)}${headline.charAt(m.index + m[0].length)}`)) continue;
    const words = m[0].split(/\s+/);
    const at = words.findIndex((w) => givenNames.has(w.toLowerCase()));
    if (at >= 0 && words.length - at >= 2) found.add(words.slice(at, at + 3).join(' '));
  }
  return found;
}

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
  // "Wikinews interviews Brian Moore" over an introduction that names only its reporter: the headline's person, not the reporter;
  // with two people in the headline, neither for sure.
  const [named, ...more] = headlinePeople(headline ?? '');
  if (inHeadline.length !== 1 && named !== undefined) {
    if (more.length > 0) return null;
    const full = fullName(names, named.split(' ').at(-1) ?? named);
    return full.includes(' ') && full.endsWith(named.split(' ').at(-1) ?? '') ? full : named;
  }
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
  if (!inAnswer || interviewee === null) return null;
  // A turn's label ("JV:", "DS:", "Mr. Burns:", "A:") opening the answer; the interviewee's own label gives them every word after it.
  const label = TURN_LABEL.exec(text)?.[1];
  if (label !== undefined && labelsInterviewee(label, interviewee)) return interviewee;
  // Under another turn's label the words are not the interviewee's, whatever person they speak in.
  return label === undefined && (FIRST_PERSON.test(before) || OWN_CUE.test(before)) ? interviewee : null;
}
