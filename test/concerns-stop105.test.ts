// Concerns (stop 105): a worry that opens the sentence ("Fearing that …, the Nats let Span leave") belongs to the main clause's
// subject, found past commas inside the modifier, and its fear ends at the comma before that clause.
import { describe, expect, it } from 'vitest';
import { holdersAndFears } from './helpers/analyze.js';

describe('stop 105: a fronted worry and the subject after it', () => {
  it.each([
    [
      'Fearing that Span’s bad back would be a lingering, long-term problem, the Nats let Span leave in free agency.',
      'Nats | Span’s bad back would be a lingering, long-term problem',
    ],
    ['Fearing that the dam would burst, officials evacuated the town.', 'officials | the dam would burst'],
    ['Worried about costs, rising rents and crime, many residents have moved away.', 'many residents | costs, rising rents and crime'],
    ['Worried about the cost, residents have moved away.', 'residents | the cost'],
  ])('%s', (paragraph, expected) => {
    expect(holdersAndFears(paragraph)).toEqual([expected]);
  });
  it('a relative clause after the comma stays in the modifier', () => {
    expect(holdersAndFears('Worried about the report, which concluded that she lied, the campaign hired lawyers.').map((c) => c.split(' | ')[0])).toEqual([
      'campaign',
    ]);
  });
  it('a fronted worry with one comma was read already (guard)', () => {
    expect(holdersAndFears('Worried about backlash and committed to restraint, House Democrats have limited their inquiry.')).toEqual([
      'House Democrats | backlash',
    ]);
  });
});

describe('stop 105: a restrictive "that" clause voices its noun’s worry', () => {
  it('"businesses that warn" hold the warning', () => {
    expect(
      holdersAndFears('The bill met fierce opposition from many groups, including prominent businesses that warn it could harm commerce.').map(
        (c) => c.split(' | ')[0],
      ),
    ).toEqual(['prominent businesses']);
  });
  it('a document that warns holds nothing (guard)', () => {
    expect(holdersAndFears('He cited studies that warn the drug could cause harm.').map((c) => c.split(' | ')[0])).toEqual(['-']);
  });
});

describe('stop 105: what a worry noun is about, after "would be that", "as to" or "is that by the time"', () => {
  it.each([
    ['“The concern would be that we have a process that is eroding democracy,” Ann Lee said.', 'we have a process that is eroding democracy'],
    ['Their fear is that by the time their moment arrives, it could be too late.', 'by the time their moment arrives, it could be too late'],
    ['“This raises serious concerns as to the motivation of such a request,” Ann Lee said.', 'the motivation of such a request'],
  ])('%s', (paragraph, fear) => {
    expect(holdersAndFears(paragraph).map((c) => c.split(' | ')[1])).toEqual([fear]);
  });
});
