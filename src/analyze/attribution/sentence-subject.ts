// No reporting verb: a named subject earlier in the sentence (`The Senate passed a resolution "…"`).
import { lexicons } from '../../lexicon.js';
import { namedElsewhere } from '../name-lookup.js';
import { AUXILIARY } from '../phrase-words.js';
import { leadingPhrase } from '../subject.js';
import { isCapitalised, type Token } from '../tokens.js';
import { boundaryBetween } from './clause-scope.js';
import type { TextRule } from './rule.js';

/** A linking verb: "X is the …", "X were among …" describe the subject; they do not report what it said. */
const COPULA = /^(is|are|was|were|be|been|remains|remained|seems|seemed)$/i;

/** Determiners that open a subject: "The council voted …" is a subject whatever its capitals. */
const DETERMINER = /^(the|a|an|another|one|this|that|these|those|such|some|his|her|its|their|our)$/i;

/** Conjunctions that open a second clause after a comma. */
const SECOND_CLAUSE = /^(whil(?:e|st)|whereas|but|and|although|though)$/i;

/** A quotation's rest that ends on an attribution after a comma: "…, the groups say.", "…, critics argued." */
const CLOSING_SAY =
  /^[\s\S]*?[”"][^”"“]*,\s+(?:[\p{L}'’.-]+\s+){1,5}(?:say|says|said|argue|argues|argued|contend|contends|contended|insist|insists|insisted|write|writes|wrote)\s*[.!?]\s*$/u;

/** Why the subject is not the quotation's speaker, or null: a clause that describes the subject, or an opening that is no name. */
function weakSubject(tokens: readonly Token[], subject: readonly Token[]): boolean {
  // "It’s become such a presence …", "Do well enough …": the only capital is the sentence's first word, and it names no one.
  const head = subject[0];
  const tail = subject.at(-1);
  if (!head || !tail) return false;
  const first = head.text.toLowerCase().replace(/['’](s|ve|re|ll|d|m)$/, '');
  const { functionWords, pronouns } = lexicons();
  if (subject.length > 1 && !subject.slice(1).some((t) => isCapitalised(t.text)) && (functionWords.has(first) || pronouns.has(first))) return true;
  // "Teachers unions were among the earliest supporters …, with the federation calling her “…”": the main verb links, not reports.
  let k = tokens.indexOf(tail) + 1;
  // "Keane's Hopes and Fears, was described as …": a name the subject phrase stopped short of runs on to the verb.
  while (/^(and|&|of)$/.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k + 1]?.text ?? '')) {
    k++;
    while (isCapitalised(tokens[k]?.text ?? '')) k++;
  }
  // "mayor Louis Tobback and alderman Brepoels, the police … were disparaged": more subjects joined by "and" before the linking verb.
  const linked = tokens[k]?.text === 'and' ? tokens.findIndex((t, i) => i > k + 1 && i <= k + 12 && COPULA.test(t.text)) : -1;
  if (linked > 0 && tokens.slice(k + 1, linked).every((t) => t.kind === 'word' || t.text === ',')) k = linked;
  if (tokens[k]?.text === ',' && COPULA.test(tokens[k + 1]?.text ?? '')) k++;
  // "Zuckoff’s book, now made into a movie, is described as …": an aside set off by commas stands between subject and verb.
  const aside = tokens[k]?.text === ',' ? tokens.findIndex((t, i) => i > k && i <= k + 12 && t.text === ',') : -1;
  if (aside > 0 && tokens.slice(k + 1, aside).every((t) => t.kind === 'word')) k = aside + 1;
  for (let t = tokens[k]; t?.kind === 'word' && /(ly|also|still|not|then)$/.test(t.text); t = tokens[k]) k++;
  const verb = tokens[k];
  if (verb?.kind === 'word' && COPULA.test(verb.text)) {
    let next = k + 1;
    for (let t = tokens[next]; t?.kind === 'word' && /(ly|also|still|not)$/.test(t.text); t = tokens[next]) next++;
    return !/(ing|that)$/.test(tokens[next]?.text ?? '');
  }
  return false;
}

/** "A Texas voter who supports Trump, Golvach lost …": a description set before its name, then a comma; the name is the subject. */
function nameAfterFrontedDescription(tokens: readonly Token[], lead: readonly Token[]): Token[] | null {
  const last = lead.at(-1);
  if (!last || !/^(?:a|an|the|another)$/i.test(lead[0]?.text ?? '')) return null;
  const from = tokens.indexOf(last) + 1;
  const comma = tokens.findIndex((t, i) => i >= from && t.kind !== 'word');
  if (comma < from || tokens[comma]?.text !== ',' || comma - from > 12) return null;
  const name: Token[] = [];
  for (let i = comma + 1; isCapitalised(tokens[i]?.text ?? '') && tokens[i]?.kind === 'word' && name.length < 4; i++) name.push(tokens[i] as Token);
  const next = tokens[comma + 1 + name.length];
  // A verb of the name's own after it ("Golvach lost"), not another phrase ("Golvach, a …", "Golvach and …").
  return name.length > 0 && next?.kind === 'word' && !isCapitalised(next.text) && !/^(?:and|or|of|the|a|an)$/.test(next.text) ? name : null;
}

export const sentenceSubject: TextRule = {
  type: 'text',
  id: 'sentence-subject',
  description: "No reporting verb: the named subject of the quotation's sentence.",
  examples: [
    // A subject that a linking or passive verb describes, an aside between them, is not the one who wrote the words.
    { text: 'Ann Reyes’s Harbour Plan, now two years old, is described in the press as a “plan that nobody in the council has ever read.”', speaker: '' },
    { text: 'The Harbor Commission adopted a motion "to restore full ferry service before the summer season begins."', speaker: 'Harbor Commission' },
    // "drew" and "won" end the subject as other past tenses do.
    {
      text: 'Smiling broadly, Mayor Ann Lee drew cheers as she thanked the town and then boomed, "Today, you proved there is no place like home."',
      speaker: 'Ann Lee',
    },
    // A description set before the name, then a comma: the name is the subject.
    { text: 'Ann Lee spoke on Friday. A harbour pilot who backs the plan, Lee lost her boat when “the storm took everything we had.”', speaker: 'Ann Lee' },
    // A wire story's dateline ("DOVER, Del. —") stands before the subject.
    { text: 'DOVER, Del. — Senator Ann Lee on Tuesday blasted the harbour plan as "a waste of public money and time."', speaker: 'Ann Lee' },
    { text: 'The Harbour Board ad hits Mayor Ann Lee for spending "far too much money on the old pier."', speaker: 'Harbour Board' },
    // A month's abbreviation in the date does not end the subject; the letter speaks for its author after "from", not the paper.
    {
      text: 'A Jan. 5 letter from the Harbour Pilots Guild obtained by the Gazette warns that “any further talks will be through our lawyers.”',
      speaker: 'Harbour Pilots Guild',
    },
    {
      text: 'Speaking to reporters in Dover, which hosts the race on Sunday, Ann Lee referred to the course as "the hardest in the country."',
      speaker: 'Ann Lee',
    },
    // An imperative that opens the sentence ("Note that …", "See answer to …") names no one, even where the word recurs.
    {
      text: 'Note: Ann Lee answered every question but one.\n\nNote that she did not answer the question "Which of the council decisions helped most?"',
      speaker: '',
    },
    // A quotation that is the subject's own predicate says something of the subject; someone else wrote it.
    { text: 'The Gazette praised the records. Ann Lee’s Tides and Storms, was described as a "quiet and careful debut record".', speaker: '' },
    { text: 'The harbour talks failed on Friday. The Dover delegation "was expressly sent from London to ask for clarifications" on the deal.', speaker: '' },
    { text: 'Audiences at the Harbour Hall can expect a show with "a little more noise than they are used to on a Sunday night."', speaker: '' },
    // A month's abbreviation before its day dates the subject; it names no one.
    { text: 'A Feb. 1 letter obtained by the Harbour Gazette warns that "any further use of the pier will be a matter for the courts."', speaker: '' },
    // Only the opening word is capitalised, and only for opening the sentence: no one is named.
    { text: 'The ferry was late again. Good planning can still save the day, but only when "the tide is kinder than the wind."', speaker: '' },
    { text: 'Harbour Board Fails the Town: Keeping "the old ferry running all winter" is one of the aims of the town council.', speaker: '' },
    // A closing attribution after a comma credits the sentence's words to whoever it names, not to the possessive subject.
    { text: 'Ann Lee’s remarks fed “the old anger at the harbour board” in the town, the fishermen say.', speaker: '' },
    // A second clause after ", but" whose subject opens on a determiner ("other councillors") holds the quotation.
    {
      text: 'Mayor Ann Lee welcomed the harbour plan, calling it "a good start", but other councillors, such as Omar Haddad are worried that "the pier will not survive another winter."',
      speaker: '',
    },
    // So does one after ", and" whose subject opens on a determiner, past the first subject's own words.
    { text: 'Pilot Omar Haddad steered most of the ships, and the county has two big ports, Millbrook and "the little capital of corn."', speaker: '' },
  ],
  apply({ tokens, self, sentence, names }) {
    if (self <= 2 || tokens[self - 1]?.text === ':') return null;
    const lead = leadingPhrase(tokens);
    const subject = nameAfterFrontedDescription(tokens, lead) ?? lead;
    // "Jindal signed an order, while Huckabee proposed we “…”": a second clause with its own named subject holds the quotation.
    const last = subject.at(-1);
    const end = last ? tokens.indexOf(last) : self;
    const opens = (i: number): boolean => isCapitalised(tokens[i]?.text ?? '') || (i > end + 2 && DETERMINER.test(tokens[i]?.text ?? ''));
    if (tokens.some((t, i) => i > end && i < self && SECOND_CLAUSE.test(t.text) && tokens[i - 1]?.text === ',' && opens(i + 1))) return null;
    // "The Australian mission “was expressly sent …”": a quotation that is the subject's own predicate is said of it, not by it.
    const quote = tokens[self];
    const opening = quote && quote.start >= sentence.start ? /^\W*(\p{L}+)/u.exec(sentence.text.slice(quote.start - sentence.start))?.[1] : '';
    if (self === end + 1 && AUXILIARY.test(opening ?? '')) return null;
    // "Assad promised …, but the State Department demanded an “…”": the quotation is in a clause with a subject of its own.
    if (boundaryBetween(tokens, end, self) >= 0) return null;
    // "Clark's comments further “the … mob mentality” …, the groups say.": a closing attribution credits the sentence, not its subject.
    if (quote && CLOSING_SAY.test(sentence.text.slice(quote.start - sentence.start))) return null;
    // "UN: PEACEKEEPERS PAYING … “…”", "Veto Power Impedes Peace: Eliminating “…” is": a colon ends the subject's clause; another holds the quotation.
    if (tokens.some((t, i) => i > end && t.text === ':' && tokens.slice(i + 1, self).some((x) => x.kind === 'word'))) return null;
    // "Audiences can expect him to …": one word, capitalised only as the sentence's first, that the article names nowhere
    // else and that no name is paired with ("Moss and Tom Baker explained …").
    const paired = tokens[1]?.text === 'and' && tokens.slice(2, 4).some((t) => isCapitalised(t.text));
    // "Good information can still drive out bad": the only capital opens the sentence, and the rest is lower case.
    const opensOnly =
      tokens.indexOf(subject[0] as Token) === 0 && !DETERMINER.test(subject[0]?.text ?? '') && !subject.slice(1).some((t) => isCapitalised(t.text));
    const word = opensOnly && !paired ? subject[0]?.text.replace(/['’]s$/, '') : undefined;
    if (word !== undefined && !lexicons().pronouns.has(word.toLowerCase()) && !namedElsewhere(names, sentence.index, (m) => m.run.split(' ').includes(word)))
      return null;
    if (subject.some((t) => isCapitalised(t.text)) && subject[0] && tokens.indexOf(subject[0]) < self && !weakSubject(tokens, subject))
      return { phrase: subject, verb: null, sentence, how: 'sentence' };
    return null;
  },
};
