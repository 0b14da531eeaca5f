// The verb whose subject voices a sentence's worry: a worry verb at the cue, a voicing verb before a noun of worry,
// the copula before an adjective of worry, else the first verb; and the subjects that voice none (split from holder.ts to keep it short).
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { isRoleNoun } from './name-words.js';
import type { NameIndex } from './name-index.js';
import { namedElsewhere } from './name-lookup.js';
import { isVerb, phraseBefore } from './phrases.js';
import { BE, auxiliaryBefore } from './phrase-words.js';
import { bare, tokenize, type Token } from './tokens.js';
import { SUBORDINATOR } from './attribution/clause-scope.js';
import { foreseenReporter, isForeseenEndangering, worryVerbAt } from './worry-verb-form.js';
import { isOpenerNoun } from './opener-noun.js';
import { isListTail } from './list-tail.js';
import { inClosedRelative } from './relative-aside.js';
import { isPastForm } from './past-form.js';
import { ACCUSES, VOICING_VERB, heldWorry, isWorryAdjective } from './worry-words.js';
import { catenativeHead } from './catenative.js';

/** Verbs of worry whose subject holds the worry: "Unions fear …", "the premier warned …". */
const WORRY_VERB =
  /^(fears?|feared|worry|worries|worried|warns?|warned|cautions?|cautioned|threatens?|threatened|criticis(e|es|ed)|criticiz(e|es|ed)|condemns?|condemned|denounc(e|es|ed)|deplor(e|es|ed)|fret(s|ted)?|dread(s|ed)?|lash(es|ed)|lament(s|ed)?|bemoan(s|ed)?|decr(y|ies|ied)|endanger(s|ed)?|jeopardi[sz](e|es|ed)|rail(s|ed)?|inveigh(s|ed)?|took|takes?|hits?)$/;
const RELATIVE_BEFORE = /\b(who|that|which)(\s+(has|have|had|\p{L}+ly))*$/iu;
/** Whether the verb is a passive ("was condemned", "has been strongly criticised"). */
export const isPassiveAt = (tokens: readonly Token[], verb: number): boolean => BE.test(auxiliaryBefore(tokens, verb));

/** Adjectives of anger a copula carries as it does worry ("Democrats were outraged that …"). */
const ANGER = /^(appalled|dismayed|frustrated|horrified|outraged)$/;
export const COPULA = /^(am|is|are|was|were|be|been|being|remains?|remained|became|become|grew|seems?|seemed|feels?|felt)$/i;

/** Words that open a fronted clause of time, cause or concession before the main one. */
const FRONTED = /^(?:following|after|before|since|while|when|despite|amid|because|although|though|as)$/i;

/**
 * The verbs whose subjects may voice the sentence, the likelier first: the copula of an adjective of worry ("Vindman
 * testified that Morrison was concerned": Morrison), then the first reporting verb, for a subject that names no one
 * ("“We are concerned,” said Ann Lee").
 */
export function anchorsOf(tokens: readonly Token[], cueStart: number | null): number[] {
  const anchor = catenativeHead(tokens, anchorOf(tokens, cueStart));
  // The reporting verb nearest before the anchor governs its clause ("reports dented …, after officials said they were worried").
  let nearest = anchor - 1;
  while (nearest >= 0 && !isVerb(tokens[nearest])) nearest--;
  const reported = nearest >= 0 ? nearest : tokens.findIndex((t) => isVerb(t));
  // "Officials said the finding raised concerns": when the voicing verb's subject names no one, the reporter's is tried.
  const voiced = VOICING_VERB.test(tokens[anchor]?.text ?? '') && reported < anchor;
  // "He grew nervous when a teacher told the class …": a reporting verb in a clause of time or cause reports nothing of the copula's.
  // Not "if" or "as": measured, an "if" clause gave a hypothetical worry ("If his supporters were worried - …") a holder.
  if (reported > anchor && tokens.slice(anchor, reported).some((t) => SUBORDINATOR.test(t.text) && !/^(if|as)$/i.test(t.text))) return [anchor];
  return anchor > 0 && (COPULA.test(tokens[anchor]?.text ?? '') || voiced) && reported >= 0 && reported !== anchor ? [anchor, reported] : [anchor];
}

