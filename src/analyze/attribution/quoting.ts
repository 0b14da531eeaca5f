// `"…," the Post reported, quoting an official`, `The Post quoted a diplomat saying that "…"`: the words are the one quoted,
// not the outlet or person that passes them on. `"…," Lee tweeted, quoting Hale's statement` stays Lee's: what Lee posted.
import { lexicons } from '../../lexicon.js';
import { phraseAfter } from '../phrases.js';
import { bare, isCapitalised, isPossessive, type Token } from '../tokens.js';
import type { Attribution, TextRule } from './rule.js';

const QUOTING = /^(quoting|quoted|quotes)$/i;
const PASSIVE = /^(was|were|is|are|be|been|being)$/i;
const SAYING = /^(saying|stating|telling|declaring|writing)$/i;
const DASH = /^[-–—:]$/;

/** "the man she knew as Uncle Ossie": the name after "knew as" / "called" that the description goes by. */
function knownAs(tokens: readonly Token[], phrase: Token[]): Token[] {
  const at = phrase.length > 0 ? tokens.indexOf(phrase.at(-1) as Token) + 1 : -1;
  const [who, verb, as] = [tokens[at]?.text ?? '', tokens[at + 1]?.text ?? '', tokens[at + 2]?.text ?? ''];
  if (!/^(she|he|they|we|I)$/.test(who) || !/^(knew|know|called|calls)$/.test(verb) || as !== 'as') return phrase;
  const named = phraseAfter(tokens, at + 3);
  return named.length > 0 && named.every((t) => isCapitalised(t.text)) ? named : phrase;
}

/** The one quoted after "quoting" / "quoted" at `at`: a phrase that owns nothing and names no document; else none. */
function quotedOne(tokens: readonly Token[], at: number): Token[] {
  // "the man she knew as …", "a diplomat saying that": the phrase ends before a pronoun or a participle of saying.
  const all = phraseAfter(tokens, at + 1);
  const stop = all.findIndex((t) => SAYING.test(t.text) || /^(she|he|they|we|I|who|that)$/.test(t.text));
  const phrase = stop >= 0 ? all.slice(0, stop) : all;
  const head = phrase.at(-1)?.text.toLowerCase() ?? '';
  if (phrase.length === 0 || phrase.some((t) => isPossessive(t.text)) || lexicons().documentWords.has(head.replace(/s$/, ''))) return [];
  return knownAs(tokens, phrase);
}

/**
 * After the quotation: `"…," the Post reported, quoting Y` or `"…," (perhaps only 10%,) he quoted Y in May`. Only words and
 * commas stand between, no other quotation and no verb of saying but the reporting one; `quoted Y as saying` is quoted-as's.
 */
function after(tokens: readonly Token[], self: number): Token[] {
  const { reportingVerbs } = lexicons();
  for (let i = self + 1; i < tokens.length && i <= self + 12; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'quote' || /^[.;!?]$/.test(t.text)) return [];
    if (!QUOTING.test(t.text)) continue;
    if (PASSIVE.test(tokens[i - 1]?.text ?? '') || tokens[i + 1]?.text === 'by' || tokens[i + 1]?.text === 'from') return [];
    const between = tokens.slice(self + 1, i);
    const verbs = between.filter((w) => reportingVerbs.has(w.text.toLowerCase()));
    // "the Post reported, quoting": one reporting clause, then a comma; "he quoted": the subject right before.
    if (/^quoting$/i.test(t.text) ? tokens[i - 1]?.text !== ',' || verbs.length !== 1 : verbs.length > 0 || tokens[i - 1]?.kind !== 'word') return [];
    const one = quotedOne(tokens, i);
    const next = tokens[i + 1 + one.length];
    return next?.text === 'as' && SAYING.test(tokens[i + 2 + one.length]?.text ?? '') ? [] : one;
  }
  return [];
}

/** `quoted Reagan's “eleventh commandment” -- "…"`, `quoting Hale's statement: "…"`: the owner of what is quoted, right before. */
function ownerBefore(tokens: readonly Token[], at: number, self: number): Token[] {
  let o = at + 1;
  while (o < at + 4 && tokens[o]?.kind === 'word' && isCapitalised(tokens[o]?.text ?? '') && !isPossessive(tokens[o]?.text ?? '')) o++;
  const owner = tokens[o];
  if (!owner || owner.kind !== 'word' || !isPossessive(owner.text) || !isCapitalised(owner.text)) return [];
  let k = o + 1;
  while (k < self && (tokens[k]?.kind === 'quote' || (tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]?.text ?? '')))) k++;
  if (k === o + 1 || k >= self || tokens.slice(k, self).some((t) => !DASH.test(t.text))) return [];
  return [...tokens.slice(at + 1, o), { ...owner, text: bare(owner.text), end: owner.start + bare(owner.text).length }];
}

/**
 * Before the quotation: `X quoted Y (as) saying (that) … "…"` (and what Y goes on "adding") or `quoting Y: "…"`. Between
 * the participle and the quotation no other verb of saying (but a participle), and no semicolon.
 */
function before(tokens: readonly Token[], self: number): Token[] {
  const { reportingVerbs } = lexicons();
  for (let at = self - 1; at > 0 && at >= self - 40; at--) {
    const t = tokens[at] as Token;
    if (t.text === ';') return [];
    if (!QUOTING.test(t.text)) continue;
    if (PASSIVE.test(tokens[at - 1]?.text ?? '') || tokens[at + 1]?.text === 'by') return [];
    const owner = ownerBefore(tokens, at, self);
    if (owner.length > 0) return owner;
    const one = quotedOne(tokens, at);
    let k = at + 1 + one.length;
    if (one.length === 0) return [];
    // "quoting Leonardo da Vinci in Italian:": a short phrase of language or place before the colon.
    if (tokens[k]?.text === 'in' && tokens[k + 2] && DASH.test(tokens[k + 2]?.text ?? '') && k + 3 === self) return one;
    if (DASH.test(tokens[k]?.text ?? '') && k + 1 === self) return one;
    if (tokens[k]?.text === 'as') k++;
    if (!SAYING.test(tokens[k]?.text ?? '')) return [];
    const rest = tokens.slice(k + 1, self);
    // "adding that", "the remark as recounted by the Mirror": a participle after a comma, or one with its agent, says nothing new.
    const spoken = rest.some(
      (w, j) => reportingVerbs.has(w.text.toLowerCase()) && !(w.text.endsWith('ing') && rest[j - 1]?.text === ',') && rest[j + 1]?.text !== 'by',
    );
    return spoken ? [] : one;
  }
  return [];
}

export const quoting: TextRule = {
  type: 'text',
  id: 'quoting',
  description: 'A quotation passed on "quoting Y" or "X quoted Y saying": Y speaks, unless what is quoted is a document X posted.',
  examples: [
    { text: '"The pier was never safe," the Harbour Gazette reported, quoting harbour engineer Tom Hale.', speaker: 'Tom Hale' },
    { text: 'The Harbour Gazette quoted engineer Tom Hale saying that the pier "was never safe for boats of that size."', speaker: 'Tom Hale' },
    { text: 'Tom Hale closed by quoting Ann Lee’s “first rule” -- “Never sail out after dark without a light on board.”', speaker: 'Ann Lee' },
  ],
  apply({ tokens, self, sentence }): Attribution | null {
    const phrase = after(tokens, self).length > 0 ? after(tokens, self) : before(tokens, self);
    return phrase.length > 0 ? { phrase, verb: 'quoting', sentence, how: 'adjacent', distance: 0 } : null;
  },
};
