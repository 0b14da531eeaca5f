// "a surrogate who said voters should “…”", "Ann Lee, who said: “…”": the verb right after "who" is the head noun's.
import { lexicons } from '../../lexicon.js';
import { isArticle, isCapitalised, type Token } from '../tokens.js';
import { isRoleHead, phraseBefore } from '../phrases.js';

/** A past tense that ends the head's own clause ("Brandt thanked Ann Lee, who said"): the head is what follows it. */
const isPast = (t: Token): boolean => /^\p{Ll}{3,}ed$/u.test(t.text) || lexicons().irregularPast.has(t.text);

/** "Ann Lee, the harbour chief, who said": the capitalised name right before a role set off by commas. */
function nameBefore(tokens: readonly Token[], role: readonly Token[]): Token[] | null {
  const at = role[0] ? tokens.indexOf(role[0]) : -1;
  if (!isArticle(role[0]?.text ?? '') || tokens[at - 1]?.text !== ',') return null;
  let k = at - 2;
  while (k >= 0 && tokens[k]?.kind === 'word' && isCapitalised(tokens[k]?.text ?? '')) k--;
  return k < at - 2 ? tokens.slice(k + 1, at - 1) : null;
}

/** "the mouth of Donald Trump": a name after "of" that is no role's ("chairman of the Harbour Board" stays the chairman). */
function nameAfterOf(head: readonly Token[]): Token[] {
  const of = head.findIndex((t) => t.text === 'of');
  const tail = head.slice(of + 1);
  const ok =
    of > 0 &&
    /^\p{Ll}+$/u.test(head[of - 1]?.text ?? '') &&
    !isRoleHead(head[of - 1]?.text ?? '') &&
    tail.length > 0 &&
    tail.every((t) => isCapitalised(t.text));
  return ok ? tail : [...head];
}

/** The noun phrase a "who" right before the verb stands for, or null when the verb does not follow "who". */
export function relativeHead(tokens: readonly Token[], verb: number, self: number): Token[] | null {
  if (!/^who$/i.test(tokens[verb - 1]?.text ?? '')) return null;
  // "a candidate who promised mass deportation: “…”" and "told a woman who suggested that … that “…”": the words are not the clause's.
  const between = tokens.slice(verb + 1, self).map((t) => t.text);
  if ((between.length > 1 && between.at(-1) === ':') || between.filter((w) => /^that$/i.test(w)).length > 1) return null;
  const end = tokens[verb - 2]?.text === ',' ? verb - 2 : verb - 1;
  const phrase = phraseBefore(tokens, end);
  let cut = phrase.length - 1;
  while (cut >= 0 && !isPast(phrase[cut] as Token)) cut--;
  const head = phrase.slice(cut + 1);
  return head.length > 0 ? (nameBefore(tokens, head) ?? nameAfterOf(head)) : null;
}

/** "Officials briefed Ann Lee, who has spoken about “…”": the name after a past verb and its subject is the head, not the clause. */
export function afterPastVerb(head: readonly Token[]): Token[] {
  for (let i = head.length - 2; i > 0; i--) {
    const t = head[i];
    if (t && isPast(t) && isCapitalised(head[i + 1]?.text ?? '')) return head.slice(i + 1);
  }
  return [...head];
}
