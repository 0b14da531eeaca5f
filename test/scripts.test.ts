// Articles beyond Latin, Greek and Cyrillic: Korean, Chinese and Arabic briefs keep their header and body, draw real glyphs
// from the fallback fonts, read back in reading order, and say when a section needs English or a character has no glyph.
import { readFileSync } from 'node:fs';
import { getDocument } from './helpers/pdfjs.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { isEnglishText } from '../src/analyze/language.js';
import { splitParagraph } from '../src/analyze/sentences.js';
import { buildBrief } from '../src/build-brief.js';
import { renderPdf } from '../src/index.js';
import { splitByFont } from '../src/pdf/font-runs.js';
import { hasRtl, visualSegments } from '../src/pdf/layout/bidi-order.js';
import { readArticle } from '../src/read/read-article.js';
import { readPdf } from './helpers/pdf-text.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/scripts/${name}`, import.meta.url), 'utf8');
function briefOf(name: string) {
  const article = readArticle(fixture(name), { source: name });
  return buildBrief(article, analyzeArticle(article));
}

/** The page's lines as a reader reads them: right-to-left lines from right to left, the others from left to right. */
async function readingLines(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const content = await (await doc.getPage(1)).getTextContent();
    const rows = new Map<number, { x: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const row = rows.get(y) ?? [];
      row.push({ x: item.transform[4] as number, str: item.str.trim() });
      rows.set(y, row);
    }
    return [...rows.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, row]) => {
        const rtl = row.some((i) => /\p{Script=Arabic}/u.test(i.str));
        return row
          .sort((a, b) => (rtl ? b.x - a.x : a.x - b.x))
          .map((i) => i.str)
          .join(' ');
      });
  } finally {
    await doc.destroy();
  }
}

const CASES = [
  {
    file: 'korean.txt',
    headline: '서울 지하철 새 노선 개통으로 출근 시간 단축',
    outlet: '한빛일보',
    date: '2026-03-14',
    body: '이 노선은 도심과 북부 신도시를 잇는다.',
  },
  { file: 'chinese.txt', headline: '城市公园新增十万棵树木', outlet: '江南晨报', date: '2026-04-02', body: '这项计划预计在秋季之前完成。' },
  {
    file: 'arabic.txt',
    headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
    outlet: 'صحيفة النهار الجديد',
    date: '2026-05-15',
    body: 'تضم المكتبة أكثر من عشرين ألف كتاب.',
  },
];

describe.each(CASES)('the $file brief', async ({ file, headline, outlet, date, body }) => {
  const brief = briefOf(file);
  const { pdf } = await renderPdf(brief);
  const lines = await readingLines(pdf);
  const text = lines.join('\n');

  it('keeps the headline, the outlet and the date line apart from the body', () => {
    expect(brief.meta.headline).toBe(headline);
    expect(brief.meta.outlet).toBe(outlet);
    expect(brief.meta.published).toBe(date);
    expect(brief.summary.map((s) => s.text)).toContain(body);
  });

  it('is one page that reads back the headline and a body sentence in reading order', async () => {
    expect((await readPdf(pdf)).pages).toBe(1);
    expect(lines).toContain(headline);
    expect(text.replace(/\s+/g, ' ')).toContain(body.replace(/[.。]$/u, ''));
  });

  it('says the sections need English instead of printing half-right ones', () => {
    expect(brief.warnings.map((w) => w.code)).toContain('not-english');
    expect(brief.quotes).toEqual([]);
    expect(text).toContain('Sections need an English article');
    expect(text).not.toContain('speaker not stated');
  });

  it('has a glyph for every character', () => {
    expect(brief.warnings.map((w) => w.code)).not.toContain('missing-glyphs');
  });
});

