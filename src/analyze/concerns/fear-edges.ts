// A fear cut from a longer sentence can keep the edges of its neighbours: a reporting verb before it ("said the world must …")
// or a second verb phrase after a cue's object ("criticised the plan and called for …"); neither is what is feared.
import { escapeRegExp } from '../whole-word.js';
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';
import { allMatches } from '../../all-matches.js';

/** A listener's verb in any form: "told", "telling", "warned", "urging" take the one spoken to before what is said. */
function isListenerVerb(verb: string): boolean {
  return lexicons().listenerVerbs.has(verb) || lexicons().listenerVerbs.has(verb.replace(/ing$/, 'ed')) || /^tell/.test(verb);
}

/** "said that", "added", "told reporters that", "saying that:": a reporting verb left at the front of a cut clause. */
function frameAt(fear: string, cue: string): number {
  const verb = /^\p{Ll}+/u.exec(fear)?.[0] ?? '';
  // "warning to unsecured businesses …" is the cue's own phrase; "pointed to some criticism" is no report of a clause.
  if (!lexicons().reportingVerbs.has(verb) || verb === cue.toLowerCase() || /^\p{Ll}+\s+(?:to|at|on|in|of|for|with|about|out|up)\s/u.test(fear)) {
    return /^that\s*:\s*/.exec(fear)?.[0].length ?? 0;
  }
  // "told the Jewish Chronicle: …", "telling voters that …": the listener ends at "that" or a colon.
  const told = /^\p{Ll}+\s+(?:[^\s,;:"“”]+\s+){0,4}?[^\s,;:"“”]+(?:\s+that\s+|:\s*)/u.exec(fear);
  if (isListenerVerb(verb)) return told?.[0].length ?? 0;
  return /^\p{Ll}+\s+(?:that\b\s*:?\s*)?/u.exec(fear)?.[0].length ?? 0;
}

/** ' and called for …', ' and suggested that …': a second past-tense verb with its own object after the first verb's object. */
const NEXT_VERB = /\s(?:and|but)\s+(\p{Ll}+)\s+(?=the\b|an?\b|his\b|her\b|their\b|its\b|him\b|them\b|it\b|us\b|on\b|for\b|to\b|up\b|out\b|that\b|\p{Lu})/gu;

function isPast(word: string): boolean {
  return (word.length > 4 && /[^e]ed$/.test(word)) || lexicons().irregularPast.has(word);
}

/** "warned voters about …", "cautioned candidates against …": the one warned, up to the preposition that opens what is feared. */
const WARNED_ABOUT = /^(?:[\p{L}'’.-]+\s+){1,6}?(?:about|against)\s+/u;
const WARNED_OF = /^(?:[\p{L}'’.-]+\s+){1,3}?of\s+/u;
/** "warned there are plenty of …", "warned it was full of …": a clause, not the one warned. */
const NOT_LISTENER = /\b(?:there|it|that|this|is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should)\s/i;

/** The fear past the one a warning is given to, when the fear is the cue's object right after it. */
function pastListener(text: string, cue: string, fear: string): string {
  if (!/^(?:warn|caution|alert)/i.test(cue) || !text.includes(`${cue} ${fear}`)) return fear;
  const listener = WARNED_ABOUT.exec(fear) ?? WARNED_OF.exec(fear);
  return listener && !NOT_LISTENER.test(listener[0]) && wordCount(fear.slice(listener[0].length)) >= 2 ? fear.slice(listener[0].length) : fear;
}

/** " but said the viruses do no damage", " but insisted that …": what the source says next, past the fear, is a second verb phrase. */
const BUT_SAID =
  /\s+but\s+(?:(?:he|she|they|it|we|also|then|later)\s+)?(?:said|says|insisted|insists|added|adds|noted|stressed|argued|maintained|acknowledged|conceded|admitted)\b/iu;
/** "about going there than …": a word that needs what the cut left out. */
const DANGLING = /\s+(?:than|and|or|but|of|to|the|a|an)$/;

/** The fear without a reporting verb at its front and, when it is the object right after a past-tense cue ("alarmed by the images and wanted …"),
 * without a next verb phrase. */
export function fearWithoutEdges(text: string, cue: string, fear: string): string {
  if (fear === text) return fear;
  const unsaid = fear.search(BUT_SAID);
  const said = unsaid > 0 && wordCount(fear.slice(0, unsaid)) >= 2 ? fear.slice(0, unsaid) : fear;
  const heard = pastListener(text, cue, said.replace(DANGLING, ''));
  const framed = frameAt(heard, cue);
  let out = framed > 0 && wordCount(heard.slice(framed)) >= 3 ? heard.slice(framed) : heard;
  const at = text.indexOf(out);
  // The cheap test first: the pattern is built and compiled only for a past-tense cue.
  if (isPast(cue.toLowerCase()) && at > 0 && new RegExp(`\\b${escapeRegExp(cue)}\\s+(?:(?:by|at|over|about|with)\\s+)?["“]?$`, 'iu').test(text.slice(0, at))) {
    const next = allMatches(out, NEXT_VERB).find((m) => isPast(m[1] ?? ''));
    // "the rumors that she went to … and attempted …": past a clause of its own, the next verb may be that clause's.
    const head = next?.index === undefined ? '' : out.slice(0, next.index);
    if (wordCount(head) >= 1 && !/\b(?:that|who|which|whom)\b/i.test(head)) out = head;
  }
  return out;
}
