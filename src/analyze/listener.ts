// Why: "“…,” he told Rubio": whom the speaker tells is never the "he" who speaks, yet he may be the pronoun's nearest subject
// (a judged sample put Marco Rubio's name on his questioner's words).
import { firstIndex } from '../first-index.js';
import { lexicons } from '../lexicon.js';
import type { NameIndex } from './name-index.js';
import { fullName } from './name-lookup.js';

/** The full name of a person a pronoun at `offset` speaks to in its own sentence ("he told Rubio", listener-verbs.txt), or null. */
function listenerOf(index: NameIndex, sentence: number, offset: number): string | null {
  // Mentions are in reading order: find the sentence's first by halving, then read on through it.
  for (let i = firstIndex(index.mentions, (m) => m.sentence >= sentence); i < index.mentions.length && index.mentions[i]?.sentence === sentence; i++) {
    const m = index.mentions[i];
    if (m && m.start > offset && lexicons().listenerVerbs.has(m.before)) return fullName(index, m.name);
  }
  return null;
}

/** The index a pronoun at `offset` searches: without the mentions of whom its sentence has it tell, if anyone. */
export function withoutListener(index: NameIndex, sentence: number, offset: number): NameIndex {
  const listener = listenerOf(index, sentence, offset);
  return listener ? { ...index, mentions: index.mentions.filter((m) => fullName(index, m.name) !== listener) } : index;
}