describe('characters no font has', () => {
  it('are counted in a warning naming their kind, and left out of the one-page PDF', async () => {
    for (const [file, kind] of [
      ['emoji.txt', 'emoji'],
      ['thai.txt', 'Thai'],
    ] as const) {
      const brief = briefOf(file);
      const warning = brief.warnings.find((w) => w.code === 'missing-glyphs');
      expect(warning?.message).toMatch(new RegExp(`^\\d+ characters have no glyph in the embedded fonts \\(${kind}\\)`));
      expect((await readPdf((await renderPdf(brief)).pdf)).pages).toBe(1);
    }
  });

  it('are split out of a text while the fonts that have a glyph take the rest', () => {
    const split = splitByFont('Seoul 서울 🎉 中国。', 'regular', 'sans');
    expect(split.missing).toEqual(['🎉']);
    expect(split.runs.map((r) => [r.text, r.font])).toEqual([
      ['Seoul ', 'regular'],
      ['서울', 'fallback:kr:regular'],
      ['  ', 'regular'],
      ['中国。', 'fallback:sc:regular'],
    ]);
  });
});

describe('a Korean quote in an English brief', () => {
  // Text was measured with one width and drawn with another (a missing glyph's box), so "speaker not stated" overlapped the quote.
  it('draws each piece of a line where the one before it ends', async () => {
    const text = [
      'Seoul Daily',
      '',
      'Seoul opens a new subway line',
      '',
      'The city of Seoul opened a new subway line on Monday, and officials said it would cut the time that commuters spend on the way to work.',
      '',
      'A banner at the station read “시민들이 더 빨리 일터에 도착하게 될 것” in large letters, and it was seen by thousands of riders.',
    ].join('\n');
    const article = readArticle(text, { source: 'seoul.txt' });
    const brief = buildBrief(article, analyzeArticle(article));
    expect(brief.quotes[0]?.text).toBe('시민들이 더 빨리 일터에 도착하게 될 것');
    const { pdf } = await renderPdf(brief);
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items.flatMap((i) => ('str' in i && i.str.trim() !== '' ? [i] : []));
    await doc.destroy();
    const quoteLine = items.filter((i) => Math.abs((i.transform[5] as number) - (items.find((j) => j.str.includes('—'))?.transform[5] as number)) < 3);
    expect(quoteLine.length).toBeGreaterThan(1);
    const sorted = quoteLine.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
    for (let k = 1; k < sorted.length; k++) {
      const before = sorted[k - 1];
      const item = sorted[k];
      if (before && item) expect(item.transform[4] as number).toBeGreaterThanOrEqual((before.transform[4] as number) + before.width - 0.5);
    }
  });
});

