// Stated concerns (stop 81, from a judged sample of BBC, Wikinews and PolNeAR articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const holdersOf = (paragraph: string): (string | null)[] => concernsOf(paragraph).map((item) => item.holder);

describe('stop 81', () => {
  it('the subject of "went on to", "continued to", "sought to" holds the criticism of the infinitive after it', () => {
    expect(holdersOf('Trump went on to criticize the convention for its failure to mention the police.')).toEqual(['Trump']);
    expect(holdersOf('The senator continued to condemn the attack on the embassy.')).toEqual(['senator']);
    // "urged X to condemn": the urging is no condemnation, and the one urged has not spoken.
    expect(holdersOf('Ryan urged the senator to condemn the attack on the embassy.')).toEqual([null]);
  });

  it('"shocked" is an alarm only in someone who was, felt or was left shocked; "a move that shocked everyone" is surprise caused', () => {
    expect(concernsOf('In a move that shocked nearly everyone, the governor endorsed the developer.')).toEqual([]);
    expect(concernsOf("The governor's shell-shocked gaze drew mockery online.")).toEqual([]);
    expect(concernsOf('Residents were shocked by the killings in the town.')).toHaveLength(1);
    expect(concernsOf('The premier said people would be surprised but "stunned to learn that the cabinet chose dump sites in secret".')).toHaveLength(1);
  });

  it('"It warned …" after a sentence that opens on "The committee …" is the committee the article named last', () => {
    const named = 'A report by the Commons transport committee called for the agency to be wound up.';
    const opened = 'The committee reached its conclusions after it found that cases were delayed. It warned that the agency could collapse.';
    expect(concernsOf(named, opened).map((c) => c.holder)).toEqual(['the Commons transport committee']);
    // With no committee named before, the bare noun names no one.
    expect(concernsOf('The committee reached its conclusions on Monday. It warned that the agency could collapse.').map((c) => c.holder)).toEqual([null]);
  });

  it('a plural subject\'s bare "claim" before its clause reports it, so the fear is the clause ("Rights claim there has been …")', () => {
    const fears = concernsOf('The Association of Doctors for Human Rights claim there has been a dramatic escalation in violence since the vote.').map(
      (c) => c.fear,
    );
    expect(fears).toEqual(['there has been a dramatic escalation in violence since the vote']);
  });

  it('what was said before an inverted "…, the minister warned" is no name in apposition: the minister holds it', () => {
    expect(holdersOf('The cuts will hurt patients, the minister warned.')).toEqual(['minister']);
    expect(holdersOf('Cuts will hurt patients, the health minister warned.')).toEqual(['health minister']);
  });

  it('a risk reduced, diminished or lessened is managed, and so is the harm it is the risk of ("reduce the risk of fraud")', () => {
    expect(concernsOf('The new rules will reduce the risk of fraud, the minister said.')).toEqual([]);
    expect(concernsOf('Legalising it will diminish the risk of excesses, the members think.')).toEqual([]);
    expect(holdersOf('The plan does nothing to lessen the danger of floods, the mayor warned.')).toEqual(['mayor']);
  });

  it('"adverse effects", "detrimental", "corrosive" name a harm a source voices', () => {
    expect(holdersOf('"Disunity in the cabinet has a corrosive effect on the country," Duncan Bannatyne said.')).toEqual(['Duncan Bannatyne']);
    expect(holdersOf('A sharp downturn could have other adverse effects, the ministry warned.')).toEqual(['ministry']);
    expect(concernsOf('The drug had no adverse effects in the trial.')).toEqual([]);
  });

  it('a harm "not perceived as" or "not seen as" one is denied like "is not a problem"; seen as one, it stands', () => {
    expect(concernsOf('He insisted the squabbles were not "perceived as a problem by the voters," he said.')).toEqual([]);
    expect(concernsOf('The squabbles were seen as a problem by the voters, he said.')).toHaveLength(1);
  });
});
