// The words of worry that can open a sentence as its subject's fronted modifier ("Worried about backlash, House Democrats …"):
// one list for who holds the worry (with-absolute.ts) and for where the fear ends (concerns/opening-clause.ts).
export const FRONTED_WORRY_WORDS = [
  'worried',
  'concerned',
  'alarmed',
  'fearing',
  'fearful',
  'anxious',
  'wary',
  'nervous',
  'frightened',
  'scared',
  'terrified',
  'horrified',
  'appalled',
  'troubled',
  'dismayed',
] as const;

/** One of those words, any case, as a whole token. */
export const FRONTED_WORRY = new RegExp(`^(?:${FRONTED_WORRY_WORDS.join('|')})$`, 'i');

/** The same words as a regular-expression alternation with the first letter in either case, for a pattern over running text. */
export const frontedWorryAlternation = (): string => FRONTED_WORRY_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** Words that open the main clause after a fronted modifier's comma: a determiner, a quantifier or a pronoun ("…, the Nats let …"). */
export const MAIN_CLAUSE_WORDS = 'the a an his her their its our this these those some many most several both all he she they it we i you there';
/** A relative word after that comma goes on with the modifier (", which concluded …"), never the main clause. */
export const RELATIVE_WORDS = 'which who whom whose that where when while';
/** A list of words above as an alternation for a pattern. */
export const alternation = (words: string): string => words.split(' ').join('|');
