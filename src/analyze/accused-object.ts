// "Chávez accused President Bush of being a racist, saying …": who is accused or criticised never holds the accusation, so a
// holder the cue's object names (from a quote in the clause, or a pronoun resolved to the nearest name) is a slip.
import type { Sentence } from '../types.js';
import { tokenize } from './tokens.js';

/** Verbs of blame whose object is the one blamed. */
const BLAME = /^(accus(e|es|ed|ing)|blam(e|es|ed|ing)|criticis(e|es|ed|ing)|criticiz(e|es|ed|ing)|condemn(s|ed|ing)?|denounc(e|es|ed|ing)|attack(s|ed|ing)?)$/i;
/** Words that may stand before the object's name: titles, articles, a first name ("then-Fed Chair Ben S. Bernanke"). */
const LEAD = /^(the|then|former|\p{Lu}[\p{L}.'’-]*)$/u;

/** Whether `holder` is the object of the blame verb at `cueStart` ("accused Mr. Trump of …" with holder Donald J. Trump). */
export function isBlamedObject(holder: string, sentence: Sentence, cueStart: number | null): boolean {
  const tokens = tokenize(sentence.text, sentence.start);
  const cue = tokens.findIndex((t) => t.start === cueStart);
  // "“…,” warned Clinton": after a comma or quotation mark the name is the inverted subject, not the object.
  if (cue < 0 || !BLAME.test(tokens[cue]?.text ?? '') || /^[,"“”]$/.test(tokens[cue - 1]?.text ?? '')) return false;
  const surname = holder.split(/\s+/).at(-1) ?? '';
  for (let k = cue + 1; k <= cue + 5 && LEAD.test(tokens[k]?.text ?? ''); k++) if (tokens[k]?.text.replace(/['’]s?$/, '') === surname) return true;
  return false;
}
