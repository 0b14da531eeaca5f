// The agent of a passive verb of asking or telling ("Sanders was asked by host Bill Maher"): the subject was spoken to.
import { lexicons } from '../lexicon.js';
import { auxiliaryBefore, isPassiveAuxiliary } from './phrase-words.js';
import { phraseAfter } from './phrases.js';
import type { Token } from './tokens.js';

/**
 * For a passive verb of asking or telling at `verb` ("Sanders was asked by host Bill Maher"): the agent after "by",
 * or [] when none is named. Null when the verb is not such a passive, and its subject speaks.
 */
export function passiveAgent(tokens: readonly Token[], verb: number): Token[] | null {
  // Verbs whose object is the listener: in the passive ("Sanders was asked") the subject is the one spoken to.
  if (!lexicons().listenerVerbs.has(tokens[verb]?.text.toLowerCase() ?? '')) return null;
  if (!isPassiveAuxiliary(auxiliaryBefore(tokens, verb))) return null;
  return tokens[verb + 1]?.text === 'by' ? phraseAfter(tokens, verb + 2) : [];
}
