#!/usr/bin/env node
// Compares ways to check a candidate speaker on PolNeAR (train + dev): no check, the lexicon + capitalisation
// check (speakerProblem), compromise tags, and wink-nlp (wink-eng-lite-web-model) part-of-speech tags and entities.
// For each option: speaker accuracy / precision / abstention (as speaker-eval.mjs scores them), credited speakers,
// median analysis ms per article, the library's cold load time (fresh process), a disagreement matrix (credited
// speakers of one option that another option's check rejects) and seeded samples of the disagreements to judge by hand.
// The NLP libraries are not dependencies of the tool: install them in a scratch folder and pass its node_modules:
//   mkdir -p /tmp/cmp/nlp && cd /tmp/cmp/nlp && npm init -y >/dev/null && npm install compromise wink-nlp wink-eng-lite-web-model
// Usage: node scripts/compare-speaker-check.mjs --nlp-dir /tmp/cmp/nlp/node_modules [--every K] [--split train|dev]
//          [--options none,A,B-alone,B-sent,B+alone,B+sent,C-alone,C-sent,C+alone,C+sent] [--pairs A:B-sent,A:C-sent] [--sample 40] [--seed 7]
//          [--cold-runs 5] [--root DIR (a built checkout; default this repo)] [--labels DIR] [--json FILE]
// B-/C- follow the brief's tag rules literally; B+/C+ are lenient forms that also accept a proper-noun head (see
// compromiseProblem and winkProblem). -alone parses the name alone; -sent tags it in its sentence when it stands there.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { match, nameTokens, speakerOk, words } from './lib/speaker-match.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const root = resolve(opt('--root', fileURLToPath(new URL('..', import.meta.url))));
const labels = resolve(opt('--labels', join(tmpdir(), 'brief-eval', 'polnear', 'labels')));
const every = Number(opt('--every', 1));
const split = opt('--split', null);
const sampleSize = Number(opt('--sample', 40));
const seed = Number(opt('--seed', 7));
const coldRuns = Number(opt('--cold-runs', 5));
const jsonFile = opt('--json', null);
const optionNames = opt('--options', 'none,A,B-alone,B-sent,B+alone,B+sent,C-alone,C-sent,C+alone,C+sent').split(',');
const nlpDir = opt('--nlp-dir', null);
const dist = join(root, 'dist', 'src');

if (!existsSync(join(dist, 'index.js'))) {
  console.error(`compare-speaker-check: no build at ${dist} (run "npm run build", or pass --root a built checkout)`);
  process.exit(2);
}
if (!existsSync(labels)) {
  console.error(`compare-speaker-check: no labels at ${labels} (node ../shared/eval/build-external.mjs builds them)`);
  process.exit(2);
}

// ---- the NLP libraries: from --nlp-dir, else from the repo's own node_modules --------------------------------
// A require rooted inside the folder finds packages in it or in the node_modules above it.
const requireBase = nlpDir ? join(resolve(nlpDir), '_') : join(root, 'package.json');
if (nlpDir && !existsSync(resolve(nlpDir))) {
  console.error(`compare-speaker-check: --nlp-dir ${nlpDir} does not exist`);
  process.exit(2);
}
const requireNlp = createRequire(requireBase);
let nlp, wink;
try {
  nlp = requireNlp('compromise');
  const winkNLP = requireNlp('wink-nlp');
  wink = winkNLP(requireNlp('wink-eng-lite-web-model'));
} catch (err) {
  console.error(`compare-speaker-check: cannot load compromise / wink-nlp / wink-eng-lite-web-model (${err.code ?? err.message}).
Install them outside the repo and pass the folder:
  mkdir -p /tmp/cmp/nlp && cd /tmp/cmp/nlp && npm init -y >/dev/null && npm install compromise wink-nlp wink-eng-lite-web-model
  node scripts/compare-speaker-check.mjs --nlp-dir /tmp/cmp/nlp/node_modules`);
  process.exit(2);
}
const its = wink.its;

