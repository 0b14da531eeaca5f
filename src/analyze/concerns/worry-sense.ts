// Whether a stance word (concern, warn, troubled …) is used in its worried sense, not as "is about", a notice or a label.
import { criticsVoice } from './critics.js';
import { isLabel } from './label-senses.js';
import { isAttributiveWorry } from './attributive-worry.js';

/** "The debate concerns the fate of …", "Concerning her use of …": the verb and the preposition, not worry. */
const CONCERN_VERB = /^concern(s|ed)?\s+["“]?(the|a|an|his|her|its|their|this|these|those|whether|how|what|only|mainly|mostly)\b/i;
/** "This concerns especially the smaller firms", "a plan that concerns suppressing crime": the verb "is about" after a pronoun, with an adverb or a gerund after it. */
const CONCERNS_ABOUT = /^concerns\s+(especially|particularly|primarily|chiefly|largely|directly|above all|\p{L}+ing)\b/iu;
/** "the countries concerned", "as far as X is concerned", "where Y is concerned": involvement, not worry. */
const CONCERNED_INVOLVED = /^concerned\s*(?:[.,;:)"”—–]|$)/i;
const INVOLVED_FRAME = /\b(as far as|so far as|where|when|all|those|parties|countries|people|everyone|anyone)\b[^.;]{0,120}$/i;
/** A name's "Association of Physicians" before "concerned" and "about the Environment" after it. */
const NAME_BEFORE = /\b\p{Lu}\p{L}*\s+of\s+\p{Lu}\p{L}*\s+$/u;
const NAME_AFTER = /^concerned\s+(?:about|for|with)\s+(?:the\s+)?\p{Lu}/u;
const AS_FAR_AS = /\b(?:as|so)\s+far\s+as\s+[^.;:,]{1,60}?(?:\s+(?:is|are|was|were|am)|['’](?:s|m|re))\s+$/i;
/** "the concerned governments", "concerned authorities": the bodies involved, not worried ones. */
const INVOLVED_BODIES = /^concerned\s+(governments?|authorities|agencies|parties|departments|ministries|countries|states|bodies|institutions|offices)\b/i;
/** "warning sign", "warning lights", a "warning system" as an object, unless it warns "of" something ("warning signs of a recession"). */
const NOTICE_AFTER =
  /^warning\s+(signs?|lights?|labels?|notices?|placards?|calls?|shots?|systems?|features?|sensors?|devices?|technology|software|apps?)\b(?!\s+(of|that)\b)|^warnings?\s+to\s+(stop|halt|pull over|turn back|leave the road)\b/i;
const NOTICE_BEFORE =
  /\b(signs?|lights?|labels?|notices?|placards?|advance|telephoned?|phoned?|coded|\d+-minute|\d+-hour|collision|(?:lane[- ])?departure|blind[- ]spot|proximity)(\s+(on|at|along|beside|near|above|over)\s+[^,;.]{1,40})?[\s-]+$/i;
/** "deeply concerning", "is concerning": the adjective; elsewhere "concerning" means "about". */
const CONCERNING_ADJECTIVE = /\b(is|are|was|were|be|been|very|deeply|most|more|particularly|especially|really|extremely|highly|quite|so)\s+$/i;

/** "those concerns" with no "about …" after it, and no verb that voices it again before it. */
const POINTER_BEFORE = /\b(?:those|these|such)\s+$/i;
const POINTER_NOUN = /^(?:concerns?|worries|worry|fears?)(?![\p{L}-])(?!\s+(?:about|over|that|of|regarding|around|for|on|among)\b)/iu;
const VOICED_POINTER =
  /\b(?:voiced|voices?|raised|raises?|expressed|expresses|stressed|stresses|shares?|shared|echoed|echoes|repeated|reiterated|underscored|emphasi[sz]ed)\s+(?:all\s+of\s+)?(?:those|these|such)\s+$/i;
/** A noun "warning" after a determiner, a possessive or a verb that gives or heeds one ("despite warnings", "gave a warning"). */
const WARNING_NOUN =
  /\b(?:a|an|the|his|her|its|their|our|my|your|any|no|other|such|these|those|this|that|despite|gave|give|issued|heed|heeded|\p{L}+['’]s)\s+(?:\p{L}+\s+)?$/iu;
/** What is warned of: a clause, an object of "of/about/against/over/on", "not to …", a colon or a quotation. */
const WARNED_OF =
  /^warnings?\s*(?:(?:that|of|about|against|over|on|not to)\b|to\s+\p{L}+\s+(?:not|to)\b|:|,?\s*[“"])|^warnings?\s+from\s[^,.]*\s(?:that|about|of)\b/iu;
const GRAVE = /\b(?:stark|dire|grave|stern|serious|chilling|ominous|dark|explicit|urgent|strong)\s+$/i;

/**
 * "soldiers gave a warning", "despite warnings by police", "The warnings amounted to a big misfire": a warning named as an act or a
 * notice, with nothing said of what it warns of and no word that makes it grave, voices no worry (another cue in the sentence still may).
 */
function isEmptyWarning(before: string, rest: string): boolean {
  const noun = WARNING_NOUN.test(before) || /^warnings?\s+(?:was|were|is|are|amounted|has|had)\b/i.test(rest);
  return noun && !WARNED_OF.test(rest) && !GRAVE.test(before);
}

/** "cautioned against reading too much into …", "against leaping to conclusions", "cautioned that a win does not necessarily …",
 *  "cautions that we're still in the very early days":
 *  care in judging what something means, not a harm foreseen; so is "an abundance of caution", "err on the side of caution". */
const JUDGING_CAUTION =
  /^caution(?:s|ed|ing)?\s+(?:against\s+(?:reading|drawing|viewing|leaping|jumping|interpreting|over-?\p{L}+|assuming|concluding|rushing|getting\s+ahead|making\s+too\s+much)\b|(?:that\s+)?[^;:]*?(?:\bnot|n['’]t)\s+necessarily\b|(?:that\s+)?[^;:,]*?\b(?:early\s+days|too\s+(?:early|soon)\s+to)\b)/iu;
const CAUTION_IDIOM = /\b(?:abundance|side)\s+of\s+$/i;

/** What makes "shocked" a state someone is in: a form of "be", "feel", "seem", "look" or "left" just before it ("were “stunned”",
 *  "would be surprised but “stunned”", "left its critics stunned"). */
const SHOCKED_STATE =
  /\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|seem|seems|seemed|seeming|look|looks|looked|remain|remains|remained|get|got|['’]m|['’]re|['’]s)[\s,]+(?:[\p{L}’'-]+[\s,]+){0,3}["“‘']?$|\bleft\s+(?:\S+\s+){1,4}$/iu;

/** What an alarm device has or does: "alarm filters", "alarm systems", "an alarm clock". */
const DEVICE_AFTER = /^alarm\s+(?:filters?|systems?|clocks?|panels?|sensors?|management|codes?|data|events?|notifications?|settings?)\b/i;

const OVERCOME = /\b(?:swallow(?:s|ed|ing)?|overc[ao]m(?:e|es|ing)?|conquer(?:s|ed|ing)?|(?:get|gets|got|getting)\s+over)\s+(?:\p{L}+\s+)?$/iu;

/** Whether a stance word is used in its worried sense here. */
export function inWorrySense(text: string, start: number, word: string): boolean {
  const rest = text.slice(start);
  const before = text.slice(0, start);
  const lower = word.toLowerCase();
  if (/^concern(s|ed)?$/.test(lower) && CONCERN_VERB.test(rest)) {
    // "raised concerns the plan …" is rare; a determiner or verb before "concerns" makes it the noun. "was concerned the dam would
    // burst", "deeply concerned the …": after a form of "be" or an adverb "concerned" is worried, and a clause follows.
    const adjective =
      lower === 'concerned' && /\b(?:am|is|are|was|were|be|been|being|feels?|felt|seem(?:s|ed)?|grew|remain(?:s|ed)?|so|very|too|\p{L}+ly)\s+$/iu.test(before);
    return (
      adjective || /\b(voiced|raised|expressed|has|have|had|with|of|about|over|his|her|their|its|the|serious|grave|security|safety|health)\s+$/i.test(before)
    );
  }
  if (lower === 'concerned' && CONCERNED_INVOLVED.test(rest) && INVOLVED_FRAME.test(before)) return false;
  // "the Association of Physicians concerned about the Environment": a lower-case word inside a body's name.
  if (lower === 'concerned' && NAME_BEFORE.test(before) && NAME_AFTER.test(rest)) return false;
  // "As far as France's interest is concerned it's …": the idiom whole, with no comma after it.
  if (lower === 'concerned' && AS_FAR_AS.test(before)) return false;
  if (lower === 'concerned' && INVOLVED_BODIES.test(rest)) return false;
  // "more concerned with the well-being of chickens than …", "less concerned with ethnic distinctions": a priority weighed, not a worry.
  if (lower === 'concerned' && /^concerned\s+with\b/i.test(rest) && /\b(more|less|most|least)\s+$/i.test(before)) return false;
  if (CONCERNS_ABOUT.test(rest) && /\b(this|that|it|which)\s+$/i.test(before)) return false;
  // "I respect those concerns", "a voice for all of these concerns": a pointer back with nothing feared in it, unless voiced again.
  if (POINTER_BEFORE.test(before) && POINTER_NOUN.test(rest) && !VOICED_POINTER.test(before)) return false;
  if (lower === 'concerning') return CONCERNING_ADJECTIVE.test(before);
  // "warning signs flashed", "signs warned cars to keep left": a notice posted on a road or a box, not a source's worry.
  if (/^warn/.test(lower) && (NOTICE_AFTER.test(rest) || NOTICE_BEFORE.test(before))) return false;
  // "the troubled agency", "financially troubled Texas company", "troubled areas": a thing in trouble, not someone troubled by it.
  if (lower === 'troubled' && (/\b(the|a|an)\s+$/i.test(before) || /^troubled\s+(?!(by|about|over|that|to|with|at|and|or|but|as)\b)\p{L}/iu.test(rest)))
    return false;
  // "at-risk communities", "low risk technology": a label of a group or a product, not a risk voiced.
  if (lower.startsWith('risk') && /(?:\bat-|\blow[ -]|\bno-)$/i.test(text.slice(Math.max(0, start - 4), start))) return false;
  // "risk appetite weakened", "risk assets", "risk-off sentiment": a market's taste for risk, not a harm voiced.
  if (/^risk[- ](?:appetite|assets?|sentiment|premi(?:um|a)|aversion|tolerance|on|off|free|parity|management|weight(?:ed|ing)s?)\b/i.test(rest)) return false;
  // "shocked her rivals", "stunned the champion": beating someone; "a move that shocked nearly everyone", "a shell-shocked gaze":
  // surprise caused or a look. Only someone who was, felt or was left shocked is alarmed.
  if (/^(shocked|stunned)$/.test(lower) && (/^\S+\s+(the|a|an|his|her|their|its|\p{Lu})/u.test(rest) || !SHOCKED_STATE.test(before))) return false;
  // "in response to a question whether …": a reporter's question, not someone questioning.
  if (lower.startsWith('question') && /\b(a|the|to a|reporter's|reporters')\s+$/i.test(before)) return false;
  if ((lower === 'critics' && !criticsVoice(rest)) || isLabel(lower, before, rest)) return false;
  // "playing the fear card": a tactic named, not a harm foreseen.
  if (lower === 'fear' && /^fear\s+(card|factor)\b/i.test(rest)) return false;
  // "men who fear God", "He fears the Lord": reverence, not a harm foreseen.
  if (/^fear(s|ed|ing)?$/.test(lower) && /^\S+\s+(God|the\s+Lord)\b/.test(rest)) return false;
  if (lower.startsWith('caution') && (JUDGING_CAUTION.test(rest) || CAUTION_IDIOM.test(before))) return false;
  // "The reason, I'm afraid, is …", "…, I am afraid.": the aside of regret, not a fear.
  if (lower === 'afraid' && /,\s*I(?:['’]m|\s+am)\s+$/.test(before) && /^afraid\s*(?:[,.;!]|$)/.test(rest)) return false;
  // "customizable alarm filters", "a fire alarm": a device that signals, not a worry ("alarm bells" still ring one).
  if (lower === 'alarm' && (DEVICE_AFTER.test(rest) || /\b(?:fire|car|burglar|smoke|security|intruder)\s+$/i.test(before))) return false;
  // "the immune and nervous systems", "a nervous breakdown": the nerves of the body, not a worry.
  if (lower === 'nervous' && /^nervous\s+(?:systems?|tissues?|cells?|disorders?|breakdowns?|tics?)\b/i.test(rest)) return false;
  // "swallowed the fear of investing", "help people overcome their fears": a fear got past, no harm foreseen.
  if (/^(?:fears?|anxiet(?:y|ies))$/.test(lower) && OVERCOME.test(before)) return false;
  // "anxious to engage", "eager and anxious to help": keen, not worried.
  if (lower === 'anxious' && /^anxious\s+to\b/i.test(rest)) return false;
  if (/^warnings?$/.test(lower)) {
    // A reprimand given ("a verbal warning"), or a warning with nothing warned of.
    if (/\b(verbal|written|formal)\s+$/i.test(before.slice(-12)) || isEmptyWarning(before, rest)) return false;
  }
  return !isAttributiveWorry(text, start);
}
