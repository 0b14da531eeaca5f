// The headline a page keeps as its first paragraph: the brief prints it above every section, so no section lists it again.

/** A test for text of the first paragraph that the headline holds; never true when there is no headline. */
export function headlineTest(headline: string | undefined, firstParagraph: number | undefined): (paragraph: number, text: string) => boolean {
  // The header shows the headline without the stop a database export put after it; the paragraph still has it.
  const bare = (text: string): string => text.trim().replace(/[.;]+$/, '');
  const kept = bare(headline ?? '');
  return (paragraph, text) => kept !== '' && paragraph === firstParagraph && kept.includes(bare(text));
}
