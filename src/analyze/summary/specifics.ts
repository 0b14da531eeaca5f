// Specific facts: a summary sentence that names people, places or bodies and gives a number says what happened, not how it felt.
/** Capitalised words that do not open a sentence: names of people, places, bodies. */
const NAME = /(?<!^|[.!?]\s)\b\p{Lu}\p{Ll}+/gu;
const NUMBER = /\p{Nd}/u;

/** Share of a sentence's words that are names, and whether it gives a number. */
export function specificsOf(text: string, length: number): { names: number; number: boolean } {
  const names = text.match(NAME)?.length ?? 0;
  return { names: length > 0 ? names / length : 0, number: NUMBER.test(text) };
}
