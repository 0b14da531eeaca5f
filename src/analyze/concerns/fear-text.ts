// The fear a concern prints, as a reader sees it: the scope found with the cue, then each narrowing or repair in turn.
import { withoutDateline } from '../dateline.js';
import { withoutTweetCredit } from '../tweet-credit.js';
import { fearPastAdjunct } from './adjunct-fear.js';
import { accusedFear } from './accused-fear.js';
import { fearWithoutEdges } from './fear-edges.js';
import { gerundFear } from './gerund-fear.js';
import type { Predicate } from './predicates.js';
import { quotedFear } from './quoted-fear.js';
import { taggedFear } from './tagged-fear.js';
import { victimFear } from './victim-fear.js';
import { whoseFear } from './whose-fear.js';
import { openerFear } from './opener-fear.js';
import { copulaFear } from './copula-fear.js';
import { runOnFear } from './run-on-fear.js';
import { linkOpenerFear } from './link-opener-fear.js';
import { closedQuoteFear } from './closed-quote-fear.js';
import { relativeFear } from './relative-fear.js';
import { participleFear } from './participle-fear.js';
import { resultFear, sourceFear } from './source-fear.js';
import { subjectNounFear } from './subject-noun-fear.js';
import { postnominalFear } from './postnominal-fear.js';
import { riskFear } from './risk-fear.js';
import { reportedFear } from './reported-fear.js';

/** The fear for a concern cued by `cue` in `text`, from the scope `fear` the cue was found with. */
export function fearText(text: string, cue: Predicate, fear: string): string {
  const edged = fearPastAdjunct(text, cue.word, fearWithoutEdges(text, cue.word, gerundFear(text, cue, riskFear(text, cue, fear))));
  const fixed = victimFear(text, cue.word, accusedFear(text, cue.word, taggedFear(text, cue.word, quotedFear(text, cue.word, edged))));
  const framed = linkOpenerFear(runOnFear(text, cue.word, copulaFear(text, cue.word, whoseFear(text, cue.word, openerFear(text, cue, fixed)))));
  const sourced = resultFear(text, cue, sourceFear(text, cue, participleFear(text, cue, relativeFear(text, cue, closedQuoteFear(text, cue.word, framed)))));
  return withoutDateline(withoutTweetCredit(reportedFear(text, cue, postnominalFear(text, cue, subjectNounFear(text, cue, sourced)))));
}
