// Header fields of HTML pages chosen by evidence: agreement first, then origin; never a URL, promo or site title.
import { describe, expect, it } from 'vitest';
import { bylineOf, chooseHeader, keyOf, outletOfHost, stripTails } from '../src/read/header-evidence.js';
import { readArticle } from '../src/read/index.js';

const BODY =
  '<article><p>The harbour bridge will reopen on Monday after three months of repairs, the city council said on Friday.</p>' +
  '<p>Engineers replaced two of the bridge’s four supports, and the council said the work finished on time and on budget.</p></article>';
const page = (head: string, body = BODY): string => `<html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string, url?: string) => readArticle(html, { source: 'page.html', format: 'html', ...(url ? { url } : {}) });

describe('header evidence from HTML pages', () => {
  it('a page with only <title>: the short last part is the site, the rest the headline', () => {
    const { meta } = read(page('<title>Bridge to reopen on Monday | Harbour Times</title>'));
    expect(meta.headline).toBe('Bridge to reopen on Monday');
    expect(meta.outlet).toBe('Harbour Times');
  });

  it('og:site_name disagreeing with JSON-LD: the name the <title> also gives wins', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Bridge to reopen on Monday', publisher: { '@type': 'Organization', name: 'Harbour Media Group' } };
    const { meta, evidence } = read(
      page(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Harbour Times">` +
          '<title>Bridge to reopen on Monday - Harbour Times</title>',
      ),
    );
    expect(meta.outlet).toBe('Harbour Times');
    // Every candidate is kept with its origin.
    expect(evidence.filter((e) => e.field === 'outlet').map((e) => `${e.origin}:${e.value}`)).toEqual(
      expect.arrayContaining(['json-ld:Harbour Media Group', 'open-graph:Harbour Times', 'title:Harbour Times']),
    );
  });

  it('a social handle, or a known outlet’s sub-domain given as the site name, names no outlet; an unknown host’s sub-domain may be the brand', () => {
    const handle = read(page('<meta property="og:site_name" content="@htnews"><title>Bridge to reopen on Monday | Harbour Times</title>'));
    expect(handle.meta.outlet).toBe('Harbour Times');
    const hosted = read(
      page('<meta property="og:site_name" content="Hosted"><title>Bridge to reopen on Monday | Hosted</title>'),
      'https://hosted.ap.org/harbourtimes/article/1/bridge-to-reopen',
    );
    expect(hosted.meta.outlet).toBe('The Associated Press');
    const brand = read(page('<meta property="og:site_name" content="PierTalk">'), 'https://piertalk.harboursports.com/2026/bridge');
    expect(brand.meta.outlet).toBe('PierTalk');
  });

  it('an unlisted domain votes for the site name that spells it, against a blogging platform’s name', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Bridge to reopen on Monday', publisher: { '@type': 'Organization', name: 'Blogger' } };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Harbour Daily">`);
    expect(read(html, 'https://www.harbourdaily.com/2026/bridge.html').meta.outlet).toBe('Harbour Daily');
    expect(read(html, 'https://www.example.com/2026/bridge.html').meta.outlet).toBe('Blogger');
  });

  it('a credit the page also gives as a site name is no writer’s byline: the writer linked on the page is ("Sky" on Sky News)', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Bridge to reopen on Monday',
      author: { '@type': 'Organization', name: 'Harbour' },
      publisher: { '@type': 'Organization', name: 'Harbour' },
    };
    const body = `<div class="article-author"><a href="/author/ann-lee-12">Ann Lee</a></div>${BODY}`;
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="Harbour News">` +
        '<title>Bridge to reopen on Monday | Harbour News</title>',
      body,
    );
    expect(read(html).meta.outlet).toBe('Harbour News');
    expect(read(html).meta.byline).toBe('Ann Lee');
  });

  it('with no agreement, the stronger origin wins: JSON-LD over Open Graph', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Bridge to reopen', publisher: { name: 'Harbour Media Group' } };
    const { meta } = read(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:site_name" content="HT Online">`));
    expect(meta.outlet).toBe('Harbour Media Group');
  });

  it('site and author tails come off social titles, and the tail counts as the outlet', () => {
    const { meta } = read(
      page(
        '<meta property="og:title" content="The bridge can wait | Jane Roe | The Harbour Guardian"><meta name="author" content="Jane Roe">' +
          '<meta property="og:site_name" content="The Harbour Guardian">',
      ),
    );
    expect(meta.headline).toBe('The bridge can wait');
    expect(meta.outlet).toBe('The Harbour Guardian');
    expect(meta.byline).toBe('Jane Roe');
  });

  it('the story’s <h1> is the headline when it tells the same story; a logo <h1> is not', () => {
    const withHeading = read(
      page('<meta property="og:title" content="Bridge reopens Monday after repairs">', `<h1>Harbour bridge reopens Monday after repairs</h1>${BODY}`),
    );
    expect(withHeading.meta.headline).toBe('Harbour bridge reopens Monday after repairs');
    const withLogo = read(page('<meta property="og:title" content="Bridge reopens Monday after repairs">', `<h1>HARBOUR TIMES Logo</h1>${BODY}`));
    expect(withLogo.meta.headline).toBe('Bridge reopens Monday after repairs');
  });

  it('never takes a URL, a newsletter promo or the site’s generic title', () => {
    const { meta } = read(
      page(
        '<meta property="og:site_name" content="https://www.harbour.example/news/">' +
          '<meta property="og:title" content="[Get the Morning Briefing in your inbox.]">' +
          '<title>Harbour News - Latest News &amp; Headlines</title>',
        `<h1>Bridge reopens Monday</h1>${BODY}`,
      ),
    );
    expect(meta.outlet).toBe('Harbour News');
    expect(meta.headline).toBe('Bridge reopens Monday');
  });

  it('a canonical host the data file knows names the outlet when the page does not', () => {
    const { meta } = read(page('<link rel="canonical" href="https://www.nytimes.com/2016/09/20/nyregion/story.html"><title>Bridge to reopen</title>'));
    expect(meta.outlet).toBe('The New York Times');
    expect(meta.url).toBe('https://www.nytimes.com/2016/09/20/nyregion/story.html');
  });

  it('an unknown host gives its domain only when nothing else names the site', () => {
    expect(read(page('<title>Bridge to reopen</title>'), 'https://www.harbour-times.example/a/1').meta.outlet).toBe('harbour-times.example');
    expect(
      read(page('<meta property="og:site_name" content="Harbour Times"><title>Bridge to reopen</title>'), 'https://www.harbour-times.example/a/1').meta.outlet,
    ).toBe('Harbour Times');
  });

  it('the date most places agree on, read from meta tags, microdata, <time> or a date line under the headline', () => {
    const agreed = read(
      page(
        '<meta property="article:published_time" content="2016-12-09T09:13:00Z">',
        `<h1>Bridge to reopen</h1><time datetime="2016-12-09">Dec. 9</time>${BODY}`,
      ),
    );
    expect(agreed.meta.published?.slice(0, 10)).toBe('2016-12-09');
    const printed = read(page('', BODY.replace('<article>', '<article><div><h1>Bridge to reopen on Monday</h1><p>December 16, 2016, 4:19 PM</p></div>')));
    expect(printed.meta.published?.slice(0, 10)).toBe('2016-12-16');
  });

  it('a login name gives way to the name the page shows, and stands when it is all the page gives', () => {
    const both = read(page('<meta name="author" content="mikecason">', `<h1>Bridge to reopen</h1><a rel="author" href="/mike">By Mike Cason</a>${BODY}`));
    expect(both.meta.byline).toBe('Mike Cason');
    expect(read(page('<meta name="author" content="doumae">')).meta.byline).toBe('doumae');
  });

  it('a "By" line of several names, in capitals or with its date after, when the page marks its byline no other way', () => {
    const byline = (line: string) =>
      read(page('<title>Bridge to reopen</title>', `<h1>Bridge to reopen</h1><div><span>${line}</span></div>${BODY}`)).meta.byline;
    expect(byline('by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL')).toBe('Josh Haskell, David Caplan and Patrick Reevell');
    expect(byline('By Lauren Jarvis-Gibson, May 3, 2019')).toBe('Lauren Jarvis-Gibson');
    expect(byline('By Ann Lee and Tom Hill')).toBe('Ann Lee and Tom Hill');
    expect(byline('by the way, the bridge is open')).toBeNull();
    expect(byline('By Our Staff')).toBeNull();
  });

  it('og:article:author counts as an author meta tag', () => {
    expect(read(page('<meta property="og:article:author" content="Cécile Ducourtieux">')).meta.byline).toBe('Cécile Ducourtieux');
  });

  it('a UTC time just past midnight is the evening before where the page shows it', () => {
    const utc = '<meta property="article:published_time" content="2016-12-23T00:47:31Z">';
    const shown = read(page(utc, `<h1>Bridge to reopen</h1><time datetime="2016-12-22">Dec. 22</time>${BODY}`));
    expect(shown.meta.published).toBe('2016-12-22');
    const local = read(page(utc, `<h1>Bridge to reopen</h1><time datetime="2016-12-22T18:47:00-06:00">6:47 p.m.</time>${BODY}`));
    expect(local.meta.published).toBe('2016-12-22T18:47:00-06:00');
    // A bare date a day ahead, or a day before an afternoon time, is another day (an update), not the same moment.
    const ahead = read(page('<meta property="article:published_time" content="2016-12-22T13:03:00Z">', `<time datetime="2016-12-23">Dec. 23</time>${BODY}`));
    expect(ahead.meta.published).toBe('2016-12-22T13:03:00Z');
    const afternoon = read(
      page('<meta property="article:published_time" content="2016-12-23T15:00:00Z">', `<time datetime="2016-12-22">Dec. 22</time>${BODY}`),
    );
    expect(afternoon.meta.published).toBe('2016-12-23T15:00:00Z');
  });
});

