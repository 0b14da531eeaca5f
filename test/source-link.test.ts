import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { getDocument } from './helpers/pdfjs.js';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, buildBrief, loadTemplate, readArticle, renderMarkdown, renderPdf } from '../src/index.js';
import { markdownAddress } from '../src/markdown/markdown-escape.js';
import { DEFAULT_CHROME } from '../src/markdown/template-settings.js';
import { fillChrome } from '../src/pdf/page-chrome.js';
import { flat, readPdf } from './helpers/pdf-text.js';

const URL = 'https://example.com/news/story_(1).html';

const PAGE = `<html><head><title>Bridge reopens after repairs - Example News</title>
<link rel="canonical" href="${URL}">
<meta property="article:published_time" content="2017-01-13T09:30:00-05:00">
</head><body><article><h1>Bridge reopens after repairs</h1>
<p>The city's main bridge reopened on Friday after three months of repairs, the mayor said at a ceremony attended by hundreds of residents.</p>
<p>"We are proud of the crews who worked through the winter," Mayor Ann Park said. "The bridge is safer than it has been in decades."</p>
<p>Officials said the work cost about 12 million dollars, less than the budget approved by the council last year, and finished two weeks early.</p>
</article></body></html>`;

const TEXT = `Harbour Gazette

Ferry service resumes after storm

The island ferry resumed its normal timetable on Tuesday after two days of cancellations caused by high winds, the operator said.

"Every crossing today is running on time," said operator spokesman Tom Reyes.

Officials said repairs to the landing stage would be finished within a week, before the holiday traffic begins.
`;

function briefOf(text: string, source: string) {
  const article = readArticle(text, { source });
  return buildBrief(article, analyzeArticle(article));
}

interface LinkAnnotation {
  url: string;
  /** The top of the link's box, in points up from the foot of the page. */
  top: number;
}

/** The link annotations on each page of a PDF: their target addresses and where they stand. */
async function linksOf(bytes: Uint8Array): Promise<LinkAnnotation[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const links: LinkAnnotation[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const annotations = (await (await doc.getPage(p)).getAnnotations()) as Array<{ subtype: string; url?: string; rect: number[] }>;
      for (const a of annotations) if (a.subtype === 'Link') links.push({ url: a.url ?? '', top: a.rect[3] ?? 0 });
    }
    return links;
  } finally {
    await doc.destroy();
  }
}

function templateDir(layout: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'brief-link-'));
  mkdirSync(join(dir, 'partials'), { recursive: true });
  writeFileSync(join(dir, 'layout.md.hbs'), layout);
  return dir;
}

describe('an HTML article with a canonical URL', async () => {
  const brief = briefOf(PAGE, 'saved/story.html');
  const markdown = renderMarkdown(brief);
  const { pdf } = await renderPdf(brief);
  const back = await readPdf(pdf);

  it('has the URL in the JSON, and its date in ISO 8601 with the offset', () => {
    expect(brief.meta.url).toBe(URL);
    expect(brief.meta.published).toBe('2017-01-13T09:30:00-05:00');
  });

  it('the Markdown has the URL unescaped, as a link that marked reads back whole', () => {
    expect(markdown).toContain(`(<${URL}>)`);
    expect(markdown).not.toContain('\\/');
    const header = markdown.split('\n').find((line) => line.includes(URL)) ?? '';
    const link = new Lexer().inlineTokens(header).find((t) => t.type === 'link') as { href: string } | undefined;
    expect(link?.href).toBe(URL);
  });

  it('{{meta.url}} prints as an autolink, never with backslash escapes', () => {
    const template = loadTemplate(templateDir('# {{meta.headline}}\n\nRead it at {{meta.url}}\n'));
    const out = renderMarkdown(brief, template);
    expect(out).toContain(`Read it at <${URL}>`);
    const link = new Lexer().inlineTokens(`Read it at <${URL}>`).find((t) => t.type === 'link') as { href: string } | undefined;
    expect(link?.href).toBe(URL);
  });

  it('the page shows the date one way, the footer the URL, and the PDF links to it', async () => {
    expect(markdown).toContain(' · 13 January 2017');
    expect(flat(back.text)).toContain(`Source: ${URL}`);
    expect(flat(back.text)).not.toContain('saved/story.html');
    expect(back.pages).toBe(1);
    const links = await linksOf(pdf);
    // The footer's address (in the bottom margin), and the outlet in the header line of the brief.
    expect(links.filter((l) => l.url === URL && l.top < 50)).toHaveLength(1);
    expect(links.filter((l) => l.url === URL && l.top > 600)).toHaveLength(1);
  });
});

