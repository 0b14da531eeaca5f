// Stop 60: a state's abbreviation in a fronted place phrase is never the speaker (hand-written examples).
import { describe, expect, it } from 'vitest';
import { isStateAbbreviation } from '../src/analyze/state-speaker.js';
import { openerTailEnd } from '../src/analyze/phrase-words.js';
import { tokenize } from '../src/analyze/tokens.js';
import { speakerOf } from './helpers/analyze.js';

describe('a state abbreviation as a speaker', () => {
  it('is no one: the quotation is left without a speaker rather than credited to the place', () => {
    const text = 'At a fair in Dover, N.H., on Friday, Governor Ann Lee of Maine praised the plan, saying that it would "keep the harbour open."';
    expect(speakerOf(text)).not.toBe('N.H.');
    expect(isStateAbbreviation(['N.H.'])).toBe(true);
    expect(isStateAbbreviation(['Calif.'])).toBe(true);
    expect(isStateAbbreviation(['Calif'])).toBe(true);
  });
  it('leaves names alone: given names that spell a state, longer names, and the speaker of a plain sentence', () => {
    expect(isStateAbbreviation(['Del'])).toBe(false);
    expect(isStateAbbreviation(['Ann', 'Lee'])).toBe(false);
    expect(isStateAbbreviation(['Vermont'])).toBe(false);
    expect(speakerOf('Governor Ann Lee of Maine praised the plan on Friday, saying that it would "keep the harbour open."')).toBe('Ann Lee');
  });
});

describe('an opener that runs past its first comma', () => {
  it('takes in a state after the town and a day after it, so the subject after them speaks', () => {
    expect(speakerOf('At a fair in Dover, N.H., on Friday, Governor Ann Lee of Maine praised the plan, saying that it would "keep the harbour open."')).toBe(
      'Ann Lee',
    );
    expect(speakerOf('In a speech in Fresno, Calif., last Tuesday, Mayor Tom Hale backed the plan, saying it would "bring water to every farm."')).toBe(
      'Tom Hale',
    );
  });
  it('takes in the year of a date ("On July 6, 2015, Lee made …"), a state and a day, and nothing else', () => {
    const restOf = (text: string): string => {
      const tokens = tokenize(text);
      const end = openerTailEnd(tokens, tokens.findIndex((t) => t.text === ',') + 1);
      return tokens
        .slice(end)
        .map((t) => t.text)
        .join(' ');
    };
    expect(restOf('On July 6, 2015, Lee made the following comment:')).toBe('Lee made the following comment :');
    expect(restOf('At a fair in Dover, N.H., on Friday, Lee spoke')).toBe('Lee spoke');
    expect(restOf('At the hearing, Ann Lee, the mayor, spoke')).toBe('Ann Lee , the mayor , spoke');
  });
  it('stops at anything else after the comma: an apposition or the subject itself', () => {
    expect(speakerOf('At the hearing, Ann Lee, the mayor, defended the plan, saying it would "keep the harbour open."')).toBe('Ann Lee');
  });
});

describe('dotted initials before a surname', () => {
  it('are the given name ("Rep. G.K. Fenwick", "J.J. Kettering"), not part of the title', () => {
    expect(speakerOf('"The harbour must stay open," said Rep. G.K. Fenwick of Maine.')).toBe('G.K. Fenwick');
    expect(speakerOf('"The port will lose its ferries," said J.J. Kettering, an expert on shipping.')).toBe('J.J. Kettering');
  });
  it('stay out of the name when they name a place, or stand before a given name', () => {
    expect(speakerOf('"We will not leave the port," said U.S. Ambassador Tom Hale.')).toBe('Tom Hale');
    expect(speakerOf('"The port will lose its ferries," said Captain N.E.S. Isabel.')).not.toBe('N.E.S. Isabel');
  });
});
