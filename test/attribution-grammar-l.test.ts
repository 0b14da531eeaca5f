// Stop 48: speakers found wrong or missing by review 4701–4704 (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

describe('a reporting verb right after "who"', () => {
  it('credits the noun the relative clause hangs on, not the main subject or the reported clause', () => {
    expect(speakerOf('Mayor Tom Brandt met Ann Lee, who said: “The pier was never safe for anyone at night.”')).toBe('Ann Lee');
    expect(speakerOf('Mayor Tom Brandt thanked Ann Lee, who said the pier was “never safe for anyone at night.”')).toBe('Ann Lee');
    expect(
      speakerOf('Mayor Tom Brandt is disavowing remarks made by a campaign surrogate who said voters should “stop electing corporate crooks” at a rally.'),
    ).toBe('campaign surrogate');
    expect(speakerOf('The plan began in the mouth of Mayor Tom Brandt, who claimed that the pier "will never be safe at night."')).toBe('Tom Brandt');
    expect(speakerOf('Tom Brandt spoke after Sen. Ann Lee of Oregon, who claimed that the pier "will never be safe at night."')).toBe('Ann Lee');
  });

  it('leaves the words to the main clause when the relative clause ends before them', () => {
    expect(speakerOf('Ann Lee told a student who suggested that the pier was closing that "nobody is closing the pier this year."')).toBe('Ann Lee');
    expect(speakerOf('Ann Lee wrote back to a candidate who promised a new pier: “Your plan costs more than the whole harbour.”')).toBe('Ann Lee');
  });
});

describe('a name set off by dashes before the verb after the quotation', () => {
  it('credits the full name before an aside between dashes, and the quotation after it goes on in that voice', () => {
    const text =
      '"We used to see street hustlers do this kind of thing," Anna Petrova - then adviser to Mayor Tom Brandt - told a press conference. "Now officials are doing it."';
    expect(speakerOf(text)).toBe('Anna Petrova');
  });

  it('does not take the words after a quotation inside the aside for a name', () => {
    const text =
      'Mayor Tom Brandt - who previously said he would "close the whole pier down for" boats owned by the Harbour Board - said on Monday that the pier would reopen.';
    expect(speakerOf(text)).toBe('Tom Brandt');
  });
});

describe('"pondered" beside a quotation', () => {
  it('is a verb of saying, so "they pondered" is a voice of its own, not the last speaker going on', () => {
    const text = '"We wanted it loud," said Alan Kerr. "Where is the fun in doing it quietly?" they pondered at every stage of the album.';
    expect(speakerOf(text)).toBe(null);
  });
});

describe('"it said" after a group named in the plural', () => {
  it('is not that group going on: "it" never stands for "supporters"', () => {
    const text =
      'Meanwhile, Lee’s supporters, at least 200 of them, blocked the harbour office. reported that protesters "barricaded all the gates out of the compound." The turmoil forced officials to hide. A reporter was "hurt after a stone hit his nose on the steps," it said.';
    expect(speakerOf(text)).toBe(null);
  });
});
