// Concerns (stop 94): a warning verb that frames a quotation fears what the quotation says.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const lead = 'David Cameron spoke on Monday.';
const fearOf = (paragraph: string): string | undefined => concernsOf(lead, paragraph)[0]?.fear;

describe('stop 94: a warning verb that frames a quotation', () => {
  it('"Speaking in London, he warned: “Britain will be at the back of the queue.”"', () => {
    expect(fearOf('Speaking in London, he warned: \u201cBritain will be at the back of the queue.\u201d')).toBe('Britain will be at the back of the queue');
  });
  it('"…, warning: “They are already there in the garrison.”"', () => {
    expect(fearOf('Liu said the army could be deployed in the city, warning: \u201cThey are already there in the garrison.\u201d')).toBe(
      'They are already there in the garrison',
    );
  });
  it('a cue that is no verb of speech frames nothing: "ranged from skeptical to hostile: “…?”" (guard)', () => {
    const sentence = 'His first five questioners ranged from skeptical to hostile: "Is it time for your strategy to change?"';
    expect(fearOf(sentence)).not.toBe('Is it time for your strategy to change');
  });
});

describe('stop 94: a quotation before a longer speech tag its verb closes', () => {
  it('"“There\'s some nagging concern …,” super PAC spokeswoman Kellyanne Conway said."', () => {
    const fear = fearOf(
      "\u201cThere's some nagging concern he has gone through the witness protection program to emerge a new conservative,\u201d super PAC spokeswoman Kellyanne Conway said.",
    );
    expect(fear).toBe("There's some nagging concern he has gone through the witness protection program to emerge a new conservative");
  });
});

describe('stop 94: a frame whose verb is followed by where it was said', () => {
  it('"…, said in a statement: “This act of terror … requires a serious response.”"', () => {
    const fear = fearOf(
      'Jennifer Palmieri, communications director for the campaign, said in a statement: \u201cThis act of terror is a tragedy that requires a serious response.\u201d',
    );
    expect(fear).toBe('This act of terror is a tragedy that requires a serious response');
  });
});

describe('stop 94: narration that opens a quotation before a closing tag', () => {
  it('\'Many of the problems in America "go back for decades," Obama said.\' drops the tag and keeps the quotation closed', () => {
    expect(fearOf('Many of the problems in America "go back for decades," Obama said.')).toBe('Many of the problems in America "go back for decades"');
  });
});
