// `As Ada Brill put it, "…"`: a clause of manner that names the speaker before the quotation.
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';

/** Verbs of an "As X put it" clause; "sang" and "put" are not in the reporting-verb lexicon. */
const MANNER_VERB =
  /^(put|puts|said|says|wrote|writes|noted|notes|observed|observes|sang|sings|explained|explains|remarked|remarks|joked|quipped|warned|warns)$/;

/** `"…," as a Harbour Board memo put it.`: the clause right after the quotation's comma, ending the sentence. */
function trailing(tokens: readonly Token[], self: number): { phrase: Token[]; verb: string } | null {
  let as = self + 1;
  if (tokens[as]?.text === ',') as++;
  if (tokens[as]?.text !== 'as') return null;
  let v = as + 1;
  while (v <= as + 9 && tokens[v]?.kind === 'word' && !MANNER_VERB.test(tokens[v]?.text ?? '')) v++;
  const verb = tokens[v]?.text ?? '';
  const end = /^puts?$/.test(verb) && tokens[v + 1]?.text === 'it' ? v + 2 : v + 1;
  const phrase = tokens.slice(as + 1, v) as Token[];
  if (!MANNER_VERB.test(verb) || (/^puts?$/.test(verb) && end === v + 1) || !/^[.;!?]?$/.test(tokens[end]?.text ?? '')) return null;
  return phrase.length > 0 && phrase.length <= 8 && phrase.some((t) => isCapitalised(t.text)) ? { phrase, verb } : null;
}

/** `As Steven Rosenthal, a tax lawyer, recently put it, "…"`: the name set off by its apposition, then the verb (after an adverb
 *  or two) and the comma right before the quotation. */
function setOff(tokens: readonly Token[], as: number, self: number): { phrase: Token[]; verb: string } | null {
  if (tokens[self - 1]?.text !== ',') return null;
  const first = tokens.findIndex((t, i) => i > as && t.text === ',');
  let close = self - 2;
  while (close > first && tokens[close]?.text !== ',') close--;
  if (first < 0 || close <= first + 1 || close - first > 25 || tokens.slice(first, self).some((t) => t.kind === 'quote')) return null;
  const tail = tokens.slice(close + 1, self - 1);
  const v = tail.findIndex((t) => MANNER_VERB.test(t.text));
  const verb = tail[v]?.text ?? '';
  const it = /^puts?$/.test(verb) ? 1 : 0;
  if (v < 0 || v > 2 || v + 1 + it !== tail.length || (it === 1 && tail[v + 1]?.text !== 'it')) return null;
  const phrase = tokens.slice(as + 1, first) as Token[];
  return phrase.length > 0 && phrase.length <= 5 && phrase.every((t) => t.kind === 'word' && isCapitalised(t.text)) ? { phrase, verb } : null;
}

export const asPut: TextRule = {
  type: 'text',
  id: 'as-put',
  description: 'A clause "As X put it," or "As X wrote," right before the quotation: X speaks.',
  examples: [
    { text: 'As the novelist Ada Brill put it, "Every harbour town is a little bit in love with leaving."', speaker: 'Ada Brill' },
    { text: 'As the singer Jonas Weir sang in 1975, "They will sell the river and then sell us the water."', speaker: 'Jonas Weir' },
    { text: 'As the harbour master Ida Moss put it, the town is "a little bit in love with leaving."', speaker: 'Ida Moss' },
    // After the quotation, ending its sentence: a document speaks for the body that owns it.
    { text: 'The one rule for the permit is a "lawful source of harbour income," as a Harbour Board memo put it.', speaker: 'Harbour Board' },
    { text: 'The one rule for the permit is a "lawful source of harbour income," as Ida Moss put it.', speaker: 'Ida Moss' },
    { text: 'The one rule for the permit is a "lawful source of harbour income," as prices rose in May.', speaker: '' },
    { text: 'As prices rose, "nobody could afford a second loaf of bread on a Friday."', speaker: '' },
    { text: 'But at the time, as the harbour prosecutor Marc Trévidic put it, "there was not much to complain about."', speaker: 'Marc Trévidic' },
    { text: 'But at the time, as prices rose, "nobody could afford a second loaf of bread."', speaker: '' },
    { text: 'As Ida Moss, a tax lawyer at the Harbour Board, recently put it, "Did the town lower its taxes?"', speaker: 'Ida Moss' },
    { text: 'As prices rose, costs fell, and wages went up, "nobody could afford a second loaf of bread."', speaker: '' },
  ],
  apply({ tokens, self, sentence }) {
    const after = trailing(tokens, self);
    if (after) return { phrase: after.phrase, verb: after.verb, sentence, how: 'adjacent', distance: 0 };
    // The clause opens the sentence (after a list marker at most) and its comma stands right before the quotation.
    let as = 0;
    while (tokens[as]?.kind === 'punct') as++;
    // "But at the time, as Marc Trévidic put it, "…"": after a short opening phrase, the clause still ends at the quotation.
    const late = /^as$/i.test(tokens[as]?.text ?? '')
      ? -1
      : tokens.findIndex((t, i) => i > as && i <= as + 8 && /^as$/i.test(t.text) && tokens[i - 1]?.text === ',');
    if (late > 0 && tokens.slice(as, late).every((t) => t.kind === 'word' || t.text === ',')) as = late;
    if (!/^as$/i.test(tokens[as]?.text ?? '')) return null;
    const set = setOff(tokens, as, self);
    if (set) return { ...set, sentence, how: 'adjacent', distance: 0 };
    // `As Ada Brill put it, the council is "…"`: "put it" characterises the whole clause that follows (only when it opens the sentence).
    const comma = tokens.findIndex((t, i) => i > as && i < self && t.text === ',');
    const adjacent = comma === self - 1;
    if (comma < 0 || comma - as > 15 || (late > 0 && !adjacent)) return null;
    const clause = tokens.slice(as + 1, comma);
    if (clause.some((t) => t.kind !== 'word' && t.text !== '.')) return null;
    const v = clause.findIndex((t) => MANNER_VERB.test(t.text));
    const verb = clause[v]?.text;
    if (v <= 0 || verb === undefined) return null;
    // "put it" needs its "it"; after the verb only an adverbial of time may follow ("back in the 1980s", "last week").
    if (/^puts?$/.test(verb) && clause[v + 1]?.text !== 'it') return null;
    if (!adjacent && (!/^puts?$/.test(verb) || v + 2 !== clause.length || tokens.slice(comma + 1, self).some((t) => t.kind === 'quote'))) return null;
    const phrase = clause.slice(0, v);
    if (!phrase.some((t) => isCapitalised(t.text)) || phrase.length > 8) return null;
    return adjacent ? { phrase, verb, sentence, how: 'adjacent', distance: 0 } : { phrase, verb, sentence, how: 'sentence' };
  },
};
