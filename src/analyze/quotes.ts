// Key quotes: every direct quotation with its speaker resolved to the fullest name in the article.
import type { Paragraph, QuoteItem, Sentence, Speaker, SpeakerKind } from '../types.js';
import { capitalRuns, personBeforeOf, expandAcronym, fullName, indexNames, isKnownPerson, isTitleWord, nameFromRun, personByRole, recentOrganisation, recentPerson, type NameIndex, type NameMention } from './names.js';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js';
import { isVerbAt, leadingPhrase, phraseAfter, subjectBefore } from './phrases.js';
import { isCapitalised, tokenize, type Token } from './tokens.js';

interface LocatedSpan extends QuoteSpan {
  paragraph: number;
  /** Sentences holding the opening and the closing mark. */
  first: Sentence;
  last: Sentence;
}

interface Attribution {
  phrase: Token[];
  verb: string | null;
  /** Where the phrase stands, for resolving pronouns. */
  sentence: Sentence;
  /** How the attribution was found: next to the quote, or elsewhere in its sentence. */
  how: 'adjacent' | 'sentence';
  /** Words between the quotation mark and the reporting verb; short quotes need a verb right beside them. */
  distance?: number;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'it']);
const TITLE_CUES = /\b(titled|entitled|called|named|dubbed|headlined|headline|known as|slogan|motto|book|film|song|album|novel|play|series|show|program|programme|campaign|operation|report titled|the term|the phrase|the word|the words|so-called)\s*$/i;

function locate(paragraphs: readonly Paragraph[], sentences: readonly Sentence[], spans?: ReadonlyMap<number, readonly QuoteSpan[]>): LocatedSpan[] {
  const out: LocatedSpan[] = [];
  for (const p of paragraphs) {
    const inPara = sentences.filter((s) => s.paragraph === p.index);
    const at = (offset: number): Sentence => inPara.find((s) => offset >= s.start && offset < s.end) ?? inPara[inPara.length - 1]!;
    for (const span of spans?.get(p.index) ?? findQuoteSpans(p.text)) {
      out.push({ ...span, paragraph: p.index, first: at(span.open), last: at(Math.max(span.open, span.close - 1)) });
    }
  }
  return out;
}

/** Tokens of the sentences around a span, with every quoted span replaced by one 'quote' token. */
function contextTokens(span: LocatedSpan, all: readonly LocatedSpan[], paragraphText: string): { tokens: Token[]; self: number } {
  const from = span.first.start;
  const to = span.last.end;
  const inside = all.filter((s) => s.paragraph === span.paragraph && s.open < to && s.close > from);
  const tokens: Token[] = [];
  let cursor = from;
  let self = -1;
  inside.forEach((s, k) => {
    tokens.push(...tokenize(paragraphText.slice(cursor, Math.max(cursor, s.open)), cursor));
    if (s === span) self = tokens.length;
    tokens.push({ kind: 'quote', text: 'Q', start: s.open, end: s.close, quote: k });
    cursor = Math.max(cursor, s.close);
  });
  tokens.push(...tokenize(paragraphText.slice(cursor, to), cursor));
  return { tokens, self };
}

