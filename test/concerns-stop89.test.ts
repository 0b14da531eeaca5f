// Stated concerns (stop 89, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 89: riots are a harm', () => {
  it('a source who warns "there will be riots" voices a concern', () => {
    const concerns = concernsOf('"People will be up in revolt, they will stop the ferries, there will be riots," Ann Lee said.');
    expect(concerns.map((c) => c.holder)).toEqual(['Ann Lee']);
  });
  it('"riots" in the writer\'s own telling of the past names no one who fears them (guard)', () => {
    expect(concernsOf('The harbour town saw riots in 1981.')).toEqual([]);
  });
});

describe('stop 89: charges faced and harms denied', () => {
  it('"they face charges of trafficking, identity theft and illegal possession" is a case at law, no concern', () => {
    expect(concernsOf('Chief Ann Lee said they face charges of trafficking in stolen identities, identity theft and illegal possession of a card.')).toEqual(
      [],
    );
  });
  it('"could face charges of fraud" still fears the charge (guard)', () => {
    expect(concernsOf('Ann Lee said the mayor could face charges of fraud over the ferry deal.').length).toBe(1);
  });
  it('"she denied that she mishandled classified information" denies the harm', () => {
    expect(concernsOf('The former senator Ann Lee said it was "a mistake", but she denied that she mishandled classified information.')).toEqual([]);
  });
  it('"workers are being denied overtime illegally" is a wrong done, no denial of it (guard)', () => {
    expect(concernsOf('Ann Lee warned that workers are being denied overtime illegally across the harbour.').length).toBe(1);
  });
});

describe('stop 89: what a feeling is about', () => {
  it('"X is a source of real anxiety for some inside the council" fears X', () => {
    expect(fearsOf('The prospect of a harbour casino is a source of real anxiety for some inside the council.')).toEqual(['The prospect of a harbour casino']);
  });
  it('"so concerned about the rumours that she went to …" fears the rumours, not what she did', () => {
    expect(fearsOf('She became so concerned about the rumours that she went to the harbour master.')).toEqual(['the rumours']);
  });
  it('"so shameful that you ignored my call" keeps what the "that" says (guard)', () => {
    expect(fearsOf('"It is so shameful that you ignored my call and attacked the victims," Ann Lee said.')[0]).toContain('ignored my call');
  });
});
