// What remains unconfirmed (stop 90, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { lexicons } from '../src/lexicon.js';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 90: what "were reported" with no reporter leaves open', () => {
  it('"Power cuts have been reported." and "Three blasts were reported in the harbour" are unverified, claimed subject and all', () => {
    expect(only('Power cuts have been reported.')?.kind).toBe('unverified');
    const blasts = only('Three blasts were reported in the harbour late on Friday.');
    expect(blasts?.kind).toBe('unverified');
    expect(blasts?.claim).toBe('Three blasts were reported in the harbour late on Friday');
  });
  it('"Four sailors were reported missing" is unverified', () => {
    expect(only('Four sailors were reported missing after the storm.')?.kind).toBe('unverified');
  });
  it('findings reported in a journal, and a report made to someone, are no second-hand claims (guard)', () => {
    expect(only('The results were reported in the journal Nature.')).toBeUndefined();
    expect(only('The losses were reported to the board on Monday.')).toBeUndefined();
  });
});

describe('stop 90: a right or a holding asserted is no claim', () => {
  it('"to assert its territorial claims" and "asserted his Fifth Amendment right" claim nothing open', () => {
    expect(only('The harbour board opposes any attempt by a rival port to assert its territorial or fishing claims.')).toBeUndefined();
    expect(only('Tom Marr asserted his Fifth Amendment right on the record before the committee.')).toBeUndefined();
  });
  it('a possessive that opens a clause with its own verb is still claimed (guard)', () => {
    expect(only('Tom Marr claims his net worth is in excess of ten billion dollars.')?.kind).toBe('allegation');
    expect(only('Ann Lee asserted her most powerful role in the harbour campaign is as a convert.')?.kind).toBe('allegation');
  });
});

describe('stop 90: "likely" before a verb', () => {
  it('"That likely won\'t be a reason to upgrade" hedges, though "that" stands before it', () => {
    expect(only('That likely won’t be a big reason for users to upgrade, though.')?.kind).toBe('hedged');
  });
  it('"that likely nominee" still describes a noun (guard)', () => {
    expect(only('The harbour board met that likely nominee on Friday.')).toBeUndefined();
  });
});

describe('stop 90: what testing or an analysis suggests', () => {
  it('"Our initial testing suggests that" and "some analyses suggest that" hedge an inference, they accuse no one', () => {
    expect(only('Our initial testing suggests that the new ferry can hold a higher speed for longer.')?.kind).toBe('hedged');
    expect(only('For instance, some analyses suggest that the harbour will need a second pier by the 2030s.')?.kind).toBe('hedged');
  });
  it('a person who suggests something still alleges it (guard)', () => {
    expect(only('Tom Marr suggested that the harbour board had hidden the repair bills.')?.kind).toBe('allegation');
  });
});

describe('stop 90: "That said" is no voice', () => {
  it('the idiom "That said, …" marks no source, while "the firm that said …" and "he said" still do', () => {
    const { voiceMarkers } = lexicons();
    expect(voiceMarkers.test('That said, the two harbours might have made a good fit.')).toBe(false);
    expect(voiceMarkers.test('But that said, the pier may hold.')).toBe(false);
    expect(voiceMarkers.test('The pier may hold, he said.')).toBe(true);
    expect(voiceMarkers.test('It was the firm that said the pier may hold.')).toBe(true);
  });
});

describe('stop 90: unnamed accounts', () => {
  it('"Some accounts said that the gunman screamed" is unverified', () => {
    expect(only('Some accounts said that the gunman screamed at the crowd during the shooting.')?.kind).toBe('unverified');
  });
  it("one named person's account is no second-hand report (guard)", () => {
    expect(only('Ann Lee gave her account of the day to the harbour board.')).toBeUndefined();
  });
});

describe('stop 90: what a speaker only understands', () => {
  it('"My understanding is that …", "as I understand it" and "To my knowledge" hedge the claim', () => {
    expect(only('“My understanding is that the board kept its promise to the harbour,” Tom Marr said.')?.kind).toBe('hedged');
    expect(only('The fence opens on weekends, and as I understand it, people from both sides can talk.')?.kind).toBe('hedged');
    expect(only('To my knowledge, there is no buyer for the pier as yet.')?.kind).toBe('hedged');
  });
  it('"Not to my knowledge" answers a question and claims nothing (guard)', () => {
    expect(only('Not to my knowledge.')).toBeUndefined();
  });
});

describe('stop 90: a paper named with a word before it, or an adverb after it', () => {
  it('"The Thai newspaper further reported" and "The Times newspaper also reported" are second-hand reports', () => {
    expect(only('“Police failed to calm them down,” the Thai newspaper further reported.')?.kind).toBe('unverified');
    expect(only('The Harbour newspaper also reported that the mayor had ordered the pier closed.')?.kind).toBe('unverified');
  });
});

describe('stop 90: a source with no claim beside it', () => {
  it('"According to the Harbour Post, basically." names a source and claims nothing in its sentence', () => {
    expect(only('According to the Harbour Post, basically.')).toBeUndefined();
  });
  it('"According to the Harbour Post, the pier will close." still leaves its claim open (guard)', () => {
    expect(only('According to the Harbour Post, the pier will close in May.')?.kind).toBe('unverified');
  });
});
