// What remains unconfirmed (stop 89, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 89: unnamed executives, producers and hyphenated sources', () => {
  it('"according to a high-level source inside the company" and "according to a former harbour producer" are anonymous sources', () => {
    expect(only('The mayor complained to the board, according to a high-level source inside the company.')?.kind).toBe('anonymous-source');
    expect(only('According to a former harbour producer, the clerk entered fake names into the diary.')?.kind).toBe('anonymous-source');
  });
  it('"a Harbour executive said", "said one former executive" and a bare "said officials." are anonymous sources', () => {
    expect(only('She handled the mayor’s personal expenses, a Harbour executive said.')?.kind).toBe('anonymous-source');
    expect(only('The mayor was not one for sharing decisions, said one former executive.')?.kind).toBe('anonymous-source');
    expect(only('The ferry company gave them money every three months, said officials.')?.kind).toBe('anonymous-source');
  });
  it('an executive told something is the listener, not a source (guard)', () => {
    expect(only('The mayor said he always walks away, he told an NBC executive.')).toBeUndefined();
  });
});

describe('stop 89: modals that weigh no open claim', () => {
  it('"concessions they might not otherwise have agreed to" tells what the fact prevented, no hedge', () => {
    expect(only('The threat of tariffs has prompted officials to make concessions they might not otherwise have agreed to.')).toBeUndefined();
  });
  it('"In other words, if …, we\'d probably …" is a conditional like one that opens on "If"', () => {
    expect(only("In other words, if the town was attacked by a superpower, we'd probably all be vaporized instantly.")).toBeUndefined();
  });
  it('a linking phrase with no "if" after it leaves the hedge in place (guard)', () => {
    expect(only('In other words, the ferry will probably stop sailing in the spring.')?.kind).toBe('hedged');
    expect(only('The mayor said the ferry might be sold to a private operator.')?.kind).toBe('hedged');
  });
});

describe('stop 89: "has reported to" someone is a line of command', () => {
  it('"Ailes has reported to them since June" claims nothing second-hand', () => {
    expect(only('Technically, the harbour master has reported to them since June 2015.')).toBeUndefined();
  });
  it('"the Gazette has reported that …" stays an unverified report (guard)', () => {
    expect(only('The Harbour Gazette has reported that the mayor will resign.')?.kind).toBe('unverified');
  });
});

describe('stop 89: "has denied these claims" points back', () => {
  it('the claim is the sentence before, not the denial', () => {
    const items = analyzeParagraphs(
      'Harbour arrests',
      'The court case sought to ban the Harbour Party for secret dealings with the ferry company. The Harbour Party has denied these claims.',
    ).unconfirmed;
    expect(items.map((u) => u.claim)).toContain('The court case sought to ban the Harbour Party for secret dealings with the ferry company');
  });
});

describe('stop 89: "the accused shooter" names an allegation', () => {
  it('"The accused shooter, Tom Marr, …" is an allegation, as "the alleged shooter" is', () => {
    expect(only('The accused shooter, Tom Marr, 27, was arrested at his home on Friday.')?.kind).toBe('allegation');
  });
  it('"the accused" as a noun in a court report, and "accused" as a verb, stay as they were (guard)', () => {
    expect(only('The accused stood silently in the dock on Friday.')).toBeUndefined();
    expect(only('The mayor accused the harbour board of hiding the accounts.')?.kind).toBe('allegation');
  });
});

describe('stop 89: stated gaps', () => {
  it('"we couldn\'t reach the owners" and "did not supply an overall cost estimate" are gaps', () => {
    expect(only("We couldn't reach the owners of the harbour estate for comment.")?.kind).toBe('gap');
    expect(only('The candidate did not supply an overall cost estimate for the harbour plan.')?.kind).toBe('gap');
  });
  it('reaching a place or an agreement is no gap (guard)', () => {
    expect(only('The ferry could not reach the harbour in the storm.')).toBeUndefined();
    expect(only('The two sides were unable to reach an agreement on Friday.')).toBeUndefined();
  });
});

describe('stop 89: "it\'s plausible that" and "it\'s assumed" hedge', () => {
  it('both mark the claim after them as hedged', () => {
    expect(only("It's plausible that the mayor will try to sell the ferry in competition with the board.")?.kind).toBe('hedged');
    expect(only("It's assumed the ruling should benefit the harbour board.")?.kind).toBe('hedged');
  });
  it('"a plausible plan" is no hedge (guard)', () => {
    expect(only('The board presented a plausible plan for the new ferry.')).toBeUndefined();
  });
});

describe('stop 89: more outlets as second-hand sources', () => {
  it('"according to Vanity Fair —", "according to The New Yorker", "…, reported MSNBC." are unverified reports', () => {
    expect(only('The mayor kept a gun in his office, according to Vanity Fair — and he demanded loyalty.')?.kind).toBe('unverified');
    expect(only('The mayor kept a gun in his office, according to The New Yorker.')?.kind).toBe('unverified');
    expect(only('The claims about the harbour reflected nothing, reported MSNBC.')?.kind).toBe('unverified');
  });
  it('an outlet relaying words on record stays out (guard)', () => {
    expect(only('"We will close the pier," the mayor said, according to Vanity Fair.')).toBeUndefined();
  });
});
