// A subject past a preposition, a short quotation inside the aside after a name, verbs of exclaiming and retorting, a year before a role (hand-written examples).
import { describe, expect, it } from 'vitest';
import { isVerbAt } from '../src/analyze/phrases.js';
import { tokenize } from '../src/analyze/tokens.js';
import { speakerOf } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
describe('the subject of a reporting verb after the quotation', () => {
  it.each([
    ['"Will the depot ever open again on Sundays?" a Green councillor in the gallery wondered aloud.', 'Green councillor in the gallery'],
    ['“Nobody warned the tenants about the rent rise,” one organiser at the hall told reporters.', 'one organiser at the hall'],
    ['“The mill is closing after a hundred years,” Orin Blake, wearing a cap and “Save the Mill” pins, said quietly.', 'Orin Blake'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('still credits nobody for a quotation followed by a clause about a place', () => {
    expect(speakerOf('“The mill is closing after a hundred years,” read the sign in the window.')).toBeNull();
  });
});

describe('a passive of seeing before the participle', () => {
  it.each([
    [
      'Ferry owners watched the screens in the hall, where Harbour Union delegates were shown chanting "no contract, no ships, no deal!"',
      'Harbour Union delegates',
    ],
    ['Council staff watched the video, in which Mayor Ann Lee was heard telling a clerk, "Nobody opens that gate before I say so."', 'Ann Lee'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a judge rules', () => {
  it.each([
    ['Ada Marsh "did put the harbour at grave risk for a decade," ruled Judge Tomas Reyes.', 'Tomas Reyes'],
    ['Judge Ruth Okafor ruled that the levy is "unlawful in every form it has taken since 2009."', 'Ruth Okafor'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('verbs of exclaiming and retorting', () => {
  it.each([
    ['“We will never sell the harbour to anyone,” the old skipper exclaimed.', 'skipper'],
    ['“Save our library, save our town!” Councillor Ada Marsh chanted with the marchers.', 'Ada Marsh'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toContain(speaker);
  });

  it('credit the next quotation in a run to the one who retaliated, not the one before', () => {
    expect(
      speakerOf(
        'Brandt said the town had lost its heart: “Kessel is no longer Kessel,” he claimed. “Kessel will always be Kessel,” an angry Mayor Ines Ortiz retaliated. “It never gives up, because it still holds on to its old ways.”',
      ),
    ).toBe('Ines Ortiz');
  });
});

describe('a year between the article and the role', () => {
  it('is not part of the speaker, so the role still speaks', () => {
    expect(speakerOf('“We lost the whole harvest that summer,” said a 2011 Brandt volunteer.')).toBe('Brandt volunteer');
  });
});

describe('a quotation that "that" makes the object of a verb before it', () => {
  it('is that verb subject’s, not the subject of a later verb with content of its own', () => {
    expect(
      speakerOf(
        'Even as Councillor Ada Marsh claimed on Monday that “the ferry was never in danger at all,” the harbour master said the two boats had nearly collided.',
      ),
    ).toBe('Ada Marsh');
  });
});

describe('"state" as a reporting verb', () => {
  it('follows a plural subject', () => {
    expect(speakerOf('“The harbour will stay closed to all traffic until the spring,” the port authorities state in their yearly report.')).toBe(
      'port authorities',
    );
  });

  it.each([
    ['the Norwegians state in the report', 2, true],
    ['the state said on Monday', 1, false],
    ['won in his state in March', 3, false],
    ['Illinois state Rep. Carol Ammons', 1, false],
    ['voters in this state say', 3, false],
  ])('%s', (text, at, verb) => {
    expect(isVerbAt(tokenize(text), at)).toBe(verb);
  });
});

describe('a surname that is also a common word ("Al From")', () => {
  it('stays in the name after a first name, and speaks alone later', () => {
    expect(
      speakerOf(
        '“We lost the harbour vote by a mile, and everyone knew it,” said Al From, who ran the campaign.',
        '“The circumstances are very different when the whole town is out of work,” From said.',
      ),
    ).toBe('Al From');
  });

  it('is not read into a name in a title-case line or before another capital', () => {
    expect(speakerOf('“We lost the harbour vote by a mile, and everyone knew it,” said Al, From Kessel.')).not.toBe('Al From');
  });
});
