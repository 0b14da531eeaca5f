// Stated concerns (stop 80, from a judged sample of benchmark pages): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const holdersOf = (paragraph: string): (string | null)[] => concernsOf(paragraph).map((item) => item.holder);

describe('stop 80', () => {
  it('a risk said to be low in quotation marks ("were “extremely low.”") reassures as it does without them', () => {
    expect(concernsOf('Health officials assured the public that the risks of transmission were “extremely low.”')).toEqual([]);
    expect(concernsOf('Health officials said the risk of transmission was "low".')).toEqual([]);
    expect(concernsOf('Health officials warned that the risk of transmission was “high.”')).toHaveLength(1);
  });

  it('a quantifier narrowed by where its people are ("Many in Hong Kong fear") holds the worry; "Many" alone names no one', () => {
    expect(holdersOf('Many in Hong Kong fear that the dam will fail.')).toEqual(['Many in Hong Kong']);
    expect(holdersOf('But some in the party are worried that the dam will fail.')).toEqual(['some in the party']);
    expect(holdersOf('Many fear that the dam will fail.')).toEqual([null]);
  });

  it('a threat sent or received ("received the same emailed threat", "issued death threats") is an act done, not a danger voiced', () => {
    expect(concernsOf('City schools received the same emailed threat and remained open.')).toEqual([]);
    expect(concernsOf('The group said its followers had issued death threats against him.')).toEqual([]);
    expect(concernsOf('Kinnane, she said, made threats to get the staff to vote for the package.')).toEqual([]);
    expect(concernsOf('Rising seas pose a threat to the city, the mayor warned.')).toHaveLength(1);
    expect(concernsOf('The envoy said families were making decisions under threat of starvation.')).toHaveLength(1);
  });

  it('"fretted that …" governs its clause like "worried that …": the fear is the clause, not the sentence', () => {
    expect(concernsOf('Boeing chief Tom Hill fretted that the tariffs could cost the company sales abroad.')).toMatchObject([
      { holder: 'Tom Hill', fear: 'the tariffs could cost the company sales abroad' },
    ]);
  });

  it('who holds a noun of worry ("among legal scholars", "from residents") comes before what is feared, not in it', () => {
    const fearOf = (paragraph: string): string | null | undefined => concernsOf(paragraph)[0]?.fear;
    expect(fearOf("The governor's tweet raised new fears among legal scholars about his view of the constitution.")).toBe('his view of the constitution');
    expect(fearOf('The plan raised concerns among residents that the dam could fail.')).toBe('the dam could fail');
    // A relative clause is not who holds it: "anxiety among supporters who had hoped that …" keeps its reading.
    expect(fearOf('The ruling could increase anxiety among supporters who had hoped that the case would end.')).not.toBe('the case would end');
  });

  it('a problem "easier to solve" is a task, and a worry called "a good problem to have" a luxury; a fear before "but" stands', () => {
    expect(concernsOf('Sometimes problems are easier to solve that way, he said.')).toEqual([]);
    expect(concernsOf('Worrying about which striker to bench is not a bad problem to have.')).toEqual([]);
    expect(holdersOf('Fans fear the team has too many stars, but coach Tom Hill said it is a good problem to have.')).toEqual(['Fans']);
    expect(concernsOf('The mayor warned that the problem of flooding would get worse.')).toHaveLength(1);
  });

  it('a body after "concern within" holds the concern, as one after "among" or "from" does', () => {
    expect(holdersOf('The concern within the administration is that the program could collapse.')).toEqual(['administration']);
    expect(holdersOf('The concern among regulators is that the program could collapse.')).toEqual(['regulators']);
  });

  it('"deplore that decision and …": a "that" before one word and a break is a demonstrative, kept in the fear', () => {
    expect(concernsOf('Residents deplore that decision and were angered by the vote.')[0]?.fear).toMatch(/^that decision/);
    expect(concernsOf('The mayor warned that prices would rise.')[0]?.fear).toBe('prices would rise');
  });

  it('"who fear" opens a relative clause whose antecedent holds the worry, beside a quotation too', () => {
    expect(holdersOf('The ruling alarmed critics, who fear he will ignore the courts.')).toEqual(['critics']);
    expect(holdersOf('"The law is on my side," Tom Hill told the paper, alarming critics who fear he will ignore the courts.')).toEqual(['critics']);
    expect(holdersOf('Israel, which has long voiced concerns about Hezbollah, said the border was quiet.')).toEqual(['Israel']);
  });
});
