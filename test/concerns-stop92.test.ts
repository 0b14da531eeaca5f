// Concerns (stop 92): a short bracket the clause reads on past is part of what is feared, not its end.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const lead = 'David Cameron spoke on Monday.';
const fearOf = (paragraph: string): string | undefined => concernsOf(lead, paragraph)[0]?.fear;

describe('stop 92: a bracket inside the feared clause', () => {
  it('"the new tax (on fuel) would hurt …" keeps the clause whole', () => {
    expect(fearOf('Union leaders warned that the new tax (on fuel) would hurt the poorest families in the north.')).toBe(
      'the new tax (on fuel) would hurt the poorest families in the north',
    );
  });
  it('"the drought (the worst in decades) could ruin …" keeps the clause whole', () => {
    expect(fearOf("Farmers fear that the drought (the worst in decades) could ruin this year's harvest.")).toBe(
      "the drought (the worst in decades) could ruin this year's harvest",
    );
  });
  it('a closing bracket aside in capitals still ends the fear (guard)', () => {
    expect(fearOf("Farmers fear that the drought could ruin this year's harvest (Reuters reported the figures on Monday).")).toBe(
      "the drought could ruin this year's harvest",
    );
  });
  it('a quotation closed before a colon and its credit ends the fear there', () => {
    expect(fearOf('"We fear that the plan could ruin the harbour.": Ann Lee, mayor of the town.')).toBe('the plan could ruin the harbour');
  });
});

describe('stop 92: a worry adjective set after its subject noun', () => {
  it('"Residents worried about flooding have asked …" fears the flooding, not the asking', () => {
    expect(fearOf('Residents worried about flooding have asked the council for new barriers.')).toBe('flooding');
  });
  it('"Investors fearful of a recession sold …" fears the recession', () => {
    expect(fearOf('Investors fearful of a recession sold their shares on Monday.')).toBe('a recession');
  });
  it('"With leaders worried about X, Obama is …": the absolute phrase ends at its comma', () => {
    expect(fearOf('With party leaders worried about a lack of passion among young voters, the president is rolling out a new message.')).toBe(
      'a lack of passion among young voters',
    );
  });
  it('"They were worried about flooding in the town" keeps its phrase (guard)', () => {
    expect(fearOf('They were worried about flooding in the town.')).toBe('flooding in the town');
  });
});
