// Why: the party words of data/lexicons/parties.tsv are read in three places (a title that is a party alone, a party word before
// a surname, a member at the end of a capital run); the two questions they ask are answered here once.
import { lexicons } from '../lexicon.js';

/** "Democrat", "Democratic", "Labour": a word that names a party as a member or an adjective does. */
export const isPartyName = (word: string): boolean => lexicons().parties.members.has(word) || lexicons().parties.adjectives.has(word);

/** "Democrat", "Tories": a party's member, one or many. */
export const isPartyMember = (word: string): boolean => lexicons().parties.members.has(word) || lexicons().parties.plurals.has(word);
