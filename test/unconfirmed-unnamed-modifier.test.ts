// "An unnamed GOP official", "an anonymous Republican source": a modifier between "unnamed" and the source keeps it unnamed.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('an unnamed source with a modifier', () => {
  it('one or two words between "unnamed" and the source', () => {
    expect(only('The paper quoted an unnamed harbour official as saying that the pier was unsafe.')?.kind).toBe('anonymous-source');
    expect(only('The paper cited an anonymous senior city source on the move.')?.kind).toBe('anonymous-source');
  });
  it('an unidentified person in a meeting is no source', () => {
    expect(only('He met the mayor and an unidentified person on Friday.')).toBeUndefined();
  });
});
