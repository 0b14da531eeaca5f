// A cue in a sentence's opening subordinate clause ("While …,", "After …,") claims that clause, not the main clause after it.
import { describe, expect, it } from 'vitest';
import type { UnconfirmedItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

function only(sentence: string): UnconfirmedItem | undefined {
  const items = analyzeParagraphs('A headline for the test', sentence).unconfirmed;
  expect(items.length).toBeLessThanOrEqual(1);
  return items[0];
}

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
