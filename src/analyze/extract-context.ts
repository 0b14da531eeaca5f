// What every section extractor gets, in one type the section registry and analyzeArticle share.
import type { Article, QuoteItem, Sentence } from '../types.js';
import type { InterviewVoice } from './interview-voice.js';
import type { NameIndex } from './name-index.js';
import type { QuoteSpan } from './quote-spans.js';

/** What every extractor gets: the article, its sentences, the names in it, and the quotes found so far. */
export interface ExtractContext {
  article: Article;
  sentences: readonly Sentence[];
  names: NameIndex;
  /** Quoted spans by paragraph number, found once for every stage that needs them. */
  spans: ReadonlyMap<number, readonly QuoteSpan[]>;
  quotes: readonly QuoteItem[];
  /** An interview's interviewee and their answers (null when none is clear), found once for the quotes and the concerns. */
  interview: InterviewVoice | null;
}
