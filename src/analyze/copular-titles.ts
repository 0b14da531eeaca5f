// Why: a role the article states in a sentence of its own ("Florent Groberg is a former U.S. Army captain …") never stands beside the
// name where the person is quoted, so the quotes went without a title; the index keeps it as the person's title where it has none.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { fullName, recentPerson } from './name-lookup.js';
import { hasRoleTitle, roleAfter } from './name-roles.js';
import { sentenceTokens } from './sentence-tokens.js';
import { isKinWord } from './name-words.js';
import { possessedRole } from './bare-role.js';
import type { Token } from './tokens.js';

/** An adverb before the copula: "currently serves as", "now is", "also is" ("is now the" was measured: one holder went wrong). */
const ADVERB = /^(?:now|also|currently)$/;

/** A predicate that names an office ("a former U.S. Army captain", "the Clinton campaign's national political director"), not a
 *  judgement ("a stiff campaigner", "the candidate Republican voters trust most"): a title ends its words before a phrase. */
function isOffice(role: string): boolean {
  const head = role.split(/\s+(?:of|at|for|in|to|on|with|from|and|who|which|among)\s+/)[0]?.split(/\s+/) ?? [];
  const last = head.at(-1)?.toLowerCase() ?? '';
  return head.length <= 5 && lexicons().titles.has(last) && !isKinWord(last);
}

/** The role after the copula at `at` ("is a …", "is now the …", "serves as the …"), read as an apposition after token `last`; or null. */
function roleAt(tokens: readonly Token[], last: number, at: number): string | null {
  let k = ADVERB.test(tokens[at]?.text ?? '') ? at + 1 : at;
  if (tokens[k]?.text === 'serves' && tokens[k + 1]?.text === 'as') k += 2;
  else if (tokens[k]?.text === 'is') k += 1;
  else return null;
  // "Anna Pickard is Slack's editorial director": an owner's possessive opens the role as an article does.
  if (!/^(?:a|an|the)$/.test(tokens[k]?.text ?? '') && !possessedRole(tokens, k)) return null;
  // The role as an apposition reads it: "NAME, a former U.S. Army captain and …".
  const comma = { ...(tokens[at] ?? tokens[last]), text: ',' } as Token;
  const role = roleAfter([...tokens.slice(0, last + 1), comma, ...tokens.slice(k)], last);
  return role && isOffice(role) ? role : null;
}

/**
 * Records "NAME is a ROLE …" (a person named as the subject, outside quotation marks) and "He currently serves as the ROLE …" (the
 * person the pronoun means) as that person's title, when none is known.
 */
export function addCopularTitles(names: NameIndex, sentences: readonly Sentence[]): void {
  for (const m of names.mentions) {
    const sentence = sentences[m.sentence];
    if (m.kind !== 'person' || m.quoted || !m.subject || sentence === undefined) continue;
    // "would not accept any declaration that Clinton is the presumptive nominee": a clause another states, asks or disputes.
    if (/^(?:that|if|whether|unless|until|once)$/i.test(m.before)) continue;
    const full = fullName(names, m.name);
    if (hasRoleTitle(names.titles, full)) continue;
    const tokens = sentenceTokens(sentence);
    const last = tokens.findIndex((t) => t.end === sentence.start + m.end);
    const role = last < 0 ? null : roleAt(tokens, last, last + 1);
    if (role) names.titles.set(full, role);
  }
  for (const [index, sex] of names.pronounOpeners ?? []) {
    const sentence = sentences[index];
    const person = sentence ? recentPerson(names, index, 0, sex) : null;
    if (!sentence || !person || person.kind !== 'person' || hasRoleTitle(names.titles, fullName(names, person.name))) continue;
    const role = roleAt(sentenceTokens(sentence), 0, 1);
    if (role) names.titles.set(fullName(names, person.name), role);
  }
}
