// A named person or a researcher who "reported that" tells what they found or heard, on record: no second-hand report.
import { lexicons } from '../../lexicon.js';

/** A person reporting what they found ("He reported that …", "Terry Mader, a professor at …, reported that …"), on record. */
const PERSON_REPORTS = /(?:^|[^\w’'])(?:he|she|the researchers|researchers|scientists|the authors|[^,]+,\s+(?:a|an)\s+[^,]+,)\s+(?:has\s+|had\s+)?$/i;

/** A courtesy or office title before a surname: "President Obama", "Rep. David Duke", "Mr. Hale". */
const TITLED = /\b(?:President|Rep|Sen|Senator|Gov|Governor|Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}$/u;

/** The words a name may stand in before the verb: "John Montone", "Gabriel Sherman, who", "John Q. Public also". */
const NAME_BEFORE =
  /(?:^|[^\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:Jr|Sr)\.?)?(?:,\s+who)?\s+(?:also\s+|later\s+|has\s+|had\s+)?$/u;

/** Tells whether the words before a "reported (that)" cue name a person who reports on record, not an outlet. */
export function personReports(before: string): boolean {
  if (PERSON_REPORTS.test(before)) return true;
  const bare = before.replace(/(?:,\s+who)?\s+(?:also\s+|later\s+|has\s+|had\s+)?$/u, ' ');
  if (TITLED.test(bare)) return true;
  const name = NAME_BEFORE.exec(before);
  const given = name?.[1];
  if (!name || given === undefined || !lexicons().givenNames.has(given.toLowerCase())) return false;
  // "the Orlando Sentinel", "The New York Times", "the Washington Post": a place name opens an outlet's name, not a person's.
  const lead = before.slice(0, name.index + name[0].indexOf(given));
  // "an article in New York magazine by Gabriel Sherman, who reported that …": a journalist's piece is a media report.
  if (/\b(?:article|story|piece|column|report|magazine|newspaper|book)\b[^,;]*\bby\s+$/i.test(lead)) return false;
  return !/(?:\b[Tt]he|\p{Lu}[\p{L}’'.-]*)\s+$/u.test(lead) && !name[0].split(/[^\p{L}]+/u).some((word) => lexicons().outletTails.has(word));
}
