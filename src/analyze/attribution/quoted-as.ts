// `"…," the agency quoted Mayor Ann Lee as saying`: after the quotation, the one an outlet quotes speaks, not the outlet.
import type { Token } from '../tokens.js';
import type { TextRule } from './rule.js';

const QUOTED = /^(quoted|quotes)$/i;
const PASSIVE = /^(was|were|is|are|been)$/i;
const SAYING = /^(saying|telling|stating|adding|declaring)$/i;

/** The tokens between "quoted" and "as saying": the one quoted, before any apposition set off by a comma. */
function quotedObject(tokens: readonly Token[], from: number): Token[] {
  const as = tokens.findIndex((t, i) => i > from && i <= from + 12 && t.text === 'as' && SAYING.test(tokens[i + 1]?.text ?? ''));
  if (as < 0) return [];
  const object = tokens.slice(from + 1, as);
  // "quoted Wassim Bouhlel, a Nice native, as saying": the name before its apposition.
  const comma = object.findIndex((t) => t.text === ',');
  const named = comma > 0 ? object.slice(0, comma) : object;
  return named.every((t) => t.kind === 'word') ? named : [];
}

export const quotedAs: TextRule = {
  type: 'text',
  id: 'quoted-as',
  description: 'Right after the quotation, "X quoted Y as saying": Y speaks; X only reports it.',
  examples: [
    { text: '"We will rebuild the pier before the summer," the Harbour Gazette quoted Mayor Ann Lee as saying.', speaker: 'Ann Lee' },
    { text: '"The pier is safe for now," the news agency quoted Tom Hale, a harbour engineer, as saying on Monday.', speaker: 'Tom Hale' },
    // "quoted by the press as saying" is the passive: its subject, not the press, is the one quoted.
    { text: '"The pier is safe for now," Tom Hale was quoted by the press as saying.', speaker: 'Tom Hale' },
  ],
  apply({ tokens, self, sentence }) {
    let k = self + 1;
    while (tokens[k]?.kind === 'punct' && /^[,.]$/.test(tokens[k]?.text ?? '')) k++;
    // The quoting outlet: a few words before "quoted", none of them a verb form of its own.
    const at = tokens.findIndex((t, i) => i >= k && i <= k + 6 && QUOTED.test(t.text));
    if (at < 0 || tokens.slice(k, at).some((t) => t.kind !== 'word')) return null;
    // "Tom Hale was quoted by the press as saying": in the passive the subject is the one quoted.
    const passive = PASSIVE.test(tokens[at - 1]?.text ?? '') && tokens[at + 1]?.text === 'by';
    if (!passive && tokens.slice(k, at).some((t) => PASSIVE.test(t.text))) return null;
    const phrase = passive ? (quotedObject(tokens, at).length > 0 ? tokens.slice(k, at - 1) : []) : quotedObject(tokens, at);
    return phrase.length > 0 ? { phrase, verb: tokens[at]?.text ?? null, sentence, how: 'adjacent', distance: 0 } : null;
  },
};
