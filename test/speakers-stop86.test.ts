// Speakers (stop 86, from a judged sample of PolNeAR pages): a courtesy title's sex among people who share a surname.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

const COUPLE = 'Bill Clinton and Hillary Clinton arrived in Iowa on Monday, and Chelsea Clinton joined them later.';

describe('stop 86: "Mrs." and "Mr." among bearers of one surname', () => {
  it('"Mrs. Clinton" is the one woman of the surname the article names, not Bill', () => {
    expect(speakerOf('Bill Clinton and Hillary Clinton arrived in Iowa on Monday.', '“We are going to win this state,” Mrs. Clinton said.')).toBe(
      'Hillary Clinton',
    );
  });
  it('with two women of the surname, "Mrs. Clinton" stays the surname rather than the first full name', () => {
    expect(speakerOf(COUPLE, '“We are going to win this state,” Mrs. Clinton said.')).toBe('Clinton');
  });
  it('"he said" after "Mrs. Clinton" is not her: the title says she is a woman', () => {
    expect(
      speakerOf(
        'Representative James Rogan lined up with his wife to be photographed with Bill Clinton.',
        'But Mrs. Clinton was not as friendly. “There was some iciness there and a bit of a grimace,” he said.',
      ),
    ).toBe('James Rogan');
  });
  it('a man whose first name a list gives to women keeps his full name when no one else bears it', () => {
    expect(speakerOf('Lindsey Graham spoke in Columbia on Monday.', '“This is going to a place we have never gone,” Mr. Graham said.')).toBe('Lindsey Graham');
  });
});

describe('stop 86: "a spokesperson for <Body>"', () => {
  it('speaks for the body, as "a <Body> spokesperson" does, the body\'s "of" and "and" included', () => {
    expect(speakerOf('“Officers arrived within ten minutes,” said a spokesperson for Scotland Yard.')).toBe('Scotland Yard');
    expect(speakerOf('“We will appeal the ruling,” said a spokeswoman for the Department of Health and Human Services.')).toBe(
      'Department of Health and Human Services',
    );
  });
  it('not for a person, nor for a lower-case role', () => {
    expect(speakerOf('“We will appeal the ruling,” said a spokesman for Sen. Ted Cruz.')).not.toBe('Sen. Ted Cruz');
    expect(speakerOf('“We will appeal the ruling,” said a spokesman for the king.')).toBe('spokesman for the king');
  });
});

describe('stop 86: a noun only a person is, before a name', () => {
  it('"billionaire Elon Musk" makes "Musk" later that person, though no list knows "Elon"', () => {
    expect(
      speakerOf(
        'It was not the best year for billionaire Elon Musk, either.',
        'On Twitter, Musk appealed for help, in what he called “the most difficult and complex failure we have had in 14 years.”',
      ),
    ).toBe('Elon Musk');
  });
});

describe('stop 86: an editorial board speaks for its paper', () => {
  it('"the editorial board writes" and "the paper\'s editorial board" credit the outlet named last', () => {
    expect(
      speakerOf('A headline from the Harbour Gazette editorial board ran on Wednesday.', '“Are we talking about the same mayor?” the editorial board writes.'),
    ).toBe('Harbour Gazette');
    expect(speakerOf('Enter The Harbour Gazette. “He is selling his own brand of fiction to the town,” the paper’s editorial board wrote.')).toBe(
      'Harbour Gazette',
    );
  });
});
