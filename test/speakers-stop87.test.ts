// Speakers (stop 87, from a judged sample): two given names before one surname ("Bill and Hillary Clinton") are two people.
import { describe, expect, it } from 'vitest';
import { indexNames } from '../src/analyze/name-index.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { speakerOf } from './helpers/analyze.js';

const personNames = (text: string): string[] =>
  indexNames(splitSentences([{ index: 0, text }]))
    .mentions.filter((m) => m.kind === 'person')
    .map((m) => m.name);

describe('stop 87: "Given and Given Surname"', () => {
  it('"Mr. Clinton" after "Bill and Hillary Clinton" is Bill, and "Mrs. Clinton" Hillary', () => {
    const opening = 'Bill and Hillary Clinton spoke at the convention on Thursday.';
    expect(speakerOf(opening, '“He has done nothing for this town in ten years,” Mr. Clinton said.')).toBe('Bill Clinton');
    expect(speakerOf(opening, '“I cannot walk into a room with his pictures,” Mrs. Clinton said.')).toBe('Hillary Clinton');
  });
  it('a first given name no list holds gets the full name when the article writes it nowhere else', () => {
    expect(personNames('Khizr and Ghazala Khan spoke at the convention on Thursday. Mr. Khan held up a copy of the Constitution.')).toContain('Khizr Khan');
  });
  it('a surname before "and" is no given name: "Clinton and Bernie Sanders" names no "Clinton Sanders"', () => {
    expect(personNames('Hillary Clinton won. Clinton and Bernie Sanders debated on Thursday. Sanders said little.')).not.toContain('Clinton Sanders');
    expect(personNames('Clinton won again. Clinton and Bernie Sanders debated on Thursday. Sanders said little.')).not.toContain('Clinton Sanders');
  });
  it('a place before "and" is no given name ("Iowa and Jeb Bush")', () => {
    expect(personNames('The race moved on. Iowa and Jeb Bush parted ways on Thursday. Bush said little.')).not.toContain('Iowa Bush');
  });
});

describe('stop 87: subjects joined by "and" before a passive', () => {
  it('"mayor Ann Lee and alderman Brepoels, the police and the council were disparaged with slogans …" credits no one', () => {
    expect(
      speakerOf(
        'During the march, mayor Ann Lee and alderman Brepoels, the police and the council were disparaged with slogans which translate to "You cannot evict the ideals of the harbour."',
      ),
    ).toBeNull();
  });
  it('a subject that acts still speaks: "The Harbor Commission adopted a motion …"', () => {
    expect(speakerOf('The Harbor Commission and the council adopted a motion "to restore full ferry service before the summer."')).not.toBeNull();
  });
});

describe('stop 87: an opener that ends on a quoted title', () => {
  it('\'On "Face the Nation," Sen. Ann Lee identified …\' makes her the subject, and the quotation after it hers', () => {
    expect(
      speakerOf(
        'On "Face the Nation," Sen. Ann Lee identified the fare rise as one of the reasons for the protest. "The younger people are more than any generation sick and tired of waiting."',
      ),
    ).toBe('Ann Lee');
  });
  it('a quotation that opens after the comma is no title: \'On Sunday, "we will win," …\' is not skipped into', () => {
    expect(speakerOf('On Sunday, "we will win the harbour vote by a mile," Ann Lee told the crowd at the pier.')).toBe('Ann Lee');
  });
});

describe('stop 87: "he" after a person introduced with a role behind a preposition', () => {
  it('"courtesy of Wes Nakagiri, a delegate from Michigan, …" is the "he" of the next quotation, not a man named earlier', () => {
    expect(
      speakerOf(
        'Congressman Tom Massie used to support fellow Kentuckian Rand Paul at the fair.',
        'Boos rained down on the crowd. The chant went on all week. The band played late into the night.',
        'The mayor made an appearance of sorts, courtesy of Wes Nakagiri, a delegate from Michigan who dressed up in a prison outfit.',
        '“I heard the chant last night and thought it would be funny to buy an orange jump suit,” he said.',
      ),
    ).toBe('Wes Nakagiri');
  });
});
