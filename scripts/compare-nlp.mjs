// Compares sentence splitting and name finding: brief's own code vs wink-nlp vs compromise, on the dev set.
// Needs a build and the two toolkits, which are not dependencies:
//   npm run build && npm i --no-save wink-nlp wink-eng-lite-web-model compromise && node scripts/compare-nlp.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const nlpC = require('compromise');
const brief = `${root}dist/src`;
const { readArticle } = await import(`${brief}/read/read-article.js`);
const { splitSentences } = await import(`${brief}/analyze/sentences.js`);
const { indexNames } = await import(`${brief}/analyze/names.js`);
const dev = `${root}../shared/eval/dev`;
const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const f1 = (a, b) => {
  const A = words(a),
    B = words(b);
  const m = new Map();
  for (const w of B) m.set(w, (m.get(w) ?? 0) + 1);
  let c = 0;
  for (const w of A)
    if (m.get(w) > 0) {
      c++;
      m.set(w, m.get(w) - 1);
    }
  return c ? (2 * c) / (A.length + B.length) : 0;
};
const tools = {
  brief: (paras) => {
    const t0 = performance.now();
    const s = splitSentences(paras);
    const names = indexNames(s);
    return { sentences: s.map((x) => x.text), names: names.mentions.map((m) => m.name), ms: performance.now() - t0 };
  },
  wink: (paras) => {
    const t0 = performance.now();
    const sentences = [],
      names = [];
    for (const p of paras) {
      const d = nlp.readDoc(p.text);
      sentences.push(...d.sentences().out());
      d.entities().each((e) => {
        // Every entity counts: wink's types are too coarse here to tell people from organisations.
        names.push(e.out());
      });
      d.tokens()
        .filter((t) => t.out(its.pos) === 'PROPN')
        .each((t) => names.push(t.out()));
    }
    return { sentences, names, ms: performance.now() - t0 };
  },
  compromise: (paras) => {
    const t0 = performance.now();
    const sentences = [],
      names = [];
    for (const p of paras) {
      const d = nlpC(p.text);
      sentences.push(...d.sentences().out('array'));
      names.push(...d.people().out('array'), ...d.organizations().out('array'), ...d.match('#ProperNoun+').out('array'));
    }
    return { sentences, names, ms: performance.now() - t0 };
  },
};
const totals = Object.fromEntries(Object.keys(tools).map((k) => [k, { sent: 0, sentOk: 0, spk: 0, spkOk: 0, ms: [] }]));
for (const f of readdirSync(dev)) {
  const gold = JSON.parse(readFileSync(`${dev}/${f}`, 'utf8'));
  const article = readArticle(readFileSync(`${root}../shared/${gold.article}`, 'utf8'), { source: gold.article });
  const goldSentences = [...(gold.concerns ?? []), ...(gold.unconfirmed ?? []), ...(gold.summary_sentences ?? [])]
    .map((x) => (typeof x === 'string' ? x : (x.sentence ?? x.text)))
    .filter(Boolean);
  const speakers = [...new Set((gold.quotes ?? []).map((q) => q.speaker).filter(Boolean))];
  for (const [name, run] of Object.entries(tools)) {
    const out = run(article.paragraphs);
    const t = totals[name];
    t.ms.push(out.ms);
    for (const g of goldSentences) {
      t.sent++;
      if (out.sentences.some((s) => f1(s, g) >= 0.9)) t.sentOk++;
    }
    const found = new Set(out.names.flatMap((n) => words(n)));
    for (const s of speakers) {
      t.spk++;
      const w = words(s).filter((x) => !['the', 'of', 's'].includes(x));
      if (w.length && found.has(w[w.length - 1])) t.spkOk++;
    }
  }
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
console.log('tool        gold sentences split right   gold speakers found as names   median ms/article');
for (const [k, t] of Object.entries(totals))
  console.log(
    k.padEnd(12),
    `${((100 * t.sentOk) / t.sent).toFixed(1)}% (${t.sentOk}/${t.sent})`.padEnd(30),
    `${((100 * t.spkOk) / t.spk).toFixed(1)}% (${t.spkOk}/${t.spk})`.padEnd(31),
    med(t.ms).toFixed(1),
  );
