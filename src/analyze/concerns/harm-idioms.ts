// Words of harm or criticism inside a set phrase that names no harm: "a dead heat", "damage control", "filed a complaint".
import type { Predicate } from './predicates.js';
import { isWarIdiom } from './war-sense.js';
import { isTradeOffTension } from './tension-sense.js';

/** "a dead heat", "dead broke", "dead on our feet", "a dead end", "a dead language", "the passion of a dead fish": "dead" as an
 *  intensifier, a tie or a figure, not a death. */
const DEAD_IDIOM =
  /^dead\s+(heat|broke|even|end|last|set|wrong|certain|tired|serious|language|languages|fish|zone|weight|ringer|letter|giveaway|on\s+(my|our|your|his|her|their)\s+feet)\b/i;
/** "wouldn't be caught dead at a musical", "over their dead bodies": set phrases of refusal. */
const DEAD_REFUSAL = /\bcaught\s+$|\bover\s+(?:my|our|your|his|her|their)\s+$/i;
/** "damage control", "damage limitation": a campaign's repair work, not a harm. */
const DAMAGE_IDIOM = /^damage\s+(control|limitation)\b/i;

/** "filed a complaint", "a civil complaint", "by volume of complaints": a legal filing or a count, not a grievance voiced. */
const FILING_BEFORE = /\b(file|files|filed|filing|lodge|lodged|civil|criminal|formal|volume of|number of|receiving|received|categori[sz]es)\s+(\S+\s+){0,3}$/i;
const FILING_AFTER = /^complaints?,?\s+(which\s+)?(was|were|is|are|has been|had been)?\s*(filed|lodged|types?)\b/i;

/** "illegal immigrants", "here illegally": a legal status that describes people, not a harm or a charge voiced. */
const STATUS_AFTER = /^illegal\s+(immigra\w*|aliens?|migra\w*|workers?|entr(y|ies|ants?)|border\s+crossings?|crossers?|residents?|population)\b|^illegals\b/i;
const STATUS_BEFORE =
  /\b(immigrants?|aliens?|migrants?|people|persons|residents?|workers?|families|children|parents|who|that)\s+(are\s+|were\s+|is\s+|was\s+|living\s+|lived\s+|working\s+|came\s+|come\s+|entered\s+|here\s+|stay(ing|ed)?\s+)*(in\s+(this|the|our)\s+country\s+|here\s+|in\s+the\s+(u\.?s\.?|united\s+states)\s+)?$/i;

/** "coming into the country illegally", "now in the country illegally", "illegally entering our country": how someone came. */
const COUNTRY_BEFORE = /\b(?:in|into|to|across)\s+(?:this|the|our|their|another)\s+(?:country|border)\s+$/i;
const ENTRY_AFTER =
  /^illegally\s+(?:(?:enter|cross|immigrat|migrat)\w*|(?:go|going|went|com(?:e|es|ing)|came)\s+(?:to|into|across)\b|to\s+(?:another|this|the|our)\s+country)/i;

/** "conflicts with his views", "in direct conflict with God's design": a disagreement between ideas, not fighting. */
const CLASH_BEFORE = /\b(puts?|putting|came|come|comes)\s+in(to)?\s+$/i;
const CLASH_IN = /\b(in|into)\s+(direct\s+|open\s+|sharp\s+)?$/i;
/** "the law conflicts with …", "a picture that conflicts with …": "conflicts" as a verb after its subject ("border conflicts with India" is fighting). */
const CLASH_VERB_SUBJECT =
  /\b(that|which|it|this|also|directly|often|clearly|sharply|law|policy|plan|picture|view|position|statement|claim|rule|ruling|decision)\s+$/i;
/** "the secret weapon that Clinton has", "economic weapons": a figure of speech for an advantage. */
const FIGURATIVE_WEAPON = /\b(secret|political|economic|rhetorical|campaign|electoral)\s+$/i;

