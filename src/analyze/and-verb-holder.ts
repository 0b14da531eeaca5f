// "Trump called the plan a disgrace and threatened a tax": a worry verb after "and" shares the subject of the verb the
// sentence opens with, when the two verbs have one form; a verb of that form between them may have its own subject.
import { lexicons } from '../lexicon.js';
import { AUXILIARY, BE } from './phrase-words.js';
import { openingSubject } from './fronted-adverb.js';
import { isWorryAdjective } from './worry-words.js';
import { isCapitalised, type Token } from './tokens.js';

type VerbForm = 'ing' | 'ed' | 's' | 'base';

const ADVERB = /^(still|also|now|often|then|later|already|even|never|just|again|first|further|once|long|repeatedly)$|\p{Ll}ly$/u;
/** Words that open a verb's object or complement ("question whether", "call their workers"). */
const OBJECT_START = /^(the|a|an|that|whether|if|their|his|her|its|our|my|your|them|him|us|me|it|this|these|those|to|about|for)$/i;
/** Words in -ed that are no past forms. */
const NOT_PAST = /^(need|speed|indeed|greed|seed|feed|deed|bed|red|shed|creed|weed|breed|bleed|hundred|sacred|naked|wicked)$/;

function formOf(word: string): VerbForm {
  const w = word.toLowerCase();
  if (/\p{L}{2}ing$/u.test(w)) return 'ing';
  if ((/\p{L}{2}ed$/u.test(w) && !NOT_PAST.test(w)) || lexicons().irregularPast.has(w) || w === 'said') return 'ed';
  if (/\p{L}[^s]s$/u.test(w)) return 's';
  return 'base';
}

/** A word of the cue's form is a verb: an -ed or -ing form, or a plain or -s form after an adverb or before an object's first word. */
function isVerbLike(tokens: readonly Token[], k: number): boolean {
  const form = formOf(tokens[k]?.text ?? '');
  if (form === 'ed' || form === 'ing') return true;
  return ADVERB.test(tokens[k - 1]?.text ?? '') || OBJECT_START.test(tokens[k + 1]?.text ?? '');
}

/** The opening subject the verb at `verb` shares across "and", or null when the sentence does not plainly give one. */
export function andVerbSubject(tokens: readonly Token[], verb: number): Token[] | null {
  const cue = tokens[verb];
  let and = verb - 1;
  while (ADVERB.test(tokens[and]?.text ?? '')) and--;
  if (!cue || isCapitalised(cue.text) || tokens[and]?.text !== 'and') return null;
  const lead = openingSubject(tokens);
  const from = lead[0] ? tokens.indexOf(lead[0]) : -1;
  if (from < 0) return null;
  // The subject runs to the first auxiliary or lower-case word of the verb's form; an auxiliary sets the form of what follows it.
  let k = from;
  while (k < and && (isCapitalised(tokens[k]?.text ?? '') || /^['’]s?$/.test(tokens[k]?.text ?? '') || !/^\p{Ll}/u.test(tokens[k]?.text ?? ''))) k++;
  for (; k < and; k++) {
    const w = tokens[k]?.text ?? '';
    if (AUXILIARY.test(w) || (formOf(w) === formOf(cue.text) && !ADVERB.test(w) && !lexicons().functionWords.has(w) && isVerbLike(tokens, k))) break;
  }
  const subject = tokens.slice(from, k).filter((t) => !ADVERB.test(t.text));
  // "Officials … who made …": a relative clause inside the subject may own the verb found.
  const relative = subject.some((t) => /^(who|whom|whose|which|that)$/i.test(t.text));
  if (k >= and || relative || subject.length === 0 || subject.length > 6 || subject.some((t) => t.kind !== 'word' && !/^['’]s?$/.test(t.text))) return null;
  // "the smaller party can hold … and threaten": a definite common noun in the singular, which a resolver would widen to a name.
  const head = subject.at(-1)?.text ?? '';
  const common = subject.slice(1).every((t) => !isCapitalised(t.text)) && /^(the|this|that)$/i.test(subject[0]?.text ?? '');
  if (common && !/(s|men|people|police|children)$/.test(head)) return null;
  let v = k;
  const auxiliary = AUXILIARY.test(tokens[v]?.text ?? '') ? (tokens[v]?.text.toLowerCase() ?? '') : '';
  if (auxiliary) for (v++; ADVERB.test(tokens[v]?.text ?? ''); v++);
  const first = tokens[v]?.text ?? '';
  const form: VerbForm = /^(has|have|had)$/.test(auxiliary) ? 'ed' : BE.test(auxiliary) && /ing$/.test(first) ? 'ing' : auxiliary ? 'base' : formOf(first);
  // "Voters were unhappy with the government and worried about the economy": a worry adjective after "and" shares the copula's subject.
  if (BE.test(auxiliary) && isWorryAdjective(cue.text) && /^\p{Ll}+$/u.test(first) && !/^(being|been|to)$/.test(first)) return subject;
  // "were mocked and criticized": in the passive the subject is the one criticised.
  if (!/^\p{Ll}+$/u.test(first) || form !== formOf(cue.text) || (BE.test(auxiliary) && form === 'base')) return null;
  // "Officials said the rebels attacked the town and threatened …": a verb of the same form after a noun has a subject of its own;
  // after "as" it is an adjective ("cast her as unqualified and accused her").
  for (let j = v + 1; j < and; j++) {
    const w = tokens[j]?.text ?? '';
    const prior = tokens[j - 1]?.text ?? '';
    if (/^\p{Ll}+$/u.test(w) && formOf(w) === form && /^\p{L}+$/u.test(prior) && !AUXILIARY.test(prior) && !BE.test(prior) && !/^(to|as)$/.test(prior)) {
      if (form !== 'base' || /^(they|we|I|you|people)$/i.test(prior)) return null;
    }
  }
  return subject;
}
