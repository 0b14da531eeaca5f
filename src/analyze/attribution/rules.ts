// The attribution rules in the order they are tried: the first text rule that finds a phrase decides;
// context rules credit what the text rules leave without a speaker.
import { accordingTo } from './according-to.js';
import { afterVerb } from './after-verb.js';
import { beforeColon } from './before-colon.js';
import { asPut } from './as-put.js';
import { beforeVerb } from './before-verb.js';
import { capitalVerb } from './capital-verb.js';
import { clauseSubject } from './clause-subject.js';
import { continued, introduced, leadSubject, previousSubject } from './carried.js';
import { run } from './run.js';
import { pronounRun } from './pronoun-run.js';
import { saidBefore } from './said-before.js';
import { dashCredit, dashLine } from './dash-credit.js';
import { excerpt } from './excerpt.js';
import { label } from './label.js';
import { nameAfter } from './name-after.js';
import { frontedParticipleRule } from './fronted-participle.js';
import { infinitive } from './infinitive.js';
import { participle } from './participle.js';
import { quotedAs } from './quoted-as.js';
import { quoting } from './quoting.js';
import { reactionOf } from './reaction-of.js';
import { passage } from './passage.js';
import { resumed } from './resumed.js';
import type { AttributionRule } from './rule.js';
import { sentenceSubject } from './sentence-subject.js';
import { sentenceVerb } from './sentence-verb.js';
import { speechBefore } from './speech-before.js';
import { speechNounThat } from './speech-noun-that.js';
import { writtenBy } from './written-by.js';
import { itBody } from './it-body.js';
import { wordsOf } from './words-of.js';

export function defaultRules(): AttributionRule[] {
  return [
    dashCredit,
    frontedParticipleRule,
    quotedAs,
    quoting,
    wordsOf,
    afterVerb,
    writtenBy,
    participle,
    infinitive,
    speechNounThat,
    beforeVerb,
    beforeColon,
    accordingTo,
    reactionOf,
    sentenceVerb,
    asPut,
    sentenceSubject,
    clauseSubject,
    capitalVerb,
    dashLine,
    nameAfter,
    label,
    itBody,
    continued,
    introduced,
    resumed,
    run,
    pronounRun,
    leadSubject,
    saidBefore,
    previousSubject,
    speechBefore,
    passage,
    excerpt,
  ];
}
