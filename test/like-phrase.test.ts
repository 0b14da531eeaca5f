// "Like Tom Hale, he warned …": the name after a fronted "Like" is compared with the subject, never the subject itself.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

describe('a name after a fronted "Like" or "Unlike"', () => {
  it('is not the subject a later "he" goes on with', () => {
    for (const word of ['Like', 'Unlike']) {
      const a = analyzeParagraphs(
        'T',
        `Harbour pilot Martin Okafor spoke next at the hearing. ${word} Tom Hale, he warned about the narrow channel. He also raised the cost of dredging, "Ten years is too long to wait for a berth."`,
      );
      expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Martin Okafor' });
    }
  });
});
