// "The Post reported that …. It added, “…”": a body that opens a sentence as its subject is what an "it" right after it
// names; one named later in the sentence ("The bill also orders the Homeland Security Department …") is no subject.
import type { Sentence } from '../types.js';
import type { NameIndex, NameMention } from './name-types.js';

/** What may stand before a body that opens its sentence: an article and up to two lower-case words ("The watchdog group"). */
const LEAD = /^(?:(?:But|And)\s+)?(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;

/** Sentence index → the organisation a sentence of narration opens on as its subject. */
export function bodyOpeners(sentences: readonly Sentence[], mentions: readonly NameMention[]): Map<number, NameMention> {
  const openers = new Map<number, NameMention>();
  for (const m of mentions) {
    const text = sentences[m.sentence]?.text ?? '';
    if (openers.has(m.sentence) || m.kind !== 'organisation' || m.quoted || !m.subject || !LEAD.test(text.slice(0, m.start))) continue;
    openers.set(m.sentence, m);
  }
  return openers;
}

/** The body the sentence before `sentence`, in the same paragraph, opens on: what an "it said" right after it means. */
export function openingBodyBefore(index: NameIndex, sentence: number): NameMention | null {
  if (index.paragraphs?.get(sentence - 1) !== index.paragraphs?.get(sentence)) return null;
  return index.bodyOpeners?.get(sentence - 1) ?? null;
}
