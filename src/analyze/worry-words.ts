// Words of worry the holder rules share: nouns whose preposition names who holds them, adjectives of a felt worry, and verbs that
// voice or lay blame.
import { lexicons } from '../lexicon.js';

/** Nouns of worry whose "from" or "among" names who holds it ("the concern from residents", "anxiety among donors"). */
export const WORRY_NOUN =
  /^(concerns?|worry|worries|fears?|alarm|anxiety|anxieties|unease|outrage|anger|criticisms?|warnings?|objections?|complaints?|frustration|dismay|doubts?|misgivings)$/i;
/** The nouns whose "of" names who holds them too ("the concerns of the unions"); "fear of", "criticism of" name what is feared. */
export const HELD_OF = /^(concerns?|anxiety|anxieties|unease|outrage|anger|frustration|dismay)$/i;

/** Verbs that voice a worry named by a noun: "voiced concerns", "raised fears", "expressed alarm". */
export const VOICING_VERB =
  /^(voiced|voices?|raised|raises?|expressed|expresses|express|aired|airs?|shared|shares?|cited|cites?|flagged|sounded|issued|repeated|reiterated|renewed|registered|registers|lodged|lodges|conveyed|conveys|outlined|outlines|highlighted|highlights|tabled|tables|proposed|proposes|introduced|introduces|adopted|adopts|signed|signs)$/i;

/** Verbs of blame whose active subject holds the accusation. */
export const ACCUSES = /^(accus(e|es|ed)|blam(es|ed))$/;

/** An adjective of a felt worry, any case ("concerned", "Afraid"; worry-adjectives.txt). */
export const isWorryAdjective = (word: string | undefined): boolean => lexicons().worryAdjectives.has(word?.toLowerCase() ?? '');

/** "Clinton has serious concerns about …", "the union had fears that …": a worry noun had, the verb "have" with only its adjectives
 *  between, holds the worry as "voiced" does; "The plan has problems" (no worry noun) and "have voiced concerns" (an auxiliary) do not. */
export const heldWorry = (tokens: readonly { text: string }[], k: number, cue: number): boolean =>
  /^(?:has|have|had)$/i.test(tokens[k]?.text ?? '') &&
  /^(?:concerns|worries|fears|reservations|doubts|misgivings)$/i.test(tokens[cue]?.text ?? '') &&
  tokens.slice(k + 1, cue).every((t) => /^(?:serious|grave|deep|real|some|many|major|significant|strong|lingering|growing|legitimate|[“”"])$/i.test(t.text));
