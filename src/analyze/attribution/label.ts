// A speaker's label before a quotation, as in transcripts and digests: `PENCE: "…"`, `HEADLINE – Michael P. McDonald: "…"`.
import { must } from '../../errors.js';
import { lexicons } from '../../lexicon.js';
import { isNamePart } from '../capital-runs.js';
import type { NameIndex } from '../name-index.js';
import { namedElsewhere } from '../name-lookup.js';
import { resolveMention } from '../resolve-mention.js';
import { tokenize, type Token } from '../tokens.js';
import type { Sentence, Speaker } from '../../types.js';
import { textBefore } from './locate.js';
import type { ContextRule } from './rule.js';
import { allMatches } from '../../all-matches.js';

const ALL_CAPS = /^[\p{Lu}'’.-]+$/u;
/** One to three words in capitals and a colon opening the quotation's words. */
export const INSIDE_LABEL = /^(\p{Lu}[\p{Lu}'\u2019.-]+(?:\s\p{Lu}[\p{Lu}'\u2019.-]+){0,2}):\s/u;
/** "KATE" → "Kate"; initials ("P.J.") stay as they are. */
const titleCase = (w: string): string => (ALL_CAPS.test(w) && w.length > 1 && !/^(?:\p{Lu}\.)+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w);

/**
 * The words of a label ("Michael P. McDonald", "PENCE"), or null when it is not one. In "Markus Söder, CSU" or "The
 * governor of Bavaria, Jürgen Rüttgers (CDU)" the name is the part between commas that is a name, party and role aside.
 */
function labelWords(label: string): Token[] | null {
  const parts: Token[][] = [];
  for (const m of allMatches(
    label.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length)),
    /[^,]+/g,
  ))
    parts.push(tokenize(m[0], m.index).filter((t) => t.kind === 'word'));
  const isName = (words: readonly Token[]): boolean => words.length > 0 && words.length <= 5 && words.every((t) => isNamePart(t.text));
  // A lone acronym beside a name is a party ("Klaus Wowereit, SPD"); alone it may be the speaker ("PENCE").
  const affiliation = (words: readonly Token[]): boolean => parts.length > 1 && words.length === 1 && ALL_CAPS.test(words[0]?.text ?? '');
  const whole = parts.find((words) => isName(words) && !affiliation(words));
  if (whole) return whole;
  // "Berlin mayor Klaus Wowereit, SPD": a short label that opens on role words before the name (never a clause before a colon).
  const [lead = []] = parts;
  if (lead.length > 6 || parts.flat().length > 10) return null;
  let from = lead.length;
  while (from > 0 && isNamePart(lead[from - 1]?.text ?? '')) from--;
  // "Frank Newport and Jim Harter:": a pair of names is one label, whose first person resolveMention credits.
  let pair = from - 1;
  while (pair > 0 && lead[from - 1]?.text === 'and' && isNamePart(lead[pair - 1]?.text ?? '')) pair--;
  const start = from - pair >= 3 && lead.length - from >= 2 ? pair : from;
  // "She also asked Tom Hill:": a pronoun or a reporting verb before the name makes it a clause, and the name its listener.
  const { pronouns, reportingVerbs } = lexicons();
  if (lead.slice(0, start).some((t) => pronouns.has(t.text.toLowerCase()) || reportingVerbs.has(t.text.toLowerCase()))) return null;
  return from > 0 && lead.length - from >= 2 && isName(lead.slice(from)) ? lead.slice(start) : null;
}

/** "DS:", "JV:" in an interview: the initials of a person the article names in full ("David Shankbone"), and of one only. */
function byInitials(words: readonly Token[], names: NameIndex): Speaker | null {
  const [word] = words;
  if (words.length !== 1 || !word || !/^\p{Lu}{2,3}$/u.test(word.text)) return null;
  const initialsOf = (name: string): string =>
    name
      .split(/\s+/)
      .map((w) => w.charAt(0))
      .join('');
  const people = new Set(names.mentions.filter((m) => m.kind === 'person' && initialsOf(m.name) === word.text).map((m) => m.name));
  const [only] = people;
  return people.size === 1 && only ? { name: only, title: null, kind: 'person', mention: word.text } : null;
}

