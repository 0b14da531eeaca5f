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

describe('stop 86: unnamed sources and groups', () => {
  it('"said the second official", "the other official said": one of a series of unnamed officials', () => {
    expect(only('“The board had lost patience with him,” said the second official.')).toMatchObject({ kind: 'anonymous-source' });
    expect(only('“The board had lost patience with him,” the other official said.')).toMatchObject({ kind: 'anonymous-source' });
    // "the official" alone may be someone the article named before.
    expect(only('“The board had lost patience with him,” said the official.')).toBeUndefined();
  });
  it('investigators, police and researchers who believe or think hedge the clause; believing a person is no claim', () => {
    expect(only('Investigators believe the fire at the pier was set deliberately.')).toMatchObject({
      kind: 'hedged',
      claim: 'the fire at the pier was set deliberately',
    });
    expect(only('The researchers think the water comes from a buried ocean.')).toMatchObject({ kind: 'hedged' });
    expect(only('Police believed him when he said he was at home.')).toBeUndefined();
  });
});

describe('stop 86: "it looks like" hedges the clause after it', () => {
  it('"It looks like nothing …", "it looked as if it …": the claim is the clause', () => {
    expect(only('Increasingly it looks like nothing will save the record shops.')).toMatchObject({
      kind: 'hedged',
      claim: 'nothing will save the record shops',
    });
    expect(only('As it came in, it looked as if it was leaning to one side.')).toMatchObject({ kind: 'hedged', claim: 'it was leaning to one side' });
  });
  it('not a likeness ("looks like a good deal"), "what it looked like", or "so that it looks like"', () => {
    expect(only('It looks like a good deal for the town.')).toBeUndefined();
    expect(only('Nobody remembers what it looked like before the fire.')).toBeUndefined();
    expect(only('They painted the wall so that it looks like it is made of stone.')).toBeUndefined();
  });
});

describe('stop 86: a belief nobody holds', () => {
  it('"no one believes that …" asserts; it hedges nothing', () => {
    expect(only('“No one believes that the mayor is anything but a fiscal conservative,” his spokesman said.')).toBeUndefined();
    expect(only('The mayor believes that the pier will reopen in May.')).toMatchObject({ kind: 'hedged' });
  });
});

describe('stop 86: a passive gap before "whether"', () => {
  it('"It could not be determined on Monday whether …": the claim is the open question', () => {
    expect(only('It could not be determined on Monday whether the harbour master had a lawyer.')).toMatchObject({
      kind: 'gap',
      claim: 'whether the harbour master had a lawyer',
    });
  });
});
