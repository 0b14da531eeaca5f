// Words a subject read back from its verb may skip or stop at (split from phrases.ts to keep it short).
import { lexicons } from '../lexicon.js';
import { isCapitalised, type Token } from './tokens.js';

/** Nouns that end in "-ly" like an adverb: "the organizer of the rally said" keeps its head noun. */
const LY_NOUN = /^(?:rally|ally|family|assembly|supply|reply|monopoly|anomaly|bully|folly|tally|homily|panoply)$/i;

/** A lower-case adverb in "-ly" ("later", "also" are SKIPPABLE's), not a noun that ends like one ("rally", "family"). */
export const isLyAdverb = (word: string): boolean => /ly$/.test(word) && !isCapitalised(word) && !LY_NOUN.test(word);

/** "Meanwhile the council has urged": a sentence adverb that opens the sentence without a comma, right before index `i`. */
export const isBareOpener = (tokens: readonly Token[], i: number): boolean => i === 1 && lexicons().sentenceAdverbs.has(tokens[0]?.text.toLowerCase() ?? '');
