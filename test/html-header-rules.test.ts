// Header rules for HTML pages from review r40c: which heading is the headline, and which byline names the writer.
import { describe, expect, it } from 'vitest';
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