function attributeInContext(tokens: readonly Token[], self: number, sentence: Sentence): Attribution | null {
  // After the quote: `"…," he said` / `"…," said Hill` / `"…," Hill told reporters`.
  let i = self + 1;
  while (tokens[i]?.kind === 'punct' && /^[,—–-]$/.test(tokens[i]!.text)) i++;
  for (let k = i; k < Math.min(tokens.length, i + 12); k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;!?]$/.test(t.text))) break;
    if (!isVerbAt(tokens, k)) continue;
    if (k === i) {
      const after = phraseAfter(tokens, k + 1);
      if (after.length > 0) return { phrase: after, verb: t.text, sentence, how: 'adjacent', distance: 0 };
    }
    const before = tokens.slice(i, k).filter((x) => x.kind === 'word');
    // `"…," Nicholas Trotta, Assistant Director for X said`: the name comes first, the role after the comma.
    const comma = tokens.slice(i, k).findIndex((x) => x.text === ',');
    if (comma > 0) {
      const named = tokens.slice(i, i + comma);
      if (named.every((x) => x.kind === 'word') && named.some((x) => isCapitalised(x.text))) return { phrase: named, verb: t.text, sentence, how: 'adjacent' };
    }
    if (before.length > 0 && before.length <= 14) return { phrase: subjectBefore(tokens.slice(0, k), k), verb: t.text, sentence, how: 'adjacent', distance: 0 };
    break;
  }
  // Before the quote: `Hill said: "…"` / `…, saying "…"` / `according to X, "…"`.
  let j = self - 1;
  while (j >= 0 && tokens[j]!.kind === 'punct' && /^[,:—–-]$/.test(tokens[j]!.text)) j--;
  if (tokens[j]?.text.toLowerCase() === 'that') j--;
  for (let k = j; k >= Math.max(0, j - 20); k--) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;!?]$/.test(t.text))) break;
    if (!isVerbAt(tokens, k)) continue;
    const distance = j - k;
    if (/ing$/.test(t.text)) return { phrase: participleSubject(tokens, k), verb: t.text, sentence, how: 'adjacent', distance };
    const subject = subjectBefore(tokens, k);
    if (subject.length > 0) return { phrase: subject, verb: t.text, sentence, how: 'adjacent', distance };
    const object = phraseAfter(tokens, k + 1);
    if (object.length > 0 && k + 1 + object.length <= j + 1) return { phrase: object, verb: t.text, sentence, how: 'adjacent', distance };
    return { phrase: leadingPhrase(tokens), verb: t.text, sentence, how: 'adjacent', distance };
  }
  // A quote introduced by a colon with no verb ("passed from Toussaint's lips:") belongs to the last person named before it.
  if (tokens[self - 1]?.text === ':') {
    for (let k = self - 2; k >= 0 && k >= self - 14; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !isCapitalised(t.text) || k === 0) continue;
      const run = [t];
      for (let b = k - 1; b >= 0 && tokens[b]!.kind === 'word' && isCapitalised(tokens[b]!.text); b--) run.unshift(tokens[b]!);
      if (/['’]s$/.test(t.text)) return { phrase: run.map((r) => ({ ...r, text: r.text.replace(/['’]s$/, '') })), verb: null, sentence, how: 'adjacent' };
    }
  }
  // Anywhere in the sentence: `According to X, …` or a reporting verb with its subject.
  for (let k = 0; k < tokens.length - 2; k++) {
    if (tokens[k]!.text.toLowerCase() === 'according' && tokens[k + 1]!.text.toLowerCase() === 'to') {
      const phrase = phraseAfter(tokens, k + 2);
      if (phrase.length > 0) return { phrase, verb: 'according to', sentence, how: 'sentence' };
    }
    // A written source: "the report, written by Secretary General Irene Khan, …".
    if (WRITTEN_BY.test(tokens[k]!.text) && tokens[k + 1]!.text.toLowerCase() === 'by') {
      const phrase = phraseAfter(tokens, k + 2);
      if (phrase.some((t) => isCapitalised(t.text))) return { phrase, verb: 'wrote', sentence, how: 'sentence' };
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isVerbAt(tokens, k) || /ing$/.test(t.text)) continue;
    const subject = subjectBefore(tokens, k);
    if (subject.length > 0) return { phrase: subject, verb: t.text, sentence, how: 'sentence' };
  }
  // No reporting verb: a named subject earlier in the sentence ("The U.S. Senate passed a resolution "…"").
  if (self > 2 && tokens[self - 1]?.text !== ':') {
    const subject = leadingPhrase(tokens);
    if (subject.some((t) => isCapitalised(t.text)) && tokens.indexOf(subject[0]!) < self) return { phrase: subject, verb: null, sentence, how: 'sentence' };
  }
  return null;
}

/**
 * Who a participle like "saying" belongs to: after a comma, the sentence's subject ("The BBC blamed …, saying");
 * with no comma, the person it follows ("the clip shows the Queen walking down a corridor saying").
 */
