// One resolver from a mention to an entity, for speakers and holders: pronouns, surnames, roles, handles, aliases, bodies.
import type { Sentence, Speaker, SpeakerKind } from '../types.js';
import { firstOfPair, personBeforeOf } from './person-before-of.js';
import { capitalRuns, isTitleWord, nameFromRun } from './capital-runs.js';
import { handleOwner, pronounOwner } from './handle-owner.js';
import { modifierOnly } from './modifier-word.js';
import { withBodyName } from './short-body.js';
import { fullNameAs } from './courtesy-name.js';
import type { NameIndex, NameMention } from './name-index.js';
import { withoutListener } from './listener.js';
import { fullName, isKnownPerson, organisationByHead, recentOrganisation, recentPerson, subjectBodyBefore } from './name-lookup.js';
import { expandAcronym } from './acronym.js';
import { bodyBefore, untypedBodyBefore } from './body-anaphor.js';
import { bodyNounBefore } from './body-phrases.js';
import { unnamedVoiceBetween } from './unnamed-voices.js';
import { bodyAfterSpokes, namesOwnBody, OFFICE, SPOKES, spokesmanBodyBefore } from './spokes-body.js';
import { lexicons } from '../lexicon.js';
import { isRoleWordLower } from './name-words.js';
import { personByRoleWord, qualifiedTitle, rankedRole, withRoleTitle } from './office-holder.js';
import { personByEpithetVoice } from './epithet-voices.js';
import { openingBodyBefore } from './body-openers.js';
import { documentOwnerRun, ownerBefore } from './document-owners.js';
import { ROLE_PREP, rolePrepEnd, roleStartBefore } from './phrases.js';
import { isClauseHead, wordsBeforeName } from './speaker-check.js';
import { isDescriptor, plainTitle, stripDeterminer, titleFrom } from './name-roles.js';
import { printableSpeaker } from './body-by-title.js';
import { withGivenName } from './lone-surname.js';
import { withDescription } from './described-voice.js';
import { isPersonRun } from './lone-person.js';
import { bare, isArticle, isCapitalised, isIndefinite, isRunWord, textsOf, tokenize, type Token } from './tokens.js';

const textOf = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
const isTimeWord = (word: string): boolean => word.toLowerCase() === 'also' || lexicons().timeAdverbs.has(word.toLowerCase());
const HONORIFIC = /^(honou?r|excellency|majesty|holiness|grace|lordship|ladyship|eminence)$/;

/** The long name the article gives for a short one: an alias it introduced ("… or Bayan") or an acronym it spelled out. */
export function longForm(names: NameIndex, short: string): string | null {
  return names.aliases.get(short) ?? expandAcronym(names, short);
}

/** The role the article gives a person elsewhere ("Foreign Secretary Jack Straw"), never a bare "Mr". */
const roleOf = (names: NameIndex, name: string): string | null => (names.titles.get(name) ? plainTitle(names.titles.get(name) ?? '') : null);

