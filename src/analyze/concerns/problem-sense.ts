// "problem" that frames an argument or a slogan, not a harm: "the problem with the film was that …", "Problem is, …",
// "government is the problem", "part of the problem, not the solution".

/** "The problem with that name was that …", "the problem with the concept, he said, is that …": the flaw an argument finds in an idea. */
const FLAW_FRAME = /^problem\s+with\s+[^.;:!?]{1,80}?\s+(is|was)\s+that\b/i;
/** "Problem is, I don't know …": a colloquial "the trouble is", opening the sentence. */
const COLLOQUIAL = /^problem\s+is\s*,/i;
/** "government is the problem", "part of the problem in Washington, not the solution": a slogan or a verdict on a person or a body. */
const SLOGAN_BEFORE = /\b(government\s+(is|was|IS)\s+the|part\s+of\s+the)\s+$/i;
const NOT_SOLUTION = /^problems?\b[^.;!?]{0,40}?\bnot\s+the\s+solution\b/i;
/** "have problems selecting judges": trouble doing a task, not a harm. */
const HAVE_BEFORE = /\b(have|has|had|having)\s+((some|serious|real|many|few|big)\s+)?$/i;
const DOING_AFTER = /^problems?\s+\p{Ll}+ing\b/u;
/** "a man who's having some problems.": a person's trouble told with nothing after it. */
const HAVING_BEFORE = /\b(is|are|was|were|['\u2019]s)\s+having\s+(some\s+)?$/i;
const NOTHING_AFTER = /^problems?\s*[,.;!?"\u201d]/u;

/** Whether "problem" at `start` frames an argument or a slogan rather than naming a harm. */
export function isProblemFrame(text: string, start: number): boolean {
  const rest = text.slice(start);
  if (!/^problems?\b/i.test(rest)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const opens = /(^|[.!?"“‘]\s*)$/u.test(text.slice(0, start));
  return FLAW_FRAME.test(rest) || (opens && COLLOQUIAL.test(rest)) || SLOGAN_BEFORE.test(before) || NOT_SOLUTION.test(rest) || isTrouble(before, rest);
}

function isTrouble(before: string, rest: string): boolean {
  return (HAVE_BEFORE.test(before) && DOING_AFTER.test(rest)) || (HAVING_BEFORE.test(before) && NOTHING_AFTER.test(rest));
}