/** A person or organisation the article names elsewhere: a one-word label must be a surname or name the article knows. */
function knownLabel(words: readonly Token[], offset: number, sentence: Sentence, names: NameIndex): Speaker | null {
  const initials = byInitials(words, names);
  if (initials) return initials;
  const phrase = words.map((t) => ({ ...t, text: titleCase(t.text), start: t.start + offset, end: t.end + offset }));
  const speaker = resolveMention(phrase, sentence, names);
  if (!speaker || speaker.kind === 'unknown') return null;
  if (words.length > 1 && speaker.kind === 'person') return speaker;
  const last = phrase.at(-1)?.text.toLowerCase();
  if (last === undefined) return null;
  // "Jeb Bush and Hillary Clinton … Bush: “…”": a word of a name the article gives, even inside a longer run.
  return namedElsewhere(names, sentence.index, (m) => `${m.name} ${m.run}`.toLowerCase().split(/\s+/).includes(last)) ? speaker : null;
}

export const label: ContextRule = {
  type: 'context',
  id: 'label',
  description: 'A name and a colon opening the paragraph or following a dash, as in a transcript or a digest: that speaker.',
  examples: [
    {
      text: 'Governor Ellen Marsh met the press in Albany on Tuesday.\n\nMARSH: "We will open the new depot before the winter comes."',
      speaker: 'Ellen Marsh',
    },
    {
      text: 'TURNOUT MAY BREAK RECORDS – Priya Natarajan: "Early voting in the county is running far ahead of the last election."',
      speaker: 'Priya Natarajan',
    },
    // Initials keep their capitals: "P.K." is no "P.k.".
    {
      text: 'The columnist P.K. Mahoney spoke last.\n\nP.K. Mahoney: "Giving money to the harbour board is like giving car keys to teenage boys."',
      speaker: 'P.K. Mahoney',
    },
    // A pair of names credits the first, as resolveMention does for "Dana Whitfield and Tom Becker said".
    { text: 'POLL WATCH – Dana Whitfield and Tom Becker: "Early voting in the county is running far ahead of the last election."', speaker: 'Dana Whitfield' },
    {
      text: 'The party leaders spoke after the count.\n\nHarbour mayor Ellen Marsh, LPP: "We will open the new depot before the winter comes."',
      speaker: 'Ellen Marsh',
    },
    { text: 'The party leaders spoke after the count.\n\nTom Hart, Greens: "The depot will never open before the winter comes."', speaker: 'Tom Hart' },
    // A clause before the colon names the one asked, not a speaker (nor does the introducing sentence, see introducer).
    { text: 'The show ran late.\n\nShe also asked Tom Hart: "Do you live in a house or a shack down by the river?"', speaker: '' },
    { text: 'The council published its agenda on Monday.\n\nUpdate: "The meeting has been moved to the library on Fifth Street."', speaker: '' },
    { text: 'Dana Ruiz spoke to Omar Haddad about the ferry.\n\nOH: "What will you change first on the harbour board?"', speaker: 'Omar Haddad' },
    { text: 'Governor Ellen Marsh met the press in Albany.\n\n"MARSH: We will open the new depot before the winter comes."', speaker: 'Ellen Marsh' },
    { text: 'The council met in Albany.\n\n"UPDATE: The new depot will open before the winter comes, the council says."', speaker: '' },
    {
      text: 'Ellen Marsh and Tom Hart debated the depot on Tuesday.\n\nHart: "We will open it before winter." Marsh: "The depot will never open on time."',
      speaker: 'Ellen Marsh',
    },
  ],
  apply({ span, sentences, names, continuing }) {
    const sentence = span.first;
    // `"RAMOS: Secretary Clinton, …`: a transcript's label in capitals inside the quotation mark, on each paragraph it opens.
    const inside = INSIDE_LABEL.exec(span.text);
    const insideWords = inside ? labelWords(must(inside[1], 'a label')) : null;
    if (inside && insideWords) return knownLabel(insideWords, span.start, sentence, names);
    if (continuing) return null;
    const lead = textBefore(span);
    const m = /(^|\s[―—–-]+\s*)((?:(?!\s-\s)[^―—–:"“”])+):\s*$/u.exec(lead);
    if (!m) return null;
    // At the start of the paragraph, after a dash, or after a labelled quotation: `Lee: "…" Hart: "…"`.
    const previous = sentences[sentence.index - 1];
    const first = previous?.paragraph !== sentence.paragraph || /["”]$/.test(previous.text.trim());
    if (m[1] === '' && !first) return null;
    const offset = sentence.start + m.index + must(m[1], 'the text before a label').length;
    const words = labelWords(must(m[2], 'a label'));
    return words ? knownLabel(words, offset, sentence, names) : null;
  },
};
