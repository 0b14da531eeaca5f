// The two public HTML benchmarks that `npm run eval:html` scores: where they come from, how they are read.
//
// - scrapinghub/article-extraction-benchmark (MIT): html/<id>.html.gz and ground-truth.json
//   ({ id: { articleBody, url } }); scored with the measure of its evaluate.py, re-implemented here.
// - postlight/parser (MIT, Apache-2.0): fixtures/<site>.html, and the title, author and date that the
//   tests of its custom extractors (src/extractors/custom/<site>/index.test.js) expect for each fixture.
//
// Both arrive as bare git mirrors (the workplace's `fetch` verb); `prepareSets` exports the few files
// needed into a cache folder once, so later runs need neither git nor the mirrors.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BENCHMARKS = {
  aeb: { repo: 'scrapinghub/article-extraction-benchmark', paths: ['html', 'ground-truth.json', 'LICENSE'] },
  postlight: { repo: 'postlight/parser', paths: ['fixtures', 'src/extractors/custom', 'LICENSE-MIT'] },
};

/** The bare mirror of `repo` under `mirrors` (the fetch verb names it owner+name/repo), or null. */
function mirrorOf(mirrors, repo) {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo');
  return existsSync(dir) ? dir : null;
}

/** Exports each benchmark's files from its mirror into `cache/<key>` unless already there; returns what is missing. */
export function prepareSets(cache, mirrors) {
  const missing = [];
  for (const [key, { repo, paths }] of Object.entries(BENCHMARKS)) {
    const dir = join(cache, key);
    if (existsSync(join(dir, '.complete'))) continue;
    const gitDir = mirrorOf(mirrors, repo);
    if (!gitDir) {
      missing.push(`${key}: no ${join(cache, key)} and no mirror of ${repo} under ${mirrors}`);
      continue;
    }
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    // git archive stops at the first missing blob, so the files go one by one through ls-tree and cat-file.
    const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', '--', ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 });
    for (const line of listing.split('\n').filter(Boolean)) {
      const [info, path] = line.split('\t');
      const blob = info.split(' ')[2];
      const bytes = execFileSync('git', ['--git-dir', gitDir, 'cat-file', 'blob', blob], { maxBuffer: 1 << 28 });
      const out = join(partial, path);
      mkdirSync(join(out, '..'), { recursive: true });
      writeBytes(out, bytes);
    }
    writeBytes(join(partial, '.complete'), Buffer.from(`${repo}\n`));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  return missing;
}

const writeBytes = (path, bytes) => writeFileSync(path, bytes);

/** article-extraction-benchmark: [{ id, url, html, body }]. */
export function loadAeb(dir) {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { articleBody, url }]) => ({
      id,
      url,
      html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      body: articleBody ?? '',
    }));
}

// --- postlight: expected values read out of the extractor tests -----------------------------

/** Reads one JavaScript string literal (quoted or back-ticked, no ${}) at `at`; returns [value, end] or null. */
function literalAt(src, at) {
  const quote = src[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let out = '';
  for (let i = at + 1; i < src.length; i++) {
    const c = src[i];
    if (c === quote) return [out, i + 1];
    if (c === '$' && quote === '`' && src[i + 1] === '{') return null;
    if (c === '\\') {
      const n = src[++i];
      const simple = { n: '\n', t: '\t', r: '\r', 0: '\0' };
      if (n === 'u') {
        out += String.fromCharCode(Number.parseInt(src.slice(i + 1, i + 5), 16));
        i += 4;
      } else if (n === '\n') {
        // a line continuation
      } else out += simple[n] ?? n;
    } else out += c;
  }
  return null;
}

/** A literal, or literals joined by +, or null; starts after optional whitespace at `at`. */
function expressionAt(src, at) {
  let i = at;
  let value = '';
  for (;;) {
    while (/\s/.test(src[i] ?? '')) i++;
    if (src.startsWith('null', i)) return [null, i + 4];
    const lit = literalAt(src, i);
    if (!lit) return value ? [value, i] : null;
    value += lit[0];
    i = lit[1];
    let j = i;
    while (/\s/.test(src[j] ?? '')) j++;
    if (src[j] !== '+') return [value, i];
    i = j + 1;
  }
}

function assertedValue(chunk, field) {
  const m = new RegExp(`assert\\.equal\\(\\s*${field}\\s*,`).exec(chunk);
  if (!m) return undefined;
  const expr = expressionAt(chunk, m.index + m[0].length);
  return expr ? expr[0] : undefined;
}

/** postlight fixtures with the expected values of their tests: [{ site, fixture, url, html, title, author, date }]. */
export function loadPostlight(dir) {
  const customDir = join(dir, 'src/extractors/custom');
  const cases = [];
  for (const site of readdirSync(customDir).sort()) {
    const testFile = join(customDir, site, 'index.test.js');
    if (!existsSync(testFile)) continue;
    const src = readFileSync(testFile, 'utf8');
    // Each readFileSync opens one test case; its url comes before it, its assertions after it.
    const opens = [...src.matchAll(/readFileSync\(\s*(['"`])\.\/fixtures\/([^'"`]+)\1/g)];
    opens.forEach((open, k) => {
      const from = k === 0 ? 0 : (opens[k - 1].index ?? 0);
      const to = opens[k + 1]?.index ?? src.length;
      const before = src.slice(from, open.index);
      const after = src.slice(open.index, to);
      const urlAt = [...before.matchAll(/\burl\s*=/g)].at(-1);
      const url = urlAt ? expressionAt(before, (urlAt.index ?? 0) + urlAt[0].length)?.[0] : null;
      const fixture = open[2];
      const path = join(dir, 'fixtures', fixture);
      if (!existsSync(path)) return;
      cases.push({
        site,
        fixture,
        url: url ?? null,
        html: readFileSync(path, 'utf8'),
        title: assertedValue(after, 'title'),
        author: assertedValue(after, 'author'),
        date: assertedValue(after, 'date_published'),
      });
    });
  }
  return cases;
}

// --- the article-extraction-benchmark measure (evaluate.py), re-implemented -----------------

// Python's \w under re.UNICODE: letters, digits and the underscore (not combining marks).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const tokenize = (text) => (text ?? '').match(TOKEN) ?? [];

function shingles(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** [tp, fp, fn] over 4-token shingles, normalised to sum 1 so long texts weigh no more than short ones. */
export function shingleMatch(truth, pred) {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Mean precision and recall over documents, and F1 of the two means, as evaluate.py computes them. */
export function bodyScores(triples) {
  const precision = mean(triples.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(triples.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}
