// Stated concerns (stop 90, from a judged sample): hand-written examples of each rule, with the sense each must not take.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe("stop 90: worries that are few, nobody's, or compared away", () => {
  it('"with few health concerns" and "Nobody laments the loss" voice no worry', () => {
    expect(concernsOf('People in the harbour town now reach old age with few health concerns.')).toEqual([]);
    expect(concernsOf('Nobody laments the demise of the old ferry.')).toEqual([]);
    expect(concernsOf('None of these potential problems is likely to delay the pier, Ann Lee said.')).toEqual([]);
  });
  it('"less likely than feared" and "rather than criticise him" compare the worry away', () => {
    expect(concernsOf('Strikes are less likely to occur at the harbour than feared, because the crews are content.')).toEqual([]);
    expect(concernsOf('Tom Marr said that if people are angry, they should change the rules rather than criticize him.')).toEqual([]);
  });
  it('"a few concerns" are some, and "worse than feared" still fears (guard)', () => {
    expect(concernsOf('Ann Lee raised a few concerns about the safety of the pier.').map((c) => c.holder)).toEqual(['Ann Lee']);
    expect(concernsOf('The damage to the pier was far worse than feared, Ann Lee said.').map((c) => c.holder)).toEqual(['Ann Lee']);
  });
});

describe('stop 90: a worry adjective whose clause has no "that"', () => {
  it('"was genuinely concerned it might never switch back on" fears the clause, not the whole sentence', () => {
    expect(fearsOf('After the long winter, Ann Lee was genuinely concerned it might never switch back on.')).toEqual(['it might never switch back on']);
    expect(fearsOf('Ann Lee is afraid the harbour wall will fail.')).toEqual(['the harbour wall will fail']);
  });
  it('"was concerned the dam would burst" is a worry, not "concerned" meaning "was about"', () => {
    expect(fearsOf('Ann Lee was concerned the dam would burst.')).toEqual(['the dam would burst']);
  });
  it('"The report concerned the dam" is about the dam, and "afraid of" keeps its object (guard)', () => {
    expect(concernsOf('The report concerned the dam and its repairs.')).toEqual([]);
    expect(fearsOf('Ann Lee is afraid of the storm surge.')).toEqual(['the storm surge']);
  });
});

describe('stop 90: a source telling of its own act', () => {
  it('"The northern army said they attacked rebel outposts" reports an act, no worry', () => {
    expect(concernsOf('The northern army said they attacked rebel outposts in the hills and three fuel depots.')).toEqual([]);
  });
  it("another's act told by a source still voices the harm (guard)", () => {
    expect(concernsOf('The harbour union said the company attacked its members on Friday.').map((c) => c.holder)).toEqual(['harbour union']);
  });
});

describe('stop 90: an alarm that is a device', () => {
  it('"customizable alarm filters" and "a fire alarm went off" voice no worry', () => {
    expect(concernsOf('The harbour software uses customizable alarm filters to cut down on needless alerts.')).toEqual([]);
    expect(concernsOf('Ann Lee said a fire alarm went off at the harbour office on Monday.')).toEqual([]);
  });
  it('"raised the alarm bells" still warns (guard)', () => {
    expect(concernsOf('The pier repairs raised alarm bells among harbour staff, Ann Lee said.').length).toBe(1);
  });
});

describe('stop 90: a participle after the source of "according to"', () => {
  it('"According to experts interviewed, there is concern that …" is the experts\' concern', () => {
    expect(concernsOf('According to experts interviewed, there is concern that the pier will not last the winter.').map((c) => c.holder)).toEqual(['experts']);
  });
  it('"According to harbour experts" keeps its modifier (guard)', () => {
    expect(concernsOf('According to harbour experts, there is concern that the pier will not last the winter.').map((c) => c.holder)).toEqual([
      'harbour experts',
    ]);
  });
});

describe('stop 90: a harm framed as possible in a reported clause', () => {
  it('"Tom Marr, a former harbour master, says the board may be facing a loss of its licence" fears the reported clause', () => {
    expect(fearsOf('Tom Marr, a former harbour master, says the board may be facing a loss of its licence.')).toEqual([
      'the board may be facing a loss of its licence',
    ]);
  });
  it('a verb after a quotation ("…,” added Marr, who …) reports nothing after it, and "If states received grants" has no reporting verb (guard)', () => {
    const added = '"We should not underplay it," added Marr, who wrote that the harbour works could drive more floods elsewhere.';
    expect(fearsOf(added).every((f) => !f.startsWith('Marr, who'))).toBe(true);
    const states = 'If states received the grants, they might neglect the harbours, he said.';
    expect(fearsOf(states).every((f) => !f.startsWith('received'))).toBe(true);
  });
});
