// Plain-text articles, including text copied out of a wiki or a news database: blocks only, and a standfirst when the
// database labelled one.
import type { RawArticle } from '../../types.js';
import { datelineOf } from '../header-lines.js';
import { splitBlocks } from './blocks.js';

export function readPlainText(text: string): RawArticle {
  // Wiki section headings ("==Reactions==") left inside a one-line body mark paragraph breaks.
  // A wiki's back matter ("==See also==", "==External links==" and their lists of links) is no part of the story.
  const sections = dropWikiTables(text)
    .replace(BACK_MATTER, '\n\n')
    .replace(/\s*={2,}\s*[^=\n]{0,80}?\s*={2,}\s*/g, '\n\n');
  // "Cruz channeling strategy he used in 2012;" / "Question is whether …": a first line the ";" joins to the line under it
  // is a headline, and that line its dek, a standfirst, whatever their lengths.
  const deck = DECK.exec(sections);
  const dek = deck?.[2]?.replace(/\s+/g, ' ').trim();
  const kept = deck && dek && dek.split(' ').length <= 60 ? `${deck[1]}\n\n${sections.slice(deck[0].length)}` : sections;
  const raw = databaseLayout(splitBlocks(boldDateLines(interviewTurns(listItems(kept)))));
  if (kept === sections || !dek) return raw;
  // "The Upshot.", "Letter From America.": a column's name in the dek's place is no standfirst.
  // "News Analysis." still labels the piece.
  if (COLUMN.test(dek)) return { ...raw, dropped: [...(raw.dropped ?? []), dek], genreLabels: [...(raw.genreLabels ?? []), dek] };
  return { ...raw, meta: { ...raw.meta, standfirst: raw.meta.standfirst ?? dek } };
}

/** One to four capitalised words and a stop: a column's name. */
const COLUMN = /^(?:(?:The|From|On|In|of|on|at|for)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|from|on|in|of|at|for)){0,3}\.?$/u;
/** A headline ending in ";" on the first line, its dek on the lines right under it, then a blank line. */
const DECK = /^\s*([^\n]{1,200});[ \t]*\n((?:[ \t]*\S[^\n]*\n?){1,3}?)[ \t]*\n/;

/** A back-matter heading and what follows it, up to the next heading or the end. */
const BACK_MATTER =
  /\s*={2,}\s*(?:See also|Related news|Related Wikinews|Related stories|External links|Sources|References|Further reading)\s*={2,}[\s\S]*?(?=\s*={2,}\s*[^=\n]{1,80}?\s*={2,}|$)/gi;

/**
 * A wiki list run into one line ("… *Edmund Stoiber, CSU chair: \"…\" *Markus Söder, CSU: …", "The criticisms were, * that
 * … * proposed reforms …"): each item is a paragraph. A bullet stands after a space, before a capital or after a space of
 * its own; an emphasis ("what *not* to include") has neither.
 */
function listItems(text: string): string {
  return text.replace(/(^|[ \t])\*+(?:[ \t]+(?=[\p{L}'"“‘[(])|(?=[\p{Lu}'"“‘[]))/gu, '$1\n\n');
}

/** Wiki tables ("{| … |}", nested ones too) are layout and figures, not prose: each becomes a paragraph break. */
function dropWikiTables(text: string): string {
  let out = '';
  let depth = 0;
  let from = 0;
  for (const m of text.matchAll(/\{\||\|\}/g)) {
    if (m[0] === '{|') {
      if (depth === 0) {
        out += text.slice(from, m.index);
        from = m.index;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        out += '\n\n';
        from = m.index + 2;
      }
    }
  }
  // A "{|" never closed opens no table: what follows it is kept.
  return out + text.slice(from);
}

/** A wiki interview sets each question in bold and indents the answer ("'''Why run?''' : Because …"): each is a paragraph. */
function interviewTurns(text: string): string {
  return text
    .replace(/'''(?![\s<])((?:(?!''')[^\n<]){2,400}?)[ \t]+:(?=''')/g, '\n\n$1\n\n')
    .replace(/'''(?![\s<])((?:(?!''')[^\n]){2,400}?)'''[ \t]*(?:<br\s*\/?>)?[ \t]*:(?!\/\/)[ \t]*/g, '\n\n$1\n\n');
}

/** A wiki story opens on its date in bold ("'''December 25, 2004''' Officials …"): the date becomes a line of its own. */
function boldDateLines(text: string): string {
  return text.replace(/(^|\n)[ \t]*'''([^'\n]{4,40})'''[ \t]+(?=\S)/g, (whole, before: string, bold: string) => {
    // "'''March 24 , 2005 '''": the spacing an export leaves inside the bold is not part of the date.
    const date = bold.replace(/\s+,/g, ',').trim();
    return datelineOf(date) ? `${before}${date}\n\n` : whole;
  });
}

const ABSTRACT = /^abstract\.?$/i;
const FULL_TEXT = /^full text\.?$/i;

/**
 * A news database's export ("Headline;" / dek, then "ABSTRACT." / the abstract / "FULL TEXT." / the story): the two
 * labels go, and so does the ";" that joined the headline to its dek. The abstract stays: it is the outlet's own summary.
 */
function databaseLayout(blocks: string[]): RawArticle {
  const open = blocks.findIndex((b) => ABSTRACT.test(b));
  const close = blocks.findIndex((b) => FULL_TEXT.test(b));
  if (open < 0 || close <= open || open > 4) return { blocks, meta: {} };
  const head = blocks.slice(0, open).map((b, i) => (i === 0 ? b.replace(/\s*;$/, '') : b));
  // "Amid discord, Trump claims nomination;" / "Hundreds cast their votes …": the line the ";" joined is the dek, a standfirst.
  const dek = /;\s*$/.test(blocks[0] ?? '') && head.length === 2 ? head.pop() : undefined;
  return {
    blocks: [...head, ...blocks.slice(open + 1, close), ...blocks.slice(close + 1)],
    meta: dek ? { standfirst: dek } : {},
    dropped: [blocks[open] as string, blocks[close] as string],
  };
}
