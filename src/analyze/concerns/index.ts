// Stated concerns: a holder and what they fear, from sentences in which a source voices worry, fear, a threat,
// a risk, a danger, a warning or criticism about a possible harm (GUIDELINE.md, "concerns").
import { theyGroup } from '../they-group.js';
import { lexicons } from '../../lexicon.js';
import { isTitleCase } from '../../word-count.js';
import { isDefinition, isQuestion } from '../phrase-words.js';
import type { ConcernItem, QuoteItem, Sentence } from '../../types.js';
import { headlineTest } from '../headline-line.js';
import { holderOf } from '../holder.js';
import type { NameIndex } from '../name-index.js';
import { sourceOf } from '../source-ref.js';
import { continuesWorry } from './continuation.js';
import { type InterviewVoice, interviewVoice } from '../interview-voice.js';
import { answersAsInterviewee } from './interviewee.js';
import { isHarmDealtWith, isHarmDenied, isHarmDone, isNegated } from './negation.js';
import { predicatesOf, type Predicate } from './predicates.js';
import { scoreOf } from './rank.js';
import { readableScope } from './readable-scope.js';
import { framedFear } from './framed-fear.js';
import { harmScopeOf, scopeOf } from './scope.js';
import { fearText } from './fear-text.js';
import { voicesHarm, voicesIn } from './voice.js';
import { isForeseen } from './foreseen.js';
import { isBeliefDenied } from './denied-belief.js';
import { isElectoralRisk } from './electoral-stake.js';
import { isCharacterAttack, isContestCriticism } from './character-label.js';
import { isMatchReport, namesHarmPastGame } from './match-report.js';
import { isPriorityConcern } from './priority-sense.js';
import { isRivalThreat } from './rival-threat.js';
import { isStokedFear } from './stoked-fear.js';
import { withoutRepeats } from './repeated-concern.js';
import { isFigureWeakness } from './figure-weakness.js';
import { isLegalCharge } from './legal-charge.js';
import { isCaringConcern } from './caring-sense.js';
import { isIssueConcern } from './issue-sense.js';
import { isRaceHarm } from './race-harm.js';
import { isThingSense } from './thing-sense.js';
import { isLedQuestion } from './led-question.js';
import { isCondolence } from './condolence.js';
import { isPutNotVoiced } from './advice-fear.js';

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

/** Verbs of blame that name no harm by themselves: "criticised", "lamented" ("lashed out", "slammed" are fiercer). */
const BLAME_VERB = /^(critici[sz](e|es|ed|ing)|lament(s|ed|ing)?)$/i;
/** What such a verb blames when it is a way of acting, not a harm: "the handling of …", "his initial response", "her past vote". */
const PROCESS_OBJECT =
  /^\s+(?:[^\s,;.]+\s+){0,5}?(handling|response|timing|vote|votes|coverage|process|tactics|conduct|approach|performance|comments?|remarks?|statements?|rhetoric|tone|choice|management)\b/i;

/** "Voters' anger and frustration", "caused a furor with a social call": frustration or a furor with nothing else of harm or blame is a mood, not a worry. */
const MOOD = /^(?:frustrat|furou?re?$|uproar)/i;

/** Words that give a harm a source besides a reporting verb: evidence or statistics, a citation, reports of it, a belief. */
const EVIDENCE_VOICE = /\b(?:cites?|cited|(?<!\bno\s)reports\s+of|evidence\s+(?:that|of)|(?<!-)statistics|(?:is|are|was|were)\s+(?:thought|believed)\s+to)\b/i;

