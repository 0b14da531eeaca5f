// What remains unconfirmed (stop 84, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 84: stated gaps in more wordings', () => {
  it('a source who never answered ("didn\'t get back to us", "ignored a request for comment")', () => {
    expect(only('The mayor’s spokesman didn’t get back to us.')).toMatchObject({ kind: 'gap', cue: 'didn’t get back to' });
    expect(only('The harbour board ignored a request for comment.')).toMatchObject({ kind: 'gap', cue: 'ignored a request for comment' });
    // Getting back to work, or ignoring a request to move, leaves nothing open.
    expect(only('The dockers got back to work on Monday.')).toBeUndefined();
    expect(only('The board ignored a request to move the pier.')).toBeUndefined();
  });

  it('"remained ambiguous" like "remains uncertain"', () => {
    expect(only('Its capacity to hold back a storm remained ambiguous.')).toMatchObject({ kind: 'gap', cue: 'remained ambiguous' });
  });
});

describe('stop 84: unnamed sources in more wordings', () => {
  it('"an unspecified senior official" is an anonymous source; "unspecified losses" a gap', () => {
    expect(only('The paper put the cost at $4 million, citing an unspecified senior harbour official.')?.kind).toBe('anonymous-source');
    expect(only('The harbour company reported unspecified losses last year.')?.kind).toBe('gap');
  });

  it('"insiders tell us that …" is anonymous sourcing, and the claim is what follows "that"', () => {
    expect(only('But insiders tell us that the couple split in May.')).toMatchObject({ kind: 'anonymous-source', claim: 'the couple split in May' });
  });
});

describe('stop 84: claims that say whose and what', () => {
  it('"According to X, and Y, CLAIM": the claim after both sources, not the attribution', () => {
    expect(only('According to the Yonhap news service, and the Associated Press, the harbour board has announced that the pier will close.')?.claim).toBe(
      'the harbour board has announced that the pier will close',
    );
  });

  it('an owner before "alleged" or "apparent" is part of the claim ("Uribe\'s alleged popularity"); a sentence word before it is not', () => {
    expect(only("The reform passed only because of the mayor and Lee's alleged popularity among dockers.")?.claim).toBe(
      "Lee's alleged popularity among dockers",
    );
    expect(only("Following Friday's alleged theft of a boat by a dock worker, the board met.")?.claim).toBe(
      "Friday's alleged theft of a boat by a dock worker",
    );
  });
});
