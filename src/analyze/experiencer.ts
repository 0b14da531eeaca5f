// Who holds a noun of worry when a preposition after it names them: "the concern from residents", "anxiety among donors",
// "the concerns of the unions" (split from holder-anchor.ts).
import { isVerb, phraseAfter } from './phrases.js';
import type { Token } from './tokens.js';
import { isConcernFor, isOfConcernTo } from './of-concern-to.js';
import { ACCUSES, HELD_OF, VOICING_VERB, WORRY_NOUN } from './worry-words.js';

/**
 * The index where the phrase naming the worry's holder begins, right after "concern from", "anxiety among", "concerns of";
 * else -1. Not when someone else voices it ("voiced the frustration of", "…, Ms. Lee said.", "accused them of preying on
 * the fears of …"), nor for a range ("from Paris to Prague").
 */
function experiencerAt(tokens: readonly Token[], cueStart: number | null): number {
  const cue = cueStart === null ? -1 : tokens.findIndex((t) => t.start === cueStart);
  const noun = tokens[cue]?.text ?? '';
  const prep = tokens[cue + 1]?.text.toLowerCase() ?? '';
  const ofTo = isOfConcernTo(tokens, cue) || isConcernFor(tokens, cue);
  if (cue < 0 || !WORRY_NOUN.test(noun) || !(prep === 'from' || prep === 'among' || prep === 'within' || ofTo || (prep === 'of' && HELD_OF.test(noun))))
    return -1;
  if (/^(our|my|your|we|us)$/i.test(tokens[cue + 2]?.text ?? '')) return -1;
  // "raised concerns among residents" stirs theirs; "raised concerns within the board" voices one's own there.
  if (tokens.slice(Math.max(0, cue - 3), cue).some((t) => VOICING_VERB.test(t.text) && (prep === 'within' || !/^rais/i.test(t.text)))) return -1;
  if (tokens.slice(0, cue).some((t) => ACCUSES.test(t.text) || /^accusing$/.test(t.text))) return -1;
  const words = tokens.filter((t) => t.kind === 'word');
  const tail = words.slice(-5);
  const attributed = tail.some((t) => isVerb(t)) && tokens.slice(tokens.indexOf(tail[0] as Token) - 1).some((t) => t.text === ',');
  if (attributed && !isConcernFor(tokens, cue)) return -1;
  return cue + 2;
}

/** "said in response to concerns about zero rating": a worry the subject answers is held by others the sentence does not name. */
const ANSWERING = /^(?:response|reply|answer|responding|responds|responded|replying|replied|replies)$/i;

/**
 * The phrase naming who holds the worry noun at the cue ("anxiety among senior donors"), or null; "from Paris to Prague" is a range.
 * Empty when the sentence answers the worry ("in response to concerns about …"): its holders are unnamed, and the answerer is not one.
 */
export function experiencerPhrase(tokens: readonly Token[], cueStart: number | null): Token[] | null {
  const cue = cueStart === null ? -1 : tokens.findIndex((t) => t.start === cueStart);
  if (cue > 1 && WORRY_NOUN.test(tokens[cue]?.text ?? '') && tokens[cue - 1]?.text === 'to' && ANSWERING.test(tokens[cue - 2]?.text ?? '')) return [];
  const from = experiencerAt(tokens, cueStart);
  const held = from > 0 ? phraseAfter(tokens, from) : [];
  return held.length > 0 && tokens[from + held.length]?.text !== 'to' ? held : null;
}
