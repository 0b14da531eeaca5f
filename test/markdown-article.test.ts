// A Markdown article loses nothing on the way in: headings, braces and links (issue 14, "Lost text").
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/read/formats/markdown.js';
import { readArticle } from '../src/read/index.js';

const BODY = 'The council voted on Tuesday to approve the budget for next year, officials said.';
const texts = (md: string): string[] => readArticle(md, { source: 'a.md' }).paragraphs.map((p) => p.text);

describe('Markdown headings under a front-matter title', () => {
  it('drops only a leading H1 that repeats the title (case and punctuation aside)', () => {
    const md = `---\ntitle: Budget vote passes\n---\n# Budget Vote Passes!\n\n${BODY}\n\n# Reaction\n\nThe mayor welcomed the result on Wednesday.\n`;
    const article = readArticle(md, { source: 'a.md' });
    expect(article.meta.headline).toBe('Budget vote passes');
    expect(texts(md)).toEqual([BODY, 'Reaction', 'The mayor welcomed the result on Wednesday.']);
  });

  it('keeps a leading H1 of one word that only starts the title: the reader passes it on as a block', () => {
    const md = `---\ntitle: Budget vote passes in the council\n---\n# Budget\n\n${BODY}\n`;
    expect(readMarkdown(md).blocks).toEqual(['Budget', BODY]);
    expect(readMarkdown(md.replace('# Budget', '# Budget vote passes in the council')).blocks).toEqual([BODY]);
  });

  it('without a front-matter title, the first H1 is the headline and a later H1 keeps its words', () => {
    const md = `# Budget vote passes\n\n${BODY}\n\n# Reaction\n\nThe mayor welcomed the result on Wednesday.\n`;
    expect(readArticle(md, { source: 'a.md' }).meta.headline).toBe('Budget vote passes');
    expect(texts(md)).toContain('Reaction');
  });
});

describe('Markdown links and braces in article text', () => {
  it('reads a link with parentheses in its address whole: its words stay, nothing of the address is left behind', () => {
    const [first] = texts(`# T\n\nThe [court ruling](https://example.org/wiki/Case_(law)) was upheld on appeal, the lawyers said.\n`);
    expect(first).toBe('The court ruling was upheld on appeal, the lawyers said.');
  });

  it('keeps a javascript: link as written, and drops an image', () => {
    const [first] = texts(`# T\n\n![chart](chart.png)Critics cited [the report](javascript:alert(1)) and asked for a recount.\n`);
    expect(first).toBe('Critics cited [the report](javascript:alert(1)) and asked for a recount.');
  });

  it('keeps {{…}} in the text', () => {
    const [first] = texts(`# T\n\nThe template {{meta.headline}} and {{#each x}} stayed in the council's draft, officials said.\n`);
    expect(first).toContain('{{meta.headline}} and {{#each x}}');
  });
});
