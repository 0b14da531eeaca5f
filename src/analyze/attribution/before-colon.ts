// A quotation introduced by a colon with no verb: `passed from Toussaint's lips: "…"`.
import { isVerb } from '../phrase-words.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';

export const beforeColon: TextRule = {
  type: 'text',
  id: 'before-colon',
  description: 'A colon with no reporting verb: the person named in the possessive just before it.',
  examples: [
    { text: 'Then came the words from Alvarez\'s own mouth: "I will not run again, not this year and not ever."', speaker: 'Alvarez' },
    { text: '"Harbour plan sinks," by the Gazette\'s Ruth Okafor: "The council voted the harbour plan down on Monday night."', speaker: 'Ruth Okafor' },
  ],
  apply({ tokens, self, sentence }) {
    if (tokens[self - 1]?.text !== ':') return null;
    // "According to a former clerk, Lee entered fake names in Hale's diary: “…”": the source the sentence opens on speaks.
    if (/^according$/i.test(tokens[0]?.text ?? '') && /^to$/i.test(tokens[1]?.text ?? '')) return null;
    // "The Frenchman told Arsenal's website: …": past a verb of saying, a possessor is its listener; only one before the verb speaks.
    let from = self - 2;
    for (let v = from; v >= 0; v--)
      if (isVerb(tokens[v])) {
        from = v - 1;
        break;
      }
    for (let k = from; k >= 0 && k >= self - 14; k--) {
      const t = tokens[k];
      // `calls Cruz "…": "…"`: past another quotation the colon introduces more of that one's speaker.
      if (t?.kind === 'quote') return null;
      if (t?.kind !== 'word' || !isCapitalised(t.text) || k === 0) continue;
      // `by Variety's Gordon Cox: "…"`: a name right after the possessive, up to the colon, is the writer; a name after it
      // that goes on ("George W. Bush's White House, calls …") is a modifier, and not whose words they are.
      const named = tokens.slice(k + 1, self - 1);
      if (named.length > 0 && /['’]s$/.test(t.text)) {
        if (named.every((u) => u.kind === 'word' && isCapitalised(u.text))) return { phrase: named, verb: null, sentence, how: 'adjacent' };
        if (named[0]?.kind === 'word' && isCapitalised(named[0].text)) continue;
        // "Hill's plan did not surprise union leader Ann Lee:": a name that ends the clause is who it introduces, not the possessor.
        const last = named.at(-1);
        if (last?.kind === 'word' && isCapitalised(last.text)) return null;
      }
      const run: Token[] = [t];
      for (let b = k - 1, u = tokens[b]; u?.kind === 'word' && isCapitalised(u.text); u = tokens[--b]) run.unshift(u);
      if (/['’]s$/.test(t.text)) return { phrase: run.map((r) => ({ ...r, text: r.text.replace(/['’]s$/, '') })), verb: null, sentence, how: 'adjacent' };
    }
    return null;
  },
};
