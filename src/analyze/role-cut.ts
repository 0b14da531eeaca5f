// Why: a role after a name is read up to eight words, and the cap cut some mid-phrase: on a modifier ("former governor of Minnesota
// and a Republican presidential"), inside a name ("… of the South Carolina Republican") or in a clause ("… challenged by Sanders 30");
// a closed apposition of up to 14 words is kept whole where the cut would fall in a name; split from name-roles.ts to keep it short.
import { isConnector } from './capital-runs.js';
import { isArticle, isCapitalised, type Token } from './tokens.js';

/** Prepositions that open the phrase after a role's noun ("mayor of Faenza", "analyst at IDC"). */
export const ROLE_PHRASE_PREP = /^(of|at|for|in|to|on|with|from)$/;

/** Where a role the cap cut may end in lower case: before a number, "and", or a preposition that opens a phrase of its own. */
const CLAUSE_BREAK = /^(?:\d[\d,.]*|and|such|by|about|over|after|since|during|who|whose)$/u;

/** A word after the cap that starts a clause of its own ("… for President Bill Clinton has written", "… Hospital where"). */
const CLAUSE_NEXT = /^(?:has|have|had|is|was|are|were|will|would|can|could|whom|where|which|that|when|while|or)$/;

/**
 * A role the word cap cut: one cut inside a name ("professor at the University of New" with "Hampshire" next) ends before the
 * name's phrase; one cut in a lower-case phrase ("former Vermont governor challenged by Sanders 30", "outside adviser to the
 * campaign on tax") ends where its head noun's own words end ("former Vermont governor", "outside adviser").
 */
export function endCutRole(words: readonly string[], next: readonly Token[], isRole: (word: string) => boolean): readonly string[] {
  const [one, two] = next;
  if (words.length < 8 || one?.kind !== 'word') return words;
  const nameGoesOn = isCapitalised(one.text) || (isConnector(one.text) && two?.kind === 'word' && isCapitalised(two.text));
  // "professor at the University of Pennsylvania" before "and …": the cap fell where a phrase ends.
  // Not where a participle after a name opened a clause inside the cap ("… for U.S. News & World Report arrested" before "in Moscow").
  const clauseInside = words.some((w, k) => /^\p{Ll}+ed$/u.test(w) && isCapitalised(words[k - 1] ?? ''));
  if (!nameGoesOn && !clauseInside && (CLAUSE_BREAK.test(one.text) || ROLE_PHRASE_PREP.test(one.text) || CLAUSE_NEXT.test(one.text))) return words;
  if (!nameGoesOn || !isCapitalised(words.at(-1) ?? '')) {
    const head = words.findIndex((w) => isRole(w));
    // The phrase ran into a clause ("… Hospital where Sharon"), or a second role starts ("… start-ups and a former"): the first ends there.
    const clause = words.findIndex((w, k) => k > head && (CLAUSE_NEXT.test(w) || (w === 'and' && /^(?:a|an|the|former)$/.test(words[k + 1] ?? ''))));
    // "owner of a store near where the gun battle …": a preposition left open before the clause goes too.
    if (head >= 0 && clause > head) return words.slice(0, /^(?:near|of|at|in|for|to|on|with|from|by)$/.test(words[clause - 1] ?? '') ? clause - 1 : clause);
    // A preposition inside a name ("City of Angels") opens no phrase.
    const inName = (k: number): boolean => isConnector(words[k] ?? '') && isCapitalised(words[k - 1] ?? '') && isCapitalised(words[k + 1] ?? '');
    // "challenged by", "raising funds", "living in": a participle opens a clause; "engineering at" is a noun ("-ing" before a preposition).
    const participle = words.findIndex(
      (w, k) =>
        k > head &&
        !isRole(w) &&
        (/^\p{Ll}+ed$/u.test(w) ||
          /^(?:living|working|serving|residing)$/.test(w) ||
          (/^\p{Ll}+ing$/u.test(w) && /^\p{Ll}/u.test(words[k + 1] ?? one.text) && !ROLE_PHRASE_PREP.test(words[k + 1] ?? '') && words[k + 1] !== 'and')),
    );
    const breaks = words
      .map((_, k) => k)
      .filter(
        (k) => k > head && (k < participle || participle < 0) && (CLAUSE_BREAK.test(words[k] ?? '') || ROLE_PHRASE_PREP.test(words[k] ?? '')) && !inName(k),
      );
    // The last break after a name or a role ("… of New Hampshire and", "… professor of communications at"), else the first.
    const ends = (k: number): boolean => isCapitalised(words[k - 1] ?? '') || isRole(words[k - 1] ?? '') || isRoleObject(words, k - 1, isRole);
    const stops = participle > head ? [...breaks, participle] : breaks;
    const cut = [...stops].reverse().find(ends) ?? stops[0] ?? -1;
    return head >= 0 && cut > head ? words.slice(0, cut) : words;
  }
  // Back over the name: its capitalised words, articles, and a connector only between two of them ("Bank of America", not "director of").
  let start = words.length;
  while (
    start > 0 &&
    (isCapitalised(words[start - 1] ?? '') ||
      isArticle(words[start - 1] ?? '') ||
      (isConnector(words[start - 1] ?? '') && isCapitalised(words[start - 2] ?? '')))
  )
    start--;
  const prep = words[start - 1] ?? '';
  return start > 1 && (ROLE_PHRASE_PREP.test(prep) || prep === 'and') ? words.slice(0, start - 1) : words;
}

