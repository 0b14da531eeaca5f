// A name before "of" or "for" in a capital run is the person; the words after it say where they are from.
import { type CapitalRun, isNotName, isOrgWord, isTitleWord } from './capital-runs.js';

/** "America Vera-Zavala of Sweden's Left Forum": a two-word name before "of" is a person, the rest where they are from. */
export function personBeforeOf(run: CapitalRun): CapitalRun {
  const cut = run.tokens.findIndex((t) => t.text === 'of' || t.text === 'for');
  if (cut < 2) return run;
  const head = run.tokens.slice(0, cut);
  const [first] = head;
  const last = head.at(-1);
  // "Sen. Marco Rubio of Florida": titles may open the head; the name after them is two words or more.
  let titled = 0;
  while (titled < head.length && isTitleWord(head[titled]?.text ?? '')) titled++;
  const name = head.slice(titled);
  if (!first || !last || name.length < 2 || name.some((t) => isTitleWord(t.text) || isOrgWord(t.text) || isNotName(t.text))) return run;
  return { tokens: head, text: head.map((t) => t.text).join(' '), start: first.start, end: last.end };
}
