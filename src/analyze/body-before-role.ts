// Why: "State Department official David Holmes", "ACTU leader Greg Combet", "CNN anchor Jake Tapper", "Trump's campaign manager":
// the role's body or owner, written in capitals before the role word, is part of the title; and "former secretary of state Colin
// Powell" holds its domain after "of". roleBefore (name-roles.ts, at its size limit) stops at the first capital and at "of".
import { lexicons } from '../lexicon.js';
import { isNotName } from './capital-runs.js';
import { CAPITAL_POSSESSIVE, isCapitalised, isPossessive, type Token } from './tokens.js';

/** The most capitalised words a body's name before a role may have. */
const MAX_WORDS = 5;
/** Words that open a sentence or clause ("Just ask former senator …") and are no part of a body's name, beside the function words. */
const SENTENCE_WORD = /^(the|a|an|while|whilst|when|where|then|meanwhile|now|last|this|next|just|even|only|ask|meet|says|said)$/i;
/** Words that may qualify the body's title before it ("former White House adviser"). */
const QUALIFIER = /^(former|then|ex|acting|interim|longtime|veteran|senior|top)$/;

/**
 * The capitalised name of a body that ends at `end` (inclusive) right before a role word, with a qualifier before it: "State
 * Department", "former White House", "ACTU". Empty unless the name ends in an organisation word or is an acronym, and what stands
 * before it is no capitalised word (then the run may be a person's name or a longer phrase, not the body alone).
 */
export function bodyBeforeRole(tokens: readonly Token[], end: number): string[] {
  if (tokens[end]?.kind !== 'word' || !isCapitalised(tokens[end]?.text ?? '')) return [];
  // "The White House …", "While White House …", "To Montclair State University …": a word of the sentence, capitalised, is no part of it.
  const named = (t: Token | undefined): boolean =>
    t?.kind === 'word' && isCapitalised(t.text) && !lexicons().functionWords.has(t.text.toLowerCase()) && !SENTENCE_WORD.test(t.text);
  let start = end;
  while (start > end - MAX_WORDS + 1 && start > 0 && named(tokens[start - 1])) start--;
  const run = tokens.slice(start, end + 1).map((t) => t.text);
  const last = run.at(-1) ?? '';
  const body = (run.length >= 2 && lexicons().orgWords.has(last.toLowerCase())) || (run.length === 1 && /^\p{Lu}{2,6}$/u.test(last));
  if (!body || run.some((w) => !/^\p{Lu}[\p{L}.&-]*$/u.test(w))) return [];
  // "Last week State Department official …": the run starts after a lower-case word or the sentence's start; a capital before it
  // ("Obama White House adviser") makes the run part of a longer name.
  const before = tokens[start - 1];
  if (named(before)) return [];
  const qualifier = before?.kind === 'word' && QUALIFIER.test(before.text) ? [before.text] : [];
  return [...qualifier, ...run];
}

/** A capitalised word that may qualify a role as a whole word of the title: "Tory", "France", "SpaceX", "U.S.". */
const isModifier = (t: Token | undefined): boolean =>
  t?.kind === 'word' &&
  /^\p{Lu}[\p{L}.-]*$/u.test(t.text) &&
  !isNotName(t.text) &&
  !lexicons().determiners.has(t.text.toLowerCase()) &&
  !SENTENCE_WORD.test(t.text) &&
  !lexicons().sentenceAdverbs.has(t.text.toLowerCase()) &&
  !/ly$/.test(t.text);

/**
 * The capitalised words before a role that belong to its title, ending at `end`: a body's name ("State Department"), or else one
 * modifier ("Tory frontbencher", "France coach", "War protestor"), with a qualifier before either ("Former", lower-cased).
 */
export function capitalsBeforeRole(tokens: readonly Token[], end: number): string[] {
  const owner = ownerBeforeRole(tokens, end);
  if (owner.length > 0) return owner;
  const body = bodyBeforeRole(tokens, end);
  if (body.length > 0) return body;
  const qualifier = (t: Token | undefined): boolean => t?.kind === 'word' && lexicons().titleQualifiers.has(t.text.toLowerCase());
  // "Former government communications chief Alastair Campbell": the sentence's capital on a qualifier.
  if (qualifier(tokens[end])) return [tokens[end]?.text.toLowerCase() ?? ''];
  // "Tory frontbencher John Redwood": one modifier, after a lower-case word, a qualifier or the sentence's start; a capital before
  // it ("New York lawyer", "Hillary Clinton aide") makes it the tail of a longer name that this cannot bound.
  // "Trump's Virginia state director": an owner's possessive before the modifier is the title's too.
  const qualified = qualifier(tokens[end - 1]);
  const ownerFirst = /['’]s$/.test(tokens[end - 1]?.text ?? '') ? ownerBeforeRole(tokens, end - 1) : []; // not "Services’ Association"
  if (!isModifier(tokens[end]) || (isCapitalised(tokens[end - 1]?.text ?? '') && !qualified && ownerFirst.length === 0)) return [];
  return qualified ? [tokens[end - 1]?.text.toLowerCase() ?? '', tokens[end]?.text ?? ''] : [...ownerFirst, tokens[end]?.text ?? ''];
}

/** "Trump's campaign manager", "Queensland's opposition leader", "Hillary Clinton's spokesman": a capitalised owner ending at `end`
 *  in its possessive, with up to two capitalised words of its name before it; empty when the word at `end` is no such owner. */
function ownerBeforeRole(tokens: readonly Token[], end: number): string[] {
  const last = tokens[end];
  if (last?.kind !== 'word' || !isPossessive(last.text) || !CAPITAL_POSSESSIVE.test(last.text)) return [];
  const named = (t: Token | undefined): boolean =>
    t?.kind === 'word' && /^\p{Lu}[\p{L}.&-]*$/u.test(t.text) && !lexicons().functionWords.has(t.text.toLowerCase()) && !SENTENCE_WORD.test(t.text);
  let start = end;
  while (start > end - 2 && named(tokens[start - 1])) start--;
  return tokens.slice(start, end + 1).map((t) => t.text);
}

/** Words that qualify a role before it: the title qualifiers ("former secretary of state") and rank words ("deputy chief of staff"). */
const isRoleQualifier = (word: string): boolean => lexicons().titleQualifiers.has(word) || /^(?:deputy|assistant|then|ex|senior)$/.test(word);

/**
 * "former secretary of state Colin Powell", "deputy chief of staff Anita Decker": a role in lower case with the "of" of its domain
 * (one or two lower-case words, no function word) right before the person's name that starts at `end`, with its qualifiers; null if none.
 */
export function domainRoleBefore(tokens: readonly Token[], end: number): string | null {
  // Only before a person's first name: "chairman of the Commons", "editor of trade magazine Screen International" name a body.
  if (!lexicons().givenNames.has(tokens[end]?.text.toLowerCase() ?? '')) return null;
  const lower = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !lexicons().functionWords.has(t.text);
  const of = tokens[end - 2]?.text === 'of' ? end - 2 : tokens[end - 3]?.text === 'of' && lower(tokens[end - 2]) ? end - 3 : -1;
  const role = tokens[of - 1];
  if (of < 1 || !lower(tokens[end - 1]) || !lower(role) || !lexicons().titles.has(role?.text ?? '')) return null;
  let start = of - 1;
  while (start > 0 && isRoleQualifier(tokens[start - 1]?.text ?? '')) start--;
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}
