// "Critics say …" voices a worry; "his critics", "received by critics", "vocal Trump critics" only name people.

/** Verbs whose subject "critics" voices something: say, argue, warn, fear, charge, accuse, call … */
const VERB =
  '(?:say|says|said|saying|argue|argues|argued|charge|charges|charged|warn|warns|warned|fear|fears|feared|worry|worries|worried|claim|claims|claimed|contend|contends|contended|call|calls|called|note|noted|point|pointed|accuse|accused|complain|complained|question|questioned|describe|described|see|saw|cite|cited|compare|compared|liken|likened|allege|alleged|insist|insisted|maintain|maintained|blame|blamed|decry|decried|denounce|denounced|condemn|condemned|assail|assailed|suggest|suggested|predict|predicted|object|objected|voice|voiced)';

/**
 * "critics" as the subject of such a verb, across "of the dam", "in both parties", ", however,", "have also", "quickly",
 * "have begun to".
 */
const VOICING = new RegExp(
  `^critics(?:\\s+(?:of|in|on|from|at|within|including|like|such as)\\b[^.;:!?"“”]{0,60}?)?(?:,[^,.;:]{1,40},)?(?:\\s+(?:have|has|had|also|often|long|quickly|now|still|already|repeatedly|\\p{L}+ly|(?:begun|began|begin|continue[sd]?) to))*\\s+${VERB}\\b`,
  'iu',
);

/** Whether "critics" at the start of `rest` is the subject of a verb that voices what they say. */
export const criticsVoice = (rest: string): boolean => VOICING.test(rest);