/** A word that modifies a noun still to come: an adjective's common endings, or a hyphenated participle ("self-described"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*(?:al|ive|ic|ous|ful|ible|able)$|^\p{Ll}+-\p{Ll}+ed$/u;

/**
 * A role the word cap cut on a modifier ends before its last "and" or preposition that opens a phrase ("… and a Republican
 * presidential" → up to "and"); other roles are kept whole.
 */
export function withoutCutModifier(words: readonly string[], isRole: (word: string) => boolean, prepositions: RegExp): readonly string[] {
  const last = words.at(-1) ?? '';
  if (words.length < 8 || !MODIFIER.test(last) || isRole(last)) return words;
  const opens = (w: string | undefined): boolean => w !== undefined && (isArticle(w) || isCapitalised(w) || MODIFIER.test(w));
  for (let k = words.length - 1; k >= 2; k--) if ((words[k] === 'and' || prepositions.test(words[k] ?? '')) && opens(words[k + 1])) return words.slice(0, k);
  return words;
}

/** The noun a role's own phrase ends on: "communications" in "professor of communications", "campaign" in "adviser to the campaign". */
function isRoleObject(words: readonly string[], k: number, isRole: (word: string) => boolean): boolean {
  const prep = isArticle(words[k - 1] ?? '') ? k - 2 : k - 1;
  const word = words[k] ?? '';
  // "expert with decades of …": a "with" phrase describes the person, it does not end the role.
  return /^\p{Ll}+$/u.test(word) && ROLE_PHRASE_PREP.test(words[prep] ?? '') && words[prep] !== 'with' && isRole(words[prep - 1] ?? '');
}

/**
 * Whether a closed apposition longer than the cap of 8 words is kept whole: it opens on its role (an article, or a role word in its
 * first two words, not a past form: "faced stern opposition …"), and the cap would have cut a name ("… group Human" before "Rights
 * Campaign") or left a bare head ("head" before "of the UN Office …").
 */
export function keepsWholeApposition(words: readonly string[], next: readonly Token[], article: boolean, isRole: (word: string) => boolean): boolean {
  if (!(article || (!opensClause(words, isRole) && words.slice(0, 4).some(isRole)))) return false;
  const cut = endCutRole(words.slice(0, 8), next, isRole);
  const after = words[cut.length] ?? '';
  const goesOn = (w: string): boolean => isCapitalised(w) || /^\d/.test(w);
  const joins = isConnector(after) || /^(?:and|&|of|for|on)$/.test(after);
  const nameCut = isCapitalised(cut.at(-1) ?? '') && (goesOn(after) || (joins && goesOn(words[cut.length + 1] ?? '')));
  return nameCut || (cut.length <= 2 && /^(of|for|at|and)$/.test(after));
}

/**
 * Words after a name's comma that open a clause or a phrase, not a role: a past form before any role word ("defended his father …",
 * "retired general" opens on its role), or an "-ing" word that works as a preposition ("including members of the hierarchy …").
 */
export const opensClause = (words: readonly string[], isRole: (word: string) => boolean): boolean =>
  (/\p{Ll}ed$/u.test(words[0] ?? '') && !isRole(words[0] ?? '') && !isRole(words[1] ?? '')) ||
  /^(?:including|excluding|regarding|concerning|following|according|saying|adding|noting|citing)$/.test(words[0] ?? '');

/** How many words past the cap at `at` finish a name the cap would cut ("at the University | of Miami who …" → 2); 0 when none. */
export function nameRunPast(words: readonly string[], at: number): number {
  const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
  if (!capital(words[at - 1]) && !(words[at - 1] === 'of' && capital(words[at - 2]))) return 0;
  let end = 0;
  for (let k = at; k < words.length && k < at + 4; k++) {
    if (capital(words[k])) end = k + 1 - at;
    else if (!/^(?:of|and|the|for|de)$/.test(words[k] ?? '')) break;
  }
  return end;
}

/** "a University of Miami political science professor": the role among the lower-case words after the body's name, else the first of them. */
export function firstLowerRole(words: readonly string[], lower: (w: string) => boolean, isRole: (w: string) => boolean): string | undefined {
  const from = words.findIndex(lower);
  if (from < 1) return words[from]; // only after a body's capitalised name: "faces one misdemeanor count" is a clause
  let k = from;
  while (k < words.length && lower(words[k] ?? '') && !isRole(words[k] ?? '')) k++;
  return k < words.length && lower(words[k] ?? '') ? words[k] : words[from];
}
