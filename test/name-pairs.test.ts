// "Gov. Nora Feldt and Okafor": a full name, "and", then one bare surname are two people, not a title and a surname.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('a full name paired with a lone surname', () => {
  it('keeps the full name before "and" a surname alone', () => {
    const a = analyzeParagraphs(
      'T',
      'Harbour commissioner Walter Penhale and Okafor met at the pier on Monday.',
      'Penhale later called the deal fair.',
      '"We have waited ten years for this berth," Penhale said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Walter Penhale', kind: 'person' });
  });

  it('keeps a two-word name whose first name no list holds', () => {
    const a = analyzeParagraphs(
      'T',
      'The letter quotes critics of the plan, like Zorvin Penhale and Okafor.',
      '"We have waited ten years for this berth," Penhale wrote on Monday.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Zorvin Penhale', kind: 'person' });
  });

  it('does not pair a full name with a place after "and"', () => {
    const a = analyzeParagraphs(
      'T',
      'The donors include shipping owner Walter Penhale and Wisconsin dairy farmers.',
      '"We have waited ten years for this berth," said Okafor, the harbour master.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Okafor' });
  });
});
