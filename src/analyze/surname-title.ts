// Why: "John Miller spoke to us. … Miller, a retired worker from a nuclear plant, said" kept the role under "Miller" only, and
// the speaker is printed by the full name, whose title was looked up in vain.
import type { Sentence } from '../types.js';
import type { NameMention } from './name-index.js';

/** "According to Byers, the colonel felt", "After a talk with Byers, the colonel left": after a preposition the comma may close a fronted phrase. */
const PREPOSITION = /^(?:to|of|with|for|from|against|about|by|on|in|at|after|before|over|under|between|among|toward|towards|like)$/;

/** Whether the mention's title is the role set off by commas right after it ("Miller, a retired worker …, said"), not a word before it,
 * nor a clause after a fronted phrase or "… of Sanders, the campaign has". */
function isSetOffAfter(sentences: readonly Sentence[], m: NameMention, title: string): boolean {
  const after = (sentences[m.sentence]?.text.slice(m.end) ?? '').replace(/^,\s+(?:(?:a|an|the)\s+)?/i, '\u0000');
  return !PREPOSITION.test(m.before) && after.startsWith(`\u0000${title}`) && /^\s*(?:[,.;)—–]|$)/.test(after.slice(title.length + 1));
}

/** A role set off after a surname alone is the title of the one full name the article gives for it, when that has none. */
export function addSurnameTitles(
  sentences: readonly Sentence[],
  candidates: readonly { mention: NameMention; words: readonly string[] }[],
  fullNames: ReadonlyMap<string, string>,
  titles: Map<string, string>,
): void {
  for (const c of candidates) {
    const { mention: m } = c;
    const full = fullNames.get(m.name);
    if (c.words.length !== 1 || m.kind !== 'person' || !m.title || !full || titles.has(full) || !isSetOffAfter(sentences, m, m.title)) continue;
    // "Hillary Clinton" and "Bill Clinton": a shared surname's role may be either one's.
    const owners = new Set(candidates.filter((o) => o.words.length >= 2 && o.words.at(-1) === m.name).map((o) => o.mention.name));
    if (owners.size === 1) titles.set(full, m.title);
  }
}
