// linkedom vs jsdom under Readability: time and memory per page, on the HTML fixtures (each repeated).
// jsdom is not a dependency: npm i --no-save jsdom, then run once per DOM:
//   node scripts/compare-dom.mjs linkedom && node scripts/compare-dom.mjs jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('../test/fixtures/html', import.meta.url));
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const { Readability } = require('@mozilla/readability');
const which = process.argv[2];
const t0 = performance.now();
const parse =
  which === 'jsdom'
    ? (() => {
        const { JSDOM } = require('jsdom');
        return (html) => new JSDOM(html).window.document;
      })()
    : (() => {
        const { parseHTML } = require('linkedom');
        return (html) => parseHTML(html).document;
      })();
const load = performance.now() - t0;
const big = pages.map((p) =>
  p.replace(
    /(<div class="story-body">|<div class="article-body">|<div class="live-feed">)/,
    `$1${`${'<p>Filler paragraph with some words in it to make the page as long as a real one. '.repeat(3)}</p>`}`.repeat(1),
  ),
);
const heap0 = process.memoryUsage().rss;
const times = [];
for (let i = 0; i < 60; i++)
  for (const html of big) {
    const s = performance.now();
    const doc = parse(html);
    const r = new Readability(doc).parse();
    times.push(performance.now() - s);
    if (!r) throw new Error('no article');
  }
times.sort((a, b) => a - b);
console.log(
  which,
  'load',
  load.toFixed(0),
  'ms; median per page',
  times[times.length >> 1].toFixed(2),
  'ms; rss growth',
  ((process.memoryUsage().rss - heap0) / 1e6).toFixed(0),
  'MB; rss',
  (process.memoryUsage().rss / 1e6).toFixed(0),
  'MB',
);
