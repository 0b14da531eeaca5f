// "The BPI is equally quick to condemn …", "Trump has been the most aggressive in the field in denouncing …": an eagerness to
// blame is the copula's subject's; the anchor reader looks only for a verb of voicing before the cue, which these lack.
import { COPULA } from './holder-anchor.js';
import { subjectBefore } from './subject.js';
import type { Token } from './tokens.js';

const BLAME = /^(condemn(ing)?|critici[sz](e|ing)|denounc(e|ing)|attack(ing)?|blam(e|ing)|warn(ing)?|accus(e|ing))$/i;
const EAGER = /^(quick|quicker|quickest|eager|keen|first|ready|swift|aggressive|vocal|outspoken|loudest)$/i;

/** The subject of "X is (equally) quick to <blame>" or "X has been the most aggressive … in <blaming>", else null. */
export function eagerSubject(tokens: readonly Token[], cue: number): Token[] | null {
  const verb = tokens[cue]?.text ?? '';
  if (!BLAME.test(verb)) return null;
  const lead = tokens[cue - 1]?.text ?? '';
  const toForm = lead === 'to' && EAGER.test(tokens[cue - 2]?.text ?? '') && !/ing$/.test(verb);
  if (!toForm && !(lead === 'in' && /ing$/.test(verb))) return null;
  let copula = cue - 2;
  while (copula > 0 && cue - copula <= 9 && !COPULA.test(tokens[copula]?.text ?? '')) copula--;
  if (!COPULA.test(tokens[copula]?.text ?? '')) return null;
  // "in denouncing" holds only after an eager word in the copula's complement ("the most aggressive in the field").
  if (!toForm && !tokens.slice(copula + 1, cue).some((t) => EAGER.test(t.text))) return null;
  const aux = /^(has|have|had)$/i.test(tokens[copula - 1]?.text ?? '') ? copula - 1 : copula;
  const subject = subjectBefore(tokens, aux);
  return subject.length > 0 ? subject : null;
}
