// Whether a name mention is the subject of its clause: pronouns and roles resolve to a recent subject before anything else.
import { lexicons } from '../lexicon.js';
import { OBJECT_PREPOSITIONS } from './name-lookup.js';
import { BE, bracketClose } from './phrase-words.js';
import { isPastForm } from './past-form.js';
import { isVerb } from './phrases.js';
import { isNotName, isTitleWord } from './capital-runs.js';
import { isCapitalised, type Token } from './tokens.js';

/** A sentence opened by a subordinate clause: "When …,", "After …,". */
const FRONTED = /^(?:When|Whenever|After|Although|While|Whilst|Because|Since|Before|Though|Once|Until|As|If)$/;

const AUXILIARY =
  /^(has|had|have|was|is|were|are|will|would|also|later|then|later|told|said|says|added|wrote|noted|stressed|argued|called|warned|explained|insisted|stated|did|does|could|can|may|might|should|must)$/;

const INVERTED =
  /^(said|says|added|adds|wrote|writes|noted|notes|explained|explains|recalled|recalls|continued|continues|observed|insisted|admitted|admits|conceded|concedes|replied|replies|joked|jokes)$/;

/** Where the verb before a name stands: right before it, or before "the" and up to two lower-case modifiers ("the veteran", "the 28-year-old"). */
function modifiedAfter(tokens: readonly Token[], first: number): number {
  for (let k = first - 1; k >= first - 3 && k > 0; k--) {
    const word = tokens[k]?.text ?? '';
    if (/^(the|a)$/.test(word)) return k - 1;
    if (tokens[k]?.kind !== 'word' || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(word)) break;
  }
  return first - 1;
}

/** `…, Jim Cantrell, Vector Space Systems CEO and a founding member of SpaceX, told NBC News`: an appositive, then the verb. */
function verbAfterAppositive(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < tokens.length && k <= last + 20; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'quote' || /^[.;:!?]$/.test(t.text)) return false;
    if (t.text === ',') return isVerb(tokens[k + 1]);
  }
  return false;
}

/** Whether the name at `first` is the object of a preposition other than "by" and "according to", or compared ("than Mr. Perot did");
 * not a title's place before the name ("the U.S. ambassador to Iraq Zalmay Khalilzad warned", a run that takes in the place). */
