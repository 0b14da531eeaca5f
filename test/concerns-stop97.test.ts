// Concerns (stop 97): criticism made in an electoral contest that names no harm is the horse race, not a concern; a sentence the
// page prints twice is listed once.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe("stop 97: a contest's criticism with no harm named", () => {
  it.each([
    'Rival Republican candidates have long criticized Mr. Trump for once holding liberal views on abortion.',
    "Trump has raised questions about Obama's birthplace and religion.",
  ])('"%s" is no concern', (sentence) => {
    expect(concernsOf(sentence)).toEqual([]);
  });
  it.each([
    "Martha Allen, a Sanders delegate from Vermont, criticized her state's lax gun laws.",
    'The candidate criticized the plan, warning it would cost thousands of jobs.',
    'She criticized the mayor for the rising crime in the city.',
    'The complaints indicate that consumer confusion persists around the requirements for eligibility for loan modifications, the bureau said.',
  ])('"%s" still names a harm (guard)', (sentence) => {
    expect(concernsOf(sentence)).toHaveLength(1);
  });
});

describe("stop 97: a complaint about a contest's rules", () => {
  it('"complained that the debate schedule favored Clinton" stays no concern (guard)', () => {
    expect(concernsOf('The Sanders campaign complained that the debate schedule favored Clinton.')).toEqual([]);
  });
});

describe('stop 97: one sentence, one concern', () => {
  it('a pull quote that prints a sentence again, with other quotation marks, gives no second concern', () => {
    const words = 'Everybody believes in the Geneva Convention until they start losing, and then it’s okay, let’s take out the bomb.';
    expect(concernsOf('Trump spoke at a rally in Florida on Monday.', `“${words}”`, 'The crowd cheered.', `"${words}"`)).toHaveLength(1);
  });
  it('of a sentence printed twice, the one whose holder is known is kept', () => {
    const concerns = concernsOf(
      'Tim Morrison, a former official, testified on Thursday.',
      '"My fears have been realized"',
      'Morrison said: "I feared at the time how its disclosure would play in Washington. My fears have been realized."',
    );
    expect(concerns.filter((c) => c.cue === 'fears').map((c) => c.holder)).toEqual(['Tim Morrison']);
  });
});
