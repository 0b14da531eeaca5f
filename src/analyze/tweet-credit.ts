// Why: an embedded tweet reads "“… must stop.” —@BernieSanders"; a fear or a claim cut from it ends at the tweet's words, not on
// the credit line, which names the account and is no part of what is feared or claimed.

/** The credit after a tweet's text: its closing mark, a dash and the handle, at the end. */
const CREDIT = /\s*[”"]?\s*[—–-]\s*@\w+\s*$/u;

/** The text without a tweet's trailing credit, its last stop, and the opening mark the credit's closing mark answered. */
export function withoutTweetCredit(text: string): string {
  const credit = CREDIT.exec(text);
  if (!credit) return text;
  const words = text.slice(0, credit.index);
  return (/^[“"]/.test(words) && !/[”"]/.test(words.slice(1)) ? words.slice(1) : words).trim().replace(/[.,;:]$/, '');
}
