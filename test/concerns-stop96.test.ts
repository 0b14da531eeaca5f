// Concerns (stop 96): a harm named inside a reported clause is feared as that clause, not as the whole sentence with its attribution.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 96: the reported clause is the fear', () => {
  it('"Mr Albanese said the dangers … outweighed the benefits" without "Mr Albanese said"', () => {
    expect(fearsOf('Mr Albanese said the dangers and costs of nuclear energy outweighed the energy benefits.')).toEqual([
      'the dangers and costs of nuclear energy outweighed the energy benefits',
    ]);
  });
  it('"claimed that … a serious threat, citing …" drops the citation', () => {
    expect(fearsOf('Bush emphatically claimed that terrorism was still a serious threat, citing the 2004 Beslan school hostage crisis.')).toEqual([
      'terrorism was still a serious threat',
    ]);
  });
  it('"Microsoft said in a statement it is investigating … an attack" is not cut to "in a statement …" (guard)', () => {
    const [fear] = fearsOf('Microsoft said in a statement it is investigating what it called a criminal attack on its software.');
    expect(fear).not.toMatch(/^in a statement/);
  });
  it('an inverted tag ("“…,” said one staffer, who said he was intimidated …") is no reported clause to cut at (guard)', () => {
    const [fear] = fearsOf('"I do not want to get on the wrong side of Trump," said one former campaign staffer, who said he was intimidated by the letter.');
    expect(fear).not.toMatch(/^one former campaign staffer/);
  });
});

describe('stop 96: a subordinate clause that reports is no subject of the sentence', () => {
  it('"While Ramos said that …, he appears uneasy" is not cut after "said that" (guard)', () => {
    const [fear] = fearsOf('While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy when asked about it.');
    expect(fear ?? '').not.toMatch(/^journalists/);
  });
});

describe('stop 96: "his" or "her" before a worry noun holds it', () => {
  it('"Despite his stern warning about …" is held by the man the pronoun means', () => {
    const concerns = concernsOf('Marco Rubio spoke in Iowa on Monday.', 'Despite his stern warning about the dangers of the deal, the Senate approved it.');
    expect(concerns.map((c) => c.holder)).toEqual(['Marco Rubio']);
  });
  it('"their warnings" names no one the rules resolve (guard)', () => {
    const concerns = concernsOf('Marco Rubio spoke in Iowa on Monday.', 'Despite their stern warnings about the dangers of the deal, the Senate approved it.');
    expect(concerns.map((c) => c.holder)).toEqual([null]);
  });
});

describe('stop 96: "his" after a role named in its sentence', () => {
  it('"If the president does follow through on his veto threat" is not held by the man named before (guard)', () => {
    const concerns = concernsOf(
      'Paul Ryan spoke in Iowa on Monday.',
      'If the president does follow through on his veto threat and the veto is overridden, it would be a first.',
    );
    expect(concerns.map((c) => c.holder)).not.toContain('Paul Ryan');
  });
});

describe('stop 96: a surname that is also a modal holds a concern', () => {
  it('"…, Will said." after "George Will" is held by George Will', () => {
    const concerns = concernsOf('George Will spoke on Monday.', 'The plan is dangerous for the country, Will said.');
    expect(concerns.map((c) => c.holder)).toEqual(['George Will']);
  });
  it('"In particular, Will wrote, Christie can challenge Clinton, whose time … made the world less safe"', () => {
    const concerns = concernsOf(
      'George Will spoke on Monday.',
      'In particular, Will wrote, Christie can challenge Hillary Clinton, whose time as secretary of state arguably made the world less safe.',
    );
    expect(concerns.map((c) => c.holder)).toEqual(['George Will']);
  });
});
