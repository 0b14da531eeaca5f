// Header rules for HTML pages from review r40c: which heading is the headline, and which byline names the writer.
import { describe, expect, it } from 'vitest';
import { bylineOf } from '../src/read/header-evidence.js';
import { readArticle } from '../src/read/index.js';

const BODY =
  '<p>The harbour bridge will reopen on Monday after three months of repairs, the city council said on Friday.</p>' +
  '<p>Engineers replaced two of the bridge’s four supports, and the council said the work finished on time and on budget.</p>';
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string) => readArticle(html, { source: 'page.html', format: 'html' });

describe('headline: the stated heading', () => {
  it('an h1 marked itemprop=alternativeHeadline gives way to the itemprop=headline heading', () => {
    const { meta } = read(
      page(
        '<meta property="og:title" content="Harbour bridge repairs finished on time and on budget">',
        '<article><h1 itemprop="alternativeHeadline">Bridge repairs finished</h1>' +
          `<h2 itemprop="headline">Harbour bridge repairs finished on time and on budget, council says</h2>${BODY}</article>`,
      ),
    );
    expect(meta.headline).toBe('Harbour bridge repairs finished on time and on budget, council says');
  });

  it('of two h1s (the logo and the story), the one that tells the stated title’s story', () => {
    const { meta } = read(
      page(
        '<meta property="og:title" content="Bridge repairs done on time, council says">',
        `<h1>Harbour Times</h1><div class="story"><h1>Harbour bridge repairs done on time</h1>${BODY}</div>`,
      ),
    );
    expect(meta.headline).toBe('Harbour bridge repairs done on time');
  });

  it('a section label in the article gives way to the heading that tells the story', () => {
    const { meta } = read(
      page(
        '<meta property="og:title" content="Bridge repairs done on time, council says | Harbour Council">',
        `<article><h1>News releases</h1><div><h1 class="news">Harbour bridge repairs done on time</h1>${BODY}</div></article>`,
      ),
    );
    expect(meta.headline).toBe('Harbour bridge repairs done on time');
  });

  it('an alternativeHeadline that is the only heading is still read', () => {
    const { meta } = read(
      page(
        '<title>Harbour bridge repairs finished on time</title>',
        `<article><h1 itemprop="alternativeHeadline">Harbour bridge repairs finished on time</h1>${BODY}</article>`,
      ),
    );
    expect(meta.headline).toBe('Harbour bridge repairs finished on time');
  });
});

describe('byline: a writer before a desk or company credit', () => {
  const story = `<article><h1>Harbour bridge repairs finished on time</h1>${BODY}</article>`;

  it('a desk credit in the meta author gives way to the writer the byline links', () => {
    const { meta } = read(
      page(
        '<meta name="author" content="Harbour Times Staff">',
        `<article><h1>Harbour bridge repairs finished on time</h1><p>By <a rel="author" href="/people/jane-roe">Jane Roe</a></p>${BODY}</article>`,
      ),
    );
    expect(meta.byline).toBe('Jane Roe');
  });

  it('of two meta authors, the company gives way to the person', () => {
    expect(read(page('<meta name="author" content="Harbour Media Inc."><meta name="author" content="Jane Roe">', story)).meta.byline).toBe('Jane Roe');
    expect(read(page('<meta name="author" content="株式会社ハーバー"><meta name="author" content="山田太郎">', story)).meta.byline).toBe('山田太郎');
  });

  it('a desk credit that two places state stays, and so does one that is the only credit', () => {
    const twice = read(
      page(
        '<meta name="author" content="Harbour News Desk">',
        `<article><h1>Harbour bridge repairs finished on time</h1><span itemprop="author">Harbour News Desk</span><a rel="author" href="/people/tom-lee">Tom Lee</a>${BODY}</article>`,
      ),
    );
    expect(twice.meta.byline).toBe('Harbour News Desk');
    expect(read(page('<meta name="author" content="Harbour Times Staff">', story)).meta.byline).toBe('Harbour Times Staff');
  });
});

describe('byline: the lines of a byline block', () => {
  const withBlock = (block: string) =>
    read(page('<title>Harbour bridge repairs finished on time</title>', `<article><h1>Harbour bridge repairs finished on time</h1>${block}${BODY}</article>`))
      .meta.byline;

  it('the line that is a name, not the author’s note after it or the label before it', () => {
    expect(withBlock('<div class="author">\n<span>Dana Whitfield</span>\n<span>The author covers the harbour for the paper.</span>\n</div>')).toBe(
      'Dana Whitfield',
    );
    expect(withBlock('<div class="author">\n<span>投稿者</span>\n<span>Dana Whitfield</span>\n</div>')).toBe('Dana Whitfield');
  });

  it('a name split over two lines reads joined', () => {
    expect(withBlock('<div class="author">\n<span>Dana</span>\n<span>Van Whitfield</span>\n</div>')).toBe('Dana Van Whitfield');
  });
});

