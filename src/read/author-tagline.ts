// Why: an op-ed closes on a line about its writer ("Norman Solomon, a Bernie Sanders delegate, is coordinator of …", "Rick Scott
// is the Republican governor of Florida"): the line is no part of the story, and it names the writer when no byline did.
import { lexicons } from '../lexicon.js';

/** A person's name: two or three capitalised words, a middle initial allowed ("James M. Danko", "David A. Andelman"). */
const NAME = String.raw`(?:Dr\.\s|Rev\.\s)?\p{Lu}[\p{L}'\u2019-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{L}'\u2019-]+){1,2}`;
/** The verb that says what the writer is. */
const IS = String.raw`\s(?:is|was|has\sbeen|serves\sas)\s`;
/** "Name[, an aside,] is a / the / director of …": who the writer is, not what a person in the story did or will do. */
const TAGLINE = new RegExp(
  String.raw`^(${NAME})(?:,\s[^,.;]{2,150},)?${IS}(?!(?:not|also|expected|scheduled|set|due|accused|charged|alleged|believed|thought|known|said|reported|likely|going|being|running|seeking|facing|trying)\b)`,
  'u',
);
/** The first words after that verb, where the writer's title or role stands. */
const ROLE = new RegExp(String.raw`${IS}((?:\S+\s){0,5}\S+)`);

/** Roles of an op-ed's writer that the lists of titles and sources lack. */
const WRITER_ROLE = /^(?:co-)?(?:author|founder|host|fellow|professor|lecturer|coordinator|chair(?:man|woman)?|dean|scholar|member)s?$/i;

/** The writers a closing tagline names and the line, taken out of the body (which it changes); null when the last block is none. */
export function takeAuthorTagline(body: string[]): { writers: string[]; line: string } | null {
  const last = body.at(-1);
  // The cheap test first: most stories end on no tagline.
  if (last === undefined || body.length < 3 || last.split(/\s+/).length > 70 || !TAGLINE.test(last)) return null;
  // What the writer is: a title or role within the first words ("is a lecturer", "is the former mayor"), not "is another player".
  const role = ROLE.exec(last)?.[1] ?? '';
  const { titles, speakingRoles } = lexicons();
  if (!role.split(/\s+/).some((w) => WRITER_ROLE.test(w) || titles.has(w.toLowerCase()) || speakingRoles.has(w.toLowerCase()))) return null;
  const sentences = last.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const names = sentences.map((s) => TAGLINE.exec(s)?.[1]).filter((n): n is string => n !== undefined);
  // "James M. Danko is …" splits at its initial, and its first piece is no tagline: no name, no writer.
  if (names.length === 0) return null;
  // A writer is named nowhere in the story; a person it is about is ("… Scott said. Rick Scott is the governor").
  const story = body.slice(0, -1).join('\n');
  // A pattern per name, as the read stage may not import analyze/whole-word.ts (test/read-boundary.test.ts); once per article.
  const surname = (n: string): RegExp => new RegExp(String.raw`(?<!\p{L})${(n.split(/\s+/).at(-1) ?? n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\p{L})`, 'u');
  if (names.some((n) => surname(n).test(story))) return null;
  body.pop();
  return { writers: names, line: last };
}
