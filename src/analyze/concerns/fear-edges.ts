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

/** The fear without a reporting verb at its front and, when it is the object right after a past-tense cue ("alarmed by the images and wanted …"),
 * without a next verb phrase. */
export function fearWithoutEdges(text: string, cue: string, fear: string): string {
  if (fear === text) return fear;
  const framed = frameAt(fear, cue);
  let out = framed > 0 && wordCount(fear.slice(framed)) >= 3 ? fear.slice(framed) : fear;
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