describe('byline: the tails after the name', () => {
  it('the section and the day it was posted ("in X on <date>") end the name', () => {
    expect(bylineOf('Written by Dana Whitfield in Harbour on 3 June 2024 at 08:34 PM EDT. 12 Comments')).toBe('Dana Whitfield');
    expect(bylineOf('By Dana Whitfield on Monday, June 3, 2024')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield on 2024-06-03')).toBe('Dana Whitfield');
  });

  it('a trailing bracket goes; "on" without a date and a bracket alone stay', () => {
    expect(bylineOf('Dana Whitfield(Brussels, harbour bureau)')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield on Harbour Affairs')).toBe('Dana Whitfield on Harbour Affairs');
    expect(bylineOf('(Harbour Desk)')).toBe('(Harbour Desk)');
  });
});

describe('byline: an element classed as the writer, last of all', () => {
  const story = (writer: string) => read(page('<title>港湾の橋が再開へ</title>', `<article><h1>港湾の橋が再開へ</h1>${writer}${BODY}</article>`)).meta.byline;

  it('its short text, without a label such as 著者：', () => {
    expect(story('<span class="writer">山田太郎</span>')).toBe('山田太郎');
    expect(story('<span class="article-writer-name">著者：山田太郎</span>')).toBe('山田太郎');
  });

  it('not a long text, and not a class that only contains the word (typewriter)', () => {
    expect(story('<div class="writer-bio">山田太郎は港湾と交通を担当する記者で、二十年にわたって市の橋梁工事を取材してきた。</div>')).toBeNull();
    expect(story('<span class="typewriter">Harbour Notes</span>')).toBeNull();
  });
});

describe('byline: not the writer of another story’s card', () => {
  const withCard = (card: string, own: string) =>
    read(
      page('<title>Harbour bridge repairs finished on time</title>', `${card}<article><h1>Harbour bridge repairs finished on time</h1>${own}${BODY}</article>`),
    ).meta.byline;

  it('a byline under a card’s linked heading is passed over for the story’s own', () => {
    const card =
      '<aside><div class="card"><h3><a href="/2024/06/ferry-fares">Ferry fares rise for the summer</a></h3><span class="byline">By Tom Lee</span></div></aside>';
    expect(withCard(card, '<p>By <a href="/author/jane-roe">Jane Roe</a></p>')).toBe('Jane Roe');
  });

  it('a byline inside a card that is one link is passed over too', () => {
    const card = '<aside><a href="/2024/06/ferry-fares"><span>Ferry fares rise for the summer season</span> <span class="byline">Tom Lee</span></a></aside>';
    expect(withCard(card, '<p>By <a href="/author/jane-roe">Jane Roe</a></p>')).toBe('Jane Roe');
  });

  it('a story whose title links to itself keeps its byline', () => {
    const post = read(
      page(
        '<title>Harbour bridge repairs finished on time | Harbour Notes</title>',
        `<h1>Harbour Notes</h1><div class="post"><h2><a href="/2024/06/bridge">Harbour bridge repairs finished on time</a></h2><span class="byline">By Jane Roe</span>${BODY}</div>`,
      ),
    );
    expect(post.meta.byline).toBe('Jane Roe');
  });
});

describe('byline: a microdata author scope', () => {
  const scoped = (inner: string) =>
    read(
      page(
        '<title>Harbour bridge repairs finished on time</title>',
        `<article><h1>Harbour bridge repairs finished on time</h1><div itemprop="author" itemscope>${inner}</div>${BODY}</article>`,
      ),
    ).meta.byline;

  it('names every writer it marks as a name, not only the first', () => {
    expect(scoped('<span itemprop="name">Dana Whitfield</span><span itemprop="name">Tom Lee</span>')).toBe('Dana Whitfield and Tom Lee');
  });
  it('a date marked as a name is not a writer', () => {
    expect(scoped('<span itemprop="name">Dana Whitfield</span><span itemprop="name">March 3, 2024 10:43</span>')).toBe('Dana Whitfield');
  });
});
