// After the quote: `"…," he said` / `"…," said Hill` / `"…," Hill told reporters`.
import { bracketClose, isInnerDot, isVerbAt, nameAfterDescription, phraseAfter, subjectBefore } from '../phrases.js';
import { isCapitalised } from '../tokens.js';
import type { TextRule } from './rule.js';

export const afterVerb: TextRule = {
  type: 'text',
  id: 'after-verb',
  description: 'A reporting verb after the quotation, with its subject before it or after it.',
  examples: [
    { text: 'Maria Lopez runs the bakery. "We sell out before noon every day," she said.', speaker: 'Maria Lopez' },
    { text: '"The bridge will reopen in the spring of next year," said Tom Becker, the county engineer.', speaker: 'Tom Becker' },
    { text: '"Our plan is the only one that adds up for working families," Lisa Grant was quoted as saying.', speaker: 'Lisa Grant' },
    { text: '"Nobody told us about the change in advance," Anna Berg, a parent at the school, told reporters.', speaker: 'Anna Berg' },
    { text: '"The ferry contract was signed without a single bid," Rep. Jane Doakes (D-Ore.) said.', speaker: 'Jane Doakes' },
    { text: '"The ferry will run again by June," the port authority’s acting director, Sam Oduya, told reporters.', speaker: 'Sam Oduya' },
  ],
  apply({ tokens, self, sentence }) {
    let i = self + 1;
    while (tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]!.text)) i++;
    let limit = i + 12;
    for (let k = i; k < Math.min(tokens.length, limit); k++) {
      const t = tokens[k]!;
      // `"…," Rep. Jane Doakes (D-Ore.) said`: a short aside between the name and the verb.
      const close = k > i ? bracketClose(tokens, k) : -1;
      if (close > 0) {
        limit += close - k;
        k = close;
        continue;
      }
      if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;!?]$/.test(t.text) && !isInnerDot(tokens, k))) break;
      if (!isVerbAt(tokens, k)) continue;
      if (k === i) {
        const after = phraseAfter(tokens, k + 1);
        if (after.length > 0) return { phrase: after, verb: t.text, sentence, how: 'adjacent', distance: 0 };
      }
      const before = tokens.slice(i, k).filter((x) => x.kind === 'word');
      // `"…," Nicholas Trotta, Assistant Director for X said`: the name comes first, the role after the comma.
      const comma = tokens.slice(i, k).findIndex((x) => x.text === ',');
      if (comma > 0) {
        // `"…," Sanders's campaign manager, Jeff Weaver, said`: the description first, then the name.
        const appositive = nameAfterDescription(tokens, i, k);
        if (appositive) return { phrase: appositive, verb: t.text, sentence, how: 'adjacent' };
        const named = tokens.slice(i, i + comma);
        if (named.every((x) => x.kind === 'word') && named.some((x) => isCapitalised(x.text))) return { phrase: named, verb: t.text, sentence, how: 'adjacent' };
      }
      // "Hill was quoted as saying": the subject stands before the passive.
      const verb = /^as$/i.test(tokens[k - 1]?.text ?? '') && /^quoted$/i.test(tokens[k - 2]?.text ?? '') ? k - 2 : k;
      if (before.length > 0 && before.length <= 14) return { phrase: subjectBefore(tokens.slice(0, verb), verb), verb: t.text, sentence, how: 'adjacent', distance: 0 };
      break;
    }
    return null;
  },
};
