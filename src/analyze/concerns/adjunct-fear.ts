// A time or topic clause cut from the front of a sentence ("after the parliament passed …", "As for his attacks on …") tells
// when or about what someone spoke, not what they fear: the sentence says more than that clause alone.

/** Openers of a clause of time or of topic, not of content: "after", "when", "as for", "in response to". */
const ADJUNCT = /^(?:after|before|when|whenever|since|until|once|as\s+for|in\s+response\s+to|in\s+contrast|underneath)\b/i;

/**
 * The sentence, when the fear is only the time or topic clause that opens it and holds the cue (the sentence goes on past a comma
 * after it). With the cue after it ("When he attacked the judge, voters were outraged") the clause is what the cue is about.
 */
export function fearPastAdjunct(text: string, cue: string, fear: string): string {
  if (fear === text || !ADJUNCT.test(fear) || fear.includes(',') || !fear.includes(cue)) return fear;
  const at = text.indexOf(fear);
  const rest = at >= 0 ? text.slice(at + fear.length) : '';
  return /^\s*["”’]?\s*,\s*["“]?\p{L}/u.test(rest) ? text : fear;
}
