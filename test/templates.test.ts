import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatDate, joinWords, likelihoodNote, likelihoodOf, roleOf, truncateWords } from '../src/markdown/helpers.js';
import { loadTemplate } from '../src/markdown/template.js';
import { flat, readPdf } from './helpers/pdf-text.js';
import { runCli } from './helpers/run-cli.js';
import { ROOT, SEED_FILE } from './helpers/seed.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'brief-tpl-'));
const seed = join(ROOT, SEED_FILE);

/** Writes files (path → text) under a fresh folder and returns it. */
function folder(files: Record<string, string>): string {
  const dir = tmp();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const briefMd = (args: string[], options: Parameters<typeof runCli>[1] = {}) => runCli([seed, '--format', 'md', '--output', '-', ...args], options);

describe('template lookup', () => {
  it('a user template that overrides only the quotes partial keeps every other built-in section', async () => {
    const config = folder({
      'brief/templates/mine/partials/quotes.md.hbs': '## Voices\n\n{{#each quotes}}\n- {{speaker.name}} said: {{truncate text 5}}\n{{/each}}\n',
    });
    const r = await briefMd(['--template', 'mine'], { env: { XDG_CONFIG_HOME: config } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Voices');
    expect(r.stdout).toContain('- John Hill said: It does not stop at …');
    expect(r.stdout).not.toContain('## Key quotes');
    for (const heading of ['## Summary', '## Stated concerns', '## What remains unconfirmed']) expect(r.stdout).toContain(heading);
  });

  it('a folder path and a bare folder name in the working directory both work', async () => {
    const dir = folder({ 'plain/layout.md.hbs': '# {{meta.headline}}\n\n{{page.total.quotes}} quotes\n' });
    const byPath = await briefMd(['--template', join(dir, 'plain')]);
    const byName = await briefMd(['--template', 'plain'], { cwd: dir });
    expect(byPath.stdout).toMatch(/^# Russia likely.*\n\n6 quotes\n$/);
    expect(byName.stdout).toBe(byPath.stdout);
  });

  it('templates list shows the three built-ins with descriptions, and user templates', async () => {
    const config = folder({ 'brief/templates/house/layout.md.hbs': '---\ndescription: Our house style\n---\n# {{meta.headline}}\n' });
    const r = await runCli(['templates', 'list'], { env: { XDG_CONFIG_HOME: config } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^default +built-in +The four sections/m);
    expect(r.stdout).toMatch(/^bluf +built-in +Intelligence style/m);
    expect(r.stdout).toMatch(/^compact +built-in +Half a page/m);
    expect(r.stdout).toMatch(/^house +user +Our house style/m);
  });

  it('eject → edit → brief round trip, and eject refuses to overwrite without --force', async () => {
    const cwd = tmp();
    const ejected = await runCli(['templates', 'eject', 'default', 'my-brief'], { cwd });
    expect(ejected.code, ejected.stderr).toBe(0);
    const concerns = join(cwd, 'my-brief', 'partials', 'concerns.md.hbs');
    expect(readFileSync(concerns, 'utf8')).toContain('## Stated concerns');
    writeFileSync(concerns, '## Worries\n\n{{#each concerns}}\n- {{#if holder}}{{holder}} worries{{else}}Someone worries{{/if}} (cue: {{cue}})\n{{/each}}\n');
    const r = await briefMd(['--template', 'my-brief'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Worries');
    expect(r.stdout).toContain('- John Hill worries (cue:');
    expect(r.stdout).toContain('## Key quotes');
    const again = await runCli(['templates', 'eject', 'default', 'my-brief'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/my-brief: the folder exists and is not empty; add --force/);
    expect(readFileSync(concerns, 'utf8')).toContain('## Worries');
    const forced = await runCli(['templates', 'eject', 'default', 'my-brief', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(concerns, 'utf8')).toContain('## Stated concerns');
  });
});

describe('template errors: file, line, column, hint, exit code 4', () => {
  const errorOf = async (files: Record<string, string>) => {
    const dir = folder(files);
    const r = await briefMd(['--template', dir]);
    return { ...r, dir };
  };

  it('a missing partial', async () => {
    const r = await errorOf({ 'layout.md.hbs': '# {{meta.headline}}\n\n{{> sidebar}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      `brief: ${join(r.dir, 'layout.md.hbs')}:3:1: partial "sidebar" not found (hint: partials: concerns, header, quotes, summary, unconfirmed; add partials/sidebar.md.hbs)\n`,
    );
    expect(r.stdout).toBe('');
  });

  it('a Handlebars syntax error, counted past the front matter', async () => {
    const r = await errorOf({ 'layout.md.hbs': '---\nfontSize: 10\n---\n# {{meta.headline}}\n\n{{#each quotes}}\n- {{text}\n{{/each}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`^brief: ${join(r.dir, 'layout.md.hbs')}:7:\\d+: syntax error: .*\\(hint: check that every \\{\\{ has its \\}\\}`));
  });

  it('an unclosed block', async () => {
    const r = await errorOf({ 'partials/quotes.md.hbs': '## Quotes\n{{#each quotes}}\n- {{text}}\n{{/if}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/partials\/quotes\.md\.hbs:2:\d+: syntax error: each doesn't match if/);
  });

  it('a field that does not exist, with the fields that do', async () => {
    const r = await errorOf({ 'partials/quotes.md.hbs': '## Quotes\n\n{{#each quotes}}\n- {{speeker.name}}\n{{/each}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${join(r.dir, 'partials', 'quotes.md.hbs')}:4:5: unknown field "speeker" in a quote item ("speeker.name")`);
    expect(r.stderr).toMatch(/hint: its fields are type, text, speaker, verb, source, score, firstOfSpeaker/);
  });

  it('a misspelt field inside a helper argument or an #if is caught too', async () => {
    const r = await errorOf({ 'layout.md.hbs': '{{#if meta.heading}}x{{/if}}\n' });
    expect(r.stderr).toMatch(/layout\.md\.hbs:1:7: unknown field "heading" in a meta/);
    const helper = await errorOf({ 'layout.md.hbs': '{{truncate meta.titel 5}}\n' });
    expect(helper.stderr).toMatch(/layout\.md\.hbs:1:12: unknown field "titel"/);
  });

  it('an unknown helper', async () => {
    const r = await errorOf({ 'layout.md.hbs': '{{shout meta.headline}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/layout\.md\.hbs:1:3: unknown helper "shout" \(hint: helpers: besides, date, each, eq, escape, genre, if, join/);
  });

  it('a template cannot reach prototypes, functions or the console', async () => {
    for (const source of ['{{constructor.name}}', '{{lookup meta "constructor"}}', '{{meta.__proto__}}', '{{log meta.headline}}']) {
      const r = await errorOf({ 'layout.md.hbs': source });
      expect(r.code, source).toBe(4);
      expect(r.stderr, source).toMatch(/is off limits|unknown helper "log"/);
    }
  });

  it('a bad setting names the file and the allowed values', async () => {
    const r = await errorOf({ 'template.json': '{ "pageSize": "A5" }', 'layout.md.hbs': '# {{meta.headline}}\n' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/template\.json: pageSize must be one of A4, Letter, not "A5"/);
  });

  it('an unknown setting lists every setting a template takes, and names the one a misspelling meant', async () => {
    const typo = await errorOf({ 'template.json': '{ "font-size": 9 }', 'layout.md.hbs': '# {{meta.headline}}\n' });
    expect(typo.code).toBe(4);
    expect(typo.stderr).toMatch(
      /template\.json: unknown setting "font-size" \(did you mean "fontSize"\?\) \(known: description, extends, maxItems, header, footer/,
    );
    const other = await errorOf({ 'layout.md.hbs': '---\ncolour: red\n---\n# {{meta.headline}}\n' });
    expect(other.stderr).toMatch(/unknown setting "colour" \(known: .*accentColor, pageSize, margin, fontSize, fontFamily\)/);
  });

  it('a field that is null at run time names the template line', async () => {
    const dir = folder({ 'layout.md.hbs': '{{#each quotes}}\n{{speaker.name}}\n{{/each}}\n' });
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'Headline here\n\n"This is a quotation with no speaker at all in it."\n');
    const r = await runCli([article, '--template', dir, '--format', 'md', '--output', '-']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/layout\.md\.hbs:2:\d+: "name" is missing in this item of the data \(hint: guard optional fields with \{\{#if …\}\}\)/);
  });

  it('a template that does not exist lists the known ones', async () => {
    const r = await briefMd(['--template', 'fancy']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/fancy: no template named "fancy" \(known: bluf, compact, default; or give a folder path\)/);
  });
});

describe('template settings', () => {
  it('page size, margin, type size and family from template.json or front matter; the CLI overrides them', async () => {
    const dir = folder({
      'template.json': '{ "pageSize": "Letter", "fontFamily": "serif" }',
      'layout.md.hbs': '---\nfontSize: 9\nmargin: 72\n---\n# {{meta.headline}}\n',
    });
    const template = loadTemplate(dir);
    expect(template.settings).toMatchObject({ pageSize: 'Letter', fontFamily: 'serif', fontSize: 9, margin: 72 });
    const letter = await runCli([seed, '--template', dir, '--format', 'pdf', '--output', '-']);
    expect((await readPdf(letter.stdoutBytes)).size).toEqual([612, 792]);
    const a4 = await runCli([seed, '--template', dir, '--page-size', 'a4', '--format', 'pdf', '--output', '-']);
    expect((await readPdf(a4.stdoutBytes)).size.map(Math.round)).toEqual([595, 842]);
    const bad = await runCli([seed, '--font-size', '40', '--format', 'pdf', '--output', '-']);
    // A bad value typed on the command line is a usage mistake (exit 2), quoted as typed; only a template's is exit 4.
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('brief: --font-size must be a number from 8 to 14, not "40"\n');
  });

  it('a template inherits the settings of the built-in it extends', () => {
    const dir = folder({ 'template.json': '{ "extends": "compact" }', 'partials/quotes.md.hbs': '{{#each quotes}}- {{text}}\n{{/each}}' });
    expect(loadTemplate(dir).settings).toMatchObject({ fontSize: 9, margin: 40, maxItems: { quotes: 3 } });
  });
});

describe('helpers', () => {
  it('the default template prints an abbreviated title as its role after the speaker', async () => {
    const { briefText } = await import('../src/index.js');
    const out = await briefText('Harbour news\n\n"The ferry contract was signed without a single bid," said Sen. Ann Lee on Monday.\n', {
      source: 'x.txt',
      formats: ['md'],
    });
    expect(out.markdown).toContain('**Ann Lee**, senator');
  });
  it('role: an abbreviated title reads as the role it stands for after a name', () => {
    expect(roleOf('Vermont Sen.')).toBe('Vermont senator');
    expect(roleOf('Rep.')).toBe('representative');
    expect(roleOf('Lt. Gov.')).toBe('lieutenant governor');
    expect(roleOf('Lt. General')).toBe('lieutenant general');
    expect(roleOf('President')).toBe('President');
    expect(roleOf('U.S. Attorney General')).toBe('U.S. Attorney General');
  });

  it('join, truncate, date, likelihood', () => {
    expect(joinWords(['Hill'])).toBe('Hill');
    expect(joinWords(['Hill', 'Kim', 'Lee'])).toBe('Hill, Kim and Lee');
    expect(joinWords(['Hill', 'Kim'], 'or')).toBe('Hill or Kim');
    expect(truncateWords('one two three four', 2)).toBe('one two …');
    expect(truncateWords('one two', 5)).toBe('one two');
    expect(formatDate('2024-05-22')).toBe('22 May 2024');
    expect(formatDate('2024-05-22', 'us')).toBe('May 22, 2024');
    expect(formatDate('2024-05-22', 'short')).toBe('22 May');
    expect(likelihoodOf('very likely')).toBe('very likely (80–95%)');
    expect(likelihoodOf('probably')).toBe('likely (55–80%)');
    expect(likelihoodOf('alleged')).toBe('');
    // After a printed cue: the band alone when the term only repeats it.
    expect(likelihoodNote({ cue: 'likely', likelihood: 'likely (55–80%)' })).toBe(' (55–80%)');
    expect(likelihoodNote({ cue: 'Very likely', likelihood: 'very likely (80–95%)' })).toBe(' (80–95%)');
    expect(likelihoodNote({ cue: 'probably', likelihood: 'likely (55–80%)' })).toBe(', likely (55–80%)');
    expect(likelihoodNote({ cue: 'not likely', likelihood: 'unlikely (20–45%)' })).toBe(', unlikely (20–45%)');
    expect(likelihoodNote({ cue: 'alleged', likelihood: null })).toBe('');
  });

  it('every helper works inside a template', async () => {
    const dir = folder({
      'layout.md.hbs': [
        '{{ref quotes.[0].source}}|{{number 0}}|{{plural page.total.quotes "quote" "quotes"}}|{{escape "*x*"}}',
        '{{join (unique quotes "speaker.name")}}|{{date meta.published "us"}}|{{likelihoodOf "likely"}}|{{truncate meta.headline 3}}|{{#if (eq meta.credit "Yonhap")}}wire{{/if}}',
      ].join('\n'),
    });
    const r = await briefMd(['--template', dir]);
    expect(r.stdout).toBe('¶3|1|quotes|\\*x\\*\nJohn Hill|May 22, 2024|likely (55–80%)|Russia likely offering …|wire\n');
  });
});

describe('where and besides: a section lists what is left, and says so when nothing is', () => {
  it('where keeps the items whose fields match (null: empty, true: set); besides leaves out the sentence an item came from', async () => {
    const dir = folder({
      'layout.md.hbs': [
        '{{#each (where unconfirmed likelihood=true)}}[{{cue}}]{{/each}}|{{#each (where unconfirmed likelihood=null)}}[{{cue}}]{{/each}}',
        '{{#each (besides summary summary.[0])}}[{{number @index}}]{{/each}}|{{#each (besides summary meta)}}[{{number @index}}]{{/each}}',
      ].join('\n'),
    });
    const r = await briefMd(['--template', dir]);
    expect(r.code, r.stderr).toBe(0);
    const [hedged, rest] = r.stdout.trimEnd().split('\n');
    // The seed's "likely" carries a likelihood; "suspected" and "did not elaborate" do not.
    const [set, empty] = (hedged ?? '').split('|');
    expect(set).toContain('[likely]');
    expect(set).not.toMatch(/suspected|did not elaborate/);
    expect(empty).toBe('[did not elaborate][suspected]');
    const [others, all] = (rest ?? '').split('|');
    expect((others ?? '').split('[').length).toBe((all ?? '').split('[').length - 1);
  });

  it('bluf: a claim weighed above is not asked for again under an empty heading, and a bottom line alone says so', async () => {
    const story = [
      'Harbour board delays the ferry vote',
      '',
      'The harbour board will probably delay its vote on the northern ferry until the spring, board members said on Monday.',
      '',
      'The ferry has run at a loss for three years.',
    ].join('\n');
    const r = await runCli(['-', '--template', 'bluf', '--format', 'md', '--output', '-'], { stdin: story });
    expect(r.code, r.stderr).toBe(0);
    const change = r.stdout.slice(r.stdout.indexOf('## What would change the judgment'));
    expect(change).toContain('*Each claim the article leaves open is weighed above.*');
    const judgments = r.stdout.slice(r.stdout.indexOf('## Key judgments'), r.stdout.indexOf('## Sourcing'));
    expect(judgments.replace('## Key judgments', '').trim()).not.toBe('');
  });
});

describe('the data schema', () => {
  it('brief schema prints a versioned JSON Schema that the JSON output of the seed satisfies', async () => {
    const schema = await runCli(['schema']);
    expect(schema.code).toBe(0);
    const parsed = JSON.parse(schema.stdout) as { properties: { schemaVersion: { const: number } } };
    expect(parsed.properties.schemaVersion.const).toBe(1);
    const json = await runCli([seed, '--format', 'json', '--output', '-']);
    const validate = new Ajv2020({ allErrors: true }).compile(parsed);
    expect(validate(JSON.parse(json.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('built-in templates on the seed, read back from the PDF', () => {
  const cases: Array<[string, string[]]> = [
    ['default', ['Summary', 'Key quotes', 'Stated concerns', 'What remains unconfirmed', 'cue: “likely” (55–80%)']],
    ['bluf', ['Bottom line up front', 'Key judgments', 'Sourcing', 'What would change the judgment', 'likely (55–80%)', 'from John Hill']],
    ['compact', ['Quotes.', 'Concerns.', 'Unconfirmed.', 'John Hill']],
  ];
  for (const [name, phrases] of cases) {
    it(`${name}: one page with its sections`, async () => {
      const r = await runCli([seed, '--template', name, '--format', 'pdf', '--output', '-']);
      expect(r.code, r.stderr).toBe(0);
      const pdf = await readPdf(r.stdoutBytes);
      expect(pdf.pages).toBe(1);
      const text = flat(pdf.text);
      expect(text).toContain('Russia likely offering N. Korea technology aid');
      for (const phrase of phrases) expect(text, phrase).toContain(phrase);
    });
  }
});
