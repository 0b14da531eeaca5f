// "Some may deny …", "someone could deny that …": a view granted or imagined, which no one is reported to hold.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a dispute or claim that "some may" make', () => {
  it('is granted, not reported', () => {
    expect(only('Some may deny the new pier is working, but the fishermen have no doubt.')).toBeUndefined();
    expect(only('Someone could deny that the ferry is late, but the timetable is plain.')).toBeUndefined();
  });
  it('a dispute someone makes stays', () => {
    expect(only('The owners deny the pier is unsafe.')?.kind).toBe('disputed');
  });
});
