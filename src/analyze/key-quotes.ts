// Key quotes: every direct quotation, credited by the first attribution rule that names its speaker.
import { INSIDE_LABEL } from './attribution/label.js';
import { lexicons } from '../lexicon.js';
import { must } from '../errors.js';
import type { Paragraph, QuoteItem, Sentence, Speaker } from '../types.js';
import { locateSpans, textBefore, textContext } from './attribution/locate.js';
import { answerQuoteSpeaker, type InterviewVoice, interviewVoice } from './interview-voice.js';
import type { Attribution, AttributionRule, PreviousQuote } from './attribution/rule.js';
import { defaultRules } from './attribution/rules.js';
import type { NameIndex } from './name-index.js';
import { genderOf } from './name-lookup.js';
import type { QuoteSpan } from './quote-spans.js';
import { headlineTest } from './headline-line.js';
import { pullQuoteTest } from './pull-quotes.js';
import { dropHeadlineRepeats } from './quote-repeats.js';
import { joinSplitOpenings, type QuoteBounds } from './split-opening.js';
import { documentAuthor } from './document-author.js';
import { resolveMention } from './resolve-mention.js';
import { isSpeaker } from './speaker-check.js';
import { isQuotation } from './quote-names.js';
import { namedInside } from './pronoun-named-inside.js';
import { isPrinted } from './printed-words.js';
import { mentionsEnding, withSoleLongerName } from './lone-surname.js';
import { creditHeadlineVoice } from './headline-voice.js';
import { lastSpeakerAsEpithet } from './epithet-speaker.js';
import { creditContinued, titleEachPerson } from './inherited-credit.js';

function score(text: string, speaker: Speaker | null, paragraph: number, total: number, mentions: number): number {
  const substance = Math.min(text.split(/\s+/).length, 40) / 40;
  const prominence = speaker ? (speaker.kind === 'person' ? 0.6 : 0.4) + Math.min(mentions, 5) * 0.08 : 0;
  const position = 1 - (paragraph - 1) / Math.max(total, 1);
  return Math.round((substance * 0.5 + prominence * 0.3 + position * 0.2) * 1000) / 1000;
}

export interface QuoteOptions {
  /** Quoted spans by paragraph, when the caller has found them already. */
  spans?: ReadonlyMap<number, readonly QuoteSpan[]>;
  /** The attribution rules, in order; defaults to `defaultRules()`. */
  rules?: readonly AttributionRule[];
  /** The check every candidate speaker must pass; defaults to the name-or-role check. */
  check?: (speaker: Speaker) => boolean;
  /** The headline: a page that keeps it as the first paragraph must not list its quotation (the brief prints the headline). */
  headline?: string;
  /** The article's interviewee and answers when the caller has found them (null: no interview); found here otherwise. */
  interview?: InterviewVoice | null;
}

/**
 * `"…," said a spokesman`, `"…," they said`, `"…," another wrote`: a verb right beside the quotation whose subject names no one
 * the article knows gives the quotation a voice of its own, not the last speaker's. `he said`, `the retired judge said`, `the statement said` may still carry
 * one, and `it added` or `they added` after a body or an unnamed spokesman (a named person is never "it" or, as often as not, "they").
 */
