// Why: "Steenburgen recorded the song, but seemed changed by …", "His mother, Queen Elizabeth, was said to …": a claim cut at a
// comma or a "but" opens on its verb (or on "who"), and the reader cannot tell whose it is; the sentence's opening subject (or the
// name the "who" follows) is its subject.
import { leadingPhrase } from '../subject.js';
import { tokenize } from '../tokens.js';
import { lexicons } from '../../lexicon.js';
import { FINITE_OPENER, LINKING_OPENER } from './claim-aside.js';

/** A claim that opens on a finite verb or an auxiliary, with no subject of its own. */
const OPENS_ON_VERB = new RegExp(`^(?:${LINKING_OPENER})\\b`);
/** A verb that shows the subject has ended: a form of "be", "have", "do" or a modal. */
const AUXILIARY = new RegExp(`^(?:${FINITE_OPENER}|do)$`);
/** What joins the claim to the words before it: ", but", " and", or the comma that closes an apposition. */
const JOINED = /(?:,?\s+(?:and|but)|,)\s+$/;
/** A reporting verb or a "that" between the subject and the claim: the claim may be the reported clause's, not the subject's. */
const REPORTED = /\b(?:that|said|says|told|tells|argued|argues|added|adds|noted|notes|believes?|believed|thinks?|thought)\b/i;

/** The name of up to four capitalised words (a particle such as "de" between them) set off by the comma that ends `before`. */
function nameEndingAtComma(before: string): string | null {
  const words = /,\s*$/.test(before) ? before.replace(/,\s*$/, '').split(/\s+/) : [];
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.filter((w) => /^\p{Lu}/u.test(w)).length < 4; k--) {
    const word = (words[k] ?? '').replace(/^[(“"]/, '');
    const particle = lexicons().nameParticles.has(word) && /^\p{Lu}/u.test(words[k - 1] ?? '');
    if (!/^\p{Lu}[\p{L}.’'-]*$/u.test(word) && !particle) break;
    name.unshift(word);
    if (word !== words[k]) break; // an opening mark or bracket starts the name
  }
  return name.length > 0 ? name.join(' ') : null;
}

/** "Mayor Bill de Blasio, who has been squabbling …": a claim that opens on "who" right after a name set off by its comma has the
 *  name before it, as the reader cannot tell whose it is. */
function withWhoAntecedent(claim: string, text: string): string | null {
  if (!/^who\s/i.test(claim)) return null;
  const name = nameEndingAtComma(text.slice(0, Math.max(0, text.indexOf(claim))));
  return name ? `${name}, ${claim}` : null;
}

/** The claim with the sentence's opening subject before it, when the claim opens on its verb right after that subject's clause. */
export function withLostSubject(claim: string, text: string): string {
  const named = withWhoAntecedent(claim, text);
  if (named) return named;
  if (!OPENS_ON_VERB.test(claim)) return claim;
  const at = text.indexOf(claim);
  if (at <= 0 || !JOINED.test(text.slice(0, at))) return claim;
  const phrase = leadingPhrase(tokenize(text));
  const first = phrase[0];
  const last = phrase.at(-1);
  if (!first || !last || last.end > at) return claim;
  const subject = text.slice(first.start, last.end);
  // "That Comey got into …", "Here’s what …": a clause or a pointer, not a noun phrase that can stand before the claim.
  if (/^(?:that|what|how|why|whether|here|there|it|this)\b/i.test(subject)) return claim;
  // The phrase is the whole subject only when its verb or an apposition's comma comes right after it ("Lower-polling candidates").
  const next = /^\s*(,|\p{Ll}+)/u.exec(text.slice(last.end))?.[1] ?? '';
  if (next !== ',' && !AUXILIARY.test(next) && !/ed$/.test(next) && !lexicons().irregularPast.has(next)) return claim;
  // The words between the subject and the claim belong to the subject's own clause, with no report or relative clause inside.
  const between = text.slice(last.end, at);
  if (REPORTED.test(between) || /\b(?:who|which|whose|whom|when|if|because|while|although)\b/i.test(between)) return claim;
  return `${subject} ${claim}`;
}
