// What a wiki page's templates leave at the top of the story once their braces are lost: "Category:Iran …",
// "Template:United_Kingdom", "economy and business", "Zimbabwe", "2006 Israel-Lebanon conflict", "OntarioProvincialElection2007".
import { lexicons } from '../lexicon.js';

/** Capitalised words that open a sentence and never continue a name: where the story starts after a template's name. */
const OPENER =
  /^(?:The|A|An|In|On|At|According|Following|Across|After|Before|During|Despite|Since|While|When|With|Over|Under|Several|Officials|It|This|These|Last|Earlier|More|Many|Most|Some|Two|Three|Thousands|Hundreds|Dozens)$/;
/** Nouns a series or portal template's name ends on ("Iraq war", "Canadian news", "XM/Sirius merger"). */
const SERIES_NOUN = /^(?:conflict|war|news|crisis|election|elections|merger|insurgency|scandal|summit|protests|dispute|attacks|bombings)$/;
const CAPITALISED = /^[\p{Lu}\d]/u;
/** Wikinews' status templates ("Archive-unreviewed"), left as words before the story. */
const WIKI_STATUS = /^(?:Archive-unreviewed|archived)$/;
/** A page name with a year run into its Latin letters ("OntarioProvincialElection2007"), never a CJK date ("2026年4月2日"). */
const PAGE_NAME_YEAR = /[A-Za-z]{3}\d{4}|\d{4}[A-Za-z]{3}/;

/**
 * Bare names are told from a story's own opening words only in a story that lost its paragraph breaks (one block of
 * 50 words or more, as a wiki export leaves it up to its first section heading): a short lede or a headline in Title
 * Case keeps its first words.
 */
const ONE_BLOCK_WORDS = 50;

/** The story's first block without the template names before its first sentence; the block itself when there are none. */
export function dropTemplateResidue(block: string): string {
  let text = block.replace(/^[\])}>|\s]+(?=\p{Lu})/u, '');
  const bare = text.split(/\s+/).length >= ONE_BLOCK_WORDS;
  for (let step = 0; step < 8; step++) {
    const next = dropOne(text, bare);
    if (next === text) break;
    text = next;
  }
  // Nothing of the story left, or only a few words: the block was not residue and a sentence after all.
  return text.split(/\s+/).length >= 4 ? text : block;
}

function dropOne(text: string, bare: boolean): string {
  // "Template:United_Kingdom", "Category:Iran": a namespaced page name; a category's name runs to the next category.
  const named = /^(?:Category|Template|Portal):(\S+)\s+/.exec(text);
  if (named) {
    const rest = text.slice(named[0].length);
    const nextCategory = /\s(?=(?:Category|Template|Portal):)/.exec(rest);
    if (nextCategory && nextCategory.index < 60) return rest.slice(nextCategory.index + 1);
    return rest;
  }
  const words = text.split(' ');
  // "publish Archive-unreviewed": the page's status templates, wherever they stand among the names before the story.
  // "publish" is a status only where a story cannot be saying it: first, or before another status.
  const status = words.slice(0, 5).findIndex((w, i) => {
    const next = words[i + 1] ?? '';
    return (WIKI_STATUS.test(w) && CAPITALISED.test(next)) || (w === 'publish' && (i === 0 ? CAPITALISED.test(next) : WIKI_STATUS.test(next)));
  });
  if (status >= 0) return [...words.slice(0, status), ...words.slice(status + 1)].join(' ');
  const [first = '', second = ''] = words;
  // "OntarioProvincialElection2007", "CDNfed2008interview-QC": a page name with a year run into its words.
  if (PAGE_NAME_YEAR.test(first) && CAPITALISED.test(second)) return words.slice(1).join(' ');
  if (!bare) return text;
  // "economy and business Global stock markets …": a story never opens in lower case.
  const lower = words.findIndex((w) => !/^[a-z]+$/.test(w));
  if (lower >= 1 && lower <= 4 && CAPITALISED.test(words[lower] ?? '') && !lexicons().nameParticles.has(words[lower - 1] ?? ''))
    return words.slice(lower).join(' ');
  // "Thailand Thailand 's former ruling party", "Liverpool Liverpool F.C.": the template's name, then the story's own first word.
  const again = first === second && (/^['’]s\b/.test(words[2] ?? '') || CAPITALISED.test(words[2] ?? ''));
  if (CAPITALISED.test(first) && (again || second === `${first}'s` || second === `${first}’s`)) return words.slice(1).join(' ');
  // "2006 Israel-Lebanon conflict Michael Byers …", "Iraq war U.S. President …": a series' name ends on the noun of its topic.
  // A series' own name in Title Case opens on its year ("2008 US Presidential Election Former Governor …") or ends on it
  // ("Election 2007 Kevin Rudd is set to …").
  if (CAPITALISED.test(first) && SERIES_NOUN.test(first.toLowerCase()) && /^(?:19|20)\d\d$/.test(second) && CAPITALISED.test(words[2] ?? ''))
    return words.slice(2).join(' ');
  const year = /^(?:19|20)\d\d$/.test(first);
  const topic = words.findIndex((w, i) => i >= 1 && i <= 4 && SERIES_NOUN.test(year ? w.toLowerCase() : w));
  if (topic >= 1 && CAPITALISED.test(first) && CAPITALISED.test(words[topic + 1] ?? '') && words.slice(0, topic).every((w) => CAPITALISED.test(w)))
    return words.slice(topic + 1).join(' ');
  // "South Korea Lee Myung-bak has won … in South Korea", "Turkey Turkish police …": a country's template, the story
  // after it naming the country again.
  const country = countryPrefix(words);
  if (country > 0) return words.slice(country).join(' ');
  // "Turkey In a free trade zone …", "2006 Israel-Lebanon conflict The fighting …": a short name, then a sentence's opener.
  if (CAPITALISED.test(first)) {
    const opener = words.findIndex((w, i) => i >= 1 && i <= 4 && OPENER.test(w));
    const prefix = words.slice(0, opener);
    // The sentence after the opener reads as prose, not as a headline in Title Case.
    const prose = words.slice(opener + 1, opener + 7).filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
    if (opener >= 1 && prose && prefix.every((w) => /^[\p{L}\d][\p{L}\d/-]*$/u.test(w)) && !prefix.some((w) => OPENER.test(w)))
      return words.slice(opener).join(' ');
  }
  return text;
}

/**
 * How many words a country's name takes at the start, when a capitalised word follows it and the next 40 words name the
 * country again (or a word of its stem: "Turkish", "Canadian"); 0 otherwise.
 */
function countryPrefix(words: readonly string[]): number {
  for (let k = 4; k >= 1; k--) {
    const name = words.slice(0, k).join(' ');
    if (!lexicons().countries.has(name) || !CAPITALISED.test(words[k] ?? '')) continue;
    const stem = k === 1 && name.length > 4 ? name.slice(0, 4) : name;
    // "Turkey Turkish police …": the story's own first word may be the one that names the country again.
    if ((words[k] ?? '').startsWith(stem)) return k;
    // "USA The United States Senate …": a name is never followed by an article that opens the story.
    if (/^(?:The|A|An)$/.test(words[k] ?? '')) return k;
    const rest = ` ${words.slice(k + 1, k + 41).join(' ')}`;
    return rest.includes(` ${stem}`) ? k : 0;
  }
  return 0;
}

/** A block that is only a template's page name ("Germanelection2005"): no line of the story, nor its outlet. */
export const isTemplateName = (block: string): boolean => /^\S+$/.test(block.trim()) && PAGE_NAME_YEAR.test(block);