describe('the chooser alone', () => {
  it('keys ignore case, punctuation, a leading "the" and a domain ending', () => {
    expect(keyOf('The New York Times')).toBe(keyOf('new york times'));
    expect(keyOf('Bloomberg.com')).toBe(keyOf('BLOOMBERG'));
  });

  it('cuts only tails that name something known', () => {
    expect(stripTails('Story - Bloomberg', new Set(['bloomberg']))).toEqual({ head: 'Story', tails: ['Bloomberg'] });
    expect(stripTails('Bridges - the cost of waiting', new Set(['bloomberg']))).toEqual({ head: 'Bridges - the cost of waiting', tails: [] });
  });

  it('maps sub-domains to the parent host’s outlet, and unknown hosts to nothing', () => {
    expect(outletOfHost('edition.cnn.com')).toBe('CNN');
    expect(outletOfHost('www.harbour.example')).toBeNull();
  });

  it('bylines lose "By" and what follows a bar; an outlet credited as author names nobody', () => {
    expect(bylineOf('By Amy Roe | NJ Advance Media')).toBe('Amy Roe');
    expect(bylineOf('BBC News', 'BBC News')).toBeNull();
    expect(bylineOf('https://www.facebook.com/amyroe')).toBeNull();
    expect(bylineOf('Laura Adkins December 28, 2016')).toBe('Laura Adkins');
    // A one-word section label before the bar, the writers after it; one word with no name after it stays.
    expect(bylineOf('Politik · Jochen Bittner, Tina Hildebrandt')).toBe('Jochen Bittner, Tina Hildebrandt');
    expect(bylineOf('Harbour | Nora Vance')).toBe('Nora Vance');
    expect(bylineOf('Reuters | updated hourly')).toBe('Reuters');
    // The name follows the last "by" before a capital: "by the" is no byline, and "By" stands for "by".
    expect(bylineOf('Nora Vance | updated by the newsroom')).toBe('Nora Vance');
    expect(bylineOf('Posted Tuesday By Nora Vance')).toBe('Nora Vance');
    // A name the page ran into the next element's text, a date or a role; a name with a capital inside stays whole.
    expect(bylineOf('Dana WhitfieldStaff Writer')).toBe('Dana Whitfield');
    expect(bylineOf('Dana WhitfieldHarbor GazetteMar 4, 2024 at 10:15 am')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield Senior Politics Editor, The Harbor Gazette')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield, Staff Writer')).toBe('Dana Whitfield');
    // Every newsroom role of data/lexicons/newsroom-roles.txt ends the name, in whatever case the page sets it.
    expect(bylineOf('Dana Whitfield Bureau Chief, Harbor Gazette')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield Editor-at-large')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield JOURNALIST')).toBe('Dana Whitfield');
    expect(bylineOf('王小明2024-03-04 10:15')).toBe('王小明');
    expect(bylineOf('Ronald McDonald and Leonardo DiCaprio')).toBe('Ronald McDonald and Leonardo DiCaprio');
    expect(bylineOf('Harbor Gazette Staff')).toBe('Harbor Gazette Staff');
    expect(bylineOf('January 17, 2017 at 6:08 PM ET by Kori Schulman')).toBe('Kori Schulman');
    expect(bylineOf('Pete Evans · CBC News · Posted:')).toBe('Pete Evans');
  });

  it('a role an agency or desk opens after the comma goes with it: "Name, AP Sports Writer" is the name', () => {
    expect(bylineOf('By DANA WHITFIELD, AP Harbour Affairs Writer')).toBe('DANA WHITFIELD');
    expect(bylineOf('Dana Whitfield, UPI Sports Writer')).toBe('Dana Whitfield');
    expect(bylineOf('Dana Whitfield, Gazette Senior Editor')).toBe('Dana Whitfield');
    // A second writer after the comma keeps the byline's names; an affiliation with no role stays as printed.
    expect(bylineOf('Dana Whitfield, Tom Keller Senior Writers')).toBe('Dana Whitfield, Tom Keller');
    expect(bylineOf('Dana Whitfield, TIME')).toBe('Dana Whitfield, TIME');
  });

  it('agreement beats origin for headlines', () => {
    const chosen = chooseHeader(
      [
        { field: 'headline', origin: 'json-ld', value: 'SEO headline for search' },
        { field: 'headline', origin: 'open-graph', value: 'Bridge to reopen' },
        { field: 'headline', origin: 'title', value: 'Bridge to reopen' },
      ],
      null,
    );
    expect(chosen.headline).toBe('Bridge to reopen');
  });
});
