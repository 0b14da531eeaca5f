// Reading HTML (stop 100): a bold label that opens a block ("<strong>Summary</strong> Adhering to …") is set apart by a colon.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

const STORY = [
  'The city council voted on Tuesday to rebuild the old river bridge, ending a two-year dispute over its cost and its design.',
  'The new bridge will carry two lanes of traffic and a cycle path, and work is due to begin next spring, the mayor said.',
  'Residents on both banks had campaigned for the rebuild since the bridge was closed to cars after an inspection found cracks.',
];

const body = (extra: string): string[] => {
  const html = `<!doctype html><html><head><title>Council votes to rebuild bridge</title></head><body><article><h1>Council votes to rebuild bridge</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}${extra}</article></body></html>`;
  return readArticle(html, { format: 'html', source: 'page.html' }).paragraphs.map((p) => p.text);
};

describe('stop 100: a bold label that opens a block', () => {
  it('gets a colon before the sentence it runs into', () => {
    const text = body('<blockquote><strong>Summary</strong> Rebuilding the bridge may cost less than repairing it, the study found.</blockquote>');
    expect(text.at(-1)).toBe('Summary: Rebuilding the bridge may cost less than repairing it, the study found.');
  });
  it.each([
    ['a label with its own colon', '<p><strong>Note:</strong> The vote was unanimous.</p>', 'Note: The vote was unanimous.'],
    ['a dateline in capitals', '<p><strong>LONDON</strong> The vote was unanimous.</p>', 'LONDON The vote was unanimous.'],
    ['bold words inside the sentence', '<p>The vote was <strong>unanimous</strong> on Tuesday.</p>', 'The vote was unanimous on Tuesday.'],
    ['a bold lead that runs on in lower case', '<p><strong>Every member</strong> voted for it on Tuesday.</p>', 'Every member voted for it on Tuesday.'],
  ])('leaves %s as it is (guard)', (_, markup, expected) => {
    expect(body(markup).at(-1)).toBe(expected);
  });
});
