// Titles (stop 104): "boss" is a role, and so is an office with its suffix ("ambassador-at-large", "governor-elect"); a relative clause on the body's name ends a role without its article; the role among the
// lower-case words after a body's name ("a University of Miami political science professor").
import { describe, expect, it } from 'vitest';
import { speakersAndTitles } from './helpers/analyze.js';

describe('stop 104: titles after the name', () => {
  it.each([
    ['“Firms leak data every day,” said Andrew Pearson, boss of Workshare.', 'Andrew Pearson | boss of Workshare'],
    [
      '“Firms leak data every day,” said Andrew Pearson, chief executive of Workshare which commissioned the research.',
      'Andrew Pearson | chief executive of Workshare',
    ],
    [
      '“Firms leak data every day,” said Andrew Pearson, European boss of Workshare which commissioned the research.',
      'Andrew Pearson | European boss of Workshare',
    ],
    [
      'Pierre-Richard Prosper, the U.S. ambassador-at-large for war crimes, said: “We do not want to be party to legitimizing the court.”',
      'Pierre-Richard Prosper | U.S. ambassador-at-large for war crimes',
    ],
    ['“We will cut taxes,” said Ann Lee, the governor-elect of the state.', 'Ann Lee | governor-elect of the state'],
    [
      '“Turnout will be low,” said Robert Oldendick, a University of South Carolina political science professor.',
      'Robert Oldendick | University of South Carolina political science professor',
    ],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('"secretary-general" was a role already (guard)', () => {
    expect(speakersAndTitles('“The talks have stalled,” said Ban Ki-moon, the secretary-general of the United Nations.')).toEqual([
      'Ban Ki-moon | secretary-general of the United Nations',
    ]);
  });
  it('a relative clause on a lower-case word still leaves a bare role open (guard)', () => {
    expect(speakersAndTitles('“Firms leak data every day,” said Andrew Pearson, chief of staff that year.')).not.toContain('Andrew Pearson | chief of staff');
  });
  it('a body name with no role word after it gives no title (guard)', () => {
    expect(speakersAndTitles('“Turnout will be low,” said Robert Oldendick, a University of Miami alumnus who lives in Ohio.')).toEqual([
      'Robert Oldendick | -',
    ]);
  });
});

describe('stop 104: a role before a name stops at "that" or a number', () => {
  it('"announced on Dec. 21 that investor Carl Icahn" → investor', () => {
    expect(speakersAndTitles('The team announced on Dec. 21 that investor Carl Icahn will serve as an adviser. “I am proud to serve,” Icahn said.')).toEqual([
      'Carl Icahn | investor',
    ]);
  });
  it('a year stays in the role ("2012 nominee") (guard)', () => {
    expect(speakersAndTitles('“It was a bombshell of unusual size,” said 2012 nominee Mitt Romney.')).toEqual(['Mitt Romney | 2012 nominee']);
  });
  it('a role of several lower-case words stays whole (guard)', () => {
    expect(speakersAndTitles('“We will win,” said talk radio host Ann Lee.')).toEqual(['Ann Lee | talk radio host']);
  });
});

describe('stop 104: "Treasury" names a body', () => {
  it('"Secretary of the Treasury Jack Lew said" credits Jack Lew', () => {
    expect(speakersAndTitles('Secretary of the Treasury Jack Lew said: “We will not default on the debt.”').map((s) => s.split(' | ')[0])).toEqual([
      'Jack Lew',
    ]);
  });
  it('the Treasury speaks as a body (guard)', () => {
    expect(speakersAndTitles('The Treasury said: “We will not default on the debt.”')).toEqual(['Treasury | -']);
  });
});

describe('stop 104: a title before "of the" heads the office the run of the name begins with', () => {
  it.each([
    ['Leader of the Opposition Kim Beazley said: “We will not support the bill.”', 'Kim Beazley | Leader of the Opposition'],
    ['Speaker of the House Rep. Paul Ryan said: “We will not support the bill.”', 'Paul Ryan | Speaker of the House Rep.'],
  ])('%s', (paragraph, expected) => {
    expect(speakersAndTitles(paragraph)).toEqual([expected]);
  });
  it('"Secretary of State John Kerry" as before (guard)', () => {
    expect(speakersAndTitles('Secretary of State John Kerry said: “We will not support the bill.”')).toEqual(['John Kerry | Secretary of State']);
  });
});

describe('stop 104: a titled name that ends a run with "of" in it is the person', () => {
  it('"Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford said" credits Joseph Dunford', () => {
    expect(
      speakersAndTitles('Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford said: “We will not send more troops.”').map((s) => s.split(' | ')[0]),
    ).toEqual(['Joseph Dunford']);
  });
  it('a name before "of" and a place is the person, as before (guard)', () => {
    expect(speakersAndTitles('America Vera-Zavala of the Left Forum said: “We will not send more troops.”').map((s) => s.split(' | ')[0])).toEqual([
      'America Vera-Zavala',
    ]);
  });
});
