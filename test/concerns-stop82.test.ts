// Stated concerns (stop 82, from a judged sample of PolNeAR articles outside the labelled forty): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf, fearsOf } from './helpers/analyze.js';

describe('stop 82', () => {
  it('a harm that frames the time or the concession of what is reported ("despite the crisis", "during the war") is its background', () => {
    expect(concernsOf('The chain announced plans to open 175 new restaurants this year despite the global economic crisis.')).toEqual([]);
    expect(concernsOf('The minister said the bonuses could be justified, even during a financial crisis.')).toEqual([]);
    expect(concernsOf('He said the deal was agreed in the wake of the 2008 crash.')).toEqual([]);
    // The harm itself, voiced as what may come, stays a concern.
    expect(concernsOf('The minister said the cuts could cause a financial crisis.')).toHaveLength(1);
    // A worry beside the frame is still voiced.
    expect(concernsOf('Despite the crisis, officials warned that the banks could collapse.')).toHaveLength(1);
    // A claim or a fear inside the frame reports the harm: "amid claims that violence has risen".
    expect(concernsOf('This comes amid claims that violence has risen in the country over the last few days.')).toHaveLength(1);
    expect(concernsOf('He spoke, he said, in the midst of a financial crisis.')).toEqual([]);
  });
});

describe('stop 82: holders', () => {
  it('a group of a known kind with an owner ("Clinton\'s allies") holds the worry it is the subject of', () => {
    const worried = concernsOf('Hillary Clinton raised money.', "Clinton's allies have long been concerned that the super PAC will run out of money.");
    expect(worried.map((c) => c.holder)).toEqual(["Clinton's allies"]);
  });
});

describe('stop 82: relative voices', () => {
  it('the head of a "who say …" clause holds the criticism or harm its verb reports, wherever the head stands', () => {
    const heard = concernsOf('The law drew a backlash from business leaders who say it unfairly targets gay and lesbian people.');
    expect(heard.map((c) => c.holder)).toEqual(['business leaders']);
    expect(concernsOf('Of the 252 demonstrators who claimed abuse, most were released.').map((c) => c.holder)).toEqual(['252 demonstrators']);
  });

  it('not when the clause closes before the cue, nor for a verb that reports nothing ("who told his staff")', () => {
    const closed = concernsOf('Voters backed Smith, who suggested the war could be left to others, in a world where cities are killing fields.');
    expect(closed.map((c) => c.holder)).not.toContain('Smith');
    const told = concernsOf('He worked with a staffer who told his team never to speak of it when they raised concerns.');
    expect(told.map((c) => c.holder)).not.toContain('staffer');
  });
});

describe('stop 82: fear edges', () => {
  it('a second verb after the object ends the fear, after a preposition too ("alarmed by the images and wanted …", "… and suggested that …")', () => {
    expect(fearsOf('Singh said he was alarmed by the images and wanted to see a rally for himself.')).toEqual(['the images']);
    expect(fearsOf('Cameron criticised Trump over his call for a ban on Muslims and suggested that he would unite Britain against him.')).toEqual([
      'Trump over his call for a ban on Muslims',
    ]);
  });

  it('not past a clause of the object’s own, whose verb the next one may be ("the rumors that she went … and attempted …")', () => {
    expect(fearsOf('Kelly was concerned about the rumors that she went to the chief and attempted an intervention.')).toEqual([
      'the rumors that she went to the chief and attempted an intervention',
    ]);
  });
});

describe('stop 82: a surname after a worry noun', () => {
  it('"a major concern for Admiral Harris" after "Adm. Harry B. Harris Jr." is the admiral’s', () => {
    const opening = 'Adm. Harry B. Harris Jr., who leads the Pacific Command, spoke on Monday.';
    const held = concernsOf(opening, 'How boldly China reacts to the ruling is a major concern for Admiral Harris, whose task is to plan.');
    expect(held.map((c) => c.holder)).toEqual(['Harry B. Harris Jr']);
  });
});

describe('stop 82: fronted clauses', () => {
  it('a cue inside a fronted clause is not held by the subject of the main clause after its comma', () => {
    const opening = 'Donald Trump spoke on Monday.';
    const fronted = concernsOf(opening, 'After a video from the terrorist group threatening an attack in New York, Trump called upon Congress to act.');
    expect(fronted.map((c) => c.holder)).toEqual([null]);
    // A cue in the main clause after the fronted one keeps the main clause's voice.
    const main = concernsOf('While the dollar held up, the greenback may be in for some weakness, said Juan Perez, a trader.');
    expect(main.map((c) => c.holder)).toEqual(['Juan Perez']);
  });
});

describe('stop 82: "feel that"', () => {
  it('"feel that …" voices the harm of its clause, as "believe that" does; "felt sick" voices nothing', () => {
    const felt = concernsOf('Young black voters feel that the crime policies have done long-term harm to their communities.');
    expect(felt.map((c) => [c.holder, c.fear])).toEqual([['Young black voters', 'the crime policies have done long-term harm to their communities']]);
    expect(concernsOf('The players felt sick after the crash of the team bus.')).toEqual([]);
  });
});

describe('stop 82: "there are consequences"', () => {
  it('"… need to know that there are consequences to leaving" is a threat voiced', () => {
    const threat = concernsOf('"The companies need to know that there are consequences to leaving and firing people," the governor said at a rally.');
    expect(threat.map((c) => c.cue)).toEqual(['there are consequences']);
    expect(concernsOf('The report explains the consequences of the new tax rules for small firms.')).toEqual([]);
  });
});
