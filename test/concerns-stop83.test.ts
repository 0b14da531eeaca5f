// Stated concerns (stop 83, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 83: fear edges', () => {
  it('the one a warning is given to is not what is feared ("warned voters about …", "cautioned candidates against …")', () => {
    expect(fearsOf('Obama cautioned candidates against moving too far to the left.')).toEqual(['moving too far to the left']);
    expect(fearsOf('Lee warned the senators about a possible shutdown of the government.')).toEqual(['a possible shutdown of the government']);
    expect(fearsOf('Obama warned Democrats of a long fight over the budget.')).toEqual(['a long fight over the budget']);
    // "warned of …" has no one in between; a clause after the verb is no listener ("there are plenty of …").
    expect(fearsOf('Lee warned of the dangers of the plan.')).toEqual(['the dangers of the plan']);
    expect(fearsOf('The industry warned there are plenty of other counterfeiters in the market.')).toEqual([
      'there are plenty of other counterfeiters in the market',
    ]);
  });

  it('what the source says next ("but said …", "but insisted …") is past the fear', () => {
    expect(fearsOf('The firm issued a warning about the new virus but said that it does no damage to a phone.')).toEqual(['the new virus']);
    expect(fearsOf('The regulator raised concerns about the merger but insisted that prices would not rise.')).toEqual(['the merger']);
  });

  it('a cut fear does not end on a word that needs what was cut ("going there than")', () => {
    expect(fearsOf('She said she was more nervous about going there than Rose-Lynn Harlan has ever been about anything.')).toEqual(['going there']);
  });
});

describe('stop 83: no worry voiced', () => {
  it('a harm said not to be thought to follow is a reassurance ("is not thought to cause substantial problems")', () => {
    expect(concernsOf('Using weed occasionally is not thought to cause substantial problems, the authors said.')).toEqual([]);
    expect(concernsOf('Heavy use is thought to cause substantial problems, the authors said.')).toHaveLength(1);
  });

  it('a caution that it is early days is care in judging, not a harm foreseen', () => {
    expect(concernsOf('He cautions that “we’re still in the very early days” of figuring it out.')).toEqual([]);
    expect(concernsOf('He cautioned that it was too early to say whether the drug works.')).toEqual([]);
    // A harm cautioned of stays, a later "too early to say" beside it too.
    expect(concernsOf('She cautioned that the talks could collapse, although it is too early to say.')).toHaveLength(1);
  });

  it('"worse" ranking lesser evils or how someone did is no harm foreseen ("between bad and worse", "she\'s doing worse")', () => {
    expect(concernsOf('When forced to choose between bad and worse, we supported the lesser evil, Ann Lee writes.')).toEqual([]);
    expect(concernsOf('“It is not that Trump is doing better with Latino voters, but she is doing worse,” said Al Cardenas.')).toEqual([]);
    expect(concernsOf('“The new law will make a terrible situation even worse,” said Al Cardenas.')).toHaveLength(1);
  });

  it('a fear got over is no harm foreseen ("swallowed the fear of investing", "overcome their fears")', () => {
    expect(concernsOf('Once I swallowed the fear of investing that much, things started happening for me.')).toEqual([]);
    expect(concernsOf('She gave lectures to help people overcome their fears and enjoy life.')).toEqual([]);
    expect(concernsOf('Investors fear that the market will fall.')).toHaveLength(1);
  });
});

describe('stop 83: holders', () => {
  it('in a quotation, "they\'re worried" or "she was scared" is a third person\'s state, not the speaker\'s', () => {
    expect(concernsOf('“They’re worried,” Ben Carson said.').map((c) => c.holder)).toEqual([null]);
    expect(concernsOf('“I know that she was scared to death,” Ann Lee said.').map((c) => c.holder)).toEqual([null]);
    // Outside a quotation the pronoun is most often the subject's own ("Residents say they are worried").
    expect(concernsOf('Residents of the valley say they are worried about the plan.').map((c) => c.holder)).toEqual(['Residents of the valley']);
  });

  it('the one spoken to holds "you are concerned", not the speaker', () => {
    const told = concernsOf('“We get that you are concerned about the tests,” Brian Bosma said.');
    expect(told.map((c) => c.holder)).toEqual([null]);
    // The speaker's own worry, and a harm the speaker warns the listener of, stay the speaker's.
    expect(concernsOf('“I am concerned about the tests,” Brian Bosma said.').map((c) => c.holder)).toEqual(['Brian Bosma']);
    expect(concernsOf('“If you continue that, you destroy the whole basis of our government,” John Mica said.').map((c) => c.holder)).toEqual(['John Mica']);
  });

  it('a bare fronted "Concerned," belongs to the subject after its comma', () => {
    expect(concernsOf('Concerned, Dr Ann Lee put in a call to the urgent respiratory clinic.').map((c) => c.holder)).toEqual(['Ann Lee']);
  });

  it('the one a ruling outrages or angers holds the outrage, not the ruling', () => {
    expect(concernsOf('The ruling outraged Senator Ann Lee.').map((c) => c.holder)).toEqual(['Ann Lee']);
  });

  it('"which many fear" is the fear of the relative clause\'s own unnamed subject, not the reporter\'s', () => {
    const held = concernsOf(
      'Stuart Hensel of the Economist Intelligence Unit spoke on Monday.',
      'But the government seemed keen not to make the review look like the kind of wholesale renationalisation which many fear in Russia, Mr Hensel said.',
    );
    expect(held.map((c) => c.holder)).toEqual([null]);
  });
});
