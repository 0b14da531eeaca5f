// "Officials are unsure whether …", "which its makers claim is …": a doubt someone states, and a claim made in a relative clause.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a stated doubt about a question', () => {
  it.each([
    ['Police are not sure whether the driver was drunk.', 'whether the driver was drunk'],
    ['Harbour officials were unsure how many boats had sunk.', 'how many boats had sunk'],
    ['Some in the party are uncertain whether the new campaign will work.', 'whether the new campaign will work'],
  ])('"%s" is a gap about the question', (sentence, claim) => {
    expect(only(sentence)).toMatchObject({ kind: 'gap', claim });
  });
  it.each([
    // The speaker's own view or a rhetorical doubt is an opinion, not a claim left open.
    '“I’m not sure why they need a new pier at all,” she said.',
    'We’re not sure how much lower the council can sink.',
    // What to make of something is a reaction, not a question of fact.
    'Some love the band, and others are not quite sure what to make of it.',
    // Sure of the answer: nothing is left open.
    'Police are sure that the driver was drunk.',
  ])('"%s" is not unconfirmed', (sentence) => {
    expect(only(sentence)).toBeUndefined();
  });
});

describe('the claim of a gap that names what is not known', () => {
  it('is the question, from the first gap in the sentence ("didn\'t know why …" before "not sure if …")', () => {
    const item = only('A harbour spokesman told reporters they didn’t know why the boat was there and were not sure if it was theirs.');
    expect(item?.kind).toBe('gap');
    expect(item?.claim).toMatch(/^why the boat was there/);
  });
});

describe('a claim made in a relative clause', () => {
  it.each([
    ['The robot walks at 3km/h, which its makers claim is four times as fast as its rival.', 'four times as fast as its rival'],
    ['He outlined a plan that he claims would halve the deficit by 2009.', 'would halve the deficit by 2009'],
  ])('"%s" is an allegation', (sentence, claim) => {
    expect(only(sentence)).toMatchObject({ kind: 'allegation', claim });
  });
  it('"that his claims were …" is the noun, not the verb of a claim', () => {
    expect(only('The mayor said that his claims were jokes.')).toBeUndefined();
  });
});
