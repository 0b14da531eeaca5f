// "Israel, which has long accused Hezbollah of …", "Shimon Peres, who criticized the meeting": a worry voiced in a relative clause
// set off by a comma is its antecedent's, not the main clause's subject's (who may be the one criticised).
import { isTimeWord } from './holder-phrase.js';
import { isVerb } from './phrase-words.js';
import { phraseBefore } from './phrases.js';
import type { Token } from './tokens.js';
import { WORRY_NOUN, isWorryAdjective } from './worry-words.js';

/** Verbs that voice a worry as a relative clause's own verb. */
const VOICES =
  /^(fears?|feared|worr(y|ies|ied)|warns?|warned|cautioned|threatens?|threatened|criticis(es|ed)|criticiz(es|ed)|condemns?|condemned|denounc(es|ed)|deplored|accus(es|ed)|lament(s|ed)|bemoan(s|ed)|decried|voiced|raised|expressed)$/i;
/** What may stand between the relative pronoun and its verb: an auxiliary, an adverb or a time ("who has long", "who this week"). */
const BETWEEN = /^(has|have|had|also|long|since|often|once|previously|recently|this|last|week|month|year|\p{Ll}+ly)$/u;
const PREPOSITION = /^(for|to|with|by|from|at|on|in|about|against|among|like)$/i;
const BE_ADVERB = /^(is|are|was|were|been|also|so|very|deeply|increasingly|particularly|more|most|\p{Ll}+ly)$/u;

/** The antecedent phrase of ", who/which … <cue>" when the cue is the relative clause's verb of worry (or its voiced noun), else null. */
export function relativeAntecedent(tokens: readonly Token[], cue: number): Token[] | null {
  let verb = cue;
  // "which has voiced serious concerns": the noun's voicing verb, up to two modifiers before it.
  // "who fear …", "who still fear": right after the relative pronoun (past an adverb) "fear" is the clause's verb, not a noun.
  let back = cue - 1;
  while (back > 0 && back > cue - 3 && BETWEEN.test(tokens[back]?.text ?? '')) back--;
  if (WORRY_NOUN.test(tokens[cue]?.text ?? '') && !/^(who|which)$/i.test(tokens[back]?.text ?? '')) {
    verb = cue - 1;
    while (verb > cue - 3 && verb > 0 && tokens[verb]?.kind === 'word' && !VOICES.test(tokens[verb]?.text ?? '') && !isVerb(tokens[verb])) verb--;
    if (!/^(voiced|raised|expressed)$/i.test(tokens[verb]?.text ?? '')) return null;
  }
  // "who are deeply worried about": the copula before the word of worry stands for its verb.
  if (isWorryAdjective(tokens[verb]?.text)) {
    let be = verb - 1;
    while (be > verb - 4 && be > 0 && BE_ADVERB.test(tokens[be]?.text ?? '') && !/^(is|are|was|were|been)$/.test(tokens[be]?.text ?? '')) be--;
    if (!/^(is|are|was|were|been)$/.test(tokens[be]?.text ?? '')) return null;
    verb = be;
  } else if (!VOICES.test(tokens[verb]?.text ?? '')) return null;
  let at = verb - 1;
  while (at > 0 && at > verb - 4 && (BETWEEN.test(tokens[at]?.text ?? '') || isTimeWord(tokens[at]?.text ?? ''))) at--;
  if (!/^(who|which|that)$/i.test(tokens[at]?.text ?? '')) return null;
  // "activists who raised concerns", "businesses that warn": with no comma, only a plural noun in lower case names the group the clause picks out.
  if (tokens[at - 1]?.text !== ',' || tokens[at]?.text.toLowerCase() === 'that') return restrictiveGroup(tokens, at);
  // "concerns among intelligence experts": the noun's own phrase names who holds it.
  if (/^(among|from)$/i.test(tokens[cue + 1]?.text ?? '')) return null;
  // "The mayor met the planners, who …": the phrase from its last article on, past a verb the phrase reader does not know.
  const phrase = phraseBefore(tokens, at - 1);
  let article = phrase.length - 1;
  while (article > 0 && !/^(the|a|an)$/i.test(phrase[article]?.text ?? '')) article--;
  // "Matt Duss, the president of the Foundation …, who": the clause may be the person's or the body's.
  // "The ruling alarmed critics, who …": a past verb after the article opens the object, which is the antecedent.
  let acted = phrase.length - 1;
  while (acted > article && !/^\p{Ll}+ed$/u.test(phrase[acted]?.text ?? '')) acted--;
  const whole = phrase.slice(acted > article ? acted + 1 : article);
  // "an anomaly for Kaine, who criticized": a "who" is the person after the phrase's last preposition, not the thing before it
  // (a preposition inside a name, "the Foundation for Middle East Peace", is none).
  const prep =
    tokens[at]?.text.toLowerCase() === 'who'
      ? whole.reduce((k, t, i) => (i > 0 && PREPOSITION.test(t.text) && /^\p{Ll}/u.test(whole[i - 1]?.text ?? '') ? i : k), -1)
      : -1;
  const head = whole.slice(prep + 1);
  return head[0] && tokens[tokens.indexOf(head[0]) - 1]?.text !== 'of' ? head : null;
}

/** The plural common noun right before a restrictive "who" or "that" ("labor unions who feared", "businesses that warn"), else null. */
function restrictiveGroup(tokens: readonly Token[], who: number): Token[] | null {
  const noun = tokens[who - 1]?.text ?? '';
  if (!/^(who|that)$/i.test(tokens[who]?.text ?? '') || !/^\p{Ll}{3,}s$/u.test(noun) || /^(those|others|ones|us|thus)$/.test(noun)) return null;
  const phrase = phraseBefore(tokens, who);
  // Only the noun and the words that modify it: an article, a preposition or a verb opens another phrase ("a coalition of
  // labor unions", "uniting liberals").
  let from = phrase.length - 1;
  while (
    from > 0 &&
    phrase[from - 1]?.kind === 'word' &&
    !/^(the|a|an|of|to|with|for|and|or|by|from|on|in|at|many|some|most|all|among)$/i.test(phrase[from - 1]?.text ?? '') &&
    !/\p{Ll}{3}(ing|ed)$/u.test(phrase[from - 1]?.text ?? '')
  )
    from--;
  const head = phrase.slice(from);
  return head.length > 0 && head.length <= 3 ? head : null;
}
