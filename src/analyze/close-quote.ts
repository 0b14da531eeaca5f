// A phrase cut from a sentence can end inside a quotation; printed alone, it gets its closing mark back.

/** The phrase with an open quotation closed: a straight mark when their count is odd, else a curly one when “ outnumber ”. */
export function closeOpenQuote(phrase: string): string {
  if ((phrase.match(/"/g) ?? []).length % 2 === 1) return `${phrase}"`;
  return (phrase.match(/“/g) ?? []).length > (phrase.match(/”/g) ?? []).length ? `${phrase}”` : phrase;
}
