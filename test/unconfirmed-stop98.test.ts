// Unconfirmed claims (stop 98): a claim that follows its cue ("denied his forecasts were …") ends at a spaced dash that opens the
// writer's next point, as one that holds its cue did.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 98: a claim after its cue ends at a dash that opens a new point', () => {
  it.each([
    ['Mr Brown denied his economic forecasts were too optimistic - but refused to rule out future tax rises.', 'his economic forecasts were too optimistic'],
    ['The minister denied that the plan had failed - although she admitted delays.', 'the plan had failed'],
  ])('"%s"', (sentence, claim) => {
    expect(onlyUnconfirmed(sentence)?.claim).toBe(claim);
  });
  it.each([
    ['The minister denied the plan had failed - or been delayed - at any stage of the works.'], // a pair of dashes sets off an aside
    ['The minister denied the plan had failed - it had only been delayed by the floods.'], // a dash that explains goes on
  ])('"%s" runs on past the dash (guard)', (sentence) => {
    expect(onlyUnconfirmed(sentence)?.claim).toMatch(/ - /);
  });
});
describe('stop 98: a dash that goes on with "and" after a cue before the claim is still the claim', () => {
  it('"confidants say … with her - and to refight …" (guard)', () => {
    const sentence = 'Her confidants say she now faces an opponent eager to go negative with her - and to refight the old brawls of her career.';
    expect(onlyUnconfirmed(sentence)?.claim).toMatch(/- and to refight/);
  });
});