/** "his biggest worry", "the fear": a worry word after a determiner or possessive is a noun, whose holder the sentence's verb gives. */
const DETERMINER = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|whose)$/i;
const isNounAt = (tokens: readonly Token[], at: number): boolean =>
  DETERMINER.test(tokens[at - 1]?.text ?? '') ||
  // "She said fears were growing": a worry word before its own verb is that verb's subject.
  /^(?:is|are|was|were|have|has|had|grew|grow|grows|mounted|mount|mounts|remain|remains|remained)$/.test(tokens[at + 1]?.text ?? '') ||
  (DETERMINER.test(tokens[at - 2]?.text ?? '') &&
    /^\p{Ll}+$/u.test(tokens[at - 1]?.text ?? '') &&
    !isVerb(tokens[at - 1]) &&
    !lexicons().pronouns.has(tokens[at - 1]?.text ?? ''));

/** The verb whose subject voices the sentence: the worry verb at the cue, else the first reporting or worry verb. */
function anchorOf(tokens: readonly Token[], cueStart: number | null): number {
  const cue = cueStart === null ? -1 : tokens.findIndex((t) => t.start === cueStart);
  // "have voiced serious concerns", "raised worries": the voicing verb a few words before the noun.
  for (let k = cue; cue > 0 && k >= Math.max(1, cue - 3); k--) if (VOICING_VERB.test(tokens[k]?.text ?? '') || heldWorry(tokens, k, cue)) return k;
  // "Israel is very concerned that …": the copula a word or two before the adjective, unless someone is reported saying it.
  const feeling = tokens[cue]?.text.toLowerCase() ?? '';
  const adjective = cue > 0 && (isWorryAdjective(feeling) || ANGER.test(feeling));
  let copula = -1;
  for (let k = cue - 1; adjective && copula < 0 && k >= Math.max(1, cue - 3); k--) if (COPULA.test(tokens[k]?.text ?? '')) copula = k;
  if (copula > 0) return copula;
  // "could threaten Taiwan": a harm that may come, held by the reporting verb of its clause, not the verb's subject.
  if (cue > 0 && isForeseenEndangering(tokens, cue)) return foreseenReporter(tokens, cue, isVerb);
  // "A group of physicians, alarmed that …, is urging": an adjective of worry set off after a comma is its subject's, as "worried" is.
  const setOff = adjective && tokens[cue - 1]?.text === ',' && /^(that|about|over|by)$/i.test(tokens[cue + 1]?.text ?? '');
  const verb = cue > 0 ? worryVerbAt(tokens, cue, (WORRY_VERB.test(tokens[cue]?.text ?? '') || setOff) && !isNounAt(tokens, cue)) : -1;
  if (verb > 0) return verb;
  // "Assange has accused Clinton of …": an active accusation's subject holds it ("could be blamed on", "women who accused" do not).
  const accuses = cue > 0 && ACCUSES.test(tokens[cue]?.text ?? '') && !isPassiveAt(tokens, cue);
  const lead = accuses ? tokens.slice(Math.max(0, cue - 3), cue).map((t) => t.text) : [];
  if (accuses && !RELATIVE_BEFORE.test(lead.join(' '))) return cue;
  const first = tokens.findIndex(
    (t, i) => (isVerb(t) && !isOpenerNoun(tokens, i) && !inClosedRelative(tokens, i, cue)) || (t.kind === 'word' && WORRY_VERB.test(t.text)),
  );
  // "After a video from the group threatening an attack, Trump called …": a fronted clause's cue is no part of the main clause's report.
  const comma = (from: number, to: number): boolean => tokens.slice(from, to).some((t) => t.text === ',');
  const fronted = cue > 0 && first > cue && FRONTED.test(tokens[0]?.text ?? '') && !comma(0, cue) && comma(cue, first);
  return fronted ? -1 : first;
}

/** "Sheehan is charged with unlawful conduct", "Romney appears to have been helped by concerns": the subject undergoes the blame or the worry. */
function isBlamedSubject(tokens: readonly Token[], subject: readonly Token[]): boolean {
  const last = subject.at(-1);
  if (!last) return false;
  let end = tokens.indexOf(last);
  // "Romney, a Republican who polls …, appears to have been helped": past an appositive set off by commas.
  const close = tokens[end + 1]?.text === ',' ? tokens.findIndex((t, i) => i > end + 1 && i <= end + 16 && t.text === ',') : -1;
  if (close > 0) end = close;
  const after = tokens.slice(end + 1, end + 7).map((t) => t.text.toLowerCase());
  const be = after.findIndex((w) => /^(is|was|are|were|been|being)$/.test(w));
  return be >= 0 && /^(charged|accused|indicted|convicted|sentenced|sued|blamed|helped|hurt)$/.test(after[be + 1] ?? '');
}

