// A reporting verb written with a capital: `"…," Murphy, the group's head, Tweeted on Friday` / `Said Ruiz, "…"`.
import { lexicons } from '../../lexicon.js';
import { isCapitalised, type Token } from '../tokens.js';
import { afterVerb } from './after-verb.js';
import { beforeVerb } from './before-verb.js';
import type { TextRule } from './rule.js';

/** Verbs that open a sentence before the speaker's name: "Said Ruiz, …", "Added the mayor: …". */
export const FRONTED =
  /^(Said|Says|Added|Adds|Continued|Tweeted|Wrote|Writes|Stated|Explained|Noted|Recalled|Remarked|Replied|Responded|Quipped|Concluded|Declared|Warned|Countered|Insisted|Joked|Asked|Argued|Predicted|Observed|Cautioned|Mused)$/;

/** "Tweeted", "Said", "Stated": a capitalised word the reporting-verb lexicon lists, not a name's word ("Edward Said"). */
function isCapitalVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word' || !isCapitalised(t.text) || !lexicons().reportingVerbs.has(t.text.toLowerCase())) return false;
  // A verb in capitals is a headline ("SAYS"); a capitalised word right after another is part of a name.
  if (t.text === t.text.toUpperCase()) return false;
  const before = tokens[k - 1];
  if (before?.kind === 'word' && isCapitalised(before.text)) return false;
  // At the head of a sentence only the verbs that invert with their subject ("Said Ruiz, …"), not "Called the Assembly, the meeting …".
  return before !== undefined || FRONTED.test(t.text);
}

export const capitalVerb: TextRule = {
  type: 'text',
  id: 'capital-verb',
  description: 'A reporting verb with a capital letter, opening the sentence or written so by habit: read it as the verb it is.',
  examples: [
    { text: '"Nobody here is giving up on the harbour," Ines Morel, the head of the fishing cooperative, Tweeted on Sunday.', speaker: 'Ines Morel' },
    { text: 'The pier was rebuilt in a year. Said harbour master Kofi Mensah, "We never closed a single day."', speaker: 'Kofi Mensah' },
    { text: 'Kofi Mensah runs the pier. Replied Kofi, with a smile, "We never closed a single day, not even in the storm."', speaker: 'Kofi Mensah' },
  ],
  apply(ctx) {
    const { tokens } = ctx;
    if (!tokens.some((_, k) => isCapitalVerb(tokens, k))) return null;
    const lowered = tokens.map((t, k) => (isCapitalVerb(tokens, k) ? { ...t, text: t.text.toLowerCase() } : t));
    const view = { ...ctx, tokens: lowered };
    const found = afterVerb.apply(view) ?? beforeVerb.apply(view);
    if (!found || found.phrase.length === 0) return null;
    // Hand back the sentence's own tokens, so the speaker keeps the words as written, but not the verb ("Replied Stephen, …").
    const phrase = found.phrase.filter((t) => !isCapitalVerb(tokens, lowered.indexOf(t))).map((t) => tokens[lowered.indexOf(t)] ?? t);
    return phrase.length > 0 ? { ...found, phrase } : null;
  },
};
