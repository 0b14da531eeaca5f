// Concern holders the sentence names outside a plain "Name warned": one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import type { ConcernItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const only = (...paragraphs: string[]): ConcernItem | undefined => {
  const items = analyzeParagraphs('A headline for the test', ...paragraphs).concerns;
  expect(items).toHaveLength(1);
  return items[0];
};

describe('concern holders', () => {
  it('a capitalised "States" inside a name is no reporting verb', () => {
    expect(only('The United States warned that the pipeline could leak into the lake.')).toMatchObject({ holder: 'United States' });
    expect(only('EU Member States are concerned about the new border fence.')).toMatchObject({ holder: 'EU Member States' });
  });
});
