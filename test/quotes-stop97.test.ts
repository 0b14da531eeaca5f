// Quotations and titles (stop 97): a plural role before a list of names ("Senators Ted Cruz and Marco Rubio") is each one's.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const titleOf = (lead: string, quote: string): string | null | undefined => analyzeParagraphs('A headline for the test', lead, quote).quotes[0]?.speaker?.title;

describe('stop 97: a plural role before a list of names', () => {
  it.each([
    ['Senators Ted Cruz and Marco Rubio clashed on Tuesday.', 'Senator'],
    ['Sens. Ted Cruz, Rand Paul (Ky.) and Marco Rubio (Fla.) clashed on Tuesday.', 'Sen.'],
    ['Republican presidential candidates Ted Cruz and Marco Rubio clashed on Tuesday.', 'Republican presidential candidate'],
  ])('"%s" gives the last name "%s"', (lead, title) => {
    expect(titleOf(lead, '"We have to do much more," Rubio said.')).toBe(title);
  });
  it('gives the first name of the list the same role', () => {
    expect(titleOf('Republican presidential candidates Ted Cruz and Marco Rubio clashed.', '"We have to do much more," Cruz said.')).toBe(
      'Republican presidential candidate',
    );
  });
  it.each([
    ['His brothers Ammon and Ryan Bundy clashed with agents.', 'Ryan Bundy'], // kin is no role
    ['He met Senators in Washington and Marco Rubio clashed with them.', 'Rubio'], // no list after the plural
    ['Ted Cruz and Marco Rubio clashed on Tuesday.', 'Rubio'], // a list with no role before it
  ])('"%s" gives no title (guard)', (lead, name) => {
    expect(titleOf(lead, `"We have to do much more," ${name} said.`) ?? null).toBeNull();
  });
  it('lets no "the senator" pick one of the list by the role they share', () => {
    const [quote] = analyzeParagraphs(
      'A headline for the test',
      'Senators Ted Cruz and Marco Rubio met voters in Iowa.',
      '"We must win," the senator said.',
    ).quotes;
    expect(quote?.speaker?.name).not.toMatch(/Cruz|Rubio/);
  });
});
