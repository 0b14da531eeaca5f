// Finds the people and organisations an article names, with titles, surnames and aliases, once per article.
import { lexicons } from '../lexicon.js';
import type { Sentence } from '../types.js';
import type { NameIndex, NameMention } from './name-types.js';
import { namePairs, personBeforeOf } from './person-before-of.js';
import { isNumberedName, isPlaceName, isRegionOfPlace } from './place-before-name.js';
import { capitalRuns, isConnector, isSuffix, isTitleWord, nameFromRun } from './capital-runs.js';
import { hasRoleTitle } from './name-roles.js';
import { mentionTitle } from './mention-title.js';
import { qualifierBefore } from './title-qualifier.js';
import { asEvidence } from './affiliation.js';
import { isPartyMember } from './party-words.js';
import { fullName } from './name-lookup.js';
import { pronounVotes } from './name-gender.js';
import { commonLeadTest, dropHeadlineWords, extendsName, isQuotedLabel } from './name-forms.js';
import { isOrgWord, isPersonHead } from './name-words.js';
import { dropModifierLeads } from './modifier-lead.js';
import { isVerb } from './phrases.js';
import { isSubject } from './mention-subject.js';
import { isCapitalised, textsOf, tokenize, type Token } from './tokens.js';
import { unnamedVoices } from './unnamed-voices.js';
import { pronounOpeners, pronounReporters, writerOpeners } from './pronoun-openers.js';
import { addSurnameTitles } from './surname-title.js';
import { bodyOpeners } from './body-openers.js';
import { epithetOpeners } from './epithet-openers.js';
import { voicingSourceLookup } from './voicing-sources.js';
import { documentOwners } from './document-owners.js';
import { addNicknames } from './nickname.js';
import { withSharedSurnames } from './shared-surname.js';
import { isKinName } from './kin-name.js';
import { findAliases } from './aliases.js';
import { bodyPhrases } from './body-phrases.js';
import { frontedCommaOffsets, isPassiveAgent, isQuestioned, reportVerbOffsets } from './report-context.js';

const COUNTRY_ACRONYM = /^(?:US|UK|USA|UAE|USSR|DRC|PRC|ROK|DPRK)$/;

export type { NameIndex, NameMention } from './name-types.js';

/** Titles of rank or address, which only a person bears (an office such as "President" may head a body's name). */
const RANKS = /^(?:Prince|Princess|King|Queen|Pope|Lord|Lady|Sir|Dame|Duke|Duchess|Mr\.?|Mrs\.?|Ms\.?|Miss)$/;

/** Evidence that a capitalised name is a person: a title, a role, a reporting verb or an appositive beside it. */
function personEvidence(tokens: readonly Token[], first: number, last: number, title: string | null): boolean {
  if (title || isPersonHead(tokens[first - 1]?.text ?? '')) return true;
  // "Maria Keller": a first name used by one sex only, before a surname; "the Denver Broncos" is a team's name.
  // "Jean-Philippe Granclaude": a first name of two given names joined by a hyphen is as sure a sign.
  const lead = tokens[first]?.text.toLowerCase() ?? '';
  const joined = /^\p{L}+-\p{L}+$/u.test(lead) && lead.split('-').every((part) => lexicons().givenNames.has(part));
  if (last > first && (lexicons().firstNames.has(lead) || joined) && !/^the$/i.test(tokens[first - 1]?.text ?? '')) return true;
  const [next, after] = [tokens[last + 1], tokens[last + 2]];
  // "the Greens described", "Later the Democrats say": one word after "the" that acts is a party or a team, not a surname.
  if (next && isVerb(next) && !/^the$/i.test(tokens[last - 1]?.text ?? '')) return true;
  // "Pankaj Pandey, Head of Research at …": an apposition that opens on a title.
  if (next?.text === ',' && after && (/^(who|a|an|the|another|whose|said|says|told)$/i.test(after.text) || isTitleWord(after.text))) return true;
  // "Yin Myint May, 60, a doctor": an age set off by commas after a name.
  if (next?.text === ',' && after && /^\d{1,3}$/.test(after.text) && tokens[last + 3]?.text === ',' && last > first) return true;
  const prev = tokens[first - 1];
  // "…," said John Smith, — an inverted attribution, not "said South Australia should…".
  return !!prev && /^(said|says|added)$/i.test(prev.text) && (!next || next.kind === 'punct');
}

