// "Correction: This article originally linked to …", "Editor's Note: An article on Monday … reported that …": a notice that an
// earlier version was wrong settles what it names; it leaves no claim open.

/** A correction notice's opening label; an editor's note counts when it speaks of an earlier article or version. */
const NOTICE =
  /^\s*(?:(?:corrections?|clarifications?)(?:\s+(?:added|appended|made)\b[^:]{0,40})?\s*:|editor['’]s\s+note\s*:\s*(?:an?|the|this)\s+(?:earlier|previous|article|story|version|report|caption)\b)/i;

/** Whether a sentence opens a correction notice. */
export function isCorrectionNotice(text: string): boolean {
  return NOTICE.test(text);
}