describe('script-aware sentences and language', () => {
  it('takes a short line under the headline as the outlet, and a date line with a time as the date', () => {
    const text =
      '서울 지하철 새 노선 개통으로 출근 시간 단축\n\n한빛일보\n\n2026年4月2日 08:30\n\n서울시는 오늘 새 지하철 노선을 개통했다고 밝혔다. 이 노선은 도심과 북부 신도시를 잇는다.';
    const { meta, paragraphs } = readArticle(text, { source: 'k.txt' });
    expect([meta.headline, meta.outlet, meta.published]).toEqual(['서울 지하철 새 노선 개통으로 출근 시간 단축', '한빛일보', '2026-04-02']);
    expect(paragraphs).toHaveLength(1);
  });

  it('ends sentences at 。 without a space, and before a caseless letter after a full stop', () => {
    expect(splitParagraph('市园林局今天宣布。这项计划预计完成。').map((s) => s.text)).toEqual(['市园林局今天宣布。', '这项计划预计完成。']);
    expect(splitParagraph('서울시는 밝혔다. 이 노선은 잇는다.').map((s) => s.text)).toEqual(['서울시는 밝혔다.', '이 노선은 잇는다.']);
    expect(splitParagraph('افتتحت البلدية مكتبة. تضم المكتبة كتبا؟ نعم.')).toHaveLength(3);
  });

  it('tells English from other languages by script and by the commonest English words', () => {
    const english = 'The mayor said on Monday that the new line would open in May, and that the city had paid for it with a loan from the bank. ';
    expect(isEnglishText(english.repeat(2))).toBe(true);
    expect(
      isEnglishText('Le maire a annoncé lundi que la nouvelle ligne ouvrira en mai, financée par un prêt de la banque publique régionale. '.repeat(3)),
    ).toBe(false);
    expect(isEnglishText(fixture('korean.txt'))).toBe(false);
    expect(isEnglishText('Kim Jong-un met Putin.')).toBe(true);
  });

  it("takes a recipe's list-like English as English, and German with a few English words as German", () => {
    // Its function words are about 7.6 % of its words, under the 8 % that running English text passes.
    const recipe =
      'Overnight Oats [½ cup dry oats, 1 cup almond milk, 1 tsp. raw honey, ½ cup fresh berries, 1 Tbsp. chia seeds]. Turkey Taco Bowl [4 oz. cooked ground turkey, ½ cup black beans, ½ cup brown rice, 1 cup shredded lettuce, ¼ avocado, 2 Tbsp. fresh salsa]. Chicken Zoodles [1 cup zucchini noodles, 4 oz. cooked chicken, ½ cup edamame, 1 tsp. sesame oil, 1 tsp. soy sauce]. Stir the honey into the oats and leave them in the fridge overnight. ';
    expect(isEnglishText(recipe.repeat(3))).toBe(true);
    const german =
      'Die Digitalisierung zieht sich durch fast alle Branchen und ist im Bereich Healthcare ein wichtiges Thema, das von der Politik in Berlin und den Kassen diskutiert wird. ';
    expect(isEnglishText(german.repeat(3))).toBe(false);
  });

  it('counts neither "a" nor "i", which Italian has too, nor the parts of web addresses, as English words', () => {
    const italian =
      'Ecco i dischi e i film da non perdere: a Natale si regala a tutti, e i prezzi scendono a picco. http://amzn.to/2hWah3n http://amzn.to/2iJFhRj ';
    expect(isEnglishText(italian.repeat(3))).toBe(false);
  });

  it('orders right-to-left words from right to left, and a full stop to the left of the word it ends', () => {
    const words = [
      { text: 'وكالة', space: true },
      { text: 'الأنباء.', space: false },
    ];
    expect(visualSegments(words, true).map((s) => s.text)).toEqual(['.', 'الأنباء', 'وكالة']);
    expect(visualSegments([{ text: 'BBC', space: true }, ...words], false).map((s) => s.text)).toEqual(['BBC', 'الأنباء', 'وكالة', '.']);
  });
});

describe('the CLI tells what the page cannot show', () => {
  it('prints the not-English and missing-glyph warnings on stderr, naming the input, and still briefs it', async () => {
    const { runCli } = await import('./helpers/run-cli.js');
    const dir = new URL('./fixtures/scripts/', import.meta.url).pathname;
    const { mkdtempSync } = await import('node:fs');
    const out = mkdtempSync(`${(await import('node:os')).tmpdir()}/brief-scripts-`);
    const run = await runCli(['korean.txt', 'emoji.txt', '--format', 'md', '--out', out], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^brief: korean\.txt: warning: the article is not in English/m);
    expect(run.stderr).toMatch(/^brief: emoji\.txt: warning: \d+ characters have no glyph/m);
  });
});

describe('right-to-left letters', () => {
  const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
  it('are found by hasRtl wherever the script classes find them, in every plane', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x110000; c += c < 0x10000 ? 1 : 7) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const text = `word ${String.fromCodePoint(c)} word`;
      if (hasRtl(text) !== RTL.test(text)) differ.push(`U+${c.toString(16)}`);
    }
    expect(differ).toEqual([]);
    expect([hasRtl('plain Latin, café'), hasRtl('Latin then عربي'), hasRtl('שלום')]).toEqual([false, true, true]);
    // Curly quotes, dashes and an ellipsis before a right-to-left word, and with none after them.
    expect([hasRtl('“Quoted” — ‘then’ … ܫܠܡܐ'), hasRtl('“Quoted” — ‘then’ … €5'), hasRtl('emoji 😀 then ߒߞߏ')]).toEqual([true, false, true]);
  });
});
