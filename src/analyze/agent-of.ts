// Why: "criticised by former chiefs of the defence staff": the "of" phrase after a passive agent says whose chiefs they are, and
// the holder without it ("former chiefs") is a fragment.
import type { Sentence } from '../types.js';
import type { Token } from './tokens.js';

/** Words that end the "of" phrase: a preposition, conjunction or relative word begins something else. */
const STOP = /^(?:for|over|after|because|in|on|at|with|as|that|who|which|whose|and|or|but|to|by|from|about|against|if|when)$/i;

/** Verbs whose own complement opens with "of". */
const ACCUSE_OF = /^(?:accus|suspect|convict|warn|caution|inform|remind|clear|acquit|rob|deprive)/i;

/** The end of the "of" phrase right after `last` (up to five words after "of"), or -1 when none follows. */
function ofPhraseEnd(tokens: readonly Token[], last: Token): number {
  const of = tokens.indexOf(last) + 1;
  if (of <= 0 || tokens[of]?.text !== 'of') return -1;
  // "accused by critics of wasting money": a gerund after "of" is what the verb charges, not whose critics they are.
  if (/^\p{Ll}+ing$/u.test(tokens[of + 1]?.text ?? '')) return -1;
  let end = -1;
  for (let i = of + 1; i < tokens.length && i <= of + 5; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || STOP.test(t.text)) break;
    end = t.end;
  }
  return end;
}

/** The holder with the agent's "of" phrase, when the holder is the agent's own words ("former chiefs" → "former chiefs of the defence staff"). */
export function withAgentOf(holder: string, tokens: readonly Token[], agent: readonly Token[], sentence: Sentence, verb: string): string {
  const [first, last] = [agent[0], agent.at(-1)];
  // "accused by critics of corruption", "warned by experts of a crash": the verb's own "of" says what of.
  if (ACCUSE_OF.test(verb)) return holder;
  if (!first || !last || sentence.text.slice(first.start - sentence.start, last.end - sentence.start) !== holder) return holder;
  const end = ofPhraseEnd(tokens, last);
  return end < 0 ? holder : sentence.text.slice(first.start - sentence.start, end - sentence.start);
}
