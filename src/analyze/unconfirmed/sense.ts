// Sense checks: a cue word counts only in the sense that leaves a claim open ("appears to", not "appears in print").
import { isPossessiveObject } from './possessive-object.js';
import type { UnconfirmedCheck } from '../../lexicon.js';
import type { CueMatch } from './cues.js';
import { unnamedSource } from './group-source.js';
import { personReports } from './person-report.js';
import { isOutletPhrase, outletClause, press, REPORT_END } from './press-sense.js';
import { reportsClauseBefore } from './trailing-report.js';
import { isVerbForm } from './verb-form.js';
import { isMightNoun } from './might-noun.js';
import { isDirective } from './directive-sense.js';

/** Words that make the next word a noun: "the contests", "an insurance claim", "employment disputes", "many disputes", "their likely nominee". */
const DETERMINER =
  /\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|any|every|each|all|many|several|numerous|other|of|as|border|trade|labou?r|employment|industrial|commercial|contract|land|custody|boundary|maritime|wage|wrongful|insurance|legal|asylum|compensation|damages?|benefits?|pension|expenses?|injury|refund|disability|unemployment|jobless|welfare|patent|territorial|\d[\d,]*|[a-z]+ing|(?!(?:it|that|there|what|here|he|she|who|where|this|everything|nothing|something)['’]s)[a-z]+['’]s)\s+$/i;

