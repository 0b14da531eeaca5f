// Scope: the claim a cue leaves open — the clause it governs, in a short readable form.
import { fromCoordinatedCue } from './coordinated-cue.js';
import { fromPronounConjunct } from './pronoun-conjunct.js';
import { closeOpenQuote } from '../close-quote.js';
import { accusedRelative } from './accused-relative.js';
import { endBeforeDash } from './claim-dash.js';
import { type ClaimSpan, madeUp, spanAt, tidy } from './claim-span.js';
import { balanced, commentedMatter, dangles, endBeforeClosingSay, endBeforeNextPoint, gapSubject } from './claim-ends.js';
import { PARTICIPLE, THAT_AFTER_NOUN, coSourcedClaim, openClaim, opensClaim, ownerBefore, reportingNoun } from './claim-opening.js';
import { ownClause } from './opening-clause.js';
import type { CueMatch } from './cues.js';
import { beliefClaim } from './group-belief.js';
import { acrossInsert } from './relative-insert.js';
import { acrossRelative } from './relative-subject.js';
import { toldLength } from './told-object.js';
import { claimBeforeVerb } from './trailing-report.js';
import { allMatches } from '../../all-matches.js';
import { acrossAccording, withoutAside } from './claim-aside.js';
import { withLostSubject } from './lost-subject.js';
import { claimTo } from './claim-to.js';
import { claimBeforeClosingCue } from './cue-only-claim.js';
import { maskPhraseCommas } from '../adjective-comma.js';

