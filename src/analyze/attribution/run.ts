// A run of quotations: one with no attribution of its own, close after another, goes on in the same voice unless the text says otherwise.
import { must } from '../../errors.js';
import { lexicons } from '../../lexicon.js';
import type { NameIndex } from '../name-index.js';
import { fullName, isKnownPerson } from '../name-lookup.js';
import { isVerbAt } from '../phrases.js';
import { tokenize } from '../tokens.js';
import type { Sentence, Speaker } from '../../types.js';
import { textBefore } from './locate.js';
import { lastWord } from './introducer.js';
import { otherReporterBetween } from './other-reporter.js';
import type { ContextRule, LocatedSpan, PreviousQuote } from './rule.js';

/** Whether `name` may be the speaker: the same surname, unless both give first names and they differ ("Betsy" is not "Tom Ebeling"). */
const sameSpeaker = (speaker: Speaker, name: string): boolean => {
  const [words, other] = [speaker.name.toLowerCase().split(/\s+/), name.toLowerCase().split(/\s+/)];
  const given = (w: string | undefined): boolean => w !== undefined && lexicons().givenNames.has(w);
  if (words.length >= 2 && other.length >= 2 && given(words[0]) && given(other[0]) && !words.includes(other[0] ?? '')) return false;
  return words.includes(lastWord(name));
};

/** Verbs of thinking in the present: a person who thinks, believes or fears is a voice of the article's own. */
const THINKS = /^(thinks|believes|feels|fears|hopes|agrees|disagrees|knows|wants|doubts|worries)$/;

/**
 * A word that is no pronoun, modal, negation or determiner (so a subject, not "his claim") before a plural verb of thinking
 * or saying, ahead of the quotation: "Some economists think …".
 */
const OTHERS_THINK =
  /\b(?!(?:he|she|i|we|you|it|they|who|do|does|did|not|to|will|would|could|might|may|can|should|must|his|her|their|its|our|my|your|the|a|an|this|that)\b)\p{L}+\s+(?:think|believe|feel|fear|say|argue|agree|worry|doubt|contend|suggest|insist|warn|claim)\s+(?!\s)[^.;:!?]*$/iu;

/**
 * A person (or a name the index cannot type) as the subject of a verb between the previous quotation and this one: a new voice.
 * In the previous quotation's own sentence, only a name that opens the clause right after it ("a clip the judge called “…,”
 * Santilli expressed …"), not one in the attribution or a clause of time ("said after Pagliano failed to appear").
 */
export function newSpeakerBetween(span: LocatedSpan, sentences: readonly Sentence[], names: NameIndex, previous: PreviousQuote, speaker: Speaker): boolean {
  const from = previous.sentence;
  const first = sentences[from];
  const afterPrevious = previous.close - (first?.start ?? 0);
  const opensClause = (start: number): boolean =>
    start >= afterPrevious && /^[\s,;—–-]*(?:(?:and|but)\s+)?$/i.test(first?.text.slice(afterPrevious, start) ?? '');
  return names.mentions.some((m) => {
    if (m.kind === 'organisation' || m.quoted || m.sentence < from || (m.sentence === from && !opensClause(m.start)) || sameSpeaker(speaker, m.name))
      return false;
    if (m.sentence > span.first.index || (m.sentence === span.first.index && m.start >= span.open - span.first.start)) return false;
    const sentence = must(sentences[m.sentence], 'the sentence a name mention points to');
    // "President Barack Obama, who supports the bill, welcomed the vote", "Pauline McManigan, a union member, echoed …": the
    // verb comes after the relative clause or the apposition.
    // "Ruddock, though, is keen …": a parenthetical adverb too.
    const tail = sentence.text.slice(m.end);
    const unapposed = tail.replace(/^\s*,\s*(?:(?:who|which|a|an|the)\b|[\p{Ll}-]+\s+(?:of|for|at|in|on)\b)[^,]{0,120},/u, '');
    const rest = unapposed.replace(/^\s*,\s*(?:though|however|meanwhile|instead|too|in turn|for (?:his|her) part),/i, '');
    const all = tokenize(rest.slice(0, 50));
    // "The Queen herself mentioned": a reflexive or an adverb between the name and its verb.
    const after = /^(himself|herself|themselves|itself|also|later|then|too)$/.test(all[0]?.text ?? '') ? all.slice(1) : all;
    // A reporting verb, any verb in the past ("welcomed the vote", "took the floor") or a verb of thinking ("van Holsteyn
    // thinks"): that person acts, a new voice.
    const word = after[0]?.kind === 'word' ? after[0].text : '';
    // "His friend, Saxon Spence, leader of Devon county Labour group, lays the blame …": past an apposition, a present-tense verb.
    const present = unapposed !== tail && /^\p{Ll}{2,}[^s\W]s$/u.test(word) && !/^(always|perhaps|sometimes|besides|nevertheless)$/.test(word);
    return (
      present ||
      isVerbAt(after, 0) ||
      /^\p{Ll}{3,}ed$/u.test(word) ||
      lexicons().irregularPast.has(word) ||
      THINKS.test(word) ||
      (takesStance(after) && isKnownPerson(names, fullName(names, m.name)))
    );
  });
}

