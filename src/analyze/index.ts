// analyze/ owns article → analysis: sentences, names and quote spans, then one extractor per section (its registry entry
// in src/sections.ts), attribution rules (attribution/) and the speaker resolver and check. It knows nothing of pages.
export { analyzeArticle, defaultExtractors, type AnalyzeOptions, type Extractors } from './analyze-article.js';
export type { ExtractContext } from './extract-context.js';
export { extractSummary, SUMMARY_LIMITS } from './summary.js';
export { extractQuotes, type QuoteOptions } from './key-quotes.js';
export { extractConcerns } from './concerns/index.js';
export { extractUnconfirmed, type UnconfirmedOptions } from './unconfirmed/index.js';
export { splitSentences } from './sentences.js';
export { defaultRules } from './attribution/rules.js';
export type { AttributionRule } from './attribution/rule.js';
