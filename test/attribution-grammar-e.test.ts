// Role speakers keep the phrase that defines them, and sentences without a verb of saying credit no one (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerProblem } from '../src/analyze/speaker-check.js';
import { analyzeParagraphs, speakerOf } from './helpers/analyze.js';

/** The speaker credited with the last quotation of at least four words. */
describe('a role keeps the phrase that says whom it serves', () => {
  it.each([
    ['“The numbers in the suburbs are slipping every week,” said a person close to the Hendersons.', 'a person close to the Hendersons'],
    [
      '“We have a long road ahead of us in the fall,” said a longtime adviser to both Hendersons, who asked not to be named.',
      'a longtime adviser to both Hendersons',
    ],
    // A spokesman for a body speaks for it, as "a Treasury spokesman" does (stop 86); for a person, the role stays.
    ['“The budget request will arrive on time,” said a spokesman for the Treasury.', 'Treasury'],
    ['“This looks a lot like the race in 1996,” said one senior aide to Governor Ellen Marsh.', 'one senior aide to Governor Ellen Marsh'],
    ['A spokeswoman for Mayor Dana Whitfield said the city would “review every contract signed last year.”', 'a spokeswoman for Mayor Dana Whitfield'],
    ['“The library will stay open on weekends,” the former chief aide to Governor Ellen Marsh said.', 'former chief aide to Governor Ellen Marsh'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('an unnamed spokesman whose own words name a body speaks for it, not for the body just named', () => {
    expect(speakerOf('The Harbour Council says the quay is calm. “The numbers are down by half this month,” said a police spokesman.')).toBe(
      'police spokesman',
    );
    // The same words in the name just given, or a word that points back ("company"), keep that body.
    expect(speakerOf('Harbour Valley Police closed the quay. “The exit was closed for several hours,” a police spokesperson said.')).toBe(
      'Harbour Valley Police',
    );
    expect(speakerOf('Harbour Freight Ltd cut its prices. “Our sales are up by a third this year,” said a company spokesman.')).toBe('Harbour Freight Ltd');
  });

  it('still credits the name in apposition after the role', () => {
    expect(speakerOf('“The budget request will arrive on time,” said a spokesman for the Treasury, Carl Brandt, on Monday.')).toBe('Carl Brandt');
  });
});

describe('a sentence with no verb of saying: the subject speaks only when its verb could report', () => {
  it.each([
    // Not the nurses: the federation is who calls her so (the participle rule's "with … calling her").
    [
      'Nurses were among the first groups to back Governor Ellen Marsh, with the state federation calling her “the fighter our hospitals have been waiting for.”',
      'state federation',
    ],
    ['To the neighbours, Carl Brandt is the “quiet and generous” man who rebuilt the old mill after the flood.', null],
    ['It’s become such a fixture of the tour that Marsh on Sunday thanked the choir “for every song they sang this spring.”', null],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('keeps a subject whose verb reports', () => {
    expect(speakerOf('Governor Ellen Marsh is questioning whether the board would have approved the plan “if it had been read in full.”')).toBe('Ellen Marsh');
  });
});

describe('a passive "was asked" or "was told": the one asked does not speak', () => {
  it.each([
    ['Marsh was asked by radio host Peter Lund, who has backed her rival, “Would you sign the bill if it reached your desk this year?”', 'Peter Lund'],
    ['In an interview with a local paper, Marsh was asked, “Where were you on the night the levee failed?”', null],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});

describe('a determiner alone is no speaker', () => {
  it.each(['Another', 'Some', 'One'])('rejects "%s"', (name) => {
    expect(speakerProblem({ name, kind: 'unknown' })).not.toBeNull();
  });
});

describe('a state or province alone is no speaker', () => {
  it.each(['Vermont', 'South Carolina', 'Ohio', 'Manitoba'])('rejects "%s"', (name) => {
    expect(speakerProblem({ name, kind: 'organisation' })).not.toBeNull();
  });
  it('keeps one that is also a given name ("Victoria") and the state capital that stands for a government ("Washington")', () => {
    expect(speakerProblem({ name: 'Victoria', kind: 'person' })).toBeNull();
    expect(speakerProblem({ name: 'Washington', kind: 'organisation' })).toBeNull();
  });
  it('credits the senator from Vermont the article named, not Vermont', () => {
    const text =
      'Bernie Sanders spoke in Iowa on Sunday.\n\nThe senator from Vermont said the system was "corrupt," noting that it is "very strange that a major bank that pays fines is never prosecuted."';
    expect(speakerOf(text)).not.toBe('Vermont');
  });
});

describe('a verb and its object are no speaker', () => {
  it.each([
    'Consider this 2014 entry',
    'Other Republicans echoed those',
    'trailer shows a clip',
    'merger of the big newspaper',
    'Florida senator’s answer',
    'examines bellwether',
  ])('rejects "%s"', (name) => {
    expect(speakerProblem({ name, kind: 'unknown' })).not.toBeNull();
  });
  it.each(['spokesman for this group', 'German user', 'Pentagon official'])('keeps "%s"', (name) => {
    expect(speakerProblem({ name, kind: 'unknown' })).toBeNull();
  });
});

describe('a surname ending in -ly is a name, not an adverb', () => {
  it('"Kelly said" keeps Kelly as the subject', () => {
    const a = analyzeParagraphs(
      'Budget vote',
      'Senator Ann Kelly voted against the bill on Tuesday.',
      '"This budget leaves rural hospitals with nothing to spend," Kelly said.',
    );
    expect(a.quotes[0]?.speaker?.name).toBe('Ann Kelly');
  });
});
