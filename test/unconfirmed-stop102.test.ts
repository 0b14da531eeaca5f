// Unconfirmed claims (stop 102): a reporting word used as a noun ("The suspect may …") opens no reported clause; a cue that closes
// its sentence claims the clause before it, not itself.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, onlyUnconfirmed } from './helpers/analyze.js';

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

describe('stop 102: a cue that closes its sentence after a comma claims the clause before it', () => {
  const claimOf = (sentence: string, cue: string): string | undefined =>
    analyzeParagraphs('A headline for the test', 'Police in Milan said on Friday that they had news.', sentence).unconfirmed.find((u) => u.cue === cue)?.claim;
  it('"…, but offered no proof."', () => {
    expect(claimOf('The mayor also claimed the council had hidden the report from voters, but offered no proof.', 'offered no proof')).toBe(
      'The mayor also claimed the council had hidden the report from voters',
    );
  });
  it('"“…, officials said” —@handle"', () => {
    expect(claimOf('\u201cThe suspect was killed by the police in a shootout outside Milan, officials said\u201d \u2014@nytimes', 'officials said')).toBe(
      'The suspect was killed by the police in a shootout outside Milan',
    );
  });
  it('a cue that is the whole sentence stays as it is (guard)', () => {
    expect(onlyUnconfirmed('Nobody knows.')).toMatchObject({ claim: 'Nobody knows' });
  });
});

describe('stop 102: an attributive cue\u2019s noun phrase ends at a colon', () => {
  it('"Putin\u2019s alleged involvement in …: The Russian leader …"', () => {
    expect(
      onlyUnconfirmed(
        'The senator has an explanation for Vladimir Putin\u2019s alleged involvement in the hacking of party offices: The Russian leader has a grudge.',
      ),
    ).toMatchObject({ claim: 'Vladimir Putin\u2019s alleged involvement in the hacking of party offices' });
  });
});
