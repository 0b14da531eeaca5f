import { describe, expect, it } from 'vitest';
import { takeDekAboveDateline } from '../src/read/dek-above-dateline.js';
import { readArticle } from '../src/read/read-article.js';

const read = (text: string) => readArticle(text, { source: 'story.txt' });

describe('takeDekAboveDateline', () => {
  it('moves one short line under the headline and above the dateline paragraph to the standfirst', () => {
    const text = [
      'Harbour town votes on new ferry plan.',
      'Residents weigh the cost against a shorter crossing.',
      'PORTLAND, Maine - Voters in a small harbour town decided on Tuesday whether to pay for a faster ferry to the mainland.',
      'The council said the vote would settle a dispute that has run for three years.',
    ].join('\n\n');
    const article = read(text);
    expect(article.meta.standfirst).toBe('Residents weigh the cost against a shorter crossing.');
    expect(article.paragraphs[0]?.text).toMatch(/^PORTLAND, Maine - Voters/);
  });

  it('leaves a first paragraph of two sentences in the story', () => {
    const body = ['The ferry was late again. Nobody was surprised.', 'BOSTON - The harbour authority said on Monday that repairs would take a week.'];
    expect(takeDekAboveDateline(body, 'Ferry delays go on')).toBeUndefined();
    expect(body).toHaveLength(2);
  });

  it('leaves the first paragraph when the next one opens on no dateline, or when no headline is known', () => {
    const plain = ['Residents weigh the cost of a shorter crossing.', 'Voters in a small harbour town decided on Tuesday whether to pay for a faster ferry.'];
    expect(takeDekAboveDateline(plain, 'Harbour town votes')).toBeUndefined();
    const dated = ['Residents weigh the cost of a shorter crossing.', 'BOSTON - Voters decided on Tuesday whether to pay for a faster ferry.'];
    expect(takeDekAboveDateline(dated, '')).toBeUndefined();
    expect(plain).toHaveLength(2);
    expect(dated).toHaveLength(2);
  });

  it('leaves a long first paragraph and one that itself opens on a dateline', () => {
    const long = `${'The town has argued about the ferry for years and '.repeat(4)}now it votes.`;
    expect(takeDekAboveDateline([long, 'BOSTON - Voters went to the polls.'], 'Ferry vote')).toBeUndefined();
    expect(takeDekAboveDateline(['CAIRO - Talks resumed on Sunday.', 'ROME - Ministers met on Monday.'], 'Talks resume')).toBeUndefined();
  });

  it('keeps a database abstract in the body', () => {
    const text = [
      'Harbour town votes on new ferry plan.',
      'ABSTRACT.',
      'Residents weigh the cost against a shorter crossing.',
      'FULL TEXT.',
      'PORTLAND, Maine - Voters in a small harbour town decided on Tuesday whether to pay for a faster ferry to the mainland.',
      'The council said the vote would settle a dispute that has run for three years.',
    ].join('\n\n');
    const article = read(text);
    expect(article.meta.standfirst).toBeNull();
    expect(article.paragraphs[0]?.text).toBe('Residents weigh the cost against a shorter crossing.');
  });
});
