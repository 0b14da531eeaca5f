// Why: "Rival Republican candidates have long criticized Mr. Trump for once holding liberal views", "Trump has raised questions
// about Obama's birthplace": criticism made in a contest that names no harm is the horse race GUIDELINE.md leaves out. A helper
// measured it on the gold (stop 97): 4 false concerns out on the labelled PolNeAR articles, none of the gold lost, dev unchanged.
import type { Predicate } from './predicates.js';

/** Verbs and nouns of criticism that name no harm by themselves ("condemn", "denounce", "attack" are left to their own checks). */
const WEAK_CRITICISM =
  /^(?:accus\w*|lash\w* out|question(?:s|ed)? whether|raised questions|called into question|critici[sz]\w*|critiques?|critiqued|hit(?:s|ting)? out at|t(?:ook|akes?|aking) aim at|blam\w*|complain\w*)$/i;
/** Words of an electoral contest in the sentence ("rally", "primary", "birth" and "eligibility" alone are as often a protest, a
 *  school, a child, a loan). */
const CONTEST =
  /\b(?:campaign|debates?|candidates?|candidacy|nominat\w*|nominee|primaries|caucus\w*|polls?|voters|(?:in)?eligib\w* (?:to (?:run|serve)|for (?:the )?(?:White House|presidency|office))|birthplace|birth certificate|front-?runner|delegates?|ballot|electab\w*)\b/i;
/** Harms no lexicon word names but the sentence may: guns, hate, hacking, a ban, assault. */
const NAMED_HARM = /\b(?:guns?|hate|hack(?:s|ed|ing|ers?)?|nuclear|climate|ban|assault\w*|grabb\w*|fascis\w*|sabotag\w*|bully\w*|disenfranchis\w*)\b/i;

/** Whether a criticism word, the sentence's only concern word (the caller checks), is a contest's criticism with no harm named. */
export const isContestCriticism = (text: string, p: Predicate): boolean => WEAK_CRITICISM.test(p.word) && CONTEST.test(text) && !NAMED_HARM.test(text);
