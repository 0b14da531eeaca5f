// Sentences a summary must never carry: captions, questions, lines that introduce what follows, and openers that lean on the sentence before.
import { lexicons } from '../../lexicon.js';
import type { SummaryUnfit } from '../../types.js';
import { pointsBackToWords } from './echoed.js';
import { pointsElsewhere } from './points-elsewhere.js';
import { verbless } from './verbless.js';

/** Trailing closing quotes and brackets do not change how a sentence ends. */
const ENDING = /([?:;])["”’'»)\]]*\s*$/;

/** Openers that look like pronouns but lean on nothing: "US President …", "This morning, …", "Her Majesty Queen …". */
const OWN_OPENING =
  /^(?:\p{Lu}{2,}\b|(?:This|That|These|Those|Last|Next)\s+(?:morning|afternoon|evening|night|week|weekend|month|year|summer|winter|spring|autumn|fall|season|time)\b|(?:Her|His|Their)\s+(?:Majesty|Majesties|Highness|Holiness|Excellency|Royal)\b)/u;

/**
 * A label in capitals before a colon opens a transcript's turn or the page's flag ("KATE LEE:", "BREAKING:", "STAT OF THE WEEK:"):
 * up to four words, none with a lower-case letter.
 */
const CAPITALS_LABEL = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}:\s/u;

