// Speakers' titles (stop 87, from a judged sample): a capitalised word that qualifies a role, written before it, is part of
// the title the brief prints ("Tory frontbencher", "France coach"), and a sentence's capital on "Former" keeps the qualifier.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, lastLongQuote } from './helpers/analyze.js';

/** The title of the last long quotation's speaker in a small article made of these paragraphs. */
const titleOf = (...paragraphs: string[]): string | null => lastLongQuote(analyzeParagraphs('A headline for the test', ...paragraphs))?.speaker?.title ?? null;

describe('stop 87: capitalised words before a lower-case role', () => {
  it('a party word before the role is kept when the quote names him later by surname', () => {
    expect(
      titleOf(
        'Six units would be scrapped. Tory frontbencher John Redwood said Britain needed a slimmer government.',
        'Announcing the plans, Mr Redwood said: “Mr Blair has forgotten the interests of taxpayers.”',
      ),
    ).toBe('Tory frontbencher');
  });
  it('a country before "coach", at the start of the sentence, is kept', () => {
    expect(titleOf('France coach Bernard Laporte picked a new side on Monday.', '“We will play to win in Cardiff,” Laporte said.')).toBe('France coach');
  });
  it('"Former" that opens the sentence is kept, lower-cased, so the brief does not say he holds the job now', () => {
    expect(
      titleOf(
        'Former government communications chief Alastair Campbell will advise the squad.',
        '“I am looking forward to working with the players,” Campbell said.',
      ),
    ).toBe('former government communications chief');
  });
  it('"One voter" is a count, not a title: the determiner goes', () => {
    expect(titleOf('One voter Ann Lee came to the rally early.', '“I have never missed a rally in this town,” Lee said.')).toBe('voter');
  });
  it('a word of the sentence before a verb and the role is no part of it ("Just ask former senator …")', () => {
    expect(titleOf('Just ask former senator Evan Bayh of Indiana, twice vetted for the job.', '“It was a long and hard summer for us,” Bayh said.')).toBe(
      'former senator',
    );
  });
  it('a capital before the modifier makes it the tail of a longer name, which is left out rather than cut', () => {
    expect(titleOf('New York lawyer Ann Lee filed the suit on Monday.', '“We expect to win this case in court,” Lee said.')).toBe('lawyer');
  });
});
