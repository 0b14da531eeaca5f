// Stance words that only label a thing here: a device's alarm, a seat in play, taking the trouble to do something.

/** "alarm management", "alarm fatigue", "a personal attack alarm", "false alarms": the device that sounds, not alarm felt. */
const DEVICE_AFTER = /^alarms?\s+(management|fatigue|filtering|systems?|clocks?|calls?|buttons?|panels?|monitoring|settings?|tones?|codes?|data)\b/i;
const DEVICE_BEFORE =
  /\b(clinical|patient|device|false|fire|smoke|burglar|car|attack|personal|intruder|nuisance|actionable|real|\p{N}+-|five-|four-|three-|two-)\s*$/iu;
/** "vulnerable incumbents", "the most vulnerable House Republicans": seats a party may lose, a horse-race label. */
const SEAT_AT_RISK =
  /^vulnerable\s+((House|Senate|GOP|Republican|Democratic)\s+)?(incumbents?|senators?|seats?|candidates?|Republicans|Democrats|members|lawmakers|districts?)\b/i;

/** Whether the stance word at the start of `rest` only labels a device, a seat or an effort. */
export function isLabel(lower: string, before: string, rest: string): boolean {
  if (lower.startsWith('alarm') && !lower.startsWith('alarmi') && (DEVICE_AFTER.test(rest) || DEVICE_BEFORE.test(before))) return true;
  if (lower === 'vulnerable' && SEAT_AT_RISK.test(rest)) return true;
  // "why the state bothered to trademark the tagline": took the trouble.
  return lower === 'bothered' && /^bothered\s+to\b/i.test(rest);
}
