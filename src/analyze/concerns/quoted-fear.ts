// "Hu Jintao said, "On no account shall …"": when the sentence is a frame and a quotation that runs to its end, the quotation
// holds what is feared; the frame (who, when, where) is printed beside the fear already as its holder.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';
import { allMatches } from '../../all-matches.js';

/** A comma or colon and an opening quotation mark: where a frame may hand over to the quotation. */
const OPENING = /\s*[,:]\s*["“]/gu;

/** Whether the words before an opening end on a reporting verb ("Hu Jintao said") or "told" and its listener ("told him"). */
function isFrame(before: string): boolean {
  const words = before.split(/\s+/).slice(-5);
  const last = words.at(-1) ?? '';
  if (lexicons().reportingVerbs.has(last) && !lexicons().listenerVerbs.has(last)) return true;
  const told = words.findIndex((w) => lexicons().listenerVerbs.has(w) && lexicons().reportingVerbs.has(w));
  if (told >= 0 && told < words.length - 1 && !/[,;:]/.test(words.slice(told).join(' '))) return true;
  // "said in his formal statement", "wrote on Twitter on Monday": a reporting verb, then only a phrase of where or when.
  const said = words.map((w) => lexicons().reportingVerbs.has(w)).lastIndexOf(true);
  return said >= 0 && said < words.length - 1 && WHERE.test(words[said + 1] ?? '') && !/[,;:]/.test(words.slice(said).join(' '));
}

/** A preposition that opens where or when something was said ("in a statement", "on Twitter", "at a rally"). */
const WHERE = /^(?:in|on|at|during|after|before|from|via|through|while|late|early|last|this|yesterday|today)$/;

/** The quotation that ends the sentence after a frame without a quotation of its own, when it holds the cue; else the sentence. */
export function quotedFear(text: string, cue: string, fear: string): string {
  if (fear !== text) return fear;
  for (const m of allMatches(text, OPENING)) {
    const before = text.slice(0, m.index);
    // '"One of the reasons …," Mr. Obama said, "is that …"': the quotation began before the frame; its second half is no clause.
    if (/["“”]/.test(before)) return fear;
    // "… he warned: “It's not going to happen …”": a cue that is the frame's own verb governs the whole quotation.
    const end = before.trimEnd();
    const framing = lexicons().reportingVerbs.has(cue.replace(/ing$/, 'ed')) && end.endsWith(cue) && !/\p{L}$/u.test(end.slice(0, -cue.length));
    if (!isFrame(before) && !framing) continue;
    // The quotation must run to the sentence's end: one closing mark at most, at the end.
    const inner = text.slice(m.index + m[0].length).replace(/[.!?]*["”]?[.!?]*\s*$/u, '');
    if (/["“”]/.test(inner) || !(inner.includes(cue) || framing) || wordCount(inner) < 4) return fear;
    return inner;
  }
  return fear;
}
