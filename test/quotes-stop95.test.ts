// Quotations and titles (stop 95): a role the eight-word cap cut keeps the "at" phrase naming where the person works.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);

describe('stop 95: a long role keeps where the person works', () => {
  it('"… professor of communications at Rider University in Lawrenceville, N.J." keeps the university, not the town', () => {
    const [speaker] = speakersOf(
      '"We are not sure," said Myra Gutin, a first lady historian and professor of communications at Rider University in Lawrenceville, N.J.',
    );
    expect(speaker).toMatchObject({ name: 'Myra Gutin', title: 'first lady historian and professor of communications at Rider University' });
  });
  it('"… for China at the International Monetary Fund" is not cut inside the fund\'s name', () => {
    const [speaker] = speakersOf('"Sure," said Wu Lan, the former executive director for China at the International Monetary Fund.');
    expect(speaker?.title).toBe('former executive director for China at the International Monetary Fund');
  });
  it('the first of two "at" phrases ends the role at 14 words at most', () => {
    const [speaker] = speakersOf(
      '"It is bad," said Ian Hamilton, an expert in drug use and mental health at the Department of Health Sciences at the University of York.',
    );
    expect(speaker?.title).toBe('expert in drug use and mental health at the Department of Health Sciences');
  });
  it('a second role after "and" is not carried on to its "at" phrase (guard)', () => {
    const [speaker] = speakersOf('"It works," said Tom Reed, a senior adviser to the mayor of the city and a former lecturer at Leeds University.');
    expect(speaker?.title).not.toContain('Leeds');
  });
});
