import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/read/header-lines.js';

describe('parseDate: dates as pages write them → ISO 8601', () => {
  const days: Array<[string, string]> = [
    ['2017-01-13', '2017-01-13'],
    ['JAN. 13, 2017', '2017-01-13'],
    ['Jan 13 2017', '2017-01-13'],
    ['December 9th, 2016', '2016-12-09'],
    ['13 January 2017', '2017-01-13'],
    ['13-Jan-2017', '2017-01-13'],
    ['20161209', '2016-12-09'],
    ['2016/12/09', '2016-12-09'],
    ['2019年4月15日', '2019-04-15'],
    ['Published: Thursday, 2 March 2025', '2025-03-02'],
    ['February 29, 2016', '2016-02-29'],
    // Figures only: the order is plain when one is over 12; with full stops the day comes first.
    ['13/01/2017', '2017-01-13'],
    ['11/28/2016', '2016-11-28'],
    ['15.05.2020, 07:11', '2020-05-15'],
  ];
  for (const [text, iso] of days) it(`"${text}" → ${iso}`, () => expect(parseDate(text)).toBe(iso));

  const zoned: Array<[string, string]> = [
    ['2016-02-01T01:28:49-05:00', '2016-02-01T01:28:49-05:00'],
    ['2016-12-16T21:19:00.000Z', '2016-12-16T21:19:00Z'],
    ['2019-04-15T09:18:34-04:00', '2019-04-15T09:18:34-04:00'],
    ['2016-12-09T09:13:00+0900', '2016-12-09T09:13:00+09:00'],
    ['2016-12-09 09:13 +00:00', '2016-12-09T09:13:00Z'],
    ['Mon, 15 Apr 2019 13:18:34 GMT', '2019-04-15T13:18:34Z'],
    ['December 9, 2016 9:13 AM EST', '2016-12-09T09:13:00-05:00'],
    ['June 1, 2019 12:34 p.m. PDT', '2019-06-01T12:34:00-07:00'],
    ['Thu Dec 08 2016 10:39:35 GMT-0500 (Eastern Standard Time)', '2016-12-08T10:39:35-05:00'],
    ['May 22, 2024 09:02 KST', '2024-05-22T09:02:00+09:00'],
    ['Published 2 March 2025 07:15 CET', '2025-03-02T07:15:00+01:00'],
    ['21 October 2025 9.12am BST', '2025-10-21T09:12:00+01:00'],
    ['Wed 9 Jul 2025 16.00 BST', '2025-07-09T16:00:00+01:00'],
    ['16 November 2017 12:15am UTC+5:30', '2017-11-16T00:15:00+05:30'],
    // "ET" is the US Eastern clock: standard or daylight time by the date (rules since 2007, and 1987–2006).
    ['Updated 1:03 PM ET, Thu December 8, 2016', '2016-12-08T13:03:00-05:00'],
    ['July 4, 2016 9:00 a.m. ET', '2016-07-04T09:00:00-04:00'],
    ['April 3, 2005 3:00 PM PT', '2005-04-03T15:00:00-07:00'],
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03T12:45:00-04:00'],
    // 10/11/2022 could be either order; a US time zone says it is month first.
    ['10/11/2022 08:00 AM EDT', '2022-10-11T08:00:00-04:00'],
    ['11/28/2016 11:00 AM PT', '2016-11-28T11:00:00-08:00'],
  ];
  for (const [text, iso] of zoned) it(`"${text}" → ${iso}`, () => expect(parseDate(text)).toBe(iso));

  // A time without a zone, or with one that names several, gives the day: a guessed zone would be worse than none.
  const dayOnly: Array<[string, string]> = [
    ['2016-02-01 01:28:49', '2016-02-01'],
    ['2016-02-01T01:28:49', '2016-02-01'],
    ['16 November 2017 • 2:15pm', '2017-11-16'],
    ['May 22, 2024 - 09:02', '2024-05-22'],
    ['2016-12-09T10:00:00 IST', '2016-12-09'],
    ['2016-12-09 09:13 -00:00', '2016-12-09'],
    ['Nov. 6, 2016 1:30 a.m. ET', '2016-11-06'],
    ['March 13, 2016 2:30 am', '2016-03-13'],
    ['2016-12-09T24:00:00Z', '2016-12-09'],
    ['December 9, 2016 at 9:13 et al', '2016-12-09'],
    ['13 January 2017 - 15 people died', '2017-01-13'],
  ];
  for (const [text, iso] of dayOnly) it(`"${text}" → ${iso} (day only)`, () => expect(parseDate(text)).toBe(iso));

  const rejected = [
    '2017-13-01',
    '2017-02-30',
    'February 29, 2017',
    'Jan 13',
    '10/11/2022',
    '10/11/2022 08:00 GMT',
    '31/02/2017',
    'Ticket 20161209 issued',
    '3017-01-13',
    'no date here',
    '',
  ];
  for (const text of rejected) it(`"${text}" → null`, () => expect(parseDate(text)).toBeNull());

  it('takes the first date of a line that states two', () => {
    expect(parseDate('Published 12 Jan 2017, updated 13 Jan 2017')).toBe('2017-01-12');
  });
});
