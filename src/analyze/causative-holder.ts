// "That worries environmentalists", "The plan has alarmed critics": a verb of worry with an object puts the worry in the
// object, not in the subject, which is only its cause.
import { isWorryAdjective } from './worry-words.js';
import { lexicons } from '../lexicon.js';
import { AUXILIARY, BE, isVerb } from './phrase-words.js';
import { type Token, tokenize } from './tokens.js';

// No -ing forms: "worrying tendencies", "a troubling sign" are adjectives far more often than verbs.
const CAUSATIVE =
  /^(worries|worried|alarms|alarmed|frightens|frightened|scares|scared|troubles|troubled|unsettles|unsettled|unnerves|unnerved|spooks|spooked|rattles|rattled|outrages|outraged|angers|angered|infuriates|infuriated|incenses|incensed)$/i;
/** "-ing" forms that are the verb only after "is", "are", "was", "were": "are concerning the music industry", "is worrying farmers". */
const PROGRESSIVE = /^(worrying|concerning|alarming|frightening|troubling|scaring|unsettling|unnerving|spooking|rattling|angering|infuriating)$/i;
const PROGRESSIVE_BE = /^(is|are|was|were|been)$/i;
/** The plain form after a plural subject or a relative word ("positions that alarm the establishment", "These plans worry farmers"). */
const PLAIN_CAUSATIVE = /^(worry|alarm|frighten|scare|trouble|unsettle|unnerve|spook|rattle)$/i;
/** Before a plain form, words that make it no verb with a plural cause: a person who worries, "to", "do", a modal, a negation; or the
 * noun's own company: a determiner or preposition ("the alarm", "with alarm"), a verb that takes it ("drew alarm", "raised alarm"). */
