// What remains unconfirmed: hedged, alleged, unverified, anonymously sourced, withheld or disputed claims, with the cue that marks them.
import { withoutTweetCredit } from '../tweet-credit.js';
import { withoutDateline } from '../dateline.js';
import { lexicons } from '../../lexicon.js';
import type { ArticleGenre, Sentence, UnconfirmedItem } from '../../types.js';
import { headlineTest } from '../headline-line.js';
import { isCorrectionNotice } from '../correction-notice.js';
import { isDefinition, isQuestion } from '../phrase-words.js';
import { sourceOf } from '../source-ref.js';
import { claimBefore } from './anaphor.js';
import { inConditional } from './conditional.js';
import { findCues, type CueMatch } from './cues.js';
import { asEvidenceHedge } from './evidence-suggests.js';
import { withholdsNothing } from './gap-usage.js';
import { isSettled, isSettledAfter } from './negation.js';
import { prefacesQuestion } from './question-preface.js';
import { prefacesExcerpt } from './excerpt-preface.js';
import { kindWeight, scoreOf } from './rank.js';
import { claimOf } from './scope.js';
import { withoutColonCredit } from './claim-ends.js';
import { claimAfterAside } from './claim-after-aside.js';
import { inSense } from './sense.js';
import { withoutSettledConjunct } from './settled-conjunct.js';
import { participleClaim } from './participle-claim.js';
import { statesNoClaim } from './usage.js';
import { appositiveClaim } from './appositive-claim.js';
import { allMatches } from '../../all-matches.js';

export interface UnconfirmedOptions {
  /** In opinion and analysis pieces the author's own unattributed hedges are judgements, not open claims. */
  genre?: ArticleGenre;
  /** The headline: a page that repeats it as the first paragraph must not list it (headlines are in no section). */
  headline?: string;
  /** Whether an offset of a sentence lies inside quotation marks. */
  quoted?: (sentence: Sentence, offset: number) => boolean;
}

/** Forecasts of scheduled events are not unconfirmed claims. */
const SCHEDULED =
  /\b(?:expected to|scheduled to|set to|will be held|as (?:early|soon) as (?:next |this )?(?:\w+day|week|month|tomorrow|\d)|due to (?:be|take|begin|start|open|meet|vote|hold|arrive|end|close|launch|sign|visit|resume|return|finish|announce|testify|speak|leave|deliver))\b/i;

/** A clause break between a forecast and a hedge: "is expected to table a budget which may trigger an election" hedges its own clause. */
const CLAUSE_BREAK = /[;:]|,\s|\b(?:but|which|who|while|although|though|because)\b/i;

const EVERY_SCHEDULED = new RegExp(SCHEDULED.source, 'gi');

/** Whether a scheduled event ("expected to", "due to begin") is forecast in the hedge's own clause. */
function scheduledInClause(m: CueMatch, text: string): boolean {
  for (const f of allMatches(text, EVERY_SCHEDULED)) {
    const between = f.index < m.at ? text.slice(f.index + f[0].length, m.at) : text.slice(m.end, f.index);
    if (!CLAUSE_BREAK.test(between)) return true;
  }
  return false;
}

/** "the U.S. hoped it might be an opportunity": what someone hopes for is no claim, whatever its modal. */
const HOPED = /\b(?:hoped|hoping|hope that|wish(?:ed|ing)|pray(?:ed|ing)|(?:optimistic|hopeful)(?:\s+[^\s.;:,]+){0,5}?\s+that)\s+(?:that\s+)?(?:\S+\s+){0,4}$/i;

/** "May" the month is not the modal (a capitalised "May" inside a sentence or before a number); curly apostrophes read as straight ones. Same length, so offsets hold. */
function normalise(text: string): string {
  return text.replace(/(?<=\S\s+)May\b|\bMay\b(?=\s+\d)/g, 'M_y').replace(/’/g, "'");
}

