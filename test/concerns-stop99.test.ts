// Concerns (stop 99): a word of harm that names those who inspect, served in or write about it ("weapons inspectors", "war
// veterans") refers to no harm anyone fears.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe('stop 99: a harm word before those who inspect, served in or write of it', () => {
  it('"weapons inspectors" in what a memo suggests voices no concern', () => {
    const paragraph =
      'It suggests that an ultimatum for the regime to allow back weapons inspectors be issued, and that this would help to make the use of force legal.';
    expect(concernsOf(paragraph)).toEqual([]);
  });
  it('still hears a war the ministry warns of (guard)', () => {
    expect(concernsOf('The ministry warned that war could break out within weeks.').map((c) => c.cue)).toEqual(['warned']);
  });
});