/** Reporting words after which the reported clause begins ("said Russia has …", "claims that …", `reported, "…"` to the end). */
const REPORTING =
  /\b(?:said|says|say|be(?:en|ing)? told(?=\s+\d)|told (?!\d)\w+|tells? (?!\d)\w+(?=(?:\s+[\w.’'-]+){0,3}\s+that\s)|reported(?! to)|reports|claims?|claimed|alleges?|alleged|contends?|contended|asserts?|asserted|suggest(?:s|ed)?|insist(?:s|ed)?|maintains|maintained|maintain(?=\s+that\b)|argues|argued|believes?|believed|denies|denied|estimated|suspect(?:s|ed)?|(?:conced(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|not(?:es|ed)|warn(?:s|ed)|predict(?:s|ed)|wr(?:ote|ites)|stated|explain(?:s|ed)|add(?:s|ed)|signal(?:s|ed|led)|hint(?:s|ed))(?=\s+that\s))(?:(?<![”"][^“”"]*)[,:]\s*(?=[“"][^”"]*[”"]?[\s.!?]*$)|\s+)(?:(?:on\s+)?(?:\w+day|today|yesterday|earlier|later|privately|publicly)\s+)?(?:(?:this|last|next)\s+(?:week|month|year)\s+)?(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|e-?mail|letter|memo|release|briefing|post|tweet|note|call)(?:\s+(?:e-?mailed|sent|released|posted|issued|given)\s+to\s+(?:[\w.’'-]+\s+){1,4}?)?\s*(?=that\b)|(?:through|via|on|over)\s+(?:[\w.’'-]+\s+){1,3}?(?=that\b))?(?:that\s+)?/gi;

/** Where one clause ends and the next begins: a semicolon, a spaced dash, a quote mark, or a comma before a new clause or an attribution. */
const BOUNDARY =
  /;\s*|\s[—–]\s|,[”"]?\s+(?=(?:which|who|according to|an? (?:claim|report|assertion|allegation|charge|accusation|suggestion|contention|account)|but|although|though|whil(?:e|st)|as|since|because|and|said|says|wrote|(?:reports|reported|writes)(?= (?:the )?[A-Z])|[\w’'.-]+(?:\s[\w’'.-]+){0,4}\s(?:said|says|told|reported|reports|added|wrote|writes))\b)/gi;

/** A clause that only attributes: "according to a Democratic aide", "officials said", "an official said Tuesday, casting it as …",
 *  "he said, on condition of anonymity to speak freely". */
const ATTRIBUTION_ONLY =
  /^(?:according to .+|(?:reports|reported|writes|wrote) (?:the )?(?:[\w’'.&-]+\s+){0,3}[\w’'.&-]+\W*$|(?:said|says|added|told \w+)\s.+|(?:[\w’'.-]+\s+){0,6}(?:said|says|say|reported|reports|told [\w ’'&-]+|added)(?:\s+(?:on|last|this|late|early)\s+\w+|\s+\w+)?(?:,\s+(?:\w+ing\b|(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\b).*)?)\W*$/i;

const WH_GAP =
  /\b(?:unclear|not (?:(?:yet|entirely|quite|completely|immediately|fully|exactly|totally|really) )?clear|far from (?:certain|clear|sure)|unknown|not (?:publicly |yet |immediately )?known|uncertain|unsure|not (?:entirely |quite |completely |totally |really )?(?:sure|certain)|(?:did not|didn[’']t|do not|don[’']t|does not|doesn[’']t) know|(?:no one|no-one|nobody) (?:yet |really )?(?:knows|can say|can tell)|(?:hard|difficult|impossible) to (?:say|tell|know|predict|gauge|determine|assess|estimate|measure)|(?:did not|didn[’']t|would not|wouldn[’']t|declined to|refused to|could not|cannot|can[’']t|not in a position to) (?:say|discuss|comment on|elaborate|specify|explain|disclose|confirm|reveal|detail|determine)(?: on)?|(?:do|does|did) not (?:show|answer|indicate|establish|settle)|(?:could not|cannot|can[’']t|couldn[’']t) be (?:determined|confirmed|established|verified|learned|ascertained)(?: (?:on )?\w+day)?|question (?:is|remains)|(?:mixed|conflicting|contradictory) (?:signals|messages))(?:\s+(?:though|yet|still|now|exactly|just|on|about|as to))*\s+(whether|if|what|who|why|how|when|where|which|that)\s+(.+)$/i;

/** Gaps after their subject: "How many worked there cannot be determined", "Whether … is hard to say", "… remains to be seen". */
const TRAILING_GAP =
  /^(?:(?:could|can|cannot|could not|has not been|have not been|was not|were not|is not|are not|(?:wasn|weren|isn|aren)['’]t (?:yet |publicly |officially |immediately )?(?:disclosed|revealed|made public|announced)|hard|difficult|impossible|remains?)\b|not\b)/i;

/** Cues that qualify the phrase after them rather than report a clause. */
const ATTRIBUTIVE = /^(?:alleged(?:ly)?|suspected|purported(?:ly)?|apparent(?:ly)?|supposed(?:ly)?|reputed(?:ly)?)$/i;

/** What stands before an adjective that qualifies a noun ("the alleged rape", "into a suspected plot", "Curiel's alleged bias"), not after a subject whose verb it is ("they alleged …"). */
const QUALIFIES =
  /(?:^|\b(?:a|an|the|his|her|their|its|our|of|for|over|into|after|by|in|with|from|on|about|against|two|three|several|some|any|many|these|those|this|and|or)|[’']s|[(“",])\s*$/i;

type Clause = { start: number; text: string };

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of allMatches(maskPhraseCommas(text), BOUNDARY)) {
    // "(£1.7m; $2m)": a mark inside brackets ends no clause.
    const before = text.slice(0, m.index).replace(/^\W*\(/, '');
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    if (m.index > start) out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

/** A stated gap about a wh-question: "It is unclear what caused the fire" → "the cause of the fire". */
function gapClaim(clause: string): string | null {
  const m = WH_GAP.exec(clause);
  if (!m) return null;
  const [, wh = '', rest = ''] = m;
  // "It is not clear that it was used": the clause itself is what is in doubt.
  if (wh.toLowerCase() === 'that') return tidy(rest);
  const caused = /^caused\s+(.+)$/i.exec(tidy(rest));
  if (wh.toLowerCase() === 'what' && caused) return `the cause of ${caused[1]}`;
  // "Unclear when and how …": the second question word stays.
  const both = /^(?:and|or)\s+(?:whether|if|what|who|why|how|when|where|which)\b/i.test(rest) ? `${rest.split(/\s+/)[0]} ` : '';
  return `${wh.toLowerCase()} ${both}${tidy(rest)}`;
}

/** The reported clause after the last reporting word that starts before the cue ends (or the first after it, for a source named before its verb). */
function reportedClause(clause: Clause, cueEnd: number, lookAhead = false, cueStart?: number): ClaimSpan | null {
  let start = -1;
  for (const m of allMatches(clause.text, REPORTING)) {
    if (clause.start + m.index >= cueEnd && (start >= 0 || !lookAhead)) break;
    // "Is said to", "are believed to": the cue's own verb reports nothing; the clause it hedges keeps its subject.
    if (cueStart !== undefined && clause.start + m.index >= cueStart && clause.start + m.index < cueEnd) continue;
    // "a back-tax claim for …", "reports of gunfire", "The suspect may …": a noun opens no reported clause.
    if (reportingNoun(clause.text, m.index, m[0], cueEnd - clause.start)) continue;
    // "told the Sunday Times Mr Campbell would …": the object may run past the one word REPORTING takes.
    start = m.index + (/^(?:told|tells?)\s/i.test(m[0]) ? (toldLength(clause.text.slice(m.index)) ?? m[0].length) : m[0].length);
  }
  if (start < 0) return null;
  const rest = spanAt(clause.text.slice(start), clause.start + start);
  return rest.text.split(/\s+/).length >= 3 ? rest : null;
}

/** "said that …", "said it welcomed …", or "said Bolton would be …": a pronoun, or a subject of a few words then its verb. */
const SAID_CLAUSE =
  /^\s*(?:said|says|added|told \w+)\s+(?:that\s|(?=(?:it|he|she|they|we|I)\s+\w)|(?=(?:[\w’'.-]+\s+){1,4}(?:would|will|is|was|are|were|has|had|have|could|can|cannot|can[’']t|might|may|should|must|did|does|do)\b))/i;

/** Words that open no reported clause: "for sure", "at this time", "more", "anything". */
const NO_CLAUSE = /^(?:for|at|in|on|about|with|more|much|any|anything|too|yet|now)\b/i;

/** A sentence that opens with a quotation and then attributes it: "“…,” said a person close to the talks, who …". */
const OPENING_QUOTE = /^\s*[“"]([^”"]+?)[,.?!]?[”"]\s*,?\s+(?:said|says|added|told|according)\b/i;

/** The claim a cue leaves open; the sentence itself when no narrower clause is found, or when the clause found is a fragment. */
export function claimOf(m: CueMatch, text: string): string {
  const claim = acrossInsert(acrossRelative(narrowestClaim(m, text), m, text), text);
  const opened = withoutAside(openClaim(dangles(claim) ? tidy(text) || text : claim, m.match), text);
  const clause = ownClause(opened, text, m.at, m.match);
  const ended = balanced(endBeforeClosingSay(endBeforeDash(endBeforeNextPoint(clause, m.match, text), m.match)), text, m.at);
  const found = fromPronounConjunct(fromCoordinatedCue(withLostSubject(ended, text), m.match, text.slice(0, m.at)), m.match);
  return claimBeforeClosingCue(found, m.match, text.slice(0, m.at), text.slice(m.end));
}

function narrowestClaim(m: CueMatch, text: string): ClaimSpan {
  const whole = tidy(text) ? spanAt(text, 0) : madeUp(text);
  const quoted = OPENING_QUOTE.exec(text);
  // A cue with its own "that" clause after the attribution ("…, said X, who suggested that …") claims that clause.
  if (quoted && m.at >= quoted[0].length - 12 && !/\bthat$/i.test(m.match)) return madeUp(tidy(quoted[1] ?? text));
  const relative = /^accused$/i.test(m.match) ? accusedRelative(text, m.at, m.end) : null;
  if (relative) return madeUp(tidy(relative));
  const belief = beliefClaim(m, text) ?? coSourcedClaim(m.at, text);
  if (belief) return madeUp(tidy(belief));
  const closing = claimBeforeVerb(m.match, text.slice(0, m.at), text.slice(m.end)) ?? claimTo(m.match, text.slice(0, m.at), text.slice(m.end));
  if (closing) return madeUp(tidy(closing));
  const clauses = clausesOf(text);
  const at = clauses.findIndex((c) => m.at >= c.start && m.at < c.start + c.text.length);
  const clause = clauses[at];
  if (!clause) return whole;
  if (m.cue.kind === 'gap') {
    const wh = gapClaim(clause.text) ?? gapClaim(text.slice(clause.start)) ?? commentedMatter(m.match, text.slice(m.end));
    if (wh) return madeUp(wh);
    const subject = tidy(clause.text.slice(0, m.at - clause.start));
    // "The claims could not be verified": the subject is the claim; "could not yet assess the cost" has it after the verb.
    const active = /\b(?:assess|estimate|quantify)$/i.test(m.match) && !/^(?:hard|difficult|impossible)\b/i.test(m.match);
    const bare = TRAILING_GAP.test(m.match) && !active ? gapSubject(subject) : null;
    if (bare) return madeUp(bare);
    if (active) return tidy(text.slice(m.end)) ? spanAt(text.slice(m.end), m.end) : madeUp(subject);
  }
  // "An alleged rape of a woman by a driver", "suspected of being a bag man", "purportedly showing that …": the cue and what it qualifies.
  const after = text.slice(m.end);
  const adverb = /ly$/i.test(m.match);
  if (ATTRIBUTIVE.test(m.match) && /^\s+(?!that\b|to\b)[\w“"]/i.test(after) && (adverb ? PARTICIPLE.test(after) : QUALIFIES.test(text.slice(0, m.at)))) {
    // An adjective qualifies the noun phrase up to the next comma; an adverb before a participle ("purportedly showing …") its clause.
    const upToComma = /^[^,;:—–(]*/.exec(after)?.[0] ?? '';
    // "The alleged action is repugnant …": the noun phrase ends before its verb, unless a relative pronoun or "that" opens that verb's clause.
    const noun = /^.*?(?=\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b)/i.exec(upToComma)?.[0];
    const rest = adverb ? (clausesOf(after)[0]?.text ?? '') : noun && !/\b(?:that|which|who|whom)\b/i.test(noun) ? noun : upToComma;
    // Tidying strips a closing quote mark; one opened inside the phrase is closed again ('suspected of being a "bag man"').
    const phrase = closeOpenQuote(tidy(`${ownerBefore(text, m.at)}${m.match}${rest}`));
    if (phrase.split(/\s+/).length >= 2) return madeUp(phrase);
  }
  // "Suspected that …", "no credible evidence that …", "investigating whether …", "It would appear the …": the cue opens the claim.
  const opening =
    opensClaim(m.match, text.slice(m.end)) || (m.cue.kind === 'allegation' && /\b(?:whether|if)$/i.test(m.match))
      ? 0
      : (THAT_AFTER_NOUN.exec(text.slice(m.end))?.[0].length ?? -1);
  if (opening >= 0) {
    const from = m.end + opening + (/^\s*that\s+/i.exec(text.slice(m.end + opening))?.[0].length ?? 0);
    const first = clausesOf(text.slice(from))[0];
    if (first && tidy(first.text).split(/\s+/).length >= 3) return spanAt(first.text, from + first.start);
  }
  // The cue sits in an attribution after the claim: "…, according to a Democratic aide."
  // "…, said that the EU may cut off aid": a cue after the clause's reporting verb is in what is reported, not the attribution.
  // Only a source's cue ("said an official who asked not to be named") stands in "said …" without "that";
  // "said Bolton would be hobbled because of the allegations" reports a clause with its own verb.
  const source = m.cue.kind === 'anonymous-source' || m.cue.kind === 'unverified';
  const verb = (source ? /^\s*(?:said|says|added|told \w+)\s+that\s/i : SAID_CLAUSE).exec(clause.text);
  // "…, Law said, noting that donors feel … possibly going wrong": a cue inside the participle after the attribution is reported too.
  const tail = /,\s+(?!citing\b|quoting\b)\w+ing\b/.exec(clause.text);
  const inTail = tail !== null && m.at >= clause.start + tail.index;
  if (ATTRIBUTION_ONLY.test(clause.text.trim()) && at > 0 && !inTail && !(verb && m.at >= clause.start + verb[0].length)) {
    const before = tidy(text.slice(0, clause.start));
    const stretch = before ? spanAt(text.slice(0, clause.start), 0) : madeUp(before);
    const across = acrossAccording(before, clause.text, text.slice(clause.start + clause.text.length));
    if (across) return madeUp(tidy(across));
    const reported = reportedClause({ start: stretch.at, text: before }, clause.start);
    return reported ?? stretch;
  }
  // "…, although Israel disputes this", "a claim Moscow denies": the disputed claim is the clause before.
  if (m.cue.kind === 'disputed' && at > 0 && clause.text.trim().split(/\s+/).length <= 6) return madeUp(tidy(clauses[at - 1]?.text ?? text));
  // An unnamed source speaks later in the sentence: "An official, speaking on condition of anonymity, said that …".
  // Not from inside an opening quotation ("“… news reports …,” said the group"): what follows its close is the attribution.
  // "is said to", "was reported to", "Five explosions were reported" report the clause they sit in, subject and all.
  if (source && !/\b(?:(?:said|reported|rumou?red) to|(?:were|been) reported)$/i.test(m.match) && !(quoted && m.at < quoted[0].length)) {
    const later = reportedClause({ start: clause.start, text: text.slice(clause.start) }, m.end, true);
    const first = later && clausesOf(later.text)[0];
    if (later) return first ? spanAt(first.text, later.at + first.start) : later;
  }
  // A passive cue ("is said to", "are alleged to") hedges its own clause, subject and all.
  const passive = (m.cue.kind === 'hedged' && !/^suggest/i.test(m.match)) || /\b(?:to|(?:were|been) reported)$/i.test(m.match);
  const reported = reportedClause(clause, m.end, false, passive ? m.at : undefined);
  // "I can't say for sure at this time": what follows a gap's own verb is no clause.
  const own = tidy(clause.text) ? spanAt(clause.text, clause.start) : whole;
  if (m.cue.kind === 'gap' && reported && NO_CLAUSE.test(reported.text)) return own;
  return reported ?? own;
}
