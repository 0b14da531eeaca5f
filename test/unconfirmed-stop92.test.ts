// Unconfirmed (stop 92): a quotation credited after a colon keeps its claim inside the quotation.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed } from './helpers/analyze.js';

describe('stop 92: a colon credit after a closing quotation', () => {
  it('"… may be successful.": Carlos Gaviria, former magistrate. claims the quoted words only', () => {
    const item = onlyUnconfirmed('"The (political) proposal may be successful for more time.": Carlos Gaviria, former magistrate.');
    expect(item).toMatchObject({ kind: 'hedged', claim: 'The (political) proposal may be successful for more time' });
  });
  it('a colon inside the sentence that introduces a list is no credit (guard)', () => {
    const item = onlyUnconfirmed('The storm may reach three towns: Ashford, Brook and Calder.');
    expect(item?.claim).toContain('Ashford');
  });
});
