// Speakers (stop 90): who a pronoun after a quotation means, when the quotation's speaker stands after its verb with modifiers.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakers } from './helpers/analyze.js';

describe('stop 90: "admitted the 28-year-old Morientes" is the subject a following "He added" goes on with', () => {
  it('the "He added" quotation is the striker\'s, not the manager named as subject before', () => {
    const brief = analyzeParagraphs(
      'Harbour United eye striker',
      'Harbour United may bid for the striker Tom Marr this winter.',
      'Harbour boss Jim Lee is keen to strengthen his side. "If there is a good offer I would be keen to leave," admitted the 28-year-old Marr. He added: "I am not in control of the situation at all."',
    );
    expect(speakers(brief).map(([, name]) => name)).toEqual(['Tom Marr', 'Tom Marr']);
  });
  it('"said the Harbour campaign has …": a name that modifies a noun after it is no inverted subject (guard)', () => {
    const brief = analyzeParagraphs(
      'Harbour vote',
      'Tom Marr, the council\'s leader, said the Harbour campaign has yet to reply, though he argued the plan "would be the right system for the town."',
    );
    expect(speakers(brief).map(([, name]) => name)).toEqual(['Tom Marr']);
  });
});

describe('stop 90: a party word before a surname', () => {
  it('"Republican Marr and Democrat Lee have criticized the harbour board" are Tom Marr and Ann Lee', () => {
    const brief = analyzeParagraphs(
      'Harbour jobs',
      'Tom Marr and Ann Lee both spoke at the harbour on Monday.',
      'Republican Marr and Democrat Lee have criticized the harbour board for the layoffs.',
    );
    expect(brief.concerns.map((c) => c.holder)).toEqual(['Tom Marr and Ann Lee']);
  });
  it('"Republican Marr said" is Tom Marr', () => {
    const brief = analyzeParagraphs('Harbour jobs', 'Tom Marr spoke first.', 'Republican Marr said: "We will bring the harbour jobs back to this town."');
    expect(speakers(brief).map(([, name]) => name)).toEqual(['Tom Marr']);
  });
  it('a party\'s members ("Democratic Unionists") and a place ("a Democrat of Indiana") are no person (guard)', () => {
    const brief = analyzeParagraphs(
      'Harbour jobs',
      'Some Democratic Unionists said the harbour board "will never keep its promises to the town."',
      '"They are trying to sell the town short," said Ann Lee, a Democrat of Indiana.',
    );
    expect(speakers(brief).map(([, name]) => name)).not.toContain('Unionists');
    expect(speakers(brief).map(([, name]) => name)).not.toContain('Indiana');
  });
});
