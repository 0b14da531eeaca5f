// The linguistic check on every candidate speaker: a person's name, an organisation's name, or a speaking role —
// never a time word, a verb or adjective phrase, an unresolved pronoun or a clause fragment.
import { isMedium } from './document-owners.js';
import { lexicons } from '../lexicon.js';
import type { Speaker } from '../types.js';
import { isConnector, isNotName, isTitleWord } from './capital-runs.js';
import { isOrgWord, isRoleNoun } from './name-words.js';
import { AUXILIARY } from './phrase-words.js';
import { isStateAbbreviation } from './state-speaker.js';

/** "last month", "this week", "next year": a span of time, never part of a name. */
const TIME_SPAN = /\b(?:last|this|next|past)\s+(?:week|month|year|weekend|summer|spring|fall|autumn|winter|night|decade)s?\b/i;

const DETERMINERS = /^(the|a|an|one|two|three|several|some|many|most|other|another|his|her|their|its|our|senior|top|former|two)$/i;
/** A word in capitals ("US", "IT") spells a name or an acronym, never the pronoun it spells in lower case. */
const IN_CAPITALS = /^\p{Lu}{2,}$/u;
const POST_MODIFIER = /^(of|for|to|at|in|with|from|familiar|involved|close|who|which|that|on)$/i;
const CLAUSE_WORD = /^(to|that|which|who|is|was|are|were|has|have|had|will|would|be|been|do|does|did)$/i;
/** A verb or adverb that ends a clause and never a speaking role ("appears", "cannot", "didn’t"): `clause-heads.txt` or n't. */
export const isClauseHead = (word: string): boolean => lexicons().clauseHeads.has(word) || /n['’]t$/i.test(word);
const LOWER_CASE_PROBLEM = new Set(['starts in lower case', 'holds lower-case words', 'ends in a possessive']);
/** Opening adverbs, prepositions and question words the lexicons leave out: "Here in Columbia, Sanders …", "What seems …". */
const OPENER = /^(here|there|alongside|beside|atop|inside|outside|what|whatever|why|how|whether|where|which|amid|amidst|despite|during)$/i;
/** A pronoun with its verb ("That’s like …", "It’s time", "We’re told"): a clause, never a name. */
const CONTRACTION = /^(?:(?:that|it|there|here|what|who|he|she|let)['’]s|\p{L}+['’](?:re|ve|ll|d|m))$/iu;
/** Number words, spelt or in figures ("Fifty-one", "40", "12%"): a count, never a name. */
const NUMBER_WORD =
  /^(?:[\d.,]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\p{L}+)?)$/iu;