function participleSubject(tokens: readonly Token[], participle: number): Token[] {
  const lead = leadingPhrase(tokens);
  const head = lead[lead.length - 1]?.text ?? '';
  // Only when the sentence's subject cannot speak ("The trailer shows …"): "Bayan expressed disappointment with X saying" is Bayan's.
  if (tokens[participle - 1]?.kind === 'word' && !isCapitalised(head) && !isTitleWord(head)) {
    for (let k = participle - 1; k > 0 && k >= participle - 10; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') break;
      if (isCapitalised(t.text) || isTitleWord(t.text.toLowerCase())) {
        let start = k;
        while (start > 0 && tokens[start - 1]!.kind === 'word' && (isCapitalised(tokens[start - 1]!.text) || /^(the|a|an)$/i.test(tokens[start - 1]!.text))) start--;
        return tokens.slice(start, k + 1);
      }
    }
  }
  return lead;
}

const COURTESY = /^(mr|mrs|ms|miss|mx|mme|mlle|m)\.?$/i;
/** The role the article gives a person elsewhere ("Foreign Secretary Jack Straw"), never a bare "Mr". */
const roleOf = (names: NameIndex, name: string): string | null => {
  const title = names.titles.get(name) ?? null;
  return title && !COURTESY.test(title) ? title : null;
};
const SPOKES = /^(spokes(man|woman|person|people|men|women)|representatives?)$/i;
const WRITTEN_BY = /^(written|signed|authored|penned|issued|published)$/i;
const TRAILING_VERB = /^(points|puts|put|notes|adds|says|writes|argues|explains|reckons|insists|warns|believes|thinks|told|said)$/;
const TIME_WORD = /^(yesterday|today|tonight|earlier|later|also|recently|now|then)$/i;

