// "Haley … is an “articulate conservative”, the editorial board writes. “It's a sign …”": a sentence that closes on its own
// credit reports what the credited voice says about its subject; a quotation standing after it goes on in that voice.
import type { NameIndex } from '../name-types.js';
import { resolveMention } from '../resolve-mention.js';
import type { Sentence, Speaker } from '../../types.js';
import type { Token } from '../tokens.js';

const CREDIT_VERB = /^(said|says|writes|wrote|added|adds|argued|argues|notes|noted|concluded|concludes|reported|reports)$/;

/** The speaker a closing ", the editorial board writes." (four words at most after the last comma) credits, else null. */
export function creditedInstead(tokens: readonly Token[], sentence: Sentence, names: NameIndex): Speaker | null {
  const end = tokens.at(-1)?.text === '.' ? tokens.length - 2 : tokens.length - 1;
  if (!CREDIT_VERB.test(tokens[end]?.text ?? '')) return null;
  let start = end;
  while (start > 0 && end - start < 4 && tokens[start - 1]?.kind === 'word') start--;
  const words = tokens.slice(start, end);
  // "sources who knew her said": a relative clause, not the credit's subject.
  if (tokens[start - 1]?.text !== ',' || words.length === 0 || words.some((t) => /^(who|that|which)$/i.test(t.text))) return null;
  return resolveMention(words, sentence, names);
}
