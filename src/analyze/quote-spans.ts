// Finds the spans of text between quotation marks in a paragraph: straight, curly and single marks.
import { nicknameEnd } from './nickname.js';
import { opensWithLostMark } from './lost-opening.js';

export interface QuoteSpan {
  /** Offsets of the opening mark and just after the closing mark (or the paragraph end). */
  open: number;
  close: number;
  /** Offsets of the quoted words, marks excluded. */
  start: number;
  end: number;
  text: string;
  /** False when the paragraph ends before the closing mark: the quotation goes on in the next one. */
  closed: boolean;
  /** True when its mark re-opens the quotation before it, closed by no mark of its own ("… ago. "Now it's …"): the same voice. */
  reopens?: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{—–-]/.test(c);
/** After an inner left-hand mark: the inner words to their right-hand mark, then the outer words to theirs, no other mark between. */
const NESTED_SAME = /^([^“”"]{1,300})”[^“”"]{1,400}”/;

/** Words that an opening single mark shortens rather than quotes. */
const ELISION = /^(\d\d(s\b|\b)|bout\b|em\b|til\b|cause\b|round\b)/i;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const FORGOTTEN_CLOSE = /[.!?](?=\s+(said|says|added|adds|wrote|writes)\s+\p{Lu})/u;

function makeSpan(text: string, open: number, contentStart: number, contentEnd: number, close: number, closed: boolean): QuoteSpan {
  let start = contentStart;
  // `"… similar values and culture. said Ian Greenberg, …. "Over …`: a lower-case "said" after a full stop, a closing mark forgotten.
  const forgotten = FORGOTTEN_CLOSE.exec(text.slice(contentStart, contentEnd));
  let end = forgotten ? contentStart + forgotten.index + 1 : contentEnd;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /[\s,]/.test(text.charAt(end - 1))) end--;
  return { open, close: forgotten ? end : close, start, end, text: text.slice(start, end), closed };
}

/**
 * `"… the "left" started …"`: a few words in straight marks inside a straight quotation, closed before the sentence ends, with
 * the outer quotation's closing mark (after a word or punctuation) still to come.
 */
function shortInner(text: string, at: number): boolean {
  const close = text.indexOf('"', at + 1);
  if (close < 0 || isWordChar(text[close + 1])) return false;
  const inner = text.slice(at + 1, close);
  if (inner.split(/\s+/).length > 5 || /[.!?]\s/.test(inner)) return false;
  const outer = text.indexOf('"', close + 1);
  return outer > 0 && !/\s/.test(text[outer - 1] ?? ' ');
}

/** A straight mark right after a word or a sentence's punctuation and before a comma, stop or bracket: shaped to close only; after a
 *  figure and before no word ('a 70"+ TV', 'a 13" screen') it is an inch mark. */
const closesOnly = (text: string, at: number): boolean =>
  (/[\p{L}\p{N}.!?]/u.test(text[at - 1] ?? ' ') && /[,.;:!?)]/.test(text[at + 1] ?? ' ')) || (/\d/.test(text[at - 1] ?? '') && !isWordChar(text[at + 1]));

/** More words than a quotation closed by a mark that looks like an opener is taken to run: "… said, "I'd like …" closes. */
const LONG_SPAN = 60;
const isLongPassage = (span: string): boolean => /[.!?]\s+\p{Lu}/u.test(span) && span.split(/\s+/).length > LONG_SPAN;

