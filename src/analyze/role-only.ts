// Why: name-roles.ts was at its size limit; what is left of a title once the words a phrase picked up before it go is its own question.
import { lexicons } from '../lexicon.js';
import { isEpithetHead, isRoleNoun } from './name-words.js';
import { isVerb } from './phrases.js';
import { isArticle } from './tokens.js';

/** A word, out of its sentence, that is a reporting verb ("said", "explained"). */
export const isVerbWord = (word: string): boolean => isVerb({ kind: 'word', text: word, start: 0, end: 0 });

/** Words a run or a phrase picks up before a role ("has praised striker", "such as billionaire", "where realtor"). */
const LEAD_IN =
  /^(such|as|like|including|although|though|and|or|but|another|one|ask|call|meet|tell|see|met|saw|will|would|has|have|had|is|was|face|faces|used|de|where|when|while|whereas|who|which|because|if)$/;

/** A word that names a role: a title, a speaking or newsroom role, an epithet's head or a role noun. */
function isRoleWord(w: string): boolean {
  const { titles, speakingRoles, newsroomRoles } = lexicons();
  return titles.has(w) || speakingRoles.has(w) || isEpithetHead(w) || newsroomRoles.includes(w) || isRoleNoun(w);
}

/** Words that cannot end a role: a phrase cut short ("joint leader of the", "spokesman for the Mission in"). */
const OPEN_END = /^(of|the|a|an|and|or|at|in|for|to|on|with|from|by|now|currently|today)$/;

/**
 * A role up to its last content word, never past a word that starts a clause ("… canton has defended the", "… Hospital where
 * Sharon is"); a second role cut short keeps only the first, whole one ("chief counsel and an RNC member from").
 */
function untilClauseEnds(words: readonly string[]): { words: string[]; cut: boolean } {
  const clause = words.findIndex((w, k) => k > 0 && /^(has|have|had|is|was|are|were|will|would|where|who|whom|whose|which|when)$/.test(w));
  const out = clause > 0 ? words.slice(0, clause) : [...words];
  const whole = out.length;
  while (out.length > 0 && OPEN_END.test(out.at(-1) ?? '')) out.pop();
  const and = out.lastIndexOf('and');
  if (out.length < whole && and > 0 && isArticle(out[and + 1] ?? '')) out.length = and;
  return { words: out, cut: out.length < words.length };
}

/** The words that open the group of a partitive role ("one of the rebels", "one of several veterans"), for partitive-role.ts too. */
export const PARTITIVE_GROUP = 'the|his|her|their|its|our|several|many|some|two|three|four|five';
const PARTITIVE_TITLE = new RegExp(`^one of (?:${PARTITIVE_GROUP}|\\S+['’]s?) \\S`, 'i');

/**
 * The role a title names, past the words a phrase picked up before it; null when what is left is no role ("angry",
 * "flabbergasted", "explained"): a title printed beside a name must read as one.
 */
export function roleOnly(whole: string): string | null {
  // "one of the rebels": a partitive names a role as a whole ("one" leads in to nothing here).
  if (PARTITIVE_TITLE.test(whole)) return whole;
  const { words, cut: shortened } = untilClauseEnds(whole.split(/\s+/));
  if (words.length === 0) return null;
  const title = words.join(' ');
  // A participle only after a word already dropped ("has praised striker"); alone it is part of the role ("ousted prime minister").
  const leadIn = (w: string, k: number): boolean => /^\p{Ll}/u.test(w) && (LEAD_IN.test(w) || (k > 0 && /\p{Ll}ed$/u.test(w)) || isVerbWord(w));
  let cut = 0;
  while (cut < words.length && leadIn(words[cut] ?? '', cut)) cut++;
  const rest = words.slice(cut);
  // Several words, or one capitalised word that is no function word ("Fox", "Gallup": where the person works), stand as they are.
  const only = rest[0] ?? '';
  const affiliation =
    rest.length === 1 && /^\p{Lu}/u.test(only) && !lexicons().functionWords.has(only.toLowerCase()) && !lexicons().sentenceAdverbs.has(only.toLowerCase());
  // A title cut short must still name a role ("delegate math is daunting for …" names none).
  if (cut === 0 && !shortened && (rest.length > 1 || affiliation)) return title;
  const { titles } = lexicons();
  const prep = rest.findIndex((w) => /^(of|at|for|with|from|in|on)$/.test(w));
  // "president-elect" is a title whole, "co-host" by its last part.
  const role = (prep > 0 ? rest.slice(0, prep) : rest).some((w) => {
    const lower = w.toLowerCase().replace(/\.$/, '');
    return isRoleWord(lower) || isRoleWord(lower.split('-').pop() ?? '') || titles.has(w.toLowerCase());
  });
  return role ? rest.join(' ') : null;
}
