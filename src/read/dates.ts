// Dates as pages write them → ISO 8601: the day, and the time with its offset only when the page states a time zone.
import { lexicons } from '../lexicon.js';

/** A month's name or abbreviation, captured, with an optional full stop. */
export const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR_DIGITS = '((?:19|20)\\d{2})';
const YEAR = `${YEAR_DIGITS}(?!\\d)`;
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\\.?';

/** Abbreviations that name one offset wherever English-language news uses them; IST (India, Israel, Ireland) names three and is left out. */
const ZONES: Readonly<Record<string, number>> = {
  GMT: 0,
  UTC: 0,
  UT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AWST: 480,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CST: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
};

/** "ET", "PT": US clock time, standard or daylight by the date; the standard offset of each. */
const US_REGIONS: Readonly<Record<string, number>> = { ET: -300, CT: -360, MT: -420, PT: -480 };

/** Case-sensitive: a zone is written in capitals, and "et" is a word in other languages. */
const ZONE = `(?:(?:GMT|UTC|UT)\\s?[+\\-−]\\s?\\d{1,2}(?::?\\d{2})?(?!\\d)|[+\\-−]\\d{2}(?::?\\d{2})?(?!\\d)|\\(?(?:${[...Object.keys(ZONES), ...Object.keys(US_REGIONS)].join('|')})\\)?(?![A-Za-z]))`;
const TIME = '(\\d{1,2})(?:([:.])(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?(?:\\s?([ap])\\.?\\s?m\\b\\.?)?';

interface Clock {
  hour: number;
  minute: number;
  second: number;
}

interface Found {
  year: number;
  month: number;
  day: number;
  /** Where the date sits in the text, to read a time before or after it. */
  start: number;
  end: number;
  /** A time written inside the date ("Aug 03 12:45:00 EDT 2015"). */
  inner?: string;
  /** 11/12/2016: month first only when a US time zone goes with it. */
  usOrder?: boolean;
}

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

function monthOf(word: string): number {
  return lexicons().months.findIndex((m) => m.startsWith(word.slice(0, 3).toLowerCase())) + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** What one date pattern read: the year and day as written, the month as a number, and what else it saw. */
type DateParts = [year: string | undefined, month: number, day: string | undefined, more?: Partial<Found>];

/** The date patterns, each with how to read its match; compiled once. */
const DATE_READERS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => DateParts]> = [
  // 2016-12-09, 2016/12/09, 2016.12.09: the separator is the same twice.
  [new RegExp(`(?<![\\d.])${YEAR_DIGITS}([\\-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'g'), (m) => [m[1], Number(m[3]), m[4]]],
  // 20161209 (and 20161209T091300Z) only as the whole value: inside a line eight digits are as often an id.
  [new RegExp(`^\\s*${YEAR_DIGITS}(\\d{2})(\\d{2})(?=T\\d|\\s*$)`, 'g'), (m) => [m[1], Number(m[2]), m[3]]],
  // Jan. 13, 2017 · JAN 13 2017 · December 9th, 2016
  [new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'gi'), (m) => [m[3], monthOf(m[1] ?? ''), m[2]]],
  // 13 January 2017 · 15 Apr 2019 · 13-Jan-2017
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)${MONTH_WORD}(?:,?\\s+|-)${YEAR}`, 'gi'), (m) => [m[3], monthOf(m[2] ?? ''), m[1]]],
  // Day and month in figures: the order is plain when one of them is over 12; otherwise only a US time zone settles it.
  [
    new RegExp(`(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/${YEAR}`, 'g'),
    (m) => (Number(m[1]) > 12 ? [m[3], Number(m[2]), m[1]] : [m[3], Number(m[1]), m[2], Number(m[2]) > 12 ? {} : { usOrder: true }]),
  ],
  // 15.05.2020: figures with full stops are day first.
  [new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}`, 'g'), (m) => [m[3], Number(m[2]), m[1]]],
  // Mon Aug 03 12:45:00 EDT 2015 (the Unix date): the time sits between the day and the year.
  [
    new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?${ZONE})?)\\s+${YEAR}`, 'gi'),
    (m) => [m[4], monthOf(m[1] ?? ''), m[2], { inner: m[3] }],
  ],
  // 2019年4月15日
  [new RegExp(`${YEAR_DIGITS}\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`, 'g'), (m) => [m[1], Number(m[2]), m[3]]],
];

