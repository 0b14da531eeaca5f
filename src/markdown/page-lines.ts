// One sentence, one place: an item whose sentence is already on the page prints its short form, not the sentence again.
import { lexicons } from '../lexicon.js';
import { closeQuotes, compressed, withoutAttribution } from './compress.js';
import { spacedWordCount } from '../word-count.js';
import { plainWords as wordsOf } from '../plain-words.js';
import { SECTION_NAMES } from '../sections.js';
import type { Brief, ConcernItem, OutputFormat, PageLine, QuoteItem, SectionLimits, Sentence, SourceRef, UnconfirmedItem } from '../types.js';

/** A short form must be less than this share of its sentence's text. */
const NEARLY_ALL = 0.8;

/** A line that is this share of a sentence's text, or more, prints the sentence for a reader. */
const MOST = 0.6;

/**
 * A short form that is never the whole sentence: the item's clause when there is one, else the part of the sentence
 * between commas that holds the cue ("… the bond market's going to collapse"), else the words around the cue.
 * The sentence's opening words ("There's going to be …") said nothing of what was feared.
 */
function shortForm(clause: string, sentence: string, cue: string, holder = false): string {
  // A clause that is nearly all of its sentence would print the sentence again: it is cut like the sentence.
  const whole = wordsOf(sentence).length;
  if (wordsOf(clause).length < NEARLY_ALL * whole) return clause;
  const lowerCue = cue.toLowerCase();
  // "Some Democrats now worry that Mrs. Clinton will …": a fear that is the that-clause of its cue, with a holder to say who
  // fears it, reads from its own opening words ("criticised Trump …" keeps its verb, and a claim its cue, below).
  if (holder && complementOf(clause, sentence, lowerCue)) return firstClause(clause) ?? openingWords(clause);
  // The clause less its dateline, asides and trailing attribution keeps who, the cue and what is claimed or feared.
  const spared = compressed(clause, cue, NEARLY_ALL * whole);
  if (spared) return spared;
  const parts = sentence.split(/(?<=[,;:—–]["”’]?)\s+/);
  const at = parts.findIndex((part) => part.toLowerCase().includes(lowerCue));
  const part = parts[at];
  const [cueWord = ''] = lowerCue.split(/\s+/);
  if (part === undefined) return (!sentence.toLowerCase().includes(cueWord) && firstClause(sentence)) || aroundCue(sentence, cue);
  const plain = wordsOf(part);
  const partWords = plain.split(' ').length;
  // "…, a charity has warned.": an attribution after what is feared prints after the fear's opening words, not alone.
  if (at > 0 && at === parts.length - 1 && partWords <= 6) {
    const head = openingWords(
      parts
        .slice(0, at)
        .join(' ')
        .replace(/[,;:—–]["”’]?$/, ''),
    );
    if (head.endsWith(' …')) return `${head} ${part}`;
  }
  // A part of more than SHORT_PART words is no short form: the words around the cue in it stand instead.
  if (partWords > SHORT_PART) {
    const around = aroundCue(part, cue, 6);
    // A window that reaches its part's end still stops before the rest of the sentence.
    return at < parts.length - 1 && !around.endsWith(' …') ? `${around} …` : around;
  }
  if (partWords >= 3 && plain.length < NEARLY_ALL * whole)
    return `${at > 0 ? '… ' : ''}${part.replace(/[,;:—–]["”’]?$/, '')}${at < parts.length - 1 ? ' …' : ''}`;
  return aroundCue(sentence, cue);
}

/**
 * A sentence that carries on a worry voiced before it has no cue of its own ("European banks will be in trouble and that will
 * carry over …"): its first clause, when that is short, says what is feared.
 */
function firstClause(sentence: string): string | null {
  const words = sentence.split(/\s+/).filter(Boolean);
  const opensClause = (i: number): boolean =>
    /^(but|so|because|while|which)$/i.test(words[i] ?? '') ||
    (/^and$/i.test(words[i] ?? '') && /^(that|it|this|they|he|she|we|i|you|there)$/i.test(words[i + 1] ?? ''));
  const end = words.findIndex((w, i) => i >= 3 && (CLAUSE_END.test(w) || opensClause(i + 1)));
  if (end < 0 || end + 1 > SHORT_PART || end + 1 >= NEARLY_ALL * words.length) return null;
  return `${words
    .slice(0, end + 1)
    .join(' ')
    .replace(CLAUSE_END, '')} …`;
}

/** Where the cue last stands before offset `at` of a sentence, with the words between its end and `at`; null when it stands nowhere there. */
function cueBefore(sentence: string, cue: string, at: number): { start: number; gap: string } | null {
  const lower = sentence.toLowerCase();
  const start = lower.lastIndexOf(cue.toLowerCase(), Math.max(0, at));
  return at > 0 && start >= 0 && start + cue.length <= at ? { start, gap: lower.slice(start + cue.length, at) } : null;
}

/** Whether a clause is its cue's "that" clause: "worry that …", "warns that …". */
function complementOf(clause: string, sentence: string, lowerCue: string): boolean {
  const gap = cueBefore(sentence, lowerCue, sentence.toLowerCase().indexOf(clause.toLowerCase()))?.gap;
  return gap !== undefined && /^\s+that\s+$/.test(gap);
}

/** The first words of a clause with no break in it, ended on a word that does not lean on the next. */
function openingWords(clause: string): string {
  const words = clause.split(/\s+/).filter(Boolean);
  let to = Math.min(words.length, SHORT_PART - 3);
  while (to < words.length && to < SHORT_PART && leansForward(words[to - 1] ?? '')) to++;
  return to < words.length ? `${words.slice(0, to).join(' ')} …` : clause;
}

/** With no holder to stand before it, a short form cut from inside its sentence is marked as a cut: "… threaten the UN". */
function markedCut(short: string, c: ConcernItem): string {
  return !c.holder && !short.startsWith('…') && !c.text.startsWith(short.slice(0, 24)) ? `… ${short}` : short;
}

/** The fewest words a sentence has for the page to be checked for printing it twice. */
const REPEAT_WORDS = 6;

/** The most words a part of a sentence may have to print as a short form. */
const SHORT_PART = 15;

/** The most words after its cue a window may run to end where the cue's clause ends. */
const CLAUSE_REACH = 10;
/** A comma, semicolon or colon (a closing mark after it aside) ends a clause. */
const CLAUSE_END = /[,;:]["”’]?$/;

/** The most words a window may run past its reach to end on a word that does not lean on the next. */
const DANGLING_REACH = 3;

/** A word that needs the next one: "of", "the", "any", "our", "to". */
function leansForward(word: string): boolean {
  const lower = word.toLowerCase();
  if (/[,.;:!?)"”’]$/.test(lower)) return false;
  const { functionWords, determiners } = lexicons();
  return functionWords.has(lower) || determiners.has(lower) || /^(that|this|my|your|which|who|whose)$/.test(lower);
}

/** How far back a window may reach to take in the start of a name it would open inside. */
const NAME_REACH = 3;
/** A capitalised word with nothing after it ("Lib", "Tokyo", "Mr"): it runs on into the next word of a name ("The", "But" do not). */
const NAME_LEAD = /^["“‘']?\p{Lu}[\p{L}'’-]*$/u;
/** A word that opens with a capital, after an opening mark or not. */
const CAPITALISED = /^["“‘']?\p{Lu}/u;

/**
 * A window never opens inside a name ("… Dem Norman Baker accused", "… Dakota has a problem"): it starts where the name
 * does, unless that would print a sentence of REPEAT_WORDS words or more whole again.
 */
function nameStart(words: readonly string[], from: number, to: number): number {
  let start = from;
  const leads = (word: string): boolean => NAME_LEAD.test(word) && !leansForward(word.replace(/^["“‘']/, ''));
  while (start > 0 && from - start < NAME_REACH && CAPITALISED.test(words[start] ?? '') && leads(words[start - 1] ?? '')) start--;
  return start === 0 && to === words.length && words.length >= REPEAT_WORDS ? from : start;
}

/** How far back a window may reach to take in the opening mark of a quotation it would open inside. */
const QUOTE_REACH = 2;

/**
 * A window does not open just inside a quotation ("… case scenario" and accused him …"): it starts at the opening mark when
 * that is a word or two back. Further back, the cut stays inside the quotation, which keeps the words before the cue.
 */
function quoteStart(words: readonly string[], from: number): number {
  let opener = -1;
  for (let i = 0; i < from; i++) {
    const word = words[i] ?? '';
    for (const mark of word.match(/[“”"]/g) ?? []) {
      if (mark === '“' || (mark === '"' && opener < 0)) opener = i;
      else opener = -1;
    }
  }
  return opener > 0 && from - opener <= QUOTE_REACH ? opener : from;
}

/** The few words around a cue in its sentence ("… Russia likely providing them …"), for a claim printed above already. */
function aroundCue(sentence: string, cue: string, reach = 3, toClause = true): string {
  const words = sentence.split(/\s+/).filter(Boolean);
  const [cueWord = ''] = cue.split(/\s+/);
  const lowerCue = cueWord.toLowerCase();
  const at = Math.max(
    0,
    words.findIndex((w) => w.toLowerCase().includes(lowerCue)),
  );
  let to = Math.min(words.length, at + reach + 1);
  const from = nameStart(words, quoteStart(words, Math.max(0, at - reach)), to);
  // "… is unlikely to win any …": a window that ends on a word that needs the next one ends after that one.
  // It never runs to the end of a sentence it started at: that would print the sentence again.
  const last = words.length - (from === 0 ? 1 : 0);
  while (to < last && to <= at + reach + DANGLING_REACH && leansForward(words[to - 1] ?? '')) to++;
  // "… accused Tanzania of being …" names no charge: the window runs on to its clause's end, a few words more at most.
  let end = to;
  while (end < last && end <= at + CLAUSE_REACH && !CLAUSE_END.test(words[end - 1] ?? '')) end++;
  if (toClause && end <= at + CLAUSE_REACH && (end === words.length || CLAUSE_END.test(words[end - 1] ?? ''))) to = end;
  const shown = words.slice(from, to).join(' ').replace(CLAUSE_END, '');
  return `${from > 0 ? '… ' : ''}${shown}${to < words.length ? ' …' : ''}`;
}

/**
 * With no holder, the fear alone ("economic growth", "the United States' attempts to block …") hides that anyone fears or
 * criticises it: the words from the cue to the fear's end ("criticised the United States' attempts …"), or from the fear
 * to the cue, say so.
 */
function withCue(c: ConcernItem): string {
  const at = c.text.indexOf(c.fear);
  if (c.fear === c.text || at < 0) return c.fear;
  const end = at + c.fear.length;
  const cues = wordsAt(c.text, c.cue);
  if (cues.some((i) => i >= at && i < end)) return c.fear;
  // The occurrence of the cue nearest the fear governs it.
  const gap = (i: number): number => (i < at ? at - i : i - end);
  const cue = cues.sort((a, b) => gap(a) - gap(b))[0];
  if (cue === undefined) return c.fear;
  return c.text.slice(Math.min(at, cue), Math.max(end, cue + c.cue.length));
}

/**
 * A claim that is its cue's complement reads with its cue ("no credible evidence that a guard flushed …", "denies he was
 * speeding"): alone it would read as a fact, or as its opposite.
 */
function claimWithCue(u: UnconfirmedItem): string {
  const at = u.text.indexOf(u.claim);
  const cue = cueBefore(u.text, u.cue, at);
  if (!cue || !/^[\s,]*(?:that|if|whether)?\s*$/i.test(cue.gap)) return u.claim;
  const withCue = u.text.slice(cue.start, at + u.claim.length);
  // With its cue the claim would be nearly the sentence again, to be cut short: the claim alone reads better.
  return wordsOf(withCue).length < NEARLY_ALL * wordsOf(u.text).length ? withCue : u.claim;
}

const LETTER = /\p{L}/u;

/** "threatened to tear it up", "jeopardize the deal": the fear is this verb's object, which without it names no harm. */
const THREAT_VERB = /^(?:threaten|jeopardi[sz]|endanger|imperil)/i;

/** Where a word stands in a text as a whole word ("war", not the "war" in "toward"). */
function wordsAt(text: string, word: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(word); i >= 0 && word; i = text.indexOf(word, i + 1))
    if (!LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + word.length] ?? '')) found.push(i);
  return found;
}

/**
 * Marks each shown concern and unconfirmed item: a repeat when an item above it on the page (in the sections' page
 * order of the section registry) already shows its sentence; and the line it prints.
 */
export function pageLines(brief: Brief, shown: SectionLimits): { concerns: Array<ConcernItem & PageLine>; unconfirmed: Array<UnconfirmedItem & PageLine> } {
  // What the page prints so far, as words: a sentence is a repeat when its words already stand in one of these lines.
  const printed: string[] = [];
  // A repeat: a line above holds the whole sentence, or the sentence holds a line that is most of it (a quote less "he said").
  const isRepeat = (source: SourceRef): boolean => {
    const sentence = ` ${wordsOf(source.sentence)} `;
    return printed.some((line) => line.includes(sentence) || (sentence.includes(line) && line.length >= MOST * sentence.length));
  };
  const print = (text: string): void => void printed.push(` ${wordsOf(text)} `);
  const fears: string[] = [];
  const concerns: Array<ConcernItem & PageLine> = [];
  let unconfirmed: Array<UnconfirmedItem & PageLine> = [];
  for (const name of SECTION_NAMES) {
    switch (name) {
      case 'concerns':
        // A concern reads as holder — fear; a fear that is the whole sentence is cut short when the sentence is above.
        for (const c of brief.concerns.slice(0, shown.concerns)) {
          const repeat = isRepeat(c.source);
          // With no holder a clause ("worried that supplies will run out") says not whose worry it is: the sentence stands instead.
          const fear = c.holder && !THREAT_VERB.test(c.cue) ? c.fear : withCue(c);
          // A holder's fear that is its whole sentence leaves out the closing ", Mr Hensel said.": the holder stands before it.
          const own = c.holder && fear === c.text ? withoutAttribution(fear, c.cue) : fear;
          const line = closeQuotes(repeat ? markedCut(shortForm(fear, c.text, c.cue, c.holder !== null), c) : c.holder ? own : c.text);
          const words = ` ${wordsOf(line)} `;
          // A fear the page already shows word for word (the article repeating a sentence as a pull quote) is left off;
          // a short one inside a longer ("the raids", "a president") may be another holder's, and stays.
          // fears[i] holds concerns[i]'s line as words.
          const sameLine = concerns.some((p, i) => p.holder === c.holder && fears[i] === words);
          if (sameLine || (spacedWordCount(line) >= 8 && fears.some((f) => f.includes(words)))) continue;
          print(line);
          fears.push(words);
          concerns.push({ ...c, repeat, line });
        }
        break;
      case 'unconfirmed':
        unconfirmed = brief.unconfirmed.slice(0, shown.unconfirmed).map((u) => {
          const repeat = isRepeat(u.source);
          let line = repeat ? shortForm(claimWithCue(u), u.text, u.cue) : u.text;
          // A claim already printed word for word (as a concern's fear, maybe less a link word) shrinks to the words around its cue.
          const printedFear = (text: string): boolean => {
            const words = ` ${wordsOf(text)} `;
            return fears.some((p) => p.includes(words) || (words.includes(p) && p.length >= MOST * words.length));
          };
          if (repeat && printedFear(line)) line = aroundCue(u.text, u.cue);
          // Run on to its clause's end, the window may be that fear again: then it stops at its reach.
          if (repeat && printedFear(line.replace(/^… | …$/g, ''))) line = aroundCue(u.text, u.cue, 3, false);
          print(line);
          return { ...u, repeat, line: closeQuotes(line) };
        });
        break;
      case 'quotes':
        // A quote prints its words, then its credit: with the name and title it may be a whole sentence of the article too.
        for (const q of brief.quotes.slice(0, shown.quotes)) {
          print(q.text);
          if (q.speaker) print([q.text, q.speaker.name, q.speaker.title].filter(Boolean).join(' '));
        }
        break;
      default:
        // Any other section prints its items' own text (a quote its words, which may run over several sentences).
        for (const item of brief[name].slice(0, shown[name])) print(item.text);
    }
  }
  return { concerns, unconfirmed };
}

/**
 * The quotes to print: one whose words an earlier quote already holds (the article quoting itself again) is left off, and so
 * is one whose every sentence earlier quotes hold (a pull quote that joins two quotations printed above).
 */
export function distinctQuotes<Q extends QuoteItem>(quotes: readonly Q[]): Q[] {
  const kept: Q[] = [];
  const printed: string[] = [];
  const isPrinted = (words: string): boolean => printed.some((line) => line.includes(words));
  for (const q of quotes) {
    const words = ` ${wordsOf(q.text)} `;
    const sentences = q.text.split(/(?<=[.!?]["”’]?)\s+/).map((s) => ` ${wordsOf(s)} `);
    if (isPrinted(words) || (sentences.length > 1 && sentences.every(isPrinted))) continue;
    printed.push(words);
    kept.push(q);
  }
  return kept;
}

const FILE_NAMES: Readonly<Record<Exclude<OutputFormat, 'pdf'>, string>> = { md: 'the Markdown brief', json: 'the JSON' };

/** Where the items a page leaves out can be read: the other outputs written beside it, never the page itself. */
export function elsewhereOf(written: readonly OutputFormat[], self: OutputFormat): string {
  const places = (['md', 'json'] as const).filter((f) => f !== self && written.includes(f)).map((f) => FILE_NAMES[f]);
  return places.length === 0 ? '' : `in ${places.join(' and ')}`;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length - 1)) n++;
  return n;
}

/**
 * The check of the rule above on a rendered page: sentences of at least `minWords` words that `markdown` prints twice
 * or more — more often than `articleText` has them, when given (a quotation that repeats its own line is printed as it stands).
 */
export function repeatedSentences(markdown: string, sentences: readonly Sentence[], articleText = '', minWords = REPEAT_WORDS): string[] {
  const page = ` ${wordsOf(markdown)} `;
  const article = ` ${wordsOf(articleText)} `;
  const repeated: string[] = [];
  for (const s of new Set(sentences.map((x) => wordsOf(x.text)))) {
    if (s.split(' ').length < minWords) continue;
    const printed = occurrences(page, ` ${s} `);
    if (printed >= 2 && printed > occurrences(article, ` ${s} `)) repeated.push(s);
  }
  return repeated;
}
