// Reader rules of stop 74, from briefing the article-extraction benchmark's pages: small hand-written pages.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

const BODY =
  '<p>The harbour bridge will reopen on Monday after three months of repairs, the city council said on Friday.</p>' +
  '<p>Engineers replaced two of the bridge’s four supports, and the council said the work finished on time and on budget.</p>';
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string) => readArticle(html, { source: 'page.html', format: 'html' });

describe('byline: the story’s microdata author', () => {
  it('an itemprop that lists "author" among other properties is the author, not a comment’s author further down', () => {
    const { meta } = read(
      page(
        '<title>Harbour bridge to reopen</title>',
        `<article><h1>Harbour bridge to reopen</h1><span itemprop="author creator">Text: Jane Roe</span>${BODY}</article>` +
          '<section class="talk"><div itemscope><span itemprop="author">Guest</span><p>Good news at last for the town.</p></div></section>',
      ),
    );
    expect(meta.byline).toBe('Jane Roe');
  });

  it('a label before the names goes ("Words: Tom Lee")', () => {
    const { meta } = read(
      page('<title>Harbour bridge to reopen</title><meta name="author" content="Words: Tom Lee">', `<h1>Harbour bridge to reopen</h1>${BODY}`),
    );
    expect(meta.byline).toBe('Tom Lee');
  });
});

describe('byline: a site’s account names no writer', () => {
  it('an admin account ("siteadmin") gives no byline', () => {
    const { meta } = read(
      page(
        '<title>Harbour bridge to reopen – Harbour Notes</title>',
        `<h1>Harbour bridge to reopen</h1><p>Posted by <a rel="author" href="/author/siteadmin/">siteadmin</a></p>${BODY}`,
      ),
    );
    expect(meta.byline).toBeNull();
  });

  it('one word of the outlet’s own name ("Lantern" on Lantern Bay Games) gives no byline; a writer’s name stays', () => {
    const head = '<meta property="og:site_name" content="Lantern Bay Games"><title>Harbour bridge to reopen – Lantern Bay Games</title>';
    const by = (name: string) => `<h1>Harbour bridge to reopen</h1><p>Posted by <a rel="author" href="/author/x/">${name}</a></p>${BODY}`;
    expect(read(page(head, by('Lantern'))).meta.byline).toBeNull();
    expect(read(page(head, by('Tom Lee'))).meta.byline).toBe('Tom Lee');
  });
});

describe('body: a "By" line with a long date after the names', () => {
  it('is the byline, not the story’s first paragraph', () => {
    const { meta, paragraphs } = read(
      page(
        '<title>Harbour bridge to reopen</title>',
        `<article><h1>Harbour bridge to reopen</h1><p>By Jane Roe and Tom Lee Monday, March 4, 2019, 09:15 am PT (12:15 pm ET)</p>${BODY}</article>`,
      ),
    );
    expect(meta.byline).toBe('Jane Roe and Tom Lee');
    expect(paragraphs[0]?.text).toMatch(/^The harbour bridge/);
  });
});

describe('body: a publication stamp and a comment button after the story', () => {
  it('"First Published: …" and "Post Comment (+)" at the foot leave the body; a sentence that opens on "Published" stays', () => {
    const foot = '<p>First Published: Tuesday, March 5, 2019 08:38 AM</p><p>Post Comment (+)</p>';
    const { paragraphs } = read(page('<title>Harbour bridge to reopen</title>', `<article><h1>Harbour bridge to reopen</h1>${BODY}${foot}</article>`));
    expect(paragraphs.map((p) => p.text).at(-1)).toMatch(/on budget\.$/);
    const story = read(
      page(
        '<title>Harbour bridge to reopen</title>',
        `<article><h1>Harbour bridge to reopen</h1>${BODY}<p>Published at 3 p.m., the report found 12 faults.</p></article>`,
      ),
    );
    expect(story.paragraphs.at(-1)?.text).toBe('Published at 3 p.m., the report found 12 faults.');
  });
});

describe('date: a Japanese teaser is no date line', () => {
  it('a related story’s title with its date in a "date" element gives no date; a short date line does', () => {
    const teaser = '<p class="date">港の橋の修理が予定どおり終わり、月曜日に再開すると市議会が発表した（2020年08月02日）</p>';
    const tail = `<article><h1>港の橋が再開へ</h1>${BODY}</article>`;
    expect(read(page('<title>港の橋が再開へ</title>', `${tail}<aside>${teaser}</aside>`)).meta.published).toBeNull();
    expect(read(page('<title>港の橋が再開へ</title>', `${tail}<aside><p class="date">2019年03月15日</p></aside>`)).meta.published).toMatch(/^2019-03-15/);
  });
});

describe('body: a Korean story’s foot', () => {
  it('the columnist’s e-mail line, the photo credit and the copyright notice leave the body', () => {
    const foot = '<p>김하늘 기자 sky@example.co.kr</p><p>[사진=하버뉴스]</p><p>저작권자 ⓒ 하버뉴스, 무단전재 및 재배포금지</p>';
    const { paragraphs } = read(page('<title>Harbour bridge to reopen</title>', `<article><h1>Harbour bridge to reopen</h1>${BODY}${foot}</article>`));
    expect(paragraphs.map((p) => p.text).at(-1)).toMatch(/on budget\.$/);
  });
});

describe('outlet: a title’s tail when the page’s heading is only the masthead', () => {
  it('"Story - Site" beside an h1 that names the site in other words: the tail is the outlet', () => {
    const { meta } = read(
      page('<title>Harbour bridge repairs finished on time and on budget - Harbourline</title>', `<h1>하버 라인</h1><div class="story">${BODY}</div>`),
    );
    expect(meta.headline).toBe('Harbour bridge repairs finished on time and on budget');
    expect(meta.outlet).toBe('Harbourline');
  });
});
