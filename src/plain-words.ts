// Text as a reader compares it: lower-case letters and digits, punctuation, escapes and spacing aside.

/** Lower-case words joined by single spaces ("“It's over,” he said." → "it s over he said"). */
export const plainWords = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
