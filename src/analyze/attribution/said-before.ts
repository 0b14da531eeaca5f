// A quotation standing alone after a sentence that reports someone's words and names them at its end: "…, Schiff said."
import { findQuoteSpans } from '../quote-spans.js';
import { isVerbAt } from '../phrases.js';
import { resolveMention } from '../resolve-mention.js';
import { subjectBefore } from '../subject.js';
import { isCapitalised, type Token } from '../tokens.js';
import { knownSpeaker } from './introducer.js';
import { sentenceBefore, textBefore } from './locate.js';
import type { ContextRule, LocatedSpan } from './rule.js';
import { sentenceTokens } from '../sentence-tokens.js';

/** The most words a speaker's name may have in an aside between commas ("…, Dr Ann Lee said, …"). */
const ASIDE_WORDS = 4;

export const saidBefore: ContextRule = {
  type: 'context',
  id: 'said-before',
  description:
    'A quotation standing alone after a sentence of reported speech that names its speaker at the end, after a comma ("The vote may slip to May, Hill said."), or in an aside between commas ("The vote, Hill said, may slip to May."): that speaker goes on.',
  examples: [
    {
      text: 'The council may delay the vote while Mayor Ann Lee is away, Councillor Tom Hill said. "The other question is whether the money will still be there in May."',
      speaker: 'Tom Hill',
    },
    // The sentence's own subject is what the report is about, not who reports it.
    {
      text: 'Mayor Ann Lee may delay the vote until May, Councillor Tom Hill said. "The other question is whether the money will still be there by then."',
      speaker: 'Tom Hill',
    },
    // A role speaks as it would beside the quotation; a plural pronoun names no one.
    {
      text: 'Mayor Ann Lee may delay the vote until May, two officials said. "The other question is whether the money will still be there by then."',
      speaker: 'two officials',
    },
    { text: 'The vote may slip to May, they said. "The other question is whether the money will still be there by then."', speaker: '' },
    // Words of the writer's own before a quotation that ends the sentence do not stop it going on (stop 83); a verb of saying does.
    {
      text: 'The vote may slip to May, Councillor Tom Hill said. Just because the council met in “closed” session, “that does not mean the money is gone.”',
      speaker: 'Tom Hill',
    },
    { text: 'The vote may slip to May, Councillor Tom Hill said. As the old saying goes, “the money will still be there by then.”', speaker: '' },
    // The speaker named in an aside between commas, mid-sentence.
    {
      text: 'The new bridge, Councillor Tom Hill said, will need another year of work. "The other question is whether the money will still be there by then."',
      speaker: 'Tom Hill',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing || (textBefore(span).trim() !== '' && !isBareLead(span))) return null;
    const before = sentenceBefore(span, sentences);
    if (!before) return null;
    if (findQuoteSpans(before.text).length > 0) return null;
    const tokens = sentenceTokens(before);
    const k = reportingVerbAt(tokens);
    if (k === null) return null;
    const subject = subjectBefore(tokens, k);
    const [head] = subject;
    if (!head || subject.length > 8 || tokens[tokens.indexOf(head) - 1]?.text !== ',') return null;
    const resolved = resolveMention(subject, before, names);
    // "two officials", "a spokesman": a role speaks as it would beside the quotation; a lone capitalised word must be a name the article uses.
    return resolved?.kind === 'unknown' && subject.length > 1 && !isCapitalised(head.text) ? resolved : knownSpeaker(resolved, before, names);
  },
};

/**
 * Where the reporting verb stands: near the end, with only a short tail after it ("…, Hill said in a statement."), or
 * as an aside between commas ("The tuft cell, Herbert said, is constantly sensing …").
 */
function reportingVerbAt(tokens: readonly Token[]): number | null {
  for (let k = tokens.length - 1; k > 2 && tokens.length - k <= 8; k--) {
    if (!isVerbAt(tokens, k)) continue;
    return tokens.slice(k + 1).some((t) => t.kind === 'punct' && t.text !== '.') ? null : k;
  }
  for (let k = 2; k < tokens.length - 2; k++)
    if (tokens[k + 1]?.text === ',' && isVerbAt(tokens, k) && subjectBefore(tokens, k).length <= ASIDE_WORDS) return k;
  return null;
}

/** "Just because scientists saw it first, “that doesn't mean …”": words of the writer's own that lead into a quotation closing
 *  the sentence, with no verb of saying and no other quotation: the quotation goes on from the sentence before. */
const SAYING =
  /\b(?:say|says|said|saying|tell|tells|told|add|adds|added|ask|asks|asked|write|writes|wrote|according|call|calls|called|describ\w*|quot\w*|read|reads|tweet\w*|post\w*|claim\w*|argu\w*|insist\w*|warn\w*|declar\w*|announc\w*|put it|words?|slogan|sign|chant\w*)\b|["“”]/i;
function isBareLead(span: LocatedSpan): boolean {
  // A word or two in scare quotes ("“taste” receptors") is no quotation of its own.
  const lead = textBefore(span).replace(/[“"][^”"]{1,30}[”"]/g, 'term');
  const after = span.last.text.slice(span.close - span.last.start);
  return span.first === span.last && !SAYING.test(lead) && lead.split(/\s+/).length <= 25 && /^[\s.!?,;”"’]*$/.test(after);
}
