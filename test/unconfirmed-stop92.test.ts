// Unconfirmed (stop 92): a quotation credited after a colon keeps its claim inside the quotation.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/read-article.js';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 92: a colon credit after a closing quotation', () => {
  it('"… may be successful.": Carlos Gaviria, former magistrate. claims the quoted words only', () => {
    const item = onlyUnconfirmed('"The (political) proposal may be successful for more time.": Carlos Gaviria, former magistrate.');
    expect(item).toMatchObject({ kind: 'hedged', claim: 'The (political) proposal may be successful for more time' });
  });
  it('a colon inside the sentence that introduces a list is no credit (guard)', () => {
    const item = onlyUnconfirmed('The storm may reach three towns: Ashford, Brook and Calder.');
    expect(item?.claim).toContain('Ashford');
  });
});

describe('stop 92: gaps newswires state', () => {
  it.each([
    ['No-one from the harbour trust was immediately available for comment.', 'was immediately available for comment'],
    ['The cause of the fire is yet to be established.', 'is yet to be established'],
    ['The meaning of the symbols has yet to be deciphered.', 'has yet to be deciphered'],
    ['The ministry neither confirmed nor denied the report.', 'neither confirmed nor denied'],
    ['The mayor declined to be interviewed for this story.', 'declined to be interviewed'],
    ['The report does not state when the mayor was first told.', 'does not state'],
    ['The chief was asked about the pier, refusing to comment on the budget.', 'refusing to comment'],
  ])('%s', (sentence, cue) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind: 'gap', cue });
  });
  it('someone available for comment, or a report that states its figures, is no gap (guard)', () => {
    expect(onlyUnconfirmed('The mayor was available for comment on Monday.')).toBeUndefined();
    expect(onlyUnconfirmed('The report does not state the obvious, but it lists every school by name.')).toBeUndefined();
  });
});

describe('stop 92: words that only look like cues', () => {
  it('"believe that\u2019s what it costs": "that\u2019s" is a pronoun and a verb, no "that" clause', () => {
    expect(onlyUnconfirmed('Most engineers believe that\u2019s what it costs to build a pier.')?.cue).not.toBe('believe that');
  });
  it('"a symbol of American might and …": the noun "might" hedges nothing', () => {
    expect(onlyUnconfirmed('The plane is a symbol of American might and a tool of the presidency.')).toBeUndefined();
  });
  it('"may or may not prove lasting" hedges with its verb', () => {
    expect(onlyUnconfirmed('The damage from those revelations may or may not prove lasting.')?.cue).toBe('may not prove');
  });
});

describe('stop 92: an opinion writer\u2019s own hedge, scare quotes or not', () => {
  const claims = (...paragraphs: string[]): string[] => {
    const article = readArticle(['OPINION', 'Keep the pier open', ...paragraphs].join('\n\n'), { format: 'text' });
    expect(article.meta.genre).toBe('opinion');
    return analyzeArticle(article).unconfirmed.map((u) => u.cue);
  };
  it('"Perhaps there are grounds for \u201chope\u201d": scare quotes report no one', () => {
    expect(claims('Perhaps there are grounds for \u201chope\u201d after all, now that the council has met.')).toEqual([]);
  });
  it('a hedge inside a quotation is still someone\u2019s (guard)', () => {
    expect(claims('\u201cThe pier may collapse within a year,\u201d the engineer warned the council on Monday.')).toEqual(['may collapse']);
  });
});

describe('stop 92: an unnamed group as the source', () => {
  it.each([
    ['Some Democrats say the plan could cost the party the House.', 'Some Democrats say'],
    ['Those around the mayor admit he has not read the report.', 'Those around the mayor admit'],
    ['Veteran Republicans said a strong showing could change the race.', 'Veteran Republicans said'],
  ])('%s', (sentence, cue) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind: 'anonymous-source', cue });
  });
  it('a group telling its own plans ("they will not attend") leaves no claim open (guard)', () => {
    expect(onlyUnconfirmed('Several senators said they will not attend the convention.')).toBeUndefined();
  });
});

describe('stop 92: a subjunctive after "suggest" proposes', () => {
  it('"The memo suggests that an ultimatum … be issued" claims nothing', () => {
    expect(onlyUnconfirmed('The memo suggests that an ultimatum for the regime to allow back the inspectors be issued.')).toBeUndefined();
  });
  it('"The data suggest that the vote was delayed" still hedges (guard)', () => {
    expect(onlyUnconfirmed('The data suggest that the vote was delayed.')?.cue).toBe('suggest that');
  });
});
