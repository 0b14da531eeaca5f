// Quotations and titles (stop 92): a role set off after a name needs no article to be the name's title.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakerOf } from './helpers/analyze.js';

const speakerTitle = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes[0]?.speaker;

describe('stop 92: a role without its article, set off after the name', () => {
  it('"Jennifer Palmieri, communications director for the Clinton campaign, said": qualifiers open the role', () => {
    const speaker = speakerTitle('Jennifer Palmieri, communications director for the Clinton campaign, said: "We are pleased with the vote today."');
    expect(speaker).toMatchObject({ name: 'Jennifer Palmieri', title: 'communications director for the Clinton campaign' });
  });
  it('"said Ann Lee, director of the harbour trust." : the full stop closes the role', () => {
    const speaker = speakerTitle('"We will keep fighting for the pier," said Ann Lee, director of the harbour trust.');
    expect(speaker).toMatchObject({ name: 'Ann Lee', title: 'director of the harbour trust' });
  });
  it('"Ann Lee, campaign officials said": a new subject with its own verb is no role (guard)', () => {
    const speaker = speakerTitle('"The pier will not survive another winter," Ann Lee, campaign officials said.');
    expect(speaker?.title ?? null).not.toBe('campaign officials');
  });
  it('"Omar Haddad, mayor and fisherman for forty years": an apposition left open is no title (guard)', () => {
    const speaker = speakerTitle('Omar Haddad, mayor and fisherman for forty years and a friend of the harbour said "the pier must be saved."');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 92: a time phrase opening the sentence names no one', () => {
  it('"This morning, the government said that … \u201c…\u201d": the government', () => {
    expect(speakerOf('This morning, the government said that key drugs will go to "nations that have been badly affected" by the floods.')).toBe('government');
  });
  it('"Last week, the ministry said …": the ministry', () => {
    expect(speakerOf('Last week, the ministry said the harbour would stay "closed until the storms have passed."')).toBe('ministry');
  });
  it('a name opening the sentence still speaks (guard)', () => {
    expect(speakerOf('Fidel Castro, speaking to reporters about the rally, said it was "a great day for the island."')).toBe('Fidel Castro');
  });
});

describe('stop 92: two roles joined by "and" make one title', () => {
  it('"the writer and jewelry designer Elise Matthesen" keeps both roles', () => {
    const speaker = speakerTitle('Her partner, the writer and jewelry designer Elise Matthesen, said: "We will win this fight together."');
    expect(speaker).toMatchObject({ name: 'Elise Matthesen', title: 'writer and jewelry designer' });
  });
  it('"talks between the union and negotiator Ann Lee" joins no roles (guard)', () => {
    const speaker = speakerTitle('After talks between the union and negotiator Ann Lee ended, she said: "We will win this fight together."');
    expect(speaker?.title ?? '').not.toMatch(/union/);
  });
});

describe('stop 92: a role and its body set off beside the name', () => {
  it('"Javier Solana, EU foreign policy chief, said": an acronym may open a role without its article', () => {
    const speaker = speakerTitle('Javier Solana, EU foreign policy chief, said: "We will win this fight together."');
    expect(speaker).toMatchObject({ name: 'Javier Solana', title: 'EU foreign policy chief' });
  });
  it('"The president of Refugees International, Ken Bacon, said": the role and its body before the name', () => {
    const speaker = speakerTitle('The president of Refugees International, Ken Bacon, said: "We will win this fight together."');
    expect(speaker).toMatchObject({ name: 'Ken Bacon', title: 'president of Refugees International' });
  });
  it('"Paris, France, police said" gives no one a title (guard)', () => {
    const speaker = speakerTitle('Officials in Paris, France, Ann Lee said: "We will win this fight together."');
    expect(speaker?.title ?? null).toBeNull();
  });
});
