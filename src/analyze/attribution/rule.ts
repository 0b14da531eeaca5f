// The shape of an attribution rule: one strategy for finding who speaks a quotation, with its own examples.
import type { NameIndex } from '../name-index.js';
import type { QuoteSpan } from '../quote-spans.js';
import type { Sentence, Speaker } from '../../types.js';
import type { Token } from '../tokens.js';

/** A quotation where it stands: its paragraph, and the sentences holding its opening and closing marks. */
export interface LocatedSpan extends QuoteSpan {
  paragraph: number;
  first: Sentence;
  last: Sentence;
}

/** What a text rule sees: the tokens of the quote's sentences, with every quotation folded into one 'quote' token. */
export interface TextContext {
  tokens: readonly Token[];
  /** Index of this quotation's token. */
  self: number;
  sentence: Sentence;
  /** The article's names, for a rule that credits only a name the article knows. */
  names: NameIndex;
}

/** What a text rule finds: the words that name the speaker, and the verb that reports the speech. */
export interface Attribution {
  phrase: Token[];
  verb: string | null;
  /** Where the phrase stands, for resolving pronouns. */
  sentence: Sentence;
  /** Next to the quote, or elsewhere in its sentence. */
  how: 'adjacent' | 'sentence';
  /** Words between the quotation mark and the reporting verb; short quotes need a verb right beside them. */
  distance?: number;
}

/** The quotation before this one, for rules that carry a speaker on. */
export interface PreviousQuote {
  speaker: Speaker | null;
  paragraph: number;
  sentence: number;
  /** Just after its closing mark, in the offsets of `QuoteSpan.close`. */
  close: number;
  /** The quotation was left open at the end of its paragraph. */
  continues: boolean;
}

/** What a context rule sees: the quotation, the article's sentences and names, and the quotation before. */
export interface QuoteContext {
  span: LocatedSpan;
  sentences: readonly Sentence[];
  names: NameIndex;
  previous: PreviousQuote | null;
  /** True when a text rule found an attribution, even one that named nobody. */
  attributed: boolean;
  /** True when that attribution is a reporting verb beside the quotation ('said a spokesman'): the quotation has a voice of its own. */
  besideVerb?: boolean;
  /** True when the quotation goes on from one left open at the end of the previous paragraph. */
  continuing: boolean;
}

/** A hand-written example: a paragraph holding one quotation, and who should be credited ('' for nobody). */
export interface RuleExample {
  text: string;
  speaker: string;
}

interface RuleInfo {
  /** Stable id, recorded on each quote as `speaker.rule`. */
  id: string;
  description: string;
  examples: readonly RuleExample[];
}

/** A rule that reads the quote's own sentence and returns the words naming the speaker. */
export interface TextRule extends RuleInfo {
  type: 'text';
  apply: (ctx: TextContext) => Attribution | null;
}

/** A rule that credits a quotation from its surroundings: a run of quotes, the sentence before. */
export interface ContextRule extends RuleInfo {
  type: 'context';
  apply: (ctx: QuoteContext) => Speaker | null;
}

export type AttributionRule = TextRule | ContextRule;
