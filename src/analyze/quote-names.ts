// Which quoted spans are quotations: short quoted terms, titles of works, names and headlines are not (GUIDELINE "quotes").
import { lexicons } from '../lexicon.js';
import type { LocatedSpan } from './attribution/rule.js';

// Words that introduce a name or a title rather than speech; "called it" and "the campaign" often introduce speech.
// The nouns in lower case only: "by Paul Song “…”" names a man, not a song. Wiki italics ('') may stand before the mark.
const TITLE_CUES =
  /\b([Tt]itled|[Ee]ntitled|[Dd]ubbed|[Hh]eadlined|[Kk]nown as|slogan|motto|book|film|movie|song|album|novel|anthem|hymn|ballad|single|poem|musical|documentary|opera|painting|sitcom|podcast|memoir|hashtag|[Tt]he term|[Tt]he phrase|[Tt]he words?|[Ss]o-called)\s*['’]*\s*$/;
// `a cartoon titled: "…"`, `ran the headline "…"`, `a headline that said, "…"`: a title or a headline, whatever the punctuation.
// `used her words as its headline: "…"` quotes her all the same.
const HEADLINE_CUES = /\b(([Tt]itled|[Ee]ntitled)\s*[:,]?|headlines?(\s+(that\s+)?(said|read|reading))?\s*,?)\s*['’]*\s*$/;
// `is officially called "…"`, `a website called "…"`, `author of "…"`: a name or a title. "called it" and "Trump called" bring words.
const NAMING_CUES =
  /(\b(is|are|was|were|be|been|being|officially|commonly|also|often|formerly|originally)\s+(called|named)|\b(a|an|the)\s+[\p{Ll}-]+\s+(called|named)|\bauthor of)(\s+the)?\s*['’]*\s*$/u;
// `was sentenced to 10 years for "…"`: the offence as the court worded it, not anyone's words.
const CHARGE_CUES = /\b(sentenced|convicted|charged|indicted|jailed|fined|imprisoned)\b[^".;“”]{0,60}\bfor\s*$/;
// `agreed with "when jobs are scarce, …"`, `the proposition "…"`: a survey item put to people, not anyone's words.
const SURVEY_CUES = /\b(proposition|(who|respondents|people|voters)\s+(\w+\s+)?(agreed|agreeing|disagreed|disagreeing)\s+with)\s*[:,]?\s*$/;
// `"Pulpit Freedom Sunday," as the event is being called`; `"No to Schengen" (2005)`: a name, and a dated poster or work.
const NAMING_AFTER = /^[\s,]*(as\s+(the|it|he|she|they|this)\b[^.;]{0,30}?\b(is|was|are|were)\s+(\w+\s+)?(called|known|dubbed|named)\b|\((19|20)\d\d\))/;
// Title case lets the small words of a title stay in lower case: "Orange is the New Black", "Smith v. Jones".
const TITLE_CASE_SMALL = /^(of|the|a|an|and|or|nor|but|is|are|as|in|on|for|to|at|by|with|from|into|over|v|vs)$/;
// `"Museum gets a new director," by the Journal's Ann Lee`: a headline credited to its outlet's writer, not speech.
const BYLINE_AFTER = /^[\s,]*by\s+(the\s+)?(\p{Lu}[\p{L}.-]*\s+){0,4}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Lu}/u;
// A span in title case after a programme's network (`on CNN's "State of the Union."`, `1978's "What a Fool Believes."`), a
// preposition, an article or a verb of performing (`host of "…"`, `after hitting "…"`) names a show, a work or an event, even beside a verb of saying;
// so does one right after "called", "calls" or "referred to … as" (`a culture called "The Old Way,"`, `what it calls "Office on the Go"`).
const NAME_PLACE =
  /([\p{L}\p{N}.]+(?:['’]s|s['’])|\b(?:on|of|in|from|like|about|during|the|a|an|and|perform|performed|performing|play|played|playing|sang|sing|singing|hitting|(?:intro|introduction) to|belted out|belting out|covered|covering|recorded|published|starred in|author of|calls|called|(?:refer(?:s|red)?|referring)\s+to\s+(?:\w+\s+){0,2}as))\s*,?\s*$/u;

// A work's kind then a comma or dash (`In his 2002 book, “Make Your Kid a Millionaire,”`, `a referendum — “No to Free Lawyers” —`),
// or after the span its author (`, by Gwenda Blair`) or its kind (`, the kitschy HBO horror series`): a title-case span is a title.
const WORK_KIND =
  'book|autobiography|memoir|novel|biography|film|movie|documentary|series|show|programme|program|album|song|single|play|musical|essay|column|op-ed|referendum|initiative|campaign';
const KIND_BEFORE = new RegExp(`\\b(?:${WORK_KIND})\\s*(?:,|\\s[—–])\\s*['’]*\\s*$`);
const KIND_AFTER = new RegExp(`^[\\s,”"]*(?:by\\s+\\p{Lu}|(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${WORK_KIND})\\b)`, 'u');

// A short title-case span after "told", "an interview with" or "wrote" (as after a network or a preposition) names a show or a work.
const SHOW_PLACE = /\b(?:with|told|wrote)\s*,?\s*$/;

/** `the "Make America Great Again" hat`: quoted words without closing punctuation, right before a thing they name. */
function modifiesThing(quoted: string, after: string): boolean {
  // Lower case only ("T-shirt" aside): `…," Bill Clinton said` and `…," Law said` name people.
  const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1]?.replace(/^T-/, 't-');
  return next !== undefined && !/[.!?,;:]$/.test(quoted.trim()) && lexicons().namedThings.has(next);
}

/** A title-case span set off by its work's kind before it, or by its author or kind after it. */
const isBesideKind = (before: string, after: string): boolean => KIND_BEFORE.test(before) || KIND_AFTER.test(after);
/** A short title-case span where a show or a work stands: after a network, a preposition or "told", or beside its kind. */
const isWorkPlace = (before: string, after: string): boolean => NAME_PLACE.test(before) || SHOW_PLACE.test(before) || isBesideKind(before, after);
const isTitleCaseWord = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_CASE_SMALL.test(w);

/** Short quoted terms, titles of works and nicknames are not quotations. */
export function isQuotation(span: LocatedSpan, paragraphText: string, beside: boolean, attributed: boolean): boolean {
  // Words as the guideline counts them: a hyphen parts them ("third-world" is two), an apostrophe does not.
  const words = span.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
  if (words.length === 0) return false;
  const before = paragraphText.slice(Math.max(0, span.open - 80), span.open);
  const after = paragraphText.slice(span.close, span.close + 80);
  if ([TITLE_CUES, HEADLINE_CUES, NAMING_CUES, SURVEY_CUES, CHARGE_CUES].some((cue) => cue.test(before))) return false;
  if (BYLINE_AFTER.test(after) || NAMING_AFTER.test(after) || modifiesThing(paragraphText.slice(span.start, span.close - 1), after)) return false;
  const titleCase = words.every(isTitleCaseWord) && words.some((w) => /^\p{Lu}/u.test(w));
  // `on CNN's "New Day," Sen. Ann Lee said`, `told "Fox and Friends,"`: a short title's comma is the sentence's, not a quotation's.
  if (words.length < 4)
    return (
      beside && /[.,!?]$/.test(paragraphText.slice(span.start, span.close - 1).trim()) && !(titleCase && isWorkPlace(before, after) && !/[!?]$/.test(span.text))
    );
  if (titleCase) {
    if (NAME_PLACE.test(before) || isBesideKind(before, after)) return false;
    if (!attributed && !/[.!?,]$/.test(span.text)) return false;
  }
  return true;
}