/** "an incredibly tortured relationship", "tortured logic": the adjective of strain, before a thing; "tortured prisoners" were harmed. */
const TORTURED_ADJECTIVE =
  /^tortured\s+(?!(?:prisoners?|detainees?|people|men|women|children|victims?|civilians?|soldiers?|inmates?|captives?|suspects?|bod(?:y|ies)|by|and|or|to|in|with|for|at|on|as|until|because|during|after|before|the|an?|his|her|their|them|him|me|us|it)\b)\p{Ll}{3,}\b/u;
/** "for better or worse"; "it could have been worse", "sales would have been far worse": a set phrase, or relief at a harm
 *  that did not happen, not a harm foreseen. */
const SPARED_WORSE = /\b(?:for\s+better\s+or\s+(?:for\s+)?|(?:could|would|might)\s+have\s+been\s+(?:(?:far|much|a\s+lot|even|a\s+(?:lot|great\s+deal))\s+)?)$/i;
/** "a choice between bad and worse", "those who fared worse under the plan", "she's doing worse": a comparison of lesser evils or of
 *  how someone did, not a harm foreseen. */
const RANKED_WORSE =
  /\b(?:between\s+(?:the\s+)?bad\s+and\s+|(?:fared|faring|fares|doing|did|does|performed|performing|polled|polling)\s+(?:\p{L}+ly\s+|much\s+|far\s+|even\s+)?)$/iu;

/** Whether a word of harm or criticism is part of a set phrase that names no harm. */
export function isHarmIdiom(text: string, p: Predicate): boolean {
  const rest = text.slice(p.start);
  if (/^complaints?$/i.test(p.word)) return FILING_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)) || FILING_AFTER.test(rest);
  if (/^illegal(ly|s)?$/i.test(p.word)) {
    const near = text.slice(Math.max(0, p.start - 60), p.start);
    return STATUS_AFTER.test(rest) || (/ly$/i.test(p.word) && (STATUS_BEFORE.test(near) || COUNTRY_BEFORE.test(near) || ENTRY_AFTER.test(rest)));
  }
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  if (
    /^conflicts?$/i.test(p.word) &&
    (CLASH_BEFORE.test(before) ||
      (/^conflict\s+with\b/i.test(rest) && CLASH_IN.test(before)) ||
      (/^conflicts\s+with\b/i.test(rest) && CLASH_VERB_SUBJECT.test(before)))
  )
    return true;
  if (/^weapons?$/i.test(p.word) && FIGURATIVE_WEAPON.test(before)) return true;
  // "the local police force's offices": a force that owns something is a body, not violence.
  if (/^force$/i.test(p.word) && /^force['’]s\b/i.test(rest)) return true;
  if (/^worse$/i.test(p.word) && (SPARED_WORSE.test(before) || RANKED_WORSE.test(before))) return true;
  if (/^tortured$/i.test(p.word) && TORTURED_ADJECTIVE.test(rest) && !/\b(?:was|were|been|being|be|is|are|get|got)\s+$/i.test(before)) return true;
  // "What doesn't kill you makes you stronger": a saying, not a death foreseen.
  if (/^kill$/i.test(p.word) && /\bwhat\s+(?:doesn['’]t|does\s+not|won['’]t|will\s+not)\s+$/i.test(before)) return true;
  if (/^wars?$/i.test(p.word) && isWarIdiom(text, p.start)) return true;
  // "what the [censored] is going on": an editor's mark over a swear word.
  if (/^\[\s*$/.test(before.slice(-1)) && /^\w+\]/.test(rest)) return true;
  // "crash tests", "a low-inflation economy", "adjusted for inflation": a safety test or a measure, not a harm.
  if (/^crash[- ]test/i.test(rest) || (/^inflation$/i.test(p.word) && /\b(?:low|stable)[- ]$|\badjusted\s+for\s+$/i.test(before))) return true;
  // "the injured party has submitted …": the law's name for a complainant; "the Black Death": a plague's name.
  if ((/^injured$/i.test(p.word) && /^injured\s+part(?:y|ies)\b/i.test(rest)) || (/^death$/i.test(p.word) && /\bblack\s+$/i.test(before))) return true;
  if (/^dead$/i.test(p.word) && DEAD_REFUSAL.test(before)) return true;
  return DEAD_IDIOM.test(rest) || DAMAGE_IDIOM.test(rest) || isTradeOffTension(text, p.start, p.word);
}
