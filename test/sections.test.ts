import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/read-article.js';
import { SECTION_NAMES, SECTIONS } from '../src/sections.js';
import { analyzeParagraphs } from './helpers/analyze.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const seed = analyzeArticle(readArticle(SEED_TEXT, { source: SEED_FILE }));
const find = <T extends { text: string }>(items: readonly T[], start: string) => items.find((i) => i.text.startsWith(start));

describe('unconfirmed claims', () => {
  it('finds the seed\'s "did not elaborate" gap and "has suspected" allegation', () => {
    const gap = find(seed.unconfirmed, 'He did not elaborate');
    expect(gap).toMatchObject({ cue: 'did not elaborate', kind: 'gap' });
    expect(gap?.source.paragraph).toBe(5);
    expect(find(seed.unconfirmed, 'Washington has suspected')).toMatchObject({ cue: 'suspected', kind: 'allegation' });
  });

  it('maps a likelihood cue to its ICD-203 term', () => {
    // The seed's sentence is also sourced to one unnamed official: that is its cue, and the hedge still gives the likelihood.
    expect(find(seed.unconfirmed, 'Russia has likely given')).toMatchObject({
      cue: 'a senior Pentagon official said',
      kind: 'anonymous-source',
      likelihood: 'likely (55–80%)',
    });
    const a = analyzeParagraphs('T', 'The fire was almost certainly started by a faulty cable, investigators said.');
    expect(a.unconfirmed[0]).toMatchObject({ cue: 'almost certainly', likelihood: 'almost certain (95–99%)' });
  });

  it('tells each kind: unverified report, stated gap, disputed claim', () => {
    const a = analyzeParagraphs(
      'T',
      'The minister reportedly resigned on Friday.',
      'The claims could not be independently verified.',
      'The company denied any wrongdoing in the case.',
      'Officials declined to comment on the deal.',
    );
    expect(a.unconfirmed.map((u) => [u.kind, u.cue])).toEqual([
      ['unverified', 'reportedly'],
      ['gap', 'could not be independently verified'],
      ['disputed', 'denied'],
      ['gap', 'declined to comment'],
    ]);
  });

  it('allegations, uncorroborated claims, estimates by a party and evidence not found', () => {
    const a = analyzeParagraphs(
      'T',
      'The general looked into the allegations against the guards.',
      'The reports were uncorroborated, the spokesman said.',
      'The war killed nearly 1,400 people, by Palestinian estimates.',
      'The inquiry did not find any evidence of the abuse.',
    );
    expect(a.unconfirmed.map((u) => [u.kind, u.cue])).toEqual([
      ['allegation', 'allegations'],
      ['unverified', 'uncorroborated'],
      ['unverified', 'by Palestinian estimates'],
      ['gap', 'did not find any evidence'],
    ]);
  });

  it('"according to" unnamed or vague sources is unverified; according to a named source is attribution', () => {
    const a = analyzeParagraphs(
      'T',
      'The army withdrew from the town, according to local sources.',
      'The car is the first without a model name, according to General Motors.',
      'Exports fell by 4 percent, according to the finance ministry.',
    );
    expect(a.unconfirmed.map((u) => [u.kind, u.cue])).toEqual([['unverified', 'according to local sources']]);
  });

  it('does not count a forecast of a scheduled event, or the month of May', () => {
    const a = analyzeParagraphs(
      'T',
      'The vote is expected to take place on Tuesday.',
      'The law was passed on May 3 by parliament.',
      "Kuwait's decision in May to break its dollar peg hit the currency.",
    );
    expect(a.unconfirmed).toEqual([]);
  });
});

describe('stated concerns', () => {
  it('finds the seed\'s "voiced concerns" sentence, with who holds it', () => {
    const c = find(seed.concerns, 'Washington, Seoul and other countries have voiced concerns');
    expect(c).toBeDefined();
    expect(c?.cue).toBe('concerns');
    expect(c?.holder).toMatch(/Washington/);
    expect(c?.fear).toBe('the broad security implications of the burgeoning military cooperation between Russia and the North');
  });

  it('lists the stated worries first: a "threats to" sentence with its holder outranks a harm in a quotation', () => {
    expect(seed.concerns[0]).toMatchObject({ cue: 'threats', holder: 'senior Pentagon official', fear: 'threats to the United States and others' });
  });

  it('a warning voiced by a source is a concern; a past harm told flatly is not', () => {
    const a = analyzeParagraphs(
      'T',
      'Doctors warned that the outbreak could overwhelm hospitals, health officials said.',
      'The storm killed 12 people on Monday.',
    );
    expect(a.concerns.map((c) => c.text)).toEqual(['Doctors warned that the outbreak could overwhelm hospitals, health officials said.']);
  });

  it('the holder of "X fear that …" is X, without the verb', () => {
    const a = analyzeParagraphs('T', 'Passenger groups fear that commuters in the south-east will be hit hardest by the strikes.');
    expect(a.concerns[0]).toMatchObject({ holder: 'Passenger groups', cue: 'fear' });
  });

  it('criticism in a quotation is a concern, held by its speaker', () => {
    const a = analyzeParagraphs('T', '"This plan is reckless and will bankrupt the city," council member Ana Ruiz said.');
    expect(a.concerns[0]).toMatchObject({ holder: 'Ana Ruiz' });
  });
});

describe('summary', () => {
  it('gives two or three sentences, the news first, none starting with a pronoun', () => {
    expect(seed.summary.length).toBeGreaterThanOrEqual(2);
    expect(seed.summary.length).toBeLessThanOrEqual(3);
    expect(seed.summary[0]!.text).toMatch(/^Russia has likely given technology assistance/);
    for (const s of seed.summary.slice(1)) expect(s.text).not.toMatch(/^(He|She|It|They|This|")\b/);
  });

  it('leaves out near-duplicates', () => {
    const a = analyzeParagraphs(
      'Flood hits the river town of Barton',
      'A flood hit the river town of Barton on Sunday, forcing hundreds of residents to leave their homes.',
      'A flood hit the river town of Barton on Sunday and forced hundreds of residents from their homes.',
      'Emergency crews rescued 40 people from rooftops as the water rose two metres in three hours.',
      'The mayor said schools would stay closed until the water recedes later this week.',
    );
    const texts = a.summary.map((s) => s.text);
    expect(texts[0]).toMatch(/^A flood hit the river town of Barton on Sunday, forcing/);
    expect(texts).not.toContain('A flood hit the river town of Barton on Sunday and forced hundreds of residents from their homes.');
  });

  it('every item points at its paragraph and sentence', () => {
    for (const item of [...seed.summary, ...seed.quotes, ...seed.concerns, ...seed.unconfirmed]) {
      expect(item.source.paragraph).toBeGreaterThanOrEqual(1);
      expect(seed.sentences[item.source.sentenceIndex]!.paragraph).toBe(item.source.paragraph);
    }
  });
});

describe('section registry', () => {
  // Template settings check section names against src/section-names.ts, which does not load the extractors.
  it('names its sections in page order, as the list of names apart from it does', () => {
    expect(SECTIONS.map((section) => section.name)).toEqual(SECTION_NAMES);
  });
});
