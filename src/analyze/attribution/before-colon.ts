// A quotation introduced by a colon with no verb: `passed from Toussaint's lips: "…"`.
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';

export const beforeColon: TextRule = {
  type: 'text',
  id: 'before-colon',
  description: 'A colon with no reporting verb: the person named in the possessive just before it.',
  examples: [{ text: 'Then came the words from Alvarez\'s own mouth: "I will not run again, not this year and not ever."', speaker: 'Alvarez' }],
  apply({ tokens, self, sentence }) {
    if (tokens[self - 1]?.text !== ':') return null;
    for (let k = self - 2; k >= 0 && k >= self - 14; k--) {
      const t = tokens[k];
      if (t?.kind !== 'word' || !isCapitalised(t.text) || k === 0) continue;
      const run: Token[] = [t];
      for (let b = k - 1, u = tokens[b]; u?.kind === 'word' && isCapitalised(u.text); u = tokens[--b]) run.unshift(u);
      if (/['’]s$/.test(t.text)) return { phrase: run.map((r) => ({ ...r, text: r.text.replace(/['’]s$/, '') })), verb: null, sentence, how: 'adjacent' };
    }
    return null;
  },
};