const SHARE = /^(?:percent|per ?cent|%|majority|minority|half|third|thirds|quarter|quarters|fifth|fifths)$/i;
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const ALL_CAPS = /^[\p{Lu}\p{N}&'’.-]+$/u;

function isNameWord(word: string): boolean {
  // `Marcia "Cia" Price`: a nickname in marks is a word of the name.
  if (/^["“‘']?[\p{Lu}\p{N}]/u.test(word) || INITIAL.test(word) || isConnector(word) || /^(d['’]|o['’]|mc|mac)\p{Lu}/iu.test(word)) return true;
  // "al-Reesh", "el-Erian": the Arabic article joined to a capitalised name ("at-risk" is no name).
  return /^(al|el|ad|ar|as|at|an|ash|az)-\p{Lu}/u.test(word);
}

/** Why a name is not one, or null when it passes: capitalised words that are not a time word, a pronoun or an opener. */
function nameProblem(words: readonly string[]): string | null {
  const first = words[0];
  const final = words.at(-1);
  if (first === undefined || final === undefined) return 'empty';
  if (words.length > 8) return 'too long for a name';
  const { calendarWords, sentenceAdverbs } = lexicons();
  const lower = first.toLowerCase();
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return 'starts in lower case';
  if (/^[\d.,:/-]+$/.test(first) || /^\d+-year-old$/i.test(first)) return 'begins with a number';
  if (lexicons().functionWords.has(lower) || OPENER.test(first) || CONTRACTION.test(first)) return `"${first}" does not begin a name`;
  // "Another advised …", "Some said …": a determiner alone stands for no one the reader can name.
  if (words.length === 1 && DETERMINERS.test(first)) return `"${first}" names no one`;
  // "US officials": capitals before a word that is not in capitals spell a name, not the pronoun "us".
  const spelt = words.length > 1 && IN_CAPITALS.test(first) && !IN_CAPITALS.test(words[1] ?? '');
  if ((isNotName(first) && !isTitleWord(first) && !calendarWords.has(lower) && !spelt) || sentenceAdverbs.has(lower)) return `"${first}" does not begin a name`;
  if (words.length === 1) {
    // "Esq" after a comma, "Seven": a suffix or a number alone names no one.
    if (/^(esq|jr|sr)\.?$/i.test(first) || NUMBER_WORD.test(first)) return `"${first}" names no one`;
    // A month alone is a date ("who was freed in August said"); "May" the person resolves to the name the article gives.
    if (calendarWords.has(lower)) return 'a date, not a name';
    // "A Feb. 1 letter": a month's abbreviation, its dot split off, is a date too ("Jan", "Jun" are also given names).
    if (calendarWords.has(`${lower}.`) && !lexicons().givenNames.has(lower)) return 'a date, not a name';
    if (isStateAbbreviation(words)) return 'a state, not a name';
  }
  // A weekday, or a month beside a number, is a date; "May" or "June" alone may be a name. So is a span ("Late last month").
  if (words.some((w) => lexicons().weekdays.includes(w.toLowerCase()) || (calendarWords.has(w.toLowerCase()) && words.some((x) => /\d/.test(x)))))
    return 'holds a date';
  if (TIME_SPAN.test(words.join(' '))) return 'holds a date';
  if (!words.every(isNameWord)) return 'holds lower-case words';
  // A headline fragment in capitals ("FULL TEXT", "HOW CHINA'S DECLINE AFFECTS"): acronyms are single words.
  if (words.length >= 2 && words.every((w) => ALL_CAPS.test(w) && w.length > 1)) return 'a line in capitals';
  if (/['’]s?$/.test(final)) return 'ends in a possessive';
  // "Wikinews As": a capitalised function word ends no name, unless it is a surname after a first name ("Al From").
  const before = words.at(-2)?.toLowerCase() ?? '';
  if (words.length > 1 && lexicons().functionWords.has(final.toLowerCase()) && !lexicons().givenNames.has(before)) return 'ends in a function word';
  return null;
}

/** Why a phrase is not a speaking role ("a senior Pentagon official", "one Trump confidant", "the jury"), or null when it is one. */
function roleProblem(words: readonly string[]): string | null {
  // "with the campaign of the senator": a prepositional phrase names no one.
  const [head = ''] = words;
  if ((lexicons().functionWords.has(head.toLowerCase()) || OPENER.test(head) || CONTRACTION.test(head)) && !DETERMINERS.test(head))
    return 'a phrase, not a role';
  const content = words.filter((w) => !DETERMINERS.test(w));
  if (content.length === 0 || content.length > 8) return 'not a role';
  // "source of", "California leads all", "Mr. Sanchez there": a phrase cut off after a function word or an adverb.
  const end = (words.at(-1) ?? '').toLowerCase();
  // "Learn more": an adverb ends no noun phrase.
  if (words.length > 1 && (lexicons().functionWords.has(end) || OPENER.test(end) || lexicons().sentenceAdverbs.has(end))) return 'a fragment, not a role';
  // "the campaign’s": a possessive with nothing after it owns nothing that could speak.
  if (/['’]s?$/.test(words.at(-1) ?? '')) return 'ends in a possessive';
  // Inside a noun phrase an article or a demonstrative follows only a preposition: "trailer shows a clip", "Consider this
  // 2014 entry" are a verb and its object.
  if (
    words.some((w, i) => i > 0 && /^(a|an|the|this|these|those)$/i.test(w) && !/^(of|for|to|at|in|on|with|from|by|about|as|and|or)$/i.test(words[i - 1] ?? ''))
  )
    return 'a clause, not a role';
  const { pronouns, speakingRoles, reportingVerbs, calendarWords } = lexicons();
  const cut = content.findIndex((w, i) => i > 0 && POST_MODIFIER.test(w));
  const core = cut > 0 ? content.slice(0, cut) : content;
  // "a US official": a word in capitals is a name ("US", "IT"), not the pronoun it spells.
  if (core.some((w) => pronouns.has(w.toLowerCase()) && !/^(his|her|their|its|our)$/i.test(w) && !IN_CAPITALS.test(w))) return 'holds a pronoun';
  // "Francis made clear …", "The Florida senator sought …": a past tense makes it a clause, not a role.
  // A capital after a capital is a word of a name ("the United States judge"), not the verb it spells ("states").
  const verbLike = (w: string, i: number): boolean =>
    !(i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(core[i - 1] ?? '')) &&
    (reportingVerbs.has(w.toLowerCase()) || CLAUSE_WORD.test(w) || lexicons().irregularPast.has(w.toLowerCase()));
  if (core.some(verbLike)) return 'a clause, not a role';
  if (core.some((w) => calendarWords.has(w.toLowerCase()))) return 'holds a date';
  const isRole = (w: string): boolean => {
    const head = w.toLowerCase().replace(/['’]s?$/, '');
    return speakingRoles.has(head) || isTitleWord(head) || isOrgWord(head) || isRoleNoun(head);
  };
  // The head noun ends the core ("Pentagon official"); in "Hundreds of demonstrators" it follows the "of".
  const last = core.at(-1);
  const lastContent = content.at(-1);
  if (last === undefined || lastContent === undefined) return 'not a role';
  // A share of a poll ("Fifty-one percent", "a third of voters") is a finding, never a source.
  if (SHARE.test(last) || SHARE.test(lastContent)) return 'a share, not a source';
  // "the letter said", "a new survey says": a document with no owner named carries someone's words but is nobody.
  if (lexicons().documentWords.has(last.toLowerCase()) && !core.some((w) => /^\p{Lu}/u.test(w) && !isMedium(w))) return 'a document, not a speaker';
  if (isRole(last)) return null;
  // "hatred of Clinton among his supporters": a role after "of" or "among" counts only when the head is a number or part ("Hundreds of voters").
  if (
    isRole(lastContent) &&
    (cut <= 0 || NUMBER_WORD.test(last) || /^(members?|some|most|many|dozens|hundreds|thousands|group|team|one|each|all|both|none)$/i.test(last))
  )
    return null;
  // "Chavez visited", "Trump appears", "Weaver didn’t seem": a name and a verb are a clause ("one Trump-appointed judge" is not).
  if ((/^\p{Ll}{3,}ed$/u.test(last) && !/eed$/.test(last)) || core.some(isClauseHead)) return 'a clause, not a role';
  // "Clinton’s track record", "Donald Trump's latest victories": what a person owns speaks only when it is a role
  // ("Clinton’s campaign manager").
  const owner = words.findIndex((w) => /['’]s?$/.test(w));
  if (owner >= 0 && !words.slice(owner + 1).some((w) => /^\p{Lu}/u.test(w)) && !isRole(last)) return `"${last}" is not a speaking role`;
  // A group named by a proper adjective or noun ("one Trump confidant", "a German user", "one Democrat").
  const determined = DETERMINERS.test(words[0] ?? '');
  // "Such damage": a capital that only opens the sentence makes no proper adjective.
  const proper = core.some((w) => /^\p{Lu}/u.test(w) && !NUMBER_WORD.test(w) && !/^(such|this|that|these|those)$/i.test(w));
  // "One Home Depot refers", "a Trump aide says": after "one" or "a" the head is singular, so a final -s word is a verb.
  if (/^(a|an|one|another)$/i.test(words[0] ?? '') && /^\p{Ll}+[^su]s$/u.test(last)) return 'a clause, not a role';
  // "People go", "Mexicans often", "Soon afterward": a subject with its verb or adverb, no head noun.
  if (/^(go|goes|went|often|afterwards?|again|too|alone|together)$|ly$/.test(last)) return `"${last}" is not a speaking role`;
  if (core.length <= 4 && proper && (determined || !/^\p{Lu}/u.test(last))) return null;
  return `"${core[core.length - 1]}" is not a speaking role`;
}

const SUBJECT_PRONOUN = /^(i|he|she|it|we|they|you)$/i;
const OBJECT_OF = /^(of|for|to|with|behind|about|against|by|from|into|toward|towards|over)$/i;
const AFTER_PREPOSITION = /^(of|for|to|at|in|on|with|from|by|and|or|as)$/i;

/**
 * What the words before a name say of it: 'clause' when they hold a subject and its verb ("he was echoing Ryan",
 * "Many Americans then saw the Democrats"), 'object' when the name is a preposition's object ("The paradox of Nancy"), else null.
 * A name that ends the phrase right after a noun opens a clause of its own: "invoked the story John F. Kennedy told".
 */
export function wordsBeforeName(before: string, endsPhrase: boolean): 'clause' | 'object' | null {
  const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const last = words.at(-1) ?? '';
  const isArticleAfterVerb = (w: string, i: number): boolean => i > 0 && /^(a|an|the)$/i.test(w) && !AFTER_PREPOSITION.test(words[i - 1] ?? '');
  if (words.some((w, i) => SUBJECT_PRONOUN.test(w) || AUXILIARY.test(w) || isArticleAfterVerb(w, i)))
    return endsPhrase && /^\p{Ll}+$/u.test(last) && !/^(a|an|the|\p{Ll}+(ing|ed))$/u.test(last) ? null : 'clause';
  return OBJECT_OF.test(last) ? 'object' : null;
}

/** Null when the speaker passes the check, else the reason it fails. */
export function speakerProblem(speaker: Pick<Speaker, 'name' | 'kind'> & { title?: string | null; mention?: string }): string | null {
  // A social-media handle names its account exactly ("@NRA").
  if (/^@\w{1,30}$/.test(speaker.name)) return null;
  // "the Chinese public affairs organ", "A German warning": a nationality or a party's adjective before its noun names no one; "the
  // Texan said" uses it as a noun, an epithet for someone, and "A Conservative spokesperson" speaks for the party.
  const adjective = lexicons().demonyms.has(speaker.name) && speaker.mention?.split(/\s+/).at(-1) !== speaker.name;
  if (adjective && !/^spokes/i.test(speaker.title ?? '')) return 'an adjective, not a name';
  // "Vermont", "South Carolina": a state or province alone is where someone is from; "Victoria" may be a person.
  if (lexicons().regions.has(speaker.name) && !lexicons().givenNames.has(speaker.name.toLowerCase())) return 'a place, not a speaker';
  const words = speaker.name.split(/\s+/).filter(Boolean);
  if (speaker.kind === 'unknown' && !/^[\p{Lu}\p{N}]/u.test(speaker.name)) return roleProblem(words);
  const asName = nameProblem(words);
  // Only a phrase that fails as a name for its lower-case words may pass as a role ("Hundreds of demonstrators").
  if (!asName || !LOWER_CASE_PROBLEM.has(asName)) return asName;
  return roleProblem(words) ? asName : null;
}

export const isSpeaker = (speaker: Pick<Speaker, 'name' | 'kind'> & { title?: string | null; mention?: string }): boolean => speakerProblem(speaker) === null;