const { readArticle, buildBrief } = await import(pathToFileURL(join(dist, 'index.js')).href);
const { analyzeArticle } = await import(pathToFileURL(join(dist, 'analyze', 'analyze-article.js')).href);
const { extractQuotes } = await import(pathToFileURL(join(dist, 'analyze', 'key-quotes.js')).href);
const { speakerProblem } = await import(pathToFileURL(join(dist, 'analyze', 'speaker-check.js')).href);
const { defaultRules } = await import(pathToFileURL(join(dist, 'analyze', 'attribution', 'rules.js')).href);

// ---- role heads for B and C: the repo's own lists (speaking roles, titles, bodies) ------------------------------
function wordList(file) {
  const path = join(root, 'data', 'lexicons', file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#'));
}
const ROLE_HEADS = new Set([...wordList('speaking-roles.txt'), ...wordList('titles.txt'), ...wordList('org-words.txt')]);
function isRoleHead(word) {
  const w = String(word)
    .toLowerCase()
    .replace(/['’]s?$/, '');
  if (ROLE_HEADS.has(w)) return true;
  if (w.endsWith('ies') && ROLE_HEADS.has(`${w.slice(0, -3)}y`)) return true;
  return w.endsWith('s') && ROLE_HEADS.has(w.slice(0, -1));
}
const POSSESSIVE = /^(his|her|their|its|our|my|your)$/i;
const HAS_LETTER = /[\p{L}\p{N}]/u;

/** The core of a phrase (up to its first preposition) and the head candidates: the core's last word, the phrase's last word. */
function heads(tokens, isPreposition) {
  const cut = tokens.findIndex((t, i) => i > 0 && isPreposition(t));
  const core = cut > 0 ? tokens.slice(0, cut) : tokens;
  const out = [core[core.length - 1]];
  if (tokens[tokens.length - 1] !== out[0]) out.push(tokens[tokens.length - 1]);
  return { core, heads: out };
}

// ---- (B) compromise ------------------------------------------------------------------------------------------------
/** Terms of a text with their character offsets; compromise keeps pre + text + post, so offsets add up. */
function compromiseTerms(text) {
  const out = [];
  let at = 0;
  for (const sentence of nlp(text).docs) {
    for (const t of sentence) {
      at += t.pre.length;
      out.push({ text: t.text, tags: t.tags, start: at, end: at + t.text.length });
      at += t.text.length + t.post.length;
    }
  }
  return out;
}
/**
 * Null when compromise's tags make the phrase a person, an organisation or a role, else why not.
 * Strict (the brief): a #Person or #Organization head, or a #Place-free noun phrase with an #Actor or role head;
 * never a pronoun, a #Date, a verb anywhere, adjectives only.
 * Lenient (+): also a #ProperNoun head, and a capitalised word tagged as a verb before the head ("Hope Hicks", "Ban Ki-moon").
 */
function compromiseProblem(terms, lenient) {
  let t = terms.filter((x) => HAS_LETTER.test(x.text));
  while (t.length > 0 && (t[0].tags.has('Determiner') || POSSESSIVE.test(t[0].text))) t = t.slice(1);
  if (t.length === 0) return 'empty';
  if (t.some((x) => x.tags.has('Pronoun') && !POSSESSIVE.test(x.text))) return 'pronoun';
  if (t.some((x) => x.tags.has('Date'))) return 'date';
  const h = heads(t, (x) => x.tags.has('Preposition'));
  const forgiven = (x) =>
    lenient && /^\p{Lu}/u.test(x.text) && !h.heads.includes(x) && !x.tags.has('Auxiliary') && !x.tags.has('Copula') && !x.tags.has('Modal');
  if (t.some((x) => x.tags.has('Verb') && !forgiven(x))) return 'verb';
  if (t.every((x) => x.tags.has('Adjective'))) return 'adjectives only';
  if (h.heads.some((x) => x.tags.has('Person') || x.tags.has('Organization'))) return null;
  if (t.some((x) => x.tags.has('Place'))) return 'place';
  if (h.heads.some((x) => x.tags.has('Noun') && (x.tags.has('Actor') || isRoleHead(x.text)))) return null;
  if (lenient && h.heads[0].tags.has('ProperNoun')) return null;
  return 'no person, organisation or role head';
}

// ---- (C) wink-nlp ----------------------------------------------------------------------------------------------------
const UNFIT_ENTITY = new Set(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT']);
/** Tokens of a text with part of speech, lemma, entity type and character offsets (precedingSpaces + token text). */
function winkTokens(text) {
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const texts = tokens.out();
  const pos = tokens.out(its.pos);
  const lemma = tokens.out(its.lemma);
  const spaces = tokens.out(its.precedingSpaces);
  const out = [];
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    at += spaces[i].length;
    // The text may hold characters the tokenizer drops; resynchronise on the token's own text.
    const found = text.indexOf(texts[i], at);
    if (found >= 0 && found - at < 4) at = found;
    out.push({ text: texts[i], pos: pos[i], lemma: lemma[i], entity: null, start: at, end: at + texts[i].length });
    at += texts[i].length;
  }
  doc.entities().each((e) => {
    const [from, to] = e.out(its.span);
    for (let i = from; i <= to; i++) if (out[i]) out[i].entity = e.out(its.type);
  });
  return out;
}
const CONNECTOR_POS = new Set(['ADP', 'CCONJ', 'PART', 'PUNCT']);
const MODIFIER_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/**
 * Null when wink's tags make the phrase a name or a role, else why not.
 * Strict (the brief): a PROPN sequence (connectors only inside), or a NOUN/PROPN head that is a role word; never a
 * pronoun, a DATE/TIME/DURATION/number entity, a VERB or ADJ head.
 * Lenient (+): also a PROPN head after modifiers (PROPN, NOUN, ADJ, NUM, or a capitalised word tagged VERB: "Hope Hicks"),
 * with no AUX in the phrase.
 */
function winkProblem(tokens, lenient) {
  let t = tokens.filter((x) => HAS_LETTER.test(x.text) || x.pos === 'PART');
  while (t.length > 0 && (t[0].pos === 'DET' || (t[0].pos === 'PRON' && POSSESSIVE.test(t[0].text)))) t = t.slice(1);
  if (t.length === 0 || !HAS_LETTER.test(t.map((x) => x.text).join(''))) return 'empty';
  if (t.some((x) => x.pos === 'PRON' && !POSSESSIVE.test(x.text))) return 'pronoun';
  if (t.every((x) => x.entity && UNFIT_ENTITY.has(x.entity))) return `a ${t[0].entity}`;
  const h = heads(t, (x) => x.pos === 'ADP');
  const fit = h.heads.filter((x) => !(x.entity && UNFIT_ENTITY.has(x.entity)));
  if (fit.length === 0) return `head is a ${h.heads[0].entity}`;
  const head = h.core[h.core.length - 1];
  const inside = (x, i, all) => CONNECTOR_POS.has(x.pos) && i > 0 && i < all.length - 1;
  // A proper-noun sequence ("Hillary Clinton", "Bank of America", "AT&T"): PROPN words, connectors only inside.
  if (head.pos === 'PROPN' && fit.includes(head) && h.core.every((x, i, all) => x.pos === 'PROPN' || inside(x, i, all))) return null;
  if (fit.some((x) => (x.pos === 'NOUN' || x.pos === 'PROPN') && (isRoleHead(x.text) || isRoleHead(x.lemma)))) return null;
  if (lenient && head.pos === 'PROPN' && fit.includes(head)) {
    const modifier = (x, i, all) => MODIFIER_POS.has(x.pos) || inside(x, i, all) || (x.pos === 'VERB' && /^\p{Lu}/u.test(x.text));
    if (h.core.every(modifier)) return null;
    return 'a clause or adverb before the proper noun';
  }
  if (head.pos === 'VERB' || head.pos === 'AUX') return 'verb head';
  if (head.pos === 'ADJ') return 'adjective head';
  if (head.pos === 'PROPN') return 'proper noun after other words';
  return `${head.pos} head, not a role`;
}

// ---- the checks: each judges a candidate alone, or in the sentence that names it when the name stands there ----------
const sameSpaces = (s) => s.replace(/\s+/g, ' ');
/** Where the name stands in one of the sentences: { text, start, end }, or null. */
function locate(name, sentences) {
  for (const s of sentences) {
    if (!s) continue;
    const text = sameSpaces(s.text);
    const at = text.indexOf(name);
    if (at >= 0) return { text, start: at, end: at + name.length };
  }
  return null;
}
/** The sentences where an attribution rule found the candidate: the text rule's sentence, or the quote's surroundings. */
function sentencesOf(at, sentences) {
  if (!at) return [];
  if (at.type === 'text') return [at.found.sentence];
  const { span } = at.ctx;
  return [span.first, span.last, sentences[span.first.index - 1], sentences[span.first.index - 2]];
}
/** For the in-sentence options: how often the name stood in its sentence, and how often it was judged alone. */
const placed = { found: 0, alone: 0 };
function makeJudge(name) {
  const inSentence = name.endsWith('-sent');
  const lib = name[0];
  const lenient = name[1] === '+';
  const parse = lib === 'B' ? compromiseTerms : winkTokens;
  const problem = lib === 'B' ? compromiseProblem : winkProblem;
  // Parses are cached within one article, as a tool would parse each sentence once.
  return (speaker, where, cache) => {
    const place = inSentence ? (where?.() ?? null) : null;
    if (inSentence) placed[place ? 'found' : 'alone']++;
    const text = place ? place.text : sameSpaces(speaker.name);
    let tokens = cache.get(text);
    if (!tokens) {
      tokens = parse(text);
      cache.set(text, tokens);
    }
    if (place) {
      const inside = tokens.filter((x) => x.end > place.start && x.start < place.end);
      if (inside.length > 0) return problem(inside, lenient);
    }
    return problem(place ? parse(speaker.name) : tokens, lenient);
  };
}
const JUDGES = {
  none: () => null,
  A: (speaker) => speakerProblem(speaker),
};
for (const n of optionNames) if (/^[BC][-+](alone|sent)$/.test(n)) JUDGES[n] = makeJudge(n);
for (const n of optionNames) {
  if (!JUDGES[n]) {
    console.error(`compare-speaker-check: unknown option ${n} (none, A, B-alone, B-sent, C-alone, C-sent; B+/C+ for the lenient forms)`);
    process.exit(2);
  }
}

// ---- cold load: import + model load (+ first parse) in a fresh process ------------------------------------------------
function coldLoad(what) {
  const base = JSON.stringify(requireBase);
  const snippets = {
    compromise: ["const nlp = r('compromise');", "nlp('Donald Trump said on Tuesday.').docs;"],
    wink: ["const w = r('wink-nlp')(r('wink-eng-lite-web-model'));", "w.readDoc('Donald Trump said on Tuesday.').tokens().out(w.its.pos);"],
    repo: [
      `const m = await import(${JSON.stringify(pathToFileURL(join(dist, 'index.js')).href)});`,
      "m.readArticle('Donald Trump said on Tuesday.', { source: 'x.txt' });",
    ],
  };
  const [load, first] = snippets[what];
  const code = `import { createRequire } from 'node:module'; import { performance } from 'node:perf_hooks';
const r = createRequire(${base}); const t0 = performance.now(); ${load} const t1 = performance.now(); ${first} const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
  const runs = [];
  for (let i = 0; i < coldRuns; i++) {
    const t0 = performance.now();
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
    runs.push({ ...out, process: performance.now() - t0 });
  }
  const med = (k) => median(runs.map((r) => r[k]));
  return { load: med('load'), first: med('first'), process: med('process') };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

// ---- the run: every article through every option, options in rotating order so shared-machine noise falls evenly ----
const files = readdirSync(labels)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .filter((_, i) => i % every === 0);
const stats = Object.fromEntries(optionNames.map((n) => [n, { n: 0, ok: 0, given: 0, credited: 0, names: new Set(), times: [], items: [] }]));
const quotesSeen = { tp: 0, pred: 0, gold: 0 };
let articles = 0;
let rotation = 0;
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(labels, f), 'utf8'));
  if (gold.split === 'test') continue;
  if (split && gold.split !== split) continue;
  const raw = readFileSync(gold.article, 'utf8');
  const gq = gold.quotes ?? [];
  articles++;
  const order = optionNames.map((_, i) => optionNames[(i + rotation) % optionNames.length]);
  rotation++;
  for (const name of order) {
    const judge = JUDGES[name];
    const st = stats[name];
    const state = { at: null };
    const accepted = [];
    // The rules, unchanged, but telling the check where the current candidate was found.
    const rules = defaultRules().map((r) =>
      r.type === 'text'
        ? {
            ...r,
            apply: (ctx) => {
              const found = r.apply(ctx);
              state.at = found ? { type: 'text', found } : null;
              return found;
            },
          }
        : {
            ...r,
            apply: (ctx) => {
              state.at = { type: 'context', ctx };
              return r.apply(ctx);
            },
          },
    );
    let sentences = [];
    const cache = new Map();
    const check = (speaker) => {
      const at = state.at;
      const ok = judge(speaker, () => locate(speaker.name, sentencesOf(at, sentences)), cache) === null;
      if (ok) accepted.push({ speaker, at });
      return ok;
    };
    const t0 = performance.now();
    const article = readArticle(raw, { source: gold.article });
    const analysis = analyzeArticle(article, {
      extractors: {
        quotes: (c) => {
          sentences = c.sentences;
          return extractQuotes(c.article.paragraphs, c.sentences, c.names, { spans: c.spans, check, rules });
        },
      },
    });
    const brief = buildBrief(article, analysis);
    st.times.push(performance.now() - t0);
    // Where each credited quote's speaker was found: accepted checks and quotes come in the same order.
    const where = new Map();
    let k = 0;
    for (const item of analysis.quotes) {
      if (!item.speaker || item.speaker.rule === 'continued') continue;
      while (k < accepted.length && (accepted[k].speaker.name !== item.speaker.name || accepted[k].speaker.mention !== item.speaker.mention)) k++;
      if (k < accepted.length) where.set(item, accepted[k++].at);
    }
    for (const item of analysis.quotes) {
      if (item.speaker?.rule !== 'continued') continue;
      const from = analysis.quotes.find(
        (o) => o !== item && o.speaker && o.speaker.rule !== 'continued' && o.speaker.name === item.speaker.name && where.has(o),
      );
      if (from) where.set(item, where.get(from));
    }
    const pq = brief.quotes.filter((x) => words(x.text).length >= 4);
    const pairs = match(
      pq.map((x) => x.text),
      gq.map((x) => x.text),
    );
    if (name === optionNames[0]) {
      quotesSeen.tp += pairs.length;
      quotesSeen.pred += pq.length;
      quotesSeen.gold += gq.length;
    }
    const goldOf = new Map(pairs.map(([i, j]) => [pq[i], gq[j]]));
    for (const [i, j] of pairs) {
      if (!gq[j].speaker) continue;
      const got = pq[i].speaker?.name ?? '';
      st.n++;
      if (nameTokens(got).length) st.given++;
      if (speakerOk(got, gq[j].speaker)) st.ok++;
    }
    for (const item of pq) {
      if (!item.speaker) continue;
      st.credited++;
      st.names.add(`${gold.id}\u0001${item.speaker.name}`);
      const at = where.get(item) ?? null;
      const g = goldOf.get(item);
      st.items.push({
        id: gold.id,
        speaker: { name: item.speaker.name, kind: item.speaker.kind, mention: item.speaker.mention, title: item.speaker.title },
        rule: item.speaker.rule,
        place: locate(item.speaker.name, sentencesOf(at, sentences)),
        sentence: (at?.type === 'text' ? at.found.sentence.text : item.source.sentence).slice(0, 220),
        gold: g ? (g.speaker ? (speakerOk(item.speaker.name, g.speaker) ? 'right' : `wrong (gold: ${g.speaker})`) : 'gold has no speaker') : 'not a gold quote',
      });
    }
  }
}

// ---- disagreements: each option's credited speakers judged by every other option's check (outside the timing) -----------
const verdictCache = new Map();
function accepts(option, item) {
  const key = `${option}\u0001${item.speaker.name}\u0001${item.speaker.kind}\u0001${option.endsWith('-sent') ? (item.place?.text ?? '') : ''}`;
  if (!verdictCache.has(key)) verdictCache.set(key, JUDGES[option](item.speaker, () => item.place, new Map()) === null);
  return verdictCache.get(key);
}
const matrix = {};
for (const x of optionNames) {
  matrix[x] = {};
  for (const y of optionNames) matrix[x][y] = x === y ? 0 : stats[x].items.filter((it) => !accepts(y, it)).length;
}

// A small seeded generator (mulberry32) so the samples are the same on every run.
function seeded(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick(list, n, rand) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}
const pairList = opt(
  '--pairs',
  optionNames
    .filter((n) => n !== 'A' && n !== 'none')
    .map((n) => `A:${n}`)
    .join(','),
)
  .split(',')
  .filter((p) => p.includes(':'));
const samples = [];
for (const pair of pairList) {
  const [x, y] = pair.split(':');
  if (!stats[x] || !stats[y]) continue;
  const rand = seeded(seed);
  const xOnly = stats[x].items.filter((it) => !accepts(y, it));
  const yOnly = stats[y].items.filter((it) => !accepts(x, it));
  // Half from each side; a side with fewer gives all it has and the other side fills the rest.
  const half = Math.floor(sampleSize / 2);
  const nx = Math.min(xOnly.length, Math.max(half, sampleSize - yOnly.length));
  const ny = Math.min(yOnly.length, sampleSize - nx);
  const reasons = (list, other) => {
    const counts = new Map();
    for (const it of list) {
      const why = String(JUDGES[other](it.speaker, () => it.place, new Map()) ?? 'accepts').replace(/"[^"]*"/g, '"…"');
      counts.set(why, (counts.get(why) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([w, c]) => `${w} ${c}`)
      .join('; ');
  };
  samples.push({
    pair,
    x,
    y,
    whyY: reasons(xOnly, y),
    whyX: reasons(yOnly, x),
    xOnly: xOnly.length,
    yOnly: yOnly.length,
    fromX: pick(xOnly, nx, rand),
    fromY: pick(yOnly, ny, rand),
  });
}

// ---- report ---------------------------------------------------------------------------------------------------------------
const cold = {};
if (coldRuns > 0) {
  cold.repo = coldLoad('repo');
  if (optionNames.some((n) => n.startsWith('B'))) cold.compromise = coldLoad('compromise');
  if (optionNames.some((n) => n.startsWith('C'))) cold.wink = coldLoad('wink');
}
const coldOf = (n) => (n.startsWith('B') ? cold.compromise : n.startsWith('C') ? cold.wink : null);
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '-');
const ms = (v) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(1));
console.log(`${labels}${split ? ` (${split})` : ' (train + dev)'}: ${articles} articles${every > 1 ? `, every ${every}th file` : ''}; root ${root}`);
console.log(
  `quotes P ${pct(quotesSeen.tp, quotesSeen.pred)} R ${pct(quotesSeen.tp, quotesSeen.gold)} (${quotesSeen.tp}/${quotesSeen.pred}/${quotesSeen.gold}), the same for every option`,
);
console.log('');
console.log('option     accuracy precision abstained  credited (distinct)  median ms/article  cold load ms (+first parse)');
for (const n of optionNames) {
  const st = stats[n];
  const c = coldOf(n);
  console.log(
    `${n.padEnd(10)} ${pct(st.ok, st.n).padStart(8)} ${pct(st.ok, st.given).padStart(9)} ${pct(st.n - st.given, st.n).padStart(9)}  ${String(st.credited).padStart(8)} ${`(${st.names.size})`.padStart(10)}  ${ms(median(st.times)).padStart(17)}  ${c ? `${ms(c.load)} (+${ms(c.first)})` : '0 (in the tool)'}`,
  );
}
console.log(
  `  (speakers scored on matched gold quotes with a gold speaker: ${optionNames.map((n) => `${n} ${stats[n].ok}/${stats[n].given}/${stats[n].n}`).join(', ')})`,
);
if (placed.found + placed.alone > 0)
  console.log(`  in-sentence options: the name stood in its sentence for ${pct(placed.found, placed.found + placed.alone)}% of checks (else judged alone)`);
if (cold.repo)
  console.log(
    `  cold: the tool's own import ${ms(cold.repo.load)} ms (+${ms(cold.repo.first)} first read), node process ${ms(cold.repo.process)} ms wall; medians of ${coldRuns} fresh processes`,
  );
console.log('');
console.log("disagreements: row option's credited speakers (quotes of 4+ words) that the column option's check rejects");
console.log(`${''.padEnd(10)} ${optionNames.map((n) => n.padStart(8)).join(' ')}`);
for (const x of optionNames) console.log(`${x.padEnd(10)} ${optionNames.map((y) => String(matrix[x][y]).padStart(8)).join(' ')}`);
for (const s of samples) {
  console.log('');
  console.log(`== ${s.x} vs ${s.y}: ${s.xOnly} credited by ${s.x} only (${s.y} rejects), ${s.yOnly} by ${s.y} only (${s.x} rejects); seed ${seed}`);
  console.log(`   why ${s.y} rejects: ${s.whyY}`);
  console.log(`   why ${s.x} rejects: ${s.whyX}`);
  const show = (side, list, other) => {
    list.forEach((it, i) => {
      const why = JUDGES[other](it.speaker, () => it.place, new Map());
      console.log(
        `${side}${String(i + 1).padStart(2, '0')} ${JSON.stringify(it.speaker.name)} [${it.speaker.kind}, mention ${JSON.stringify(it.speaker.mention)}, ${it.rule}] ${other} says: ${why}; ${it.gold}`,
      );
      console.log(`     ${it.id}: ${it.sentence.replace(/\s+/g, ' ')}`);
    });
  };
  show(`${s.x}-only `, s.fromX, s.y);
  show(`${s.y}-only `, s.fromY, s.x);
}
if (jsonFile) {
  const out = {
    articles,
    every,
    options: Object.fromEntries(
      optionNames.map((n) => [
        n,
        {
          accuracy: stats[n].ok / stats[n].n,
          precision: stats[n].ok / stats[n].given,
          abstained: (stats[n].n - stats[n].given) / stats[n].n,
          credited: stats[n].credited,
          distinct: stats[n].names.size,
          medianMs: median(stats[n].times),
          cold: coldOf(n),
        },
      ]),
    ),
    cold,
    matrix,
    samples: samples.map((s) => ({ ...s, fromX: s.fromX.map(({ place, ...rest }) => rest), fromY: s.fromY.map(({ place, ...rest }) => rest) })),
  };
  writeFileSync(jsonFile, JSON.stringify(out, null, 1));
  console.log(`\njson -> ${jsonFile}`);
}
