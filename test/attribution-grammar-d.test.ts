// Quotations the other rules leave without a speaker: capitalised reporting verbs, a left-hand mark used to close (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';

/** The speaker credited with the last quotation of at least four words. */
describe('a reporting verb written with a capital', () => {
  it.each([
    ['“Nobody here is giving up on the harbour,” Ines Morel, the head of the fishing cooperative, Tweeted on Sunday.', 'Ines Morel'],
    ['The pier was rebuilt in a year. Said harbour master Kofi Mensah, “We never closed a single day.”', 'Kofi Mensah'],
    ['The vote was close. Added council member Rosa Lind: “We will count every ballot again by hand.”', 'Rosa Lind'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('does not read a capitalised participle as a verb of speech', () => {
    expect(speakerOf('Called the “Harbour Renewal Plan for the Next Decade”, the scheme was approved on Monday.')).toBeNull();
  });

  it('keeps a name that holds a verb ("Edward Said")', () => {
    expect(speakerOf('“Exile is strangely compelling to think about but terrible to experience,” wrote Edward Said.')).toBe('Edward Said');
  });
});

describe('a left-hand quotation mark used to close', () => {
  it('ends the quotation at the mark after its closing comma', () => {
    const spans = findQuoteSpans('“It is a strange way to run a race,“ said Ada Brill, an attorney. “Nobody can pull it off twice.”');
    expect(spans.map((s) => s.text)).toEqual(['It is a strange way to run a race', 'Nobody can pull it off twice.']);
  });

  it('credits the speaker named after it, and the quotation that follows', () => {
    expect(speakerOf('“It is a strange way to run a race,“ said Ada Brill, an attorney. “Nobody can pull it off twice in one year.”')).toBe('Ada Brill');
  });
});

describe('reporting verbs the lexicon lacked', () => {
  it.each([
    ['“Where were the inspectors when the roof came down?” reacted Lena Vogt.', 'Lena Vogt'],
    ['“Nobody wanted to be the first to leave the hall,” remembered Colin Marsh, the old stage manager.', 'Colin Marsh'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a quotation alone after a sentence with scare quotes', () => {
  it('credits the subject of the sentence before', () => {
    expect(
      speakerOf(
        'At the rally, Mayor Hugo Stein assures the crowd he will tell the “doubters” to stay home.',
        '“We are building this bridge, and we are building it on time, whatever anyone says.”',
      ),
    ).toBe('Hugo Stein');
  });
});

describe('"As X put it," before the quotation', () => {
  it.each([
    ['As the novelist Ada Brill put it, “Every harbour town is a little bit in love with leaving.”', 'Ada Brill'],
    ['As the folk singer Jonas Weir sang back in the 1970s, “They will sell the river and then sell us the water.”', 'Jonas Weir'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('does not take a clause of time for a speaker', () => {
    expect(speakerOf('As prices rose, “nobody could afford a second loaf of bread on a Friday.”')).toBeNull();
  });
});

describe('a paragraph ending "Stated X:" introduces the quotation after it', () => {
  it('credits the name after the fronted verb', () => {
    expect(speakerOf('Inspector Nadia Perl spoke last.', 'Stated Perl:', '“The bridge was never inspected after the flood, not once in ten years.”')).toBe(
      'Nadia Perl',
    );
  });
});

describe('"quip" as a reporting verb', () => {
  it('credits the subject', () => {
    expect(speakerOf('The hearing ran late, and council member Ruth Okafor could only quip: “I guess dinner was booked for tomorrow.”')).toBe('Ruth Okafor');
  });
});

describe('a short quotation too brief to list still starts a run', () => {
  it('credits the next quotation in the paragraph to its speaker', () => {
    expect(speakerOf('“They would be wrong,” Ann Lee, a spokeswoman for the mayor, said on Sunday. “This is going all the way to the final vote.”')).toBe(
      'Ann Lee',
    );
  });
  it('also when a role stands before the name, set off by commas ("the assailant, John McGraw, told")', () => {
    expect(speakerOf('"He deserved it," the assailant, John McGraw, told reporters after the rally. "Next time, we might have to stop him."')).toBe(
      'John McGraw',
    );
    expect(speakerOf('“It was wrong,” the harbour master, Kofi Mensah, told the radio show “Morning Tide.” “We will reopen the pier next week.”')).toBe(
      'Kofi Mensah',
    );
  });
});

describe('present-tense reporting verbs', () => {
  it('credits an outlet that "reveals" a passage', () => {
    expect(speakerOf('The Harbour Ledger reveals a few facts: “Of the town’s 9,000 voters, fewer than half have voted in a local election.”')).toBe(
      'Harbour Ledger',
    );
  });
});

describe('a body named as the subject of "said …:" before a quote-only paragraph', () => {
  it('credits that body', () => {
    expect(
      speakerOf(
        'Ferries were cancelled all week.',
        'The county election board said about the recount:',
        '“The ferries will not run again until the pier has been inspected and repaired in full.”',
      ),
    ).toBe('county election board');
  });
});

describe('a verb of speech that goes on with an infinitive', () => {
  it('"continues to" reports nothing: the one who said the words speaks', () => {
    expect(speakerOf('Even as Mayor Ann Lee has said that she opposes “new harbour fees of any kind” in the port, her office continues to raise them.')).toBe(
      'Ann Lee',
    );
  });
});
