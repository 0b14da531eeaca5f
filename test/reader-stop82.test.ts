// Reader rules of stop 82, from briefing PolNeAR's op-eds: small hand-written plain-text articles.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

const STORY = [
  'Voters are tired of promises',
  'Every election brings another round of promises about roads, schools and taxes that nobody expects to be kept.',
  'This year the candidates have outdone themselves, pledging to cut taxes and raise spending at the same time.',
];
const read = (...closing: string[]) => readArticle([...STORY, ...closing].join('\n\n'), { source: 'op-ed.txt', format: 'text' });

describe('an op-ed’s closing line about its writer', () => {
  it('names the writer when no byline did, and leaves the story', () => {
    const article = read('Jane Roe, a former state treasurer, is a lecturer in public finance at Ohio State University.');
    expect(article.meta.byline).toBe('Jane Roe');
    expect(article.paragraphs.map((p) => p.text).join(' ')).not.toContain('lecturer');
    expect(read('Gina Glantz is founder of GenderAvenger. Julie Burton is president of the Women’s Media Center.').meta.byline).toBe(
      'Gina Glantz, Julie Burton',
    );
  });

  it('not a person the story is about, nor a last line about what someone is doing', () => {
    const about = readArticle([...STORY.slice(0, 2), 'Tom Hill said the taxes would rise.', 'Tom Hill is the mayor of the town.'].join('\n\n'), {
      source: 'story.txt',
      format: 'text',
    });
    expect(about.meta.byline).toBeNull();
    expect(read('Jamie Noon is another player on the sidelines after he limped off on Friday.').meta.byline).toBeNull();
    expect(read('Ann Lee is expected to announce her candidacy next week.').meta.byline).toBeNull();
  });
});