function resolve(phrase: readonly Token[], sentence: Sentence, names: NameIndex, mention: string): Speaker | null {
  // Time words and a trailing verb are not part of the name ("President Arroyo yesterday", "Redeker points out").
  const verbAt = phrase.findIndex((t, i) => i > 0 && isClauseHead(t.text));
  // A month the article gives as a surname ("Theresa May … May said") stays.
  const trimmed = (verbAt > 0 ? phrase.slice(0, verbAt) : phrase).filter((t) => !isTimeWord(t.text) || names.fullNames.has(t.text));
  if (trimmed.length < phrase.length) return resolve(trimmed, sentence, names, mention);
  const words = phrase.filter((t) => t.kind === 'word');
  const [first] = phrase;
  const last = words.at(-1);
  if (!first || !last) return null;
  const offset = first.start - sentence.start;
  const lower = words.map((w) => w.text.toLowerCase());
  const asPerson = (m: NameMention): Speaker => {
    const as = fullNameAs(names, m.name, m.title ? `${m.title} ${m.name}` : m.name);
    // A surname the courtesy title kept bare ("Mrs. Clinton" beside Bill, Hillary and Chelsea) is not lengthened to the first of them.
    const name = as === m.name && fullName(names, m.name) !== m.name ? as : withGivenName(names, as);
    return { name, title: names.titles.get(name) ?? m.title, kind: 'person', mention };
  };
  // "From said" after "Al From", "May said" after "Theresa May", "says Doctor" after "Ken Doctor": a surname that is a common word.
  const { functionWords, calendarWords } = lexicons();
  const common = functionWords.has(lower[0] ?? '') || calendarWords.has(lower[0] ?? '') || isTitleWord(lower[0] ?? '');
  const wordName = words.length === 1 && common ? names.fullNames.get(last.text) : undefined;
  if (wordName?.includes(' ')) return { name: wordName, title: names.titles.get(wordName) ?? null, kind: 'person', mention };
  // "His Honor concluded": an honorific stands for a person, like a pronoun.
  const honorific = words.length === 2 && /^(his|her)$/.test(lower[0] ?? '') && HONORIFIC.test(lower[1] ?? '');
  const pronoun = words.length === 1 ? lexicons().pronouns.get(lower[0] ?? '') : undefined;
  if (honorific || pronoun) {
    // A body named as the subject just before is "they"; other "they", "we", "it" are groups the rules do not resolve, "I" and "you" no one.
    const body = lower[0] === 'they' ? subjectBodyBefore(names, sentence.index) : lower[0] === 'it' ? openingBodyBefore(names, sentence.index) : null;
    if (body) return { name: names.aliases.get(body.name) ?? body.run, title: null, kind: 'organisation', mention };
    if (pronoun && (pronoun.number === 'plural' || !pronoun.gender || pronoun.possessive)) return null;
    const person = recentPerson(withoutListener(names, sentence.index, offset), sentence.index, offset, pronoun?.gender ?? null);
    // "A neighbour … said …. “…,” he said": the unnamed voice, not a person named before it (with none, the sentence before).
    const voice = unnamedVoiceBetween(names.unnamedVoices, person?.sentence ?? sentence.index - 2, sentence.index, pronoun?.gender ?? null);
    if (voice) return { name: voice, title: null, kind: 'unknown', mention };
    const meant = personByEpithetVoice(names, person, sentence.index, pronoun?.gender ?? null);
    return meant ? asPerson(meant) : null;
  }
  // "a spokesperson for Scotland Yard" speaks for the body, as "a Scotland Yard spokesperson" does; not for a person ("for Sen. Ted Cruz").
  const forBody = bodyAfterSpokes(textOf(words));
  const [lead = ''] = forBody?.split(' ') ?? [];
  if (forBody && !isKnownPerson(names, fullName(names, forBody)) && !isTitleWord(lead) && !lexicons().givenNames.has(lead.toLowerCase()))
    return { name: longForm(names, forBody) ?? forBody, title: lower[1] ?? null, kind: 'organisation', mention };
  // "a person close to the Clintons", "a longtime adviser to Trump": the role, with whom it serves, is the speaker.
  const prep = words.findIndex((w, i) => i > 0 && ROLE_PREP.test(w.text));
  if (prep > 0 && roleStartBefore(words, prep) === 0 && rolePrepEnd(words, prep) === words.length) {
    const text = textOf(words);
    return { name: text.replace(/^(the)\s+/i, '').replace(/^(A|An|One)\b/, (d) => d.toLowerCase()), title: null, kind: 'unknown', mention };
  }
  const head = last.text.toLowerCase();
  // A role in place of a name ("the premier said", "the striker" after "striker Wayne Rooney") is who holds it, not "a" such person.
  if ((isTitleWord(head) || (isRoleWordLower(last.text) && !SPOKES.test(head))) && words.length <= 4 && !isIndefinite(words[0]?.text ?? '')) {
    // "the Vermont senator", "the former president" may be another than the one just named: they ask for the full title (or one "Sen.").
    const bare = !words.slice(0, words.indexOf(last)).some((w) => (isCapitalised(w.text) && !isArticle(w.text)) || /^(?:former|ex-?)$/i.test(w.text));
    const person = personByRoleWord(names, rankedRole(textsOf(words.slice(0, words.indexOf(last))), head), sentence.index, offset, bare); // "deputy minister"
    if (person) return withRoleTitle(asPerson(person), words);
  }
  // "A Pentagon / Home Office spokesman" speaks for the body (from its first capital; "Mr Blair's spokesman" for a person); "a spokesperson" for the last body.
  if (SPOKES.test(head) && !words.slice(0, -1).some((w, i) => isTitleWord(w.text) && isCapitalised(w.text) && !OFFICE.test(words[i + 1]?.text ?? ''))) {
    const from = words.findIndex((w) => isCapitalised(w.text) && !/^(A|An|The)$/.test(w.text));
    // "the spokesman" after "A Bayern spokesman said": the body that one spoke for.
    const named = (from < 0 ? [] : words.slice(from, -1)).map((w) => w.text).join(' ');
    const body = named || (/^the$/i.test(first.text) && words.length === 2 ? spokesmanBodyBefore(names.unnamedVoices, sentence.index, head) : null);
    if (body) return { name: longForm(names, body) ?? body, title: head, kind: 'organisation', mention };
    const org = recentOrganisation(names, sentence.index, offset) ?? untypedBodyBefore(names, sentence.index, offset);
    if (org && !namesOwnBody(words.slice(0, -1), org.run)) return { name: names.aliases.get(org.name) ?? org.run, title: head, kind: 'organisation', mention };
  }
  // A document speaks for its named owner ("a 2014 House Intelligence Committee report", "Pew's survey"; not "The study"), or for
  // the one the article gave it ("the report" after "a report by the Harbour Institute").
  if (lexicons().documentWords.has(head) && !isCapitalised(last.text)) {
    const owner = documentOwnerRun(phrase.slice(isArticle(first.text) ? 1 : 0, phrase.indexOf(last)));
    const given = !owner && words.length === 2 && /^(the|this|that)$/i.test(first.text) ? ownerBefore(names.documents, head, sentence.index) : null;
    if (owner || given) {
      const name = given ?? stripDeterminer((owner?.tokens ?? []).map((t) => bare(t.text)).join(' '));
      const person = fullName(names, name);
      const kind: SpeakerKind = isKnownPerson(names, person) ? 'person' : 'organisation';
      return { name: kind === 'person' ? person : (longForm(names, name) ?? name), title: null, kind, mention };
    }
  }
  // "the editorial board writes", "the paper's editorial board": the outlet named last, after a capitalised "The" ("Enter The Post …").
  const board = /^editorial$/i.test(words.at(-2)?.text ?? '') && /^board$/i.test(last.text) ? bodyBefore(names, 'newspaper', sentence.index, offset) : null;
  const outlet = board ? (names.aliases.get(board.name) ?? board.run).replace(/^(?:\S+\s+)+?The\s+/, '') : null;
  if (outlet) return { name: outlet, title: 'editorial board', kind: 'organisation', mention };
  // "the council" → the organisation the article named in full ("Mainland Affairs Council").
  const possessor = words.find((w) => /['’]s$/.test(w.text));
  const headWord = (possessor ? possessor.text.replace(/['’]s$/, '') : last.text).toLowerCase();
  // Not when a name follows the possessor: "the Prime Minister's spokesman Avi Pazner" is Avi Pazner.
  const namedAfter = possessor !== undefined && words.slice(words.indexOf(possessor) + 1).some((w) => isCapitalised(w.text));
  if (!namedAfter && (!isCapitalised((possessor ?? last).text) || isArticle(words[0]?.text ?? ''))) {
    const before = words.slice(0, words.indexOf(possessor ?? last)).filter((w, i) => isCapitalised(w.text) && !(i === 0 && isArticle(w.text)));
    const org = organisationByHead(names, headWord, sentence.index, before);
    if (org) return { name: org, title: null, kind: 'organisation', mention };
    // "The organization said" after "The Zimbabwe Association of Doctors … issued": the body the text was just about.
    const recent = words.length <= 2 ? bodyBefore(names, headWord, sentence.index, offset) : null;
    if (recent) return { name: names.aliases.get(recent.name) ?? recent.run, title: null, kind: 'organisation', mention };
    const phrase = words.length === 2 ? bodyNounBefore(names, first.text, headWord, sentence.index, offset) : null;
    if (phrase) return { name: phrase, title: null, kind: 'organisation', mention };
  }
  // "Frederick Bragas of the OCD-RDCC 4-A": a name before "of" leads the phrase, whatever word ends it.
  const link = phrase.findIndex((t) => /^(of|at|from|with)$/.test(t.text));
  if (isRunWord(last.text) || (link >= 2 && phrase.slice(0, link).every((t) => isRunWord(t.text)))) {
    const runs = capitalRuns(phrase).map(personBeforeOf);
    let run = runs[runs.length - 1];
    // "Jeffrey Lewis of the James Martin Center": a person named first, then where they are from.
    const lead = runs[0] ? nameFromRun(runs[0].tokens) : null;
    const leadEnd = runs[0]?.tokens.at(-1);
    const next = leadEnd ? phrase[phrase.indexOf(leadEnd) + 1] : undefined;
    if (
      runs.length >= 2 &&
      lead?.kind === 'person' &&
      /^(of|at|from|with)$/.test(next?.text ?? '') &&
      (lead.words.length >= 2 || isKnownPerson(names, lead.name))
    )
      run = runs[0];
    // "analysts Dana Whitfield and Tom Becker": two people named in full; the first is credited.
    const pair = runs.findIndex((r) => firstOfPair(r) !== r);
    const paired = runs[pair];
    const pairEnd = paired?.tokens.at(-1);
    const afterPair = pairEnd ? phrase[phrase.indexOf(pairEnd) + 1] : undefined;
    if (paired && (pair === 0 || pair === runs.length - 1 || /^(of|at|from|with)$/.test(afterPair?.text ?? ''))) run = firstOfPair(paired);
    const found = run ? nameFromRun(run.tokens) : null;
    if (found) {
      const expanded = longForm(names, found.name);
      if (expanded) return { name: expanded, title: null, kind: 'organisation', mention };
      const before = run ? textOf(phrase.slice(0, Math.max(0, phrase.indexOf(run.tokens[0] as Token)))) : '';
      // "he was echoing Ryan" names no speaker; "The paradox of Nancy" is checked as a role; "Aid charity Oxfam", "Spanish daily El Mundo": the body.
      const body =
        run && isDescriptor(before, /^(?:(?:But|And|Yet|So)\s+)?$/.test(sentence.text.slice(0, first.start - sentence.start))) ? textOf(run.tokens) : null;
      const kind: SpeakerKind =
        found.kind !== 'person' ? found.kind : !(body && !found.title) && isPersonRun(names, found, phrase, run?.tokens ?? []) ? 'person' : 'organisation';
      const name = kind === 'person' ? fullNameAs(names, found.name, mention) : (body ?? stripDeterminer(textOf(phrase)));
      const lead = wordsBeforeName(before, phrase.at(-1) === run?.tokens.at(-1));
      if (lead === 'clause') return null;
      if (lead === 'object') return { name: stripDeterminer(textOf(phrase)), title: null, kind: 'unknown', mention };
      // "the council's Cate Faehrmann": she speaks for the body the article named; a body's own name holds its words before.
      const owner = /^(?:the\s+)?([\p{L} -]+?)['’]s$/iu.exec(before)?.[1];
      const ownerTitle = owner ? (organisationByHead(names, owner.split(' ').pop()?.toLowerCase() ?? '', sentence.index) ?? owner) : null;
      const title = qualifiedTitle(found.title, names.titles.get(name)) ?? ownerTitle ?? (before && !isArticle(before) ? titleFrom(before) : null);
      return { name, title: kind === 'organisation' ? null : title || names.titles.get(name) || null, kind, mention };
    }
  }
  return { name: stripDeterminer(textOf(phrase)), title: null, kind: 'unknown', mention };
}

/** The entity a phrase of the article names: a person by full name, an organisation, a role, or 'unknown'. */
export function resolveMention(phrase: readonly Token[], sentence: Sentence, names: NameIndex): Speaker | null {
  // "his report said": the document's owner is whom the pronoun stands for.
  const owned = handleOwner(phrase, sentence, names) ?? resolve(pronounOwner(phrase) ?? phrase, sentence, names, textOf(phrase));
  const speaker = withDescription(names, sentence, withBodyName(names, sentence, modifierOnly(phrase, sentence, owned)));
  // "Ms", "Mr", "Sir" are forms of address, not a role: a title field holding them would print "Berg, Ms" or "Kirkwood, Chairman Sir".
  return printableSpeaker(speaker, (name) => roleOf(names, name));
}
/** The entity a piece of text names, tokenised at its place in the sentence. */
export function resolveText(text: string, offset: number, sentence: Sentence, names: NameIndex): Speaker | null {
  const phrase = tokenize(text, sentence.start + offset).filter((t) => t.kind === 'word');
  return phrase.length > 0 ? resolveMention(phrase, sentence, names) : null;
}