function isPrepositionObject(tokens: readonly Token[], first: number): boolean {
  const word = tokens[first - 1]?.text.toLowerCase() ?? '';
  if (word === 'than') return true;
  // "On Thursday Sen. Lindsey Marsh called": the preposition governs the date the run opens with, not the name.
  if (isNotName(tokens[first]?.text ?? '')) return false;
  if (word === 'by' || !OBJECT_PREPOSITIONS.has(word) || (word === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according')) return false;
  return !(lexicons().countries.has(tokens[first]?.text ?? '') && isTitleWord(tokens[first - 2]?.text ?? ''));
}

/** Whether the name from `first` to `last` is its clause's subject: a verb after it, the sentence's start, or only roles before it. */
export function isSubject(tokens: readonly Token[], first: number, last: number): boolean {
  // "Sen. Lindsey Graham (R-SC) called": a short parenthesis after the name stands between it and its verb.
  const close = bracketClose(tokens, last + 1);
  const nextAt = close > 0 ? close + 1 : last + 1;
  const next = tokens[nextAt];
  // "a victim of Epstein’s alleged ring": a name in the possessive qualifies a noun, and the verb after it is not its own. At the
  // sentence's start it is the subject's owner ("Palin’s posts include …"), whom a "she" goes on with; "Christie's been" is "has".
  const contracted = /^(been|got|gotten|going|not|never|done)$/.test(next?.text ?? '') || /ing$/.test(next?.text ?? '');
  if (first > 0 && /['’]s?$/.test(tokens[last]?.text ?? '') && !contracted) return false;
  const prev = tokens[first - 1];
  // "the reaction to Trump has been rejection": after a preposition the verb is its head noun's ("according to" and a passive's "by" aside).
  const ownVerb = !isPrepositionObject(tokens, first);
  if (ownVerb && next && next.kind === 'word' && (AUXILIARY.test(next.text) || isVerb(next))) return true;
  // "… helped City win and Keegan sympathised with …": after a conjunction, a name with a past tense after it opens a clause.
  if (ownVerb && /^(and|but|while|whilst)$/.test(prev?.text ?? '') && next?.kind === 'word' && isPastForm(next.text)) return true;
  // "When Mr. Trump tried to defend …, Mr. Kasich differed": after a fronted clause's comma, a name with a past tense (an adverb between) is the main subject.
  const verbAfter = next?.text.endsWith('ly') ? tokens[nextAt + 1] : next;
  if (ownVerb && prev?.text === ',' && FRONTED.test(tokens[0]?.text ?? '') && verbAfter?.kind === 'word' && isPastForm(verbAfter.text)) return true;
  if (first === 0 || !prev) return true;
  // `"…," said Jeffery Hemsley`, `…, noted NBC’s Dante Chinni`: the subject after its reporting verb, the verb right after the
  // quotation or a comma. Only verbs that take no person as object ("…, telling Trump", "…, mocked Rubio" name the object).
  // "…," admitted the 28-year-old Morientes: an article and its lower-case modifiers may stand between the verb and the name, when
  // the name ends the phrase ("said the Trump campaign has …" names a campaign).
  const ends = !(next?.kind === 'word' && /^\p{Ll}/u.test(next.text));
  const verb = /^\p{Lu}.*['’]s$/u.test(prev.text) ? first - 2 : ends ? modifiedAfter(tokens, first) : first - 1;
  if (INVERTED.test(tokens[verb]?.text ?? '') && /^[,"“”'‘’]$/.test(tokens[verb - 1]?.text ?? '')) return true;
  // "was delivered by Kansas Governor Ann Reyes": the agent of a passive is the one who acts, the subject a "she" goes on with.
  const participle = tokens[first - 2]?.text ?? '';
  const passive = /ed$|en$/.test(participle) || lexicons().irregularPast.has(participle);
  // Not in a clause under another subject: "he could not explain why it was mentioned by Ivanka Trump".
  const embedded = tokens.slice(0, first).some((t) => /^(why|how|what|whether|that|which|who|whom|when|where|if|because)$/i.test(t.text));
  if (prev.text === 'by' && passive && BE.test(tokens[first - 3]?.text ?? '') && !embedded) return true;
  // "according to X" names the source of what follows.
  if (prev.text.toLowerCase() === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according') return true;
  // "Conservative party leader Michael Howard, …": only role words stand before the name.
  // "And Clinton campaign Chairman John Podesta": a conjunction opening the sentence joins it to the one before.
  const lead = tokens.slice(/^(And|But)$/.test(tokens[0]?.text ?? '') ? 1 : 0, first);
  if (
    lead.length <= 6 &&
    lead.every(
      (t, i) =>
        t.kind === 'word' &&
        !isVerb(t) &&
        // "Murphy’s campaign is tying the House bill": a copula before the name opens the predicate ("Was Szlachta satisfied" asks).
        !(BE.test(t.text) && i > 0) &&
        !OBJECT_PREPOSITIONS.has(t.text.toLowerCase()) &&
        !/^(in|at|as|after|when|whil(?:e|st)|but|and|like|unlike)$/i.test(t.text) &&
        // "She will now meet Venus Williams": a subject pronoun or a modal before the name leaves it the object.
        !/^(he|she|they|we|i|you|it|will|would|can|could|may|might|must|should|shall|do|does|did)$/.test(t.text) &&
        // "Greg Combet welcomed Mr Beazley's proposal": a past tense before the name makes it the object.
        !(!isCapitalised(t.text) && (/ed$/.test(t.text) || lexicons().irregularPast.has(t.text))),
    )
  )
    return true;
  // ", Rep. Teodoro Casiño, also of Bayan Muna, said": a name set off by commas early in the sentence. "Repeating from his
  // much-praised speech at the convention last week, Biden rubbished …": after a fronted phrase, however long, that the
  // sentence opens with a participle or a preposition and closes with its first comma.
  const fronted =
    /^(\p{Lu}\p{Ll}+ing|In|At|After|Before|During|Since|Despite|Following|From|With|Without|Unlike|Like)$/u.test(tokens[0]?.text ?? '') &&
    !tokens.slice(0, first - 1).some((t) => t.text === ',');
  if (
    prev.kind === 'punct' &&
    prev.text === ',' &&
    (first < 12 || fronted) &&
    next &&
    ((next.kind === 'word' && !isCapitalised(next.text)) || next.text === ',')
  )
    return true;
  // "The incident shows …, Jim Cantrell, a founding member of SpaceX, told NBC News": later in the sentence, set off by
  // commas before its reporting verb.
  return prev.text === ',' && verbAfterAppositive(tokens, last);
}
