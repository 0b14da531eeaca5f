// The data model of brief: every stage reads and writes these types only.
import type { SectionItems, SectionName } from './sections.js';

export type { SectionItems, SectionName };

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ArticleMeta {
  headline: string;
  outlet: string | null;
  byline: string | null;
  /** ISO 8601 when the article states a date: the day (YYYY-MM-DD), or the date-time with its offset when it gives a time zone. */
  published: string | null;
  /** The published line as the article wrote it. */
  publishedText: string | null;
  /** A trailing agency credit such as "Yonhap", kept out of the last sentence. */
  credit: string | null;
  /** Where the article came from: a file path, "-" for stdin, or a URL. */
  source: string;
  /** The article's web address, when the page, its front matter or the fetch gives one. */
  url: string | null;
  /** The line under the headline that sums the story up (the "dek"), when the page has one. */
  standfirst: string | null;
  /** What kind of piece it is: reported news, or an opinion column or analysis whose author's judgements are its own. */
  genre: ArticleGenre;
}

export type ArticleGenre = 'news' | 'opinion' | 'analysis';

export interface Paragraph {
  /** 1-based position among the article's body paragraphs. */
  index: number;
  text: string;
}

export interface Article {
  type: 'article';
  format: InputFormat;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  /** Furniture dropped while reading (share buttons, repeated captions…). */
  dropped: string[];
  /** Every header value the page offered, with where it came from (HTML pages; empty for text). */
  evidence: HeaderCandidate[];
}

/** A header field a page states in more than one place. */
export type HeaderField = 'headline' | 'outlet' | 'byline' | 'published' | 'url';

/** Where in a page a header value was found, strongest first in the order they are listed. */
export type HeaderOrigin = 'json-ld' | 'open-graph' | 'twitter' | 'meta' | 'application-name' | 'microdata' | 'h1' | 'title' | 'time' | 'link' | 'host';

/** One value a page offers for a header field, and its origin. */
export interface HeaderCandidate {
  field: HeaderField;
  value: string;
  origin: HeaderOrigin;
}

/** What a format reader gives: raw text blocks, the metadata the format states outright, and what it dropped. */
export interface RawArticle {
  blocks: string[];
  meta: Partial<ArticleMeta>;
  /** What the page or front matter says the piece is (a schema.org type, a section, a genre field), strongest first. */
  genreLabels?: string[];
  dropped?: string[];
  evidence?: HeaderCandidate[];
}

export interface Sentence {
  /** 0-based position in the whole article. */
  index: number;
  /** 1-based paragraph number. */
  paragraph: number;
  text: string;
  /** Offsets of the sentence inside its paragraph text. */
  start: number;
  end: number;
}

/** Where an item came from: the paragraph number and the sentence as it stands. */
export interface SourceRef {
  paragraph: number;
  sentence: string;
  sentenceIndex: number;
}

export type SpeakerKind = 'person' | 'organisation' | 'unknown';

export interface Speaker {
  name: string;
  title: string | null;
  kind: SpeakerKind;
  /** The words of the article that named the speaker at this quote ("he", "Hill"). */
  mention: string;
  /** The attribution rule that credited the quote ("after-verb", "run", …), so a miss names the rule that made it. */
  rule?: string;
}

export interface QuoteItem {
  type: 'quote';
  text: string;
  speaker: Speaker | null;
  /** The reporting verb, when there is one ("said", "wrote", "according to"). */
  verb: string | null;
  source: SourceRef;
  score: number;
}

export interface ConcernItem {
  type: 'concern';
  /** The sentence that voices the concern. */
  text: string;
  /** Who voices the concern, when the sentence says. */
  holder: string | null;
  /** The word that voices it: "warned", "fear", "risk". */
  cue: string;
  /** What the holder fears: the clause the cue governs, or the sentence when no narrower clause is found. */
  fear: string;
  source: SourceRef;
  score: number;
}

export type UnconfirmedKind = 'hedged' | 'allegation' | 'unverified' | 'anonymous-source' | 'gap' | 'disputed';

export interface UnconfirmedItem {
  type: 'unconfirmed';
  /** The sentence with the claim. */
  text: string;
  /** The claim the cue leaves open: the clause in its scope, or the sentence when no narrower clause is found. */
  claim: string;
  cue: string;
  kind: UnconfirmedKind;
  /** The ICD-203 likelihood term for a likelihood cue, e.g. "likely (55–80%)". */
  likelihood: string | null;
  source: SourceRef;
  score: number;
}

/** Why a sentence may not stand in the summary. */
export type SummaryUnfit = 'question' | 'introduces' | 'caption' | 'markup' | 'leans-on-context';

export interface SummaryItem {
  type: 'summary';
  text: string;
  source: SourceRef;
  score: number;
}

