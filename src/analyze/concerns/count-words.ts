// Why: a toll counted ("584 deaths", "killing seven") is read by two rules, which must agree on what a count is.

/** Number words that count people or events in a news sentence, as a regular-expression alternation. */
export const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens|scores';

/** "158 attacks on schools", "dozens of killings", "a string of bombings": events counted are events that happened. */
export const COUNTED_BEFORE = new RegExp(
  String.raw`(?:\b\d[\d,]*|\b(?:${COUNT_WORDS}|hundred|several|numerous|a\s+(?:string|series|spate|wave|number|handful|dozen))(?:\s+of)?)\s+(?:\p{L}+\s+)?$`,
  'iu',
);
