// "visited the scene of the attack", "the nightclub where the killing occurred", "the raid that killed Osama bin Laden": a harm that
// names a place or a deed already over points to news told, not to a harm anyone fears (GUIDELINE.md: neutral facts are no concern).
import type { Predicate } from './predicates.js';

/** "the scene of the attack", "the anniversary of the massacre", "the cause of the crash": a place, a date or a cause a past harm names. */
const PLACE_OF = /\b(?:scene|site|anniversary|aftermath|cause)\s+of\s+(?:the|that|this|\p{L}+\s+\p{L}+['\u2019]s)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "where the killing occurred", "after the shooting happened": the harm's own verb of taking place, in the past. */
const TOOK_PLACE = /^\s+(?:occurred|happened|took\s+place)\b/i;
const TOOK_PLACE_BEFORE = /\b(?:where|after|since|when)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+)?$/iu;
/** "the raid that killed", "a blast that killed": a deed that already killed. */
const DEED_THAT = /\b(?:raid|strike|airstrike|operation|blast|explosion|bombing|attack|crash|fire)\s+that\s+$/i;
/** "killed in a helicopter crash", "injured during the attack": the harm the casualties were told in, so already over. */
const CASUALTY_IN = /\b(?:killed|died|injured|wounded|hurt)\s+(?:in|during)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "shot down and destroyed last night", "damaged on Tuesday": a harm told in the past with the time it was done (the past forms
 *  harm-words.txt holds: "wounded", "bombed" and "shelled" are no harm words). */
const DONE_WHEN = /^\s+(?:last\s+night|yesterday|overnight|earlier\s+today|this\s+morning|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
/** What may still come ("another", "could", "fear"): the sentence then looks ahead from the past harm. */
const AHEAD = /\b(?:another|next|repeat|again|could|would|will|may|might|risk\p{L}*|fear\p{L}*|warn\p{L}*|threat\p{L}*)\b/iu;

/** Whether a word of harm only names the place, the date or the deed of a harm already over. */
export function isEventPlace(text: string, harm: Predicate): boolean {
  const before = text.slice(Math.max(0, harm.start - 40), harm.start);
  const told =
    PLACE_OF.test(before) ||
    (TOOK_PLACE.test(text.slice(harm.end)) && TOOK_PLACE_BEFORE.test(before)) ||
    (/^killed$/i.test(harm.word) && DEED_THAT.test(before)) ||
    CASUALTY_IN.test(before) ||
    (/^(?:killed|injured|destroyed|damaged|attacked)$/i.test(harm.word) && DONE_WHEN.test(text.slice(harm.end))) ||
    // "the helicopter crashed in Logar", "some computers crashed": a crash told in the simple past.
    /^crashed$/i.test(harm.word);
  return told && !AHEAD.test(text);
}
