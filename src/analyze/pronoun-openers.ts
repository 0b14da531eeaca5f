// Sentences that open on "He" or "She": the pronoun is the sentence's subject, and a later "he" or "she" most often goes on
// with the same person, not with someone the sentence names in a clause after it ("He said Mr Houston may be interviewed").
import type { Sentence } from '../types.js';

/** "He", "She", "But he", "Then, she": the pronoun that opens a sentence, with the link words that may stand before it. */
export const OPENING_PRONOUN = /^(?:(?:But|And|Then|Later|Now|So),?\s+)?(He|She)\s+/u;
const OPENER = new RegExp(`${OPENING_PRONOUN.source}\\p{Ll}`, 'u');
/** "While he said … Moore's film, he thought …": a fronted clause and its main clause both on the pronoun open on it too. */
const FRONTED = /^(?:While|When|Although|Though|After|Because|Since|As)\s+(he|she)\s+\p{Ll}[^.;]*?,\s+(he|she)\s+\p{Ll}/u;

/** Sentence index → the sex of the pronoun a sentence of narration opens on ("He" or "She"). */
export function pronounOpeners(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): Map<number, 'm' | 'f'> {
  const openers = new Map<number, 'm' | 'f'>();
  for (const s of sentences) {
    // Inside a quotation "He" is the speaker's, not the narrator's subject.
    if (quoted(s, 0)) continue;
    const m = OPENER.exec(s.text);
    const fronted = m ? null : FRONTED.exec(s.text);
    if (m) openers.set(s.index, m[1] === 'He' ? 'm' : 'f');
    else if (fronted && fronted[1] === fronted[2]) openers.set(s.index, fronted[1] === 'he' ? 'm' : 'f');
  }
  return openers;
}

/** "…, he said." ending a sentence of narration: the sentence is that pronoun's report, so a name in it is what he reported on. */
const REPORTER =
  /,\s+(he|she)\s+(?:also\s+)?(?:said|says|added|adds|argued|argues|noted|notes|explained|insisted|claimed|claims|warned|warns|stressed|continued)\.$/u;

/**
 * Sentence index → the sex of the pronoun that reports a sentence of narration: "And Mayor John Reed would be in the front line, he
 * said." A later "he" goes on with that reporter, not with the person his report is about.
 */
export function pronounReporters(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): Map<number, 'm' | 'f'> {
  const reporters = new Map<number, 'm' | 'f'>();
  for (const s of sentences) {
    const m = quoted(s, 0) || /["\u201C\u201D]/.test(s.text) ? null : REPORTER.exec(s.text);
    if (m) reporters.set(s.index, m[1] === 'he' ? 'm' : 'f');
  }
  return reporters;
}

/** "I met with Sanders in his office …", "We spoke to Ann Lee": a sentence of narration the writer opens on as its subject. */
const WRITER = /^(?:(?:But|And|Then|Later|Now|So|Last \p{L}+|On \p{Lu}\p{Ll}+),?\s+)?(?:I|We)\s+\p{Ll}/u;

/** The sentences the writer opens on ("I", "We"): whom they met or spoke with is the "he" or "she" their story goes on with. */
export function writerOpeners(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean): Set<number> {
  return new Set(sentences.filter((s) => !quoted(s, 0) && WRITER.test(s.text)).map((s) => s.index));
}
