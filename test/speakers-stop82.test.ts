// Quote speakers (stop 82, from a judged sample of PolNeAR articles outside the labelled forty): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]): (string | null)[] =>
  analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.name ?? null);

describe('stop 82', () => {
  it('allies, officers, colleagues, relatives and other unnamed sources of a known kind are credited as such, not left empty', () => {
    expect(speakersOf('"We got her, we got her!" officers shouted as they reached the car.')).toEqual(['officers']);
    expect(speakersOf('"She felt she put herself out there," a colleague said.')).toEqual(['colleague']);
    expect(speakersOf('Scott\'s relatives said they came away with "more questions than answers about the shooting."')).toEqual(["Scott's relatives"]);
  });
});
