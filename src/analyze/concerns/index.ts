// Stated concerns: a holder and what they fear, from sentences in which a source voices worry, fear, a threat,
// a risk, a danger, a warning or criticism about a possible harm (GUIDELINE.md, "concerns").
import { lexicons } from '../../lexicon.js';
import { isTitleCase } from '../../word-count.js';
import { isDefinition, isQuestion } from '../phrase-words.js';
import type { ConcernItem, QuoteItem, Sentence } from '../../types.js';
import { headlineTest } from '../headline-line.js';
import { holderOf } from '../holder.js';
import type { NameIndex } from '../name-index.js';
import { sourceOf } from '../source-ref.js';
import { continuesWorry } from './continuation.js';
import { answersAsInterviewee, intervieweeOf } from './interviewee.js';
import { interviewAnswers } from '../summary/interview.js';
import { isHarmDealtWith, isHarmDenied, isHarmDone, isNegated } from './negation.js';
import { isUnvoicedAccusation, predicatesOf, type Predicate } from './predicates.js';
import { scoreOf } from './rank.js';
import { readableScope } from './readable-scope.js';
import { harmScopeOf, scopeOf } from './scope.js';

interface Found {
  cue: Predicate;
  fear: string;
  cues: number;
}

const POSSIBLE = /\b(potential|possible|possibly|likely|future|looming|impending|imminent|(possibility|prospect|spectre|specter) of)\s+(\S+\s+)?$/i;
/** "could exacerbate", "may well collapse": a harm the article itself says may come. */
const MAY_COME = /\b([Cc]ould|may|[Mm]ight)\s+(\S+\s+){0,3}$/;

/** "the San Bernardino attack", "the despicable attacks in Brussels": one event, named as known. */
const THE_EVENT = /\b(the|this|that|these|those)\s+(\S+\s+){0,3}$/i;

/** Words that give a harm a source besides a reporting verb: evidence or statistics, a citation, reports of it, a belief. */
const EVIDENCE_VOICE = /\b(?:cites?|cited|(?<!\bno\s)reports\s+of|evidence\s+(?:that|of)|(?<!-)statistics|(?:is|are|was|were)\s+(?:thought|believed)\s+to)\b/i;

/** The first sign of a source: a reporting verb in lower case ("the United States" says nothing) or "according to". */
let allMarkers: RegExp | undefined;

const PASSIVE_BEFORE = /\b(is|was|are|were|be|been|being)\s+(widely\s+|generally\s+|also\s+|often\s+)?$/i;

function voiceIn(text: string, markers: RegExp): RegExpMatchArray | null {
  allMarkers ??= new RegExp(markers.source, 'gi');
  for (const m of text.matchAll(allMarkers)) {
    // A scare quote ("inappropriate violence") is no source: a quotation counts from four words, through `quoted`.
    if (!/^\p{L}/u.test(m[0])) continue;
    // "was accused of", "a contractor accused of spying": an allegation with no accuser voices nothing.
    if (isUnvoicedAccusation(text, m.index, m.index + m[0].length)) continue;
    // "It is believed that …", "were described as …": a passive with no "by" names no source ("is saying" is no passive; "was accused" has accusers).
    if (
      !/ing$|^(accused|critici[sz]ed|warned)$/i.test(m[0]) &&
      PASSIVE_BEFORE.test(text.slice(0, m.index)) &&
      !/^\s+by\b/i.test(text.slice(m.index + m[0].length))
    )
      continue;
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0]) || /^according/i.test(m[0])) return m;
  }
  return null;
}

