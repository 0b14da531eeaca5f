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