function closesUnopened(text: string): boolean {
  const curly = text.search(/[“”]/);
  if (curly >= 0 && text.charAt(curly) === '”') return true;
  const straight = text.match(/"/g)?.length ?? 0;
  // A first mark after a stop and before a space closes ("… do?" When asked, he said, "The …"), whatever follows it.
  if ((straight % 2 === 1 && /^[^"]*[,.!?]"/.test(text)) || /^[^"]*[,.!?]"(?:\s|$)/.test(text)) return true;
  // An odd mark right after a word and before a space or a colon closes too ("… is next": Ann Lee, mayor.), unless curly marks are mixed in.
  return straight % 2 === 1 && curly < 0 && /^[^"]*\p{L}"[:;]?\s/u.test(text);
}

/** "In it, the royal denied …", "In this regard, …", "On that point, …": a preposition with a pronoun, or with a demonstrative and at most a noun before the comma, points back to what came before. */
const POINTED_OPENER =
  /^(?:In|On|At|With|From|Of|For|By|After|Before|Despite|Among|Like|Unlike|Beyond|Besides|Through|Under|Against|Without|Within|During|Since|Following|Amid)\s+(?:(?:it|them|him|which)\b|(?:this|that|these|those)(?:\s+\p{L}+)?,)/u;

/** "Benitez said: “It was a great night.": the quotation runs on into the next sentence, which the summary does not show. */
function leavesOpen(text: string): boolean {
  const marks = text.replace(/’’/g, '”');
  const open = marks.lastIndexOf('“');
  // A straight mark may close a curly one ("“no money" left"); straight marks alone open when one stands after a space.
  if (open >= 0) return !/[”"]/.test(marks.slice(open + 1));
  return (marks.match(/"/g)?.length ?? 0) % 2 === 1 && /(?:^|[\s:,(])"[^"]*$/.test(marks);
}

function leansOnContext(text: string): boolean {
  // A sentence that opens inside a quotation needs the speaker given elsewhere.
  if (/^["“‘'«]/.test(text)) return true;
  // "…, I will save the economy," Lee said: the sentence closes a quotation it never opened, so it began inside one.
  if (closesUnopened(text) || leavesOpen(text) || POINTED_OPENER.test(text)) return true;
  // An interview turn ("JV: The thing for me …", "JAKE TAPPER: Donald Trump released …") is one side of a conversation, and a
  // question run into its answer ("Why this party?: See above", "… meet? ::Isabel: We met …") is both sides of one.
  if (CAPITALS_LABEL.test(text) || /\?\s*:|(?:^|\s)::?\p{Lu}[\p{L} ]{0,30}:\s/u.test(text)) return true;
  // A label in square brackets to open ("[Danny O'Brien] Since …", "[Laughs] Do you …", "[Reuters] For more …") is a chat log's turn, a
  // transcript's stage note or the credit of the item before it.
  if (/^\[[^\]]{1,80}\]\s/.test(text)) return true;
  // "That’s" is "That's": the list spells apostrophes straight.
  const lower = text.toLowerCase().replace(/’/g, "'");
  // "I've" opens on "I", as "I’ve" does.
  const first = /^\p{L}+/u.exec(lower)?.[0] ?? '';
  // A pointer to the page or to an example of a group leans on what is not shown, whatever the opener ("MSNBC, for one, …").
  if (pointsElsewhere(text)) return true;
  if (OWN_OPENING.test(text)) return false;
  if (lexicons().pronouns.has(first) || pointsBackToWords(text)) return true;
  return lexicons().contextOpeners.some((o) => lower.startsWith(o) && (lower.length === o.length || /[\s,]/.test(lower.charAt(o.length)) || /[,、]$/.test(o)));
}

/** The small words a headline writer capitalises and prose never does, past a sentence's first word. */
const SMALL_CAPITALISED = /^(?:A|An|The|Of|To|In|On|For|And|But|Or|With|At|By|From|About|As|Is|Are|Into|Over|After|Because|Than)$/;

/**
 * A title-case line, a video's or a section's heading ("Video Shows Dramatic Rescue of Kidnapped Girl"). With a closing stop it is a
 * linked story's headline ("Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower.") only when it capitalises a small
 * word past its first: a sentence naming many people or titles still writes "of", "to" and "the" in lower case.
 */
function isHeading(text: string): boolean {
  const closed = /[.!?"”’')\]]\s*$/.test(text);
  const all = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // Short lower-case words ("of", "off", "vs") stay lower case in a heading too.
  const words = all.filter((w) => !lexicons().functionWords.has(w.toLowerCase()) && !/^\p{Ll}{1,3}$/u.test(w));
  if (words.length < (closed ? 5 : 4) || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return !closed || all.slice(1).some((w) => SMALL_CAPITALISED.test(w));
}

/** Four words in capitals to open ("HE'S BEEN CALLED OUT BY DOCTORS — …", "FIREWORKS FLY IN FIRST DEBATE."): a section's kicker or heading. */
const SHOUTED = /^(?:[\p{Lu}\d'’&.,:-]+\s+){3,}[\p{Lu}\d'’&-]*\p{Lu}[\p{Lu}\d'’&-]*(?:[\s.,:;!—–-]|$)/u;

/**
 * An article left with no noun after it ("plotting to overthrow the.", "members of the, the navy and the army", "on the and
 * candidates"): a link's words were lost from the page, and what is left reads wrong.
 */
const LOST_WORDS = /(?<=\s)(?:the|a|an)(?:\s*[.,;:!?](?=\s|$)|\s+(?:and|or)\s)/;

/** Such a sentence may still state the news (the lead keeps its who, what and where), but it never supports it. */
export const lostWords = (text: string): boolean => LOST_WORDS.test(text);

/**
 * A sentence opening on a lower-case word ("of group's methods in disclosing information.", "beat Hantuchova in three sets.") is
 * the tail of a line the page split or whose name link was lost; "iPhone", "eBay" and a name's particle ("de Blasio said …") are not.
 */
function opensMidSentence(text: string): boolean {
  const first = /^\p{Ll}+(?!\p{Lu})\b/u.exec(text)?.[0];
  return first !== undefined && !lexicons().nameParticles.has(first);
}

/**
 * "X asked Y if …" / "was asked whether …" / "asked Y how long …": a question put to someone, cut from its answer. Not "asked Y to
 * find out whether"; not "who" or "which", which open a clause about the one who asked ("the members who asked for it").
 */
const ASKED = /\basked\b(?:(?!\bto\b)[^.,;:"“”]){0,60}?\b(?:if|whether|how|what|why|where)\b/;
/** The answer given in the same sentence ("…, he said no", "Asked whether …, Lee declined"), which makes it news. */
const ANSWERED = /\b(?:said|says|replied|answered|responded|insisted|declined|refused|deflected|dodged|told|noted|added|acknowledged|admitted)\b/;

/** A sentence that only reports a question, asked in an interview or at an event, while the answer is elsewhere or nowhere. */
function asksOnly(text: string): boolean {
  const m = ASKED.exec(text);
  if (!m) return false;
  // "When asked whether …, Lee said no": a subordinate question leads to the main clause's answer.
  if (/\b(?:when|after|once|before|if)\b/i.test(text.slice(0, m.index))) return false;
  return !ANSWERED.test(text.slice(m.index + m[0].length));
}

/** "My Guess: $25,000,000 Nick's Guess: $29,000,000": a label of one to three words, a colon, and a figure. */
const LABELLED_FIGURE = /(?:^|\s)(?:[\p{L}'’]+\s){0,2}[\p{L}'’]+:\s*[$€£¥]?\d/gu;

/** A table's row read as a sentence: two labelled figures or more outside quotation marks. */
function isTableRow(text: string): boolean {
  // Most sentences hold no colon before a figure, which one plain search tells before the word-by-word one.
  return /:\s*[$€£¥]?\d/.test(text) && (text.replace(/["“][^"”]*["”]/g, '').match(LABELLED_FIGURE) ?? []).length >= 2;
}

/** Why a sentence cannot stand in the summary, or null when it can. */
export function summaryUnfit(text: string): SummaryUnfit | null {
  const end = ENDING.exec(text)?.[1];
  if (end === '?' || asksOnly(text)) return 'question';
  if (end === ':') return 'introduces';
  // A paragraph that ends on ";" is a list's item, cut from the sentence that introduces the list.
  if (end === ';') return 'markup';
  if (lexicons().captionCues.some((re) => re.test(text)) || isHeading(text) || SHOUTED.test(text) || verbless(text)) return 'caption';
  // Wiki or table markup, list marks, a web or email address, or a fragment opening on a comma: the page's machinery, not its news.
  // A "*" between two numbers ("40 * 2 = 80") is a multiplication sign, which the reader keeps.
  if (/\[\[|\]\]|\{\||\|\}|(?:^|\s)[*#:]+\s|:[*#]|https?:\/\/|\S@[\w-]+\.\w|^[,;.()\]]/.test(text.replace(/(?<=\d) \* (?=\d)/g, ' x '))) return 'markup';
  if (opensMidSentence(text) || isTableRow(text)) return 'markup';
  if (leansOnContext(text)) return 'leans-on-context';
  return null;
}
