// Why: news gives a person's age between commas or in brackets before their role ("Marley Anderson, 21, a junior from Las Vegas,
// said", "Dietmar, age 58, a German lawyer", "Meir Farhan (40), a taxi driver"), and the role after a name was read only right
// after the name's comma, so those people went untitled.
import type { Token } from './tokens.js';

const AGE = /^\d{1,3}$/;

/** How many tokens the age after the name at `last` takes, so that the name's comma follows it: ", 21", ", age 58", " (40)"; else 0. */
function ageLength(tokens: readonly Token[], last: number): number {
  const at = (n: number): string => tokens[last + n]?.text ?? '';
  if (at(1) === ',' && AGE.test(at(2)) && at(3) === ',') return 2;
  if (at(1) === ',' && /^aged?$/.test(at(2)) && AGE.test(at(3)) && at(4) === ',') return 3;
  if (at(1) === '(' && AGE.test(at(2)) && at(3) === ')' && at(4) === ',') return 3;
  return 0;
}

/** "Anderson, 21, a junior": an age set off after the name, before what follows. */
export const hasAge = (tokens: readonly Token[], last: number): boolean => ageLength(tokens, last) > 0;

/** The tokens without the age, so the name's comma opens what follows ("Anderson, a junior"). */
export function withoutAge(tokens: readonly Token[], last: number): readonly Token[] {
  const n = ageLength(tokens, last);
  // A bracketed age stands before the comma, a set-off one after it.
  const from = tokens[last + 1]?.text === '(' ? last + 1 : last + 2;
  return [...tokens.slice(0, from), ...tokens.slice(from + n)];
}
