// "May" of a rule ("no one may …", "only members may …", "under the rules, …") grants or bars; it hedges nothing.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

const none = (sentence: string) => expect(only(sentence)).toBeUndefined();

describe('"may" that grants or bars by rule', () => {
  it('a restricted subject ("no one", "nobody", "only …") makes a rule', () => {
    none('No one may park a lorry on the harbour road after dark.');
    none('North of the bridge, only buses carrying at least ten passengers may enter.');
  });
  it('a rule named before the modal makes a permission', () => {
    none('Under the club rules, members may bring two guests to the dinner.');
  });
  it('"only" that qualifies a verb, and "may have", still hedge', () => {
    expect(only('The delay only means that the harbour may close next year.')?.kind).toBe('hedged');
    expect(only('Under the new owner, the mill may have lost money for years.')?.kind).toBe('hedged');
    expect(only('The ferry may be late on Sunday.')?.kind).toBe('hedged');
  });
});
