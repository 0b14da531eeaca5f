// A verb of belief ("Some unionists believe that …") opens the clause its subject holds, though it is no verb of saying.
import type { Token } from './tokens.js';
import { BE } from './phrase-words.js';

const BELIEF = /^(believes?|believed|thinks?)$/i;
/** "feel that …", "consider that …": beliefs only before their "that" ("felt sick", "considered the plan" are none). */
const FEEL = /^(feels?|felt|considers?|considered)$/i;
/** "Taiwan views the law as violating …": a verb of regard is belief only with its "as" before the anchor. */
const REGARD = /^(views?|viewed|sees|saw|regards?|regarded|perceives?|perceived)$/i;

/**
 * The first verb of belief before `before` (the anchor the reporting verbs gave, or the sentence's end), or -1.
 * Not a passive ("is believed to") nor one followed by "to" ("believed to be"): those hedge, and name no believer.
 */
export function beliefVerbBefore(tokens: readonly Token[], before: number): number {
  const end = before < 0 ? tokens.length : before;
  for (let i = 1; i < end; i++) {
    const t = tokens[i];
    const feels = FEEL.test(t?.text ?? '') && tokens[i + 1]?.text === 'that';
    if (!t || !(BELIEF.test(t.text) || feels || (REGARD.test(t.text) && tokens.slice(i + 2, end).some((x) => x.text === 'as')))) continue;
    const prev = tokens[i - 1]?.text ?? '';
    // "I think …, said Coons": a first or second person believes inside a quotation, whose speaker the reporting verb gives.
    // "what he believes are …", "a place where people believe …": a belief in a relative clause is not the sentence's voice.
    const relative = tokens.slice(Math.max(0, i - 3), i).some((x) => /^(what|where|who|whom|which)$/i.test(x.text));
    const person = /^(I|we|you)$/i.test(prev) || /^(I|we|you)$/i.test(tokens[i - 2]?.text ?? '');
    if (relative || person || BE.test(prev) || /^(not|never|n['’]t|to)$/i.test(prev) || tokens[i + 1]?.text === 'to') continue;
    return i;
  }
  return -1;
}
