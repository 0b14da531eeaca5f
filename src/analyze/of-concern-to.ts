// "Also of concern to owners is …": the group a worry is "of … to" holds it; in a credited quotation its speaker voices it.
import type { Token } from './tokens.js';

/** Whether the worry noun at `cue` reads "of <noun> to <group>", outside a credited quotation ("… of concern to people,” said Berger). */
export function isOfConcernTo(tokens: readonly Token[], cue: number): boolean {
  if (!/^of$/i.test(tokens[cue - 1]?.text ?? '') || !/^to$/i.test(tokens[cue + 1]?.text ?? '')) return false;
  return !tokens.slice(cue).some((t, i, rest) => /^[”"]$/.test(t.text) && /^(said|says|added|told)$/i.test(rest[i + 1]?.text ?? ''));
}
