// "He also criticised …", "She warned that …": a sentence that opens on "he" or "she" and a verb that voices, with no holder
// found in it, is held by the person the pronoun stands for, as a quotation's "he said" is.
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { OPENING_PRONOUN } from './pronoun-openers.js';
import { resolveText } from './resolve-mention.js';

/** Verbs by which the opening pronoun voices, warns or criticises (not "was criticised": a passive's subject is its target). */
const VOICE =
  /^(?:said|says|added|adds|warned|warns|argued|argues|noted|notes|criticised|criticized|criticises|criticizes|condemned|condemns|accused|accuses|cautioned|cautions|alleged|alleges|blamed|blames|told|tells|cited|cites|claimed|claims|suggested|suggests|proposed|proposes|outlined|outlines|insisted|insists|complained|complains|lamented|laments|questioned|questions|attacked|attacks|decried|decries|denounced|denounces|expressed|expresses|raised|raises|voiced|voices)$/;

/** An opening "He/She" as `pronounOpeners` reads it, then at most an adverb or "has/had", then a verb that voices. */
const OPENING = new RegExp(`${OPENING_PRONOUN.source}(?:(?:also|further|later|then|again|has|had|repeatedly|previously|once)\\s+)?(\\p{Ll}+)\\b`, 'u');

/** The person an opening "he" or "she" that voices the sentence's worry stands for, else null. */
export function pronounHolder(sentence: Sentence, names: NameIndex): string | null {
  if (!names.pronounOpeners?.has(sentence.index)) return null;
  const m = OPENING.exec(sentence.text);
  const pronoun = m?.[1];
  if (!m || pronoun === undefined || !VOICE.test(m[2] ?? '')) return null;
  const at = m[0].indexOf(pronoun);
  const person = resolveText(pronoun, at, sentence, names);
  return person?.kind === 'person' ? person.name : null;
}
