// "While almost everyone agrees …, some critics fear …", "Critics have already begun to voice complaints": where the cue is
// "critics" opening its clause as the subject of a verb that voices (concerns/critics.ts), they hold it, not the subject of
// the sentence's first verb.
import type { Sentence } from '../types.js';
import { criticsVoice } from './concerns/critics.js';
import { isVerb } from './phrase-words.js';
import type { Token } from './tokens.js';

/** A determiner or plain modifier before "critics" ("some", "many conservative"). */
const BEFORE = /^(some|many|most|other|several|few|\p{Ll}+|\p{Lu}\p{Ll}+)$/u;
/** Words that open the clause "critics" is the subject of. */
const OPENER = /^(and|but|while|although|though|because|as|since|so|that|which|who|whom|when|where|indeed|yet|[,;:—–-])$/i;
/** Whose critics they are: "Her critics", "Trump's critics" are left to the sentence's own subject. */
const OWNER = /^(his|her|their|its|our|my|your|\p{L}+['’]s?)$/iu;
/** Prepositions that narrow the critics ("critics of the dam", "critics in both parties"). */
const NARROWING = /^(of|in|on|from|at|within)$/i;
/** Words that end the narrowing phrase: an auxiliary or adverb before the verb. */
const VERB_LEAD = /^(have|has|had|also|often|long|quickly|now|still|already|repeatedly|\p{Ll}+ly)$/u;

/** The phrase naming the critics at `cue` ("some critics", "critics of phone-tap trials") when they voice the sentence, else null. */
export function criticsSubject(tokens: readonly Token[], cue: number, sentence: Sentence): Token[] | null {
  const word = tokens[cue];
  if (!word || !/^critics$/i.test(word.text) || !criticsVoice(sentence.text.slice(word.start - sentence.start))) return null;
  let start = cue;
  const plain = (t: Token | undefined): boolean => BEFORE.test(t?.text ?? '') && !OPENER.test(t?.text ?? '') && !OWNER.test(t?.text ?? '');
  while (start > cue - 2 && start > 0 && plain(tokens[start - 1])) start--;
  if (OWNER.test(tokens[start - 1]?.text ?? '')) return null;
  // "one of the most vocal critics of what he called": not a group opening its clause.
  if (start > 0 && !OPENER.test(tokens[start - 1]?.text ?? '')) return null;
  let end = cue + 1;
  if (NARROWING.test(tokens[end]?.text ?? ''))
    while (end < cue + 8 && tokens[end]?.kind === 'word' && !isVerb(tokens[end]) && !VERB_LEAD.test(tokens[end]?.text ?? '')) end++;
  // "critics like Huffman say": the named example holds it, as the sentence's subject already says.
  return /^(like|including|such)$/i.test(tokens[cue + 1]?.text ?? '') ? null : tokens.slice(start, end);
}
