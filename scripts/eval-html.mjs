#!/usr/bin/env node
// How well brief reads real news pages, on two public benchmarks, beside Readability.js alone in the same run:
// - article-extraction-benchmark (scrapinghub, 181 pages): the body brief reads, scored by the benchmark's
//   own measure (4-token shingle precision/recall/F1 averaged over pages, as its evaluate.py computes it);
// - postlight/parser fixtures: headline exact match (whitespace normalised), date agreement (see sameDate),
//   byline agreement (the same names, however joined and cased)
//   where the fixture's test states one, and an outlet that is present and not a URL.
//
// Usage (npm run eval:html builds first):
//   npm run eval:html [-- --cache DIR] [--mirrors DIR] [--only aeb|postlight] [--show N] [--json FILE]
// --cache DIR    where the benchmark files are kept (default $BRIEF_EVAL_DIR or <tmp>/brief-eval, then /html)
// --mirrors DIR  where the bare git mirrors are, to fill the cache once (default $BRIEF_MIRRORS or /work/.mirror);
//                bring them in with the workplace's fetch verb: github:scrapinghub/article-extraction-benchmark
//                and github:postlight/parser.
// --show N       also print the N worst pages of each benchmark (body) or the N first misses (fields).
// A benchmark that is absent is reported and skipped. Nothing here is part of npm test.
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyScores, loadAeb, loadPostlight, prepareSets, shingleMatch } from './lib/html-bench.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

const args = { cache: null, mirrors: null, only: null, show: 0, json: null };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const [name, inline] = argv[i].split(/=(.*)/s, 2);
  const key = name.replace(/^--/, '');
  if (name === '--help' || name === '-h') {
    console.log('usage: node scripts/eval-html.mjs [--cache DIR] [--mirrors DIR] [--only aeb|postlight] [--show N] [--json FILE]');
    process.exit(0);
  }
  if (!(key in args) || !name.startsWith('--')) {
    console.error(`eval:html: unknown argument ${argv[i]}`);
    process.exit(2);
  }
  const value = inline ?? argv[++i];
  if (value === undefined) {
    console.error(`eval:html: ${name} needs a value`);
    process.exit(2);
  }
  args[key] = key === 'show' ? Number(value) : value;
}

const cache = resolve(args.cache ?? join(process.env.BRIEF_EVAL_DIR || join(tmpdir(), 'brief-eval'), 'html'));
const mirrors = resolve(args.mirrors ?? (process.env.BRIEF_MIRRORS || '/work/.mirror'));
const missing = prepareSets(cache, mirrors);
for (const m of missing) console.log(`eval:html: absent, skipped (${m})`);

const dist = join(root, 'dist/src/index.js');
if (!existsSync(dist)) {
  console.error('eval:html: no build (dist/src/index.js); run npm run build first');
  process.exit(2);
}
const { readArticle } = await import(dist);
const { parseHTML } = require('linkedom');
const { Readability } = require('@mozilla/readability');

/** What brief reads from a page: its body text and header fields; an error counts as an empty read. */
function readWithBrief(html, source) {
  try {
    const article = readArticle(html, { format: 'html', source });
    return {
      body: article.paragraphs.map((p) => p.text).join('\n\n'),
      headline: article.meta.headline,
      outlet: article.meta.outlet,
      date: article.meta.published,
      byline: article.meta.byline,
    };
  } catch (err) {
    return { body: '', headline: '', outlet: null, date: null, byline: null, error: err.message };
  }
}

/** Readability.js alone over the same DOM library, as the benchmark runs it (textContent of the parse). */
function readWithReadability(html) {
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document).parse();
    return { body: r?.textContent ?? '', headline: r?.title ?? '', outlet: r?.siteName ?? null, date: r?.publishedTime ?? null, byline: r?.byline ?? null };
  } catch (err) {
    return { body: '', headline: '', outlet: null, date: null, byline: null, error: err.message };
  }
}

const READERS = [
  ['brief', readWithBrief],
  ['Readability.js', readWithReadability],
];
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const three = (x) => x.toFixed(3);
const results = {};

