// The object of "told" in an attribution ("told the Sunday Times", "told BBC News Online", "told the paper") is no part of the claim.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('the object of "told" before a reported clause', () => {
  it('a name of several words, up to a title', () => {
    expect(only('A harbour source told the Evening Gazette Mr Hale would stand down in May.')?.claim).toBe('Mr Hale would stand down in May');
    expect(only('A senior council official told the BBC the ferry contract was being reviewed.')?.claim).toBe('the ferry contract was being reviewed');
    expect(only('The skipper told BBC News Online the crew seemed tired of the long route.')?.claim).toBe('the crew seemed tired of the long route');
    expect(only('A harbour source told the Fresno Bee the ferry would probably stop in May.')?.claim).toBe('the ferry would probably stop in May');
  });
  it('"the paper", and an object of a few words before "that"', () => {
    expect(only('Council insiders told the paper he would be moved to the planning brief.')?.claim).toBe('he would be moved to the planning brief');
    expect(only('The mayor told a packed hall that the ferry would probably run again in May.')?.claim).toBe('the ferry would probably run again in May');
  });
  it('a closing attribution to a hyphenated name ("told Agence France-Presse") is the attribution, not the claim', () => {
    const item = only('Two ferry crews were taken off the island on Tuesday, a harbour source told Agence France-Presse.');
    expect(item?.claim).toBe('Two ferry crews were taken off the island on Tuesday');
    expect(item?.kind).toBe('anonymous-source');
  });
  it('one capitalised word without a determiner stays the object alone', () => {
    expect(only('A harbour source told Reuters Hale would probably stand down.')?.claim).toBe('Hale would probably stand down');
  });
  it('a passive "been told" has no object: a number after it opens the claim', () => {
    expect(only('Shareholders have been told 40 jobs will probably go, the paper reported.')?.claim).toBe('40 jobs will probably go');
    expect(only('Shareholders had been told by the board that the plant would probably close.')?.claim).toBe('the plant would probably close');
  });
});
