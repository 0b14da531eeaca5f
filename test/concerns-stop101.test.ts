// Concerns (stop 101): dread of what may come, named by "prospect" or "possibility" ("haunted by the possibility that …").
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const items = (paragraph: string): string[] => concernsOf(paragraph).map((c) => `${c.holder ?? '-'} | ${c.cue} | ${c.fear}`);

describe('stop 101: "haunted by the possibility", "horrified at the prospect"', () => {
  it('is the worry of the one haunted, not of who reports it', () => {
    const found = items('Aides said Mr. Omar was haunted by the possibility that the hostages would spend years in prison.');
    expect(found).toEqual(['Omar | haunted | the possibility that the hostages would spend years in prison']);
  });
  it('holds the prospect the subject is horrified at', () => {
    expect(items('Members of his social circle are horrified at the prospect of a Lee presidency.')).toEqual([
      'Members of his social circle | horrified | the prospect of a Lee presidency',
    ]);
  });
  it.each(['They were horrified by the attack on the market.', 'The old house is haunted by the ghost of its builder.'])(
    '"%s" voices no worry of what may come (guard)',
    (paragraph) => {
      expect(items(paragraph)).toEqual([]);
    },
  );
});
