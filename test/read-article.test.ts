import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../src/read/sources/decode-input.js';
import { readArticle } from '../src/read/read-article.js';
import { ROOT, SEED_FILE, SEED_TEXT } from './helpers/seed.js';
import { analyzeArticle } from '../src/analyze/analyze-article.js';

/** The sentences an article's text is read into. */
const analyzeText = (text: string): string[] => analyzeArticle(readArticle(text, { source: 'wiki.txt' })).sentences.map((s) => s.text);

describe('readArticle on the seed', () => {
  const article = readArticle(SEED_TEXT, { source: SEED_FILE });

  it('finds headline, outlet, byline and date', () => {
    expect(article.meta.headline).toBe('Russia likely offering N. Korea technology aid to expand threats to US, others: Pentagon official');
    expect(article.meta.outlet).toBe('The Korea Herald');
    expect(article.meta.byline).toBe('Yonhap');
    expect(article.meta.published).toBe('2024-05-22');
    expect(article.meta.publishedText).toBe('May 22, 2024 - 09:02');
  });

  it('drops page furniture and the caption printed twice', () => {
    const body = article.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/Link copied/);
    expect(body).not.toMatch(/Vostochny spaceport/);
    expect(article.dropped.some((d) => /Link copied/.test(d))).toBe(true);
    expect(article.paragraphs[0]!.text).toMatch(/^Russia has likely given technology assistance/);
  });

  it('keeps the trailing (Yonhap) credit as metadata, not as part of the last sentence', () => {
    expect(article.meta.credit).toBe('Yonhap');
    expect(article.paragraphs.at(-1)!.text).toMatch(/GPS signals\."$/);
  });

  it('numbers the body paragraphs from 1', () => {
    expect(article.paragraphs).toHaveLength(12);
    expect(article.paragraphs.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('readArticle on wiki leftovers', () => {
  it("removes '''bold''', [http://…] references and <blockquote> tags", () => {
    const text =
      "A title\n\n'''Paris''' — The mayor spoke [http://example.org/a] on Monday . <blockquote>\"We will rebuild the bridge,\" she said.</blockquote> ==Reactions== Critics were unconvinced.\n";
    const article = readArticle(text, { source: 'wn.txt' });
    const body = article.paragraphs.map((p) => p.text).join(' ');
    expect(article.meta.headline).toBe('A title');
    expect(body).not.toMatch(/'''|\[http|<\/?blockquote>|==/);
    expect(body).toContain('Paris — The mayor spoke on Monday.');
    expect(article.paragraphs).toHaveLength(2);
  });

  it("keeps an external link's label, which the page shows, and drops a cited piece's quoted title", () => {
    const text =
      "A title\n\nCritics accuse the mayor of [http://example.org/a breaking his promise to riders]. The paper ran it as [http://example.org/b ''\"Ferry fares rise again\"''] on Monday.\n";
    const body = readArticle(text, { source: 'wn.txt' })
      .paragraphs.map((p) => p.text)
      .join(' ');
    expect(body).toContain('Critics accuse the mayor of breaking his promise to riders.');
    expect(body).not.toMatch(/Ferry fares rise again|\[http/);
  });

  it('drops the colon of an indented line run into the sentence before it (". :One of my jobs …"), so a sentence starts there', () => {
    const text = 'A title\n\nThe party lost half its members. :One of my jobs is to rebuild it. Voters decide : the rest follows.\n';
    expect(analyzeText(text)).toEqual(['The party lost half its members.', 'One of my jobs is to rebuild it.', 'Voters decide: the rest follows.']);
  });
  it('drops the colon of an indented answer with a space after it (". : A second concern …", "?\'\'\' : I have …")', () => {
    const text = "A title\n\nThey could vote for the candidate. : A second concern is cost. '''Why run?''' : I have no prior experience.\n";
    expect(analyzeText(text)).toEqual(['They could vote for the candidate.', 'A second concern is cost.', 'Why run?', 'I have no prior experience.']);
  });

  it('starts a sentence at a definition list\'s term run into the line before it (". ; Ferry fares: The board …", "? : [Ann Lee] We …")', () => {
    const text = 'A title\n\nThe board met twice. ; Ferry fares: The board raised them by a tenth. Will the ramp reopen? : [Ann Lee] We hope so.\n';
    expect(analyzeText(text)).toEqual([
      'The board met twice.',
      'Ferry fares: The board raised them by a tenth.',
      'Will the ramp reopen?',
      '[Ann Lee] We hope so.',
    ]);
  });

  it('drops a back-matter section ("==See also==", "=== External links ===") with its list of links, up to the next heading', () => {
    const text =
      'A title\n\nThe mayor spoke on Monday. ==See also== *Harbour talks end, May 13, 2005 *Ferry fares rise, May 15, 2005 ==Reactions== Critics were unconvinced. === External links === *[http://example.org/ Harbour board]\n';
    const body = readArticle(text, { source: 'wn.txt' }).paragraphs.map((p) => p.text);
    expect(body).toEqual(['The mayor spoke on Monday.', 'Critics were unconvinced.']);
  });

  it('an empty section heading ("====") breaks the paragraph too, so the word before it does not open the story', () => {
    const text = 'A title\n\npublish ==== The harbour ferry ran aground near the pier on Monday, and all forty passengers were taken ashore by lifeboat.\n';
    expect(readArticle(text, { source: 'wn.txt' }).paragraphs.map((p) => p.text)).toEqual([
      'The harbour ferry ran aground near the pier on Monday, and all forty passengers were taken ashore by lifeboat.',
    ]);
  });

  it('removes MediaWiki behaviour switches (__NOTOC__) and the alignment word an image link left before the text', () => {
    const text =
      "A title\n\n__NOTOC__ The council met on Monday to vote on the budget.\n\nright ''Harbour Gazette'' readers wrote in about the pier.\n\nThe right thing to do, she said, was to wait.\n";
    const body = readArticle(text, { source: 'wn.txt' }).paragraphs.map((p) => p.text);
    expect(body).toEqual([
      'The council met on Monday to vote on the budget.',
      'Harbour Gazette readers wrote in about the pier.',
      'The right thing to do, she said, was to wait.',
    ]);
  });

  it('drops a horizontal rule ("----") standing alone, and keeps dashes inside words and a spaced dash', () => {
    const text = 'A title\n\nThe council met on Monday to vote on the budget. ----\n\nThe f---ing pier is shut -- again, she said.\n';
    const body = readArticle(text, { source: 'notes.txt' }).paragraphs.map((p) => p.text);
    expect(body).toEqual(['The council met on Monday to vote on the budget.', 'The f---ing pier is shut -- again, she said.']);
  });

  it('drops what wiki images and templates leave in saved text: galleries, file names, an infobox name', () => {
    const text =
      'Harbour talks end\n\nRiverside infobox The port authority closed the harbour talks on Friday. <gallery> Image:Pier at dusk.jpg|The pier at dusk. Image:Crowd 2.png|Residents gathered on the quay. </gallery> The vote is due next week.\n\nThe minister spoke on the radio. Image:Speaker icon.png [https://example.org/a.ogg audio] She said the budget would hold.\n\nEngineers said the new infobox design was clearer to w:Ann Lee.\n';
    const body = readArticle(text, { source: 'wiki.txt' }).paragraphs.map((p) => p.text);
    expect(body).toEqual([
      'The port authority closed the harbour talks on Friday. The vote is due next week.',
      'The minister spoke on the radio. She said the budget would hold.',
      'Engineers said the new infobox design was clearer to Ann Lee.',
    ]);
  });

  it('drops a news database\'s ABSTRACT and FULL TEXT labels; the dek the ";" tied to the headline is the standfirst', () => {
    const text =
      'Council approves harbour barrier;\nResidents split over the cost.\n\nABSTRACT.\n\nThe council voted 7-2 for a $42 million barrier.\n\nFULL TEXT.\n\nThe city council on Monday approved a $42 million flood barrier along the east bank.\n';
    const article = readArticle(text, { source: 'db.txt' });
    expect(article.meta.headline).toBe('Council approves harbour barrier');
    // Headlines and standfirsts are in no section (GUIDELINE.md): the dek is no paragraph of the story.
    expect(article.meta.standfirst).toBe('Residents split over the cost.');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'The council voted 7-2 for a $42 million barrier.',
      'The city council on Monday approved a $42 million flood barrier along the east bank.',
    ]);
  });

  it('takes the dek under a headline ending in ";" as the standfirst without the database labels, however long the headline', () => {
    const text =
      'Right-wing parties threaten to jam the harbour council’s mainstream;\nLiberal councillors fear the port is falling apart.\n\nAfter decades of backing mainstream candidates, voters are turning to the fringe.\n';
    const article = readArticle(text, { source: 'db.txt' });
    expect(article.meta.headline).toBe('Right-wing parties threaten to jam the harbour council’s mainstream');
    expect(article.meta.standfirst).toBe('Liberal councillors fear the port is falling apart.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['After decades of backing mainstream candidates, voters are turning to the fringe.']);
  });

  it('drops a column name in the dek\'s place, and a "News Analysis." label there still labels the piece', () => {
    const story = '\n\nThe harbour board voted on Monday to raise the ferry fares by a tenth.\n';
    const column = readArticle(`Ferry fares rise again;\nEconomic Scene.${story}`, { source: 'db.txt' });
    expect(column.meta.standfirst).toBeNull();
    expect(column.meta.headline).toBe('Ferry fares rise again');
    expect(column.paragraphs).toHaveLength(1);
    expect(readArticle(`Ferry fares rise again;\nNews Analysis.${story}`, { source: 'db.txt' }).meta.genre).toBe('analysis');
  });

  it('keeps a headline that ends on a date after a colon ("Harbour Shorts: October 12, 2006") as the headline', () => {
    const article = readArticle('Harbour Shorts: October 12, 2006\n\nThe ferry timetable changes on Monday, the harbour board said on Tuesday.\n', {
      source: 'wiki.txt',
    });
    expect(article.meta.headline).toBe('Harbour Shorts: October 12, 2006');
    const dated = readArticle('Ferry timetable changes\n\nPublished: October 12, 2006\n\nThe ferry timetable changes on Monday, the harbour board said.\n', {
      source: 'x.txt',
    });
    expect(dated.meta.published).toBe('2006-10-12');
  });

  it("drops a line that is only a template's page name, which is neither the outlet nor the story", () => {
    const article = readArticle(
      'Results of the harbour election\n\nHarbourelection2005\n\nThe Green list won the harbour board election on Sunday with a third of the vote.\n',
      { source: 'wiki.txt' },
    );
    expect(article.meta.outlet).toBeNull();
    expect(article.paragraphs[0]?.text).toMatch(/^The Green list won/);
  });

  it('drops a wiki table, nested tables too, and keeps the text after a "{|" that opens none', () => {
    const nested =
      'Election results\n\n{| border="2" |- | {| | Labour | 355 |} |- | Other coverage |} Polls closed at ten on Thursday night across the country.\n';
    expect(readArticle(nested, { source: 'wiki.txt' }).paragraphs.map((p) => p.text)).toEqual(['Polls closed at ten on Thursday night across the country.']);
    const unclosed = 'Code notes\n\nThe snippet {| opened a block and the parser stopped reading the file on Monday.\n';
    expect(readArticle(unclosed, { source: 'wiki.txt' }).paragraphs[0]?.text).toMatch(/parser stopped reading the file on Monday/);
  });

  it('gives each item of a wiki list run into one line a paragraph of its own', () => {
    const text =
      'Leaders react to the count\n\nParty leaders gave their first reactions on Sunday night. *Ellen Marsh, LPP: "We have won the mandate to govern." *Tom Hart, Greens: "The count is not over yet."\n';
    expect(readArticle(text, { source: 'wiki.txt' }).paragraphs.map((p) => p.text)).toEqual([
      'Party leaders gave their first reactions on Sunday night.',
      'Ellen Marsh, LPP: "We have won the mandate to govern."',
      'Tom Hart, Greens: "The count is not over yet."',
    ]);
  });

  it('reads a bullet with a space after it as a list item, whatever its first letter, and an emphasis as no bullet', () => {
    const text =
      'Council report lists faults\n\nThe council published its audit of the island ferry service on Monday.\n\nThe audit found three faults in the ferry service. The faults were, * that no timetable was kept * repairs that were late by months * a lack of staff on the night crossing. Inspectors said the crew did *not* know the rules.\n';
    expect(readArticle(text, { source: 'wiki.txt' }).paragraphs.map((p) => p.text)).toEqual([
      'The council published its audit of the island ferry service on Monday.',
      'The audit found three faults in the ferry service. The faults were,',
      'that no timetable was kept',
      'repairs that were late by months',
      'a lack of staff on the night crossing. Inspectors said the crew did *not* know the rules.',
    ]);
  });

  it('gives each question and answer of a wiki interview a paragraph of its own, without the indent mark', () => {
    const text =
      "Harbour candidate speaks\n\nDana Ruiz is running for the harbour board in the east ward this autumn. '''Why did you choose to run?''' : Because I live in the ward. '''DS: What will you change first?'''<br> :'''DR:''' The ferry timetable, at once.\n";
    expect(readArticle(text, { source: 'wiki.txt' }).paragraphs.map((p) => p.text)).toEqual([
      'Dana Ruiz is running for the harbour board in the east ward this autumn.',
      'Why did you choose to run?',
      'Because I live in the ward.',
      'DS: What will you change first?',
      'DR: The ferry timetable, at once.',
    ]);
  });

  it("starts a sentence at a wiki excerpt indented in italics (:''…''), not inside the sentence before it", () => {
    const text =
      "Harbour talks end\n\nTom Hill said the board \"must not close the ferry before winter.\" :''Ann Lee, the mayor, answered that the ferry would stay.''\n";
    expect(analyzeText(text)).toEqual([
      'Tom Hill said the board "must not close the ferry before winter."',
      'Ann Lee, the mayor, answered that the ferry would stay.',
    ]);
  });

  it("takes a wiki story's opening date in bold as its date line, not as words of its first sentence", () => {
    const text = "Harbour talks end\n\n'''March 4 , 2005 ''' The port authority closed the harbour talks on Friday.\n\n'''Not a date''' stays in the text.\n";
    const article = readArticle(text, { source: 'wiki.txt' });
    expect(article.meta.published).toBe('2005-03-04');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The port authority closed the harbour talks on Friday.', 'Not a date stays in the text.']);
  });

  it('quotes an embedded post saved as <tweet author="…"> markup and credits its account, without tags or other attributes', () => {
    const text =
      'Senators react to the storm\n\nSeveral senators wrote on social media after the storm reached the coast on Tuesday.\n\n<tweet author="SenRoe" tweet_id="1">Praying for everyone on the "coast" tonight.</tweet>.\n\n<tweet author="SenLee">Stay safe</tweet>.\n\n<tweet tweet_id="3">No account named here.</tweet>.\n\nMore storms are forecast <a href="https://example.org/f">for the weekend</a>.\n';
    const body = readArticle(text, { source: 'posts.txt' }).paragraphs.map((p) => p.text);
    // The post's own stop ends the sentence; a quotation inside it becomes a quotation within a quotation.
    expect(body).toContain('“Praying for everyone on the ‘coast’ tonight.” —@SenRoe');
    expect(body).toContain('“Stay safe” —@SenLee.');
    expect(body).toContain('No account named here.');
    expect(body).toContain('More storms are forecast for the weekend.');
    expect(body.join(' ')).not.toMatch(/<|>|author=|tweet_id/);
  });
});

describe('readArticle on Markdown and HTML', () => {
  it('takes the headline from front matter or the first heading, and strips formatting', () => {
    const md =
      '---\ntitle: Front title\nsource: The Daily\ndate: 2024-03-05\n---\n# Heading title\n\nThe **council** voted on [the plan](http://x.org) yesterday, officials said.\n';
    const article = readArticle(md, { source: 'a.md' });
    expect(article.format).toBe('markdown');
    expect(article.meta.headline).toBe('Front title');
    expect(article.meta.outlet).toBe('The Daily');
    expect(article.meta.published).toBe('2024-03-05');
    expect(article.paragraphs[0]!.text).toBe('The council voted on the plan yesterday, officials said.');
  });

  it('reads paragraphs and metadata from a simple HTML page', () => {
    const html =
      '<html><head><meta property="og:site_name" content="Wire"><title>T</title></head><body><h1>Big news</h1><script>var x = "no";</script><p>First paragraph says a thing.</p><p>Second &amp; last.</p></body></html>';
    const article = readArticle(html, { source: 'a.html' });
    expect(article.meta.headline).toBe('Big news');
    expect(article.meta.outlet).toBe('Wire');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First paragraph says a thing.', 'Second & last.']);
  });

  it('puts the given name first in an author listed surname first ("Gillman, Steve"), and only then', () => {
    const page = (author: string): string =>
      `<html><head><meta name="author" content="${author}"><title>T</title></head><body><h1>Big news</h1><p>The council voted on the new harbour plan on Tuesday, ending a long debate.</p></body></html>`;
    expect(readArticle(page('Gillman, Steve'), { source: 'a.html' }).meta.byline).toBe('Steve Gillman');
    expect(readArticle(page('Smith, Jones'), { source: 'a.html' }).meta.byline).toBe('Smith, Jones');
  });

  it("names every writer the byline links as an author, and not the authors of other stories' links", () => {
    const page = `<html><head><title>T</title></head><body><h1>Big news</h1><address><a rel="author" href="/p/ann-lee">Ann Lee</a> and <a rel="author" href="/p/tom-hill">Tom Hill</a></address><p>The council voted on the new harbour plan on Tuesday, ending a long debate.</p><aside><ul><li><a rel="author" href="/p/lise-varga">Lise Varga</a></li></ul></aside></body></html>`;
    expect(readArticle(page, { source: 'a.html' }).meta.byline).toBe('Ann Lee and Tom Hill');
  });

  it('takes the writer a Twitter card names only when the page names its author no other way', () => {
    const page = (byline: string): string =>
      `<html><head><meta name="twitter:label1" value="Written by"><meta name="twitter:data1" value="Ann Lee"><title>T</title></head><body><h1>Big news</h1>${byline}<p>The council voted on the new harbour plan on Tuesday, ending a long debate.</p></body></html>`;
    expect(readArticle(page(''), { source: 'a.html' }).meta.byline).toBe('Ann Lee');
    expect(readArticle(page('<p class="byline">By Tom Hill</p>'), { source: 'a.html' }).meta.byline).toBe('Tom Hill');
  });

  it("takes the byline from a link to the writer's page when the page names its author no other way", () => {
    const body = '<p>The council voted on the new harbour plan on Tuesday, ending a long debate.</p><p>Work starts next spring.</p>';
    const page = (links: string): string =>
      `<html><head><title>Council votes - Wire</title></head><body><nav><a href="/account/profile/">Account and Profile</a></nav><h1>Council votes</h1><div>${links}</div>${body}</body></html>`;
    expect(readArticle(page('<a href="/author/dana-whitfield">Dana Whitfield</a>'), { source: 'a.html' }).meta.byline).toBe('Dana Whitfield');
    expect(readArticle(page('<a href="/author/dana-whitfield">More stories</a>'), { source: 'a.html' }).meta.byline).toBeNull();
    expect(readArticle(page('<a href="/profile/">My Profile</a>'), { source: 'a.html' }).meta.byline).toBeNull();
    // A link whose text says "By" (run into the name by markup) to a user page.
    expect(readArticle(page('<a href="/User/DanaWhitfield/"><span>By</span>Dana Whitfield</a>'), { source: 'a.html' }).meta.byline).toBe('Dana Whitfield');
    expect(readArticle(page('<div>By <span class="x1">Dana Whitfield</span></div>'), { source: 'a.html' }).meta.byline).toBe('Dana Whitfield');
    expect(readArticle(page('<div>By the river</div>'), { source: 'a.html' }).meta.byline).toBeNull();
    const stated = page('<a href="/author/tom-baker">Tom Baker</a>').replace('<head>', '<head><meta name="author" content="Dana Whitfield">');
    expect(readArticle(stated, { source: 'a.html' }).meta.byline).toBe('Dana Whitfield');
  });

  it('refuses an input with only a title', () => {
    expect(() => readArticle('   \n\n  ', { source: 'e.txt' })).toThrow(/no text/);
  });
});

describe('decodeInput', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    expect(decodeInput(utf8('héllo'), 'a')).toBe('héllo');
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('x')]), 'a')).toBe('x');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé', 'utf16le')]);
    expect(decodeInput(le, 'a')).toBe('hé');
  });

  it('reads UTF-32 with BOM, either byte order, characters past the BMP too; a cut or out-of-range unit is refused', () => {
    const utf32 = (text: string, little: boolean): Buffer => {
      const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
      const out = Buffer.alloc(points.length * 4);
      for (const [i, p] of points.entries()) little ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4);
      return out;
    };
    const text = `“Fares rise,” she said — €5 🚢 ${'x'.repeat(9000)}`;
    expect(decodeInput(utf32(text, true), 'a')).toBe(text);
    expect(decodeInput(utf32(text, false), 'a')).toBe(text);
    expect(() => decodeInput(utf32('hé', true).subarray(0, 10), 'c.txt')).toThrow(/invalid UTF-32: 10 bytes/);
    const high = utf32('ab', true);
    high.writeUInt32LE(0x110000, 8);
    expect(() => decodeInput(high, 'd.txt')).toThrow(/invalid UTF-32 at byte offset 8/);
  });

  it('refuses empty input, binary files and invalid UTF-8 with the byte offset', () => {
    expect(() => decodeInput(new Uint8Array(), 'e.txt')).toThrow(/empty/);
    expect(() => decodeInput(utf8('%PDF-1.7 …'), 'x.pdf')).toThrow(/PDF file/);
    expect(() => decodeInput(new Uint8Array([0x61, 0x00, 0x62]), 'b.bin')).toThrow(/NUL byte at offset 1/);
    expect(() => decodeInput(new Uint8Array([0x61, 0x62, 0xff, 0x63]), 'c.txt')).toThrow(/invalid UTF-8 at byte offset 2/);
  });

  it('reads a page saved in the legacy encoding its meta tag declares; a declared UTF-8 that is not stays refused', () => {
    const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const page = '<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>Le caf\u00e9 ouvre.</p></body></html>';
    expect(decodeInput(latin1(page), 'p.html')).toContain('Le café ouvre.');
    const http = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>\u00e9t\u00e9</body></html>';
    expect(decodeInput(latin1(http), 'q.html')).toContain('été');
    expect(() => decodeInput(latin1('<meta charset="utf-8"><p>caf\u00e9</p>'), 'r.html')).toThrow(/invalid UTF-8/);
  });

  it('reads windows-1252’s curly quotes, dashes and euro sign, under either label, as a browser shows them', () => {
    const bytes = (head: string, body: number[]): Uint8Array => Uint8Array.from([...[...head].map((c) => c.charCodeAt(0)), ...body]);
    // “We are happy” – €5, with an é to make the bytes invalid UTF-8.
    const body = [0x93, 0x57, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9];
    for (const label of ['windows-1252', 'iso-8859-1']) {
      const text = decodeInput(bytes(`<meta charset="${label}"><p>`, body), 'p.html');
      expect(text, label).toContain('\u201cWe\u201d \u2013 \u20ac5 \u00e9');
      expect(text, label).not.toMatch(/[\u0080-\u009f]/);
    }
  });
});

describe('a headline line that ends in a full stop', () => {
  it('stands whole: the stop of "U.S.", "St." or "Dr." ends no sentence', () => {
    const headlineOf = (line: string): string =>
      readArticle(`${line}\n\nWASHINGTON -- The president on Thursday named the harbour master for a second five-year term at the port.`, {
        source: 'x.txt',
      }).meta.headline;
    // Whole, and without the closing stop a database export puts after a headline.
    expect(headlineOf('U.S. Nominates Ann Lee for 2nd Term at World Bank.')).toBe('U.S. Nominates Ann Lee for 2nd Term at World Bank');
    expect(headlineOf('St. Paul Votes To Condemn The Harbour Plan.')).toBe('St. Paul Votes To Condemn The Harbour Plan');
    // Two short sentences are one headline ("What's next for Sanders? Much rests on his answer.").
    expect(headlineOf('Harbour reopens. Ferries return on Monday.')).toBe('Harbour reopens. Ferries return on Monday');
  });

  it('keeps the stop of an abbreviation that ends it ("in N.H.", "Clarkston, Ga.") and drops a semicolon', () => {
    const headlineOf = (line: string): string =>
      readArticle(`${line}\n\nThe president on Thursday named the harbour master for a second five-year term at the port.`, { source: 'x.txt' }).meta.headline;
    expect(headlineOf('Clinton and Sanders face the voters in N.H.')).toBe('Clinton and Sanders face the voters in N.H.');
    expect(headlineOf('Syrians find a home in Clarkston, Ga.')).toBe('Syrians find a home in Clarkston, Ga.');
    expect(headlineOf('Harbour master named for second term;')).toBe('Harbour master named for second term');
  });
});

describe('readArticle on a wire story', () => {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'wire-story.txt'), 'utf8');
  const article = readArticle(text, { source: 'wire-story.txt' });

  it('finds outlet, headline, byline and a date line that stands on its own line', () => {
    expect(article.meta).toMatchObject({
      outlet: 'Reuters',
      headline: 'Floods force thousands from homes in northern Italy',
      byline: 'Maria Rossi and John Doe',
      published: '2024-03-04T15:45:00Z',
    });
  });

  it('takes the wire dateline off the first sentence and drops share buttons and the editing credit', () => {
    expect(article.meta.credit).toBe('Reuters');
    expect(article.paragraphs[0]!.text).toMatch(/^Heavy rain forced more than 5,000 people/);
    const body = article.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/Facebook|Twitter|Share|Reporting by|hours ago/);
    expect(article.paragraphs).toHaveLength(4);
  });

  it('a standfirst under the headline is metadata; bylines without "By"; date lines with time zones and "Updated … ago"', () => {
    const guardian = readArticle(
      'The Guardian\n\nScientists warn heatwaves are warming faster than predicted\n\nStudy finds the hottest days have warmed three times faster than the average\n\nDamian Carrington Environment editor\nWed 9 Jul 2025 16.00 BST\n\nHeatwaves in western Europe have intensified far faster than climate models predicted, according to a study.\n',
      { source: 'g.txt' },
    );
    expect(guardian.meta).toMatchObject({
      outlet: 'The Guardian',
      byline: 'Damian Carrington',
      published: '2025-07-09T16:00:00+01:00',
      standfirst: 'Study finds the hottest days have warmed three times faster than the average',
    });
    expect(guardian.paragraphs.map((p) => p.text)).toEqual([
      'Heatwaves in western Europe have intensified far faster than climate models predicted, according to a study.',
    ]);
    const nyt = readArticle(
      "The New York Times\n\nUkraine Says Drone Strikes Hit Russian Oil Refinery\n\nThe attack was the third on the facility this month, officials said, as Kyiv presses its campaign.\n\nBy Marc Santora\nReporting from Kyiv, Ukraine\n\nPublished Nov. 3, 2025 Updated Nov. 4, 2025, 5:12 a.m. ET\n\nUkrainian drones struck an oil refinery deep inside Russia overnight, Ukraine's military said on Monday.\n",
      { source: 'n.txt' },
    );
    expect(nyt.meta).toMatchObject({ byline: 'Marc Santora', published: '2025-11-03', standfirst: expect.stringMatching(/^The attack was the third/) });
    expect(nyt.paragraphs.map((p) => p.text)).toEqual([
      "Ukrainian drones struck an oil refinery deep inside Russia overnight, Ukraine's military said on Monday.",
    ]);
    const reuters = readArticle(
      "Reuters\n\nJapan exports rise for fifth month\n\nBy Kaori Kaneko, Tokyo correspondent\n\nJuly 17, 2025 1:05 AM GMT+1 Updated 3 hours ago\n\nTOKYO, July 17 (Reuters) - Japan's exports rose for a fifth straight month in June, government data showed on Thursday.\n",
      { source: 'r.txt' },
    );
    expect(reuters.meta).toMatchObject({ byline: 'Kaori Kaneko', published: '2025-07-17T01:05:00+01:00', credit: 'Reuters' });
    expect(reuters.paragraphs[0]!.text).toMatch(/^Japan's exports rose/);
  });

  it('takes wire desk tags off the headline', () => {
    const headline = (h: string) =>
      readArticle(`Yonhap News Agency\n\n${h}\n\nNorth Korea fired a short-range ballistic missile into the East Sea on Friday, the military said.\n`, {
        source: 'y.txt',
      }).meta.headline;
    expect(headline('(LEAD) N. Korea fires ballistic missile into East Sea: JCS')).toBe('N. Korea fires ballistic missile into East Sea: JCS');
    expect(headline('(2nd LD) N. Korea fires missile')).toBe('N. Korea fires missile');
    expect(headline('UPDATE 2-N. Korea fires missile')).toBe('N. Korea fires missile');
    expect(headline('(News Focus) What the launch means')).toBe('(News Focus) What the launch means');
  });

  it('drops a "Save" button and the topic tags after the story, so the first paragraph is ¶1', () => {
    const text =
      'BBC News\n\nRail strikes: Union warns of more walkouts\n\n12 March 2025\n\nShare\nSave\n\nTrain drivers could stage further strikes this spring, the union has warned.\n\nTalks resume on Monday.\n\nRelated Topics\nRail strikes\nTrade unions\n';
    const a = readArticle(text, { source: 'bbc.txt' });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Train drivers could stage further strikes this spring, the union has warned.',
      'Talks resume on Monday.',
    ]);
    expect(a.dropped).toEqual(expect.arrayContaining(['Save', 'Related Topics', 'Rail strikes', 'Trade unions']));
  });
});

describe('the headline standing as the first paragraph', () => {
  const story =
    'A last effort is under way to stop the deportation of refugees from New York to the island they fled ten years ago. Their lawyer said on Monday that the case was not over.';
  it('a headline-length line above the story is the headline, not its first paragraph', () => {
    const article = readArticle(`Refugees to be deported from U.S.\n\n${story}\n`, { format: 'text' });
    expect(article.meta.headline).toBe('Refugees to be deported from U.S.');
    expect(article.paragraphs[0]!.text).toMatch(/^A last effort/);
  });
  it('a line in title case, or two short sentences, is the headline though it ends in a full stop', () => {
    for (const line of [
      'Ferry Chief Says The Harbour Story Has Moved.',
      "What's next for the ferry? Much rests on the vote.",
      'Game over. Will the ferry run again?',
    ]) {
      const article = readArticle(`${line}\n\n${story}\n`, { format: 'text' });
      expect(article.meta.headline).toBe(line.replace(/\.$/, ''));
      expect(article.paragraphs[0]!.text).toMatch(/^A last effort/);
    }
  });
  it('a short line in sentence form is the headline too ("Cruz reboots his attacks on Trump."), but a long one stays in the story', () => {
    const short = readArticle(`The mayor resigned on Tuesday.\n\n${story}\n`, { format: 'text' });
    expect(short.meta.headline).toBe('The mayor resigned on Tuesday');
    expect(short.paragraphs[0]!.text).toMatch(/^A last effort/);
    const lead = 'The mayor of the harbour town resigned on Tuesday after a vote of no confidence in the council that she had led for ten years.';
    const long = readArticle(`${lead}\n\n${story}\n`, { format: 'text' });
    expect(long.paragraphs[0]!.text).toBe(lead);
  });
  it('one sentence above the paragraph that opens the story on its dateline is the headline, and the wire agency its credit', () => {
    const article = readArticle(`O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — ${story}\n`, { format: 'text' });
    expect(article.meta.headline).toBe('O’Malley campaign to shift staff, resources to Iowa');
    expect(article.meta.credit).toBe('AP');
    expect(article.paragraphs[0]!.text).toMatch(/^A last effort/);
    const plain = readArticle(`The mayor resigned on Tuesday.\n\nTRENTON, N.J. — ${story}\n`, { format: 'text' });
    expect(plain.meta.headline).toBe('The mayor resigned on Tuesday');
    expect(plain.meta.credit).toBeNull();
    expect(plain.paragraphs[0]!.text).toMatch(/^TRENTON, N\.J\. — A last effort/);
  });
  it('a first paragraph that repeats the headline given above is dropped', () => {
    const article = readArticle(`---\ntitle: Refugees to be deported\n---\n\nRefugees to be deported\n\n${story}\n`, { format: 'markdown' });
    expect(article.paragraphs[0]!.text).toMatch(/^A last effort/);
    expect(article.dropped).toContain('Refugees to be deported');
    expect(article.meta.outlet).toBeNull();
  });
  it('a title line that is neither the given headline nor the outlet is listed as dropped, not lost without a trace', () => {
    const given = readArticle(`---\ntitle: Ferry fares rise\noutlet: Harbour Post\n---\n\nHarbour Post\n\nKey Highlights\n\n${story}\n`, {
      format: 'markdown',
    });
    expect(given.meta.outlet).toBe('Harbour Post');
    expect(given.paragraphs[0]!.text).toMatch(/^A last effort/);
    expect(given.dropped).toEqual(expect.arrayContaining(['Harbour Post', 'Key Highlights']));
    const lines = readArticle(`---\noutlet: Harbour Post\n---\n\nFerry fares rise across the bay as the council votes\n\nThe Island Gazette\n\n${story}\n`, {
      format: 'markdown',
    });
    expect(lines.meta.headline).toBe('Ferry fares rise across the bay as the council votes');
    expect(lines.dropped).toContain('The Island Gazette');
  });
});

describe('paragraphs of a plain-text article', () => {
  it('takes a line that ends without a full stop as a line of its own when every other line is a paragraph', () => {
    const lines = [
      'The harbour board met on Monday to decide the future of the old pier, which has been closed since the storm.',
      'Members heard from engineers, residents and the ferry company before they voted on the plan.',
      'Mayor Ann Lee spoke first and asked the board to keep the pier open for the summer season at least.',
      'Live updates from the meeting room in the town hall: the vote on the harbour plan',
      'Tom Hill, the board chairman, said the vote would be held before the end of the week.',
      'The board will publish the engineers’ report on its website on Friday morning.',
    ];
    const article = readArticle(`Harbour board meets\n\n${lines.join('\n')}\n`, { format: 'text' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(lines);
  });

  it('joins the lines of prose wrapped at a width', () => {
    const wrapped = [
      'The harbour board met on Monday to decide the future of the old pier, which',
      'has been closed since the storm. Members heard from engineers, residents and',
      'the ferry company before they voted. Mayor Ann Lee spoke first and asked the',
      'board to keep the pier open for the summer season, the busiest of the year.',
    ];
    const article = readArticle(`Harbour board meets\n\n${wrapped.join('\n')}\n`, { format: 'text' });
    expect(article.paragraphs.map((p) => p.text)).toEqual([wrapped.join(' ')]);
  });
});

describe('quotation marks run into the text around them', () => {
  it('puts back the space after a closing mark run into the next sentence, and drops invisible direction marks', () => {
    const text =
      'Harbour board meets\n\nThe mayor posted a photo. “I love the pier!”Former mayor Tom Hill said it was a stunt.\n\n\u202a”The pier stays open,” wrote Ann Lee.\n';
    const paragraphs = readArticle(text, { format: 'text' }).paragraphs.map((p) => p.text);
    expect(paragraphs).toEqual([
      'The mayor posted a photo. “I love the pier!” Former mayor Tom Hill said it was a stunt.',
      '”The pier stays open,” wrote Ann Lee.',
    ]);
    // An opening mark after a space ("sa han: ”Det …", as Swedish writes it) keeps its word.
    expect(readArticle('Harbour board meets\n\nHe said it at once: ”Det är klart.”\n', { format: 'text' }).paragraphs[0]?.text).toBe(
      'He said it at once: ”Det är klart.”',
    );
  });
});

describe('soft hyphens', () => {
  it('leave the text, so "according to sources" and "Spokesman" read as printed (text and HTML alike)', () => {
    const body = 'The mayor has rejected the plan, according to \u00adsources close to the harbour board. Spokes\u00adman Doug Andres said so.';
    expect(readArticle(`Harbour board meets\n\n${body}\n`, { format: 'text' }).paragraphs[0]?.text).toBe(
      'The mayor has rejected the plan, according to sources close to the harbour board. Spokesman Doug Andres said so.',
    );
    const html = `<html><body><article><h1>Harbour board meets</h1><p>${body.replace(/\u00ad/g, '&shy;')}</p><p>The vote is next week, and the board is split on the ferry fares.</p></article></body></html>`;
    expect(readArticle(html, { format: 'html' }).paragraphs[0]?.text).toContain('according to sources close');
  });
});

describe('a closing "Follow … on Twitter" line', () => {
  const story = 'The harbour board voted on Monday to raise the ferry fares by a tenth from the spring.\n\nThe vote was close.\n\n';
  it('is dropped, and names the writer when no byline did', () => {
    const article = readArticle(`Ferry fares rise\n\n${story}Follow Ann Sorrel on Twitter @annsorrel.\n`, { source: 'x.txt' });
    expect(article.meta.byline).toBe('Ann Sorrel');
    expect(article.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Follow/);
  });

  it('leaves a byline the header gave, and "follow us" names no one', () => {
    expect(readArticle(`Ferry fares rise\n\nBy Tom Hill\n\n${story}Follow Ann Sorrel on Twitter @annsorrel.\n`, { source: 'x.txt' }).meta.byline).toBe(
      'Tom Hill',
    );
    expect(readArticle(`Ferry fares rise\n\n${story}Follow us on Twitter @harbourpaper.\n`, { source: 'x.txt' }).meta.byline).toBeNull();
  });

  it('names two writers, or the writer after a description of them, also when a line the lists do not know follows it', () => {
    const byline = (foot: string): string | null => readArticle(`Ferry fares rise\n\n${story}${foot}`, { source: 'x.txt' }).meta.byline;
    expect(byline('Follow Ann Sorrel and Tom Hill on Twitter: https://twitter.com/annsorrel.\n')).toBe('Ann Sorrel and Tom Hill');
    expect(byline('Follow Harbour Gazette investigative reporter Ann Sorrel on Twitter at @annsorrel.\n')).toBe('Ann Sorrel');
    expect(byline('Follow Ann Sorrel on Twitter @annsorrel.\n\nNote: comments on this story are moderated.\n')).toBe('Ann Sorrel');
  });
});

describe('a news database\'s "BYLINE:" line', () => {
  it('is the byline, its closing stop aside, and not the headline', () => {
    const article = readArticle(
      'BYLINE: Ann Sorrel.\n\nFerry fares rise again.\n\nThe harbour board voted on Monday to raise the ferry fares by a tenth from the spring.\n',
      { source: 'x.txt' },
    );
    expect(article.meta.byline).toBe('Ann Sorrel');
    expect(article.meta.headline).toBe('Ferry fares rise again');
  });
});

describe('readArticle on a plain-text header written line by line', () => {
  const BODY = 'The city council approved a new bridge over the river on Tuesday, the mayor said. The vote was 7 to 2.';
  const meta = (header: string) => readArticle(`${header}\n\n${BODY}\n`, { source: 'a.txt' }).meta;
  it('keeps a byline and a date line apart from a long headline right above them', () => {
    const m = meta('Council approves a new bridge over the river after a decade of debate\nBy Jane Roe\nMarch 20, 2024 6:04 PM UTC');
    expect(m.headline).toBe('Council approves a new bridge over the river after a decade of debate');
    expect(m.byline).toBe('Jane Roe');
    expect(m.published).toBe('2024-03-20T18:04:00Z');
  });
  it('reads a date set off from the byline by a bar or a dot', () => {
    for (const sep of [' | ', ' · ', ', ']) {
      const m = meta(`Council approves bridge over the river\nBy Jane Roe${sep}March 20, 2024`);
      expect(m.byline, sep).toBe('Jane Roe');
      expect(m.published, sep).toBe('2024-03-20');
    }
  });
  it('takes a known outlet for the outlet above or below a short headline', () => {
    expect(meta('Council approves bridge\nThe Guardian\nBy Jane Roe')).toMatchObject({ headline: 'Council approves bridge', outlet: 'The Guardian' });
    expect(meta('The Guardian\nCouncil approves bridge\nBy Jane Roe')).toMatchObject({ headline: 'Council approves bridge', outlet: 'The Guardian' });
  });
});

describe('a "*" between two numbers', () => {
  it('is a multiplication sign the reader keeps, and the summary may print; a stray bullet still goes', () => {
    const text = 'Ferry numbers\n\nThe ferry carried 40 * 2 = 80 million people last year, the company said. Fares rose • the mayor said.\n';
    const analysis = analyzeArticle(readArticle(text, { source: 'f.txt' }));
    expect(analysis.sentences.map((s) => s.text)).toEqual([
      'The ferry carried 40 * 2 = 80 million people last year, the company said.',
      'Fares rose the mayor said.',
    ]);
    expect(analysis.summary.map((s) => s.text)).toContain('The ferry carried 40 * 2 = 80 million people last year, the company said.');
  });
});
