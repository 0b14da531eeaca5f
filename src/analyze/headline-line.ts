// The headline a page keeps as its first paragraph: the brief prints it above every section, so no section lists it again.

/** A test for text of the first paragraph that the headline holds; never true when there is no headline. */
export function headlineTest(headline: string | undefined, firstParagraph: number | undefined): (paragraph: number, text: string) => boolean {
  const kept = (headline ?? '').trim();
  return (paragraph, text) => kept !== '' && paragraph === firstParagraph && kept.includes(text.trim());
}