/** "Ruddock is keen to …", "Hill was adamant that …": a stance taken, so a voice of its own (not a passive: "was hurt by"). */
const takesStance = (after: readonly { text: string }[]): boolean =>
  /^(is|was)$/.test(after[0]?.text ?? '') &&
  /^\p{Ll}+$/u.test(after[1]?.text ?? '') &&
  !/ed$/.test(after[1]?.text ?? '') &&
  /^(to|that|about|of|on|with)$/.test(after[2]?.text ?? '');

/** Words of the writer's own, not just quotation marks or a dash, before the quotation in its paragraph. */
function opensWithNarrative(span: LocatedSpan, sentences: readonly Sentence[]): boolean {
  const head = sentences
    .filter((s) => s.paragraph === span.paragraph && s.start < span.open)
    .map((s) => s.text.slice(0, Math.max(0, span.open - s.start)))
    .join(' ');
  return /[\p{L}\p{N}]/u.test(head);
}

export const run: ContextRule = {
  type: 'context',
  id: 'run',
  description: 'A quotation with no attribution of its own, close after another: the same speaker goes on.',
  examples: [
    { text: '"The vote is a disaster for farmers," said Lena Ortiz. "Prices will fall again before the end of the year."', speaker: 'Lena Ortiz' },
    { text: '"The vote is a disaster for farmers," said Lena Ortiz.\n\n"Prices will fall again before the end of the year."', speaker: 'Lena Ortiz' },
    // A speaker inside a relative clause spoke of the sentence's subject: the next quotation is not theirs.
    {
      text: 'Tom Reyes sings in the harbour band.\n\nThe singer, who the Harbour Gazette called "the finest voice on the whole coast," found his style in Lisbon. "For the first time in my life I sang for myself."',
      speaker: '',
    },
    // "he" after a woman's quotation is someone else, even when the article does not say who.
    {
      text: '"We did not lose a single boat," Mayor Lena Ortiz said.\n\n"To Lena Ortiz, the four lost sailors do not matter at all," he wrote in a letter.',
      speaker: '',
    },
    {
      text: '"The vote is a disaster for farmers," said Lena Ortiz.\n\nHer rival on the county board took the opposite view in a short statement: "Prices have already found their floor this year."',
      speaker: '',
    },
    // A clause before a colon that names neither the speaker nor a "he"/"she" introduces a new voice; one that names her goes on.
    {
      text: 'The vote came on Monday.\n\n"The vote is a disaster for farmers," said Lena Ortiz. The farm lobby had a very different take on the plan: "Prices will find their floor before the end of the year."',
      speaker: '',
    },
    {
      text: 'The vote came on Monday.\n\n"The vote is a disaster for farmers," said Lena Ortiz. Then she turned to the price freeze of last year: "Prices will find their floor before the end of the year."',
      speaker: 'Lena Ortiz',
    },
    // A body or one-word name the index cannot type acting between the quotations ("Labor criticised …") is a new voice too.
    {
      text: 'The vote came on Monday.\n\n"The vote is a disaster for farmers," said Lena Ortiz. However, Labor criticised Ortiz for the delay. "The original process was completely inadequate from the start."',
      speaker: '',
    },
    // A name that opens the clause right after the previous quotation, in the same sentence, acts in a voice of its own.
    {
      text: 'In a clip that Judge Ann Weller called "deeply distasteful," Brandt expressed a wish to "shut the county office down for good this year."',
      speaker: '',
    },
    // A verb beside the quotation whose subject names no one known ("they said") is a voice of its own; "the statement said" goes on.
    {
      text: '"The vote is a disaster for farmers," said Lena Ortiz.\n\nThe farm union disagreed. "Prices will find their floor before the end of the year," they said.',
      speaker: '',
    },
    {
      text: 'Lena Ortiz read out a statement.\n\n"The vote is a disaster for farmers," said Lena Ortiz. "Prices will find their floor before the end of the year," the statement said.',
      speaker: 'Lena Ortiz',
    },
    // An unnamed plural voice that thinks or says ("Some economists think") before the quotation is not the last speaker.
    {
      text: '"Nobody comes here after dark any more," said Ellen Marsh. Some economists think the town is "losing its night economy for good."',
      speaker: '',
    },
    // A group beside its verb ("the crowd yelled", "the two senators wrote") is not the one person who spoke last.
    {
      text: 'Mayor Tom Brandt spoke at the rally. "We will build the new bridge this year," he said. "Send the whole council back home!" the crowd yelled.',
      speaker: '',
    },
    {
      text: 'Mayor Tom Brandt spoke at the rally. "We will build the new bridge this year," he said. "Your standard was invented out of thin air," the two senators wrote.',
      speaker: '',
    },
  ],
  apply({ previous, span, sentences, names, besideVerb }) {
    if (!previous || besideVerb) return null;
    // Only a quotation close after the last one (the next paragraph at most, three sentences on) goes on in its voice:
    // asked first, it spares the checks below for every quotation far from the one before.
    if (span.paragraph - previous.paragraph > 1 || span.first.index - previous.sentence > 3) return null;
    // A dash signs only the quotation before it; in a list of signed quotes the next one has its own name.
    if (previous.speaker?.rule === 'dash-credit' || previous.speaker?.rule === 'dash-line') return null;
    // `Bush: "…"` after `Clinton: "…"`: a label of its own is a new voice even when the article names it nowhere else.
    const lead = textBefore(span);
    if (
      previous.speaker &&
      /^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}:\s*$/u.test(lead) &&
      !sameSpeaker(previous.speaker, lead.replace(/:\s*$/, '').trim())
    )
      return null;
    if (
      previous.speaker &&
      (newSpeakerBetween(span, sentences, names, previous, previous.speaker) || otherReporterBetween(span, sentences, names, previous, previous.speaker))
    )
      return null;
    // "The singer, who NPR called “…,” found …": a speaker inside a relative clause spoke of the sentence's subject, not on.
    const before = sentences[previous.sentence]?.text ?? '';
    const mention = (previous.speaker?.mention ?? '').replace(/^the\s+/i, '');
    const within = (opener: string): boolean => before.toLowerCase().includes(`${opener}${mention.toLowerCase()} `);
    if (/^\p{Lu}/u.test(mention) && ['who ', 'whom ', 'who the ', 'whom the '].some(within)) return null;
    // "A paper from the Brookings Institution had this to say:": a clause of the writer's that introduces the quotation, naming
    // neither the last speaker nor a "he" or "she", is a new voice.
    const leadWords = lead.toLowerCase().split(/[^\p{L}'’-]+/u);
    const same = previous.speaker !== null && leadWords.includes(lastWord(previous.speaker.name));
    if (/:\s*$/.test(lead) && leadWords.length >= 5 && !same && !leadWords.some((w) => /^(he|she)$/.test(w))) return null;
    // "Some economists think the town is “…”": a plural voice of the sentence's own, not the last speaker going on.
    if (!same && OTHERS_THINK.test(lead)) return null;
    // A new paragraph that opens with the writer's own words has moved on: the quotation inside it is someone else's as often as not.
    if (span.paragraph !== previous.paragraph && opensWithNarrative(span, sentences)) return null;
    return previous.speaker;
  },
};
