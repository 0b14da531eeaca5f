// A phrase cut from a sentence can end inside a quotation; printed alone, it gets its closing mark back.

/** Whether a quotation is left open at the end of `text`: an odd count of straight marks, or more “ than ”. */
export function isQuoteOpen(text: string): boolean {
  return (text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** The phrase with an open quotation closed: a straight mark when their count is odd, else a curly one when “ outnumber ”. */
export function closeOpenQuote(phrase: string): string {
  if ((phrase.match(/"/g) ?? []).length % 2 === 1) return `${phrase}"`;
  return (phrase.match(/“/g) ?? []).length > (phrase.match(/”/g) ?? []).length ? `${phrase}”` : phrase;
}
