// What remains unconfirmed (stop 85, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 85: a criminal charge is an allegation', () => {
  it('"charged with", "indicted on" and "faces … charges" mark what is not yet proven', () => {
    expect(only('Tom Hale has been charged with assaulting a harbour officer.')).toMatchObject({ kind: 'allegation', cue: 'been charged with' });
    expect(only('Three councillors were indicted on bribery counts in May.')).toMatchObject({ kind: 'allegation', cue: 'were indicted on' });
    expect(only('Hale now faces 18 criminal charges in Dover.')).toMatchObject({ kind: 'allegation', cue: 'faces 18 criminal charges' });
    expect(only('Hale faces a charge of conspiracy to defraud the port.')).toMatchObject({ kind: 'allegation', cue: 'faces a charge' });
  });
  it('leaves a duty ("charged with overseeing"), a charge denied ("charged with any crime") and a charge avoided alone', () => {
    expect(only('The harbour board is charged with overseeing the new pier.')).toBeUndefined();
    expect(only('Neither Hale nor his aides have been charged with any crime.')).toBeUndefined();
    expect(only('First offenders will attend a course to avoid being charged for a first offence.')).toBeUndefined();
    expect(only('The board did not recommend that Hale face criminal charges.')).toBeUndefined();
  });
});
