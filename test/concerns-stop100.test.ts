// Concerns (stop 100): a passive's agent keeps the "of" phrase that says whose they are ("former chiefs of the defence staff").
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const holders = (paragraph: string): Array<string | null> => concernsOf(paragraph).map((c) => c.holder);

describe('stop 100: the "of" phrase after a passive agent', () => {
  it('keeps "of the defence staff" with "former chiefs"', () => {
    const paragraph = 'The prosecution of soldiers for war crimes has, however, been criticised by former chiefs of the defence staff.';
    expect(holders(paragraph)).toEqual(['former chiefs of the defence staff']);
  });
  it('takes no gerund after "of", which says what the critics charge (guard)', () => {
    expect(holders('The mayor is accused by critics of wasting public money.')).toEqual(['critics']);
    expect(holders('The plan was criticised by critics of cutting too deep.')).toEqual(['critics']);
  });
  it('adds nothing to a name the resolver gave (guard)', () => {
    expect(holders('The plan was criticised by Sen. Ann Lee of Ohio.')).toEqual(['Ann Lee']);
  });
});
