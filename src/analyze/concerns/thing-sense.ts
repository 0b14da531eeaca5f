// "the disaster fund", "Swiss Re's natural disasters department", "to help in times of crisis", "to detain terror suspects": a word
// of harm that names a fund, an office, people held or a kind of time refers to no harm anyone fears; so does one that names a cause
// ("the anti-gun violence movement", "War protestor Cindy Sheehan").
import type { Predicate } from './predicates.js';

/**
 * What a harm word can name as a noun before it: a fund or appeal, an office, a team, a phone line, people held ("terror
 * suspects"), those who inspect, served in or write of it ("weapons inspectors", "war veterans"), or a kind of threat ("death
 * threats"), where the threat is the cue.
 */
const THING_AFTER =
  /^\s+(?:suspects?|detainees?|funds?|appeals?|relief|departments?|units?|teams?|hotlines?|centres?|centers?|squads?|offices?|divisions?|desks?|committees?|commissions?|agency|agencies|coordinators?|protest[eo]rs?|activists?|campaigners?|threats?|inspectors?|inspections?|veterans?|correspondents?|memorials?|museums?|historians?)\b/i;
/** "the anti-gun violence movement", "counter-terror": a harm word inside a compound that names a cause against it. */
const CAUSE_BEFORE = /\b(?:anti|counter)-(?:\p{L}+\s+)?$/iu;
/** "in times of crisis", "in time of war": any such time, not one foreseen. */
const ANY_TIME_BEFORE = /\bin\s+times?\s+of\s+$/i;

/** Whether a word of harm only names a thing (a fund, an office) or a kind of time, not a harm. */
export function isThingSense(text: string, p: Predicate): boolean {
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  return THING_AFTER.test(text.slice(p.end, p.end + 30)) || ANY_TIME_BEFORE.test(before) || CAUSE_BEFORE.test(before);
}
