// "attacks on Clinton's record", "attacked Obama for …", "those who attack us": an attack in words, not of arms.
import { lexicons } from '../../lexicon.js';

/** A war of words, not of arms: "attacks on Clinton's record", "a new line of attack", "attacked Obama for …". */
const RHETORICAL_BEFORE = /\b(same|false|new|personal|political|negative|nasty|verbal|line of|insults and|doubled down on)\s+$/i;
// A time between the name and "for" ("attacked Obama in 2008 for …") keeps it a war of words.
const WHEN = String.raw`(in\s+\d{4}|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|again|repeatedly|yesterday|today)\s+`;
const RHETORICAL_AFTER = new RegExp(
  String.raw`^(on|against)\s+(\p{Lu}[\p{L}.]*\s+)*\p{Lu}\p{L}*['\u2019]s?\s|^\s+(President|Sen\.|Senator|Gov\.|Rep\.)?\s*\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+\s+)?(${WHEN})?(for|as|over)\b`,
  'u',
);

/** "those who attack us", "relentlessly attacks me": a person attacked, with nothing still to come, is attacked in words (or was, and that is news). */
const PERSON_OBJECT = /^\s+(us|me|him|her)\b/i;

/** Whether the attack or criticism word at `start`–`end` is an attack in words, not of arms. */
export function isRhetoricalAttack(text: string, start: number, end: number): boolean {
  if (/^attack(s|ed|ing)?$/i.test(text.slice(start, end)) && PERSON_OBJECT.test(text.slice(end)) && !lexicons().concernVoicing.test(text)) return true;
  return RHETORICAL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || RHETORICAL_AFTER.test(text.slice(end).replace(/^\s+(?=on|against)/, ''));
}
