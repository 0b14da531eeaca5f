// Stance words that only name a thing or an event here: a device's alarm, a seat in play, a threat received, a risk managed,
// taking the trouble, a warning's carrier.
import { isPlaceRank } from './place-rank.js';

/** "alarm management", "alarm fatigue", "a personal attack alarm", "false alarms": the device that sounds, not alarm felt. */
const DEVICE_AFTER =
  /^alarms?\s+(management|fatigue|filtering|systems?|clocks?|calls?|buttons?|panels?|monitoring|settings?|tones?|codes?|data|per|an?\s+(hour|day|shift)|and\s+(warnings|alerts))\b/i;
/** "700 alarms", "the number of alarms": alarms counted are signals, not a feeling. */
const DEVICE_BEFORE =
  /\b(clinical|patient|device|false|fire|smoke|burglar|car|attack|personal|intruder|nuisance|actionable|real|\p{N}+-|five-|four-|three-|two-|\p{N}[\p{N},]*|number\s+of)\s*$/iu;
/** "driving in a manner dangerous", "charged with dangerous driving": the name of an offence. */
const OFFENCE = /\bin\s+a\s+manner\s+$/i;
/** "vulnerable incumbents", "the most vulnerable House Republicans": seats a party may lose, a horse-race label. */
const SEAT_AT_RISK =
  /^vulnerable\s+((House|Senate|GOP|Republican|Democratic)\s+)?(incumbents?|senators?|seats?|candidates?|Republicans|Democrats|members|lawmakers|districts?)\b/i;

/** "care to the vulnerable", "help the poorest and most vulnerable students", "assistance for vulnerable people": the needy a program
 *  serves, not people a source fears for. */
const SERVED_BEFORE =
  /\b(help(s|ed|ing)?|assist(s|ed|ing|ance)?|aid|care|provid(e|es|ed|ing)|serv(e|es|ed|ing)|resettlement|services|programs?)\s+((for|to)\s+)?((the|those|most|more|poorest|and)\s+){0,4}$/i;

/** "reduce the risk", "minimize risk", "evaluating the potential risks": a verb of managing before the risk. */
const RISK_MANAGED =
  /\b(reduc(e|es|ed|ing)|lower(s|ed|ing)?|diminish(es|ed|ing)?|lessen(s|ed|ing)?|minimi[sz](e|es|ed|ing)|mitigat(e|es|ed|ing)|evaluat(e|es|ed|ing)|assess(es|ed|ing)?|manag(e|es|ed|ing)|decreas(e|es|ed|ing)|limit(s|ed|ing)?|cut(s|ting)?)\s+((the|any|your|their|its|our|his|her)\s+)?(\p{L}+\s+)?$/iu;

/** "issued death threats", "made threats", "sent the same emailed threat": a verb of sending and a few words of the threat's kind. */
const THREAT_SENT =
  /\b(?:issued|issuing|made|making|sent|sending|emailed|posted)\s+(?:(?:a|an|the|same|several|many|numerous|multiple|\p{Ll}+ed|death|bomb|online|anonymous|violent|sexual|explicit|direct|new|further|similar)\s+){0,3}$/iu;

/** Whether the stance word at the start of `rest` only names a device, a seat, a threat received, a risk managed or an effort. */
export function isLabel(lower: string, before: string, rest: string): boolean {
  if (lower.startsWith('alarm') && !lower.startsWith('alarmi') && (DEVICE_AFTER.test(rest) || DEVICE_BEFORE.test(before))) return true;
  // "alarms and warnings from every pump": the warnings are the device's too.
  if (/^warnings\b/i.test(rest) && /\balarms\s+and\s+$/i.test(before)) return true;
  // "suppress warning messages", "two warning letters", "early-warning systems": the thing that carries a warning, not one given.
  if (/^warning\s+(?:messages?|letters?|labels?|systems?|notices?|sirens?)\b/i.test(rest)) return true;
  if (lower === 'vulnerable' && SEAT_AT_RISK.test(rest)) return true;
  if (lower === 'vulnerable' && SERVED_BEFORE.test(before) && !/^vulnerable\s+to\b/i.test(rest)) return true;
  if (isPlaceRank(lower, before, rest)) return true;
  if (lower === 'dangerous' && (OFFENCE.test(before) || (/^dangerous\s+driving\b/i.test(rest) && /\bcharged\s+with\s+$/i.test(before)))) return true;
  // "he received death threats", "received a threatening letter", "its followers issued death threats": a threat that came
  // or was sent is news told, not one voiced.
  if (lower.startsWith('threat') && (/\b(received|got)\s+(\S+\s+){0,3}$/i.test(before) || THREAT_SENT.test(before))) return true;
  // "Some were threatened with rape", "the centre was threatened with closure four years ago": a threat once received, told.
  if (lower === 'threatened' && /^threatened\s+with\b/i.test(rest) && /\b(was|were|been)\s+$/i.test(before)) return true;
  // "can reduce the risk of binge eating", "designed to minimize risk", "evaluating the risks": a risk managed, not one
  // voiced; "does nothing to reduce the risk" still warns.
  if (lower.startsWith('risk') && RISK_MANAGED.test(before) && !/\b(not|never|nothing|fail(s|ed)?|unable)\b[^,.;]{0,30}$/i.test(before)) return true;
  // "encourages entrepreneurial risk-taking", "a risk worth taking", "will appreciate a risk well-pursued": daring praised, not a danger.
  if (/^risks?(?:[- ]tak(?:ing|ers?)\b|\s+(?:worth\s+taking|well[- ]))/i.test(rest)) return true;
  // "why the state bothered to trademark the tagline": took the trouble.
  return lower === 'bothered' && /^bothered\s+to\b/i.test(rest);
}
