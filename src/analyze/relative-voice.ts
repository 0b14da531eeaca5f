// Why: "a backlash from business leaders who say the law unfairly targets gay people": a relative clause whose verb reports
// the cue's clause is voiced by the head it describes, which may stand anywhere in the sentence (here a preposition's object).
import { phraseBefore } from './phrases.js';
import type { Token } from './tokens.js';

/** Words that may stand between "who" and its reporting verb: "who have long said", "who also say". */
const BETWEEN = /^(?:have|has|had|also|still|often|now|long|repeatedly|publicly|privately)$/i;

/** Verbs whose clause is what the "who" voices ("who say …", "who argue that …"); not "who told his staff", "who reported for duty". */
const SAYS =
  /^(?:say|says|said|argue|argues|argued|contend|contends|contended|insist|insists|insisted|complain|complains|complained|claim|claims|claimed|believe|believes|believed|fear|fears|feared)$/i;

/** The phrase a "who" describes when the cue at `cueAt` lies in what the "who" clause's reporting verb reports; else null. */
export function relativeVoiceHead(tokens: readonly Token[], cueAt: number): Token[] | null {
  for (let w = cueAt - 2; w > 0; w--) {
    if (tokens[w]?.text.toLowerCase() !== 'who') continue;
    let verb = w + 1;
    while (verb < cueAt && BETWEEN.test(tokens[verb]?.text ?? '')) verb++;
    if (verb >= cueAt || !SAYS.test(tokens[verb]?.text ?? '')) return null;
    // "Trump, who suggested …, are wise choices …": a comma or dash closes the clause before the cue.
    if (tokens.slice(verb, cueAt).some((t) => /^[,;:()—–-]$/.test(t.text))) return null;
    const head = phraseBefore(tokens, tokens[w - 1]?.text === ',' ? w - 1 : w);
    // "Of the 252 demonstrators who claimed abuse": the preposition that opens the phrase is not the head's.
    const from = /^(?:of|from|among|for|by|with|to)$/i.test(head[0]?.text ?? '') ? 1 : 0;
    return head.length > from ? head.slice(from) : null;
  }
  return null;
}
