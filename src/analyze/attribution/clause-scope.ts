// Whether a verb and a quotation share a clause: `Assad promised …, but the State Department demanded an “…”` does not.
import { lexicons } from '../../lexicon.js';
import { isArticle, isCapitalised, type Token } from '../tokens.js';

/** Words that open a fronted clause ("When Carlson complained …, Ailes responded"). */
export const SUBORDINATOR = /^(when|whenever|if|after|although|whil(?:e|st)|because|since|before|though|once|until|unless|as|whereas)$/i;
/** A conjunction after a comma that opens a clause with a subject of its own. */
export const COORDINATOR = /^(but|whil(?:e|st)|whereas|yet)$/i;

/** A name or a determiner after "but" or "whilst" opens a new subject ("…, but other leaders are concerned"); "but said" goes on with the same one. */
export const opensSubject = (t: Token | undefined): boolean =>
  t?.kind === 'word' && (lexicons().determiners.has(t.text.toLowerCase()) || isCapitalised(t.text));

/**
 * Where a clause boundary stands between `from` and `to` (exclusive), or -1: a semicolon before a word ("; in fact, Sheehan
 * wore"), or a comma and "but", "while" … before a new subject (a name or a determiner): "…, but said" goes on with the same subject.
 */
export function boundaryBetween(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i];
    // Not "a statement which said; “…”": a semicolon before the quotation stands for a colon.
    if ((t?.text === ';' && tokens[i + 1]?.kind === 'word') || (t?.text === ',' && COORDINATOR.test(tokens[i + 1]?.text ?? '') && opensSubject(tokens[i + 2])))
      return i;
  }
  return -1;
}

/** The comma that ends a fronted subordinate clause: the first one followed by a name or a determiner; -1 when none. */
function frontedClauseEnd(tokens: readonly Token[], before: number): number {
  if (!SUBORDINATOR.test(tokens[0]?.text ?? '')) return -1;
  for (let i = 1; i < before; i++) {
    const next = tokens[i + 1]?.text ?? '';
    if (tokens[i]?.text === ',' && tokens[i + 1]?.kind === 'word' && (isArticle(next) || (isCapitalised(next) && !/^(Who|Which)$/.test(next)))) return i;
  }
  return -1;
}

/** True when the verb at `verb` is in another clause than the quotation at `self`: past a clause boundary, or in a fronted clause. */
export function isOtherClause(tokens: readonly Token[], verb: number, self: number): boolean {
  const [from, to] = verb < self ? [verb, self] : [self, verb];
  if (boundaryBetween(tokens, from, to) >= 0) return true;
  const fronted = frontedClauseEnd(tokens, self);
  return verb < self && fronted > verb;
}
