// "an ad hominem attack against Cruz", "attack ads", "went on the attack", "his attacks on Clinton": attacks a campaign makes in words
// are the horse race, not a harm feared (GUIDELINE.md, hard cases: "not a character or horse-race attack").
import { lexicons } from '../../lexicon.js';
import type { Predicate } from './predicates.js';

/** Kinds of attack made in words: "ad hominem", "partisan", "Twitter", "direct mail", "sharpened", "smear". */
const WORDY_KIND = /\b(?:ad\s+hominem|partisan|twitter|tweeted|social\s+media|direct[- ]mail|mail|sharpened|smear|character|campaign's|debate)\s+$/i;
/** "attack ads", "(attack) ad", "attack lines", "attack dogs": the campaign's tools. */
const CAMPAIGN_TOOL = /^\)?\s+(?:ads?|advertisements?|lines?|dogs?|mailers?|videos?|spots?)\b/i;
/** "went on the attack", "is on the attack": a stance in a contest. */
const ON_THE = /\bon\s+the\s+$/i;
/** A person or a contest's side as the one attacked: "on Ms. Haley", "against Hillary", "on his rivals", "on the nomination process". */
const TARGET =
  /^\s+(?:on|against|upon)\s+(?:(?:his|her|their|its|the|a)\s+(?:\p{L}+\s+)?(?:rivals?|opponents?|critics?|challengers?|candidates?|nominee|front-?runner|record|track\s+record|foundation|campaign|nomination\s+process|establishment|press|media|judge)\b|(?:(?:Mr|Mrs|Ms|Sen|Gov|Rep|Dr)\.?\s+|(?:President|Senator|Governor|Secretary)\s+)(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}'’-]))/u;

/** Whether a word of attack names one made in words in a contest, not force. */
export function isCampaignAttack(text: string, p: Predicate): boolean {
  if (!/^attack(?:s|ed|ing)?$/i.test(p.word)) return false;
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  const after = text.slice(p.end, p.end + 80);
  if (WORDY_KIND.test(before) || CAMPAIGN_TOOL.test(after) || ON_THE.test(before)) return true;
  const target = TARGET.exec(after);
  if (!target) return false;
  // A possessive's rival or campaign, or a titled name ("on Ms. Haley"), leaves no bare name to check.
  if (target[2] === undefined) return true;
  // "on American soil", "on Jewish homes": a people's word before a thing, not a person's name.
  const next = /^\s+(\p{Ll}+)/u.exec(after.slice(target[0].length));
  if (next?.[1] !== undefined && !lexicons().functionWords.has(next[1])) return false;
  const { countries, regions } = lexicons();
  return !countries.has(target[2]) && !regions.has(target[2]) && !regions.has(target[2].toLowerCase());
}
