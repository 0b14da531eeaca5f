// Template settings: page size, margin, type size, font family, item caps and page chrome, from front matter or template.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BriefError, must } from '../errors.js';
import { splitFrontMatter } from '../front-matter.js';
import { SECTION_NAMES } from '../section-names.js';
import type { SectionName } from '../sections.js';
import { CHROME_FIELDS, type ChromeSettings, type PageSettings, type TemplateSettings } from '../types.js';

export const LAYOUT_FILE = 'layout.md.hbs';
export const SETTINGS_FILE = 'template.json';

/** Today's page chrome; the colours are the PDF theme's defaults (pdf/layout-markdown.ts), which a test keeps in step. */
export const DEFAULT_CHROME: Readonly<ChromeSettings> = {
  header: 'BRIEF[  ·  {outlet}][  ·  {date}]',
  footer: 'Source: {source}[ ({credit})]',
  ruleColor: '#b0b7c3',
  accentColor: '#1f4e79',
};

export function defaultSettings(): TemplateSettings {
  return { description: '', extends: 'default', pageSize: 'A4', margin: 50, fontSize: 10.5, fontFamily: 'sans', maxItems: {}, ...DEFAULT_CHROME };
}

/** A layout's source with its front matter taken off, and how many lines that was (for error positions). */
export interface LayoutSource {
  body: string;
  lineOffset: number;
  frontMatter: Record<string, string>;
}

/** A layout's front matter, strictly: a line that is not "key: value" is an error at its line. */
export function layoutSource(source: string, file: string): LayoutSource {
  const front = splitFrontMatter(source);
  const bad = front.invalid[0];
  if (bad) throw new BriefError('TEMPLATE_INVALID', `front matter lines are "key: value", not "${bad.text}"`, { file, line: bad.line, column: 1 });
  return { body: front.body, lineOffset: front.lineOffset, frontMatter: front.fields };
}

type Raw = Record<string, unknown>;

function fail(file: string, message: string): never {
  throw new BriefError('TEMPLATE_INVALID', message, { file, hint: 'see "Settings" in docs/templates.md' });
}

function numberIn(value: unknown, key: string, min: number, max: number, file: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max)
    fail(file, `${key} must be a number from ${min} to ${max}, not ${JSON.stringify(value)}`);
  return n;
}

function oneOf<T extends string>(value: unknown, key: string, options: readonly T[], file: string): T {
  const match = options.find((o) => typeof value === 'string' && o.toLowerCase() === value.toLowerCase());
  if (!match) fail(file, `${key} must be one of ${options.join(', ')}, not ${JSON.stringify(value)}`);
  return match;
}

function colorIn(value: unknown, key: string, file: string): string {
  if (typeof value !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value)) fail(file, `${key} must be a colour like "#1f4e79", not ${JSON.stringify(value)}`);
  return value.toLowerCase();
}

/** A header or footer pattern: text, {field} and [groups]; an unknown field is caught here, not on the page. */
function chromeText(value: unknown, key: string, file: string): string {
  const text = String(value);
  const unknown = [...text.matchAll(/\{(\w*)\}/g)]
    .map((m) => must(m[1], 'a field name in braces'))
    .find((name) => !(CHROME_FIELDS as readonly string[]).includes(name));
  if (unknown !== undefined) fail(file, `${key}: unknown field {${unknown}} (fields: ${CHROME_FIELDS.map((f) => `{${f}}`).join(', ')})`);
  return text;
}

function parseChrome(raw: Raw, file: string): Partial<ChromeSettings> {
  const out: Partial<ChromeSettings> = {};
  if (raw.header !== undefined) out.header = chromeText(raw.header, 'header', file);
  if (raw.footer !== undefined) out.footer = chromeText(raw.footer, 'footer', file);
  if (raw.ruleColor !== undefined) out.ruleColor = colorIn(raw.ruleColor, 'ruleColor', file);
  if (raw.accentColor !== undefined) out.accentColor = colorIn(raw.accentColor, 'accentColor', file);
  return out;
}

const PAGE_KEYS: readonly string[] = ['pageSize', 'margin', 'fontSize', 'fontFamily'];

