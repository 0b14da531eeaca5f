// The library API: read, analyse, build, render — each stage usable alone.
export { readArticle, detectFormat, decodeInput } from './read/index.js';
export { analyzeArticle, defaultExtractors } from './analyze/analyze-article.js';
export { buildBrief } from './build-brief.js';
export { renderMarkdown, templateData, loadTemplate, type Template } from './markdown/index.js';
export { locateTemplate, listTemplateLocations, ejectTemplate, userTemplatesDir } from './markdown/index.js';
export { defaultHelpers, formatDate, joinWords, likelihoodOf, truncateWords } from './markdown/index.js';
export { renderPdf, pageBox, pageSettings, creationDateFor } from './pdf/index.js';
export { briefSchema, SCHEMA_FILE } from './schema.js';
export { briefText, briefToJson } from './brief-article.js';
export { BriefError, isBriefError, formatBriefError } from './errors.js';
export type * from './types.js';
