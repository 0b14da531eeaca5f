// Unconfirmed claims (stop 102): a reporting word used as a noun ("The suspect may …") opens no reported clause.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 102: a reporting word after its article is a noun, so the hedged clause keeps its subject', () => {
  it.each([
    ['The suspect may have fled the country.', 'The suspect may have fled the country'],
    ['Police said the suspect might be hiding with relatives in Spain.', 'the suspect might be hiding with relatives in Spain'],
  ])('"%s" → "%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ claim });
  });
  it('the verb after its subject still opens the reported clause (guard)', () => {
    expect(onlyUnconfirmed('Investigators suspect the fire may have been set on purpose.')).toMatchObject({ claim: 'the fire may have been set on purpose' });
  });
});
