// Why: "An Iraq expert at the University of London, Tony Dodge said": a role that opens the sentence, set off by a comma before the
// name that is its verb's subject, is the name's title; roleBefore (name-roles.ts) stops at the capitals of the place of work.
import { lexicons } from '../lexicon.js';
import { isRoleText } from './bare-role.js';
import { INTRO, isVerb } from './phrase-words.js';
import { isPastForm } from './past-form.js';
import type { Token } from './tokens.js';

/** The most words such an opening role may have. */
const MAX_WORDS = 10;

/** The role that opens the sentence before "," and the name at `first`..`last`, when a reporting verb follows the name; else null. */
export function openingRole(tokens: readonly Token[], first: number, last: number): string | null {
  const comma = first - 1;
  if (tokens[comma]?.text !== ',' || comma < 2 || comma > MAX_WORDS) return null;
  const lead = tokens.slice(0, comma);
  const next = tokens[last + 1];
  if (!lead.every((t) => t.kind === 'word') || !isVerb(next)) return null;
  const words = lead.map((t) => t.text);
  const start = /^(?:a|an|the)$/i.test(words[0] ?? '') ? 1 : 0;
  // The role's head ends the words before its first preposition: "expert" in "Iraq expert at the University of London".
  const prep = words.findIndex((w, i) => i > start && /^(?:at|of|for|with|in|from|on)$/.test(w));
  const head = words.slice(start, prep < 0 ? undefined : prep);
  const role = head.at(-1);
  // A noun phrase only: no opener ("In his email to members,"), pronoun or verb ("Months after he savaged her,"), one role in the singular.
  const plain = head.every(
    (w, i) => (i > 0 || !INTRO.test(w)) && !lexicons().pronouns.has(w.toLowerCase()) && !isPastForm(w) && !lexicons().functionWords.has(w.toLowerCase()),
  );
  return plain && role !== undefined && /^\p{Ll}/u.test(role) && !/[^s]s$/.test(role) && isRoleText(role) ? words.slice(start).join(' ') : null;
}
