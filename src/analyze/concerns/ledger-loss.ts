// "expected to report a loss for the first quarter", "operating at a substantial loss", "claimed a loss of $916 million": a loss
// entered in a firm's or a filer's accounts is a figure reported, not a harm anyone fears ("a loss of jobs" still is one).
import { isDebtAccount } from './debt-sense.js';

/** A verb that enters a loss in the books, or a label of the account it sits in, right before the word. */
const LEDGER_BEFORE =
  /\b(?:(?:report|post|book|record|forecast|claim)(?:s|ed|ing)?\s+(?:(?:a|an|its|their|his|her)\s+)?(?:\S+\s+){0,2}?|(?:operat|trad|runn)ing\s+at\s+a\s+(?:\S+\s+)?|(?:net|pre-?tax|operating|quarterly|annual|full-year|half-year|interim)\s+)$/i;
/** The period a loss is reported for, or its use against tax: "a loss for the first quarter", "losses to offset other income". */
const LEDGER_AFTER = /^\s+(?:(?:for|in)\s+the\s+(?:\S+\s+){0,2}?(?:quarter|half|year|period)\b|to\s+offset\b)/i;

/** Whether "loss" or "losses" names an entry in the accounts, or "debt" an account owed (debt-sense.ts). */
export function isLedgerLoss(text: string, word: string, start: number, end: number): boolean {
  if (isDebtAccount(text, word, start, end)) return true;
  // "reported the loss of 40 lives": people or jobs lost stay a harm, whatever verb tells it.
  if (!/^loss(es)?$/i.test(word) || /^\s+of\s+(?:\S+\s+)?(?:lives?|life|jobs?|homes?)\b/i.test(text.slice(end, end + 30))) return false;
  return LEDGER_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || LEDGER_AFTER.test(text.slice(end, end + 40));
}
