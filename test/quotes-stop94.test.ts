// Quotations and titles (stop 94): a person's title reaches all their quotes, and a party word after "and" in a capital run
// titles only the name after it.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);

describe("stop 94: a person's title reaches their quotes that lack one", () => {
  it('"Carson replied" before "said retired neurosurgeon Ben Carson" takes the later title', () => {
    const [first, second] = speakersOf(
      '"That is total propaganda," Ben Carson replied on Monday.',
      'Others disagreed with the account.',
      '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.',
    );
    expect(first).toMatchObject({ name: 'Ben Carson', title: 'retired neurosurgeon' });
    expect(second).toMatchObject({ name: 'Ben Carson', title: 'retired neurosurgeon' });
  });
  it('a title named once ("retired neurosurgeon Ben Carson") reaches "Carson replied" after it', () => {
    const speakers = speakersOf(
      '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.',
      'Others disagreed with the account.',
      '"That is total propaganda," Carson replied.',
    );
    expect(speakers.map((s) => s?.title)).toEqual(['retired neurosurgeon', 'retired neurosurgeon']);
  });
  it('a title reached through a pronoun stays with its quote (guard)', () => {
    const speakers = speakersOf(
      'Mark Rowe spoke to reporters on Monday.',
      '"It will not happen," Rowe said.',
      'The federal judge Rowe was referring to is Gonzalo Curiel.',
      'He insisted Curiel had "an inherent conflict of interest" in the case.',
    );
    expect(speakers[0]?.title ?? null).toBeNull();
  });
});

describe('stop 94: a party word after "and" in a capital run', () => {
  it('"between Republican Donald Trump and Democrat Hillary Clinton" titles her "Democrat"', () => {
    const [speaker] = speakersOf(
      'The Latest on the presidential race between Republican Donald Trump and Democrat Hillary Clinton (all times EDT):',
      'Clinton says she hopes to be elected president, but she knows that "LeBron will always be the king."',
    );
    expect(speaker).toMatchObject({ name: 'Hillary Clinton', title: 'Democrat' });
  });
});
