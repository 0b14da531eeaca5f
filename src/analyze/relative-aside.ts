// ", which she has repeatedly said was a mistake,": a verb inside a relative clause set off by commas governs nothing after it.
import type { Token } from './tokens.js';

/** Whether the token at `at` sits in a ", which / who …," clause that a comma closes before the token at `cue`. */
export function inClosedRelative(tokens: readonly Token[], at: number, cue: number): boolean {
  let open = at - 1;
  while (open >= 0 && tokens[open]?.text !== ',') open--;
  if (open < 0 || !/^(which|who|whom|whose)$/i.test(tokens[open + 1]?.text ?? '')) return false;
  return cue > at && tokens.slice(at + 1, cue).some((t) => t.text === ',');
}
