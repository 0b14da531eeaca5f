import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

// A quotation passed on "quoting Y" or "X quoted Y (saying)": Y's words, not the outlet's or the person's who passes them on.
describe('quoting: the one quoted speaks', () => {
  it('credits the one after ", quoting" behind the quotation, not the outlet that reported it', () => {
    expect(speakerOf('"The ferry will not sail again this year," the Coast Courier reported, quoting harbour master Ann Lee.')).toBe('Ann Lee');
  });

  it('credits the one an article quotes before the quotation, when "saying that" runs on to it', () => {
    expect(
      speakerOf('The Coast Courier quoted harbour master Ann Lee saying that the old pier as described by the council "will not survive another winter."'),
    ).toBe('Ann Lee');
  });

  it('credits what the one quoted goes on "adding"', () => {
    expect(
      speakerOf(
        'The Coast Courier quoted harbour master Ann Lee saying that the pier "will not survive another winter", adding that "the council has known it for years."',
      ),
    ).toBe('Ann Lee');
  });

  it('credits "he quoted Y" at the end of the sentence after the quotation', () => {
    expect(speakerOf('Tom Hale writes about the ferry. "Nobody has checked the hull in ten years," he quoted a harbour engineer in May.')).toBe(
      'harbour engineer',
    );
  });

  it('credits the owner of what is quoted before a dash', () => {
    expect(speakerOf('Tom Hale closed by quoting Ann Lee\'s "first rule" -- "Never sail out after dark without a light on board."')).toBe('Ann Lee');
  });

  it('keeps the one who tweeted when what is quoted behind the quotation is a statement', () => {
    expect(speakerOf("\"Hale admits the pier 'was never safe' at all. Shameful!\" Ann Lee tweeted, quoting Tom Hale's statement.")).toBe('Ann Lee');
  });

  it("keeps the one who tweeted when what is quoted is someone's tweet", () => {
    expect(speakerOf('"Closing the pier for a year is reckless and wrong. No, Hale." Ann Lee tweeted, quoting a Courier reporter\'s tweet.')).toBe('Ann Lee');
  });

  it('leaves "quotes" as a noun alone', () => {
    expect(speakerOf('Ann Lee wants to be known for good quotes, she said: "I only say what the harbour needs to hear."')).toBe('Ann Lee');
  });
});