function ownVoice(found: Attribution, last: PreviousQuote | null, names: NameIndex, sentences: readonly Sentence[]): boolean {
  const words = found.phrase.map((t) => t.text.toLowerCase());
  const [first = ''] = words;
  // "the letter said" carries the last speaker's words only when the letter was theirs: named since just before their quotation.
  if (first === 'the' && words.length === 2 && lexicons().documentWords.has(words[1] ?? ''))
    return !last || !namedSince(words[1] ?? '', last.sentence, found, sentences);
  if (found.how !== 'adjacent' || found.distance !== 0 || found.verb === null || found.phrase.length === 0) return false;
  const previous = last?.speaker;
  // `“…,” she said. … he'd respond, “…”`: a pronoun of the other gender than the last speaker's is someone else.
  if (words.length === 1 && (first === 'he' || first === 'she'))
    return previous?.kind === 'person' && genderOf(names, previous.name) === (first === 'he' ? 'f' : 'm');
  // "it" is never a group named in the plural ("Thaksin's supporters").
  if (words.length === 1 && (first === 'it' || first === 'they'))
    return (previous?.kind === 'person' && /^\p{Lu}/u.test(previous.name)) || (first === 'it' && /\s\p{Ll}+[^s]s$/u.test(previous?.name ?? ''));
  // `"Out!" the crowd yelled`, `the two wrote`: a group is not the one person who spoke last.
  const head = words.at(-1) ?? '';
  if (first === 'the' && previous?.kind === 'person')
    return (
      /^(crowd|audience|room|chorus|two|three|four|both)$/.test(head) ||
      (words.length > 1 && /[^su]s$/.test(head) && /^\p{Ll}/u.test(found.phrase.at(-1)?.text ?? ''))
    );
  return first !== 'the';
}

/** Whether a document noun stands in the text from two sentences before the last quotation's up to the phrase that names it now. */
function namedSince(noun: string, from: number, found: Attribution, sentences: readonly Sentence[]): boolean {
  const at = found.phrase[0]?.start ?? found.sentence.start;
  const text = sentences
    .filter((s) => s.index >= from - 2 && s.index < found.sentence.index)
    .map((s) => s.text)
    .concat(found.sentence.text.slice(0, Math.max(0, at - found.sentence.start)))
    .join(' ');
  return new RegExp(`\\b${noun}\\b`, 'i').test(text);
}

