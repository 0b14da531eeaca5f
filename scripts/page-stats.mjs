#!/usr/bin/env node
// How the corpus fits the page: per built-in template, how many briefs need the smallest type (8 pt), how many leave
// items out, and how many print an article sentence twice (more often than the article itself has it).
// Used for issue 10's before/after figures; --dist points at another build (e.g. an older commit's) to compare.
// Usage: npm run build && node scripts/page-stats.mjs [--corpus DIR] [--dist DIR] [--templates default,bluf,compact]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const corpus = resolve(opt('--corpus', join(root, '..', 'shared', 'corpus', 'wikinews', 'articles')));
const dist = resolve(opt('--dist', join(root, 'dist')));
const names = opt('--templates', 'default,bluf,compact').split(',');
const { readArticle, analyzeArticle, buildBrief } = await import(join(dist, 'src', 'index.js'));
// Builds from before issue 11 kept both stages in src/render/.
const stage = (now, before) => join(dist, 'src', ...(existsSync(join(dist, 'src', now)) ? [now] : ['render', before]));
const { renderPdf } = await import(stage('pdf/render-pdf.js', 'render-pdf.js'));
const { loadTemplate } = await import(stage('markdown/template.js', 'template.js'));
// The repeat check always comes from this project's build, so an older build (--dist) is judged by today's rule.
const { repeatedSentences } = await import(join(root, 'dist', 'src', 'markdown', 'page-lines.js'));

const files = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const stats = Object.fromEntries(names.map((n) => [n, { small: 0, omitted: 0, items: 0, repeats: 0, briefsWithRepeats: 0 }]));
for (const file of files) {
  const article = readArticle(readFileSync(join(corpus, file), 'utf8'), { source: file });
  const analysis = analyzeArticle(article);
  const brief = buildBrief(article, analysis);
  for (const name of names) {
    const { fit } = await renderPdf(brief, { template: loadTemplate(name) });
    const s = stats[name];
    const left = Object.values(fit.omitted).reduce((a, b) => a + b, 0);
    if (fit.layout.fontSize <= 8) s.small++;
    if (left > 0) s.omitted++;
    s.items += left;
    const r = repeatedSentences(fit.markdown, analysis.sentences, article.paragraphs.map((p) => p.text).join('\n')).length;
    s.repeats += r;
    if (r > 0) s.briefsWithRepeats++;
  }
}
console.log(`${files.length} articles from ${corpus}`);
console.log('template   at 8 pt   leave items out (items)   print a sentence twice (sentences)');
for (const [name, s] of Object.entries(stats)) {
  console.log(
    `${name.padEnd(9)}  ${String(s.small).padStart(6)}   ${String(s.omitted).padStart(8)} (${s.items})${' '.repeat(14)}${String(s.briefsWithRepeats).padStart(6)} (${s.repeats})`,
  );
}
