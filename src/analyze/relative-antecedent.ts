// "Israel, which has long accused Hezbollah of …", "Shimon Peres, who criticized the meeting": a worry voiced in a relative clause
// set off by a comma is its antecedent's, not the main clause's subject's (who may be the one criticised).
import { isVerb } from './phrase-words.js';
import { phraseBefore } from './phrases.js';
import type { Token } from './tokens.js';

/** Verbs that voice a worry as a relative clause's own verb. */
const VOICES =
  /^(fears?|feared|worr(y|ies|ied)|warns?|warned|cautioned|threatens?|threatened|criticis(es|ed)|criticiz(es|ed)|condemns?|condemned|denounc(es|ed)|deplored|accus(es|ed)|lament(s|ed)|bemoan(s|ed)|decried|voiced|raised|expressed)$/i;
/** What may stand between the relative pronoun and its verb: an auxiliary or an adverb ("who has long", "which had repeatedly"). */
const BETWEEN = /^(has|have|had|also|long|since|often|once|previously|recently|\p{Ll}+ly)$/u;
/** Nouns a voicing verb voices ("which has voiced concerns"), with a modifier or two before them. */
const WORRY_NOUN = /^(concerns?|fears?|worries|alarm|doubts|objections|misgivings)$/i;

/** The antecedent phrase of ", who/which … <cue>" when the cue is the relative clause's verb of worry (or its voiced noun), else null. */
export function relativeAntecedent(tokens: readonly Token[], cue: number): Token[] | null {
  let verb = cue;
  // "which has voiced serious concerns": the noun's voicing verb, up to two modifiers before it.
  if (WORRY_NOUN.test(tokens[cue]?.text ?? '')) {
    verb = cue - 1;
    while (verb > cue - 3 && verb > 0 && tokens[verb]?.kind === 'word' && !VOICES.test(tokens[verb]?.text ?? '') && !isVerb(tokens[verb])) verb--;
    if (!/^(voiced|raised|expressed)$/i.test(tokens[verb]?.text ?? '')) return null;
  }
  if (!VOICES.test(tokens[verb]?.text ?? '')) return null;
  let at = verb - 1;
  while (at > 0 && at > verb - 4 && BETWEEN.test(tokens[at]?.text ?? '')) at--;
  if (!/^(who|which)$/i.test(tokens[at]?.text ?? '') || tokens[at - 1]?.text !== ',') return null;
  // "concerns among intelligence experts": the noun's own phrase names who holds it.
  if (/^(among|from)$/i.test(tokens[cue + 1]?.text ?? '')) return null;
  // "The mayor met the planners, who …": the phrase from its last article on, past a verb the phrase reader does not know.
  const phrase = phraseBefore(tokens, at - 1);
  let article = phrase.length - 1;
  while (article > 0 && !/^(the|a|an)$/i.test(phrase[article]?.text ?? '')) article--;
  // "Matt Duss, the president of the Foundation …, who": the clause may be the person's or the body's.
  const head = phrase.slice(article);
  return head[0] && tokens[tokens.indexOf(head[0]) - 1]?.text !== 'of' ? head : null;
}
