// A cue in a sentence's opening subordinate clause ("While …,", "After …,") claims that clause, not the main clause after it.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('a cue in the opening subordinate clause', () => {
  it('claims that clause, without its subordinating word', () => {
    expect(only('While the ferry firm claims that the merger would cut fares, it has raised them twice this year.')?.claim).toBe('the merger would cut fares');
    expect(only('Although the mayor is unlikely to resign over the tender, her deputy has already quit.')?.claim).toBe(
      'the mayor is unlikely to resign over the tender',
    );
    expect(only('After the skipper seemed to blame the crew, the owners said they would hold an inquiry.')?.claim).toBe('the skipper seemed to blame the crew');
  });
  it('"As the Gazette reported, …" attributes the main clause, which stays the claim', () => {
    expect(only('As the Gazette reported, the harbour board has quietly sold two of its quays.')?.claim).toContain(
      'the harbour board has quietly sold two of its quays',
    );
  });
  it('a cue in the main clause keeps its own clause', () => {
    expect(only('When the vote was counted, the mayor appeared to have lost her seat.')?.claim).toContain('the mayor appeared to have lost her seat');
  });
});

describe('a cue in the main clause after an opening that sets the scene', () => {
  it('claims the main clause without the opening', () => {
    expect(only('Despite the rejection of its bid last week, the ferry firm may well come back with a better offer.')?.claim).toBe(
      'the ferry firm may well come back with a better offer',
    );
    expect(only('Given the storm damage, the council will likely delay the regatta.')?.claim).toBe('the council will likely delay the regatta');
  });
  it('keeps a condition, and an opening that holds the referent of a pronoun subject', () => {
    expect(only('When implemented with care, the new timetable may help the island ferries.')?.claim).toContain('When implemented');
    expect(only('As for the mayor, she seems content with the new pier.')?.claim).toContain('As for the mayor');
  });
});

describe('a claim cut from inside the sentence that opens on "while", "although", "because"', () => {
  it('loses the subordinating word, and the main clause after it', () => {
    expect(only('The fares rose in May, although the ferry firm may cut them again in the autumn.')?.claim).toBe(
      'the ferry firm may cut them again in the autumn',
    );
    expect(only('Fares rose in May, while the new tax may result in lower premiums, crews won\u2019t see the savings.')?.claim).toBe(
      'the new tax may result in lower premiums',
    );
  });
  it('keeps the word when no clause of its own follows it, or when the linked clause comes before the cue', () => {
    expect(only('The mayor spoke, while condemning the strike, accused the union of wrecking the talks.')?.claim).not.toMatch(/^condemning/);
    expect(only('It rose in May, because the plants last for decades, that is likely to change only slowly.')?.claim).toMatch(/^because/);
  });
});
