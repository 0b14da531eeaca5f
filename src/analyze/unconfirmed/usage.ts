// Usage checks: a cue in its hedging sense can still state no open claim — a question, an opinion, a proposal, a set phrase.
import { lexicons } from '../../lexicon.js';
import type { CueMatch } from './cues.js';
import { isCounterfactual } from './counterfactual.js';
import { grantsByRule } from './deontic.js';
import { describesKind } from './generic-who.js';
import { hedgesGenericYou } from './generic-you.js';
import { withholdsGrant } from './granted-object.js';
import { hedgesAdvice } from './hedged-advice.js';
import { inquiresNoDeed } from './inquiry-whether.js';
import { weighsOwnCourse } from './own-course.js';
import { inSetPhrase } from './set-phrases.js';
import { suggestsCourse } from './suggest-proposal.js';
import { suspicionWithoutContent } from './suspicion-content.js';

/** The cue sits in a question ("What seems to be the most effective?: We call voters."): it asks, it claims nothing. */
function inQuestion(m: CueMatch, text: string): boolean {
  // The question must close before a quotation, a colon or a bracket opens another clause.
  return /^[^.?!“”‘"():;]*\?/.test(text.slice(m.end));
}

/** What makes a believed or suggested clause a judgement or a proposal rather than a fact in doubt ("should", "is essential"). */
const JUDGEMENT =
  /\b(?:should|must|ought to|is needed|are needed|be allowed|deserves?|is (?:essential|important|critical|vital|crucial|necessary)|would be (?:good|better|best|wise|a mistake)|would do (?:better|well|best) to|had better)\b/i;

/** "Believes that American firms need to …": a need stated of the clause's own subject, in its first few words. */
const NEED = /^\s*(?:that\s+)?(?:[\w’'.-]+\s+){1,4}needs?\s+to\b/i;

/** The clause a believe/suggest cue introduces (up to the next stop, quotation or dash) judges or proposes. */
function judges(m: CueMatch, text: string): boolean {
  // "that Mr. Jäger … would do better to keep quiet": a title's full stop does not end the clause.
  const after = text.slice(m.end).replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|St)\./g, '$1 ');
  const clause = /^[^.;:!?“”"—–]*/.exec(after)?.[0] ?? '';
  return JUDGEMENT.test(clause) || NEED.test(clause);
}

/** "I firmly believe that …", "we libertarians believe that …": the speaker's own conviction. */
const FIRST_PERSON = /\b(?:i|we)\s+(?:[\w’'-]+\s+){0,2}$/i;

/** "Would never have believed that …", "Who would have believed …", "couldn't believe that …": surprise at what came true. */
const SURPRISE = /\b(?:(?:never|who would)\s+have|can(?:not|['’]t)|could(?:\s+not|n['’]t)|could\s+hardly|can\s+hardly)\s+$/i;

/** "Suggested that it be tracked": a subjunctive after suggest is a recommendation. */
const SUBJUNCTIVE =
  /^\s*(?:that\s+)?(?:(?:the|a|an|this|that|these|those|his|her|their|its|any|all|every|each)\s+)?(?:(?!(?:may|might|could|would|will|can|should|must|to|not|shall|is|are|was|were|has|have|had|it|there|and|or)\b)[\p{L}-]+\s+){1,3}(?:not\s+)?be\b/iu;

/**
 * "Suggested that she step down", "that Beijing resume buying": a bare verb after one subject, where a claim would say
 * "steps" or "resumed", is the subjunctive of a proposal too. After a name, only a verb with its object or particle
 * after it ("leave the race"), so that "suggests US men have" or "Washington officialdom might" read as the nouns they are.
 */
function bareVerbAfter(after: string): boolean {
  const m = /^\s*(?:that\s+)?(?:(he|she|it)|\p{Lu}\p{Ll}[\p{L}-]*)\s+([a-z]+)(?![’'\p{L}])(\s+\S+)?/u.exec(after);
  if (!m) return false;
  const verb = m[2] ?? '';
  if (/(?:s|ed|ly)$/.test(verb) || lexicons().irregularPast.has(verb) || AUX_OR_ADVERB.test(verb)) return false;
  return m[1] !== undefined || /^\s+(?:the|a|an|his|her|their|its|out|down|up|off|aside|\p{Ll}+ing)\b/u.test(m[3] ?? '');
}
/** "that the United States must stop …": what someone must or should do, demanded. */
const DEMAND = /^\s*(?:that\s+)?(?:[\p{L}.’'-]+\s+){1,4}?(?:must|should|shall|ought\s+to)\b/u;
const AUX_OR_ADVERB =
  /^(?:is|was|are|were|has|had|have|did|do|would|could|should|will|can|may|might|must|shall|also|not|never|still|already|just|then|and|or|but|in|on|at|of|to|for|with|by|from)$/;

/** "Polls of likely voters": a polling term, not a hedge. */
const POLL_TERM = /^\s+(?:(?:democratic|republican|gop|primary|general-election|caucus)\s+){0,2}(?:voters|caucus-?goers|electorate|delegates)\b/i;

/** A set phrase in which "possibly" adds emphasis, not doubt: "every country that possibly can", "couldn't possibly" ("could possibly" is a hedge). */
const EMPHATIC_POSSIBLY = { before: /(?:\bcannot|n[’']t|\bnot)\s+$/i, after: /^\s+(?:can|could)\b/i };

/** "The institution most likely to result in …": a superlative comparing members of a group, not a hedge. */
const SUPERLATIVE = /\b(?:the|a|an)\s+(?:[\w’'-]+\s+){1,2}(?:(?:who|that|which)(?:[’']s|\s+is|\s+are|\s+was|\s+were)\s+)?(?:most\s+)?$/i;

/** "Books which deny the Holocaust": Holocaust denial is a known stance, not a claim the article leaves open. */
const HOLOCAUST = /^\s+(?:(?:the\s+)?existence\s+of\s+)?(?:the\s+)?holocaust\b/i;

/** A bare hedge that answers or echoes what came before ("Perhaps." the colonel said; "Probably not."; "We might well."); "Neither is likely" still judges. */
function elliptical(m: CueMatch, text: string): boolean {
  if (m.cue.kind !== 'hedged' || /likely$/i.test(m.match)) return false;
  const lead = /^\W*(?:[\p{L}’'-]+\W+){0,2}$/u.test(text.slice(0, m.at));
  return lead && /^\s*(?:not|so|too|well|indeed)?[\s\W]*(?:(?:[\p{L}.’'-]+\s+){0,4}(?:said|says|asked|added|replied)\W*)?$/iu.test(text.slice(m.end));
}

/** Speculation about something names its subject ("speculation that he will run", "as to whether"); bare, it is trading or chatter. */
const SPECULATION_ABOUT = /^[^.,;:]{0,80}?\b(?:(?<!as )that|about|as to|whether|over|regarding|surrounding|on)\b/i;

/** "Taking advantage of political disputes", "contradict their monopoly claims": a plural noun (not the verb) after a preposition or a possessive and one modifier. */
const NOUN_PHRASE = /\b(?:of|in|over|amid|about|with|from|against|by|for|their|his|her|its|our)\s+(?:(?:the|a|an)\s+)?[\w-]+\s+$/i;

/** "I now fear it may happen", "concerned that the boat could have been intercepted": a modal inside a voiced worry is a concern only. */
const WORRY_BEFORE = /\b(?:fears?|feared|afraid|worr(?:y|ies|ied)|concerned|concerns?|warn(?:s|ed|ing)?)\b(?:\s+that)?(?:\s+[\w’'-]+){1,8}\s+$/i;

/** "all of us brought up to believe that …": a belief one was taught is the topic, not a claim the article leaves open. */
const RAISED_TO = /\b(?:brought up|raised|taught|trained|conditioned|schooled)\s+to\s+$/i;

/** "The Iowa caucus may only be a venue …, but …", "While Obama may be able to …", "despite the advantages her fame might have
 *  afforded her": a concession, granted to be set aside. */
function concessive(m: CueMatch, text: string): boolean {
  const before = text.slice(0, m.at);
  if (/^\W*(?:(?:still|yet|and|but|so|even so)\s*,?\s+)?(?:while|although|though|granted|despite|even\s+if|even\s+though)\b[^,;]*$/i.test(before)) return true;
  // The clause starts after a semicolon or a dash ("PORTSMOUTH, N.H. — He may be …", "…; they may have …, but"), and an
  // aside between dashes ("a venue — a minuscule fraction — but") does not end it.
  const clause = before.slice(Math.max(...[';', ':', '(', '—', '–', ' - '].map((mark) => before.lastIndexOf(mark))) + 1);
  const after = text.slice(m.end).replace(/\s(?:[—–]|-\s)[^—–;:]{1,120}?(?:[—–]|\s-)\s*(?=but\b)/, ', ');
  // "…, but the decisions …", "may continue to elude him but, as he prepares …": the but-clause sets the concession aside.
  return /^[^;:—–]*?(?:,\s+but\b|\sbut\s*,)/i.test(after) && !/,/.test(clause);
}

/** A modal and a verb that would bring a charge about, right before the charge's noun. */
const FORESEEN_CHARGE =
  /\b(?:would|could|might|may|will)\s+(?:\w+\s+)?(?:bring|invite|draw|prompt|spark|provoke|trigger|open\s+\w+\s+(?:up\s+)?to|leave\s+\w+\s+(?:exposed|open|vulnerable)\s+to)\s+(?:new\s+|fresh\s+|more\s+)?$/i;

/** What makes "apparent" mean evident: a linking verb or an adverb of degree before it, or "heir". */
const PLAIN_APPARENT =
  /\b(?:heir|is|was|are|were|be|been|being|became|become|becomes|becoming|readily|publicly|clearly|also|increasingly|immediately|more|made|makes|make|seems?|seemed)\s+$/i;

/**
 * "Perhaps most important, wages rose", "Most surprising, perhaps, is that …", "Perhaps not surprisingly, it's hard to …": the
 * hedge weighs a stated fact, it leaves none open; "Perhaps, but that's cold comfort": it grants the point before.
 */
const WEIGHING = {
  after:
    /^\s*,?\s*(?:(?:most|more|even more|less)\s+(?:important(?:ly)?|surprising(?:ly)?|significant(?:ly)?|interesting(?:ly)?|notabl[ey]|remarkabl[ey])\s*(?:,|is\b|was\b)|not coincidentally|counterintuitively|(?:not\s+)?(?:(?:un)?surprisingly|ironically|fittingly|predictably|tellingly|understandably|paradoxically|(?:un)?fortunately|curiously|oddly|strangely|sadly|conveniently|naturally)\s*,|(?:so\s*)?,\s*but\b)/iu,
  before: /\b(?:most|more|even more)\s+(?:important|surprising|significant|interesting|notable|remarkable)\s*,\s*$/i,
};

/** Not knowing or not foreseeing, in the same clause before a hedge. */
const UNAWARE_BEFORE = /\b(?:(?:did(?:n['’]t|\s+not)|never)\s+reali[sz]e|(?:was|were|is|are)\s+unaware|had\s+no\s+idea)\b[^,.;:"“”]*$/i;

/** Tells whether a cue used in its hedging sense still makes no open claim. */
export function statesNoClaim(m: CueMatch, text: string): boolean {
  const word = m.match.toLowerCase();
  const before = text.slice(0, m.at);
  const after = text.slice(m.end);
  if (inQuestion(m, text) || elliptical(m, text) || inSetPhrase(m, text)) return true;
  // "Some may deny the surge is working, but …", "critics might claim …": a view granted or imagined, no one has voiced it.
  if (/^(?:allegation|disputed)$/.test(m.cue.kind) && /\b(?:some|others|critics|somebody|someone|one)\s+(?:may|might|could)\s+$/i.test(before)) return true;
  // "a line that might bring accusations of sexism", "terms that would leave it exposed to accusations that …": none made yet.
  if (m.cue.kind === 'allegation' && FORESEEN_CHARGE.test(before)) return true;
  // "asked if she might consider appointing Obama", "Asked what might surprise people": a question reported, not a claim.
  if (m.cue.kind === 'hedged' && /\b(?:asked|asking)\s+(?:\p{L}+\s+){0,2}(?:if|whether|what|how|why|who|which|where|when)\b[^,.;:"“”]*$/iu.test(before))
    return true;
  // "didn't realize their information might be public", "was unaware the gun might be loaded": what someone did not know, not a claim.
  if (m.cue.kind === 'hedged' && UNAWARE_BEFORE.test(before)) return true;
  if (/^(?:may|might|could)\b/.test(word) && (WORRY_BEFORE.test(before) || concessive(m, text))) return true;
  // "I could have answered better", "no one could have predicted", "it could have been worse": what did not happen.
  if (isCounterfactual(m, text) || grantsByRule(m, text)) return true;
  if (describesKind(m, text) || hedgesGenericYou(m, text) || inquiresNoDeed(m, text) || weighsOwnCourse(m, text)) return true;
  if (word.startsWith('believ')) {
    if (FIRST_PERSON.test(before) || SURPRISE.test(before) || RAISED_TO.test(before)) return true;
    if (judges(m, text)) return true;
  }
  if (
    word.startsWith('suggest') &&
    (judges(m, text) || SUBJUNCTIVE.test(after) || bareVerbAfter(after) || /^\s+it\s*(?:[.,;]|$)/i.test(after) || suggestsCourse(m, text))
  )
    return true;
  // "Russia insisted that Pyongyang stop its escapades", "insisting that the United States must stop": a demand, not a claim.
  // Quotation marks inside the clause ('that Pyongyang "stop its escapades"', 'that the United States “must stop') are no words.
  const bare = after.replace(/[“”"]/g, '');
  if (word.startsWith('insist') && (SUBJUNCTIVE.test(bare) || bareVerbAfter(bare) || DEMAND.test(bare))) return true;
  if (/^(?:perhaps|probably|possibly|maybe)$/.test(word) && (WEIGHING.after.test(after) || WEIGHING.before.test(before) || hedgesAdvice(m, text))) return true;
  // "a Hail Mary (or perhaps a Hail Carly) pass", "surprise - or perhaps just naïveté": a second wording offered, no claim left open.
  if (/^(?:perhaps|maybe|possibly)$/.test(word) && /(?:^|[\s(—–])or\s+$/i.test(before)) return true;
  // "Asked how likely Clinton was to win": a question about a likelihood states none.
  if (/likely$/.test(word) && (POLL_TERM.test(after) || /\bhow\s+$/i.test(before))) return true;
  if (word === 'possibly' && (EMPHATIC_POSSIBLY.before.test(before) || EMPHATIC_POSSIBLY.after.test(after))) return true;
  // "It became apparent", "readily apparent", "heir apparent": evident, or a title, not a hedge ("an apparent coup" is).
  if (word === 'apparent' && PLAIN_APPARENT.test(before)) return true;
  // "There were no apparent surprises": nothing was seen, which is not a hedge.
  if (word.startsWith('apparent') && /\bno\s+$/i.test(before)) return true;
  if ((word === 'most likely' || (word === 'likely' && /\bmost\s+$/i.test(before))) && /^\s+to\b/i.test(after) && SUPERLATIVE.test(before)) return true;
  if (/^den/.test(word) && (HOLOCAUST.test(after) || withholdsGrant(m, text))) return true;
  if (word === 'speculation' && !SPECULATION_ABOUT.test(after)) return true;
  if (suspicionWithoutContent(m, text)) return true;
  // "He just can't seem to convince the voters": the idiom says he fails to; it is no impression of what is so.
  if (word.startsWith('seem') && /\b(?:can(?:\s*not|['’]t)|could(?:\s+not|n['’]t))\s+$/i.test(before)) return true;
  // "The speech might as well have been written by the bus company": the idiom likens one thing to another, it hedges nothing.
  if (/^(?:may|might)\b/.test(word) && /^(?:may|might)\s+(?:just\s+)?as\s+well\b/i.test(text.slice(m.at))) return true;
  // "amid opposition claims he was too bullish": a pronoun and its verb after the noun are the claim's content, "that" left out.
  const content = /^\s+(?:he|she|they|it|we)\s+(?:was|were|is|are|had|has|have|would|will|could|did|does|do)\b/i.test(after);
  if (/^(?:claims|disputes)$/.test(word) && NOUN_PHRASE.test(before) && !/^\s+(?:that|of|against)\b/i.test(after) && !content) return true;
  return false;
}
