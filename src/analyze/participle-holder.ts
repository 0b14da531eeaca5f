// "Many MPs have been pressing the government, saying villagers are suffering": a participle after a comma has no subject
// of its own; the sentence's opening noun phrase voices it (split from holder.ts to keep it short).
import { openingSubject } from './fronted-adverb.js';
import { leadingPhrase } from './subject.js';
import type { Token } from './tokens.js';

/** Words that open another clause between the subject and the participle, whose subject it may then be. */
const CLAUSE_BREAK = /^(that|which|who|whom|whose|when|while|because|although|though|if|unless|after|before|since|until|where|;|:)$/i;

/** The opening subject a participle at `verb` (", saying", ", warning") shares, or null when another clause may own it. */
export function participleSubject(tokens: readonly Token[], verb: number): Token[] | null {
  if (tokens[verb - 1]?.text !== ',' || !/^\p{Ll}+ing$/u.test(tokens[verb]?.text ?? '')) return null;
  const opening = openingSubject(tokens);
  const dash = opening.at(-1) ? tokens.indexOf(opening.at(-1) as Token) + 1 : -1;
  // "Washington — Sen. Ann Lee defended …, saying": past a dash after the opening phrase, the subject (leadingPhrase itself
  // skips only a dateline in capitals, "WASHINGTON —").
  // "Peng Mei — project manager of Tmall — responded …, threatening": a dash closed again before the verb sets off an aside.
  const aside = tokens.slice(dash + 1, verb).some((t) => /^[—–]$/.test(t.text));
  const lead = /^[—–-]$/.test(tokens[dash]?.text ?? '') && !aside ? leadingPhrase(tokens.slice(dash + 1)) : opening;
  const end = lead.at(-1) ? tokens.indexOf(lead.at(-1) as Token) : -1;
  if (end < 0) return null;
  // ", and officials said …, saying": a second clause of its own, whose subject is not the opening one; nor is a quotation's.
  const between = tokens.slice(end + 1, verb - 1);
  const joined = between.some((t, i) => t.text === ',' && /^(and|but|or)$/i.test(between[i + 1]?.text ?? ''));
  // "… abusive language", telling one employee …": a mark left open or closed before the participle ends a quotation.
  const marks = (m: RegExp): number => tokens.slice(0, verb).filter((t) => m.test(t.text)).length;
  if (marks(/^"$/) % 2 === 1 || marks(/^“$/) !== marks(/^”$/)) return null;
  return joined || between.some((t) => CLAUSE_BREAK.test(t.text)) ? null : lead;
}
