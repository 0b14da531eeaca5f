// Unconfirmed claims (stop 99): stated gaps and unnamed sources in wordings a judged sample found missing (cues in
// data/lexicons/unconfirmed-cues.tsv).
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 99: stated gaps', () => {
  it.each([
    ['Ruth Imbert declined multiple requests for an interview for this article.', 'declined multiple requests for an interview'],
    ['The company refused repeated requests for comment.', 'refused repeated requests for comment'],
    ['The bank will not yet say whether it can meet the deadline.', 'will not yet say'],
    ['The candidate did not answer the question about the budget.', 'did not answer the question'],
  ])('"%s" is a gap cued by "%s"', (sentence, cue) => {
    const item = onlyUnconfirmed(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('gap');
  });
  it('a request for an interview that was granted is none (guard)', () => {
    expect(onlyUnconfirmed('Ruth Imbert granted a request for an interview last week.')).toBeUndefined();
  });
});

describe('stop 99: unnamed sources', () => {
  it.each([
    ['A former speechwriter said she demanded detailed analyses of her audiences.', 'A former speechwriter said'],
    ['Many days, former employees said, she would stay at the office past midnight.', 'employees said'],
    ['About 40 rabbis plan to join the protest, according to an organizer.', 'according to an organizer'],
    ['I have heard from many sources that he backs the plan.', 'heard from many sources'],
  ])('"%s" is cued by "%s"', (sentence, cue) => {
    const item = onlyUnconfirmed(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('anonymous-source');
  });
  it('"Boeing employees said": a capitalised name owns the employees (guard)', () => {
    expect(onlyUnconfirmed('Boeing employees said the plant would close.')).toBeUndefined();
  });
});

describe('stop 99: "appearing to" after the words that carry it', () => {
  it('hedges "comments appearing to praise"', () => {
    expect(onlyUnconfirmed('Some hear echoes of the past in his recent comments appearing to praise the regime.')?.cue).toBe('appearing to');
  });
  it('not "a man appearing to speak" (guard)', () => {
    expect(onlyUnconfirmed('A man appearing to speak for the group walked out.')).toBeUndefined();
  });
});

describe('stop 99: "it’s possible" with a clause straight after opens the claim', () => {
  it.each([
    ['The film is late, so it’s possible Paramount is still deciding on a direction.', 'Paramount is still deciding on a direction'],
    ['Officials are now saying it is possible the tunnel muffled the seismic waves.', 'the tunnel muffled the seismic waves'],
  ])('"%s" claims "%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)?.claim).toBe(claim);
  });
  it.each([
    ['You know, it’s possible for anybody to change.', 'it’s possible for anybody to change'],
    ['He said it was possible, but there is no knowledge of it.', 'it was possible'],
  ])('"%s" keeps the cue in its claim (guard)', (sentence, part) => {
    expect(onlyUnconfirmed(sentence)?.claim).toContain(part);
  });
});

describe('stop 99: a verb of allegation joined by "and" to a reported clause', () => {
  it('claims from the cue on', () => {
    const sentence = 'In a statement, Mr Howard said that Mr Beazley had no plan for growth and accused Mr Beazley of failing to take advantage of the market.';
    expect(onlyUnconfirmed(sentence)?.claim).toBe('accused Mr Beazley of failing to take advantage of the market');
  });
  it('keeps one act told whole: "took to social media and accused …" (guard)', () => {
    expect(onlyUnconfirmed('On Thursday, Swift took to social media and accused Braun of blocking the film.')?.claim).toBe(
      'On Thursday, Swift took to social media and accused Braun of blocking the film',
    );
  });
  it('keeps a passive\'s two verbs together: "who was arrested and accused of …"', () => {
    const sentence =
      'But the harm is extreme,” said Ruth Imbert, who is the aunt of Ann Lee, a protester who was arrested and accused of attempted murder at the camp.';
    expect(onlyUnconfirmed(sentence)?.claim).toContain('was arrested and accused of attempted murder');
  });
  it('keeps a claim whose "and" joins two things alleged (guard)', () => {
    expect(onlyUnconfirmed('Mr Howard accused Mr Beazley and his party of failing the workers.')?.claim).toBe(
      'Mr Howard accused Mr Beazley and his party of failing the workers',
    );
  });
});

describe('stop 99: a claim that opens on "who" after a name set off by its comma', () => {
  it('has the name before it', () => {
    const sentence = 'The executives sat next to Mayor Ruth de Imbert, who has been squabbling with the firm and appeared to capitulate in her fight.';
    expect(onlyUnconfirmed(sentence)?.claim).toBe('Mayor Ruth de Imbert, who has been squabbling with the firm and appeared to capitulate in her fight');
  });
  it('leaves a noun phrase to the rule that puts it in place of "who" (guard)', () => {
    const sentence = 'The executives sat next to the mayor, who has been squabbling with the firm and appeared to capitulate in her fight.';
    expect(onlyUnconfirmed(sentence)?.claim).toBe('the mayor has been squabbling with the firm and appeared to capitulate in her fight');
  });
});
