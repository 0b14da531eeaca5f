// The Markdown stage: a brief → Markdown through a template (Handlebars layout, partials, helpers, settings),
// plus finding, checking and ejecting templates. It knows nothing of PDF.
export { renderMarkdown, templateData, fullLimits, type PagePlace } from './render-markdown.js';
export { loadTemplate, type Template } from './template.js';
export {
  locateTemplate,
  listTemplateLocations,
  ejectTemplate,
  userTemplatesDir,
  builtinTemplateNames,
  type Env,
  type LookupOptions,
  type TemplateLocation,
  type TemplateOrigin,
} from './template-lookup.js';
export { parsePageSettings } from './template-settings.js';
export { defaultHelpers, formatDate, joinWords, likelihoodOf, truncateWords } from './helpers.js';
export { escapeMarkdown } from './markdown-escape.js';
export { pageLines, elsewhereOf } from './page-lines.js';
