// Titles (stop 103): two capitalised roles joined by "and" after a name's comma; an adverb before the verb ends a role left open;
// a role set off after a surname alone is the full name's title.
import { describe, expect, it } from 'vitest';
import { speakersAndTitles } from './helpers/analyze.js';

describe('stop 103: "NAME, President and CEO of ORG" after the name', () => {
  it.each([
    ['“The market will grow strongly next year,” said Ian Greenberg, President and CEO of Astral Media.', 'Ian Greenberg | President and CEO of Astral Media'],
    [
      'Ian Greenberg, Chairman and Chief Executive of Astral Media, said: “The market will grow strongly next year.”',
      'Ian Greenberg | Chairman and Chief Executive of Astral Media',
    ],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('one capitalised role, as before (guard)', () => {
    expect(speakersAndTitles('“The market will grow strongly next year,” said Ian Greenberg, President of Astral Media.')).toEqual([
      'Ian Greenberg | President of Astral Media',
    ]);
  });
});

describe('stop 103: "also" before the verb is no part of a role left open', () => {
  it.each([
    [
      'Gary Slaight, President and CEO of Standard Radio also commented on the deal. “We are looking forward to it.”',
      'Gary Slaight | President and CEO of Standard Radio',
    ],
    ['Ian Tiley, mayor of the Clarence Valley Council also warns: “We are looking forward to it.”', 'Ian Tiley | mayor of the Clarence Valley Council'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
});

describe('stop 103: "…, the mayor also said" is a new subject, not a role of the name before the comma', () => {
  it('the mayor named before speaks, not the place (guard)', () => {
    const quotes = speakersAndTitles(
      'An explosion hit a Chelsea neighborhood, which Mayor Bill de Blasio described as “an intentional act.”',
      'At a press conference in Chelsea, the mayor also said that it was too early to tell.',
      '“We do not see a link to terrorism,” the mayor said.',
    );
    expect(quotes.at(-1)).toBe('Bill de Blasio | Mayor');
  });
});

describe('stop 103: a role set off after the surname alone titles the full name', () => {
  it.each([
    ['Eva Miller came to the rally.', 'Miller, a retired worker from a nuclear plant, said: “We will fight this in every way we can.”'],
    ['Eva Miller came to the rally.', '“We will fight this in every way we can,” said Miller, a retired worker from a nuclear plant.'],
  ])('%s %s', (first, second) => {
    expect(speakersAndTitles(first, second)).toEqual(['Eva Miller | retired worker from a nuclear plant']);
  });
  it.each([
    ['Tom Byers met an army lawyer.', 'According to Byers, the colonel felt that the strikes were lawful. “We can disagree on that,” Byers said.'],
    ['Tom Byers met an army lawyer.', 'After a talk with Byers, the colonel left. “We can disagree on that,” Byers said.'],
  ])('not a clause after the comma: %s %s (guard)', (first, second) => {
    expect(speakersAndTitles(first, second)).toEqual(['Tom Byers | -']);
  });
  it('not a surname two people share (guard)', () => {
    const quotes = speakersAndTitles(
      'Ann Clinton and Bob Clinton came to the rally.',
      '“We will fight this in every way we can,” said Clinton, a retired worker from a nuclear plant.',
    );
    expect(quotes.every((q) => !q.endsWith('| retired worker from a nuclear plant') || q.startsWith('Clinton |'))).toBe(true);
  });
});
