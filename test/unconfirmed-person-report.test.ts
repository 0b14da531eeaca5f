// A named person who "reported that" tells what they saw or found, on record; an outlet's report stays unverified.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('"reported that" after a named person', () => {
  it('a given name and a surname, or a title and a surname, report on record', () => {
    expect(only('Later that morning, Maria Lopez reported that the ferries were running late.')).toBeUndefined();
    expect(only('Former Rep. Hal Dorn reports that the mill has hired forty workers.')).toBeUndefined();
  });
  it('an outlet whose name opens with a place or a given name still reports second-hand', () => {
    expect(only('The Denver Post reported that the mill has hired forty workers.')?.kind).toBe('unverified');
    expect(only('Earlier, the Orlando Sentinel reported that the ferries were running late.')?.kind).toBe('unverified');
  });
  it('a journalist named as the author of a piece still makes a media report', () => {
    expect(only('It began with an article in a city magazine by Maria Lopez, who reported that the mayor had hidden a loan.')?.kind).toBe('unverified');
  });
});
