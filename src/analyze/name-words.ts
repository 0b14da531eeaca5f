// What single words, or a run read as one name, say about it from the word lists: a body, a gathering, an outlet, a role.
import { lexicons } from '../lexicon.js';
import { isStateAbbreviation } from './state-speaker.js';
import { bare } from './tokens.js';

/** A word that makes a capitalised name an organisation or place ("Ministry", "Times", "Mall"). */
export const isOrgWord = (word: string): boolean => lexicons().orgWords.has(bare(word).toLowerCase().replace(/\.$/, ''));

/** Gatherings the org-word lexicon leaves out. */
export const isGathering = (word: string): boolean => /^\p{Lu}/u.test(word) && lexicons().gatheringWords.has(word.toLowerCase());

/** A news outlet's name of two words or more ("Toronto Star", "Mother Jones"): never a person, whatever its words. */
export const isOutletName = (words: readonly string[]): boolean => lexicons().outletNames.has(words.map(bare).join(' ').toLowerCase());

const ROLE_NOUN =
  /(?:er|or|ist|man|woman|ian|ant|ent|eer|chief|head|official|spokesperson|leader|minister|secretary|officer|director|owner|expert|analyst|operative|aide|attorney|diplomat|envoy)$/;
/** Roles no ending above names, whole or after a hyphen ("talk radio host", "co-host"); "ghost" is none. */
const ROLE_WORD =
  /(?:^|-)(?:host|pundit|priest|cleric|chef|poet|surgeon|chaplain|trustee|scholar|tycoon|magnate|mogul|guard|cook|mechanic|medic|paramedic|cop|marshal|waitress|actress|employee|retiree|trainee|referee|athlete|veteran|midwife|nanny|maid|monk|nun|plaintiff|boss)$/;

/** "ambassador-at-large", "governor-elect": the office is the word before the suffix. */
const OFFICE_SUFFIX = /-(?:at-large|general|elect|designate)$/;

/** A lower-case noun that names a role: "engineer", "owner", "official"; never a "-ment" noun ("payment", "government"). */
export function isRoleNoun(word: string): boolean {
  const base = word.replace(OFFICE_SUFFIX, '');
  return (ROLE_NOUN.test(base) || ROLE_WORD.test(base)) && !base.endsWith('ment') && !lexicons().notRoles.has(base);
}

/** A lower-case singular role noun or epithet in the text ("striker", "pollster"), not a surname that ends like one ("Schroeder"). */
export const isRoleWordLower = (word: string): boolean => (/^\p{Ll}/u.test(word) && !word.endsWith('s') && isRoleNoun(word)) || isEpithetHead(word);

/** A head noun that stands for a person just named: "youngster", "nominee", "19-year-old" (epithet-heads.txt). */
export const isEpithetHead = (word: string): boolean => lexicons().epithetHeads.has(word) || /^\d{1,3}-year-old$/.test(word) || DEMONYM.test(word);

/** "the 55-year-old Frenchman said", "the 22-year-old Scot": a countryman noun stands for the person just named, as "the veteran" does. */
const DEMONYM = /^(?:French|English|Scots|Irish|Welsh|Dutch)(?:man|woman)$|^(?:Briton|Scot)$/i;

/** Dotted letters that name a country, a union or a city ("U.S.", "U.N.", "L.A."), never a person's initials; states are isStateAbbreviation's. */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'L.A.', 'U.S.A.', 'U.A.E.']);

/** "Rep. G.K. Butterfield", "J.R. Smith": dotted initials right before a surname are its given name, unless they name a place ("N.E.S. Isabel" has one). */
export const isGivenInitials = (word: string, named: readonly string[]): boolean =>
  named.length === 1 && !PLACE_INITIALS.has(word) && !isStateAbbreviation([word]) && !lexicons().givenNames.has(named[0]?.toLowerCase() ?? '');

/** "Mr", "Ms.", "Miss": a courtesy title, which names no office. */
export const isCourtesy = (title: string): boolean => lexicons().courtesyTitles.has(title.toLowerCase().replace(/\.$/, ''));

/** "billionaire Elon Musk", "rapper Drake": a lower-case noun before a name that only a person is (not "champion", which a team may be). */
const PERSON_HEAD =
  /^(?:billionaire|tycoon|mogul|magnate|businessman|businesswoman|entrepreneur|heiress|actor|actress|singer|rapper|comedian|novelist|poet|playwright|filmmaker|songwriter|musician|author)$/;
export const isPersonHead = (word: string): boolean => PERSON_HEAD.test(word);

/** Kin nouns ("daughter", "widow", "fiancée"): who a person is to another, a title after a possessive but no office on its own. */
export const isKinWord = (word: string): boolean =>
  /^(?:wife|husband|widow|widower|daughter|son|mother|father|sister|brother|granddaughter|grandson|niece|nephew|cousin|fianc[ée]e?)$/.test(word);
