// Stated concerns (stop 59, precision): a debt told as an account owed names no harm.
import { describe, expect, it } from 'vitest';
import type { ConcernItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const concernsOf = (...paragraphs: string[]): ConcernItem[] => analyzeParagraphs('A headline for the test', ...paragraphs).concerns;

describe('stop 59 (precision)', () => {
  it('a debt told as a figure or a plan ("$40 billion in farm debt", "refinance their debt") is an account; a debt made a burden still counts', () => {
    expect(concernsOf('The co-operative holds about $40 billion in farm debt, the bank said.')).toEqual([]);
    expect(concernsOf('The mayor said the new scheme would let families refinance their debt at lower rates.')).toEqual([]);
    expect(concernsOf('The treasurer said the towns were drowning in debt.')).toHaveLength(1);
    expect(concernsOf('The union said crippling debt is driving nurses out of the profession.')).toHaveLength(1);
    expect(concernsOf('The minister said the region faces a debt crisis.')).toHaveLength(1);
    expect(concernsOf('The grocers warned the new tax would push corner shops into debt.')).toHaveLength(1);
    expect(concernsOf('The councillor said the rates rise will drive pensioners deeper into debt.')).toHaveLength(1);
  });
});