/** The article settles the claim itself: "falsely suggesting", "a discredited story", "claims … that have proved false", "proved that prediction wrong". */
const SETTLED =
  /\b(?:falsely|wrongly|discredited|debunked|disproven|baseless)\b|\b(?:proved|proven|turned\s+out)\s+(?:(?:to\s+be|that|this|the|its|his|her|their|them|it)\s+)?(?:\p{Ll}+\s+)?(?:false|wrong|untrue|unfounded)\b|\b(?:contradicting|contradicts|contradicted|refuting|refutes|belying|belies)\s+(?:(?:the|an?|his|her|their|its|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)*['’]s?)\s+)?(?:\p{Ll}+\s+)?(?:earlier|previous|initial|original|official)?\s*(?:claims?|assertions?|accounts?|version|story)\b/iu;

function counts(m: CueMatch, text: string, genre: ArticleGenre, inQuote: boolean): boolean {
  if (!inSense(m, text) || isSettled(m, text) || isSettledAfter(m, text) || isDefinition(text)) return false;
  if (statesNoClaim(m, text) || (m.cue.kind === 'gap' && withholdsNothing(m, text))) return false;
  const kind = m.cue.kind;
  if (kind !== 'gap' && SETTLED.test(text)) return false;
  if ((kind === 'hedged' || kind === 'allegation') && inConditional(text, m.at)) return false;
  if (kind === 'hedged' && HOPED.test(text.slice(0, m.at))) return false;
  if (kind === 'hedged' && !m.cue.likelihood && scheduledInClause(m, text)) return false;
  // In an opinion piece a hedge is someone else's only inside a quotation or beside a verb that reports; scare quotes report no one.
  if (kind === 'hedged' && genre !== 'news' && !inQuote && !lexicons().voiceMarkers.test(text.replace(/["\u201c\u201d]|''/g, ' '))) return false;
  return true;
}

/**
 * '“People said we were crazy,” she said': inside a quotation, "people say" is the speaker's turn of phrase, not the article's
 * sourcing (a quoted "sources told us" or "people familiar with the talks" still is).
 */
const PEOPLE_SAY = /^people\s+(?:say|said|says|told)$/i;

/** "Neither is likely", "none of them is likely to win": a subject that names no one negates the likelihood as "not" does. */
const NO_ONE_IS =
  /(?:^|[,;:]\s*|\b(?:that|says?|said)\s+)(?:neither|none|no one|nobody)\b(?:\s+[\w’'-]+){0,4}?\s+(?:is|was|are|were|seems?|seemed|looks?)\s+$/i;

/**
 * The likelihood a cue states, read with a negation before it: "not likely" is "unlikely"; "not highly probable" or "not
 * unlikely" names no band of its own, so none is given rather than the wrong one.
 */
function likelihoodOf(m: CueMatch, text: string): string | null {
  const term = m.cue.likelihood;
  // "the least likely", "less likely to": a comparison names no band of its own.
  if (/\b(?:least|less)\s+$/i.test(text.slice(0, m.at))) return null;
  // "few experts believe that is likely": a likelihood few hold is no band the article gives.
  if (/\b(?:few|no one|nobody|not many)(?:\s+[\w’'-]+){0,3}\s+(?:believe|think|expect)s?\b[^.;]*$/i.test(text.slice(0, m.at))) return null;
  if (!term || !(/(?:\bnot|\bnever|n['’]t)\s+$/i.test(text.slice(0, m.at)) || NO_ONE_IS.test(text.slice(0, m.at)))) return term;
  return term.startsWith('likely ') ? (lexicons().unconfirmedCues.find((c) => c.likelihood?.startsWith('unlikely '))?.likelihood ?? null) : null;
}

/** "According to MSNBC, basically.": a source with no claim beside it in its sentence (the claim stood in the one before). */
function isBareSource(m: CueMatch, text: string): boolean {
  return /^according to\b/i.test(m.match) && (`${text.slice(0, m.at)} ${text.slice(m.end)}`.match(/\p{L}{2,}/gu) ?? []).length < 2;
}

/** The most telling cue: the heaviest kind, then the earliest. */
function best(found: readonly CueMatch[]): CueMatch | undefined {
  return [...found].sort((a, b) => kindWeight(b.cue.kind) - kindWeight(a.cue.kind) || a.at - b.at || b.end - a.end)[0];
}

export function extractUnconfirmed(sentences: readonly Sentence[], options: UnconfirmedOptions = {}): UnconfirmedItem[] {
  const genre = options.genre ?? 'news';
  const items: UnconfirmedItem[] = [];
  const isHeadline = headlineTest(options.headline, sentences[0]?.paragraph);
  for (const [i, s] of sentences.entries()) {
    // A question asks whether a claim holds ("Has he ever …, when it appeared to be lost?"); it makes none.
    // A correction notice settles what an earlier version said ("… originally made an unconfirmed statement that …").
    if (isHeadline(s.paragraph, s.text) || isQuestion(s.text) || isCorrectionNotice(s.text)) continue;
    const text = normalise(s.text);
    const found = findCues(text)
      .filter((m) => {
        const inQuote = options.quoted?.(s, m.at) ?? false;
        return (
          counts(m, text, genre, inQuote) &&
          !(inQuote && PEOPLE_SAY.test(m.match)) &&
          !prefacesQuestion(m, text, s, sentences[i + 1]) &&
          !prefacesExcerpt(m, text) &&
          !isBareSource(m, text)
        );
      })
      .map((m) => asEvidenceHedge(m, text));
    const top = best(found);
    if (!top) continue;
    items.push({
      type: 'unconfirmed',
      text: s.text,
      claim:
        appositiveClaim(top, s.text) ??
        withoutDateline(
          withoutTweetCredit(
            claimBefore(
              claimAfterAside(participleClaim(withoutSettledConjunct(claimOf(top, withoutColonCredit(s.text)), top.match), top.match), top, s.text),
              s.text,
              sentences[i - 1]?.text,
              top.cue.kind,
            ),
          ),
        ),
      cue: s.text.slice(top.at, top.end),
      kind: top.cue.kind,
      // "Russia has likely given …, a senior Pentagon official said": the source is the cue, the hedge still says how likely.
      likelihood: likelihoodOf(top.cue.likelihood ? top : (found.find((m) => m.cue.likelihood) ?? top), text),
      source: sourceOf(s),
      score: scoreOf(top.cue.kind, found.length, s.index, sentences.length),
    });
  }
  return items;
}
