// "failed", "failure": a harm only when what failed, or what was not done, bears on harm ("the dam failed", "failed to
// protect civilians"), not a candidate, a campaign or a pitch that fell short ("a failed candidate", "failed to inspire").
import { lexicons } from '../../lexicon.js';

/** Things whose failure hurts someone, and duties whose neglect does: a system, a dam, security, a warning heeded. */
const HARM_BEARING =
  /\b(security|safety|safe(ly|guards?)?|protect\p{L}*|prevent\p{L}*|defen[cs]es?|intelligence|warnings?|systems?|grids?|infrastructure|networks?|dams?|levees?|bridges?|engines?|brakes?|reactors?|banks?|heart|kidneys?|liver|organs?|polic(y|ies)|background\s+checks?|civilians?|lives|terror\p{L}*|militants?|cells?|crops?|harvests?|health|economy|sanctions|too\s+big)\b/iu;

/** The lexicon's harm words without its global flag (a `test` that keeps no position), made once. */
let anyHarm: RegExp | undefined;

/** The complement of a fail word: what was not done ("failed to heed warnings"), up to the end of its clause. */
function complementOf(text: string, end: number): string {
  return text.slice(end, end + 80).split(/[,;:.!?"“”—–)]/)[0] ?? '';
}

/**
 * Whether a "fail" word names no harm: the sentence names nothing whose failure hurts ("national security", "the dam")
 * and what went undone names no harm either ("failed to stop the killings").
 */
export function isHarmlessFailure(text: string, word: string, end: number): boolean {
  if (!/^fail(s|ed|ing|ures?)?$/i.test(word) || HARM_BEARING.test(text)) return false;
  anyHarm ??= new RegExp(lexicons().harmWords.source, 'i');
  return !anyHarm.test(complementOf(text, end));
}
