// A page's date in UTC can be the next day where it was published: "2016-12-23T00:47:31Z" on a page whose own
// <time> says 22 December. The day its readers saw is the local one.
import type { HeaderCandidate } from '../types.js';

const UTC = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00$)\d{2}:?\d{2}$/;
const DAY = 86_400_000;
/** A local time and the UTC one may be this far apart and still tell of the same moment of publishing. */
const SAME_MOMENT = 14 * 3_600_000;

/** The day a number of days from a date, as YYYY-MM-DD. */
function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whether a local date (or local time) is the UTC time's own moment seen from a time zone a day away. */
function sameMomentElsewhere(utc: string, local: string): boolean {
  const m = UTC.exec(utc);
  if (!m) return false;
  const [, date = '', hour = '0'] = m;
  const h = Number(hour);
  if (DATE_ONLY.test(local)) {
    // West of Greenwich, at most 12 hours behind. A bare date a day ahead is as often the day a story was updated.
    return local === shift(date, -1) && h < 12;
  }
  const o = OFFSET.exec(local);
  return o !== null && o[1] !== date && Math.abs(Date.parse(local) - Date.parse(utc)) <= SAME_MOMENT;
}

/** The published candidates, each UTC time that another candidate shows as the same moment's local day given that day's value. */
export function localDays(candidates: readonly HeaderCandidate[]): HeaderCandidate[] {
  return candidates.map((c) => {
    const local = candidates.find((o) => o !== c && sameMomentElsewhere(c.value, o.value));
    return local ? { ...c, value: local.value } : c;
  });
}
