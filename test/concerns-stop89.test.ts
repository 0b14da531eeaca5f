// Stated concerns (stop 89, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe('stop 89: riots are a harm', () => {
  it('a source who warns "there will be riots" voices a concern', () => {
    const concerns = concernsOf('"People will be up in revolt, they will stop the ferries, there will be riots," Ann Lee said.');
    expect(concerns.map((c) => c.holder)).toEqual(['Ann Lee']);
  });
  it('"riots" in the writer\'s own telling of the past names no one who fears them (guard)', () => {
    expect(concernsOf('The harbour town saw riots in 1981.')).toEqual([]);
  });
});
