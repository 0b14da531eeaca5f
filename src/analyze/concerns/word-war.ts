// "criticized him for saying he had sacrificed", "the perceived media attacks": blame for words said is a war of words, not a harm (GUIDELINE.md, hard cases).

import { isAskedCue } from './asked-cue.js';
import { isBareRivalBlame } from './bare-rival.js';
import { isBorneAttack } from './borne-attack.js';
import { isReceivedCriticism } from './received-criticism.js';
import { isObjectionWithoutHarm } from './objection-harm.js';

/** A verb of blame whose reason, within five words, is something said: "for saying", "for his remarks", "for using the term". */
const BLAME = /^(?:critici[sz]\p{L}*|condemn\p{L}*|denounc\p{L}*|attack\p{L}*|rebuk\p{L}*)$/iu;
const FOR_WORDS =
  /^\s+(?:[^\s,;:.]+\s+){0,5}?for\s+(?:saying|calling|suggesting|comparing|describing|referring|tweeting|mocking|questioning|praising|claiming|(?:his|her|their|its|the|those|these)\s+(?:\p{L}+\s+)?(?:comments?|remarks?|words|tweets?|statements?)|using\s+the\s+(?:term|word|phrase))\b/iu;
/** "media attacks", "withering attacks", "a scathing attack": attacks in words, by their kind. */
const WORDY_ATTACK = /\b(?:media|campaign|withering|blistering|scathing|harsh|sharp|rhetorical|partisan|perceived)\s+$/i;

/** Whether the cue at `start`..`end` blames someone for what they said, or names attacks made in words. */
export function isWarOfWords(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (/^attacks?$/i.test(word) && WORDY_ATTACK.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (isBorneAttack(text, start, end) || isAskedCue(text, start, end) || isReceivedCriticism(text, start, end)) return true;
  if (isObjectionWithoutHarm(text, start, end)) return true;
  return (BLAME.test(word) && FOR_WORDS.test(text.slice(end, end + 120))) || isBareRivalBlame(text, start, end);
}
