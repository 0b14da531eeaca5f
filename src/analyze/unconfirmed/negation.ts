// Negation: "no group claimed", "does not deny", "falsely suggesting" settle the matter; a stated gap's own negation does not.
import type { CueMatch } from './cues.js';

/** A negator within the few words before the cue, in the same clause. */
const NEGATED =
  /\b(?:no|not|never|nobody|no one|few|none|neither|nor|without|falsely|false|wrongly|discredited|debunked|disproven|baseless|spurious|unfounded|refuted|bogus|phony|phoney|groundless|trumped-up|empty)\b(?:\s+[\w’'-]+){0,2}\s+$|n[’']t(?:\s+[\w’'-]+){0,2}\s+$/i;

/** Tells whether a negation before the cue settles the claim, so it is no longer open. */
export function isSettled(m: CueMatch, text: string): boolean {
  switch (m.cue.kind) {
    case 'gap':
    case 'hedged':
      // A gap is itself a negation; a negated hedge ("not likely", "does not appear to") is still a hedge.
      return false;
    case 'allegation':
    case 'disputed':
    case 'unverified':
    case 'anonymous-source':
      return NEGATED.test(text.slice(Math.max(0, m.at - 60), m.at));
    default:
      throw new Error(`unconfirmed: unknown kind "${String(m.cue.kind)}"`);
  }
}

/** The sentence goes on to correct what the cue left open: "Early reports claimed …; in fact, she wore a t-shirt". */
const SETTLED_AFTER = /[,;]\s*(?:but\s+)?in fact\b/i;

/** "The announcement came after months of rumours": the rumours ended in the fact announced. */
const RUMOURS_ENDED = /\bafter\s+(?:\w+\s+)?(?:days|weeks|months|years)\s+of\s+$/i;

/** "pleaded guilty to charges that …", "admitted two charges of …", "was convicted (acquitted) on charges of …": a charge a court or the accused has settled. */
const ADMITTED_BEFORE =
  /\b(?:pleaded|pled|pleads|pleading)\s+guilty\s+to\s+(?:the\s+|all\s+|\w+\s+)?$|\badmit(?:s|ted|ting)\s+(?:the\s+|all\s+|\w+\s+)?$|\b(?:convicted|acquitted|found guilty)\s+(?:of|on)\s+(?:the\s+|all\s+|\w+\s+)?$/i;
/** "has ended speculation about his future", "an end to the rumours": talk the article says is over. */
const TALK_ENDED = /\b(?:end(?:ed|s|ing)?|end to|quash(?:ed|es|ing)?|scotch(?:ed|es|ing)?)\s+(?:the\s+|months\s+of\s+|weeks\s+of\s+)?$/i;

/** "Gosling confirms rumors that …", "She confirmed reports that …": the claim confirmed is settled. */
const CONFIRMED_BEFORE = /\b(?:confirm(?:s|ed|ing)?|verif(?:y|ies|ied))\s+(?:the\s+|those\s+|these\s+|earlier\s+)?$/i;
/** "did not confirm", "declined to confirm", "cannot verify": a confirmation withheld leaves the claim open. */
const WITHHELD_BEFORE = /\b(?:not|never|to|cannot|n['’]t)\s+$/i;

/** Tells whether the rest of the sentence, or what the cue ends, settles the claim. */
export function isSettledAfter(m: CueMatch, text: string): boolean {
  const before = text.slice(0, m.at);
  if (/^(?:rumou?rs?|speculation)$/i.test(m.match) && (RUMOURS_ENDED.test(before) || TALK_ENDED.test(before))) return true;
  // A hedge is the writer's own estimate, which a later "in fact" does not answer; a gap is itself a negation.
  if (m.cue.kind === 'gap' || m.cue.kind === 'hedged') return false;
  if (SETTLED_AFTER.test(text.slice(m.end))) return true;
  const confirmed = CONFIRMED_BEFORE.exec(text.slice(0, m.at));
  if (confirmed && !WITHHELD_BEFORE.test(text.slice(0, confirmed.index))) return true;
  return ADMITTED_BEFORE.test(before);
}
