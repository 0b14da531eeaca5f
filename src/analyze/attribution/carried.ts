// Quotations credited from their surroundings: a quotation carried over a paragraph break, the sentence or clause before (the run of quotes is run.ts).
import { genderOf } from '../name-lookup.js';
import { leadingPhrase } from '../subject.js';
import { findQuoteSpans } from '../quote-spans.js';
import { resolveMention, resolveText } from '../resolve-mention.js';
import { creditedInstead } from './closing-credit.js';
import { isVerbAt } from '../phrases.js';
import { sentenceBefore, textBefore } from './locate.js';
import { QUOTE_MARK, introducer, knownSpeaker } from './introducer.js';
import type { ContextRule } from './rule.js';
import { sentenceTokens } from '../sentence-tokens.js';

export const introduced: ContextRule = {
  type: 'context',
  id: 'introduced',
  description: 'A quotation after a sentence or clause that ends in a colon and names one speaker: that speaker.',
  examples: [
    {
      text: 'As the historian Mara Quint observed last spring, the real winner was the town itself:\n\n"Nobody expected the old market square to fill up like that again."',
      speaker: 'Mara Quint',
    },
    { text: 'Inspector Nadia Perl spoke last.\n\nStated Perl:\n\n"The bridge was never inspected after the flood, not once."', speaker: 'Nadia Perl' },
    { text: 'Sergeant Paul Okafor had one more line for the crowd, with a shrug: "We do this every single weekend, nothing new."', speaker: 'Paul Okafor' },
    // An inverted "Asked": the insider who asks, not a question put to them.
    {
      text: 'The insiders split on the debate.\n\nAsked a Denver Republican: "Is it just me, or did the mayor look tired all night?"',
      speaker: 'Denver Republican',
    },
    // The one person named sits in a possessive after a preposition: what the sentence is about, not who it quotes.
    {
      text: 'Columnist Ann Lee wrote about the ferry plan.\n\nThe case these critics at the Harbour Gazette make is a blind faith in Lee’s word:\n\n"As we have said before, the only figure close to that is a plan from the council."',
      speaker: '',
    },
    // Of two people, the one whose name ends the clause: the first is a possessive that modifies a noun.
    {
      text: 'Councillor Tom Hill backed the ferry plan.\n\nThe timing of Hill’s reversal did not surprise union leader Ann Lee: "He has changed his mind on the harbour every year."',
      speaker: 'Ann Lee',
    },
    {
      text: 'Columnist Ann Lee wrote about the ferry plan.\n\nFrom Lee’s own post on Sunday:\n\n"The ferry will run every hour from May, and the fares will not rise."',
      speaker: 'Ann Lee',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (continuing) return null;
    // A clause ending in a colon right before the quotation introduces it, even when a text rule found words it could not credit.
    const lead = textBefore(span).trim();
    if (lead.endsWith(':')) return introducer(span.first, lead, names);
    if (lead || attributed) return null;
    const before = sentenceBefore(span, sentences);
    if (!before || before.paragraph === span.paragraph) return null;
    return before.text.trim().endsWith(':') ? introducer(before, before.text.trim(), names) : null;
  },
};

const NEW_SUBJECT = /,\s+(and|but)\s+(?:(?:the|an?|its|his|her|their|this|that)\s+\p{Ll}+|(?!(?:I|[HW]e|She|They|It|You)\s)(?:\p{Lu}[\p{L}.’'-]*\s+)+\p{Ll}+)/u;

export const leadSubject: ContextRule = {
  type: 'context',
  id: 'lead-subject',
  description: "A quotation inside a sentence of the writer's own that no text rule could credit: the person that sentence is about, when it names one.",
  examples: [
    {
      text: '"The vote is a disaster for farmers," said Lena Ortiz.\n\nBut county clerk Omar Haddad, who counted the ballots twice, pushed back hard with a line he had used before, that "the farmers voted for it themselves."',
      speaker: 'Omar Haddad',
    },
    // The quotation stands in a clause with a subject of its own: not the words of the person named first.
    {
      text: 'County clerk Omar Haddad counted the ballots twice.\n\nHaddad won most of the farm towns, and the county has two big ones, including Millbrook and "the little capital of corn," home to the fair.',
      speaker: '',
    },
  ],
  apply({ span, names, continuing }) {
    if (continuing) return null;
    const lead = textBefore(span).trim();
    if (lead.split(/\s+/).length < 3 || lead.endsWith(':') || QUOTE_MARK.test(lead)) return null;
    // Only a person the article knows, named at the very start of the sentence: who the sentence is about.
    const sentence = span.first;
    const first = names.mentions.find((m) => m.sentence === sentence.index && !m.quoted && m.start < lead.length);
    if (!first || first.kind === 'organisation') return null;
    // The index may fold a capitalised opener into the mention ("While Trump"): the name starts at its own first word.
    const [firstWord = ''] = first.name.split(/\s+/);
    const at = sentence.text.slice(first.start, first.end).indexOf(firstWord);
    const start = first.start + Math.max(0, at);
    const named = sentence.text.slice(start, first.end);
    // "But Sen. Ada Brill …", "And Brill …": nothing before the name but a conjunction and a title; not "When Brill …", "Brill's aide …".
    if (
      !/^(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen|[Yy]et|[Ss]till)\s+){0,2}(?:(?:President|Senator|Governor|Mayor|Judge|\p{Lu}\p{Ll}{1,3}\.|\p{Ll}+)\s+){0,3}$/u.test(
        sentence.text.slice(0, start),
      )
    )
      return null;
    if (/['’]s?$/.test(named) || /^['’]s?\b/.test(sentence.text.slice(first.end)) || !/^\p{Lu}/u.test(named)) return null;
    // "Haddad won the towns, and the city has its own "…"": a clause with a subject of its own holds the quotation ("and I will" goes on).
    if (NEW_SUBJECT.test(lead.slice(first.end))) return null;
    const found = knownSpeaker(resolveText(named, start, sentence, names), sentence, names);
    return found?.kind === 'person' ? found : null;
  },
};

export const continued: ContextRule = {
  type: 'context',
  id: 'continued',
  description: 'A quotation left open at the end of a paragraph goes on in the next one, in the same voice.',
  examples: [
    { text: 'Ines Duarte said: "We waited three hours for the bus.\n\n"Then we walked home in the rain, all of us together."', speaker: 'Ines Duarte' },
    { text: 'Ines Duarte said: "We waited three hours for the bus.\n\n"HOST: And then you walked home in the rain, all of you?"', speaker: '' },
  ],
  apply: ({ previous, continuing }) => (continuing ? (previous?.speaker ?? null) : null),
};

export const previousSubject: ContextRule = {
  type: 'context',
  id: 'previous-subject',
  description: 'A quotation standing alone after a sentence whose subject is a person or body: that subject speaks.',
  examples: [
    { text: 'Mayor Hugo Stein lashed out at the transit union on Monday. "They are holding this city hostage and they know it."', speaker: 'Hugo Stein' },
    // A person acting between two quotations ends the run of the first speaker, relative clause or not.
    {
      text: '"The vote is a disaster for farmers," said Lena Ortiz. Governor Omar Haddad, who backed the bill, welcomed the vote. "Prices will find their floor before the end of the year."',
      speaker: 'Omar Haddad',
    },
    // So does a person taking a stance ("is keen to …", ", though, was adamant that …"), not one in a passive ("was hurt by").
    {
      text: '"The players want to come back," said Lena Ortiz. Coach Tom Brandt, though, is keen to rest his squad. "There is nothing more they can do to impress me."',
      speaker: 'Tom Brandt',
    },
    { text: 'Often, the harbour wall floods in a single night. "We lose half the boats when that happens, every single year."', speaker: '' },
    // A person who "thinks" between two quotations is a new voice: the run of the first speaker ends.
    {
      text: '"The vote is a disaster for farmers," said Lena Ortiz. Political scientist Omar Haddad thinks the vote was a mistake. "What is sound is not laid down in the law."',
      speaker: 'Omar Haddad',
    },
    // The person the quotation itself names is spoken about, not speaking: a relative's words under a caption.
    {
      text: 'Ann Lee Moss has a harbour named in her honour.\n\n"Some of my relatives sailed with Ann Lee Moss. We kept her letters under the bed."',
      speaker: '',
    },
    // The sentence before is the end of a quotation cut at its "!", not the writer's: its first name is not the subject.
    {
      text: 'Governor Omar Haddad opened a farm market.\n\n“Welcome, neighbours! Omar Haddad wants to see you here every day!” they wrote on the gate. “Fresh bread and honey are on sale every morning from six.”',
      speaker: '',
    },
    // One who says "I" of a "she" of the subject's sex speaks of her: a relative's memory, not Holm's words.
    {
      text: 'Ms. Laine was the niece of Greta Holm.\n\nHolm, the first woman to lead the city orchestra, received a national medal in 1980.\n\n“I know that she was scared to death on that first night. That is one thing she kept telling us.”',
      speaker: '',
    },
    {
      text: 'Greta Holm, the first woman to lead the city orchestra, received a national medal in 1980.\n\n“My aunt always said she was scared to death on that first night of the tour.”',
      speaker: '',
    },
    // The sentence before has them speaking, so the "him" in their "I" quotation is someone else.
    {
      text: 'Former envoy Tom Brandt spoke on the radio.\n\nBrandt distanced himself from the group by saying he would help the mayor if asked. "I am going to support him, because I think he can do the job."',
      speaker: 'Tom Brandt',
    },
    // The sentence before closes on its own credit: what it says of its subject is the credited voice's, and so is the quotation.
    {
      text: 'Mayor Hugo Stein is a "careful builder" who has won the ferry vote twice, the Harbour Gazette writes. "It is a shame that his own party turned on him."',
      speaker: 'Harbour Gazette',
    },
    // A subject of seven or eight words: a body, a role and a title before the name.
    {
      text: 'First Nations representative Regional Chief Anna Toulouse congratulated the premier. "There is a lot of work to do on the report, and it must be done jointly."',
      speaker: 'Anna Toulouse',
    },
  ],
  apply({ span, sentences, names, attributed, continuing }) {
    if (attributed || continuing) return null;
    const before = sentenceBefore(span, sentences);
    if (!before) return null;
    if (span.open > span.first.start + 1) return null;
    const tokens = sentenceTokens(before);
    // Scare quotes of a word or three ("the “bigots” who …") leave the sentence the writer's own; a longer quotation there is someone's speech.
    if (tokens.some((t) => t.text === '"' || t.text === '“') && !findQuoteSpans(before.text).every((q) => q.open > 0 && q.text.split(/\s+/).length < 4))
      return null;
    // `Trump may win!” a message reads.`: the end of a quotation the splitter cut at its "!", not the writer's own sentence.
    if (before.text.includes('”') && !before.text.includes('“')) return null;
    const phrase = leadingPhrase(tokens);
    if (phrase.length === 0 || phrase.length > 8) return null;
    const credited = creditedInstead(tokens, before, names);
    if (credited) return credited.kind === 'unknown' ? null : credited;
    // "Tubman has a park named for her, and this year the Treasury announced …": a later clause's subject ends what the first did.
    if (NEW_SUBJECT.test(before.text)) return null;
    const speaker = resolveMention(phrase, before, names);
    // "Harriet Tubman has a park named for her. “My relatives escaped with Harriet Tubman”": who the quotation names is not who speaks it.
    // A body names itself ("On behalf of everyone at the DNC"), and a transcript labels its speaker ("Chris Matthews: …").
    const quoted = new Set(span.text.replace(/^[^:]{0,40}:/, '').split(/[^\p{L}\p{N}]+/u));
    if (speaker?.kind === 'person' && speaker.name.includes(' ') && speaker.name.split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 2 && quoted.has(w)))
      return null;
    // "Holm … received a medal. “I know that she was scared …”": one who says "I" of a "she" of the subject's sex speaks of them.
    const sex = speaker?.kind === 'person' ? genderOf(names, speaker.name) : null;
    // Unless that sentence has them speaking ("… by saying he would help"): then "him" is someone else.
    const speaks = tokens.some((_, k) => isVerbAt(tokens, k));
    if (sex && !speaks && /\b(I|[Mm]e|[Mm]y)\b/.test(span.text) && (sex === 'f' ? /\b(she|her)\b/i : /\b(he|him)\b/i).test(span.text)) return null;
    // "Mayor Stein" is a name by its title; a lone capitalised word ("Often, …") must be one the article uses elsewhere.
    return phrase.filter((t) => t.kind === 'word').length > 1 ? (speaker?.kind === 'unknown' ? null : speaker) : knownSpeaker(speaker, before, names);
  },
};
