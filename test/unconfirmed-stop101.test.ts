// Unconfirmed claims (stop 101): orders and demands are no claims; "claim" as taking a number of things; "it is understood" sources.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 101: an order or a demand is no claim left open', () => {
  it.each([
    'Since October, officials have told Harbourton residents not to drink the brown water coming out of their taps.',
    'Officials have told residents to boil their water.',
    'After examining her leg, she insisted that the patient go to the county hospital for an ultrasound.',
  ])('"%s" lists nothing', (sentence) => {
    expect(onlyUnconfirmed(sentence)).toBeUndefined();
  });
  it('a demand the cues never read as a claim lists nothing (guard)', () => {
    expect(onlyUnconfirmed('The board insisted that the chairman be removed at once.')).toBeUndefined();
  });
  it.each([
    ['Officials have told reporters that the plant will close.', 'the plant will close'],
    ['She insisted that the patient was at the county hospital that night.', 'the patient was at the county hospital that night'],
    ['He insisted that it would be fine.', 'it would be fine'],
  ])('"%s" still holds its claim (guard)', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ claim });
  });
});

describe('stop 101: "claim" as taking a number of things', () => {
  it('"Republicans claim a greater number of states" holds no claim', () => {
    expect(onlyUnconfirmed('Even though Republicans claim a greater number of states, Democrats continue to hold an edge nationally.')).toBeUndefined();
  });
});

describe('stop 101: "it is understood that" is unnamed sourcing', () => {
  it('gives the claim the anonymous-source kind', () => {
    const item = onlyUnconfirmed('It is understood that the board also considered his resignation and asked him to reconsider.');
    expect(item).toMatchObject({ kind: 'anonymous-source', cue: 'It is understood' });
  });
  it('"it is believed that" stays a hedge (guard)', () => {
    expect(onlyUnconfirmed('It is believed that the board also considered his resignation.')).toMatchObject({ kind: 'hedged' });
  });
});

describe('stop 101: where a claim cut from its sentence starts and ends', () => {
  it('leaves out a subordinator and an "and there\'s" clause after the cue', () => {
    const item = onlyUnconfirmed(
      'Conversion will be tough, however, since the catalog will probably stay fairly thin and there’s a lot of other options out there.',
    );
    expect(item?.claim).toBe('the catalog will probably stay fairly thin');
  });
  it('keeps "Since" that opens a sentence with a time (guard)', () => {
    expect(onlyUnconfirmed('Since the war the economy may have shrunk.')?.claim).toBe('Since the war the economy may have shrunk');
  });
  it('gives an accused description the name it stands beside', () => {
    const item = onlyUnconfirmed('Cuba also released Alan Gross, an American contractor accused of spying, but the deal was separate.');
    expect(item?.claim).toBe('Alan Gross, an American contractor accused of spying');
  });
  it('adds no name where none stands before the description (guard)', () => {
    expect(onlyUnconfirmed('Police arrested a man accused of stealing cars.')?.claim).toBe('a man accused of stealing cars');
  });
});

describe('stop 101: an adverb cue before a preposition ending in -ing', () => {
  it('"supposedly during …" hedges its clause, subject and all', () => {
    const item = onlyUnconfirmed('The photo shows the senator walking with her staff supposedly during one of the commercial breaks.');
    expect(item?.claim).toBe('The photo shows the senator walking with her staff supposedly during one of the commercial breaks');
  });
  it('"purportedly showing …" still claims the participle\'s phrase (guard)', () => {
    expect(onlyUnconfirmed('Officials examined a video purportedly showing the attack.')?.claim).toMatch(/^(?:a video )?purportedly showing the attack$/);
  });
});
