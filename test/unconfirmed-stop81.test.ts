// What remains unconfirmed (stop 81, from a judged sample of BBC, Wikinews and PolNeAR articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const itemsOf = (paragraph: string) => analyzeParagraphs('A headline for the test', paragraph).unconfirmed;
const cuesOf = (paragraph: string): string[] => itemsOf(paragraph).map((item) => item.cue);

describe('stop 81', () => {
  it('"seemingly" hedges a clause; before an adjective after a determiner it only describes ("a seemingly random mix")', () => {
    expect(cuesOf('Those rules seemingly did not apply to the senator.')).toEqual(['seemingly']);
    expect(cuesOf('For a moment, Clinton paused, seemingly stunned by the question.')).toEqual(['seemingly']);
    expect(cuesOf('The hacker targeted a seemingly random mix of politicians.')).toEqual([]);
    expect(cuesOf("Trump's seemingly confused messages have given voters reasons to doubt him.")).toEqual([]);
  });

  it('"is (widely) seen as" is a perception hedged like "is regarded as"; a poll\'s figures settle it', () => {
    expect(cuesOf('China is seen as the main culprit, with exports soaring.')).toEqual(['is seen as']);
    expect(cuesOf('His finish was widely seen as a disappointment.')).toEqual(['was widely seen as']);
    expect(cuesOf('Low oil prices, seen as a boon for drivers, have hurt producers.')).toEqual(['seen as']);
    expect(cuesOf('Cruz is seen as the better leader by 40 percent of voters in the survey.')).toEqual([]);
    expect(cuesOf('The mayor has seen as many storms as anyone.')).toEqual([]);
  });

  it('"potentially" after a modal or "is" hedges; as a modifier of an adjective it does not', () => {
    expect(cuesOf('That will potentially benefit Donald Trump.')).toEqual(['will potentially']);
    expect(cuesOf('A resale could potentially triple the price.')).toEqual(['could potentially']);
    expect(cuesOf('Moderators flag potentially harmful content for review.')).toEqual([]);
  });

  // Since stop 85 the claim is the clause after the impersonal hedge, without it.
  it('"it would appear" hedges its clause; "would appear" as coming into being does not', () => {
    expect(itemsOf('It would appear the aircraft came down on landing.').map((u) => u.claim)).toEqual(['the aircraft came down on landing']);
    expect(cuesOf('Later, other variants of the vehicle would appear.')).toEqual([]);
  });

  it('a report credited to an outlet whose name ends in "Caller", "Beacon" and the like is second-hand', () => {
    expect(itemsOf('According to the Daily Caller, Labott coordinated with the aide.').map((u) => u.kind)).toEqual(['unverified']);
    expect(itemsOf('According to the Washington Free Beacon, the committee asked coal firms for money.').map((u) => u.kind)).toEqual(['unverified']);
  });

  it('"reports suggested that" is a second-hand report (unverified), not an allegation of its own', () => {
    expect(itemsOf('Later reports suggested that the liver had been flown to the hospital.').map((u) => u.kind)).toEqual(['unverified']);
    expect(itemsOf('The minister suggested that the liver had been flown to the hospital.').map((u) => u.kind)).toEqual(['allegation']);
  });

  it("to claim a thing as one's own, or a right to claim it, is taking it, not asserting a fact", () => {
    expect(cuesOf('They have no right of ownership to claim the bird, or any version of it, as their own.')).toEqual([]);
    expect(cuesOf('Nobody has a right to claim it exclusively.')).toEqual([]);
    expect(cuesOf('The club claims the bird was drawn by its founder.')).toEqual(['claims']);
  });

  it('insisting one cannot understand something states a feeling; nothing is alleged', () => {
    expect(cuesOf('Both men are in despair, insisting that they cannot understand why they were refused.')).toEqual([]);
    expect(cuesOf('Both men are in despair, insisting that they were never security risks.')).toEqual(['insisting that']);
  });

  it('"realised it could have exploded" tells of a danger that did not come, not a fact in doubt', () => {
    expect(cuesOf('I ran towards it but then I realised it could have exploded.')).toEqual([]);
    expect(cuesOf('Investigators said the fuel tank could have exploded before the crash.')).toEqual(['could have exploded']);
  });

  it('a search that "did not find ties of any consequence" is a stated gap, like "did not find any evidence"', () => {
    expect(itemsOf('The FBI looked for a connection and did not find "ties of any consequence" between the two men.').map((u) => u.kind)).toEqual(['gap']);
    expect(cuesOf('The communications major did not find a job in her field.')).toEqual([]);
  });

  it('an inverted credit to a number of unnamed sources ("…, said two officials") is anonymous sourcing, like "two officials said"', () => {
    expect(itemsOf('The deal is nearly done, said two senior administration officials.').map((u) => u.kind)).toEqual(['anonymous-source']);
    expect(itemsOf('The ground suits the vice president, said a handful of Democrats who know him.').map((u) => u.kind)).toEqual(['anonymous-source']);
    // A nationality names a government speaking on the record, as in "Israeli officials said".
    expect(cuesOf('The deal is nearly done, said two Israeli officials.')).toEqual([]);
  });

  it('an adverb between unnamed sources and their verb ("colleagues have privately said", "aides also say") keeps them anonymous', () => {
    expect(itemsOf('Some of his cabinet colleagues have privately said that he should resign.').map((u) => u.kind)).toEqual(['anonymous-source']);
    expect(itemsOf('Aides privately say the campaign is nearly out of money.').map((u) => u.kind)).toEqual(['anonymous-source']);
  });

  it('"hinted that …" and "all indications are that …" leave their clause open; "hinted at the scope of the game" names no claim', () => {
    expect(itemsOf('Carson hinted that a shakeup of his campaign staff was imminent.').map((u) => u.claim)).toEqual([
      'a shakeup of his campaign staff was imminent',
    ]);
    expect(cuesOf('All indications are that the factory will close in the spring.')).toEqual(['All indications are that']);
    expect(cuesOf('Few games have hinted at the scope of the new title.')).toEqual([]);
  });

  it('"dispute" after a plural subject ("Unions dispute the figures") contests a claim; "the pay dispute", "hard to dispute" do not', () => {
    expect(itemsOf('Posts on two fan sites dispute these findings.').map((u) => u.kind)).toEqual(['disputed']);
    expect(cuesOf('The pay dispute dragged on for months.')).toEqual([]);
    expect(cuesOf('It is hard to dispute the figures.')).toEqual([]);
  });
});
