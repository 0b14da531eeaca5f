// "…, the admiral said. … “…,” he said": a role that speaks in place of a name is whom a later "he" goes on with.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('a role that speaks in place of a name', () => {
  it('is the "he" of a quotation after it', () => {
    const a = analyzeParagraphs(
      'T',
      'Admiral Walter Penhale took command of the port in May.',
      'Officials told Mayor Tom Hale that the berth was too small.',
      'The berth has two problems, the admiral said. First, it is too shallow. Second, it is too short.',
      '"We have waited ten years for a proper berth," he said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Walter Penhale' });
  });

  it('is not when the role is one the person no longer holds', () => {
    const a = analyzeParagraphs(
      'T',
      'Admiral Walter Penhale took command of the port in May.',
      'Officials told Mayor Tom Hale that the berth was too small.',
      'The berth has two problems, the former admiral said. First, it is too shallow. Second, it is too short.',
      '"We have waited ten years for a proper berth," he said.',
    );
    expect(a.quotes[0]!.speaker?.name).not.toBe('Walter Penhale');
  });
});
