// Stop 42: a speaking role with an aside of how it spoke, and a country's initials before a role (hand-written examples).
import { describe, expect, it } from 'vitest';
import { asideBefore } from '../src/analyze/aside.js';
import { tokenize } from '../src/analyze/tokens.js';
import { analyzeParagraphs, speakerOf, speakers } from './helpers/analyze.js';

const QUOTE = '"We will not sign the harbour deal this year,"';

describe('an aside of speaking between a role and its verb', () => {
  it('leaves the role as the speaker, with commas or without', () => {
    expect(speakerOf(`${QUOTE} an Ostrian official, speaking on the condition of anonymity to discuss the schedule, said.`)).toBe('Ostrian official');
    expect(speakerOf(`${QUOTE} a port adviser, who spoke on the condition of anonymity to speak candidly, said.`)).toBe('port adviser');
    expect(speakerOf(`${QUOTE} a harbour official who spoke anonymously to discuss internal strategy said.`)).toBe('harbour official');
    expect(speakerOf(`${QUOTE} an aide who was not authorized to speak publicly said.`)).toBe('aide');
    expect(speakerOf(`${QUOTE} a senior official speaking on condition of anonymity said.`)).toBe('senior official');
  });

  it('is not found in a relative clause that tells something else, nor in a participle right before the verb', () => {
    const tokens = tokenize('the polling guru who founded the site, tweeted');
    expect(asideBefore(tokens, tokens.length - 1)).toBe(-1);
    const speaking = tokenize('the man kept speaking said');
    expect(asideBefore(speaking, speaking.length - 1)).toBe(-1);
    const aside = tokenize('an official, speaking to the press, said');
    expect(asideBefore(aside, aside.length - 1)).toBe(2);
  });

  it('still gives way to the name before it', () => {
    expect(speakerOf(`${QUOTE} Tom Baker, speaking to reporters at the harbour, said.`)).toBe('Tom Baker');
  });
});

describe('a country in capitals before a role', () => {
  it('is part of the role, not the pronoun "us"', () => {
    expect(speakerOf(`${QUOTE} a US official said on Monday.`)).toBe('US official');
    expect(speakerOf(`${QUOTE} US officials said on Monday.`)).toBe('US officials');
  });

  it('while "us" in lower case is still no speaker', () => {
    expect(speakerOf(`${QUOTE} all of us said.`)).toBeNull();
  });
});

describe('one person given two roles joined by "and"', () => {
  const before = 'Sen. Ann Lee spoke first, ripping into Governor Tom Hill late on Tuesday.';
  it('is found by the first role', () => {
    expect(speakerOf(`${before} ${QUOTE} the Ostrian senator and Green presidential candidate said in a statement.`)).toBe('Ann Lee');
  });

  it('but two roles each with its own article are two people, and the first is not taken for both', () => {
    expect(speakerOf(`${before} ${QUOTE} the senator and the governor said in a statement.`)).not.toBe('Ann Lee');
  });
});

describe('a transcript whose labels stand inside the quotation marks', () => {
  it('credits each label, carries it to the paragraphs after it, and gives an unknown label no one', () => {
    const a = analyzeParagraphs(
      'Depot talks',
      'Governor Ellen Marsh spoke to the host of the morning show on Sunday.',
      '"HOST: Will the new depot open before the winter comes this year?',
      '"MARSH: It will open before the winter comes, and on time.',
      '"And the buses will run from it every ten minutes, all day long."',
    );
    expect(speakers(a).map(([, s]) => s)).toEqual([null, 'Ellen Marsh', 'Ellen Marsh']);
  });
});

describe('a document the article gave an owner', () => {
  const named = 'A report by the Harbour Institute was published on Monday.';
  it('speaks for that owner when it is named again with "the"', () => {
    expect(speakerOf(`${named} ${QUOTE} the report said.`)).toBe('Harbour Institute');
    expect(speakerOf(`A report by the Ostrian government was published on Monday. ${QUOTE} the report said.`)).toBe('Ostrian government');
  });

  it('but not when the owner is a person the capitals do not name, nor when "by" says who obtained it', () => {
    expect(speakerOf(`An account from the CIA base chief was published on Monday. ${QUOTE} the account said.`)).toBeNull();
    expect(speakerOf(`A letter obtained by The Harbour Post was published on Monday. ${QUOTE} the letter said.`)).toBeNull();
  });

  it('names the owner written before the document too, and takes an acronym of it for the same owner', () => {
    const owned = "A Harbour Audit Office report on the ferries says costs have risen. The HAO's annual report showed delays.";
    expect(speakerOf(`${owned} ${QUOTE} the report says.`)).toBe('Harbour Audit Office');
    // Two owners of "a report" leave "the report" nobody's.
    expect(speakerOf(`A Harbour Audit Office report says costs rose. A Dock Union report says they fell. ${QUOTE} the report says.`)).toBeNull();
  });

  it('counts a message, a lawsuit, a filing, a complaint, a brief and a note as documents', () => {
    expect(speakerOf(`${QUOTE} Ann Lee's message read.`)).toBe('Ann Lee');
    expect(speakerOf(`A lawsuit by the Harbour Institute was filed on Monday. ${QUOTE} the lawsuit says.`)).toBe('Harbour Institute');
    expect(speakerOf(`However, Ann Lee's brief said the pier "was never safe for the buses at all."`)).toBe('Ann Lee');
  });
});
