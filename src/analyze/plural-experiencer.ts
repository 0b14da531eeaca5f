// "outrage from adoption groups", "concern among Labour MPs": after a worry noun's "from" or "among", a plural noun phrase
// names who holds it even when it names no one the speaker resolver knows (a group by what it is, not a role it lists).
import type { Token } from './tokens.js';

/** Words that end the group's phrase: a clause, a second member, a participle ("Labour MPs gearing up …"). */
const PHRASE_END = /^(and|or|that|who|which|whose|to|in|on|at|for|over|about|with|after|before|,|;|:|\p{Ll}+ing)$/u;

/** The plural group a worry noun's "from"/"among" phrase names ("adoption groups", "Labour MPs"), without its article; else null. */
export function pluralGroup(held: readonly Token[]): string | null {
  const end = held.findIndex((t, i) => i > 0 && PHRASE_END.test(t.text));
  const words = held.slice(/^the$/i.test(held[0]?.text ?? '') ? 1 : 0, end > 0 ? end : held.length);
  const head = words.at(-1)?.text ?? '';
  // "rivals", "MPs", "outlets"; not "us", "news", "business", "politics", nor a name ("the Adoption Council" resolves already).
  if (words.length === 0 || !/^(\p{Ll}[\p{Ll}-]*[^sui]s|\p{Lu}{2,}s)$/u.test(head) || /^(news|politics|series|species)$/.test(head)) return null;
  return words.every((t) => t.kind === 'word' && /^[\p{L}'’\d/-]+$/u.test(t.text)) ? words.map((t) => t.text).join(' ') : null;
}

const SUBORDINATOR = /^(?:As|When|While|After|Because|Since|Although|Though|Once|Before|Until)$/;

/** "As investigators realized …, they worried that …": a "they" after a fronted clause whose subject is a plural group is that group. */
export function frontedGroup(tokens: readonly Token[], subject: readonly Token[]): string | null {
  const [they] = subject;
  const at = they ? tokens.indexOf(they) : -1;
  if (subject.length !== 1 || !/^they$/i.test(they?.text ?? '') || at < 3 || tokens[at - 1]?.text !== ',' || !SUBORDINATOR.test(tokens[0]?.text ?? ''))
    return null;
  // The fronted clause's subject: up to three words, the last a plural noun, then its verb.
  for (let k = 1; k <= 3; k++) {
    const verb = tokens[k + 1];
    if (verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && tokens.slice(k + 2, at - 1).every((t) => t.text !== ',')) {
      const group = pluralGroup(tokens.slice(1, k + 1));
      if (group) return group;
    }
  }
  return null;
}
