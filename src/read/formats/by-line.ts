// A byline printed as a line of text ("By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL", "By Lauren Jarvis-Gibson, May 3, 2019").
import { lexicons } from '../../lexicon.js';
import { joinWords } from '../../front-matter.js';
import { parseDate } from '../header-lines.js';

let personPattern: RegExp | undefined;
/** A person's name: two to four capitalised words (a name particle may come between), in any case after the capital. */
export function personName(): RegExp {
  // The right quote as an escape the RegExp reads: String.raw would carry the character itself into the ASCII bundle.
  personPattern ??= new RegExp(String.raw`^\p{Lu}[\p{L}'\u2019.-]*(?: (?:(?:${[...lexicons().nameParticles].join('|')}) )?\p{Lu}[\p{L}'\u2019.-]*){1,3}$`, 'u');
  return personPattern;
}

/** "JOSH HASKELL" → "Josh Haskell"; a name in mixed case is kept as written ("Ben McKay"). */
export function fromCapitals(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

/**
 * The names of a line that reads "By" and one or more people ("A, B and C"), maybe followed by the date it was
 * published; null for any other line. "By" in any case, once or repeated ("By by …", as a label and its text).
 */
export function namesOfByLine(line: string): string | null {
  const rest = /^(?:by:?\s+)+(.+)$/i.exec(line.trim())?.[1];
  if (!rest) return null;
  // "By Howard Schneider | March 20, 2024", "By Ann Lee · Reuters": a bar or a dot sets the date or the desk off, as a comma does.
  const parts = rest.split(/,\s*|\s+[|·•]\s+/);
  // A trailing ", May 3, 2019" or ", 3 hours ago": the line's date, not a name.
  for (let k = 1; k < parts.length; k++) {
    if (parseDate(parts.slice(k).join(', '))) {
      parts.length = k;
      break;
    }
  }
  const names = parts.flatMap((part) => part.split(/\s+and\s+/)).map((n) => n.trim());
  if (names.length === 0 || names.length > 6 || !names.every((n) => personName().test(n))) return null;
  const shown = names.map(fromCapitals);
  return joinWords(shown);
}

/** Words of a company's or a desk's credit, not a person's ("Us Weekly Staff", "mediagene Inc.", "BWW News Desk", 編集部, 株式会社). */
const DESK =
  /\b(?:staff|team|desk|editors?|editorial|newsroom|inc|ltd|llc|plc|corp|gmbh|media|news|press|agency)\b|\u7de8\u96c6\u90e8|\u7f16\u8f91\u90e8|\u682a\u5f0f\u4f1a\u793e/i;

/** A credit that names a company or a desk: one of its words, or one word in capitals ("ASCII", "AP"). */
export function isDeskCredit(credit: string): boolean {
  return DESK.test(credit) || /^[\p{Lu}\d&]{2,6}$/u.test(credit.trim());
}

/** A short name in Chinese or Japanese script ("小暮ひさのり"), which has no capitals to test. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u30fb\u3005]{2,10}$/u;

/** Japanese and Chinese labels of a byline: poster, author, writer, reporter, text, editor, translator, photo (投稿者, 著者, 文…). */
const CJK_LABELS = String.raw`\u6295\u7a3f\u8005|\u8457\u8005|\u4f5c\u8005|\u7b46\u8005|\u57f7\u7b46\u8005?|\u8a18\u8005|\u6587|\u7de8\u96c6|\u7ffb\u8a33\u8005?|\u64ae\u5f71|\u5199\u771f`;
const CJK_LABEL = new RegExp(`^(?:${CJK_LABELS})$`, 'u');
const CJK_LABEL_BEFORE = new RegExp(`^(?:${CJK_LABELS})\\s*[:\\uff1a\\u25cf]\\s*`, 'u');

/** A name without the label a Japanese page prints before it ("著者：後藤大地", "文● オカモト"); the label needs its colon or mark. */
export function withoutLabel(text: string): string {
  return text.replace(CJK_LABEL_BEFORE, '');
}

/** A credit that names people: each name capitalised words or a short CJK name (not a label), and no desk word among them. */
export function isPersonCredit(credit: string): boolean {
  const names = credit.split(/,\s*|\s+and\s+|\s*&\s*/);
  return !isDeskCredit(credit) && names.every((n) => personName().test(n) || (CJK_NAME.test(n) && !CJK_LABEL.test(n)));
}
