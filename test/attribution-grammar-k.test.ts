// Stop 45: speakers found wrong by review 4343 (hand-written examples).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakerOf, speakers } from './helpers/analyze.js';

const QUOTE = '"We will not sign the harbour deal this year,"';

describe('a body named "X of A and B"', () => {
  it('keeps the words after its "of" as its field, not as a person', () => {
    expect(speakerOf(`${QUOTE} the Department of Trade and Industry said.`)).toBe('Department of Trade and Industry');
    expect(speakerOf(`The Ministry of Health and Social Care said: ${QUOTE.replace(/,"$/, '."')}`)).toBe('Ministry of Health and Social Care');
    expect(speakerOf(`The Seed and Grain Administration said: ${QUOTE.replace(/,"$/, '."')}`)).toBe('Seed and Grain Administration');
  });

  it('still gives the person a title after the body names', () => {
    expect(speakerOf(`Department of Harbours spokesman Tom Baker said: ${QUOTE.replace(/,"$/, '."')}`)).toBe('Tom Baker');
    expect(speakerOf(`Ministry of Ports and Harbours official Ann Berg said: ${QUOTE.replace(/,"$/, '."')}`)).toBe('Ann Berg');
  });
});

describe('a party label before a name', () => {
  it("is the person's description, not part of the name", () => {
    const said = 'Mr Hale said: "I have been warning for months that this would happen."';
    expect(speakerOf(`But Lib Dem Tom Hale accused ministers of dumping waste.\n\n${said}`)).toBe('Tom Hale');
    expect(speakerOf(`But Tory Tom Hale accused ministers of dumping waste.\n\n${said}`)).toBe('Tom Hale');
    expect(speakerOf(`GOP Tom Hale said: "I have been warning for months that this would happen."`)).toBe('Tom Hale');
  });
});

describe('a run of quotations', () => {
  it('stops at a new person whose verb follows an apposition that is no "a …" or "who …"', () => {
    const text =
      '"We do not understand why the trust has taken this position," Tom Hale said. In an interview with the Harbour Gazette, Ann Berg, ' +
      'co-chair of the Harbour Trust, said that the trust does not want to work with Mr Hale. "I do not want to work with somebody who is suing me."';
    expect(speakers(analyzeParagraphs('T', text)).at(-1)?.[1]).toBe('Ann Berg');
  });
});

describe('two roles of one person joined by "and" after the verb', () => {
  it('credits the name after the second role, not the first role', () => {
    expect(speakerOf(`${QUOTE} said former Harbour Board chair and port commissioner Ana Ruiz.`)).toBe('Ana Ruiz');
    expect(speakerOf(`${QUOTE} said environmental lawyer and Greens candidate for Eastport Tomas Reyes.`)).toBe('Tomas Reyes');
  });

  it('leaves two people as they were: a name or a determiner right after "and"', () => {
    expect(speakerOf(`${QUOTE} said the harbour master and Ana Ruiz.`)).not.toBe('Ana Ruiz');
    expect(speakerOf(`${QUOTE} said the harbour master and the port commissioner Ana Ruiz.`)).not.toBe('Ana Ruiz');
  });
});
