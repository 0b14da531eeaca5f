// "The man accused of buying the guns will remain in custody": a reduced relative marks the noun phrase it follows, not the sentence.

/** Words that make "accused of" a verb with its own subject or auxiliary ("was accused of", "he accused of", "even accused of"). */
const NOT_RELATIVE =
  /^(?:is|are|was|were|been|be|being|has|have|had|stand|stands|stood|not|also|repeatedly|now|already|previously|publicly|falsely|wrongly|once|often|later|earlier|then|even|and|or|he|she|they|we|I|you|who|whom|which|it)$/i;

const DETERMINER = /^(?:the|a|an|this|that|these|those|some|several|many|his|her|their|its|our)$/i;

/** Where the phrase after "accused of" ends: a mark, or the verb of the clause the noun phrase is subject of. */
const PHRASE_END =
  /[,;:—–()]|\s-\s|\.(?:\s|$)|\s(?=(?:is|are|was|were|has|have|had|will|would|may|might|can|could|must|should|did|does|do|told|said|says|to be|faces|face|remains?)\b)/i;

/** "a film accused of being anti-Semitic", "individuals accused of distributing pirated content"; null when "accused of" is a verb. */
export function accusedRelative(text: string, at: number, end: number): string | null {
  if (!/^\s+of\s/i.test(text.slice(end))) return null;
  const before = text.slice(0, at).trimEnd().split(/\s+/);
  const last = before[before.length - 1] ?? '';
  if (!/^[\w’'-]+$/.test(last) || NOT_RELATIVE.test(last)) return null;
  // Back over the noun phrase: to its determiner, stopping at a preposition, a past-tense verb ("defended people") or a mark.
  const noun: string[] = [];
  for (let i = before.length - 1; i >= 0 && noun.length < 5; i--) {
    const word = before[i] ?? '';
    if (!/^[\w’'-]+$/.test(word) || /^(?:of|for|in|on|at|by|with|against|including|to|from)$/i.test(word) || (noun.length > 0 && /ed$/i.test(word))) break;
    noun.unshift(word);
    if (DETERMINER.test(word)) break;
  }
  if (noun.length === 0) return null;
  const after = text.slice(at);
  const charge = after.search(/\sof\s/) + 4;
  const stop = PHRASE_END.exec(after.slice(charge));
  const phrase = stop ? after.slice(0, charge + stop.index) : after;
  const claim = `${namedBefore(before.slice(0, before.length - noun.length), noun)}${noun.join(' ')} ${phrase.trim()}`;
  return claim.split(/\s+/).length >= 4 ? claim : null;
}

/** "Alan Gross, an American contractor accused of spying": the name of two or three capitalised words the description stands beside. */
function namedBefore(prior: readonly string[], noun: readonly string[]): string {
  if (!DETERMINER.test(noun[0] ?? '') || !/^\p{Lu}[\p{L}.’'-]*,$/u.test(prior.at(-1) ?? '')) return '';
  let k = prior.length - 1;
  while (k > 0 && prior.length - k < 3 && /^\p{Lu}[\p{L}.’'-]*$/u.test(prior[k - 1] ?? '')) k--;
  const name = prior.slice(k);
  return name.length >= 2 && (k === 0 || !/^\p{Lu}/u.test(prior[k - 1] ?? '')) ? `${name.join(' ')} ` : '';
}