export type BriefItem = SectionItems[SectionName];

/** One list of items per section of the registry (src/sections.ts), so a new section needs no edit here. */
export type SectionLists = { [K in SectionName]: Array<SectionItems[K]> };

export interface Warning {
  type: 'warning';
  code: 'quote-without-speaker' | 'no-headline' | 'no-date' | 'short-article' | 'long-article' | 'not-english' | 'missing-glyphs';
  message: string;
  source?: SourceRef;
}

export interface Analysis extends SectionLists {
  type: 'analysis';
  sentences: Sentence[];
  warnings: Warning[];
}

/** The brief as JSON prints it: schemaVersion, meta, the sections in registry order, warnings. */
export interface Brief extends SectionLists {
  schemaVersion: 1;
  meta: ArticleMeta & { words: number; paragraphs: number; sentences: number };
  warnings: Warning[];
}

/** How many items of each section the page shows; the rest are counted as left out. */
export type SectionLimits = Record<SectionName, number>;

// ---- Templates: the data a template sees and the settings it may carry. ----

/** The brief data as a template sees it: section lists hold only what the page shows. */
export interface TemplateData extends Omit<Brief, 'quotes' | 'concerns' | 'unconfirmed'> {
  quotes: Array<QuoteItem & { firstOfSpeaker: boolean }>;
  concerns: Array<ConcernItem & PageLine>;
  unconfirmed: Array<UnconfirmedItem & PageLine>;
  page: {
    total: SectionLimits;
    more: SectionLimits;
    /** Where the items this page leaves out can be read ("in the Markdown brief"), or "" when no other output holds them. */
    elsewhere: string;
    /** The article is not in English, so the sections found by English words are left out (a warning says so). */
    needsEnglish: boolean;
  };
}

/** What a concern or unconfirmed item prints, so that no article sentence is printed twice on a page. */
export interface PageLine {
  /** The item's sentence is already on the page, in an item above (a summary line, a quote, an earlier item). */
  repeat: boolean;
  /** The words to print: a concern's fear; an unconfirmed item's sentence, or its claim when the sentence is a repeat. */
  line: string;
}

/** The files one run can write for an article. */
export type OutputFormat = 'pdf' | 'md' | 'json';

export type PageSize = 'A4' | 'Letter';
export type FontFamily = 'sans' | 'serif';

/** Page settings a template carries in its front matter or template.json; the CLI may override them. */
export interface PageSettings {
  pageSize: PageSize;
  /** Page margin in points (72 pt = 1 inch). */
  margin: number;
  /** Body type size in points to start from; the page shrinks it to fit, not below 8. */
  fontSize: number;
  fontFamily: FontFamily;
}

/** Fields a running header or footer pattern can name, as {field}. */
export const CHROME_FIELDS = ['headline', 'outlet', 'date', 'source', 'credit'] as const;
export type ChromeField = (typeof CHROME_FIELDS)[number];

/** The page around the brief: running header and footer patterns, and two colours (#rrggbb). */
export interface ChromeSettings {
  /** e.g. "BRIEF[  ·  {outlet}][  ·  {date}]": {field} is filled in, a [group] with an empty field is dropped. */
  header: string;
  footer: string;
  /** The rule under the running header, horizontal rules and quote bars. */
  ruleColor: string;
  /** Section headings, their rules and list markers. */
  accentColor: string;
}

export interface TemplateSettings extends PageSettings, ChromeSettings {
  description: string;
  /** The built-in template whose partials fill the ones this template lacks. */
  extends: string;
  /** The most items of each section the template shows; the page may show fewer to fit. */
  maxItems: Partial<SectionLimits>;
}

// ---- Page layout: what the PDF renderer decided, as data a test can inspect. ----

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface TextOp {
  type: 'text';
  x: number;
  y: number;
  text: string;
  font: FontStyle;
  size: number;
  color: string;
  link: string | null;
}

export interface RuleOp {
  type: 'rule';
  x: number;
  y: number;
  width: number;
  thickness: number;
  color: string;
}

export interface BarOp {
  type: 'bar';
  x: number;
  y: number;
  height: number;
  color: string;
}

export type LayoutOp = TextOp | RuleOp | BarOp;

export interface PageBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface PageLayout {
  type: 'layout';
  ops: LayoutOp[];
  /** The font size of body text. */
  fontSize: number;
  /** The height the content needs and the height the page offers. */
  height: number;
  available: number;
  fits: boolean;
}

export interface FitResult {
  type: 'fit';
  layout: PageLayout;
  markdown: string;
  /** Items the page shows per section, and how many it leaves out. */
  limits: SectionLimits;
  omitted: SectionLimits;
  /** Words an item's text was cut to on the page (with a visible "…"), when it had to be. */
  maxWords: number | null;
}