function speakerFromPhrase(phrase: readonly Token[], at: Attribution, names: NameIndex, mention: string): Speaker | null {
  // Time words and a trailing verb are not part of the name ("President Arroyo yesterday", "Redeker points out").
  const verbAt = phrase.findIndex((t, i) => i > 0 && isCapitalised(phrase[i - 1]!.text) && TRAILING_VERB.test(t.text));
  const trimmed = (verbAt > 0 ? phrase.slice(0, verbAt) : phrase).filter((t) => !TIME_WORD.test(t.text));
  if (trimmed.length < phrase.length) return speakerFromPhrase(trimmed, at, names, mention);
  const words = phrase.filter((t) => t.kind === 'word');
  if (words.length === 0) return null;
  const offset = phrase[0]!.start - at.sentence.start;
  const lower = words.map((w) => w.text.toLowerCase());
  const asPerson = (m: NameMention): Speaker => {
    const name = fullName(names, m.name);
    return { name, title: names.titles.get(name) ?? m.title, kind: 'person', mention };
  };
  // "His Honor concluded": an honorific stands for a person, like a pronoun.
  const honorific = words.length === 2 && /^(his|her)$/.test(lower[0]!) && /^(honou?r|excellency|majesty|holiness|grace|lordship|ladyship|eminence)$/.test(lower[1]!);
  if (honorific || (words.length === 1 && (PRONOUNS.has(lower[0]!) || PLURAL_PRONOUNS.has(lower[0]!)))) {
    if (PLURAL_PRONOUNS.has(lower[0]!)) return null;
    const person = recentPerson(names, at.sentence.index, offset);
    return person ? asPerson(person) : null;
  }
  const last = words[words.length - 1]!;
  const head = last.text.toLowerCase();
  // A role in place of a name ("the premier said") means the person who holds it.
  if (isTitleWord(head) && (words.length <= 4)) {
    const person = personByRole(names, head, at.sentence.index, offset);
    if (person) return asPerson(person);
  }
  // "A Pentagon spokesman" speaks for the Pentagon; a bare "a spokesperson" for the body the text was just about.
  if (SPOKES.test(head) && !words.slice(0, -1).some((w) => isTitleWord(w.text) && isCapitalised(w.text))) {
    const body = words.slice(0, -1).filter((w) => isCapitalised(w.text) && !/^(A|An|The)$/.test(w.text));
    if (body.length > 0) {
      const name = body.map((w) => w.text).join(' ');
      return { name: longForm(names, name) ?? name, title: last.text.toLowerCase(), kind: 'organisation', mention };
    }
    const org = recentOrganisation(names, at.sentence.index, offset);
    if (org) return { name: names.aliases.get(org.name) ?? org.run, title: last.text.toLowerCase(), kind: 'organisation', mention };
  }
  // "the council" → the organisation the article named in full ("Mainland Affairs Council").
  const possessor = words.findIndex((w) => /['’]s$/.test(w.text));
  const headWord = (possessor >= 0 ? words[possessor]!.text.replace(/['’]s$/, '') : last.text).toLowerCase();
  if (!isCapitalised(possessor >= 0 ? words[possessor]!.text : last.text) || /^(the|a|an)$/i.test(words[0]!.text)) {
    const org = organisationByHead(names, headWord, at.sentence.index);
    if (org) return { name: org, title: null, kind: 'organisation', mention };
  }
  if (isCapitalised(last.text)) {
    const runs = capitalRuns(phrase).map(personBeforeOf);
    const run = runs[runs.length - 1];
    const found = run ? nameFromRun(run.tokens) : null;
    if (found) {
      const expanded = longForm(names, found.name);
      if (expanded) return { name: expanded, title: null, kind: 'organisation', mention };
      const kind: SpeakerKind = found.kind === 'person' ? (isKnownPerson(names, found.name) || fullName(names, found.name) !== found.name || found.words.length >= 2 || found.title ? 'person' : 'organisation') : found.kind;
      const name = kind === 'person' ? fullName(names, found.name) : stripDeterminer(phrase.map((t) => t.text).join(' '));
      const before = run ? phrase.slice(0, phrase.indexOf(run.tokens[0]!)).map((t) => t.text).join(' ') : '';
      const title = found.title ?? (before ? stripDeterminer(before.replace(/,$/, '')) : null) ?? names.titles.get(name) ?? null;
      return { name, title: title || names.titles.get(name) || null, kind, mention };
    }
  }
  return { name: stripDeterminer(phrase.map((t) => t.text).join(' ')), title: null, kind: 'unknown', mention };
}

/** The long name the article gives for a short one: an alias it introduced ("… or Bayan") or an acronym it spelled out. */
function longForm(names: NameIndex, short: string): string | null {
  return names.aliases.get(short) ?? expandAcronym(names, short);
}

/** The latest organisation named in full whose last word is `head` ("council" → "Mainland Affairs Council"). */
function organisationByHead(names: NameIndex, head: string, sentence: number): string | null {
  for (let i = names.mentions.length - 1; i >= 0; i--) {
    const m = names.mentions[i]!;
    if (m.sentence > sentence) continue;
    const words = m.run.split(/\s+/);
    // "the council" → "Mainland Affairs Council"; "the ministry" → "Ministry of Finance".
    const named = words[words.length - 1]!.toLowerCase() === head || (words.length >= 3 && words[0]!.toLowerCase() === head && /^(of|for)$/i.test(words[1]!));
    if (words.length >= 2 && named && m.kind !== 'person') return m.run;
  }
  return null;
}

function stripDeterminer(text: string): string {
  return text.replace(/^(the|a|an|his|her|their|its)\s+/i, '').trim();
}

/** The person or body the sentence before a quotation is about, when that sentence has one as its subject. */
function previousSubject(span: LocatedSpan, sentences: readonly Sentence[], names: NameIndex): Speaker | null {
  const before = sentences[span.first.index - 1];
  if (!before || span.paragraph - before.paragraph > 1) return null;
  if (span.open > span.first.start + 1) return null;
  const tokens = tokenize(before.text, before.start);
  if (tokens.some((t) => t.text === '"' || t.text === '“')) return null;
  const phrase = leadingPhrase(tokens);
  if (phrase.length === 0 || phrase.length > 6) return null;
  const attribution: Attribution = { phrase, verb: null, sentence: before, how: 'sentence' };
  const speaker = speakerFromPhrase(phrase, attribution, names, phrase.map((t) => t.text).join(' '));
  return speaker && speaker.kind !== 'unknown' ? speaker : null;
}

/** Short quoted terms, titles of works and nicknames are not quotations. */
function isQuotation(span: LocatedSpan, paragraphText: string, beside: boolean, attributed: boolean): boolean {
  const words = span.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return false;
  const before = paragraphText.slice(Math.max(0, span.open - 40), span.open);
  if (TITLE_CUES.test(before)) return false;
  if (words.length < 4) return beside && /[.,!?]$/.test(paragraphText.slice(span.start, span.close - 1).trim());
  const titleCase = words.every((w) => isCapitalised(w) || /^(of|the|a|an|and|in|on|for|to|at|by|with|from)$/.test(w));
  if (titleCase && !attributed && !/[.!?,]$/.test(span.text)) return false;
  return true;
}

function score(text: string, speaker: Speaker | null, paragraph: number, total: number, mentions: number): number {
  const words = text.split(/\s+/).length;
  const substance = Math.min(words, 40) / 40;
  const prominence = speaker ? (speaker.kind === 'person' ? 0.6 : 0.4) + Math.min(mentions, 5) * 0.08 : 0;
  const position = 1 - (paragraph - 1) / Math.max(total, 1);
  return Math.round((substance * 0.5 + prominence * 0.3 + position * 0.2) * 1000) / 1000;
}

/** Every quotation with its speaker; `quoteSpans` (by paragraph) saves finding the spans again when the caller has them. */
export function extractQuotes(paragraphs: readonly Paragraph[], sentences: readonly Sentence[], names: NameIndex = indexNames(sentences), quoteSpans?: ReadonlyMap<number, readonly QuoteSpan[]>): QuoteItem[] {
  const spans = locate(paragraphs, sentences, quoteSpans);
  const byIndex = new Map(paragraphs.map((p) => [p.index, p.text]));
  const items: QuoteItem[] = [];
  /** For each item, the index of the first item of its multi-paragraph quotation. */
  const chains: number[] = [];
  let previous: { speaker: Speaker | null; paragraph: number; sentence: number; continues: boolean } | null = null;
  for (const span of spans) {
    const text = byIndex.get(span.paragraph)!;
    const { tokens, self } = contextTokens(span, spans, text);
    const attribution = attributeInContext(tokens, self, span.last);
    let speaker: Speaker | null = null;
    if (attribution && attribution.phrase.length > 0) {
      const at = attribution.phrase[0]!.start;
      attribution.sentence = sentences.find((s) => s.paragraph === span.paragraph && at >= s.start && at < s.end) ?? attribution.sentence;
    }
    if (attribution) {
      const mention = attribution.phrase.map((t) => t.text).join(' ');
      speaker = speakerFromPhrase(attribution.phrase, attribution, names, mention);
    }
    const continuing = previous?.continues && span.open === 0;
    if (!speaker && previous && (continuing || (span.paragraph - previous.paragraph <= 1 && span.first.index - previous.sentence <= 3))) {
      speaker = previous.speaker;
    }
    const beside = attribution?.how === 'adjacent' && (attribution.distance ?? 99) === 0;
    // A quotation standing alone after "Mayor Bloomberg lashed out at the TWU." is that subject's.
    if (!speaker && !attribution && !continuing) speaker = previousSubject(span, sentences, names);
    if (!isQuotation(span, text, beside || continuing === true, attribution?.how === 'adjacent' || continuing === true)) continue;
    const source = { paragraph: span.paragraph, sentence: span.first === span.last ? span.first.text : `${span.first.text} ${span.last.text}`, sentenceIndex: span.first.index };
    const mentions = speaker ? names.mentions.filter((m) => speaker!.name.endsWith(m.name.split(' ').pop()!)).length : 0;
    items.push({
      type: 'quote',
      text: span.text,
      // "Ms", "Mr" are courtesy, not a role: a title field holding them would print "Berg, Ms".
      speaker: speaker && COURTESY.test(speaker.title ?? '') ? { ...speaker, title: roleOf(names, speaker.name) } : speaker,
      verb: attribution?.verb ?? null,
      source,
      score: score(span.text, speaker, span.paragraph, paragraphs.length, mentions),
    });
    chains.push(continuing === true ? chains[chains.length - 1]! : items.length - 1);
    previous = { speaker, paragraph: span.paragraph, sentence: span.last.index, continues: !span.closed };
  }
  // A quotation continued over paragraphs is often attributed only in its last paragraph.
  items.forEach((item, i) => {
    if (item.speaker) return;
    const later = items.find((other, k) => chains[k] === chains[i] && other.speaker);
    if (later) item.speaker = later.speaker;
  });
  return items;
}
