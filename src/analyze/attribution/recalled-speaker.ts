// Why: `"…," she recalls him saying` or `she remembers Ailes telling her, "…"`: the words are the one recalled, not the one
// who recalls them; the subject of "recalls" only reports them.
import { isCapitalised, type Token } from '../tokens.js';

const RECALL = /^(?:recalls?|recalled|recalling|remembers?|remembered|remembering|heard|hears?|overheard)$/i;
const SPEAKING = /^(?:saying|say|telling|tell|asking|ask|warning|warn|shouting|shout|joking|joke|declaring|declare|remarking|complaining)$/i;

/** The one a verb of recalling at `k` hears speak (`recalls him saying`, `remembers Roger Ailes telling`), or null. */
export function recalledSpeaker(tokens: readonly Token[], k: number): Token[] | null {
  if (!RECALL.test(tokens[k]?.text ?? '')) return null;
  let j = k + 1;
  if (/^(?:him|her|them)$/i.test(tokens[j]?.text ?? '')) j++;
  // "Mr. Mitchell recalled the president telling him": a role after "the" names the one recalled.
  else if (/^the$/i.test(tokens[j]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && SPEAKING.test(tokens[j + 2]?.text ?? '')) j += 2;
  else while (j < k + 4 && tokens[j]?.kind === 'word' && isCapitalised(tokens[j]?.text ?? '')) j++;
  return j > k + 1 && SPEAKING.test(tokens[j]?.text ?? '') ? tokens.slice(k + 1, j) : null;
}

/** The one recalled before a participle of speaking at `verb` ("recalls Roger Ailes telling her"), or null. */
export function recalledBefore(tokens: readonly Token[], verb: number): Token[] | null {
  for (let k = verb - 2; k >= verb - 4 && k >= 0; k--) {
    const found = recalledSpeaker(tokens, k);
    if (found) return k + 1 + found.length === verb ? found : null;
  }
  return null;
}

const WORDS_NOUN = /^(?:reply|replies|response|answer|retort|words|advice|remark|remarks|comment|comments|warning)$/i;

/** The owner of words a verb of recalling at `k` names ("remembers Ailes's reply", "recalled his words"), or null. */
export function recalledWordsOwner(tokens: readonly Token[], k: number): Token[] | null {
  if (!RECALL.test(tokens[k]?.text ?? '')) return null;
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.kind === 'word' && isCapitalised(tokens[j]?.text ?? '') && !/['’]s?$/.test(tokens[j]?.text ?? '')) j++;
  const owner = tokens[j];
  if (!owner || !/^(?:\p{Lu}\S*['’]s?|his|her)$/u.test(owner.text) || !WORDS_NOUN.test(tokens[j + 1]?.text ?? '')) return null;
  const named = tokens.slice(k + 1, j + 1);
  // "Ailes's" → "Ailes", "his" → "him": the owner named as the one who speaks.
  const bare = (text: string): string => (/^his$/i.test(text) ? 'him' : text.replace(/['’]s?$/, ''));
  return named.map((t, n) => (n === named.length - 1 ? { ...t, text: bare(t.text) } : t));
}
