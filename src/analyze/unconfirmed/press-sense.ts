// The 'press' sense check: a claim an outlet reports second-hand (GUIDELINE.md, "Sourcing"), not words it relays on record.

/**
 * "according to The Mail on Sunday.", "according to the paper,": an outlet's name in capitals that ends the phrase, not "the
 * Associated Press-GfK poll". Not an outlet relaying words on record ("Navarre said, according to The Sun News") or its own
 * quoted editorial ("According to the newspaper, “America's gun laws …").
 */
export function press(match: string, before: string, after: string): boolean {
  if (/\b(?:said|says|told|added|wrote|stated|declared)\b/i.test(before) || /^\s*,\s*["“]/.test(after)) return false;
  const words = match.replace(/^according to\s+(?:the\s+)?/i, '').split(/\s+/);
  const named = words.every((w) => /^[A-Z0-9]/.test(w) || w === 'on') || /^(?:news)?paper$|^magazine$|^tabloid$|^broadcaster$/.test(words.join(' '));
  return named && /^\s*(?:[.,;:)]|$)/.test(after);
}

/** What may follow an outlet's "reported": punctuation or "that", after a day or not ("USA TODAY reported last month that …"). */
export const REPORT_END =
  /^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|last\s+(?:week|month|night))\b\s*)?(?:[.,;:]|$|that\b)/;
