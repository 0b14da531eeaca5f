// Sentence splits and reporting verbs that decide who is credited with a quote (hand-written examples).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, sentenceTexts as split } from './helpers/analyze.js';

describe('a quoted question or exclamation followed by its attribution', () => {
  it('keeps a name and reporting verb after ?” in the same sentence', () => {
    expect(split('“Who will pay for the bridge?” Mayor Lena Ortiz asked council members. The vote is Monday.')).toEqual([
      '“Who will pay for the bridge?” Mayor Lena Ortiz asked council members.',
      'The vote is Monday.',
    ]);
  });

  it('keeps a pronoun and reporting verb after !" in the same sentence', () => {
    expect(split('"We will not back down!" she told the crowd in Dayton. Rain fell.')).toEqual([
      '"We will not back down!" she told the crowd in Dayton.',
      'Rain fell.',
    ]);
  });

  it('still ends the sentence when no reporting verb follows', () => {
    expect(split('“Is it over?” Nobody knew. Farmers waited.')).toEqual(['“Is it over?”', 'Nobody knew.', 'Farmers waited.']);
  });

  it('ends the sentence when the verb opens new content', () => {
    expect(split('“Who checked the dam?” Okafor added that “nobody answered the letters.”')).toEqual([
      '“Who checked the dam?”',
      'Okafor added that “nobody answered the letters.”',
    ]);
  });

  it('keeps a name, an appositive and a reporting verb after ?” in the same sentence', () => {
    expect(split('“Can anyone hear me?” Okafor, a retired bus driver from Leeds, said into the microphone. Nobody answered.')).toEqual([
      '“Can anyone hear me?” Okafor, a retired bus driver from Leeds, said into the microphone.',
      'Nobody answered.',
    ]);
  });

  it('credits the speaker named after a quoted question', () => {
    const a = analyzeParagraphs(
      'Council debates bridge',
      'Council member Priya Halvorsen spoke first at the meeting on Tuesday.',
      '“Why should taxpayers in the north cover the whole cost of this bridge?” Halvorsen asked the finance committee. “Nobody has answered that.”',
    );
    expect(a.quotes[0]?.speaker?.name).toMatch(/Halvorsen/);
  });

  it('credits the speaker named after a quoted exclamation', () => {
    const a = analyzeParagraphs(
      'Union rallies at plant',
      'Union leader Marcus Obiora addressed workers outside the plant gates.',
      '“We are going to keep this plant open for every family in this town!” Obiora told reporters on Friday afternoon.',
    );
    expect(a.quotes[0]?.speaker?.name).toMatch(/Obiora/);
  });
});

describe('manner-of-speaking verbs', () => {
  const cases: Array<[string, string]> = [
    ['“That is simply not how the budget works in this city,” Halvorsen barked at the clerk.', 'Halvorsen'],
    ['“You voted for the very same plan two years ago,” Obiora shot back during the debate.', 'Obiora'],
    ['“Nobody on this committee has seen the contract yet,” Halvorsen fumed on Wednesday.', 'Halvorsen'],
    ['Obiora interjected: “The workers were never asked about any of this.”', 'Obiora'],
    ['“Perhaps the bridge should be named after the taxpayers,” Halvorsen mused.', 'Halvorsen'],
    ['“Is this really the best use of a rainy-day fund?” Obiora questioned.', 'Obiora'],
    ['Halvorsen blogged: “The council owes residents a full account of the bridge costs.”', 'Halvorsen'],
  ];
  for (const [sentence, speaker] of cases) {
    it(`credits ${speaker} in: ${sentence.slice(0, 50)}…`, () => {
      const a = analyzeParagraphs(
        'Council debates bridge',
        'Council member Priya Halvorsen and union leader Marcus Obiora met at city hall on Tuesday.',
        'The meeting ran late into the evening as residents filled the hall.',
        sentence,
      );
      expect(a.quotes[0]?.speaker?.name).toMatch(new RegExp(speaker));
    });
  }
});
