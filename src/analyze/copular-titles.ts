// Why: a role the article states in a sentence of its own ("Florent Groberg is a former U.S. Army captain …") never stands beside the
// name where the person is quoted, so the quotes went without a title; the index keeps it as the person's title where it has none.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { fullName } from './name-lookup.js';
import { roleAfter } from './name-roles.js';
import { sentenceTokens } from './sentence-tokens.js';

/** "is a", "is now the", "is also an": the copula and article that open a role after a person's name. */
const COPULA = /^(?:now|also|currently)$/;

/** Kin words the title list holds for other uses ("Father Brown"): "a single father of three" is no office. */
const KIN = /^(?:father|mother|son|daughter|brother|sister|wife|husband)$/;

/** A predicate that names an office ("a former U.S. Army captain", "the Clinton campaign's national political director"), not a
 *  judgement ("a stiff campaigner", "the candidate Republican voters trust most"): a title ends its words before a phrase. */
function isOffice(role: string): boolean {
  const head = role.split(/\s+(?:of|at|for|in|to|on|with|from|and|who|which|among)\s+/)[0]?.split(/\s+/) ?? [];
  const last = head.at(-1)?.toLowerCase() ?? '';
  return head.length <= 5 && lexicons().titles.has(last) && !KIN.test(last);
}

/** Records "NAME is a ROLE …" (a person named as the subject, outside quotation marks) as that person's title, when none is known. */
export function addCopularTitles(names: NameIndex, sentences: readonly Sentence[]): void {
  for (const m of names.mentions) {
    const sentence = sentences[m.sentence];
    if (m.kind !== 'person' || m.quoted || !m.subject || sentence === undefined) continue;
    const full = fullName(names, m.name);
    if (names.titles.has(full)) continue;
    const tokens = sentenceTokens(sentence);
    const last = tokens.findIndex((t) => t.end === sentence.start + m.end);
    if (last < 0 || tokens[last + 1]?.text !== 'is') continue;
    const from = COPULA.test(tokens[last + 2]?.text ?? '') ? last + 3 : last + 2;
    if (!/^(?:a|an|the)$/.test(tokens[from]?.text ?? '')) continue;
    // The role as an apposition reads it: "NAME, a former U.S. Army captain and …".
    const comma = { ...(tokens[last + 1] ?? tokens[last]), text: ',' } as (typeof tokens)[number];
    const role = roleAfter([...tokens.slice(0, last + 1), comma, ...tokens.slice(from)], last);
    if (role && isOffice(role)) names.titles.set(full, role);
  }
}
