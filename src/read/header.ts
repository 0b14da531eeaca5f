// The header parser: outlet, headline, byline, date and standfirst from the blocks above the story; the rest is body.
import type { ArticleMeta } from '../types.js';
import { lexicons } from '../lexicon.js';
import { bylineDateOf, bylineOf, datelineOf, isBodyLike, isFurniture, isRepeatedCaption, isTitleLike, parseDate, wordCount } from './header-lines.js';
import { cleanText } from './clean-text.js';
import { genreOfLabel } from './genre.js';
import { dropTemplateResidue, isTemplateName } from './template-residue.js';

export interface SplitHeader {
  /** The body blocks, cleaned, in order. */
  body: string[];
  /** Genre labels printed above the headline ("Opinion", "Analysis"). */
  labels: string[];
}

/** Fills `meta` from the header blocks (keeping what the format already gave) and returns the body; furniture goes to `dropped`. */
export function splitHeader(blocks: readonly string[], meta: ArticleMeta, dropped: string[]): SplitHeader {
  const titleLines: string[] = [];
  const body: string[] = [];
  const labels: string[] = [];
  // One block between the headline and the byline or date line is the standfirst, not the story's first paragraph.
  let blockIndex = -1;
  let firstBodyAt = -1;
  const takeStandfirst = (): void => {
    const [only] = body;
    // The block moves to the standfirst only when the format gave none.
    if (
      only !== undefined &&
      body.length === 1 &&
      titleLines.length > 0 &&
      blockIndex === firstBodyAt + 1 &&
      wordCount(only) <= 60 &&
      (meta.standfirst ?? null) === null
    ) {
      meta.standfirst = only;
      body.pop();
    }
  };
  for (const rawBlock of blocks) {
    blockIndex++;
    const block = cleanText(rawBlock);
    if (isFurniture(block) || isRepeatedCaption(block) || isTemplateName(block)) {
      dropped.push(block);
      continue;
    }
    // A standfirst under the headline ("Study finds …", no full stop) comes before the byline and date: still the header.
    const [only] = body;
    const inHeader = only === undefined || (body.length === 1 && titleLines.length > 0 && isTitleLike(only) && !isBodyLike(only));
    // Bylines and date lines sit under the headline, sometimes below a one-sentence standfirst.
    const nearTop = inHeader || body.length <= 2;
    const byline = nearTop ? bylineOf(block) : null;
    if (byline) {
      meta.byline ??= byline;
      const when = bylineDateOf(block);
      if (when) {
        meta.publishedText ??= when;
        meta.published ??= parseDate(when);
      }
      takeStandfirst();
      continue;
    }
    const dateline = nearTop ? datelineOf(block) : null;
    if (dateline) {
      meta.publishedText ??= dateline;
      meta.published ??= parseDate(dateline);
      takeStandfirst();
      continue;
    }
    // "News Analysis." under the headline labels the piece, as the same label above it does; so does "LETTERS." under a
    // first line that ends on a stop and so was taken for the story's first paragraph.
    const underFirstLine = titleLines.length === 0 && only !== undefined && body.length === 1 && firstBodyAt === blockIndex - 1 && wordCount(only) <= 25;
    if (((inHeader && titleLines.length > 0) || underFirstLine) && (genreOfLabel(block) ?? 'news') !== 'news') {
      labels.push(block);
      continue;
    }
    if (inHeader && !isBodyLike(block) && isTitleLike(block) && titleLines.length < 2) {
      titleLines.push(block);
      continue;
    }
    if (inHeader && titleLines.length > 0 && /\([A-Z][A-Za-z/ ]{1,30}\)$/.test(block) && !isBodyLike(block.replace(/\s*\([^()]*\)$/, ''))) {
      dropped.push(block);
      continue;
    }
    if (body.length === 0) firstBodyAt = blockIndex;
    // A wiki template's name left before the story's first sentence is not part of it.
    body.push(body.length === 0 ? dropTemplateResidue(block) : block);
  }
  return { body, labels: [...placeTitleLines(titleLines, meta, dropped), ...labels] };
}

let outletNames: Set<string> | undefined;
/** Whether a line is the name of an outlet in outlets.tsv ("The Guardian", "Reuters"), case aside. */
function isKnownOutlet(line: string): boolean {
  outletNames ??= new Set([...lexicons().outletHosts.values()].map((name) => name.toLowerCase()));
  return outletNames.has(line.trim().toLowerCase());
}

/** Outlet and headline from the title lines above the story; returns the genre labels found among them. */
function placeTitleLines(titleLines: string[], meta: ArticleMeta, dropped: string[]): string[] {
  // A bare "Opinion" or "Analysis" line above the headline labels the piece; it is not the outlet.
  const labels = titleLines.filter((line) => (genreOfLabel(line) ?? 'news') !== 'news');
  titleLines.splice(0, titleLines.length, ...titleLines.filter((line) => !labels.includes(line)));
  if (!meta.headline) {
    const [first, second] = titleLines;
    if (first !== undefined && second !== undefined) {
      // The outlet is a short name: a second line under half as long as the first is the outlet printed under the headline;
      // a line that is an outlet readers know ("The Guardian" under "Council approves bridge") is the outlet whatever the lengths.
      const outletLast = isKnownOutlet(second) !== isKnownOutlet(first) ? isKnownOutlet(second) : second.length <= 30 && first.length >= 2 * second.length;
      const outlet = outletLast ? second : first;
      if (meta.outlet && meta.outlet !== outlet) dropped.push(outlet);
      meta.outlet ??= outlet;
      meta.headline = outletLast ? first : second;
    } else meta.headline = first ?? '';
  } else {
    // A title line that repeats the headline given by the page or front matter is neither the outlet nor body text.
    const headline = meta.headline.toLowerCase();
    const others = titleLines.filter((line) => line.toLowerCase() !== headline);
    dropped.push(...titleLines.filter((line) => !others.includes(line)));
    const [outlet, ...rest] = others;
    if (outlet !== undefined && !meta.outlet) meta.outlet = outlet;
    else if (outlet !== undefined) dropped.push(outlet);
    dropped.push(...rest);
  }
  return labels;
}
