// Negated and reassuring cues voice no worry: "no risk", "not concerned", "did not seem worried", "played down fears".
import { isCalledLuxury, isHarmWavedOff } from './waved-harm.js';
import { isCountedToll } from './casualty-count.js';
import { COUNTED_BEFORE } from './count-words.js';
import { isDatedHarm } from './dated-harm.js';
import { isEventPlace } from './event-place.js';
import { isSufferingTold } from './suffered-told.js';
import { isOwnAct } from './own-act.js';
import { isLegalCharge } from './legal-charge.js';
import { lexicons } from '../../lexicon.js';
import { isBeliefDenied } from './denied-belief.js';
import { isCopulaDenied } from './negated-copula.js';
import { isWithheldAct } from './withheld-act.js';
import type { Predicate } from './predicates.js';
import { allMatches } from '../../all-matches.js';

/** A clause break or a word that starts a new clause: a negation before it governs something else ("as" after "not" or after
 *  "deemed", "seen", "regarded" … is no new clause: "could not be deemed as illegal"). */
const CLAUSE_BREAK =
  /[,;:()"“”—–]|\b(that|but|and|because|which|who|whil(?:e|st)|although|though|(?<!\bnot |\b(?:deemed|regarded|considered|seen|viewed|described|treated|classed|classified|labell?ed|branded|counted) )as|if|when|after|before)\b/gi;
/** "not only worried", "not just a risk", "no doubt worried", "no bigger threat than": the negation adds rather than denies. */
const NOT_DENIAL = /\b(not (only|just|least|merely)|no (doubt|wonder|longer in doubt|bigger|greater|larger|graver|worse|more serious))\b/i;
const CONTRACTION = /n['’]t\b/i;
const WINDOW_WORDS = 5;
const AFTER_WORDS = 12;

/** The words of the clause right before an offset, at most a few. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let cut = 0;
  for (const m of allMatches(before, CLAUSE_BREAK)) cut = m.index + m[0].length;
  return before.slice(cut).split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS).join(' ');
}

/** A harm denied outright: "no damage", "without violence", "few problems" (not "a few"), "none of these problems"; not a verb's negation. */
const HARM_DENIAL = /\b(no|without|little|zero|(?<!\ba\s)few|none\s+of\s+(?:the|these|those|its|their|his|her|our))\s+(\S+\s+)?$/i;

/** "don't see any problem", "was never any danger": a negation whose clause reaches "any" right before the harm. */
const NEGATED_ANY = /(?:\b(?:not|never|nor)|n['’]t)\s+(?:[^\s,;:.]+\s+){0,5}?any\s+([^\s,;:.]+\s+)?(?:\p{L}+\s+(?:or|and|nor)\s+)?$/iu;
/** "no evidence that the vaccine causes harm", "haven't come up with any evidence that firms are being harmed": a harm said to be unfounded. */
const NO_EVIDENCE = /(?:\bno|(?:\b(?:not|never)|n['’]t)\s+(?:[^\s,;:.]+\s+){0,4}?any)\s+(?:evidence|proof|sign|indication)s?\s+(?:that|of)\s+[^,;:.]{0,60}$/iu;
/** "have not said or done anything to cause harm", "hasn't proposed anything that would hurt": a deed denied with the harm it would have done. */
const NEGATED_ANYTHING =
  /(?:\b(?:not|never)|n['’]t)\s+(?:[^\s,;:.]+\s+){0,5}?anything\s+(?:to\s+(?:cause|do)\s+(?:any\s+)?|(?:that|which)\s+(?:would|could|will|might|may)\s+(?:\p{L}+ly\s+)?)$/iu;
/** "never intended to cause harm", "did not mean to hurt anyone": an intent to harm denied. */
const NEGATED_INTENT =
  /(?:\b(?:not|never)|n['’]t)\s+(?:\S+\s+){0,2}?(?:intend|intent|mean|meant|want|plan|wish|desire)\p{L}*\s+to\s+(?:cause\s+(?:any\s+)?)?(?:\p{L}+\s+(?:or|and|nor)\s+)?$/iu;
/** "you don't have to suffer the embarrassment", "will never need to fear": a harm no one need bear is a reassurance. */
const NO_NEED = /(?:\b(?:not|never|no\s+longer)|n['’]t)\s+(?:\p{L}+\s+)?(?:have|has|need|needs)\s+to\s+$/iu;
/** "it doesn't result in job loss", "will not lead to war", "is not thought to cause problems": a harm said not to follow reassures. */
const NEGATED_CAUSE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:(?:thought|believed|expected|known|shown|found)\s+to\s+)?(?:necessarily\s+)?(?:result(?:s|ed)?\s+in|lead(?:s)?\s+to|led\s+to|cause[sd]?|mean(?:s)?)\s+(?:(?:a|an|the|more|much|significant|major|big|real|serious|mass|widespread)\s+){0,2}(?:\p{L}+\s+)?$/iu;
/** "tried not to abuse it", "vowed never to attack again", "careful not to harm": a harm someone means to keep from doing is a promise, not a fear. */
const VOWED_NOT =
  /\b(?:try|tries|tried|trying|promis\p{L}*|vow\p{L}*|pledg\p{L}*|swore|swear\p{L}*|careful|determined|resolved)\s+(?:\S+\s+){0,4}?(?:not|never)\s+to\s+$/iu;
/** "premature to predict the death of the album", "too early to tell whether a bomb …": a harm waved off or left open. */
const TOO_EARLY = /\b(?:premature|too\s+(?:early|soon))\s+to\s+(?:[^\s,;:.]+\s+){0,8}$/i;
/** "not something that really concerns us", "not the people that I feared": the worry sits in a clause on a denied noun. */
const NEGATED_RELATIVE =
  /(?:\b(?:not|never)|n['’]t)\s+(?:[^\s,;:.]+\s+){1,8}?(?<!\b(?:think|thinks|thought|say|says|said|believe|believes|believed|deny|denies|denied|mean|means|meant|know|knew|hide|doubt|feel|felt|suggest|expect)\s+)(?:that|which|who|whom)\s+(?:(?:I|we|you|they|he|she|it|many|some)\s+)?(?:(?:really|ever|once|had|have|originally|first|always|would|did)\s+)*$/i;

/** "does not think continuing the fight will hurt the party": a harm forecast, then denied; a reassurance, not a worry. */
const NEGATED_FORECAST =
  /(?:\b(?:not|never)|n['’]t)\s+(?:think|believe|expect|anticipate|foresee)\s+(?:that\s+)?(?:[^\s;:.]+\s+){0,10}?(?:will|would|could|can|is going to|are going to)\s+(?:(?:really|necessarily|seriously|badly|ever|be|get|become|grow|turn)\s+){0,2}$/i;

/** "nothing Trump has done amounts to bribery or any other crime", "would neither use nuclear weapons first nor …", "was unaware of
 *  the fraud", "denied that she mishandled classified information": a harm denied. */
const DENIED_OUTRIGHT =
  /\b(?:denied|denies|denying)\s+(?:that\s+|(?=(?:he|she|they|it|we|i)\s))(?:\S+\s+){0,5}?$|\bnothing\b[^.;:]{0,80}?\b(?:amounts?|rises?|comes?)\s+(?:even\s+)?(?:close\s+)?to\b[^.;:]{0,60}$|\bneither\s+(?:\S+\s+){0,3}$|\b(?:unaware|not\s+aware|never\s+knew)\s+(?:of|about)\s+(?:the\s+|any\s+)?(?:\S+\s+)?$/i;

/** "It is not a problem", "that isn't really a problem", "We didn't have a problem in supporting": a problem denied. */
const NEGATED_PROBLEM = /(?:\b(?:not|never)|n['’]t)\s+(?:(?:really|be|been|have|had|has|a|an|much|of|big|real|serious|major)\s+){0,4}$/i;

/** "expressed doubt that North Korea had the capability to build a hydrogen bomb", "took issue with the prediction of …": a harm doubted. */
const DOUBTED =
  /\b(?:(?:expressed|voiced|cast|raised)\s+(?:\S+\s+)?doubts?\s+(?:that|about|over|whether)|(?<!\b(?:beyond|no|little|without|reasonable|any)\s+)doubt(?:s|ed)?\s+(?:that|whether)|(?:skeptical|sceptical)\s+(?:that|whether|about)|took\s+issue\s+with)\b[^.;:]{0,100}$/i;

/** Whether a word of harm is denied outright ("no damage was done", "I don't think it posed a problem"), not merely inside a negated clause. */
export function isHarmDenied(text: string, harm: Predicate): boolean {
  const before = text.slice(Math.max(0, harm.start - 70), harm.start);
  // A wider window for a denial or doubt whose words run on longer before the harm.
  const wide = text.slice(Math.max(0, harm.start - 140), harm.start);
  // "we don't see any problem", "never caused any deaths", "I never intended to cause harm": the harm itself is denied;
  // "premature to predict the death of": waved off.
  // "If I didn't have a problem, I would go back": a counterfactual keeps the problem.
  if (/^problem/i.test(harm.word) && NEGATED_PROBLEM.test(before) && !/\b(if|unless)\b[^,.;]*$/i.test(before)) return true;
  return (
    HARM_DENIAL.test(before.slice(-30)) ||
    NEGATED_ANY.test(before) ||
    NEGATED_INTENT.test(before) ||
    VOWED_NOT.test(before) ||
    NEGATED_CAUSE.test(before) ||
    NO_NEED.test(before) ||
    NEGATED_ANYTHING.test(before) ||
    DENIED_OUTRIGHT.test(wide) ||
    NO_EVIDENCE.test(text.slice(Math.max(0, harm.start - 120), harm.start)) ||
    TOO_EARLY.test(before) ||
    DOUBTED.test(wide) ||
    NEGATED_FORECAST.test(before) ||
    isBeliefDenied(text, harm) ||
    isCopulaDenied(before) ||
    isWithheldAct(text, harm) ||
    isHarmWavedOff(text, harm)
  );
}

/** "failed to address concerns", "Nothing he said will assuage fears", "has done little to ease fears": a reassurance that did not work leaves the worry standing. */
const FAILED_REASSURANCE =
  /(?:\bfail(?:s|ed|ing)?\s+to|\b(?:did|does|do|done|doing)\s+(?:very\s+|relatively\s+)?(?:little|nothing)\s+to|\bunable\s+to|\b(?:did|could|can|will|would|does)\s*(?:not|n['’]t)|\bcannot|\bnothing\b[^,.;:]{0,60}?\b(?:will|would|could|can))\s+(?:address|allay|ease|calm|dispel|assuage|quell)\p{L}*\s+(?:[^\s,;:.]+\s+){0,4}$/iu;

/** A risk said to be slight: "The risk of being infected is low", "the danger to the public remains very small". */
const SLIGHT_RISK =
  /^(?:risks?|dangers?|threats?)\b[^.;:!?]{0,80}?\s(?:is|are|was|were|remains?|remained)\s+["“‘']?(?:(?:very|extremely|relatively|fairly|quite|still|considered|thought\s+to\s+be|believed\s+to\s+be)\s+)?(?:low|small|minimal|negligible|slight|remote|tiny|slim)\b/i;

/** Whether the cue is denied or played down in its clause ("no risk", "did not seem worried", "dismissed concerns"). */
export function isNegated(text: string, cue: Predicate): boolean {
  const window = clauseBefore(text, cue.start);
  const { concernNegators, concernUnfounded } = lexicons();
  if (FAILED_REASSURANCE.test(text.slice(Math.max(0, cue.start - 120), cue.start))) return false;
  if (isWithheldAct(text, cue)) return true;
  if ((concernNegators.test(window) || CONTRACTION.test(window)) && !NOT_DENIAL.test(window)) return true;
  const near = text.slice(Math.max(0, cue.start - 90), cue.start);
  if (NEGATED_RELATIVE.test(near) && !NOT_DENIAL.test(near)) return true;
  // "less of a concern", "a less-feared candidate": a worry said to shrink (right before the cue only: "less safe – it risks" still warns).
  if (/\bless(\s+of\s+an?)?[\s-]+$/i.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return true;
  // "they have nothing to worry about", "there is nothing to fear", "she did nothing illegal": the worry or charge waved off.
  if (/\bnothing\s+(?:to\s+)?$/i.test(text.slice(Math.max(0, cue.start - 12), cue.start))) return true;
  // "had begun to worry less about whether Fox could endure": a verb of worry that shrinks.
  if (/^(worr(y|ies|ied)|fear(s|ed)?)\s+(much\s+)?less\b/i.test(text.slice(cue.start))) return true;
  // "The risk of being infected is low", "the danger to the public remains very small": a risk said to be slight reassures.
  if (SLIGHT_RISK.test(text.slice(cue.start)) || isCalledLuxury(text, cue.start)) return true;
  // "fears that the dam would fail proved unfounded".
  const after = (text.slice(cue.end).split(/[;:—–]/)[0] ?? '').split(/\s+/).slice(0, AFTER_WORDS).join(' ');
  return concernUnfounded.test(after);
}

/** Harms that name one event: pinned to a place or a date, they are news that already happened. */
const EVENT = /^(attacks?|bombings?|shootings?|killings?|massacres?|abuses?|assassinations?|conflicts?)$/i;
/** "the San Bernardino attack", "the 1998 Omagh bombing": a place or a year names the event. */
const NAMED_BEFORE = /\b(the|this|these|those)\s+(\S+\s+)?(\p{Lu}[\p{L}'’-]*|(1[89]|20)\d\d)\s+(\p{Ll}+\s+)?$/u;
/** "attacks in Brussels", "attacks like Paris", "the attacks today", "the attack that happened". */
const NAMED_AFTER =
  /^\s*(,\s*)?((in|at|like)\s+(the\s+)?\p{Lu}|(today|yesterday|last (week|month|year|night))\b|(that|which)\s+(happened|occurred|took place|has been done|had been done|was done)\b)/u;
/** What may still come is no past event: "another attack in Paris", "to prevent attacks in Europe", "the deepening Israel-Lebanon conflict". */
const STILL_TO_COME =
  /\b(another|new|next|future|potential|possible|more|further|prevent|stop|avert|risk of|threat of|deepening|growing|escalating|worsening|mounting|spreading)\s+(\S+\s+){0,2}$/i;

/** A harm verb in the past of a report: "63 people have been killed", "were injured", "12 dead", "had died". */
const REPORTED_PAST = /^(killed|injured|wounded|died|dead|destroyed|damaged|crashed|flooded|suffered|tortured|assassinated|attacked|bombed)$/i;
const PAST_BEFORE = /\b(?:(?:was|were|been|had|has|have|are|is)\s+(?:\S+ly\s+)?|\d[\d,]*\s+(?:\S+\s+)?(?:and\s+)?)$/i;

const KILLED_TO = /\b(stabbed|beaten|shot|burned|burnt|bludgeoned|crushed|starved|frozen|hacked|clubbed|kicked|stoned|trampled|choked|strangled)\s+to\s+$/i;

/**
 * A harm ended, looked into, tracked, followed or punished: "end all acts of violence", "investigating the assassination", "after
 * the bombing", "victims of the attack", "charged with murder". A pledge, an inquiry or an aftermath voices no worry.
 */
const DEALT_WITH = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:end(?:s|ed|ing)?(?!\s+up\b)|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|track(?:s|ed|ing)?|monitor(?:s|ed|ing)?)\s+["\u201C]?(?:all\s+)?|(?:investigations?|inquiry|inquiries|probes?)\s+(?:into|of)\s+|(?:after|since|following|in\s+the\s+(?:wake|aftermath)\s+of)\s+|victims?\s+of\s+|(?:deal(?:s|t|ing)?|cop(?:e|es|ed|ing))\s+with\s+|(?:antidotes?|solutions?|remed(?:y|ies)|cures?)\s+(?:to|for)\s+)` +
    String.raw`(?:(?:the|this|that|these|those|a|an|his|her|its|their|last\s+\p{L}+['\u2019]s)\s+)?(?:\S+\s+){0,2}?$`,
  'iu',
);

/** Whether a word of harm is the object of its ending, an inquiry, an aftermath or a charge: that harm is no worry. */
export function isHarmDealtWith(text: string, harm: Predicate): boolean {
  if (isLegalCharge(text, harm)) return true;
  const before = text.slice(Math.max(0, harm.start - 60), harm.start);
  const m = DEALT_WITH.exec(before);
  // "would not end the killings": an ending denied leaves the harm going on.
  return m !== null && !/(?:\b(?:not|never|cannot)|n['\u2019]t)\s+(?:\S+\s+)?$/i.test(before.slice(0, m.index));
}

/** Whether a word of harm names one event that already happened ("the attacks in Brussels"): news, not a worry. */
export function isHarmDone(text: string, harm: Predicate): boolean {
  if (isDatedHarm(text, harm) || isEventPlace(text, harm) || isCountedToll(text, harm.word, harm.end) || isSufferingTold(text, harm) || isOwnAct(text, harm))
    return true;
  // A casualty or damage report: the harm told in the past, after "were", "have been" or a count.
  if (REPORTED_PAST.test(harm.word) && PAST_BEFORE.test(text.slice(Math.max(0, harm.start - 40), harm.start))) return true;
  // "claimed responsibility for the attack": a deed owned up to, a claim of what was done ("should take responsibility for" still blames).
  if (/\bclaim(s|ed|ing)?\s+responsibility\s+for\s+(the|this|that|these|those)?\s*$/i.test(text.slice(0, harm.start))) return true;
  // "a friend who died in 2000", "the man died": a death that happened; only a modal ("could have died") does not tell one.
  if (/^died$/i.test(harm.word) && !/\b(could|would|might|may)\s+(have\s+)?(\S+\s+)?$/i.test(text.slice(0, harm.start))) return true;
  // "stabbed to death on a train": a killing told.
  if (/^death$/i.test(harm.word) && KILLED_TO.test(text.slice(0, harm.start))) return true;
  // "pulled out because of a back injury", "five of the injured": an injury told; "could injure people", "risk of injury" look ahead.
  if (/^injur(?:y|ies|ed)$/i.test(harm.word))
    return !/\b(?:could|would|might|may|will|risk\w*|fear\w*|danger\w*|threat\w*|prevent\w*|avoid\w*|cause\w*)\b[^.;]{0,30}$/i.test(
      text.slice(Math.max(0, harm.start - 50), harm.start),
    );
  // "His death is a blow to al-Qaeda", "before her death": someone's death, told; "could mean his death" still looks ahead.
  if (/^deaths?$/i.test(harm.word) && /\b(his|her|their)\s+(own\s+)?$/i.test(text.slice(Math.max(0, harm.start - 12), harm.start))) {
    return !/\b(could|would|might|may|will|risk|fear|threat|threaten\p{L}*)\b[^,;.]{0,30}$/iu.test(text.slice(Math.max(0, harm.start - 50), harm.start));
  }
  if (!EVENT.test(harm.word) && !/^damage$/i.test(harm.word)) return false;
  const before = text.slice(Math.max(0, harm.start - 40), harm.start);
  if (STILL_TO_COME.test(before)) return false;
  return (EVENT.test(harm.word) && (NAMED_BEFORE.test(before) || COUNTED_BEFORE.test(before))) || NAMED_AFTER.test(text.slice(harm.end));
}
