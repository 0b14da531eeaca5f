// Text as a reader compares it: lower-case letters and digits, punctuation, escapes and spacing aside.
import { memoized } from './memo.js';

// The page's repeat checks compare the same sentences again for each try at fitting it: each text is reduced once.
/** Lower-case words joined by single spaces ("“It's over,” he said." → "it s over he said"). */
export const plainWords = memoized((text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' '), 5_000);