describe('a text article without a URL', async () => {
  const brief = briefOf(TEXT, 'notes/ferry.txt');
  const { pdf } = await renderPdf(brief);

  it('shows its file name in the footer, not the folders it lay in, and has no link annotation', async () => {
    expect(brief.meta.url).toBeNull();
    expect(flat((await readPdf(pdf)).text)).toContain('Source: ferry.txt');
    expect(flat((await readPdf(pdf)).text)).not.toContain('notes/');
    expect(await linksOf(pdf)).toEqual([]);
  });

  it('{{meta.url}} is empty and {{meta.source}} stays escaped text', () => {
    const template = loadTemplate(templateDir('# {{meta.headline}}\n\n[{{meta.url}}] {{meta.source}}\n'));
    expect(renderMarkdown(brief, template)).toContain('[] notes/ferry.txt');
  });
});

describe('markdownAddress', () => {
  it('encodes what would end an autolink, and leaves anything that is not an address as escaped text', () => {
    expect(markdownAddress('https://example.com/a b<c>')).toBe('<https://example.com/a%20b%3Cc%3E>');
    expect(markdownAddress('http://www.bbc.com/news/world_(x)')).toBe('<http://www.bbc.com/news/world_(x)>');
    expect(markdownAddress('input/my_story.txt')).toBe('input/my\\_story.txt');
    expect(markdownAddress('C:\\news\\a.txt')).toBe('C:\\\\news\\\\a.txt');
  });
});

describe('one way to show a date', () => {
  const brief = briefOf(TEXT, 'notes/ferry.txt');
  const dated = (published: string | null, publishedText: string | null) => ({ ...brief, meta: { ...brief.meta, published, publishedText } });

  it("every template prints meta.published through the date helper, the page's wording only when no date was read", () => {
    for (const name of ['default', 'bluf', 'compact']) {
      const template = loadTemplate(name);
      const shown = renderMarkdown(dated('2016-02-01T01:28:49-05:00', '2016-02-01 01:28:49'), template);
      expect(shown, name).toContain('1 February 2016');
      expect(shown, name).not.toContain('01:28');
      expect(renderMarkdown(dated(null, 'Spring 2017'), template), name).toContain('Spring 2017');
    }
  });

  it('the running header shows the same day; the footer the URL when there is one, else the file name', () => {
    const meta = dated('2016-02-01T01:28:49-05:00', 'FEB. 1, 2016 01:28:49').meta;
    expect(fillChrome(DEFAULT_CHROME.header, meta)).toBe('BRIEF  ·  Harbour Gazette  ·  1 February 2016');
    expect(fillChrome(DEFAULT_CHROME.footer, meta)).toBe('Source: ferry.txt');
    expect(fillChrome(DEFAULT_CHROME.footer, { ...meta, source: '-' })).toBe('Source: standard input');
    expect(fillChrome(DEFAULT_CHROME.footer, { ...meta, url: URL })).toBe(`Source: ${URL}`);
    expect(fillChrome(DEFAULT_CHROME.header, { ...meta, published: null })).toBe('BRIEF  ·  Harbour Gazette  ·  FEB. 1, 2016 01:28:49');
  });
});

describe('a link in the body of a template', async () => {
  const brief = briefOf(TEXT, 'notes/ferry.txt');
  const links = { 'https://example.com/timetable': "the operator's own page", 'https://example.com/seoul': 'the 서울 office' };
  const template = loadTemplate(
    templateDir(
      "# {{meta.headline}}\n\nThe timetable is at [the operator's own page](https://example.com/timetable) today, and at [the 서울 office](https://example.com/seoul) too.\n",
    ),
  );
  const { pdf } = await renderPdf(brief, { template });

  it('has link boxes that span the linked words drawn, from the first to the end of the last (not the space after it)', async () => {
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(1);
      const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string; rect: number[] }>;
      const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '') as Array<{
        str: string;
        width: number;
        transform: number[];
      }>;
      for (const [url, words] of Object.entries(links)) {
        // A link drawn in two fonts has a box per run: together they span the link.
        const boxes = annotations.filter((a) => a.subtype === 'Link' && a.url === url).map((a) => a.rect);
        expect(boxes.length).toBeGreaterThan(0);
        const x0 = Math.min(...boxes.map((b) => b[0] ?? 0));
        const x1 = Math.max(...boxes.map((b) => b[2] ?? 0));
        const inside = items.filter(
          (i) => (i.transform[4] ?? 0) >= x0 - 0.01 && (i.transform[4] ?? 0) < x1 && Math.abs((i.transform[5] ?? 0) - (boxes[0]?.[1] ?? 0)) < 20,
        );
        expect(inside.map((i) => i.str.trim()).join(' ')).toBe(words);
        expect(x0).toBeCloseTo(Math.min(...inside.map((i) => i.transform[4] ?? 0)), 2);
        expect(x1).toBeCloseTo(Math.max(...inside.map((i) => (i.transform[4] ?? 0) + i.width)), 2);
      }
    } finally {
      await doc.destroy();
    }
  });
});
