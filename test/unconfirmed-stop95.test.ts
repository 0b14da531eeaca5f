// Unconfirmed claims (stop 95): "That might be …" is the modal, not the noun "might"; a stated likelihood or chance is a hedge.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 95: "might" after a demonstrative subject', () => {
  it('"That might be difficult" hedges', () => {
    expect(onlyUnconfirmed('That might be difficult for the team to accept next year.')).toMatchObject({ kind: 'hedged', cue: 'might be' });
  });
  it('"he said this might ruffle some feathers" hedges', () => {
    expect(onlyUnconfirmed('He said this might ruffle some feathers in the party next year.')).toMatchObject({ kind: 'hedged', cue: 'might ruffle' });
  });
  it('"that might of the old empire" is the noun (guard)', () => {
    expect(onlyUnconfirmed('They admired that might of the old empire for years.')).toBeUndefined();
  });
});

describe('stop 95: a stated likelihood or chance', () => {
  it('"a very strong likelihood that …" hedges the clause after it', () => {
    expect(onlyUnconfirmed('There is a very strong likelihood that the eight men are from Burma.')).toMatchObject({
      kind: 'hedged',
      cue: 'a very strong likelihood',
      claim: 'the eight men are from Burma',
    });
  });
  it('"has a real chance to win" hedges', () => {
    expect(onlyUnconfirmed('I think Donald has a real chance to win the whole thing.')).toMatchObject({ kind: 'hedged', cue: 'a real chance' });
  });
  it('"giving folks a fair chance to get ahead" is an opportunity given, not a likelihood (guard)', () => {
    expect(onlyUnconfirmed('It is about giving folks a fair chance to get ahead in life.')).toBeUndefined();
  });
});

describe('stop 95: an unnamed source with an aside before its verb', () => {
  it('"A senior defence official, speaking to the BBC, said …"', () => {
    expect(onlyUnconfirmed('A senior defence official, speaking to the BBC, said the project had been mismanaged for years.')).toMatchObject({
      kind: 'anonymous-source',
      claim: 'the project had been mismanaged for years',
    });
  });
  it('"…, said one legal expert, as reported by the Independent"', () => {
    expect(onlyUnconfirmed('The contract was cancelled, said one legal expert, as reported by the Independent newspaper.')).toMatchObject({
      kind: 'anonymous-source',
      cue: 'said one legal expert',
    });
  });
  it('an aside that grants anonymity leaves that shorter cue to speak (guard)', () => {
    expect(onlyUnconfirmed('An official, speaking on condition of anonymity, said the talks had stalled.')?.cue).toBe('on condition of anonymity');
  });
});

describe('stop 95: a hedge after "and" governs only its own verb phrase', () => {
  it('"The film secured a … showing and may have some staying power" → the subject and the hedged half', () => {
    expect(onlyUnconfirmed('The film secured a respectable number one showing and may have some staying power in the coming weeks.')?.claim).toBe(
      'The film may have some staying power in the coming weeks',
    );
  });
  it('a first half with two verbs keeps the claim whole (guard)', () => {
    expect(onlyUnconfirmed('Officials found the bridge cracked and may close it next year.')?.claim).toBe(
      'Officials found the bridge cracked and may close it next year',
    );
  });
});

describe('stop 95: a participle with a zero "that" claims its clause', () => {
  it('"The nurse later sued, claiming the quarantine violated her rights" → the clause', () => {
    expect(onlyUnconfirmed('The nurse later sued, claiming the quarantine violated her constitutional rights.')).toMatchObject({
      kind: 'allegation',
      claim: 'the quarantine violated her constitutional rights',
    });
  });
  it('a quotation after the participle is left whole (guard)', () => {
    expect(
      onlyUnconfirmed('Prosecutors argued for the sentence, alleging "his plea could have been used to harm the country," a lawyer said.')?.claim,
    ).not.toMatch(/^"/);
  });
});

describe("stop 95: a quotation's credit ends the claim", () => {
  it('"…," added Murphy, referring to … is cut off with the stray opening mark', () => {
    expect(
      onlyUnconfirmed('“It now has general election relevance in a way that it might not have just six months ago,” added Murphy, referring to the killings.')
        ?.claim,
    ).toBe('It now has general election relevance in a way that it might not have just six months ago');
  });
  it('a claim of fewer than three words before the credit keeps the credit (guard)', () => {
    expect(onlyUnconfirmed('“Maybe,” said Murphy.')?.claim ?? '').not.toBe('Maybe');
  });
});