/** Checks page settings from any source (template file or command line) and turns them into typed values. */
export function parsePageSettings(raw: Raw, file: string): Partial<PageSettings> {
  const out: Partial<PageSettings> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    switch (key) {
      case 'pageSize':
        out.pageSize = oneOf(value, key, ['A4', 'Letter'] as const, file);
        break;
      case 'margin':
        out.margin = numberIn(value, key, 18, 144, file);
        break;
      case 'fontSize':
        out.fontSize = numberIn(value, key, 8, 14, file);
        break;
      case 'fontFamily':
        out.fontFamily = oneOf(value, key, ['sans', 'serif'] as const, file);
        break;
      default:
        fail(file, `unknown setting "${key}" (known: ${PAGE_KEYS.join(', ')})`);
    }
  }
  return out;
}

function parseSettings(raw: Raw, file: string): Partial<TemplateSettings> {
  const { description, extends: base, maxItems, header, footer, ruleColor, accentColor, ...page } = raw;
  const out: Partial<TemplateSettings> = {};
  // Front matter spells nested caps flat: "maxItems.quotes: 3".
  const flatCaps = Object.keys(page).filter((k) => k.startsWith('maxItems.'));
  const caps: Raw = { ...(typeof maxItems === 'object' && maxItems !== null ? (maxItems as Raw) : {}) };
  for (const key of flatCaps) {
    caps[key.slice('maxItems.'.length)] = page[key];
    delete page[key];
  }
  if (maxItems !== undefined && (typeof maxItems !== 'object' || maxItems === null)) fail(file, 'maxItems must be an object like { "quotes": 3 }');
  if (description !== undefined) out.description = String(description);
  if (base !== undefined) out.extends = String(base);
  if (Object.keys(caps).length > 0) {
    out.maxItems = {};
    for (const [name, value] of Object.entries(caps)) {
      if (!SECTION_NAMES.includes(name as SectionName)) fail(file, `maxItems.${name} is not a section (sections: ${SECTION_NAMES.join(', ')})`);
      out.maxItems[name as SectionName] = Math.round(numberIn(value, `maxItems.${name}`, 1, 50, file));
    }
  }
  const unknown = Object.keys(page).find((key) => !PAGE_KEYS.includes(key));
  if (unknown !== undefined) {
    const known = ['description', 'extends', 'maxItems', 'header', 'footer', 'ruleColor', 'accentColor', ...PAGE_KEYS];
    const meant = known.find((key) => key.toLowerCase() === unknown.toLowerCase().replace(/[-_]/g, ''));
    fail(file, `unknown setting "${unknown}"${meant ? ` (did you mean "${meant}"?)` : ''} (known: ${known.join(', ')})`);
  }
  return { ...out, ...parseChrome({ header, footer, ruleColor, accentColor }, file), ...parsePageSettings(page, file) };
}

/** The settings a template folder gives: template.json, then the layout's front matter over it. */
export function readSettings(dir: string, layout: LayoutSource, layoutFile: string): Partial<TemplateSettings> {
  const jsonFile = join(dir, SETTINGS_FILE);
  let fromJson: Partial<TemplateSettings> = {};
  if (existsSync(jsonFile)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(jsonFile, 'utf8'));
    } catch (error) {
      fail(jsonFile, `not valid JSON: ${(error as Error).message}`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(jsonFile, 'must hold one JSON object');
    fromJson = parseSettings(raw as Raw, jsonFile);
  }
  const fromFrontMatter = parseSettings(layout.frontMatter, layoutFile);
  return { ...fromJson, ...fromFrontMatter, maxItems: { ...fromJson.maxItems, ...fromFrontMatter.maxItems } };
}

/** Settings in order of precedence, lowest first, over the defaults. */
export function mergeSettings(...layers: ReadonlyArray<Partial<TemplateSettings>>): TemplateSettings {
  return layers.reduce<TemplateSettings>((acc, layer) => ({ ...acc, ...layer, maxItems: { ...acc.maxItems, ...layer.maxItems } }), defaultSettings());
}
