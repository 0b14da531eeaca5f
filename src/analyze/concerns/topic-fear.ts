// Why: "safety concerns surrounding the convention" printed only "the convention": the word before a noun of worry names what
// is feared about the phrase after it, so the fear keeps both.
import type { Predicate } from './predicates.js';

/** Nouns of worry a topic word may stand before: a plural, as "fear" and "worries" are also verbs ("they fear …", "she worries …"). */
const WORRY_NOUN = /^(?:concerns|fears)$/i;
/** Words that name a field of harm when they stand before "concerns" ("safety concerns", "oversupply concerns"); other words
 *  there say how much or whose ("serious", "investor") or are verbs ("raise concerns"). */
const TOPIC =
  /^(?:safety|security|health|privacy|oversupply|supply|inflation|debt|climate|environmental|liquidity|cost|budget|terror|terrorism|credit|legal|economic|financial|humanitarian|ethical|ethics|constitutional|competition|antitrust|pollution|radiation|crime|rights|trade|currency|growth|recession|pension|tax|funding|staffing|traffic|noise|quality|copyright|piracy|contamination|contagion|espionage|surveillance|proliferation)$/;

/** The fear with the topic word before the cue when the cue governs a phrase: "safety concerns surrounding the convention". */
export function withTopic(text: string, cue: Predicate, scope: string, governed: boolean): string {
  if (!WORRY_NOUN.test(cue.word)) return scope;
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(text.slice(0, cue.start));
  const topic = m?.[1] ?? '';
  if (!m || !TOPIC.test(topic)) return scope;
  const from = cue.start - m[0].trimStart().length; // where the topic word starts
  const at = governed ? text.indexOf(scope, cue.end) : -1;
  return at >= cue.end ? text.slice(from, at + scope.length) : scope;
}
