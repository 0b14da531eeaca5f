// A name after a closing quotation mark and a dash credits the quotation before it:
// `"…" ― Jane Roe`, `"…" — Jane Roe, a teacher in Ohio`, or a line of its own after a quote-only paragraph.
import { isNamePart } from '../capital-runs.js';
import { isVerbAt } from '../phrases.js';
import { resolveMention } from '../resolve-mention.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { ContextRule, TextRule } from './rule.js';
import { sentenceTokens } from '../sentence-tokens.js';

const DASH = /^(?:[―—–-]|--)$/;
/** The capitalised words right after index `from`, when a comma, a full stop, a bracket, the next quotation or the end follows them. */
function nameAfter(tokens: readonly Token[], from: number): Token[] {
  const name: Token[] = [];
  let k = from;
  for (let t = tokens[k]; name.length < 5 && t?.kind === 'word' && isNamePart(t.text); t = tokens[++k]) name.push(t);
  if (!name[0] || !isCapitalised(name[0].text)) return [];
  const next = tokens[k];
  return !next || next.kind === 'quote' || (next.kind === 'punct' && /^[,.(“"]$/.test(next.text)) ? name : [];
}

/** A handle's whole name, its underscores included ("dele_official", "RobertMaguire_"), as one word from `from`. */
function handleAt(tokens: readonly Token[], from: number): Token[] {
  let end = from + 1;
  while (tokens[end] && tokens[end]?.start === tokens[end - 1]?.end && /^\w+$/.test(tokens[end]?.text ?? '')) end++;
  const parts = tokens.slice(from, end);
  const [first] = parts;
  return first ? [{ ...first, text: parts.map((t) => t.text).join(''), end: parts.at(-1)?.end ?? first.end }] : [];
}

/** The credit after a dash: a handle (`"…"–@realDonaldTrump`, whose owner the resolver finds, if anyone's), else a name. */
function creditAfter(tokens: readonly Token[], from: number): Token[] {
  return tokens[from]?.text === '@' && tokens[from + 1]?.kind === 'word' ? handleAt(tokens, from + 1) : nameAfter(tokens, from);
}

export const dashCredit: TextRule = {
  type: 'text',
  id: 'dash-credit',
  description: 'A name right after the closing quotation mark and a dash: that person said the quotation before it.',
  examples: [
    { text: '"The library should stay open on Sundays for the students." ― Jane Roe, a teacher in Ohio.', speaker: 'Jane Roe' },
    {
      text: '"We need more buses on the night routes." — Omar Haddad. "Parking downtown costs far too much these days." — Lise Varga, a nurse.',
      speaker: 'Lise Varga',
    },
    {
      text: 'Readers wrote to us about the buses.\n\n“The night routes should run every hour, all year round.” ― Omar Haddad\n“Far too dear.” ― Lise Varga',
      speaker: 'Omar Haddad',
    },
    {
      text: 'Mayor Omar Haddad posted about the buses on Sunday.\n\n“The night routes will run every hour, all year round.”—@MayorOmarHaddad on Sunday.',
      speaker: 'Omar Haddad',
    },
    { text: 'Readers posted about the buses.\n\n“The night routes should run every hour, all year round.”—@busfan22 on Sunday.', speaker: '@busfan22' },
    // A first name cut short, or an initial after it, before the surname: "@joshapte", "@paulcbetts".
    { text: 'Joshua Apte studies the air.\n\n“The air in the city was horrific on Monday, worse than ever.” —@joshapte', speaker: 'Joshua Apte' },
    { text: 'Riders posted about the buses.\n\n“The night routes should run every hour, all year round.” —@bus_fan_', speaker: '@bus_fan_' },
    {
      text: 'The court upheld the law. Reactions:\n\n"We respect the decision, and we will campaign again next year": Lise Varga, opposition leader.\n\n"A sad day for the country and its voters": Omar Haddad, former mayor.',
      speaker: 'Omar Haddad',
    },
    // A comma credits the same way in such a list.
    {
      text: 'Some councillors could have stood again.\n\n*"We respect the decision, and we will campaign again next year", Lise Varga, opposition leader.',
      speaker: 'Lise Varga',
    },
  ],
  apply({ tokens, self, sentence }) {
    const mark = tokens[self + 1];
    // `"…": Enrique Peñalosa, former mayor.` A colon or a comma credits too, when the quotation opens the sentence (a list of reactions).
    const opens = tokens.slice(0, self).every((t) => t.kind === 'punct');
    if (mark?.kind !== 'punct' || !(DASH.test(mark.text) || (opens && /^[:,]$/.test(mark.text)))) return null;
    // `--` is two tokens.
    const from = tokens[self + 2]?.text === '-' ? self + 3 : self + 2;
    const name = creditAfter(tokens, from);
    // `Rajoy said his party was "still first."--Kim Hjelmgaard.`: a reporting verb before the quotation credits it; the dash signs the story.
    if (name.length > 0 && tokens.slice(0, self).some((_, k) => isVerbAt(tokens, k))) return null;
    return name.length > 0 ? { phrase: name, verb: null, sentence, how: 'adjacent' } : null;
  },
};

export const dashLine: ContextRule = {
  type: 'context',
  id: 'dash-line',
  description: 'A quotation that ends its paragraph, followed by a line that is a dash and a name: that person said it.',
  examples: [{ text: '"We will rebuild the old mill and open it to the public next spring."\n\n- Mayor Tessa Lind.', speaker: 'Tessa Lind' }],
  apply({ span, sentences, names, continuing }) {
    if (continuing || !span.closed) return null;
    const next = sentences[span.last.index + 1];
    if (!next) return null;
    // The quotation ends its sentence, and the dash line follows at once: the next sentence or the next paragraph.
    const rest = span.last.text.slice(span.close - span.last.start).trim();
    if (rest && !/^[.,]?$/.test(rest)) return null;
    if (next.paragraph - span.last.paragraph > 1) return null;
    // A dash line: the dash, then a name that ends the line or runs into a comma, a full stop or a bracket.
    const tokens = sentenceTokens(next);
    const from = tokens[0]?.text === '-' && tokens[1]?.text === '-' ? 2 : 1;
    if (!DASH.test(tokens[0]?.text ?? '') || tokens[0]?.start !== next.start + next.text.search(/\S/)) return null;
    const name = creditAfter(tokens, from);
    const speaker = name.length > 0 ? resolveMention(name, next, names) : null;
    return speaker && speaker.kind !== 'unknown' ? speaker : null;
  },
};
