import { describe, expect, it } from 'vitest';
import { storyDateline } from '../src/read/story-dateline.js';

describe('storyDateline', () => {
  it('reads a place, a state or day, and an agency before the dash', () => {
    expect(storyDateline('WASHINGTON (AP) — Donald Trump called')).toEqual({ text: 'WASHINGTON (AP) — ', agency: 'AP' });
    expect(storyDateline('TRENTON, N.J. (AP) — Was that really')?.agency).toBe('AP');
    expect(storyDateline('WASHINGTON, June 24 (UPI) — Presumptive')?.agency).toBe('UPI');
    expect(storyDateline('TOKYO, July 17 (Reuters) - Japan’s exports')?.agency).toBe('Reuters');
    expect(storyDateline('NEW YORK -- A six-year trend')).toEqual({ text: 'NEW YORK -- ', agency: null });
    expect(storyDateline('TALLAHASSEE — If he were elected')?.agency).toBeNull();
    // A state and a day, each after its comma; a place in mixed case with the agency in brackets.
    expect(storyDateline('DES MOINES, Iowa, Aug. 10 (UPI) — Donald Trump')?.agency).toBe('UPI');
    expect(storyDateline('Mexico City (AFP) – Mexican anchor Jorge Ramos')).toEqual({ text: 'Mexico City (AFP) – ', agency: 'AFP' });
    // A wire story may give the day alone, with no place.
    expect(storyDateline('Mar 3 (Reuters) - Ann Lee said on Monday')).toEqual({ text: 'Mar 3 (Reuters) - ', agency: 'Reuters' });
    expect(storyDateline('Sept. 14 (AP) — The council voted')?.agency).toBe('AP');
    // A page that dropped the place keeps the agency alone.
    expect(storyDateline('(Reuters) — The New York State Attorney General is investigating')).toEqual({ text: '(Reuters) — ', agency: 'Reuters' });
  });

  it('is no dateline without a place in capitals, a dash, or the story after it', () => {
    expect(storyDateline('I — and I mean it — was there')).toBeNull();
    expect(storyDateline('Washington — the city, not the state')).toBeNull();
    expect(storyDateline('WASHINGTON is where it happened')).toBeNull();
    expect(storyDateline('USA — the final score')).toBeNull();
    expect(storyDateline('New York (Part One) — The story')).toBeNull();
    expect(storyDateline('(Part One) — The story')).toBeNull();
    expect(storyDateline('(AP) — and then the story')).toBeNull();
  });
});
