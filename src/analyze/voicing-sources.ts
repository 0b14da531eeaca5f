// "The report warned …" / "…, the Commons science committee added." then "It said …": the "it" is the report's owner or the
// committee, which a lower-case noun names, so the name index never sees it; a document whose owner the article never names
// stands as itself ("the report").
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import { type OwnedDocument, ownerBefore } from './document-owners.js';
import { allMatches } from '../all-matches.js';
import type { BodyPhrase } from './body-phrases.js';

const BODY = /^(?:committee|commission|panel|inquiry|tribunal)$/;
/** The verbs a report, a letter or a committee voices with; document-subject.ts reads the same ones. */
export const VOICE =
  '(?:said|says|warned|warns|added|adds|noted|notes|found|finds|concluded|concludes|accused|accuses|argued|argues|stated|states|cautioned|urged)';
const DET = '(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)';
/** The source as the subject of a voicing verb ("The report warned", "the committee also said"). */
const SUBJECT = new RegExp(`(?:^|[^\\p{L}'’])${DET}\\s+((?:[\\p{L}'’-]+\\s+){0,5}?)(\\p{Ll}+)\\s+(?:also\\s+|further\\s+)?${VOICE}\\b`, 'gu');
/** The source after its verb (", said the report."). */
const AFTER = new RegExp(`\\b${VOICE}\\s+${DET}\\s+((?:[\\p{L}'’-]+\\s+){0,5}?)(\\p{Ll}+)\\s*[.,;]?\\s*$`, 'gu');

/** A sentence whose subject is a bare body noun, whatever its verb: "The committee reached its conclusions after …". */
const OPENS = /^(?:(?:But|And|Then|Later),?\s+)?[Tt]he\s+(committee|commission|panel|inquiry|tribunal)\s+(?!of\b|on\b|for\b|into\b)\p{Ll}/u;

/** Who a document or lower-case body voicing in `sentence` stands for, else null. */
function sourceIn(sentence: Sentence, documents: readonly OwnedDocument[], bodies: readonly BodyPhrase[]): string | null {
  for (const m of [...allMatches(sentence.text, SUBJECT), ...allMatches(sentence.text, AFTER)]) {
    const [, before = '', noun = ''] = m;
    const words = before.trim().split(/\s+/).filter(Boolean);
    const capital = words.findIndex((w) => /^\p{Lu}/u.test(w));
    if (BODY.test(noun)) {
      // "the Commons science and technology committee": the words from its first capital; a bare "the committee" is none.
      if (capital >= 0) return `the ${[...words.slice(capital), noun].join(' ')}`;
      continue;
    }
    if (!lexicons().documentWords.has(noun)) continue;
    const here = documents.find((d) => d.sentence === sentence.index && d.noun === noun);
    const owner = here?.owner ?? (capital < 0 ? ownerBefore(documents, noun, sentence.index) : null);
    if (owner) return owner;
    if (capital < 0) return `the ${noun}`;
  }
  // "A report by the Commons work and pensions committee …. The committee reached …. It warned …": the committee named last.
  const head = OPENS.exec(sentence.text)?.[1];
  const named = head ? [...bodies].reverse().find((b) => b.head === head && b.sentence < sentence.index) : undefined;
  return named ? `the ${named.name}` : null;
}

/**
 * Sentence index → the owner or body a report, study or lower-case committee voicing in it stands for, worked out when
 * asked: only a sentence before an "It said …" ever is, and reading every sentence for it was about 3 % of analysis.
 */
export function voicingSourceLookup(
  sentences: readonly Sentence[],
  documents: readonly OwnedDocument[],
  bodies: readonly BodyPhrase[] = [],
): (k: number) => string | null {
  const found = new Map<number, string | null>();
  return (k) => {
    if (!found.has(k)) {
      const sentence = sentences.find((s) => s.index === k);
      found.set(k, sentence ? sourceIn(sentence, documents, bodies) : null);
    }
    return found.get(k) ?? null;
  };
}