if (!missing.some((m) => m.startsWith('aeb')) && (!args.only || args.only === 'aeb')) {
  const pages = loadAeb(join(cache, 'aeb'));
  console.log(`\n== article-extraction-benchmark (${pages.length} pages): body, 4-token shingles as its evaluate.py ==`);
  console.log(`${''.padEnd(16)} ${'F1'.padEnd(6)} ${'prec'.padEnd(6)} recall  errors  ms/page`);
  for (const [name, read] of READERS) {
    const t0 = performance.now();
    const rows = pages.map((p) => {
      const got = read(p.html, `${p.id}.html`);
      return { id: p.id, url: p.url, triple: shingleMatch(p.body, got.body), error: got.error };
    });
    const ms = (performance.now() - t0) / pages.length;
    const s = bodyScores(rows.map((r) => r.triple));
    const errors = rows.filter((r) => r.error).length;
    results[`aeb/${name}`] = { ...s, errors };
    console.log(`${name.padEnd(16)} ${three(s.f1)}  ${three(s.precision)}  ${three(s.recall)}   ${String(errors).padStart(5)}  ${ms.toFixed(0).padStart(7)}`);
    if (args.show && name === 'brief') {
      const worst = rows
        .map((r) => ({ ...r, f1: (2 * r.triple[0]) / (2 * r.triple[0] + r.triple[1] + r.triple[2] || 1) }))
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, args.show);
      for (const w of worst)
        console.log(
          `   ${w.f1.toFixed(2)} tp ${three(w.triple[0])} fp ${three(w.triple[1])} fn ${three(w.triple[2])} ${w.id.slice(0, 10)} ${w.url}${w.error ? ` (${w.error})` : ''}`,
        );
    }
  }
  console.log('published (README, Readability.js 0.6.0 over jsdom): Readability.js 0.947, trafilatura 0.958, rs_trafilatura 0.970');
}

const squash = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Whether a found date agrees with the fixture's timestamp (UTC, as postlight/parser writes it): a date-time with a
 * zone names the same UTC day; a bare date (or a time with no zone) is a day somewhere between UTC-12 and UTC+14,
 * so it agrees when the timestamp falls inside that day in one of those zones.
 */
function sameDate(found, expected) {
  const text = squash(found);
  const gold = Date.parse(expected);
  if (!text || Number.isNaN(gold)) return false;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!day) return false;
  if (/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text))
    return new Date(Date.parse(text)).toISOString().slice(0, 10) === new Date(gold).toISOString().slice(0, 10);
  const start = Date.parse(`${day}T00:00:00Z`);
  const hour = 3600_000;
  return gold >= start - 14 * hour && gold < start + 24 * hour + 12 * hour;
}

/** The same people, however joined and cased: "JANE ROE and Tom Lee" = "Jane Roe, Tom Lee"; "By " ignored. */
function sameNames(found, expected) {
  const names = (v) =>
    squash(v)
      .toLowerCase()
      .replace(/^by\s+/, '')
      .split(/\s*(?:,|\band\b|&)\s*/)
      .filter(Boolean)
      .sort()
      .join('|');
  return names(found) !== '' && names(found) === names(expected);
}

if (!missing.some((m) => m.startsWith('postlight')) && (!args.only || args.only === 'postlight')) {
  const cases = loadPostlight(join(cache, 'postlight'));
  const withTitle = cases.filter((c) => typeof c.title === 'string');
  const withDate = cases.filter((c) => typeof c.date === 'string');
  const withAuthor = cases.filter((c) => typeof c.author === 'string' && c.author.trim() !== '');
  console.log(
    `\n== postlight/parser fixtures (${cases.length} pages; ${withTitle.length} state a title, ${withDate.length} a date, ${withAuthor.length} an author) ==`,
  );
  console.log(`${''.padEnd(16)} headline  date   outlet ok  byline  errors`);
  for (const [name, read] of READERS) {
    const misses = { headline: [], date: [], outlet: [], byline: [] };
    let bylineOk = 0;
    let headlineOk = 0;
    let dateOk = 0;
    let outletOk = 0;
    let errors = 0;
    for (const c of cases) {
      const got = read(c.html, c.fixture);
      if (got.error) errors++;
      if (typeof c.title === 'string') {
        if (squash(got.headline) === squash(c.title)) headlineOk++;
        else misses.headline.push(`${c.fixture}: "${squash(got.headline)}" ≠ "${squash(c.title)}"`);
      }
      if (typeof c.date === 'string') {
        if (sameDate(got.date, c.date)) dateOk++;
        else misses.date.push(`${c.fixture}: ${got.date} ≠ ${c.date}`);
      }
      if (typeof c.author === 'string' && c.author.trim() !== '') {
        if (sameNames(got.byline, c.author)) bylineOk++;
        else misses.byline.push(`${c.fixture}: "${squash(got.byline)}" ≠ "${squash(c.author)}"`);
      }
      const outlet = squash(got.outlet);
      if (outlet && !/^(https?:|www\.)|\/\//i.test(outlet)) outletOk++;
      else misses.outlet.push(`${c.fixture}: "${outlet}"`);
    }
    const h = headlineOk / withTitle.length;
    const d = dateOk / withDate.length;
    const o = outletOk / cases.length;
    const b = bylineOk / withAuthor.length;
    results[`postlight/${name}`] = { headline: h, date: d, outlet: o, byline: b, errors };
    console.log(`${name.padEnd(16)} ${pct(h)} %  ${pct(d)} %  ${pct(o)} %  ${pct(b)} %  ${String(errors).padStart(6)}`);
    if (args.show && name === 'brief') {
      for (const [field, list] of Object.entries(misses)) {
        for (const m of list.slice(0, args.show)) console.log(`   ${field}: ${m}`);
      }
    }
  }
}

if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
