// What remains unconfirmed (stop 86, from a judged sample of web, BBC, Wikinews and PolNeAR pages): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 86: an outlet citing an anonymous source', () => {
  it('"…, the Post reported, citing an anonymous source": the claim is the clause before the attribution', () => {
    expect(only('The ferry firm long ago soured on its captain, the Harbour Gazette reported, citing another anonymous source.')).toMatchObject({
      kind: 'anonymous-source',
      claim: 'The ferry firm long ago soured on its captain',
    });
    expect(only('“The board had lost patience with him,” the Gazette reported, quoting an anonymous port official.')).toMatchObject({
      claim: 'The board had lost patience with him',
    });
  });
  it('"A source said: “…”": a colon before the quotation opens the claim as a comma does', () => {
    expect(only('A port source said: “This is being discussed at the highest level.”')).toMatchObject({
      kind: 'anonymous-source',
      claim: 'This is being discussed at the highest level',
    });
  });
});