const PLAIN_REFUSED =
  /^(i|we|you|they|to|do|does|did|don['’]t|doesn['’]t|didn['’]t|not|never|will|would|can|could|may|might|must|should|shall|a|an|the|no|any|some|much|more|less|of|with|without|in|for|and|or|but|draw|draws|drew|drawn|raise|raises|raised|cause|causes|caused|spark|sparks|sparked|sound|sounds|sounded|express|expressed|voice|voiced)$/i;
/** Function words that may stand before the verb as its subject or auxiliary ("That worries", "which has alarmed", "really worries"). */
const SUBJECT_WORD = /^(that|this|it|which|what|who|has|have|had|also|really|only|now|still|particularly|especially|greatly|further)$/i;
const CONJUNCTION =
  /^(while|whilst|as|when|if|although|though|because|since|and|but|or|nor|yet|so|amid|with|despite|after|before|until|unless|whether|where|of|in|on|at|for|from|by|to|about|over|among)$/i;
/** "me" or "us" outside a quotation is the reporter's own worry, whose name the reporting verb gives. */
const FIRST_PERSON = /^(me|us)$/i;
/** Words before the verb that make it a state of the subject ("are worried", "got scared", "deeply troubled"), or a modifier ("a worried spouse"). */
const STATE_BEFORE =
  /^(get|gets|got|getting|become|became|becomes|seem|seems|seemed|feel|feels|felt|look|looks|looked|grow|grew|grows|remain|remains|remained|very|deeply|so|too|more|most|less|increasingly|visibly|a|an|the|his|her|their|its|our|my|your)$/i;
/** Words that open what the worry is about, so the verb's subject holds it ("worried that", "scared of"). */
const ABOUT = /^(that|about|over|by|for|with|of|at|to|in|on|if|whether|what|how|when|because|as|than)$/i;
const OBJECT_ENDS = /^(who|which|because|and|but|as|when|after|since|while|by)$/i;
const MAX_OBJECT = 5;

/** Whether a causative's finite or plain form, after the word before it, is a verb of the clause, not a state or a noun. */
function isCausativeVerb(verb: Token, before: Token): boolean {
  if (!CAUSATIVE.test(verb.text) && !(PLAIN_CAUSATIVE.test(verb.text) && !PLAIN_REFUSED.test(before.text))) return false;
  // "I'm worried", "they're alarmed": a contracted "be" makes it a state of the subject.
  if (BE.test(before.text) || STATE_BEFORE.test(before.text) || /['’](?:m|re)$/i.test(before.text)) return false;
  // "While worries still remain": after a conjunction the word is a noun; "financially troubled": after an adverb, an adjective.
  return !((CONJUNCTION.test(before.text) || lexicons().functionWords.has(before.text.toLowerCase())) && !SUBJECT_WORD.test(before.text));
}

/**
 * The object that holds the worry of a causative verb at `at`, or null when the verb is no causative with an object.
 * The object must end its clause: "The minister worries the plan will fail" omits a "that", and the minister worries.
 */
export function causativeObject(tokens: readonly Token[], at: number): Token[] | null {
  const verb = tokens[at];
  const before = tokens[at - 1];
  if (!verb || !before || before.kind !== 'word') return null;
  // "are concerning the music industry": after a form of "be" the "-ing" form is the verb, whatever the tests below say.
  const progressive = PROGRESSIVE.test(verb.text) && PROGRESSIVE_BE.test(before.text);
  if (!progressive && !isCausativeVerb(verb, before)) return null;
  if (/ed$/i.test(verb.text) && /ly$/i.test(before.text)) return null;
  const object: Token[] = [];
  let i = at + 1;
  for (; i < tokens.length && object.length <= MAX_OBJECT; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || OBJECT_ENDS.test(t.text) || AUXILIARY.test(t.text) || isVerb(t)) break;
    // "worried the president so much that …": the degree clause follows the object ("alarmed so many" is the object).
    if (object.length > 0 && t.text === 'so') break;
    if (object.length === 0 && ABOUT.test(t.text)) return null;
    object.push(t);
  }
  const next = tokens[i];
  const ends = next === undefined || (next.kind !== 'word' && /^[.,;:!?)"”—–-]$/.test(next.text)) || OBJECT_ENDS.test(next.text) || next.text === 'so';
  if (object.length === 1 && FIRST_PERSON.test(object[0]?.text ?? '')) return null;
  // "you still worry a bit", "worried a lot": a degree, not an object.
  if (/^a\s(bit|little|lot)$/i.test(object.map((t) => t.text).join(' '))) return null;
  return object.length > 0 && object.length <= MAX_OBJECT && ends ? object : null;
}

/** Adverbs without "-ly" that stand between an auxiliary and its verb ("have long worried", "had often feared"): no object. */
const ADVERB = /^(long|often|always|never|also|still|already|just|even|ever|now|once|again|since|too|all|both|sometimes)$/i;
/** "The plan left residents worried", "The deal has some members of Congress concerned": a verb that puts its object in a state. */
const COMPLEMENT_VERB = /^(left|leaves|leave|leaving|has|have|had|having|made|makes|make|making|kept|keeps|keep|keeping|got|gets|get|getting)$/i;

/** The object a verb like "left" or "has" puts in the worried state at `at` ("left residents worried" → residents), or null. */
export function complementObject(tokens: readonly Token[], at: number): Token[] | null {
  if (!isWorryAdjective(tokens[at]?.text)) return null;
  for (let v = at - 2; v >= Math.max(0, at - 1 - MAX_OBJECT); v--) {
    const t = tokens[v];
    if (!t || t.kind !== 'word') return null;
    if (!COMPLEMENT_VERB.test(t.text)) continue;
    const object = tokens.slice(v + 1, at);
    // "has been worried", "had also grown nervous": the subject's own state, not an object's.
    const state = (w: string): boolean => STATE_BEFORE.test(w) && !/^(a|an|the|his|her|their|its|our|my|your)$/i.test(w);
    if (
      object.some(
        (o) =>
          o.kind !== 'word' ||
          BE.test(o.text) ||
          AUXILIARY.test(o.text) ||
          isVerb(o) ||
          state(o.text) ||
          /ly$|^(grown|gotten)$/i.test(o.text) ||
          ADVERB.test(o.text),
      )
    )
      return null;
    return object.length > 0 && !FIRST_PERSON.test(object[0]?.text ?? '') ? object : null;
  }
  return null;
}

/** Words that end the cause looking back from a causative verb: a clause opener, or a conjunction between clauses. */
const CAUSE_OPENS = /^(that|which|what|who|and|but|because|when|while|whilst|if|as|although|though|since|so|yet)$/i;
const CAUSE_FILLER = /^(has|have|had|is|are|was|were|been|also|really|only|now|still|particularly|especially|greatly|further)$/i;

/**
 * What a causative verb's subject names as the worry ("The growth of the left worried the president" → "The growth of the left"),
 * the whole text when its cause is not named there ("That worries …"), or null when the verb is no causative.
 */
export function causativeCause(text: string, cueStart: number): string | null {
  // Every stance cue's scope asks: tokenise the sentence only when the cue's word is a causative verb at all.
  const word = /^\p{L}+/u.exec(text.slice(cueStart))?.[0] ?? '';
  if (!CAUSATIVE.test(word) && !PLAIN_CAUSATIVE.test(word) && !PROGRESSIVE.test(word)) return null;
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.start === cueStart);
  if (at < 1 || !causativeObject(tokens, at)) return null;
  let end = at - 1;
  while (end >= 0 && CAUSE_FILLER.test(tokens[end]?.text ?? '')) end--;
  let start = end + 1;
  // "Officials said the plan worried residents": the cause starts after the reporting verb.
  // "convergence if not coordination with Iran worries …": "if not" joins two nouns, not two clauses.
  const opens = (k: number): boolean => CAUSE_OPENS.test(tokens[k]?.text ?? '') && !(tokens[k]?.text === 'if' && tokens[k + 1]?.text === 'not');
  while (start > 0 && tokens[start - 1]?.kind === 'word' && !opens(start - 1) && !isVerb(tokens[start - 1])) start--;
  const first = tokens[start];
  const last = tokens[end];
  // "That worries …", "It alarmed …": a pronoun points back to a cause this sentence does not name.
  if (!first || !last || end - start < 1) return text;
  return text.slice(first.start, last.end);
}

/** Verbs that move their object to speak or worry: "That prompted some charities to say", "led some allies to worry". */
const PROMPTING = /^(prompted|prompting|prompts|led|leading|leads|caused|causing|spurred|spurring|forced|forcing)$/i;
const VOICE_AFTER = /^(say|said|warn|worry|fear|question|complain|criticize|criticise|condemn|express|voice|raise|wonder|call)$/i;

/**
 * The object a prompting verb sends to voice the worry ("prompted some charities to say the plans would put lives at risk"
 * → some charities), when the prompting comes before the cue at `at`; else null.
 */
export function promptedObject(tokens: readonly Token[], at: number): Token[] | null {
  for (let v = 0; v < at; v++) {
    if (!PROMPTING.test(tokens[v]?.text ?? '')) continue;
    const to = tokens.findIndex((t, i) => i > v + 1 && i <= v + 1 + MAX_OBJECT && t.text === 'to');
    const object = to > 0 ? tokens.slice(v + 1, to) : [];
    if (to > 0 && to < at && VOICE_AFTER.test(tokens[to + 1]?.text ?? '') && object.every((t) => t.kind === 'word')) return object;
  }
  return null;
}
