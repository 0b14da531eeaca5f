// Why: "…, with Hale reportedly yelling: “…”" names its speaker beside any participle, listed verb of saying or not (from participle.ts, at its size limit).
import { isCapitalised, type Token } from '../tokens.js';
import type { Attribution } from './rule.js';

/**
 * "…, with Hale reportedly yelling: “…”": a name after "with" and a participle right before the colon and the quotation.
 * Any such participle reports the words, whether or not it is a listed verb of saying.
 */
export function withShouting(tokens: readonly Token[], self: number, ctx: { sentence: Attribution['sentence'] }): Attribution | null {
  let k = self - 1;
  if (!/^[:,]$/.test(tokens[k]?.text ?? '')) return null;
  k--;
  const verb = tokens[k];
  if (verb?.kind !== 'word' || !/^[a-z]+ing$/.test(verb.text)) return null;
  let j = k - 1;
  for (let t = tokens[j]; t?.kind === 'word' && /^[a-z]+ly$/.test(t.text); t = tokens[j]) j--;
  const end = j + 1;
  for (let t = tokens[j]; t?.kind === 'word' && isCapitalised(t.text); t = tokens[j]) j--;
  const name = tokens.slice(j + 1, end) as Token[];
  if (name.length === 0 || name.length > 3 || tokens[j]?.text !== 'with') return null;
  return { phrase: name, verb: verb.text, sentence: ctx.sentence, how: 'adjacent', distance: 0 };
}