/** What may open the clause a claim verb introduces: "claims that", "contends the", "suggested she". */
const CLAUSE_START = /^\s*(?:that|the|he|she|they|we|it|i|you|his|her|their|its|this|these|those|there|all|[A-Z][\w’'-]*)\b/;

/** The few words right before a match, back to the last punctuation: the noun phrase a role noun heads; `opens` when they start the text. */
function phraseBefore(before: string): { words: string[]; opens: boolean } {
  const cut = Math.max(...[',', ';', ':', '—', '–', '“', '”', '"', '(', ')'].map((c) => before.lastIndexOf(c)));
  const all = before
    .slice(cut + 1)
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  return { words: all.slice(-3), opens: cut < 0 && all.length <= 3 };
}

/** A public body's name, its "of …" included, right before the verb: "the Department of Social Services", "the Census Bureau". */
const OFFICIAL_REPORTER =
  /\b(?:Department|Ministry|Bureau|Committee|Commission|Office|Administration|Authority|Board|Court|Institute|Cent(?:er|re)|Services|Agency|Council)(?:\s+(?:of|for|on)\s+[^,.;"“]{1,60})?\s+(?:also\s+|has\s+|had\s+|later\s+)?$/;

/** "…, the Daily Caller reports." — a capitalised outlet ends the clause before the verb, and nothing but punctuation or "that" follows. */
function outlet(before: string, after: string): boolean {
  const words = phraseBefore(before).words.filter((w) => !/^the$/i.test(w));
  if (!isOutletPhrase(words)) return false;
  return REPORT_END.test(after) || (outletClause(words, after) && !RESULTS.test(after));
}

function passesCheck(check: UnconfirmedCheck, m: CueMatch, text: string): boolean {
  const before = text.slice(0, m.at);
  const after = text.slice(m.end);
  switch (check) {
    case 'clause':
      // "suggested she try the keyboard case": a bare verb after "he" or "she" recommends; it claims nothing.
      if (
        /^suggest/i.test(m.match) &&
        /^\s*(?:that\s+)?(?:he|she)\s+(?!was|had|could|would|might|may|will|should|did|can|must|is|has|does)[a-z]+(?<![sd])\b/i.test(after)
      )
        return false;
      return CLAUSE_START.test(after) || reportsClauseBefore(before, after);
    case 'verb': {
      // "the claim that …" counts; after a determiner "that" and a verb open a relative clause ("many disputes that had divided them").
      const relative = DETERMINER.test(before) && /^\s+that\s+(?:had|have|has|was|were|is|are)\b/i.test(after);
      if (/^\s+(?:that|to have|to be)\b/i.test(after) && !relative) return true;
      // "a claim made by Vines in 2005 that …": the claimant named between the noun and its content.
      if (/^claims?$/i.test(m.match) && /^\s+(?:\w+\s+)?by\s+[^;:]{1,80}?\bthat\s/i.test(after)) return true;
      // "has been accused of bullying", "the man accused of arson": a reported allegation; "would not be accused of" imagines one.
      if (/^accused$/i.test(m.match) && /^\s+of\b/i.test(after))
        return !/\b(?:be|(?:would|could|might|may|should|will)(?:\s+not)?\s+have\s+been)\s+(?:\w+ly\s+)?$/i.test(before);
      // "have claims in the area", "South China Sea claims", "refugee claims": a title to land or a status, not an assertion.
      if (
        /^claims?$/i.test(m.match) &&
        (/^\s+in\s+the\s+(?:area|region|sea|waters|islands)\b/i.test(after) || /\b(?:Sea|refugee|resettlement|sovereignty|excessive)\s+$/.test(before))
      )
        return false;
      const noun = !isVerbForm(m.match, before) && DETERMINER.test(before);
      return !noun && !/^\s+(?:responsibility|to the|of|is|are|was|were|over|between|with|about|based on)\b/i.test(after);
    }
    case 'unnamed': {
      // "not as toxic as most insiders believe": the group's view is the yardstick of a comparison, not a claim it makes.
      if (/\bas\s+\S+\s+as\s+(?:[^\s,;:]+\s+){1,3}$/i.test(before)) return false;
      const { words, opens } = phraseBefore(before);
      return unnamedSource(words, opens, m.match.split(/\s/)[0] ?? '');
    }
    case 'attributive':
      // "That likely won't be a reason": a verb after it makes "likely" an adverb, whatever stands before.
      if (/^\s+(?:won['’]t|will|would(?:n['’]t)?|is(?:n['’]t)?|was(?:n['’]t)?|has|had|can(?:['’]t)?|could|did(?:n['’]t)?|does(?:n['’]t)?)\b/i.test(after))
        return true;
      // "It is likely Trump will win": after "it is", a capital opens the clause, not a noun the adjective describes ("likely Democratic voters").
      return !DETERMINER.test(before) && (!/^\s+[A-Z]/.test(after) || /\bit(?:['’]s|\s+(?:is|was))\s+$/i.test(before)) && !/\b(?:more|less)\s+$/i.test(before);
    case 'outlet':
      return m.match === m.match.toLowerCase() && outlet(before, after) && !OFFICIAL_REPORTER.test(before);
    case 'press':
      return press(m.match, before, after);
    case 'media':
      // "the Department of Social Services reported that …": a public body's own figures, on the record.
      return !OFFICIAL_REPORTER.test(before);
    case 'modal':
      // "may seem like a stretch" concedes how a thing strikes someone; "American might and …": with no verb after it, "might" is a noun.
      if (/^(?:may|might)\s+(?:seem|sound|look|and|or|but|nor|the|a|an|is|was|are|were)$/i.test(m.match)) return false;
      // "might want to reconsider its methods", "may want to check": advice given, no claim left open.
      if (/^(?:may|might)\s+want$/i.test(m.match) && /^\s+to\s+(?:reconsider|consider|rethink|think|check|try|look|avail|ask|keep|be|avoid)\b/i.test(after))
        return false;
      // "May God protect our troops", "… and may they rest in peace": "may" before its subject wishes; it hedges nothing.
      return (
        !(/^may\s+(?:the|he|she|they|we|you|it|his|her|their|our|your|its)$/i.test(m.match) || /^[Mm]ay\s+\p{Lu}/u.test(m.match)) ||
        !/(?:^|[.!?;:,"“‘(—–]|\band)\s*$/i.test(before)
      );
    case 'content':
      // "stopped pundits from speculating.", "it is all speculation and …": talk that ends there names no claim; "speculation that …" does.
      return !/^\s*(?:[.,;:!?'’"”)]|and\b|$)/.test(after) || /\bas\s+(?:\S+\s+){0,3}$/i.test(before);
    default:
      throw new Error(`unconfirmed: unknown sense check "${String(check)}"`);
  }
}

/** "Claim the title", "damage claims would be", "claimed their first title": winning or an insurance claim, not an assertion ("claims its cuts would …" is one). */
const CLAIM_NOT_MADE =
  /^\s+(?:credit|a (?:share|seat|place)|the (?:title|seat|crown|lead|prize|lives?)|(?:\S+\s+){0,2}(?:lives|jobs)|asylum|benefits?|compensation|damages|refugee status|(?:their|his|its)(?!(?:\s+[\w’'-]+){1,4}\s+(?:would|will|is|are|was|were|has|have|had|could)\b)|would|will|is|are|was|were|has|have|had|for|against)\b/i;

/** What one claims or asserts by taking it, not by saying it: a share of votes, victory, delegates, residency, roots, a right. */
const CLAIM_TAKEN =
  /^\s+(?:(?:nearly|about|almost|more than|over)\s+)?\d[\d,.]*\s*(?:percent|%)|^\s+(?:(?:a|an|the|their|his|her|its|some)\s+)?(?:(?!that\b|this\b|it\b)[\w-]+\s+){0,3}(?:nomination|majority|seats?|states|territory|residency|tax breaks|losses|loss of|roots|ties|allegiance|same|advantage|control|ownership|spot|mantle|throne|gold|medal|championship|right to|rights|moral victory|momentum|bona fides|authority|independence)\b/i;

/** "Denied his chance", "were denied two tries", "denied under the embargo": deny as refuse, not as disputing a claim. */
function refusal(before: string, after: string): boolean {
  if (/\b(?:be|been|being|was|were|is|are|get|got)\s+(?:\p{L}+ly\s+|twice\s+|once\s+|again\s+|also\s+)?$/iu.test(before) && !/^\s+by\b/i.test(after))
    return true;
  if (/^\s+(?:under|to|access|entry)\b/i.test(after)) return true;
  // "The UN denied all petitions for access": a request turned down.
  if (
    /^\s+(?:(?:all|any|the|a|an|his|her|their|its|our|several|two|three)\s+)?(?:petitions?|requests?|applications?|appeals?|permission|bail|visas?|licen[cs]es?|permits?|parole|loans?|credit|coverage|funding|insurance|service|benefits?|(?:class-action\s+|legal\s+|refugee\s+|tax-exempt\s+)?status|certification|tenure|citizenship|asylum)\b/i.test(
      after,
    )
  )
    return true;
  // "Denied me and my three sons": a person refused; "denied it" stays a denial.
  if (/^\s+(?:him|them|us|me)\b/.test(after)) return true;
  // "denied Nega the seat", "denied his party the victory": someone refused something.
  return /^\s+(?:[A-Z][\w’'-]*|him|her|them|us|me|(?:his|her|their|its|our)\s+\p{Ll}+)\s+(?:the|a|an|his|her|their|its|any|two|three|entry|access)\b/u.test(
    after,
  );
}

/** What a company reports as its results: "net profit", "quarterly earnings", "a loss", "a 19% increase in profits", "14 million hits", "spending $1 million". */
const RESULTS =
  /^\s+(?:(?:a|an|its|their)\s+)?(?:(?:net|quarterly|annual|record|(?:first|second|third|fourth)-quarter)\s+)?(?:profits?|loss(?:es)?|revenues?|earnings|sales|results|income|surplus|deficit|growth|spending)\b|^\s+(?:a\s+)?(?:(?:approximately|about|nearly|almost|more than|over|some)\s+)?[$£€]?\d/i;

/** An appositive that names an outlet, not a person: "The Times, a British newspaper, reported …". */
const OUTLET_WORD =
  /\b(?:newspaper|magazine|channel|network|agency|broadcaster|daily|station|website|site|outlet|paper|tabloid|wire)\b[^,]*,\s+(?:has\s+|had\s+)?$/i;

/** Concessive "whatever the case may be" and "wherever they may occur" are not hedges. */
const CONCESSIVE = /\b(?:whatever|wherever|whoever|whichever|however)\b[^,;]*$/i;

/** Tells whether a cue match is in the sense that leaves a claim open. */
export function inSense(m: CueMatch, text: string): boolean {
  if (m.cue.check && !passesCheck(m.cue.check, m, text)) return false;
  const word = m.match.toLowerCase();
  if (word.startsWith('might') && isMightNoun(m, text, DETERMINER.test(text.slice(0, m.at)))) return false;
  // "You might recall", "we may say", "some may say": a rhetorical turn addressed to the reader or a concession, not a hedge.
  if (
    /^(?:may|might) (?:recall|remember|say|think|ask|wonder|notice|know|imagine|guess|argue)$/.test(word) &&
    /\b(?:you|we|one|some|somebody|someone|others)\s+$/i.test(text.slice(0, m.at))
  )
    return false;
  if (/^(?:may|might)\b/.test(word) && CONCESSIVE.test(text.slice(0, m.at))) return false;
  // "Delayed so that disputes might be solved": a purpose clause states an aim, not a claim that may hold.
  if (/^(?:may|might)\b/.test(word) && /\b(?:so|in order) that\s+(?:[\w’'-]+\s+){1,3}$/i.test(text.slice(0, m.at))) return false;
  // "The session may be accessed at the website", "Tickets may be bought at the door": where a thing is to be had, not a hedge.
  if (/^(?:may|might) be\s+(?:accessed|viewed|downloaded|obtained|purchased|ordered|bought|booked|streamed)\b/i.test(text.slice(m.at))) return false;
  // "You may view other articles at …": permission given to the reader, not a hedge.
  if (/^may\b/.test(word) && /\byou\s+(?:also\s+)?$/i.test(text.slice(0, m.at))) return false;
  // "It's possible to be kind and tough": what can be done, not a claim that may hold.
  if (word.endsWith('possible') && /^\s+to\b/i.test(text.slice(m.end))) return false;
  // A sentence-opening "Apparently, …" is an aside or sarcasm more often than a hedge of the claim.
  if (word === 'apparently' && /^\W*$/.test(text.slice(0, m.at))) return false;
  if (word.startsWith('den') && refusal(text.slice(0, m.at), text.slice(m.end))) return false;
  // "the Holocaust-denying bishop": a compound that describes someone, not a claim disputed here.
  if (text.charAt(m.at - 1) === '-') return false;
  // "has reported net profit of $2 billion": a company's results, not a report left unconfirmed.
  // "Pursue criminal charges that …": charges a court hears, not an accusation someone voices here.
  if (/^charge/.test(word) && /\b(?:criminal|federal|formal|no|any)\s+$/i.test(text.slice(0, m.at))) return false;
  const reports = /^(?:has |the )?report(?:s|ed)?(?: that)?$/.test(word);
  if (reports && !/that$/.test(word) && RESULTS.test(text.slice(m.end))) return false;
  if (reports && personReports(text.slice(0, m.at)) && !OUTLET_WORD.test(text.slice(0, m.at))) return false;
  // "According to the report": the document the article names, on record; "according to the people's wishes" cites no source.
  if (/^according to /.test(word) && (/ the report$/.test(word) || /^[’']s\b/.test(text.slice(m.end)))) return false;
  if (word.startsWith('claim') && CLAIM_NOT_MADE.test(text.slice(m.end))) return false;
  if (isDirective(m, text)) return false;
  if (/^(?:claim|assert)(?:s|ed|ing)?$/.test(word) && (CLAIM_TAKEN.test(text.slice(m.end)) || isPossessiveObject(text.slice(m.end)))) return false;
  // "Claimed a victory in the primary" reports a win; "already claiming victory" before the results are in stays open.
  if (word === 'claimed' && /^\s+(?:an?\s+)?(?:\w+\s+)?victor(?:y|ies)\b/i.test(text.slice(m.end))) return false;
  // "Claim the bird, or any version of it, as their own", "a right to claim it": to claim ownership, not to assert a fact.
  if (word.startsWith('claim') && /^[^.;]{0,80}?\bas\s+(?:their|his|her|its|our|my|your|the)\s+own\b/i.test(text.slice(m.end))) return false;
  if (/^claim$/.test(word) && /\bright\s+to\s+$/i.test(text.slice(0, m.at))) return false;
  // "I believe that …" in someone's mouth is plainly their opinion, not a claim left open.
  if (word.startsWith('believ') && /\b(?:i|we)\s+(?:do(?:n[’']t|\s+not)\s+)?$/i.test(text.slice(0, m.at))) return false;
  // "Refused to say that Sanders was qualified" withholds an endorsement, not a fact.
  if (m.cue.kind === 'gap' && /\bsay$/i.test(word) && /^[^,.;]{0,80}?\bthat\b/i.test(text.slice(m.end))) return false;
  return true;
}
