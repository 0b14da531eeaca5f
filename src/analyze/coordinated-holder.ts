// "Doctors and nurses warned …": the subject found before a worry verb may be the last of two joined by "and"; the
// first, when it opens the clause, holds the worry too (split from holder.ts to keep it short).
import { phraseBefore } from './phrases.js';
import type { Token } from './tokens.js';

/** Words after which a noun phrase opens a clause: a conjunction or "that"; a comma may end a list, so it does not. */
const CLAUSE_START = /^(that|but|and|so|yet|while|whereas|as|when|because|although|though|since|after)$/i;

/** The first of two subjects joined by "and" ("Doctors" of "Doctors and nurses"), when it opens its clause; else null. */
export function conjunctBefore(tokens: readonly Token[], subject: readonly Token[]): Token[] | null {
  const at = subject[0] ? tokens.indexOf(subject[0]) : -1;
  if (at < 2 || tokens[at - 1]?.text !== 'and') return null;
  const first = phraseBefore(tokens, at - 1);
  const from = first[0] ? tokens.indexOf(first[0]) : -1;
  if (from < 0) return null;
  // "Real estate mogul and reality star Ann Lee": a bare singular noun is no subject but a second role of the one person.
  const last = first.at(-1)?.text ?? '';
  if (!/^(the|a|an|his|her|their|its|our)$/i.test(first[0]?.text ?? '') && /^\p{Ll}+$/u.test(last) && !last.endsWith('s')) return null;
  const before = tokens[from - 1];
  return before === undefined || (before.kind === 'word' && CLAUSE_START.test(before.text)) ? first : null;
}
