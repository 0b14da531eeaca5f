// Helpers every template can use; each takes brief data and returns Markdown-safe text.
import type Handlebars from 'handlebars';
import type { SourceRef } from '../types.js';

export function registerHelpers(env: typeof Handlebars): void {
  env.registerHelper('ref', (source: SourceRef) => `¶${source.paragraph}`);
  env.registerHelper('number', (index: number) => String(index + 1));
  env.registerHelper('plural', (count: number, one: string, many: string) => (count === 1 ? one : many));
}