/** Every quotation with its speaker and the rule that credited it. */
export function extractQuotes(paragraphs: readonly Paragraph[], sentences: readonly Sentence[], names: NameIndex, options: QuoteOptions = {}): QuoteItem[] {
  const rules = options.rules ?? defaultRules();
  const check = options.check ?? isSpeaker;
  const spans = locateSpans(paragraphs, sentences, options.spans);
  const byIndex = new Map(paragraphs.map((p) => [p.index, p.text]));
  const items: QuoteItem[] = [];
  const unattributed: Array<[number, number] | null> = [];
  const bounds: QuoteBounds[] = [];
  /** For each item, the index of the first item of its multi-paragraph quotation. */
  const chains: number[] = [];
  const mentionsOf = mentionsEnding(names);
  let previous: PreviousQuote | null = null;
  const isHeadline = headlineTest(options.headline, paragraphs[0]?.index);
  const isPullQuote = pullQuoteTest(paragraphs);
  const voice = options.interview !== undefined ? options.interview : interviewVoice(sentences, names, options.headline);
  for (const span of spans) {
    if (isHeadline(span.paragraph, span.first.text) || isPullQuote(span.paragraph, span.text)) continue;
    const text = must(byIndex.get(span.paragraph), 'the paragraph a quotation span points to');
    const context = textContext(span, spans, text, names);
    let attribution: Attribution | null = null;
    let speaker: Speaker | null = null;
    let rule = '';
    // The first rule that finds an attribution shapes the quote; the first whose speaker passes the check credits it.
    const printed = isPrinted(text.slice(Math.max(0, span.open - 90), span.open));
    for (const r of printed ? [] : rules) {
      if (r.type !== 'text') continue;
      const found = r.apply(context);
      if (!found) continue;
      attribution ??= found;
      const [lead] = found.phrase;
      if (lead) {
        const at = lead.start;
        found.sentence = sentences.find((s) => s.paragraph === span.paragraph && at >= s.start && at < s.end) ?? found.sentence;
        // "said a 2008 Clinton veteran": a year after the article dates the role, it is not part of the name;
        // "a paper from the Harbour Institute had this to say": a document's author, after "by" or "from", speaks.
        const phrase =
          documentAuthor(context.tokens, found.phrase) ??
          (/^(a|an|the|one)$/i.test(lead.text) && /^(19|20)\d\d$/.test(found.phrase[1]?.text ?? '') && found.phrase.length > 2
            ? [lead, ...found.phrase.slice(2)]
            : found.phrase);
        const candidate = resolveMention(phrase, found.sentence, names);
        if (candidate && check(candidate) && !namedInside(phrase, candidate, span.text)) {
          speaker = lastSpeakerAsEpithet(candidate, previous, span, sentences, names) ?? candidate;
          rule = r.id;
          break;
        }
      }
    }
    // A sentence the BBC's style re-opens goes on in its quotation's voice, unless an attribution right beside it names one.
    // A transcript's label inside the mark ("RAMOS: …") is the only voice such a quotation has, or none is given.
    const labelled = INSIDE_LABEL.test(span.text);
    if (span.reopens && !labelled && previous?.speaker && previous.paragraph === span.paragraph && attribution?.how !== 'adjacent') {
      speaker = previous.speaker;
      rule = 'continued';
    }
    const continuing = previous?.continues === true && span.open === 0;
    if (!speaker && !printed) {
      const besideVerb = attribution !== null && ownVoice(attribution, previous, names, sentences);
      for (const r of rules) {
        if (r.type !== 'context' || (labelled && r.id !== 'label')) continue;
        const candidate = r.apply({ span, sentences, names, previous, attributed: attribution !== null, besideVerb, continuing });
        if (candidate && check(candidate)) {
          speaker = candidate;
          rule = r.id;
          break;
        }
      }
    }
    // "I said, “…”" in an interview's answer: the interviewee's, whom no rule can name from "I".
    const own: Speaker | null = speaker || printed ? null : answerQuoteSpeaker(voice, span.first, textBefore(span));
    if (own) [speaker, rule] = [own, 'interview-answer'];
    const beside = attribution?.how === 'adjacent' && (attribution.distance ?? 99) === 0;
    if (!isQuotation(span, text, beside || continuing, attribution?.how === 'adjacent' || continuing)) {
      // `"They'd be wrong," Ann Lee, a spokeswoman, said. "…"`, `," the assailant, Ann Lee, told`: too short to list; its speaker goes on.
      const named =
        span.open - span.first.start <= 1 &&
        attribution?.how === 'adjacent' &&
        attribution.phrase[0] !== undefined &&
        /^[\s,—–-]*(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*)?$/u.test(text.slice(span.close, attribution.phrase[0].start));
      if (named && speaker)
        previous = { speaker: { ...speaker, rule }, paragraph: span.paragraph, sentence: span.last.index, close: span.close, continues: false };
      continue;
    }
    // Every sentence the quotation covers, the middle ones too, so the pointer reads as the article does.
    const covered = sentences.slice(span.first.index, span.last.index + 1).map((s) => s.text);
    const source = { paragraph: span.paragraph, sentence: covered.join(' '), sentenceIndex: span.first.index };
    bounds.push({ end: span.end, close: span.close, open: span.open });
    unattributed.push(attribution === null && !printed && !labelled ? [span.first.index, span.last.index] : null);
    const credited = speaker ? withSoleLongerName(names, { ...speaker, rule }) : null;
    const mentions = credited ? mentionsOf(credited.name) : 0;
    items.push({
      type: 'quote',
      text: span.text,
      speaker: credited,
      verb: attribution?.verb ?? null,
      source,
      score: score(span.text, credited, span.paragraph, paragraphs.length, mentions),
    });
    // A continuing quotation joins the chain before it; with none before, it starts its own. So does a sentence the BBC's style
    // re-opens with a mark right where the one before ends ("… months ago. "Now it's …" said Lomu"): one quotation, one speaker.
    const reopened = span.reopens === true && items.at(-2)?.source.paragraph === span.paragraph;
    chains.push((continuing || reopened) && !labelled ? (chains.at(-1) ?? items.length - 1) : items.length - 1);
    previous = { speaker: credited, paragraph: span.paragraph, sentence: span.last.index, close: span.close, continues: !span.closed };
  }
  creditContinued(items, chains);
  creditHeadlineVoice(items, unattributed, names, options.headline);
  return titleEachPerson(dropHeadlineRepeats(joinSplitOpenings(items, bounds, (index) => byIndex.get(index) ?? '')));
}
