// Concerns (stop 102): a worry noun one "has" is held by the subject ("Clinton has serious concerns about …").
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const holders = (paragraph: string): Array<string | null> => concernsOf(paragraph).map((c) => c.holder);

describe('stop 102: "X has (serious) concerns about …" is held by X', () => {
  it.each([
    ['John Smith has serious concerns about the plan.', 'John Smith'],
    ['The union has concerns about the plan to close the plant.', 'union'],
    ['Ann Lee backed the deal, although she made it clear that she has \u201cserious concerns\u201d about two of its provisions.', 'Ann Lee'],
  ])('"%s" → %s', (paragraph, holder) => {
    expect(holders(paragraph)).toEqual([holder]);
  });
  it('a harm the subject "has" is no worry it holds (guard)', () => {
    expect(holders('The plan has serious problems that could cost the city millions.')).not.toContain('plan');
  });
});
