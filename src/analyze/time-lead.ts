// Why: "This morning, the government said …" gave the quote to "This morning": a sentence's leading capitals stand for its
// subject only when they name someone, and a time phrase names no one.
import type { Token } from './tokens.js';

/** "This morning, the government said …": a time phrase opening the sentence is when, never who (not "This Morning", a show, before a capital). */
export const isTimeLead = (lead: readonly Token[]): boolean =>
  lead.length <= 3 &&
  /^(?:this|that|last|next|each|every|later|earlier|early|late)$/i.test(lead[0]?.text ?? '') &&
  lead.slice(1).some((t) => /^(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|season|time)$/.test(t.text));