/** "the city’s estimated 100 Montserratians … will risk": a possessor cut from its noun owns the subject; it is not it. Unless the noun
 * is the cue itself ("Mr. Trump's pointed critique"): the critique is his ("Sanders' widely criticized interview" is no critique of his). */
function isPossessor(tokens: readonly Token[], subject: readonly Token[], cueStart: number | null): boolean {
  const last = subject.at(-1);
  const at = last ? tokens.indexOf(last) : -1;
  if (!last || !/['’]s?$/.test(last.text) || tokens[at + 1]?.kind !== 'word') return false;
  return !tokens.slice(at + 1, at + 3).some((t) => t.start === cueStart && !/ed$/.test(t.text));
}

/** A subject that cannot hold the worry: one blamed, a possessor cut from its noun, or a list's tail. */
export const isNotHolder = (tokens: readonly Token[], subject: readonly Token[], cueStart: number | null): boolean =>
  isBlamedSubject(tokens, subject) || isPossessor(tokens, subject, cueStart) || isListTail(tokens, subject);

/** "Current fears about …", "Worse, as one executive said": one word, capitalised only as the sentence's first and named
 * nowhere else, that is no pronoun, role ("Critics"), group, country or acronym, nor a subject before a past tense. */
export function isOnlyOpener(phrase: readonly Token[], sentence: Sentence, names: NameIndex): boolean {
  const [word] = phrase;
  if (phrase.length !== 1 || !word) return false;
  const tokens = tokenize(sentence.text, sentence.start);
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (tokens[first]?.start !== word.start) return false;
  const plain = bare(word.text);
  const lower = plain.toLowerCase();
  const { pronouns, speakingRoles, countries } = lexicons();
  const role = speakingRoles.has(lower) || speakingRoles.has(lower.replace(/s$/, '')) || isRoleNoun(lower.replace(/s$/, ''));
  // "Americans worried", "Companies say": a group; "Rerh accused": a surname before its verb.
  const group = /[^s]s$/.test(lower) && !/times$/.test(lower);
  const next = tokens[first + 1]?.text ?? '';
  const acts = isPastForm(next);
  if (pronouns.has(lower) || role || group || acts || countries.has(plain) || !/\p{Ll}/u.test(plain)) return false;
  return !namedElsewhere(names, sentence.index, (m) => m.run.split(' ').some((w) => bare(w) === plain));
}

/** The pronoun that says what a sentence reports before "according to" ("…,” he said, according to …"), or undefined. */
export function pronounTeller(tokens: readonly Token[], according: number): Token | undefined {
  const verb = tokens.findIndex((t, i) => i > 0 && i < according && isVerb(t) && lexicons().pronouns.has(tokens[i - 1]?.text.toLowerCase() ?? ''));
  return verb > 0 ? tokens[verb - 1] : undefined;
}

/**
 * "Developing countries such as India, Indonesia and the Philippines countered": the countries counter; the last of
 * several examples is no holder. The phrase before "such as" or "including" when the subject ends such a list, else the
 * subject ("other leaders, such as Amin Gemayel, are concerned": one example named is one who holds it).
 */
export function exampleListHead(tokens: readonly Token[], subject: Token[]): Token[] {
  const start = subject[0] ? tokens.indexOf(subject[0]) - 1 : -1;
  let i = start;
  for (; i > 0 && (tokens[i]?.text === ',' || /^(and|or|the|\p{Lu}[\p{L}.'’-]*)$/u.test(tokens[i]?.text ?? '')); i--);
  const cue = tokens[i]?.text.toLowerCase() ?? '';
  const at = cue === 'as' && tokens[i - 1]?.text.toLowerCase() === 'such' ? i - 1 : cue === 'including' ? i : -1;
  return at > 0 && i < start ? phraseBefore(tokens, at) : subject;
}

/** "…, causing sparks that could set fires, PG&E officials said.": a closing credit's subject (≤ 4 words after the last comma) holds it all. */
export function closingCredit(tokens: readonly Token[]): Token[] | null {
  const end = tokens.at(-1)?.text === '.' ? tokens.length - 2 : tokens.length - 1;
  if (!/^(said|says|added|warned|argued|wrote)$/.test(tokens[end]?.text ?? '')) return null;
  let start = end - 1;
  while (start > 0 && end - start <= 4 && tokens[start - 1]?.text !== ',' && tokens[start]?.kind === 'word') start--;
  // "sources who knew her said": a relative clause, not the credit's subject.
  const words = tokens.slice(start, end);
  return tokens[start - 1]?.text === ',' && words.length > 0 && words.every((t) => t.kind === 'word' && !/^(who|that|which)$/i.test(t.text)) ? words : null;
}
