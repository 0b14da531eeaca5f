// "charged with unlawful conduct", "court martialled for alleged war crimes", "pleaded guilty to illegal lobbying": a wrong named as what a
// charge, plea or sentence is for is a case at law, told as news; "could be charged with incitement" still fears the charge.
// So is a wrong told to a court ("the court heard how …") with no look ahead.
import type { Predicate } from './predicates.js';

/** A charge, plea, verdict or sentence right before the word, with at most four words between: "charged with murder with a deadly", "for alleged war". */
const CHARGED_BEFORE = new RegExp(
  String.raw`\b(?:charg(?:e|es|ed|ing)\s+(?:him|her|them|us|me)?\s*with|convicted\s+of|found\s+guilty\s+of|pleaded\s+guilty\s+(?:\S+\s+){0,3}?to|` +
    String.raw`court[-\s]martiall?ed\s+for|(?:jailed|imprisoned|executed|sentenced|prosecuted|indicted)\s+for|on\s+charges?\s+of)\s+(?:\S+\s+){0,4}?$`,
  'i',
);
/** "they face charges of trafficking in stolen identities, identity theft and illegal possession": a list of charges someone faces. */
const FACES_CHARGES = /\b(?:face|faces|faced|facing)\s+(?:\S+\s+){0,2}?charges?\s+(?:of|including)\s+[^.;:!?]{0,90}$/i;
/** A charge that may still come is a risk: "could be charged", "might face being prosecuted". */
const MAY_BE = /\b(?:could|might|may)\s+(?:\S+\s+){0,3}$/i;

/** A wrong told to a court: "the court heard how …", "…, his associate has told a US court", "Prosecutors allege that …". */
const TOLD_IN_COURT =
  /\b(?:told\s+(?:a|the)\s+(?:\S+\s+)?(?:court|jury|tribunal)|(?:the|a)\s+(?:\S+\s+)?court\s+(?:heard|was\s+told)|prosecutors\s+(?:allege|alleged|told))\b/i;
/** A look ahead keeps the worry: "…, prosecutors allege, could happen again". */
const LOOKS_AHEAD = /\b(?:could|would|will|may|might|can)\b/i;

/** Whether the harm or criticism word is what someone is charged with, pleaded guilty to or sentenced for, or a wrong told to a court. */
export function isLegalCharge(text: string, p: Predicate): boolean {
  const before = text.slice(Math.max(0, p.start - 70), p.start);
  const m = CHARGED_BEFORE.exec(before);
  if (m !== null && !MAY_BE.test(before.slice(0, m.index))) return true;
  const wide = text.slice(Math.max(0, p.start - 120), p.start);
  const faces = FACES_CHARGES.exec(wide);
  if (faces !== null && !MAY_BE.test(wide.slice(0, faces.index))) return true;
  return TOLD_IN_COURT.test(text) && !LOOKS_AHEAD.test(text);
}
