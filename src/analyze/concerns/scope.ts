// What a concern is about: the clause its predicate governs ("warned that the dam could fail" → "the dam could fail").
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';
import { withoutPlaceAndTime, withoutTimeAdjunct } from './time-adjunct.js';
import { causativeCause } from '../causative-holder.js';
import { colonNamed, copulaSubject } from './copula-subject.js';
import { openingClauseEnd } from './opening-clause.js';
import { maskPhraseCommas } from '../adjective-comma.js';
import type { Predicate } from './predicates.js';
import { isZeroThatClause } from './zero-that.js';
import { withTopic } from './topic-fear.js';

/** Words that open the governed clause or phrase right after the cue: "concerns over …", "warned that …", "risk of …". */
const OPENER = /^(?:that|about|over|of|regarding|surrounding|around|against|for|at|by|on|in|as to)\s+/i;
/** "that decision and …", "that decision,": a demonstrative before one noun, not a clause's "that". */
const DETERMINER_THAT = /^that\s+\p{Ll}+(?=\s+(?:and|but|or)\b|\s*[,.;:!?]|\s*$)/u;
/** Who holds a noun cue's worry, between the noun and what is feared: "among voters", "from residents". */
const HELD_BY = /^(?:among|from|within)\s+(?:(?!(?:who|whom|which|whose)\b)[^\s,;:"“”]+\s+){1,6}?(?=(?:that|about|over|regarding)\s)/i;
/** A noun cue's verb before its clause: "the risk is that …", "fears grew that …". */
const LINK_THEN_THAT = /^(?:\S+\s+){0,3}?that\s+/i;
/** A cue's object before its clause: "warned residents that …", "told reporters that …" (no comma between). */
export const VERB_CUE =
  /^(warn(s|ed)?|caution(s|ed)?|fear(s|ed)?|worr(y|ies|ied)|threaten(s|ed)?|critici[sz](e|es|ed)|condemn(s|ed)?|denounc(e|es|ed)|deplor(e|es|ed)|alarm(s|ed)?|endanger(s|ed)?|imperil(s|ed|led)?|jeopardi[sz](e|es|ed)|frighten(s|ed)?|decr(y|ies|ied)|lament(s|ed)?|bemoan(s|ed)?|fret(s|ted)?)$/i;
/** Where the governed clause ends: attribution, "according to", a contrast, a dash or semicolon, a bracket (not a short one the clause reads on past). */
const CLAUSE_END =
  /,\s*(?:according to|and|but|whil(?:e|st)|although|though|whereas|which|saying|adding|(?:\S+\s+){0,6}?(?:said|says|told|added|warned|wrote|argued|noted|stated))\b|\s[—–]\s|;|\s\((?![^()]{1,24}\)\s+\p{Ll})/iu;
/** Nouns whose "that" clause says what is feared: "fears that …", "the risk that …", "concern that …". */
const CONTENT_NOUN =
  /^(fears?|fearing|concerns?|worry|worries|warnings?|alarm|anxiety|anxieties|dangers?|risks?|concerned|worried|afraid|anxious|alarmed|fearful|nervous|apprehensive|scared|frightened|terrified|troubled)$/i;
const LINKING_VERB = /^(is|was|are|were|has|have|had|grew|grow|grows|remain|remains|remained|mounted|rose)\b/i;
const LINK_WORD = /\b(is|was|are|were|be|been|grew|grows|remains?|remained|mounted|rose)\b/i;
const MIN_WORDS = 1;
const PRONOUN_ONLY = /^(it|this|that|them|these|those|him|her|us|me|you)$/i;

/** Finite verbs that end the noun phrase after a noun cue ("concerns over the plan grew"). */
const PHRASE_END =
  /\s(is|are|was|were|remains?|remained|has|have|had|grew|grows|mounted|mount|loom(s|ed)?|persist(s|ed)?|rose|rise|rises|will|would|could|may|might|prompted|led|forced|sparked)\b/i;

function nounPhrase(text: string): string {
  const end = text.search(PHRASE_END);
  return end > 0 ? text.slice(0, end) : text;
}

/** ", according to the agency," or ", he said," inside a clause that goes on in lower case: an aside, not the clause's end. */
const ASIDE =
  /,(?!["”’])\s*(?:according to\s[^,;"“”]{1,60}?|(?:[^\s,"“”]+\s+){1,4}?(?:said|says|added|noted|argued|stated))\s*,\s+(?!(?:a|an|the|which|who|whose|where|only|under|since|as|while|whereas|although|though|and|but|or)\s)(?=\p{Ll}(?!\p{L}*ing\b))/gu;

/** The sentence's own verb after the clause's first comma. */
const MAIN_PREDICATE = /^[^,]+,\s+(?:is|are|was|were|has|have)\s/;

function trimClause(text: string): string {
  // The aside is kept in the text but passed over in the search for the clause's end.
  const end = maskPhraseCommas(text.replace(ASIDE, (aside) => ' '.repeat(aside.length))).search(CLAUSE_END);
  const clause = beforeUnopenedClose(end >= 0 ? text.slice(0, end) : text);
  return balanced(
    clause
      .replace(/[\s.,;:!?"“”'‘’]+$/u, '')
      .replace(/^[\s,;:"“”'‘’]+/u, '')
      .trim(),
  );
}

/** A quotation that closes in the clause without opening there ('… injury and death," Rob Lee'): the words after it are its credit. */
function beforeUnopenedClose(text: string): string {
  const curly = text.indexOf('”');
  const straight = text.search(/(?<=[\p{L}\d.,!?])"(?=[\s:;]|$)/u);
  const cuts = [curly >= 0 && !text.slice(0, curly).includes('“') ? curly : -1, straight >= 0 && !text.slice(0, straight).includes('"') ? straight : -1];
  const cut = Math.min(...cuts.filter((c) => c > 0));
  return Number.isFinite(cut) ? text.slice(0, cut) : text;
}

/** Closes a quotation the trim left open: 'the law as "malicious" and "crude' → '… "crude"'. */
export function balanced(text: string): string {
  const straight = (text.match(/"/g) ?? []).length % 2 === 1 ? '"' : '';
  const curly = (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length ? '”' : '';
  return text + straight + curly;
}

/** The part of a sentence the cue governs, else the coordinated clause that holds it, else the sentence. */
export function scopeOf(text: string, cue: Predicate): string {
  const subject = copulaSubject(text, cue) ?? colonNamed(text, cue) ?? causativeCause(text, cue.start);
  if (subject) return subject;
  const end = openingClauseEnd(text, cue);
  const clause = end === null ? text : text.slice(0, end);
  const governed = governedScope(clause, cue);
  return withTopic(text, cue, governed === clause ? clauseAround(text, cue) : governed, governed !== clause);
}

/**
 * Verbs of blame whose passive "by" names who blames and whose subject is what is blamed ("the plan was condemned by X").
 * After "alarmed by" the "by" names the fear; after "warned by", "threatened by" the subject is who is warned.
 */
export const ACTED =
  /^(condemn|critici[sz]|denounc|decr[iy]|accus|attack|slam|blast|assail|fault|rebuk|censur|blam|deplor|lambast|chastis|scold|reprimand|excoriat|berat)/i;
/** A dateline at the start of a sentence: "New York (AFP) – ", "PARIS (Reuters) — ". */
const DATELINE = /^[^()–—]{1,40}\([^()]{1,20}\)\s*[–—-]\s+/u;
/**
 * ", Work and Pensions Secretary Alan Johnson has warned.", ", a senior government figure has warned.": a long subject before the
 * cue, of capitalised words (a title and a name) or a role in the perfect.
 */
const TITLED_SUBJECT =
  /,\s*(?:(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|and|of|for)\s+){2,8}(?:(?:has|have|had)\s+)?|(?:a|an|the)\s+(?:\p{Ll}+\s+){1,5}(?:has|have)\s+)$/u;

function governedScope(text: string, cue: Predicate): string {
  // "…, warned Mr Cracknell": an inverted attribution; what was said comes before it. A verb of blame or a participle has
  // its object there ("Ms Diaz, the mayor, criticized the plan"). "…, the Tories have warned.": the attribution before the cue.
  const before = text.slice(0, cue.start);
  const speaker = ACTED.test(cue.word) || /ing$/i.test(cue.word) ? '' : (text.slice(cue.end).split(/[,.;!?]/)[0] ?? '');
  const inverted = /,\s*$/.test(before) && /^\s*(\p{Lu}|the\b|a\b)/u.test(speaker) && wordCount(speaker) <= 4;
  // "X, the party chairwoman, also expressed concern.": words after the comma that open on an adverb or an auxiliary have no subject.
  const trailing = /^[\s.!?"”’]*$/u.test(withoutPlaceAndTime(text.slice(cue.end)))
    ? (before.match(/,\s*(?!(?:also|too|then|still|later|again|has|have|had|is|are|was|were|\p{L}+ly)\s)(?:[^\s,]+\s+){1,4}$/iu) ??
      before.match(TITLED_SUBJECT))
    : null;
  if (inverted || trailing) {
    // "New York (AFP) – …, Sanders warned": a dateline before what was said is not part of it.
    const said = trimClause((trailing?.index !== undefined ? before.slice(0, trailing.index) : before).replace(DATELINE, ''));
    return wordCount(said) >= 2 ? said : text;
  }
  // "The killing was condemned by President Karzai": in the passive, the subject is what the agent condemns.
  const passive = /^(.*?)\s+(?:has|have|had)?\s*(?:was|were|is|are|been|be)\s+(?:\p{L}+ly\s+)?$/iu.exec(before);
  if (passive?.[1] && ACTED.test(cue.word) && /^\s*by\s/i.test(text.slice(cue.end))) {
    // The subject is the last phrase before the verb: past a comma, a dash or a clause opener ("… that when Hillary Clinton").
    // "…; was denounced by …": a subject left out after a semicolon is no phrase to take.
    const last = /[;:]\s*$/.test(passive[1])
      ? ''
      : (passive[1].split(/,|\s[—–-]\s|\b(?:and|but|so|yet|or|then|that|when|which|who|whom|if|because|whil(?:e|st)|after|before|as)\b/i).pop() ?? '');
    // "Officials said the new plan was criticised": the reported clause starts after the reporting verb.
    const words = last.trim().split(/\s+/);
    const said = words.reduce((at, w, i) => (lexicons().reportingVerbs.has(w.toLowerCase()) ? i + 1 : at), 0);
    const subject = trimClause(words.slice(said).join(' '));
    if (wordCount(subject) >= 2) return subject;
  }
  // "warned on Monday that …", "warned in Parliament that …", "has “concerns” about …": a time, a place or a closing mark is skipped.
  const untimed = withoutPlaceAndTime(text.slice(cue.end)).replace(/^\s*(?:[”"]\s+(?=(?:that|of|about|over)\s))?/, '');
  // "fears among legal scholars about …", "concern from residents that …": who holds it comes between the noun and its clause.
  const rest = (/^(?:that|of|about|over)\s/i.test(untimed) ? untimed : text.slice(cue.end).replace(/^\s+/, '')).replace(HELD_BY, '');
  // "critics of the plan say the evidence is weak": what the critics say is the fear.
  const says = /^critics$/i.test(cue.word) ? rest.match(/^[^,;]*?\b(say|says|said|argue|argued|warn|warned|contend|claim|fear)\s+(that\s+)?/i) : null;
  if (says) return trimClause(withoutTimeAdjunct(rest.slice(says[0].length)).replace(/^\s*that\s+/i, '')) || text;
  let clause: string | null = null;
  // "criticised by his rivals", "threats by China": after a verb of blame, a warning or a noun, "by" names who, not what.
  const agent = /^by\s/i.test(rest) && (ACTED.test(cue.word) || /^warn/i.test(cue.word) || !/(ed|ous|ful|set|afraid|uneasy|wary)$/i.test(cue.word));
  // "deplore that decision and …": a "that" before one word and a break is a determiner, and the cue's object is the phrase.
  const demonstrative = DETERMINER_THAT.test(rest);
  // "the greatest threat for the world is …": after a noun of danger, "for" names who is at risk, as "to" does, not what.
  const atRisk = /^for\s/i.test(rest) && /^(?:threats?|risks?|dangers?|menaces?|hazards?)$/i.test(cue.word);
  const opener = agent || demonstrative || atRisk ? null : rest.match(OPENER);
  const linked = demonstrative ? null : rest.match(LINK_THEN_THAT);
  // "the threat of floods remains": a noun cue's phrase ends where the sentence's verb begins.
  // "the threats that they present": after most nouns "that" opens a relative clause, not what is feared.
  if (opener && /^that\s/i.test(opener[0]) && !VERB_CUE.test(cue.word) && !CONTENT_NOUN.test(cue.word)) return text;
  // "concerns over how the new merger will affect them": a question clause after the noun runs past its verb.
  const question = /^(?:how|whether|what|why|who|where|when|if)\s/i.test(rest.slice(opener?.[0].length ?? 0));
  if (opener)
    clause = VERB_CUE.test(cue.word) || question || /^that\s/i.test(opener[0]) ? rest.slice(opener[0].length) : nounPhrase(rest.slice(opener[0].length));
  else if (linked && !/[,;:]/.test(linked[0]) && (VERB_CUE.test(cue.word) || LINK_WORD.test(linked[0]))) clause = rest.slice(linked[0].length);
  // "Unions fear job losses": a verb cue's object, unless a linking verb shows the cue was the noun ("worries still remain").
  else if (VERB_CUE.test(cue.word) && !LINKING_VERB.test(rest.replace(/^(?:still|also|now|already|even|only|\p{L}+ly)\s+/iu, '')) && /^[\p{L}"“]/u.test(rest))
    clause = rest;
  else if (isZeroThatClause(cue.word, rest)) clause = rest;
  // "the threat to the region", "a risk to public health": the cue itself names the fear.
  else if (/^(?:to|for)\s+(the|a|an|our|their|his|her|its|public|national|\p{Lu})/iu.test(rest)) clause = `${cue.word} ${rest}`;
  // "use that fear and put it …": a clause that opens with a conjunction is not what the cue governs ("as many as …" is a quantity).
  if (clause === null || /^(and|or|but|so|because|as(?!\s+(?:many|much|few|little)\s+as\b)|which|who|when|whil(?:e|st))\b/i.test(clause)) return text;
  // "Doctors, worried that the clinic will close, are urging …": a participle set off by a comma ends where the sentence's verb follows.
  const main = /,\s*$/.test(text.slice(0, cue.start)) ? (MAIN_PREDICATE.exec(clause)?.[0].indexOf(',') ?? -1) : -1;
  const trimmed = trimClause(main > 0 ? clause.slice(0, main) : clause);
  return wordCount(trimmed) >= MIN_WORDS && !PRONOUN_ONLY.test(trimmed) ? trimmed : text;
}

/** For a harm voiced by a source, the reported clause that holds it ("He said the plan would bankrupt the city"). */
export function harmScopeOf(text: string, harm: Predicate, voiceEnd: number | null): string {
  const named = colonNamed(text, harm) ?? (voiceEnd === null || voiceEnd > harm.start ? clauseAround(text, harm) : null);
  if (named !== null || voiceEnd === null) return named ?? text;
  // "said in a statement that …": the clause starts after a "that" close behind the verb.
  const after = text.slice(voiceEnd);
  const that = after.match(/^(?:\s+[^\s,;:"“”]+){0,5}?\s+that\s+/i);
  const clause = trimClause(that ? after.slice(that[0].length) : after);
  return wordCount(clause) >= MIN_WORDS && clause.includes(harm.word) ? clause : clauseAround(text, harm);
}

/** Where one coordinated clause of a long sentence ends and the next begins: ", and then", "; ", " — ". */
const CLAUSE_BREAK = /,\s+(?:and|but|whil(?:e|st)|whereas|although|though)\s+|;\s+|\s[—–]\s/giu;

/** With no reported clause, the coordinated clause that holds the harm, when it is a clear part of a long sentence. */
export function clauseAround(text: string, harm: Predicate): string {
  let start = 0;
  let end = text.length;
  for (const m of maskPhraseCommas(text).matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= harm.start) start = m.index + m[0].length;
    else if (m.index >= harm.end) {
      end = m.index;
      break;
    }
  }
  const clause = trimClause(text.slice(start, end));
  const words = wordCount(clause);
  return words >= 5 && words <= 0.7 * wordCount(text) && clause.includes(harm.word) ? clause : text;
}
