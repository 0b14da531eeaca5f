// Why: "ISIS uses Twitter heavily - so much so that …" or "may move out of state - although there's a trade-off": one dash after the cue opens the writer's next point, not the claim.
import { allMatches } from '../../all-matches.js';

/** A spaced dash (hyphen, en or em dash with a space each side), not one between numbers ("116 - 118 High Street"). */
const DASH = /(?<!\d)\s[-–—]\s(?!\d)/g;

/** A dash that opens a new point starts with a linking word; one that explains ("one thing - he is …"), lists or goes on with the same verb ("might win - or backfire") is the claim. */
const LINKER = /^(?:and|but|although|though|except|so|because|if|which|while|not|even|despite|unless)\b/i;

/**
 * The claim up to the first spaced dash after the cue when that dash is the only one after it and opens a new point; a pair of
 * dashes after the cue ("might not have happened - or not on time - without …") or around it ("including - allegedly - groups")
 * sets off an aside the claim runs on past.
 */
export function endBeforeDash(claim: string, cue: string): string {
  // "Mr Brown denied his forecasts were too optimistic - but refused …": a cue before the claim leaves all of it after the cue.
  const found = claim.indexOf(cue);
  const [at, length] = found < 0 ? [0, 0] : [found, cue.length];
  if ((claim.slice(0, at).match(DASH) ?? []).length % 2 === 1) return claim;
  const dashes = allMatches(claim.slice(at + length), DASH);
  const dash = dashes[0];
  if (dashes.length !== 1 || !dash) return claim;
  const cut = at + length + dash.index;
  const next = claim.slice(cut + dash[0].length);
  // Without its cue the claim is all reported words: "- and …" goes on with what was said, "- but refused …" turns to the writer's.
  if (!LINKER.test(next) || (found < 0 && /^(?:and|so)\b/i.test(next))) return claim;
  const kept = claim.slice(0, cut).trim();
  return kept.split(/\s+/).length >= 3 ? kept : claim;
}
