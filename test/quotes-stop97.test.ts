// Quotations and titles (stop 97): a plural role before a list of names ("Senators Ted Cruz and Marco Rubio") is each one's; a
// role held "who served as", "a member of" or "a fellow with" a body, "ex-President", and "neurosurgeon" as a title and an epithet;
// a party's name alone gives way to a role named later.
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

describe('stop 97: roles the apposition or relative clause did not read', () => {
  const said = '"We have to do much more to stop it," said';
  it.each([
    [`${said} Stuart Stevens, who served as Mitt Romney's chief strategist.`, "Mitt Romney's former chief strategist"],
    [`${said} Ed Rendell, who serves as chairman of the Philadelphia 2016 Host Committee.`, 'chairman of the Philadelphia 2016 Host Committee'],
    [`${said} Joe Biden, who served as a US senator for 36 years.`, 'former US senator'],
    [`${said} Duncan Hunter, a member of the House Armed Services Committee.`, 'member of the House Armed Services Committee'],
    [`${said} J.M. Berger, a fellow with the Program on Extremism.`, 'fellow with the Program on Extremism'],
  ])('%s', (text, title) => {
    expect(analyzeParagraphs('A headline for the test', text).quotes[0]?.speaker?.title).toBe(title);
  });
  it('"Retired neurosurgeon Ben Carson" gives his title, and "the retired neurosurgeon" is he', () => {
    const a = analyzeParagraphs(
      'A headline for the test',
      'Retired neurosurgeon Ben Carson spoke in Iowa on Monday.',
      '"They have to stop and listen," the retired neurosurgeon told reporters.',
    );
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Ben Carson', title: 'retired neurosurgeon' });
  });
  it('"ex-Foreign Secretary Robin Cook": the "ex-" joined to the title\'s first word qualifies it', () => {
    const a = analyzeParagraphs('A headline for the test', 'The ex-Foreign Secretary Robin Cook spoke on Monday.', '"It was no stunt," Cook said.');
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Robin Cook', title: 'ex-Foreign Secretary' });
  });
  it('"a member" with no body after it gives no title (guard)', () => {
    expect(analyzeParagraphs('A headline for the test', `${said} Joe Smith, a member since 2010.`).quotes[0]?.speaker?.title ?? null).toBeNull();
  });
});

describe('stop 97: a party alone is a title a later role replaces', () => {
  it('"Democrat Bernie Sanders" … "The Vermont senator, Bernie Sanders," gives the role', () => {
    const a = analyzeParagraphs(
      'A headline for the test',
      'Democrat Bernie Sanders spoke in Iowa on Monday.',
      'The Vermont senator, Bernie Sanders, later said "we will win this state for working families."',
    );
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Bernie Sanders', title: 'senator' });
  });
  it('with no role named, the party stays (guard)', () => {
    const a = analyzeParagraphs('A headline for the test', 'Democrat Bernie Sanders spoke in Iowa on Monday.', '"We will win this state," Sanders said.');
    expect(a.quotes[0]?.speaker?.title).toBe('Democrat');
  });
});
