// Stated concerns (stop 73, a helper's round): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe('stop 73 (precision)', () => {
  it('a harm "in the wake of" or "in the aftermath of" is an event already over; a harm still ahead counts', () => {
    expect(concernsOf('The mayor said the levy might be more popular in the wake of the recent floods.')).toEqual([]);
    expect(concernsOf('The mayor said the levy was passed in the aftermath of the riots.')).toEqual([]);
    expect(concernsOf('The mayor warned that the river could flood the town.')).toHaveLength(1);
  });

  it('a reporting verb in a relative clause ("…, where witnesses said …") credits no harm before it; an aside before the verb still does', () => {
    expect(concernsOf('The unrest spread from the capital, where witnesses said dozens of people died on Friday.')).toEqual([]);
    expect(concernsOf('The strike will cripple the port, Tom Hill, who chairs the dockers, said.')).toHaveLength(1);
  });

  it('"as far as X is concerned" with no comma after it is the idiom; a worry after it still counts', () => {
    expect(concernsOf('"As far as the town\'s budget is concerned it\'s a fair deal," the mayor said.')).toEqual([]);
    expect(concernsOf('"As far as I\'m concerned the dam is safe," the mayor said.')).toEqual([]);
    expect(concernsOf('The mayor said residents are concerned the dam could fail.')).toHaveLength(1);
  });

  it('a warning named as a device ("forward collision warning", "a lane-departure warning", "a warning system") voices no worry', () => {
    expect(concernsOf('The new van comes with forward collision warning and automatic braking, the company said.')).toEqual([]);
    expect(concernsOf('The van has a lane-departure warning, the maker said.')).toEqual([]);
    expect(concernsOf('The maker said the van has a warning system that beeps.')).toEqual([]);
    expect(concernsOf('The maker warned that the brakes could fail.')).toHaveLength(1);
  });

  it('a lower-case "concerned" inside a body\'s name ("Association of Nurses concerned about the Climate") is no worry', () => {
    expect(concernsOf('She sits on the board of the Ontario Association of Nurses concerned about the Climate.')).toEqual([]);
    expect(concernsOf('Nurses in Ontario are concerned about the Climate Bill, their union said.')).toHaveLength(1);
  });

  it('a harm being settled ("mediating the conflict", "defusing the dispute", "easing tensions", "repairing the damage") is no fear; one feared still counts', () => {
    expect(concernsOf('The envoy said he would help in mediating the conflict between the two towns.')).toEqual([]);
    expect(concernsOf('The minister said that easing the tensions on the border was his first aim.')).toEqual([]);
    expect(concernsOf('The mayor said the fund would go to repairing the damage to the harbour.')).toEqual([]);
    expect(concernsOf('The envoy warned that the conflict could spread to the coast.')).toHaveLength(1);
  });

  it('an aside of regret (", I\'m afraid,") is no fear; "I\'m afraid the dam will fail" still is', () => {
    expect(concernsOf("The reason for the delay, I'm afraid, is that the council ran out of money.")).toEqual([]);
    expect(concernsOf('"I\'m afraid the dam will fail," the mayor said.')).toHaveLength(1);
  });

  it('a negation reaches past "as" after "deemed", "seen", "regarded" ("could not be deemed as illegal"); "seen as illegal" still charges', () => {
    expect(concernsOf('The judge said the new software could not be deemed as illegal.')).toEqual([]);
    expect(concernsOf('The union said the strike was seen as illegal by the council.')).toHaveLength(1);
  });

  it('a harm tracked or monitored ("a group that tracks terrorists\' messages") is a field of work, not a fear; one feared still counts', () => {
    expect(concernsOf("The photo was used again, said Ann Lee, the head of a unit which tracks terrorists' messages.")).toEqual([]);
    expect(concernsOf('The agency said it monitors extremist violence in the region.')).toEqual([]);
    expect(concernsOf('Ann Lee warned that terrorists could strike the port.')).toHaveLength(1);
  });

  it('"tortured" as the adjective of strain before a thing ("a tortured relationship") names no torture; "tortured prisoners" and the verb do', () => {
    expect(concernsOf('"It was the start of a tortured relationship with the paper," the mayor said.')).toEqual([]);
    expect(concernsOf('The report said tortured prisoners were held at the camp.')).toHaveLength(1);
    expect(concernsOf('The report said the guards tortured them for days.')).toHaveLength(1);
  });

  it('a span of time after "over" ("a threat over the next five years") is no fear; the clause around the cue is', () => {
    const [item] = concernsOf('The report said shops faced a growing threat over the next five years.');
    expect(item?.fear).not.toBe('the next five years');
    expect(item?.fear).toContain('shops faced a growing threat');
  });
});
