// No reporting verb, and the quotation in a clause with a named subject of its own: `Jindal signed an order, while Huckabee proposed we "…"`.
import { lexicons } from '../../lexicon.js';
import { namedElsewhere } from '../name-lookup.js';
import { isVerb } from '../phrases.js';
import { isCapitalised, isPossessive, type Token } from '../tokens.js';
import { lastWord } from './introducer.js';
import { COORDINATOR } from './clause-scope.js';
import type { TextRule } from './rule.js';

/** A conjunction after a comma that opens a clause with a subject of its own: clause-scope's, and a concessive one. */
const opensClause = (word: string): boolean => COORDINATOR.test(word) || /^(although|though)$/i.test(word);
/** Linking verbs and auxiliaries: "X was “…”" says something of X; it reports nothing X said. */
const LINKING = /^(is|are|was|were|be|been|being|seems|seemed|remains|remained|becomes|became|looks|looked|sounds|sounded)$/i;
/** Words between a subject and its verb: an adverb, a reflexive, a short time phrase ("on Sunday", "during a visit"). */
const BETWEEN = /^(also|then|later|again|once|himself|herself|itself|themselves|on|during|in|at|last|this|a|an|the)$|^\p{Ll}+ly$/u;

/** Where the quotation's own clause opens, or -1: after ", while", ";", "in which", or a quotation that ends the clause before. */
function clauseStart(tokens: readonly Token[], self: number): number {
  for (let i = self - 1; i > 0; i--) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t || !prev) break;
    if (t.text === ';' || (t.kind === 'word' && opensClause(t.text) && prev.text === ',')) return i + 1;
    if (/^which$/i.test(t.text) && /^(in|during|at|on)$/i.test(prev.text)) return i + 1;
    // "such a presence that Sanders thanked …": a clause of result or content with a name for its subject.
    if (/^that$/i.test(t.text) && prev.kind === 'word' && !isCapitalised(prev.text) && !isVerb(prev) && isCapitalised(tokens[i + 1]?.text ?? '')) return i + 1;
    // `a clip the judge called “distasteful,” Santilli expressed …`: a name right after the quotation opens a clause.
    if (t.kind === 'word' && isCapitalised(t.text) && (prev.kind === 'quote' || (prev.text === ',' && tokens[i - 2]?.kind === 'quote'))) return i;
  }
  return -1;
}

export const clauseSubject: TextRule = {
  type: 'text',
  id: 'clause-subject',
  description: "No reporting verb, in a clause with a subject of its own (after ', while', ';', 'in which', a quotation): that clause's named subject.",
  examples: [
    // The clause's own subject, not the sentence's ("The Harbor Commission"): sentence-subject leaves it.
    {
      text: 'The Harbor Commission adopted the budget on Monday, while Ann Lee, the mayor, proposed they "sell the old ferry and buy two smaller boats."',
      speaker: 'Ann Lee',
    },
    // British "whilst" opens such a clause as "while" does.
    {
      text: 'The Harbor Commission adopted the budget on Monday, whilst Ann Lee, the mayor, proposed they "sell the old ferry and buy two smaller boats."',
      speaker: 'Ann Lee',
    },
    {
      text: 'Tom Brandt hosts a radio show. In a clip that Judge Ann Weller called "deeply distasteful," Brandt expressed a wish to "shut the county office down for good this year."',
      speaker: 'Tom Brandt',
    },
    // The one who sings and asks, not the one sung to (the participle rule names no subject after a quotation).
    {
      text: 'The concert ran late.\n\n"Keep your hands in sight," Ann Lee sings to Tom Hill before asking him, "I just want to know, where do we go from here?"',
      speaker: 'Ann Lee',
    },
    // A linking verb describes the subject: someone else's words.
    { text: 'The board adopted the budget, while Ann Lee was "the only member who voted against it twice."', speaker: '' },
  ],
  apply({ tokens, self, sentence, names }) {
    const start = clauseStart(tokens, self);
    if (start < 0) return null;
    let k = start;
    const name: Token[] = [];
    for (let t = tokens[k]; t?.kind === 'word' && isCapitalised(t.text) && name.length < 5; t = tokens[++k]) name.push(t);
    const last = name.at(-1);
    if (!last || isPossessive(last.text) || lexicons().functionWords.has((name[0]?.text ?? '').toLowerCase())) return null;
    // "Ann Lee, the mayor, proposed": an apposition in lower case between the name and its verb.
    if (tokens[k]?.text === ',' && /^(the|a|an)$/i.test(tokens[k + 1]?.text ?? '')) {
      const close = tokens.findIndex((t, i) => i > k + 1 && i < k + 10 && t.text === ',');
      if (close < 0) return null;
      k = close + 1;
    }
    for (let n = 0; n < 4 && tokens[k]?.kind === 'word' && BETWEEN.test(tokens[k]?.text ?? ''); n++) k++;
    // A capitalised word of a time phrase ("during a Sunday"), then the verb.
    if (k > start + name.length && /^\p{Lu}\p{Ll}+day$/u.test(tokens[k]?.text ?? '')) k++;
    const verb = tokens[k];
    if (!verb || verb.kind !== 'word' || isCapitalised(verb.text) || LINKING.test(verb.text) || k >= self) return null;
    const auxiliary = /^(has|had|have)$/i.test(verb.text) ? tokens[k + 1] : verb;
    const word = auxiliary?.text ?? '';
    if (!(isVerb(auxiliary) || /\p{Ll}{2}ed$/u.test(word) || lexicons().irregularPast.has(word) || /\p{Ll}[^su]s$/u.test(word))) return null;
    // "Clinton leads among those who are “somewhat liberal”": a relative clause between the verb and the quotation has a subject of its own.
    if (tokens.slice(k + 1, self).some((t) => /^(who|whom|whose)$/i.test(t.text))) return null;
    // A one-word name must be one the article uses elsewhere: "Indeed", "Only" name no one.
    const one = name.length === 1 ? lastWord(last.text) : '';
    if (one && !namedElsewhere(names, sentence.index, (m) => m.kind !== 'unknown' && lastWord(m.name) === one)) return null;
    return { phrase: name, verb: null, sentence, how: 'sentence' };
  },
};
