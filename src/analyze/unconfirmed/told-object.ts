// Why: "A source told the Sunday Times Mr Campbell would …" printed its claim as "Times Mr Campbell would …": the attribution's
// object ran past the one word "told \w+" allowed. The object is read case-sensitively here, as REPORTING cannot be.
import { lexicons } from '../../lexicon.js';

/** Words that end an object before a reported clause: a title opens the clause's subject ("the BBC Mr Campbell would"). */
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Gov|Rep|Prof|President|Senator|Governor|Sir|Lord|Lady)\.?$/;

/** Lower-case heads of an outlet or audience after its name or a determiner: "the paper", "BBC Radio's Today programme", "FBI agents". */
const HEAD =
  /^(?:paper|newspaper|magazine|station|website|site|agency|network|broadcaster|programme|program|show|daily|channel|outlet|agents|officials|investigators|reporters|journalists|correspondents)$/;

/** What may stand between "told" and its "that": no verb, no subject pronoun ("told an outside group that …", not "told reporters he said that"). */
const NOT_OBJECT =
  /^(?:said|says|say|would|will|was|is|are|were|had|has|have|could|can|may|might|did|do|does|should|must|he|she|they|it|we|I|you|there|this|not)$/i;

const DETERMINER = /^(?:the|a|an)$/i;
const TIME = /^(?:week|month|year|morning|afternoon|evening|weekend)$/;
const BROADCAST_ROLE = /^(?:host|anchor|interviewer|moderator|presenter|reporter|correspondent|columnist)$/;

/** A word that goes on an outlet's name without a determiner: "BBC News", "BBC Radio 4", "Fox News Sunday". */
const isOutletTail = (word: string): boolean => /^\d+$/.test(word) || lexicons().outletTails.has(word.replace(/[’']s$/, ''));
const NAME = /^\p{Lu}[\p{L}\p{N}.&’'-]*$/u;

/**
 * How far the attribution "told <object> [that]" runs from the start of `text` (which begins with "told"), or null when its
 * object is the one word after "told" (the reading REPORTING already gives).
 */
export function toldLength(text: string): number | null {
  const words = [...text.matchAll(/\S+\s*/g)].map((m) => m[0]);
  if (!/^(?:told|tells?)\s/i.test(words[0] ?? '')) return null;
  const bare = (i: number): string => (words[i] ?? '').trim();
  const upTo = (i: number): number => words.slice(0, i).join('').length;
  // "told an outside group that …", "told FBI agents that …": up to four object words, then "that".
  for (let i = 2; i <= 6 && i < words.length; i++) {
    // "told US media this month that …": a time of the telling may stand between the object and its "that".
    if (/[,;:“”"]/.test(bare(i - 1)) || (NOT_OBJECT.test(bare(i - 1)) && !(bare(i - 1) === 'this' && TIME.test(bare(i))))) break;
    if (bare(i) === 'that') return i > 2 ? upTo(i + 1) : null;
  }
  let i = 1;
  const determiner = DETERMINER.test(bare(i));
  if (determiner) i++;
  // "told host Sean Hannity …", "told CNN anchor Jake Tapper …": a broadcaster's role before the name is part of the listener.
  if (!determiner && BROADCAST_ROLE.test(bare(i)) && NAME.test(bare(i + 1))) i++;
  const start = i;
  // A name of capitalised words ("the Sunday Times", "BBC News Online"), stopping at a title; without a determiner only a
  // name's own tail ("BBC News Online the band …", not "Reuters Obama would …").
  const name = (k: number): boolean => NAME.test(bare(k)) && !TITLE.test(bare(k));
  // "told Sean Hannity a Clinton loss is …": a listed given name takes the capitalised word after it as its surname.
  const person = !determiner && lexicons().givenNames.has(bare(start).toLowerCase()) && name(start + 1);
  while (name(i) && (i === start || (person && i === start + 1) || isOutletTail(bare(i)) || (determiner && name(i + 1) && isOutletTail(bare(i + 1))))) i++;
  // "the paper", "the BBC's Today programme", "a local newspaper".
  if (determiner && i === start && HEAD.test(bare(i + 1)) && /^[a-z]+$/.test(bare(i))) i++;
  if (HEAD.test(bare(i)) && (determiner || i > start)) i++;
  return i > 2 && i - start >= 1 ? upTo(i) : null;
}