/** The concern a sentence voices, or null: a stance word not negated, else a harm still to come that a source voices. */
function concernIn(s: Sentence, quoted: boolean): Found | null {
  // A question ("Are you worried about the dam?") asks about a worry or a harm; it voices none.
  // A line in title case is a headline, in no section.
  if (isTitleCase(s.text) || isQuestion(s.text) || isDefinition(s.text)) return null;
  const { stances, criticisms: criticismWords, harms: harmWords } = predicatesOf(s.text);
  // "When asked if he was scared, he responded “No …”": a worry asked about is no worry voiced.
  const asked = (p: Predicate): boolean => /\b(asked|wondered)\s+(\p{L}+\s+)?(if|whether)\b[^,.;:]*$/iu.test(s.text.slice(0, p.start));
  const live = stances.filter((p) => !isNegated(s.text, p) && !asked(p));
  // "I don't think it is going to get worse": a criticism word can be forecast and denied like a harm.
  const criticisms = criticismWords.filter((p) => !isNegated(s.text, p) && !isHarmDenied(s.text, p));
  const named = harmWords.filter((p) => !isHarmDenied(s.text, p) && !isHarmDealtWith(s.text, p));
  // A sentence that reports one event already done ("the attack that happened today is the work of terrorists") tells
  // of that event in all its words of harm, unless it looks ahead ("could", "will").
  const done =
    named.some((p) => isHarmDone(s.text, p) && THE_EVENT.test(s.text.slice(Math.max(0, p.start - 40), p.start))) && !lexicons().concernVoicing.test(s.text);
  const events = done ? [] : named.filter((p) => !isHarmDone(s.text, p));
  const harms = [...criticisms, ...events];
  // The cue that governs a clause ("critics warned that …" → "warned") names the fear best.
  const scoped = live.map((p) => ({ p, fear: readableScope(s.text, p, scopeOf(s.text, p)) }));
  const best = scoped.find((x) => x.fear !== s.text) ?? scoped[0];
  if (best) return { cue: best.p, fear: best.fear, cues: live.length + harms.length };
  const [cue] = harms;
  if (stances.length > 0 || !cue) return null;
  const { voiceMarkers } = lexicons();
  const voice = voiceIn(s.text, voiceMarkers);
  // A harm told flatly, or one already done, is news, not a worry: it needs a source and a possible future.
  // "potential attacks", "a possible recession": the article itself frames the harm as a risk.
  const framed = harms.find(
    (e) => POSSIBLE.test(s.text.slice(Math.max(0, e.start - 40), e.start)) || MAY_COME.test(s.text.slice(Math.max(0, e.start - 30), e.start)),
  );
  if (framed) return { cue: framed, fear: s.text, cues: harms.length };
  // Two words of criticism in the article's own voice ("racist rhetoric … incited racism") are its own warning.
  const dense = new Set(criticisms.map((c) => c.word.toLowerCase().slice(0, 5))).size >= 2;
  // Two distinct harms and a word of what may come ("terrorists … would be able to kill") are the article's own warning.
  const foreseen = new Set(events.map((e) => e.word.toLowerCase().slice(0, 5))).size >= 2 && lexicons().concernVoicing.test(s.text);
  // "FBI statistics show that …", "reports of migrants …", "a report that cited … security lapses", "were thought to promote
  // violent reform": evidence, a report or a belief is a source for a harm too.
  if (!(voice || quoted || dense || foreseen || EVIDENCE_VOICE.test(s.text))) return null;
  // Only a reporting verb opens a reported clause; a quotation mark or "according to" does not.
  const voiceEnd = voice && voice.index !== undefined && /^\p{L}/u.test(voice[0]) && !/^according/i.test(voice[0]) ? voice.index + voice[0].length : null;
  return { cue, fear: readableScope(s.text, cue, harmScopeOf(s.text, cue, voiceEnd)), cues: harms.length };
}

interface Voiced {
  s: Sentence;
  found: Found;
  holder: string | null;
}

export interface ConcernOptions {
  /** Sentences inside a quotation, besides those of the listed quotes. */
  quotedSentences?: ReadonlySet<number>;
  /** The headline: a page that keeps it as the first paragraph must not list it (the brief prints the headline). */
  headline?: string;
}

export function extractConcerns(sentences: readonly Sentence[], quotes: readonly QuoteItem[], names: NameIndex, options: ConcernOptions = {}): ConcernItem[] {
  const items: ConcernItem[] = [];
  const quoted = new Set([...quotes.map((q) => q.source.sentenceIndex), ...(options.quotedSentences ?? [])]);
  const isHeadline = headlineTest(options.headline, sentences[0]?.paragraph);
  let previous = null as Voiced | null;
  const answers = interviewAnswers(sentences);
  const interviewee = answers.size > 0 ? intervieweeOf(sentences, names, options.headline) : null;
  for (const s of sentences) {
    if (isHeadline(s.paragraph, s.text)) continue;
    const own = concernIn(s, quoted.has(s.index));
    const carried: Voiced | null = !own && previous && continuesWorry(previous.s, s, quoted.has(s.index)) ? previous : null;
    const found: Found | null = own ?? (carried ? { cue: carried.found.cue, fear: s.text, cues: 1 } : null);
    if (!found) {
      previous = null;
      continue;
    }
    // The carried-on quotation keeps its speaker, and the cue is the previous sentence's: no offset in this one.
    const holder: string | null =
      (carried ? (holderOf(s, quotes, names, s.start) ?? carried.holder) : holderOf(s, quotes, names, s.start + found.cue.start)) ??
      (carried ? null : answersAsInterviewee(s.text, found.cue.start, answers.has(s.index), interviewee));
    previous = { s, found, holder };
    const position = s.index / Math.max(sentences.length, 1);
    const future = lexicons().concernVoicing.test(found.fear);
    const score = scoreOf({ kind: found.cue.kind, cues: found.cues, hasHolder: holder !== null, scoped: found.fear !== s.text, future, position });
    items.push({ type: 'concern', text: s.text, holder, cue: found.cue.word, fear: found.fear, source: sourceOf(s), score });
  }
  return items.sort((a, b) => b.score - a.score);
}
