// Unconfirmed claims (stop 97): "claims to be …" keeps whose claim it is; an "according to" aside in mid-sentence after a fronted
// phrase or before a "that" clause joins the claim across it; "no indication that" is a gap; an unnamed source may have four words
// before its noun ("a former senior law enforcement official").
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 97: a claim made with "to be" or "to have" keeps its subject', () => {
  it.each([
    ['He claims to be a Democrat.', 'He claims to be a Democrat'],
    ['However, Palestinian officials claim to have intercepted bank records.', 'Palestinian officials claim to have intercepted bank records'],
    ['An official confirmed that the eight men claimed to be from Burma.', 'the eight men claimed to be from Burma'],
    ['New York published the accounts of six other women who claimed to have been harassed by him.', 'six other women claimed to have been harassed by him'],
  ])('"%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ cue: expect.stringMatching(/^claim/), claim });
  });
  it('a quotation that opens on the subject, and a comma inside a number', () => {
    expect(onlyUnconfirmed('"He claims to be a Democrat. He is not," Smith said.')?.claim).toBe('He claims to be a Democrat');
    expect(onlyUnconfirmed('He claims to have consumed 4,100 calories at Harwood Heights, at dawn.')?.claim).toBe(
      'He claims to have consumed 4,100 calories at Harwood Heights',
    );
  });
  it('"as wealthy as Mr. Trump claims to be" is a comparison, not a subject and its claim', () => {
    const item = onlyUnconfirmed('Loopholes enable someone as wealthy as Mr. Trump claims to be to pay little or no federal tax.');
    expect(item?.claim).not.toMatch(/^Mr\. Trump claims/);
  });
  it('the noun ("North Korea\'s claim to have …") keeps its cut after the cue (guard)', () => {
    expect(onlyUnconfirmed("Candidates condemned North Korea's claim to have conducted the test.")?.claim).toBe('to have conducted the test');
  });
});

describe('stop 97: a claim joined across an "according to" aside', () => {
  it.each([
    [
      'Beginning in 2014, according to a person familiar with the lawsuit, Carlson brought her iPhone to meetings.',
      'Beginning in 2014, Carlson brought her iPhone to meetings',
    ],
    [
      'While most were elevated to the confidential level, according to a State Department official, two were upgraded to secret.',
      'While most were elevated to the confidential level, two were upgraded to secret',
    ],
    [
      'Kelly had even begun to speculate, according to one Fox source, that Trump might have been responsible.',
      'Kelly had even begun to speculate that Trump might have been responsible',
    ],
  ])('"%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind: 'anonymous-source', claim });
  });
  it('a clause of its own after the aside stays out (guard)', () => {
    expect(onlyUnconfirmed('James had wanted Ailes to be fired, according to a person close to the family, but Rupert decided to pay him.')?.claim).toBe(
      'James had wanted Ailes to be fired',
    );
  });
});

describe('stop 97: "no indication that …" is a gap', () => {
  it('leaves the clause open', () => {
    expect(onlyUnconfirmed('But there is no indication that the FBI has found any wrongdoing by her aides.')).toMatchObject({
      kind: 'gap',
      cue: 'no indication that',
      claim: 'the FBI has found any wrongdoing by her aides',
    });
  });
});

describe('stop 97: an unnamed source of four words before its noun', () => {
  it.each([
    'The FBI has granted immunity to the staffer, said a former senior law enforcement official.',
    'A former senior law enforcement official said the FBI has granted immunity to the staffer.',
  ])('"%s"', (sentence) => {
    expect(onlyUnconfirmed(sentence)).toMatchObject({ kind: 'anonymous-source', claim: expect.stringMatching(/^the FBI has granted immunity/i) });
  });
});

describe('stop 97: a choice still to make, and a likelihood few hold', () => {
  it('"No one knows what to do" leaves no fact open', () => {
    expect(onlyUnconfirmed('No one knows what to do or who to report to.')).toBeUndefined();
  });
  it('"unclear whether the company will appeal" still does (guard)', () => {
    expect(onlyUnconfirmed('It is unclear whether the company will appeal.')?.kind).toBe('gap');
  });
  it('"few experts believe that is likely" gives no band', () => {
    expect(onlyUnconfirmed('But few experts believe that is likely.')?.likelihood).toBeNull();
  });
  it('"Most experts believe that is likely" keeps its band (guard)', () => {
    expect(onlyUnconfirmed('Most experts believe that is likely.')?.likelihood).toMatch(/^likely/);
  });
});
