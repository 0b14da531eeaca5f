// "Asked about his previous criticisms of Trump, Christie said …": a reporter's question names a criticism as a topic; nobody voices it there.

/** A question put to someone right before the cue, with at most three words (an owner, an adjective) between. */
const ASKED_BEFORE = /\b(?:asked|questioned|pressed|quizzed)\s+(?:about|on|over)\s+(?:[^\s,;:.]+\s+){0,3}$/i;
/** The words of criticism that can be asked about. */
const ASKABLE = /^(?:criticisms?|critiques?|attacks?|accusations?|complaints?|insults?)$/i;

/** Whether the cue at `start`..`end` is a criticism someone is asked about, not one the sentence voices. */
export function isAskedCue(text: string, start: number, end: number): boolean {
  return ASKABLE.test(text.slice(start, end)) && ASKED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
