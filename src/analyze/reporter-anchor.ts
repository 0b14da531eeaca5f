// "Some Democrats said they feared …": a pronoun subject right after a reporting verb most often stands for the reporter,
// whom the resolver cannot name when the pronoun is plural (split from holder.ts to keep it short).
import type { Token } from './tokens.js';

/** Reporting verbs after which a lone pronoun most often stands for the one who reports. */
const REPORTED = /^(said|says|say|told|added|argued|insisted|explained)$/;

/** The reporting verb right before a lone pronoun subject of the verb at `verb` ("said (that) they feared"), or -1. */
export function reporterBefore(tokens: readonly Token[], verb: number): number {
  if (!/^(they|he|she|it|we)$/.test(tokens[verb - 1]?.text.toLowerCase() ?? '')) return -1;
  const at = tokens[verb - 2]?.text.toLowerCase() === 'that' ? verb - 3 : verb - 2;
  return REPORTED.test(tokens[at]?.text.toLowerCase() ?? '') ? at : -1;
}
