// Quote speakers (stop 81, from a judged sample of BBC and Wikinews quotes): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]): (string | null)[] =>
  analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.name ?? null);

describe('stop 81', () => {
  it('a name after "and" with a past tense after it ("and Keegan sympathised") is a clause subject, whom a "he said" goes on with', () => {
    const opening = 'Manchester City boss Kevin Keegan praised striker Robbie Fowler after the win at Norwich.';
    expect(
      speakersOf(
        opening,
        'Fowler\'s double strike helped City come back and Keegan sympathised with Norwich boss Nigel Worthington. "I feel a bit for the home side," he said.',
      ),
    ).toEqual(['Kevin Keegan']);
    // With no other actor in the sentence the owner is still the one a "he" means.
    expect(speakersOf(opening, 'Fowler\'s double strike helped City come back. "I feel great about the goals," he said.')).toEqual(['Robbie Fowler']);
  });

  it('a name ending in "Incorporated", "Limited" or "plc" is a company, not a person', () => {
    const kindsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).quotes.map((q) => q.speaker?.kind);
    expect(kindsOf('"We are cooperating with the relevant authorities," said Uber London Limited.')).toEqual(['organisation']);
    expect(kindsOf('"We are cooperating with the relevant authorities," said Acme Incorporated.')).toEqual(['organisation']);
  });
});
