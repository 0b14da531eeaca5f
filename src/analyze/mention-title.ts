// Why: a mention's title from the words beside it, with the role a relative clause gives ("…, who was coordinator for …"), apart
// from name-roles.ts (at its size limit).
import { affiliationAfter } from './affiliation.js';
import { jurisdictionAfter } from './jurisdiction.js';
import { isCourtesy } from './name-words.js';
import { roleAfter, roleBefore } from './name-roles.js';
import { HONORIFIC } from './honorific-title.js';
import { openingRole } from './opening-role.js';
import { isArticle, type Token } from './tokens.js';
import { isTitleWord } from './capital-runs.js';
import { COMPARES } from './bare-role.js';

/** "Daniel Benjamin, who was coordinator for counterterrorism at the State Department, said": the role a relative clause gives the
 *  name, "former" when it was held ("who is now a professor at Dartmouth" → "professor at Dartmouth"). */
function roleInRelative(tokens: readonly Token[], last: number): string | null {
  const comma = tokens[last + 1];
  const verb = tokens[last + 3]?.text ?? '';
  // "who served as Mitt Romney's chief strategist" holds the role as "who was" does.
  const serves = /^(serves|served)$/.test(verb) && tokens[last + 4]?.text === 'as';
  if (comma?.text !== ',' || tokens[last + 2]?.text !== 'who' || !(serves || /^(is|was)$/.test(verb))) return null;
  const from = serves || tokens[last + 4]?.text === 'now' ? last + 5 : last + 4;
  // "who was elected mayor in 2010" tells what happened to the name, not a role it holds.
  if (/ed$/.test(tokens[from]?.text ?? '')) return null;
  const role = roleAfter([...tokens.slice(0, last + 1), comma, ...tokens.slice(from)], last);
  if (!role || !/^(was|served)$/.test(verb) || /^(?:former|ex-)/.test(role)) return role;
  // "Mitt Romney's former top adviser"; when it was held goes with "former" ("… in 2013", "… for 36 years", "… during his first term").
  return role
    .replace(/\s+(?:in\s+\d{4}|for\s+\S+\s+years|during\s.*)$/, '')
    .replace(/^(?:\p{Lu}\S*\s+){0,3}?\p{Lu}\S*['’]s\s+|^/u, (owner) => `${owner}former `);
}

/** "Michael Faust, the owner of Mondo Video said": an apposition the verb of saying closes without its comma, after a full name only,
 *  and not one a preposition governs ("He was on Fox News, a veteran diplomat said" is the diplomat speaking). */
function roleBeforeSaid(tokens: readonly Token[], first: number, last: number): string | null {
  if (last === first || tokens[last + 1]?.text !== ',' || !isArticle(tokens[last + 2]?.text ?? '')) return null;
  // "Appearing on CBS' Face the Nation, the GOP front-runner said": a name a preposition governs is where the clause before ends.
  if (COMPARES.test(tokens[first - 1]?.text ?? '')) return null;
  let said = last + 3;
  // "Doug Andres, a spokesman for House Speaker Paul Ryan told the Post": "told" closes it as "said" does.
  const closes = (k: number): boolean => /^(?:said|says|told)$/.test(tokens[k]?.text ?? '');
  while (said < last + 14 && tokens[said]?.kind === 'word' && !closes(said)) said++;
  if (!closes(said)) return null;
  const comma = { ...(tokens[last + 1] as Token) };
  return roleAfter([...tokens.slice(0, said), comma, ...tokens.slice(said)], last);
}

/** A capitalised title word that may head an office before "of the": "Leader", "Speaker". */
const isOfficeHead = (word: string): boolean => /^\p{Lu}/u.test(word) && isTitleWord(word);

/** "Leader of the": the lead officeOfThe puts before a run's title, which the index's title may keep (office-holder.ts). */
export const isOfficeOfTheLead = (lead: string): boolean => isOfficeHead(/^(\S+) of the$/.exec(lead)?.[1] ?? '');

/** "Leader of the Opposition Kim Beazley", "Speaker of the House Rep. Paul Ryan": a capitalised title before "of the" heads the office
 *  whose field the run begins with ("Opposition", "House Rep."). */
function officeOfThe(tokens: readonly Token[], first: number, own: string | null): string | null {
  const head = tokens[first - 3]?.text ?? '';
  const ofThe = tokens[first - 2]?.text === 'of' && tokens[first - 1]?.text === 'the';
  return own !== null && ofThe && isOfficeHead(head) ? `${head} of the ${own}` : own;
}

/**
 * A mention's title: its own ("Senator"), with a qualifier before it ("former Senator"), else a role beside a person's name; a form of
 * address alone ("Dr. Harold Bornstein") gives way to the role beside it ("his longtime physician Dr. Harold Bornstein").
 */
export function mentionTitle(
  tokens: readonly Token[],
  first: number,
  last: number,
  runTitle: string | null,
  person: boolean,
  qualifier: string | null,
): string | null {
  const own = officeOfThe(tokens, first, runTitle);
  const address = own !== null && (isCourtesy(own) || /^(?:Dr\.?|Sir|Dame)$/.test(own) || HONORIFIC.test(own));
  // "Sen. Bernie Sanders (I-Vt.)", "Gov. Phil Bryant of Mississippi": whose office it is, after the name.
  const whose = own !== null && !address ? jurisdictionAfter(tokens, last) : null;
  const office = whose ? `${own} ${whose}` : own;
  if (qualifier && office) return `${qualifier} ${office}`;
  if (whose) return office;
  return (
    (person && (own === null || address)
      ? (roleBefore(tokens, first, last) ??
        roleAfter(tokens, last) ??
        roleInRelative(tokens, last) ??
        roleBeforeSaid(tokens, first, last) ??
        openingRole(tokens, first, last) ??
        affiliationAfter(tokens, first, last))
      : null) ?? own
  );
}
