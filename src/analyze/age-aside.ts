// Why: news gives a person's age between commas before their role ("Marley Anderson, 21, a junior from Las Vegas, said"), and the
// role after a name was read only right after the name's comma, so those people went untitled.
import type { Token } from './tokens.js';

/** "Anderson, 21, a junior": the name's comma, an age of one to three digits, and its closing comma. */
export const hasAge = (tokens: readonly Token[], last: number): boolean =>
  tokens[last + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',';

/** The tokens without the age and its closing comma, so the name's comma opens what follows ("Anderson, a junior"). */
export const withoutAge = (tokens: readonly Token[], last: number): readonly Token[] => [...tokens.slice(0, last + 2), ...tokens.slice(last + 4)];