/** The concern a sentence voices, or null: a stance word not negated, else a harm still to come that a source voices. */
function concernIn(s: Sentence, quoted: boolean): Found | null {
  // A question ("Are you worried about the dam?") asks about a worry or a harm; it voices none.
  // A line in title case is a headline, in no section.
  if (isTitleCase(s.text) || isQuestion(s.text) || isLedQuestion(s.text) || isDefinition(s.text)) return null;
  const { stances, criticisms: criticismWords, harms: harmWords } = predicatesOf(s.text);
  // "Labor criticised the handling of the decision", "lamented his past vote": a verb of blame with no harm in the sentence and
  // nothing still to come attacks a person or a process; criticism is a concern when it points to a harm (GUIDELINE.md).
  const lone = stances.length + criticismWords.length + harmWords.length === 1;
  const bare = (p: Predicate): boolean =>
    BLAME_VERB.test(p.word) && PROCESS_OBJECT.test(s.text.slice(p.end, p.end + 80)) && lone && !lexicons().concernVoicing.test(s.text);
  // "it risks angering voters": a risk to a race in the writer's own analysis, with no source and nothing else of harm, is no concern.
  // "could undermine his lead", "threaten the GOP's lead": a harm to a race in the writer's own analysis is the horse race too.
  // The sentence's reporting voices, found once and only when a rule asks (most sentences never do).
  let voiceList: RegExpExecArray[] | null = null;
  const voicesOf = (): RegExpExecArray[] => {
    voiceList ??= voicesIn(s.text);
    return voiceList;
  };
  const unvoiced = (): boolean => !quoted && voicesOf().length === 0;
  const race = (p: Predicate): boolean => lone && unvoiced() && (isElectoralRisk(s.text, p.word, p.start, p.end) || isRaceHarm(s.text, p));
  const live = stances.filter(
    (p) =>
      !isNegated(s.text, p) &&
      !isPutNotVoiced(s.text, p) &&
      !bare(p) &&
      !race(p) &&
      !isBeliefDenied(s.text, p) &&
      !isRivalThreat(s.text, p) &&
      !isLegalCharge(s.text, p) &&
      !isCaringConcern(s.text, p) &&
      !isIssueConcern(s.text, p) &&
      !(lone && (MOOD.test(p.word) || isPriorityConcern(s.text, p) || isStokedFear(s.text, p) || isContestCriticism(s.text, p))),
  );
  // "I don't think it is going to get worse": a criticism word can be forecast and denied like a harm.
  const criticisms = criticismWords.filter(
    (p) =>
      !(isNegated(s.text, p) || isPutNotVoiced(s.text, p)) &&
      !isHarmDenied(s.text, p) &&
      !isFigureWeakness(s.text, p) &&
      !isLegalCharge(s.text, p) &&
      !isCharacterAttack(s.text, p, lone, stances.length + harmWords.length === 0) &&
      !(isRaceHarm(s.text, p) && unvoiced()),
  );
  const named = harmWords.filter(
    (p) =>
      !isHarmDenied(s.text, p) && !isHarmDealtWith(s.text, p) && !isThingSense(s.text, p) && !isCondolence(s.text, p) && !(isRaceHarm(s.text, p) && unvoiced()),
  );
  // One event already done ("the attack that happened today is the work of terrorists") tells of it in all its words of harm, unless "could".
  const done =
    named.some((p) => isHarmDone(s.text, p) && THE_EVENT.test(s.text.slice(Math.max(0, p.start - 40), p.start))) && !lexicons().concernVoicing.test(s.text);
  const events = done ? [] : named.filter((p) => !isHarmDone(s.text, p));
  const harms = [...criticisms, ...events];
  // The cue that governs a clause ("critics warned that …" → "warned") names the fear best.
  const scoped = live.map((p) => ({ p, fear: readableScope(s.text, p, scopeOf(s.text, p)) }));
  const best = scoped.find((x) => x.fear !== s.text) ?? scoped[0];
  if (best) return { cue: best.p, fear: best.fear, cues: live.length + harms.length };
  if (stances.length > 0 || harms.length === 0) return null;
  const voices = voicesOf();
  // The harm a source voices: in a quotation, or in what a reporting verb reports, not in a clause of the writer's beside it.
  // A word of criticism ("Cuban complained that …") is its own source's voice, as before.
  const heard = (h: Predicate): boolean => (h.kind === 'criticism' ? voices.length > 0 || quoted : voicesHarm(s.text, h, voices, quoted));
  const cue = harms.find(heard) ?? harms[0];
  if (!cue) return null;
  const voice = voices[0];
  // A harm told flatly, or one already done, is news, not a worry: it needs a source and a possible future.
  // "potential attacks", "a possible recession": the article itself frames the harm as a risk.
  const framed = harms.find(
    (e) => POSSIBLE.test(s.text.slice(Math.max(0, e.start - 40), e.start)) || MAY_COME.test(s.text.slice(Math.max(0, e.start - 30), e.start)),
  );
  if (framed) return { cue: framed, fear: framedFear(s.text, framed, voice), cues: harms.length };
  // Two words of criticism in the article's own voice ("racist rhetoric … incited racism") are its own warning.
  const dense = new Set(criticisms.map((c) => c.word.toLowerCase().slice(0, 5))).size >= 2;
  // Two distinct harms and a word of what may come in the clause of one ("terrorists … would be able to kill") are the article's own warning.
  const foreseen = isForeseen(s.text, events);
  // "FBI statistics show that …", "reports of migrants …", "a report that cited … security lapses", "were thought to promote
  // violent reform": evidence, a report or a belief is a source for a harm too.
  const voiced = heard(cue);
  if (!(voiced || dense || foreseen || EVIDENCE_VOICE.test(s.text))) return null;
  // Only a reporting verb opens a reported clause; a quotation mark or "according to" does not.
  const voiceEnd = voice && !/^according/i.test(voice[0]) ? voice.index + voice[0].length : null;
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
  /** The article's interviewee and answers when the caller has found them (null: no interview); found here otherwise. */
  interview?: InterviewVoice | null;
}

export function extractConcerns(sentences: readonly Sentence[], quotes: readonly QuoteItem[], names: NameIndex, options: ConcernOptions = {}): ConcernItem[] {
  const items: ConcernItem[] = [];
  const quoted = new Set([...quotes.map((q) => q.source.sentenceIndex), ...(options.quotedSentences ?? [])]);
  const isHeadline = headlineTest(options.headline, sentences[0]?.paragraph);
  let previous = null as Voiced | null;
  // Answers under another turn's label, to its paragraph's end, are the interviewer's: no "I fear" there is the interviewee's.
  const voice = options.interview !== undefined ? options.interview : interviewVoice(sentences, names, options.headline);
  const game = isMatchReport(sentences, options.headline);
  for (const s of sentences) {
    if (isHeadline(s.paragraph, s.text)) continue;
    if (game && !namesHarmPastGame(s.text)) {
      previous = null;
      continue;
    }
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
      (carried ? null : answersAsInterviewee(s.text, found.cue.start, voice?.answers.has(s.index) ?? false, voice?.interviewee ?? null)) ??
      theyGroup(s, sentences);
    previous = { s, found, holder };
    const position = s.index / Math.max(sentences.length, 1);
    const future = lexicons().concernVoicing.test(found.fear);
    const score = scoreOf({ kind: found.cue.kind, cues: found.cues, hasHolder: holder !== null, scoped: found.fear !== s.text, future, position });
    const fear = fearText(s.text, found.cue, found.fear);
    items.push({ type: 'concern', text: s.text, holder, cue: found.cue.word, fear, source: sourceOf(s), score });
  }
  return withoutRepeats(items).sort((a, b) => b.score - a.score);
}
