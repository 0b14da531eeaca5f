// A subject shared by a verb after "and" or a comma, and a subject behind fronted adverbs (stop 70).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const holder = (...paragraphs: string[]): string | null => {
  const items = analyzeParagraphs('A headline for the test', ...paragraphs).concerns;
  expect(items).toHaveLength(1);
  return items[0]?.holder ?? null;
};

describe('shared and fronted subjects', () => {
  it('adverbs that open the sentence with no comma are no part of its subject', () => {
    expect(holder('Just recently the dock workers of Hull protested the council for selling the harbour.')).toBe('dock workers of Hull');
    expect(holder('Recently dock workers protested the plan.')).toBe('dock workers');
    expect(holder('Later Tom Reed spoke to the unions, warning that the plan would cost jobs.')).toBe('Tom Reed');
  });

  it('an -ing worry verb after "and" shares the subject of the -ing verb it is joined to', () => {
    expect(holder('Harbour workers are crying "betrayal" over the plan and threatening to strike.')).toBe('Harbour workers');
    expect(holder('Tom Reed spoke. Reed has targeted the council, calling its members cowards and threatening to sue.')).toBe('Tom Reed');
  });

  it('a word in -ed after "as" is an adjective, no verb with a subject of its own', () => {
    expect(holder('Sen. Tom Reed has cast Ann Lee as unqualified and accused her of making racist remarks.')).toBe('Tom Reed');
  });
});
