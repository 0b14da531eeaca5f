// The names an article gives, as the analysis indexes them once per article: each mention, and what the mentions say of
// the people and bodies they name (full names, titles, aliases, pronoun votes, unnamed voices).
import type { SpeakerKind } from '../types.js';
import type { PronounVotes } from './name-gender.js';
import type { UnnamedVoice } from './unnamed-voices.js';
import type { OwnedDocument } from './document-owners.js';
import type { BodyPhrase } from './body-phrases.js';

export interface NameMention {
  /** The name as resolved from this mention alone ("John Hill", or "Hill"). */
  name: string;
  title: string | null;
  kind: SpeakerKind;
  /** Absolute position: sentence index and offset inside the sentence text. */
  sentence: number;
  start: number;
  end: number;
  /** The word before the mention, to tell subjects from objects. */
  before: string;
  /** True when the mention stands inside quotation marks. */
  quoted: boolean;
  /** The capitalised words as they stand, e.g. "Movement for Democratic Change". */
  run: string;
  /** True when the mention looks like the subject of its clause (sentence start, or a verb follows). */
  subject: boolean;
  /** True when the mention is a passive's agent ("was supported by Sen. Dianne Feinstein"): an actor, though after a preposition. */
  agent?: boolean;
  /** True when a question was put to the mention ("asked Sanders whether …"): the next answer is likely the person's. */
  questioned?: boolean;
}

export interface NameIndex {
  mentions: NameMention[];
  /** Surname (or any single name part) → fullest person name seen. */
  fullNames: Map<string, string>;
  /** Full person name → a title found beside it. */
  titles: Map<string, string>;
  /** Full person names whose title is a plural role before a list ("Senators A and B"): all in the list hold it, so no "the
   *  senator" picks one of them by it. */
  sharedTitles?: Set<string>;
  /** Short names the article introduces for a long one: "Bagong Alyansang Makabayan (…) or Bayan", "X (MDC)". */
  aliases: Map<string, string>;
  /** The paragraph of each sentence, by sentence index. */
  paragraphs?: Map<number, number>;
  /** Full person name → how often the article's pronouns gave the person each sex. */
  pronounVotes?: PronounVotes;
  /** Sentences in which an unnamed person speaks ("a neighbour said"): the words that name them and the sex the noun gives. */
  unnamedVoices?: Map<number, UnnamedVoice>;
  /** Sentence index → the unnamed people it describes ("a source close to him"), for a later "the source". */
  described?: ReadonlyMap<number, readonly { noun: string; phrase: string }[]>;
  /** Documents named with their owner ("a report by the Harbour Institute"), in order. */
  documents?: readonly OwnedDocument[];
  /** Bodies named by capitals before a lower-case head ("the Romanian government"), in order. */
  bodyPhrases?: readonly BodyPhrase[];
  /** A sentence that opens inside a quotation → the earlier sentence where that quotation opens (see quoteOpenings). */
  quoteOpenings?: ReadonlyMap<number, number>;
  /** Each sentence's reporting verbs outside quotation marks, as offsets in it. */
  reportVerbs?: ReadonlyMap<number, readonly number[]>;
  /** Each sentence's comma that closes a fronted clause ("After Beck asked …, D'Souza replied"), or -1. */
  frontedCommas?: ReadonlyMap<number, number>;
  /** Sentences of narration the writer opens on ("I met with …", "We spoke to …"). */
  writerOpeners?: ReadonlySet<number>;
  /** Sentences that open on "He" or "She" as their subject, with the pronoun's sex. */
  pronounOpeners?: Map<number, 'm' | 'f'>;
  /** Sentences of narration that end on "…, he said." or "…, she added.", with the pronoun's sex. */
  pronounReporters?: Map<number, 'm' | 'f'>;
  /** Sentences that open on an organisation as their subject ("The Post reported …"), with its mention. */
  bodyOpeners?: Map<number, NameMention>;
  /** Sentences in which a role or epithet speaks ("…, the admiral said."), with its head noun. */
  epithetVoices?: ReadonlyMap<number, string>;
  /** Sentences that open on a role or epithet as their subject ("The writer was …"), with its head noun. */
  epithetOpeners?: Map<number, string>;
  /** Surname → the full names (a listed given name, then it) the text writes anywhere, the headline and title-case lines too. */
  spelled?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The owner or body a report, study or lower-case committee voicing in sentence `k` stands for, else null; worked out when asked. */
  voicingSource?: (k: number) => string | null;
}
