// Some archives (The New York Times's among them) print every quotation between doubled apostrophes: ''We won,'' she said.
// Wiki text uses the same marks for italics, which the clean-up deletes; here a text quoted in this style gets real marks first.

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * Whether a text quotes with doubled apostrophes: a comma closes at least one quotation inside them (italics keep a comma
 * outside: ''Time'', and …), they close more quotations than double marks do, and wiki bold (''') is rarer than they are.
 */
export function quotesWithDoubledApostrophes(text: string): boolean {
  const closers = count(text, /[,.?!]''(?!')/g);
  return count(text, /,''(?!')/g) > 0 && closers > count(text, /[“”"]/g) && count(text, /'''/g) < closers;
}

/** The blocks with each doubled apostrophe made an opening or closing quotation mark, when the text quotes that way. */
export function markDoubledQuotes(blocks: readonly string[]): readonly string[] {
  if (!quotesWithDoubledApostrophes(blocks.join('\n'))) return blocks;
  return blocks.map((block) =>
    block
      // ''' is a single quotation inside a double one: “‘ where it opens, ’” where it closes.
      .replace(/(^|[\s([{—–-])'''(?=\S)/gu, '$1“‘')
      .replace(/(^|[\s([{—–-])''(?=\S)/gu, '$1“')
      .replace(/'''/g, '’”')
      .replace(/''/g, '”'),
  );
}
