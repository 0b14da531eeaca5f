// The article's own warning: two distinct harms, and a word of what may come in the clause of one of them ("Left unchecked,
// the outbreak will bring famine"; "terrorists armed with revolvers would have been able to kill").
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';
import { allMatches } from '../../all-matches.js';

/**
 * What parts a modal from a harm in another clause: a punctuation mark, a relative or subordinate word, a coordinator.
 * "she would visit later, and … homeless due to flooding that damaged 40,000 homes": the "would" is not the flood's.
 */
const CLAUSE_BREAK = /[,;:()"“”]|\s[-—–]\s|[—–]|\b(?:which|who|whom|whose|that|where|when|whereas|while|whilst|because|although|though|since|and|but|or)\b/i;

/** Every word of what may come (`concern-voicing.txt`), made once. */
let everyModal: RegExp | undefined;

/** Whether the sentence foresees harm in its own voice: two distinct harms, and a modal in the clause of one of them, before or after it. */
export function isForeseen(text: string, harms: readonly Predicate[]): boolean {
  if (new Set(harms.map((e) => e.word.toLowerCase().slice(0, 5))).size < 2) return false;
  everyModal ??= new RegExp(lexicons().concernVoicing.source, 'gi');
  const modals = allMatches(text, everyModal);
  return harms.some((h) =>
    modals.some((m) => {
      const between = m.index < h.start ? text.slice(m.index + m[0].length, h.start) : text.slice(h.end, m.index);
      // "if civilization breaks down, the results are famine": a condition governs the main clause after its comma.
      const main = m.index < h.start && /^(if|unless)$/i.test(m[0]) && !/[;:—–]/.test(between) ? between.slice(between.indexOf(',') + 1) : between;
      return !CLAUSE_BREAK.test(main);
    }),
  );
}
