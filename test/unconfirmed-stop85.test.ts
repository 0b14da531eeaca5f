// What remains unconfirmed (stop 85, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 85: a criminal charge is an allegation', () => {
  it('"charged with", "indicted on" and "faces … charges" mark what is not yet proven', () => {
    expect(only('Tom Hale has been charged with assaulting a harbour officer.')).toMatchObject({ kind: 'allegation', cue: 'been charged with' });
    expect(only('Three councillors were indicted on bribery counts in May.')).toMatchObject({ kind: 'allegation', cue: 'were indicted on' });
    expect(only('Hale now faces 18 criminal charges in Dover.')).toMatchObject({ kind: 'allegation', cue: 'faces 18 criminal charges' });
    expect(only('Hale faces a charge of conspiracy to defraud the port.')).toMatchObject({ kind: 'allegation', cue: 'faces a charge' });
  });
  it('leaves a duty ("charged with overseeing"), a charge denied ("charged with any crime") and a charge avoided alone', () => {
    expect(only('The harbour board is charged with overseeing the new pier.')).toBeUndefined();
    expect(only('Neither Hale nor his aides have been charged with any crime.')).toBeUndefined();
    expect(only('First offenders will attend a course to avoid being charged for a first offence.')).toBeUndefined();
    expect(only('The board did not recommend that Hale face criminal charges.')).toBeUndefined();
  });
});

describe('stop 85: the claim after a frame', () => {
  it('`X reported, "…"` to the end of the sentence: the claim is what is quoted, not the frame', () => {
    expect(only('The Harbour Gazette reported, "The ferry ran without a licence for a year."')).toMatchObject({
      kind: 'unverified',
      claim: 'The ferry ran without a licence for a year',
    });
    // A quotation the verb splits ("…,” Lee claims, “and then …") keeps its whole sentence: the frame is not at its start.
    expect(only('“I had a little money,” Lee claims, “and then I lost it all.”')?.claim).toMatch(/^I had a little money/);
  });
  it('"speculation mounted that …", "rumours spread that …": the claim is what follows "that"', () => {
    expect(only('Shares fell as speculation mounted that the port will close in May.')).toMatchObject({ claim: 'the port will close in May' });
    expect(only('Crowds gathered after rumours spread that the pier would be sold.')).toMatchObject({ claim: 'the pier would be sold' });
  });
});

describe('stop 85: a denial of what came before', () => {
  const disputed = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).unconfirmed.find((u) => u.kind === 'disputed');
  it('"who denies the accusation, has …", "disputed that figure, arguing …": the claim is the sentence before, not the words after the cue', () => {
    const before = 'The harbour board found that Tom Hale took the ferry funds in 2010.';
    expect(disputed(before, 'Hale, who denies the accusation, has left the town for good.')?.claim).toBe(before.replace(/\.$/, ''));
    expect(disputed(before, 'Hale disputed that figure, arguing that the board used old numbers.')?.claim).toBe(before.replace(/\.$/, ''));
    // A denial that names what it denies keeps its own claim.
    expect(disputed(before, 'Hale denied that he took the ferry funds.')?.claim).toBe('he took the ferry funds');
  });
});

describe('stop 85: the open question of a gap', () => {
  it('"Whether … remains to be seen", "The future of … remains uncertain": the subject is what is open', () => {
    expect(only('Whether the new ferry will pay its way remains to be seen.')).toMatchObject({ kind: 'gap', claim: 'Whether the new ferry will pay its way' });
    expect(only('Even though the details of the plan remain uncertain, the board voted for it.')?.claim).toBe('the details of the plan');
    // A relative clause's subject ("whose status") is no claim: the sentence stays.
    expect(only('Advocates wrote about the dockers whose status remains unknown.')?.claim).not.toMatch(/whose status$/);
  });
  it('"No one knows how …", "Though …, what she believes remains a mystery": the question', () => {
    expect(only('No one knows just how many passengers the ferry will carry.')).toMatchObject({
      kind: 'gap',
      claim: 'how many passengers the ferry will carry',
    });
    expect(only('Though she has given many speeches, what she truly believes remains a mystery.')?.claim).toBe('what she truly believes');
  });
});

describe('stop 85: a second-hand report with the verb before the outlet', () => {
  it('"…, reports the Daily Mail." is the outlet’s report, and the claim is the clause before', () => {
    expect(only('The ferry will close in May, reports the Harbour Gazette.')).toMatchObject({ kind: 'unverified', claim: 'The ferry will close in May' });
    // A body that is no outlet, and a writer’s own words after "wrote in an email", stay as they were.
    expect(only('The ferry will close in May, reports the harbour office.')).toBeUndefined();
    expect(only('Tom Hale, a harbour pilot, wrote in an email: "This was probably the worst day of the year."')?.claim).toBe(
      'This was probably the worst day of the year',
    );
  });
});

describe('stop 85: an impersonal hedge opens its claim', () => {
  it('"It would appear …", "it seems …", "It appears the …" without "that": the claim is what follows', () => {
    expect(only('It would appear the ferry hit the pier before it sank.')).toMatchObject({ kind: 'hedged', claim: 'the ferry hit the pier before it sank' });
    expect(only('It appears the ferry hit the pier before it sank.')).toMatchObject({ kind: 'hedged', claim: 'the ferry hit the pier before it sank' });
    expect(only('For a small port it seems they are doing quite well.')?.claim).toBe('they are doing quite well');
    // "appears to" hedges its own clause, subject and all.
    expect(only('The ferry appears to have hit the pier.')?.claim).toMatch(/^The ferry appears to have hit the pier/);
  });
});

describe('stop 85: a gap worded as what is available', () => {
  it('"No further information is available" leaves the matter open', () => {
    expect(only('No further information is available at the moment.')).toMatchObject({ kind: 'gap' });
    expect(only('No further details were immediately available.')).toMatchObject({ kind: 'gap' });
  });
});
