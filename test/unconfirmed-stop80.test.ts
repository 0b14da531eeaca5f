// What remains unconfirmed (stop 80, from a judged sample of benchmark pages): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const cuesOf = (paragraph: string): string[] => analyzeParagraphs('A headline for the test', paragraph).unconfirmed.map((item) => item.cue);

describe('stop 80', () => {
  it('a charge the writer calls empty, bogus, phony or groundless is settled; a charge left standing is open', () => {
    expect(cuesOf('Democrats repeated their empty charges that the mayor is appeasing the unions.')).toEqual([]);
    expect(cuesOf('The council dropped its groundless claims that the mayor had taken bribes.')).toEqual([]);
    expect(cuesOf('Democrats repeated their charges that the mayor is appeasing the unions.')).toEqual(['charges that']);
  });

  it('a hedge in what someone did not realize or know is no claim of the article; the same hedge on its own is', () => {
    expect(cuesOf("The mother didn't realize her children's addresses might be visible on their profiles.")).toEqual([]);
    expect(cuesOf('The driver was unaware that the bridge may have been closed.')).toEqual([]);
    expect(cuesOf("Police said the children's addresses might be visible on their profiles.")).toEqual(['might be']);
  });

  it('"is said to" is a second-hand report (unverified) with its subject in the claim; "according to sources" is an anonymous source', () => {
    const itemsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).unconfirmed;
    expect(itemsOf('The company is said to be weighing a sale.')).toMatchObject([
      { kind: 'unverified', cue: 'is said to', claim: 'The company is said to be weighing a sale' },
    ]);
    expect(itemsOf('According to sources, the board favours an outsider.')).toMatchObject([{ kind: 'anonymous-source' }]);
    expect(itemsOf('The company is believed to be weighing a sale.')).toMatchObject([{ kind: 'hedged' }]);
    expect(itemsOf('Sources close to the board say it favours an outsider.')).toMatchObject([{ kind: 'anonymous-source', claim: 'it favours an outsider' }]);
  });

  it('"it is hypothesized / suspected / assumed that" hedges the clause it opens, which is the claim', () => {
    const itemsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).unconfirmed;
    expect(itemsOf('It is hypothesized that the drug may slow the disease in older patients.')).toMatchObject([
      { cue: 'It is hypothesized', claim: 'the drug may slow the disease in older patients' },
    ]);
    expect(itemsOf('It is assumed that the senator has earned a prime-time speaking slot.')).toMatchObject([{ cue: 'It is assumed' }]);
  });

  it('"make it seem / appear" stages an impression, which hedges no claim; "seems to" alone still hedges', () => {
    expect(cuesOf('The crew used hidden cuts to make it seem as if the scene was one continuous take.')).toEqual([]);
    expect(cuesOf('The crew made it seem as if the scene was one take.')).toEqual([]);
    expect(cuesOf('The scene seems to have been filmed in one take.')).toEqual(['seems']);
  });

  it('"the least likely" or "less likely" names no likelihood band; a plain "likely" keeps its band', () => {
    const likelihoodsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).unconfirmed.map((u) => u.likelihood);
    expect(likelihoodsOf('Of all the riders, she was among the least likely to win the stage.')).toEqual([null]);
    expect(likelihoodsOf('The striker is likely to miss the match with a knee injury.')).toEqual(['likely (55–80%)']);
  });
});