/** Every real calendar date the text writes, in the order written, each with its place. */
function datesIn(text: string): Found[] {
  const found: Found[] = [];
  for (const [pattern, read] of DATE_READERS) {
    for (const m of text.matchAll(pattern)) {
      const [yearText, month, dayText, more] = read(m as RegExpExecArray);
      const [year, day] = [Number(yearText), Number(dayText)];
      if (isDay(year, month, day)) found.push({ year, month, day, start: m.index, end: m.index + m[0].length, ...more });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A clock time from a TIME match: needs minutes or am/pm, so a lone number ("15 people") is never a time. */
function clockOf(m: RegExpExecArray, at: number): Clock | null {
  const [hourText, separator, minuteText, secondText, meridiem] = [m[at], m[at + 1], m[at + 2], m[at + 3], m[at + 4]];
  if (minuteText === undefined && meridiem === undefined) return null;
  // "9.12am", "16.00 BST": a full stop parts hours and minutes only (a time here always has am/pm or a zone after it).
  if (separator === '.' && secondText !== undefined) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second };
}

/** Sundays of a month, as days of the month. */
function sundays(year: number, month: number): number[] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days: number[] = [];
  for (let d = 1 + ((7 - first) % 7); d <= daysIn(year, month); d += 7) days.push(d);
  return days;
}

/** Whether US daylight time is in force at a local date and time; null in the repeated hour and before 1987's rules. */
function usDaylight(date: Found, clock: Clock): boolean | null {
  if (date.year < 1987) return null;
  const [startMonth, startDay, endMonth, endDay] =
    date.year >= 2007 ? [3, sundays(date.year, 3)[1], 11, sundays(date.year, 11)[0]] : [4, sundays(date.year, 4)[0], 10, sundays(date.year, 10).at(-1)];
  if (startDay === undefined || endDay === undefined) return null;
  const key = date.month * 100 + date.day;
  const start = startMonth * 100 + startDay;
  const end = endMonth * 100 + endDay;
  if (key === start) return clock.hour >= 2;
  if (key === end) return clock.hour < 1 ? true : clock.hour >= 2 ? false : null;
  return key > start && key < end;
}

/** A zone as minutes east of UTC, or null when it says nothing certain ("-00:00" is RFC 3339's "offset unknown"). */
function offsetOf(zone: string, date: Found, clock: Clock): number | null {
  const name = zone.replace(/[()]/g, '');
  const fixed = ZONES[name];
  if (fixed !== undefined) return fixed;
  const region = US_REGIONS[name];
  if (region !== undefined) {
    const daylight = usDaylight(date, clock);
    return daylight === null ? null : region + (daylight ? 60 : 0);
  }
  const m = /([+\-−])\s?(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59 || (hours === 0 && minutes === 0 && m[1] !== '+' && !/^(?:GMT|UTC|UT)/.test(name))) return null;
  return (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
}

const US_ZONES = /^(?:[ECMP][SD]?T|AK[SD]T|HST)$/;
const TIME_AFTER = new RegExp(`^(?:T|[\\s,•·|@–—-]|\\bat\\b)*${TIME}\\s?(${ZONE})?`, 'i');
const TIME_BEFORE = new RegExp(`(?<!\\d)${TIME}\\s?(${ZONE})?(?:[\\s,•·|–—-]|\\bon\\b)*(?:${WEEKDAY},?\\s*)?$`, 'i');
const ZONE_EXACT = new RegExp(`^${ZONE}$`);

/** The time and zone written inside the date, right after it ("… 2016 9:13 AM EST", "2016-02-01T01:28:49-05:00"), or right before it. */
function zonedTimeNear(text: string, date: Found): { clock: Clock; offset: number; zone: string } | null {
  const candidates =
    date.inner === undefined ? [TIME_AFTER.exec(text.slice(date.end)), TIME_BEFORE.exec(text.slice(0, date.start))] : [TIME_AFTER.exec(date.inner)];
  for (const m of candidates) {
    const clock = m ? clockOf(m, 1) : null;
    const zone = m?.[6];
    // A zone is case-sensitive (the time's am/pm is not): "et" or "z" in running text is no zone.
    if (!clock || zone === undefined || !ZONE_EXACT.test(zone)) continue;
    const offset = offsetOf(zone, date, clock);
    if (offset !== null) return { clock, offset, zone: zone.replace(/[()]/g, '') };
  }
  return null;
}

const offsetText = (minutes: number): string => (minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`);

/**
 * The first calendar date in a text, as ISO 8601: "2017-01-13", or "2016-02-01T01:28:49-05:00" when the page gives a time
 * with its zone. A time without a zone gives the day only: a guessed zone would be worse than none.
 */
export function isoDateOf(text: string): string | null {
  for (const date of datesIn(text)) {
    const zoned = zonedTimeNear(text, date);
    if (date.usOrder && !(zoned && US_ZONES.test(zoned.zone))) continue;
    const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    if (!zoned) return day;
    const { clock, offset } = zoned;
    return `${day}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offsetText(offset)}`;
  }
  return null;
}
