// What remains unconfirmed (stop 82, from a judged sample of PolNeAR articles outside the labelled forty): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const itemsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).unconfirmed;

describe('stop 82', () => {
  it('"…, he said, on condition of anonymity to …": the anonymity rides on the attribution, so the claim is the clause before it', () => {
    const [item] = itemsOf("He was unable to find a single taker, he said, on condition of anonymity to speak freely about his party's nominee.");
    expect(item?.kind).toBe('anonymous-source');
    expect(item?.claim).toBe('He was unable to find a single taker');
  });
});
