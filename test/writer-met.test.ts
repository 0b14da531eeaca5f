// "I met with Ann Lee …. “…,” she told me": whom the writer met or spoke with is the "she" the story goes on with.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('the person the writer met with', () => {
  it('is the "he" of a quotation told to the writer', () => {
    const a = analyzeParagraphs(
      'T',
      'I met with Walter Penhale in his office two days after the vote. The new berth will open in May, and the ferries will follow.',
      '"We have waited ten years for this," he told me.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Walter Penhale' });
  });

  it('is not when someone else narrates the meeting', () => {
    const a = analyzeParagraphs(
      'T',
      'The mayor met with Walter Penhale in his office two days after the vote. The new berth will open in May.',
      '"We have waited ten years for this," he told reporters.',
    );
    expect(a.quotes[0]!.speaker?.name).not.toBe('Walter Penhale');
  });
});
