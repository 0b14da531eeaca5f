// Precision round: where a rule guessed a speaker the sentence does not name, it now abstains or finds the right one (hand-written examples).
import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

describe('a role after an opening phrase', () => {
  it('is the subject, not a place named inside the opening phrase', () => {
    expect(speakerOf('At the meeting in Dover on Monday, the harbour master retorted: "There is no money left for the pier this year."')).toBe(
      'harbour master',
    );
  });

  it('still gives way to the name it stands in apposition to', () => {
    expect(speakerOf('Ann Lee, the harbour master retorted: "There is no money left for the pier this year."')).toBe('Ann Lee');
  });
});

describe('a phrase between "said" and the quotation with no comma or colon', () => {
  it('is the subject of the reported clause, not the speaker', () => {
    expect(
      speakerOf(
        'A former mayor -- Ann Lee, who lost the 2008 election to Baker -- said the governor "offered no changes to his reactive and incremental strategy."',
      ),
    ).not.toBe('governor');
  });

  it('still speaks when a colon sets the quotation off', () => {
    expect(speakerOf('Then said the governor: "We offered no changes to the plan for the pier."')).toBe('governor');
  });
});