/** Double quotation marks, straight or curly; single curly marks when they are not apostrophes. */
export function findQuoteSpans(text: string, nesting = true): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openChar = '';
  // `"… and the "left" started labeling me …"`: a straight mark after a space and before a word opens a quotation inside one.
  let nested = false;
  let usedNesting = false;
  // `a ‘four point guideline' set forth`: a straight mark after a word may close a curly single one that never closes.
  let straightClose = -1;
  // Whether the quotation now open was re-opened by its mark rather than opened.
  let reopened = false;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length) {
      if (openAt < 0 || openChar !== '‘' || straightClose < 0) break;
      spans.push(makeSpan(text, openAt, openAt + 1, straightClose, straightClose + 1, true));
      i = straightClose;
      openAt = -1;
      straightClose = -1;
      continue;
    }
    // Only quotation marks open or close anything: every other character is passed over at once.
    const code = text.charCodeAt(i);
    if (code !== 34 && code !== 39 && (code < 0x2018 || code > 0x201d)) continue;
    const c = text.charAt(i);
    // `Marcia "Cia" Price`: a nickname's marks open no quotation, and close none.
    const nickname = c === '"' || c === '“' || c === '‘' || c === "'" ? nicknameEnd(text, i) : -1;
    if (nickname > 0) {
      i = nickname - 1;
      continue;
    }
    // `he's like 6’2”,”`, `someone who is 5'2".`: a mark right after feet and inches is an inch mark; it opens and closes nothing.
    if ((c === '"' || c === '”') && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i))) continue;
    if (openAt < 0) {
      // `‘bout`, `‘em`, `‘80s` drop letters, and `href="…"` is markup: neither opens a quotation.
      if (c === '‘' && ELISION.test(text.slice(i + 1, i + 8))) continue;
      // `console.log("…")`: a string in code, a call's argument, quotes no one either.
      if ((text[i - 1] === '=' || (text[i - 1] === '(' && /[\w$]/.test(text[i - 2] ?? ''))) && /["“”]/.test(c)) {
        i = Math.max(i, text.slice(i + 1).search(/["”“]/) + i + 1);
        continue;
      }
      // `"[Trump] doesn't speak for anyone"`: an editor's bracket may open the quoted words.
      // `… for small businesses", an EU spokesman …`: a straight mark between a word and punctuation closes a quotation
      // whose opening mark was left out; it opens none.
      if (spans.length === 0 && opensWithLostMark(text, i)) {
        spans.push(makeSpan(text, 0, 0, i, i + 1, true));
        continue;
      }
      if (c === '"' && closesOnly(text, i)) continue;
      // `Doing so ”appeared to be …”`, `” … they are so not like him,”`: a right-hand mark between a space and a word (or an
      // ellipsis that opens the quoted words), closed later by another, opens (a typing slip).
      const opensWords = isWordChar(text[i + 1]) || /^\s?(?:…|\.\.\.)\s?\p{L}/u.test(text.slice(i + 1, i + 7));
      const slip = c === '”' && (i === 0 || /[\s(]/.test(text[i - 1] ?? '')) && opensWords && /^[^“”"]*”/.test(text.slice(i + 1));
      if (
        c === '“' ||
        slip ||
        (c === '"' && (!isSpace(text[i + 1]) || text[i + 1] === '[')) ||
        (c === '‘' && !isWordChar(text[i - 1]) && isWordChar(text[i + 1]))
      ) {
        openAt = i;
        openChar = slip ? '“' : c;
      }
      continue;
    }
    // `"outrageous [link]. … the audit found no "real" checks`: a mark between a space and a word opens, and one that
    // would close a quotation of several sentences and more than LONG_SPAN words shows that the first never closed.
    if (openChar === '"' && c === '"' && /\s/.test(text[i - 1] ?? '') && isWordChar(text[i + 1]) && isLongPassage(text.slice(openAt, i))) {
      openAt = i;
      reopened = false;
      continue;
    }
    // `"… a few months ago. "Now it's bring it on!" said the winger`: a straight mark after a sentence's end and a space, before a
    // capital, re-opens the quotation (as the BBC writes every sentence of one): the sentence before ends its own span.
    if (openChar === '"' && c === '"' && /[.!?]['’”)]?\s+$/u.test(text.slice(openAt + 1, i)) && /\p{Lu}/u.test(text[i + 1] ?? '')) {
      const end = text.slice(0, i).trimEnd().length;
      spans.push({ ...makeSpan(text, openAt, openAt + 1, end, end, true), ...(reopened ? { reopens: true } : {}) });
      openAt = i;
      reopened = true;
      continue;
    }
    if (nesting && openChar === '"' && c === '"') {
      const opensInner: boolean = !nested && /\s/.test(text[i - 1] ?? '') && isWordChar(text[i + 1]) && shortInner(text, i);
      if (opensInner || nested) {
        nested = opensInner;
        usedNesting = true;
        continue;
      }
    }
    // `“It was an attempt to mislead voters,’’ Will Moy … told`: two right-hand single marks close a double one, when no
    // right-hand double mark follows before the next opening one.
    const twoApostrophes = openChar === '“' && c === '’' && text[i + 1] === '’' && !/^[^“]*”/.test(text.slice(i + 2));
    const closes =
      (openChar === '“' && (c === '”' || (c === '"' && !isWordChar(text[i + 1])))) ||
      // `“It's unusual,“ said Noble`: a left-hand mark after the closing punctuation and before a space closes.
      // `called it “abhorrent“ in a tweet`: so does one right after a word and before a space or punctuation.
      (openChar === '“' && c === '“' && /[\p{L}\p{N},.!?]/u.test(text[i - 1] ?? '') && !isWordChar(text[i + 1]) && text[i + 1] !== '‘') ||
      (openChar === '"' && (c === '"' || c === '”')) ||
      (openChar === '‘' && c === '’' && !isWordChar(text[i + 1])) ||
      twoApostrophes;
    if (openChar === '‘' && c === "'" && straightClose < 0 && isWordChar(text[i - 1]) && !isWordChar(text[i + 1])) straightClose = i;
    if (closes) {
      spans.push({ ...makeSpan(text, openAt, openAt + 1, i, i + (twoApostrophes ? 2 : 1), true), ...(reopened ? { reopens: true } : {}) });
      if (twoApostrophes) i++;
      reopened = false;
      openAt = -1;
      straightClose = -1;
    } else if (c === '“' && openChar !== '‘') {
      // `“… claim that “has to do with Israel” makes clear …,” wrote Klein`: a quotation inside one in the same marks, the
      // inner closing first and the outer after it with no mark between, is passed over whole, as a single-marked one is.
      const inner = openChar === '“' ? NESTED_SAME.exec(text.slice(i + 1)) : null;
      if (inner) {
        i += (inner[1]?.length ?? 0) + 1;
        continue;
      }
      // `He said: “When we first … and trusting. “The EBS team …”`: a left-hand mark after a sentence's end re-opens a quotation
      // whose closing mark was forgotten, as a straight one does above: the sentence before ends the first span, the same voice.
      if (openChar === '“' && /[.!?]\s+$/.test(text.slice(openAt + 1, i)) && /\p{Lu}/u.test(text[i + 1] ?? '')) {
        const end = text.slice(0, i).trimEnd().length;
        spans.push({ ...makeSpan(text, openAt, openAt + 1, end, end, true), ...(reopened ? { reopens: true } : {}) });
        [openAt, reopened] = [i, true];
        continue;
      }
      // A new opening mark before the old one closed: the old one was a stray mark, or a straight mark around a
      // passage (a statement, a transcript) whose own quotations are the curly ones.
      openAt = i;
      openChar = c;
      reopened = false;
    }
  }
  // A mark left open after an inner quotation was a closing mark forgotten: pair the marks in turn instead.
  if (openAt >= 0 && usedNesting) return findQuoteSpans(text, false);
  if (openAt >= 0) {
    const rest = text.slice(openAt + 1);
    // An unclosed mark at the start of a paragraph is a quotation continued in the next paragraph.
    if (openAt === 0 || /^\s*$/.test(text.slice(0, openAt)) || rest.split(/\s+/).length >= 4) {
      spans.push({ ...makeSpan(text, openAt, openAt + 1, text.length, text.length, false), ...(reopened ? { reopens: true } : {}) });
    }
  }
  return spans;
}
