// Why: which person a later "he said" may mean depends on two things the name index records here: who is a passive's agent
// ("was supported by Sen. Dianne Feinstein, who said …"), and who reported the clause a name stands in ("Josh Earnest said Obama
// has …, " he said": Earnest, not Obama).
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import type { Token } from './tokens.js';

/** A be-verb that makes the next participle passive. */
const PASSIVE_BE = /^(?:was|were|is|are|been|being|be|got|gets|get)$/i;
/** A past participle's ending: "supported", "taken", "shown", "done", "won't" aside. */
const PARTICIPLE = /(?:ed|en|wn|ne|un|lt|pt|ght)$/i;
/** How many words back from "by" the be-verb may stand: "was joined on the call Friday by". */
const AGENT_REACH = 8;

/** Whether a question is put to the name at tokens `first`–`last`: "asked Sanders whether …", not "asked Hale for money". */
export const isQuestioned = (tokens: readonly Token[], first: number, last: number): boolean =>
  tokens[first - 1]?.text.toLowerCase() === 'asked' && /^(whether|if|about|what|why|how|when|who|where)$/i.test(tokens[last + 1]?.text ?? '');

/** Whether the name at token `first` is a passive's agent: "by" before it, and a be-verb and a participle within a few words. */
export function isPassiveAgent(tokens: readonly Token[], first: number): boolean {
  if ((tokens[first - 1]?.text ?? '').toLowerCase() !== 'by') return false;
  for (let k = first - 2; k >= 0 && k >= first - AGENT_REACH; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (!PASSIVE_BE.test(t.text)) continue;
    let j = k + 1;
    while (tokens[j] && /ly$/i.test(tokens[j]?.text ?? '')) j++;
    return j < first - 1 && PARTICIPLE.test(tokens[j]?.text ?? '');
  }
  return false;
}

/** Each sentence's reporting verbs outside quotation marks, as offsets in the sentence. */
export function reportVerbOffsets(
  sentences: readonly Sentence[],
  tokenized: readonly (readonly Token[])[],
  quoted: (s: Sentence, offset: number) => boolean,
): Map<number, number[]> {
  const { reportingVerbs } = lexicons();
  return new Map(
    sentences.map((s, i) => [
      s.index,
      (tokenized[i] ?? []).filter((t) => t.kind === 'word' && reportingVerbs.has(t.text.toLowerCase()) && !quoted(s, t.start)).map((t) => t.start),
    ]),
  );
}

/** A conjunction that opens a fronted clause: "After Glenn Beck asked …, D'Souza replied". */
const FRONTED = /^(?:after|when|whenever|as|while|before|once|since|because|if|although|though|until|whereas)$/i;

/** Each sentence's comma that closes a fronted subordinate clause, as an offset; -1 when it opens on none. */
export function frontedCommaOffsets(sentences: readonly Sentence[], tokenized: readonly (readonly Token[])[]): Map<number, number> {
  return new Map(
    sentences.map((s, i) => {
      const words = tokenized[i] ?? [];
      let k = 0;
      while (words[k] && /^(?:but|and|so|yet|then)$/i.test(words[k]?.text ?? '')) k++;
      if (!FRONTED.test(words[k]?.text ?? '')) return [s.index, -1];
      return [s.index, words.slice(k).find((t) => t.text === ',')?.start ?? -1];
    }),
  );
}