/** Five or more words, nearly all capitalised: a headline, a cross-heading or a title, not running text. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !/^\p{L}/u.test(t.text)) continue;
    words++;
    if (isCapitalised(t.text) || isConnector(t.text) || /^(a|an|to|in|on|at|by|with|from|as|is)$/.test(t.text)) continue;
    // "These include Blair Effron of Centerview Partners, Marc Lasry of …": a lower-case verb makes a list of names a
    // sentence. Most sentences have such a word early: the rest of them is not read.
    if (t.text.length >= 5) return false;
    lower++;
  }
  return words >= 5 && lower <= words * 0.1;
}

/** Builds the index of names across all sentences (text outside and inside quotation marks alike). */
export function indexNames(sentences: readonly Sentence[], quoted: (s: Sentence, offset: number) => boolean = () => false): NameIndex {
  const mentions: NameMention[] = [];
  const fullNames = new Map<string, string>();
  const titles = new Map<string, string>();
  const candidates: Array<{ mention: NameMention; words: string[]; evidence: boolean; kin?: boolean }> = [];
  const tokenized: Token[][] = [];
  for (const s of sentences) tokenized.push(tokenize(s.text));
  const isCommonLead = commonLeadTest(tokenized);
  const commonOrOrg = (word: string): boolean => isCommonLead(word) || isOrgWord(word);
  for (const [i, s] of sentences.entries()) {
    const tokens = tokenized[i] as Token[];
    // A headline or title-case line glues words onto names ("Are Celebrating Hillary Clinton"): it names no one.
    if (isTitleCase(tokens)) continue;
    for (const whole of capitalRuns(tokens).flatMap(namePairs)) {
      const run = personBeforeOf(whole);
      const start = run.tokens[0];
      const end = run.tokens.at(-1);
      const found = nameFromRun(run.tokens);
      if (!found || !start || !end || /-(?:ish|esque|like|style)$/.test(end.text)) continue; // "a Gene Kelly-ish thing" names no one
      const first = tokens.indexOf(start);
      const last = tokens.indexOf(end);
      if (isRegionOfPlace(tokens, first, last) || isPlaceName(found.name) || isNumberedName(tokens, first)) continue;
      const qualifier = first > 0 && found.title !== null ? qualifierBefore(tokens, first, found.title) : null;
      const title = mentionTitle(tokens, first, last, found.title, found.kind === 'person', qualifier);
      const before = first > 0 ? (tokens[first - 1]?.text.toLowerCase() ?? '') : '';
      const agent = isPassiveAgent(tokens, first);
      const mention: NameMention = {
        name: found.name,
        title,
        kind: found.kind === 'person' ? 'unknown' : found.kind,
        sentence: s.index,
        start: run.start,
        end: run.end,
        before,
        quoted: quoted(s, run.start),
        subject: (before !== 'by' || agent) && isSubject(tokens, first, last), // "the approach put forward by Trump is …": no subject
        agent,
        questioned: isQuestioned(tokens, first, last),
        run: textsOf(run.tokens)
          .join(' ')
          .replace(/^(The|A|An) /, ''),
      };
      mentions.push(mention);
      if (found.kind !== 'person') continue;
      // "Top Clinton adviser", "Liar of the Year Barack Obama": a common word before a name is not part of it.
      const words = found.words.slice(found.words.findIndex((w, k) => k === found.words.length - 1 || !isCommonLead(w)));
      if (words.length < found.words.length) mention.name = words.join(' ');
      // "A Colorado Democrat said", "another Texas Republican", "Tories": a party's member is a role, never a surname.
      if (!isPartyMember(words.at(-1) ?? '') && (words.length < 2 || !isQuotedLabel(s.text, run.start, run.end, words)))
        candidates.push({
          mention,
          words,
          evidence: personEvidence(tokens, first, last, asEvidence(title, found.title)),
          kin: first === last && isKinName(tokens, first),
        });
    }
  }
  const { alone, singles } = dropModifierLeads(mentions, candidates);
  dropHeadlineWords(candidates);
  const surnames = new Set(candidates.filter((c) => c.words.length >= 2).map((c) => c.words.at(-1) ?? ''));
  // Surnames used alone mark the full name they end (or, family name first, begin) as a person.
  for (const c of candidates) {
    const core = c.words.filter((w) => !isSuffix(w));
    const surname = core.pop();
    // A name of suffixes only ("Jr.") has no surname to mark it by, nor a given name and "Jr." ("Jerry Jr." is the son of
    // the "Jerry" the article names alone); a regnal number keeps its name ("Elizabeth II").
    if (surname === undefined || (core.length === 0 && c.words.length > 1 && /^(Jr|Sr)\.?$/.test(c.words.at(-1) ?? ''))) continue;
    const [lead = ''] = c.words;
    // Family name first ("Yoon Suk Yeol" … "Yoon said"): the first word is the short form when the article uses it so.
    // Not when the article gives that word as someone's surname: "Trump Tower Grill" is not family name first.
    // Nor when its last word is a common word the article writes in lower case ("Jerry World" is a stadium, not Jerry), nor
    // inside a quotation ("The Twitter Rules prohibit …" names no Twitter).
    const familyFirst = c.words.length >= 2 && alone.has(lead) && !singles.has(surname) && !surnames.has(lead) && !commonOrOrg(surname) && !c.mention.quoted;
    if (c.words.length >= 2 && (c.evidence || alone.has(surname) || alone.has(surname.replace(/^(al|el)-/i, '')) || familyFirst)) {
      c.mention.kind = 'person';
      const short = familyFirst ? lead : surname;
      const known = fullNames.get(short);
      if (!known || extendsName(known, c.mention.name)) fullNames.set(short, c.mention.name);
      if (c.mention.title && !hasRoleTitle(titles, c.mention.name)) titles.set(c.mention.name, c.mention.title);
    }
  }
  for (const c of candidates) {
    if (c.mention.kind === 'person') continue;
    if (c.words.length === 1 && (fullNames.has(c.words[0] ?? '') || (c.evidence && c.mention.title) || c.kin)) {
      c.mention.kind = 'person';
      const bare = !hasRoleTitle(titles, c.mention.name) && !surnames.has(c.mention.name); // a bare "Mr." gives way, not for a shared surname ("Khan")
      if (c.mention.title && (bare || !titles.has(c.mention.name))) titles.set(c.mention.name, c.mention.title);
    }
  }
  addSurnameTitles(sentences, candidates, fullNames, titles);
  // "Prince Andrew" … "Andrew claims", "his wife, Jane," … "Jane said": a one-word name a rank or a kin noun made a person stays one.
  const titledOnes = new Set(
    candidates.filter((c) => c.words.length === 1 && c.mention.kind === 'person' && (RANKS.test(c.mention.title ?? '') || c.kin)).map((c) => c.mention.name),
  );
  for (const c of candidates) if (c.words.length === 1 && c.mention.kind === 'unknown' && titledOnes.has(c.mention.name)) c.mention.kind = 'person';
  // "the BBC", "The WTO said": an acronym written with "the" is a body ("the US", "the UK" are countries, left as they are).
  const theAcronym = (m: NameMention): boolean => m.before === 'the' || /^the\s/i.test(sentences[m.sentence]?.text.slice(m.start) ?? '');
  for (const m of mentions)
    if (m.kind === 'unknown' && /^\p{Lu}{2,6}$/u.test(m.name) && !COUNTRY_ACRONYM.test(m.name) && theAcronym(m)) m.kind = 'organisation';
  addNicknames(sentences, mentions, fullNames, titles, isSuffix);
  const all = withSharedSurnames(sentences, mentions);
  const index: NameIndex = {
    mentions: all,
    fullNames,
    titles,
    aliases: findAliases(sentences),
    paragraphs: new Map(sentences.map((s) => [s.index, s.paragraph])),
  };
  index.pronounVotes = pronounVotes(sentences, all, (name) => fullName(index, name));
  index.unnamedVoices = unnamedVoices(sentences);
  index.reportVerbs = reportVerbOffsets(sentences, tokenized, quoted);
  index.frontedCommas = frontedCommaOffsets(sentences, tokenized);
  index.pronounOpeners = pronounOpeners(sentences, quoted);
  index.pronounReporters = pronounReporters(sentences, quoted);
  index.writerOpeners = writerOpeners(sentences, quoted);
  index.bodyOpeners = bodyOpeners(sentences, all);
  index.epithetOpeners = epithetOpeners(sentences, quoted);
  index.documents = documentOwners(sentences);
  index.bodyPhrases = bodyPhrases(sentences, (word) => fullNames.has(word));
  index.voicingSource = voicingSourceLookup(sentences, index.documents, index.bodyPhrases);
  return index;
}
