// Who voices a sentence's worry: the speaker of its quote, or the subject of its worry or reporting verb,
// resolved by the same resolver and check as quote speakers ("the premier warned" → Alan Carpenter).
// A wrong holder is worse than none: anything that is not plainly a person, body or role gives null.
import { withAgentOf } from './agent-of.js';
import { experiencerAfterAccording } from './according-experiencer.js';
import { andVerbSubject } from './and-verb-holder.js';
import { frontedAdverbs } from './fronted-adverb.js';
import { beliefVerbBefore } from './belief-anchor.js';
import { lexicons } from '../lexicon.js';
import { ACTED } from './concerns/scope.js';
import type { QuoteItem, Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { isIndexedName } from './name-lookup.js';
import { COPULA, anchorsOf, closingCredit, exampleListHead, isNotHolder, isOnlyOpener, isPassiveAt, pronounTeller } from './holder-anchor.js';
import { experiencerPhrase } from './experiencer.js';
import { isOtherSide } from './other-side.js';
import { isDatelinePlace, isHolderName, personIn, speakerAround } from './holder-person.js';
import { BE } from './phrase-words.js';
import { conjunctBefore } from './coordinated-holder.js';
import { participleSubject } from './participle-holder.js';
import { voiceOrHeld } from './held-outside-quote.js';
import { frontedGroup, pluralGroup } from './plural-experiencer.js';
import { frontedWorrySubject, withAbsoluteSubject } from './with-absolute.js';
import { reasonSubject } from './reason-holder.js';
import { groupSubject, voiceIn } from './group-subject.js';
import { reporterBefore } from './reporter-anchor.js';
import { holderObject, fallbackHolder } from './holder-objects.js';
import { isVerb, phraseAfter, phraseBefore } from './phrases.js';
import { isObjectOf } from './object-of.js';
import { leadingPhrase, subjectBefore } from './subject.js';
import { isDescribed } from './described-voice.js';
import { resolveMention } from './resolve-mention.js';
import { isSpeaker } from './speaker-check.js';
import { isCapitalised, type Token } from './tokens.js';
import { holderWords, isNounPhrase, isTimeWord, singularGroup, withoutPlace, zeroRelativeStart } from './holder-phrase.js';
import { sentenceTokens } from './sentence-tokens.js';
import { hasWholeWord } from './whole-word.js';
import { isLikelyExpansion } from './likely-expansion.js';
import { relativeVoiceHead } from './relative-voice.js';
import { ownsExperiencer } from './held-experiencer.js';

/** A phrase right after "is" is its predicate ("… is easier said than done"), never the one who speaks, unless a clause with no "that" ends it. */
const isPredicate = (tokens: readonly Token[], phrase: readonly Token[]): boolean =>
  phrase[0] !== undefined && BE.test(tokens[tokens.indexOf(phrase[0]) - 1]?.text ?? '') && zeroRelativeStart(phrase) === 0;

/** The holder a phrase names, or null when it names no one the reader could point to. */
function resolveHolder(words: readonly Token[], sentence: Sentence, names: NameIndex): string | null {
  // "But Aid charity Actionaid criticised …": a leading conjunction joins clauses; it is not part of the name.
  // "And even China said …": a conjunction, or a focus word before a capital, opens no holder.
  const start = words.findIndex(
    (t, i) => !/^(and|but|or|yet|so|nor)$/i.test(t.text) && !(/^(even|only)$/i.test(t.text) && isCapitalised(words[i + 1]?.text ?? '')),
  );
  // "the leading candidates Thursday": when is not who; nor is how often ("Mr. Obama often says"), an emphatic "did", nor "both".
  let end = words.length;
  while (
    end > 1 &&
    (isTimeWord(words[end - 1]?.text ?? '') || /^(often|also|still|again|usually|repeatedly|frequently|did|does|do|both)$/.test(words[end - 1]?.text ?? ''))
  )
    end--;
  // "Just recently the Armenians of Israel": adverbs that open the sentence with no comma are no part of the subject.
  const phrase = holderWords(words.slice(Math.max(start, 0) + frontedAdverbs(words, Math.max(start, 0)), end));
  if (isOnlyOpener(phrase, sentence, names)) return null;
  // "Ann Lee and Tom Hill warned": both hold it, not the first the resolver meets; "Work and Pensions Secretary" is one title.
  const pair = holderPair(phrase, sentence, names);
  if (pair && isIndexedName(names, pair[0])) return pair.join(' and ');
  const holder = isNounPhrase(phrase) ? resolveMention(phrase, sentence, names) : null;
  const group = holder && !isSpeaker(holder) ? singularGroup(holder.name) : null;
  if (!holder || (!isSpeaker(holder) && !(group && isSpeaker({ ...holder, name: group }))))
    return personIn(phrase, sentence, names) ?? pair?.join(' and ') ?? groupSubject(phrase, sentence);
  if (!isLikelyExpansion(phrase, holder.name, holder.kind, names)) return null;
  // The name must come from the article's words, whole: a resolver slip ("nyway" from "Anyway") is no holder; "Lee campaign" is Lee's.
  const head = holder.name.split(/\s+/)[0] ?? '';
  const whole = hasWholeWord(sentence.text, head);
  return whole || isIndexedName(names, holder.name) || names.fullNames.has(head) || isDescribed(names, holder.name) ? holder.name : null;
}

/** "Ann Lee of the Department of Health and Human Services": an "and" between capitals after "of" joins a body's name, not two holders. */
function andInName(phrase: readonly Token[], and: number): boolean {
  const of = phrase
    .slice(0, and)
    .map((t) => t.text)
    .lastIndexOf('of');
  const inside = phrase.slice(of + 1, and).filter((t) => !/^(the|of|for)$/.test(t.text));
  return of > 0 && inside.length > 0 && inside.every((t) => isCapitalised(t.text)) && isCapitalised(phrase[and + 1]?.text ?? '');
}

/** "Chancellor Gerhard Schroeder and Prime Minister Silvio Berlusconi voiced concerns": the two holders joined by "and", when each alone holds; else null. */
function holderPair(phrase: readonly Token[], sentence: Sentence, names: NameIndex): [string, string] | null {
  const and = phrase.findIndex((t, i) => i > 0 && t.text === 'and');
  const first = and > 0 && !andInName(phrase, and) ? resolveHolder(phrase.slice(0, and), sentence, names) : null;
  const second = first ? resolveHolder(phrase.slice(and + 1), sentence, names) : null;
  return first && second ? [first, second] : null;
}

/** Who holds the concern a sentence voices; `cueStart` is the absolute offset of its predicate. */
export function holderOf(sentence: Sentence, quotes: readonly QuoteItem[], names: NameIndex, cueStart: number | null = null): string | null {
  const holder = holderIn(sentence, quotes, names, cueStart) ?? fallbackHolder(sentence, names, cueStart);
  return holder !== null && isHolderName(holder) && !isDatelinePlace(holder, sentence.text) && !isOtherSide(holder, sentence, cueStart) ? holder : null;
}

function holderIn(sentence: Sentence, quotes: readonly QuoteItem[], names: NameIndex, cueStart: number | null): string | null {
  const named = voiceOrHeld(sentence, quotes, cueStart, (held) => resolveHolder(held, sentence, names)) ?? holderInText(sentence, names, cueStart);
  return named !== null && isHolderName(named) ? named : speakerAround(sentence, quotes);
}

/** The agent of a passive cue ("was condemned by X", "has been strongly criticised by X"), or null when it is no passive. */
function passiveBy(tokens: readonly Token[], verb: number): Token[] | null {
  if (!isPassiveAt(tokens, verb) || tokens[verb + 1]?.text !== 'by') return null;
  // "by the city council for attempting …": the agent ends where a preposition begins what it is for.
  const phrase = phraseAfter(tokens, verb + 2);
  const end = phrase.findIndex((t, i) => i > 0 && /^(for|over|after|because|in|on|at|with|as)$/.test(t.text));
  const agent = end > 0 ? phrase.slice(0, end) : phrase;
  return agent.length > 0 ? agent : null;
}

function holderInText(sentence: Sentence, names: NameIndex, cueStart: number | null): string | null {
  const tokens = sentenceTokens(sentence);
  const cueAt = tokens.findIndex((t) => t.start === cueStart);
  const object = holderObject(tokens, cueAt, sentence);
  if (object) return resolveHolder(object, sentence, names);
  const absolute = withAbsoluteSubject(tokens, cueAt) ?? frontedWorrySubject(tokens, cueAt) ?? reasonSubject(tokens, cueAt);
  if (absolute) return resolveHolder(absolute, sentence, names) ?? pluralGroup(absolute);
  const [anchor = -1, ...reported] = anchorsOf(tokens, cueStart);
  // A believer before the anchor holds what follows, unless the anchor is the worry verb itself ("Many believe … and fear …").
  const belief = anchor === cueAt ? -1 : beliefVerbBefore(tokens, anchor);
  const [verb, anchored] = belief >= 0 ? [belief, [] as number[]] : [anchor, reported];
  const reporter = anchored.length === 0 ? reporterBefore(tokens, verb) : -1;
  const others = reporter > 0 ? [reporter] : anchored;
  // "Despite the concern from residents, the mayor said …": the noun's own phrase names who holds it, spelt out in it
  // ("senior Democrats" is not widened to another mention's "Progressive Democrats").
  const held = experiencerPhrase(tokens, cueStart);
  const experiencer = held ? (resolveHolder(held, sentence, names) ?? pluralGroup(held)) : null;
  if (held && experiencer && ownsExperiencer(held, experiencer, names)) return experiencer;
  // "criticism from business groups": the noun names its holders; when they resolve to no one, the subject is no stand-in.
  if (held && !experiencer) return null;
  // "They fear …, according to people familiar with their thinking": the fear is theirs, whom no name resolves; the
  // source after "according to" only reports it.
  const unresolved = verb > 0 && phraseBefore(tokens, verb).length === 1 && lexicons().pronouns.has(tokens[verb - 1]?.text.toLowerCase() ?? '');
  if (verb > 0) {
    // "The killing was condemned by President Hamid Karzai": in the passive the agent holds the concern.
    const acted = ACTED.test(tokens[verb]?.text ?? '') || /^(warned|cautioned|threatened)$/i.test(tokens[verb]?.text ?? ''); // "Blair was warned of …": the one warned
    const agent = acted ? passiveBy(tokens, verb) : null;
    const byHolder = agent ? resolveHolder(agent, sentence, names) : null;
    if (byHolder && agent) return withAgentOf(byHolder, tokens, agent, sentence, tokens[verb]?.text ?? '');
    // "Police were accused of brutality": the subject of a passive of blame is the one blamed, never who blames.
    const blamed = acted && isPassiveAt(tokens, verb);
    // "Anyway, critics warned": past an appositive the subject may be an opener; the phrase next to the verb is tried too.
    // Before a reporting verb, a copula's subject with a pronoun in it ("After saying he was nervous") or one of several
    // ("that he and Giles were frustrated") is left to the reporter's subject: the pronoun most often stands for them.
    const ownSubject = (phrase: Token[]): boolean =>
      others.length === 0 ||
      !COPULA.test(tokens[verb]?.text ?? '') ||
      (!phrase.some((t) => lexicons().pronouns.has(t.text.toLowerCase())) && !/^(and|or)$/i.test(tokens[tokens.indexOf(phrase[0] as Token) - 1]?.text ?? ''));
    const subjects = [subjectBefore(tokens, verb), phraseBefore(tokens, verb)]
      .filter(ownSubject)
      .concat(others.flatMap((v) => [subjectBefore(tokens, v), phraseBefore(tokens, v)]));
    for (const subject of blamed ? [] : subjects.filter((x) => !isNotHolder(tokens, x, cueStart) && !isPredicate(tokens, x))) {
      // "The Mainland Affairs Council in Taipei described …": past the place, the body that speaks.
      const prep = subject[0] ? tokens.indexOf(subject[0]) - 1 : -1;
      const head = isObjectOf(tokens, subject, cueAt) && /^(in|at|from)$/i.test(tokens[prep]?.text ?? '') ? phraseBefore(tokens, prep) : subject;
      const holder = isObjectOf(tokens, head, cueAt)
        ? voiceIn(head, sentence, names)
        : (resolveHolder(withoutPlace(exampleListHead(tokens, head)), sentence, names) ??
          (head !== subject ? voiceIn(subject, sentence, names) : frontedGroup(tokens, head)));
      const other = holder && isHolderName(holder) ? conjunctBefore(tokens, head) : null;
      const first = other ? resolveHolder(other, sentence, names) : null;
      if (holder && isHolderName(holder)) return first && first !== holder && isHolderName(first) ? `${first} and ${holder}` : holder;
    }
    // "We are anxious, said Johanna Bayer": the speaker after an inverted reporting verb.
    for (const v of [verb, ...others]) {
      // ", saying the government is willing …": a participle has no subject after it; what follows is what is said.
      if (!isVerb(tokens[v]) || !/^[,"“”]$/.test(tokens[v - 1]?.text ?? '') || /ing$/.test(tokens[v]?.text ?? '')) continue;
      const after = resolveHolder(phraseAfter(tokens, v + 1), sentence, names);
      if (after) return after;
    }
    const shared = participleSubject(tokens, verb) ?? andVerbSubject(tokens, verb);
    const sharer = shared ? resolveHolder(shared, sentence, names) : null;
    if (sharer) return sharer;
    // "Washington, Seoul and other countries have voiced …": the list's first member opens the sentence.
    const lead = leadingPhrase(tokens);
    // Not one the worry befell: "Romney, a Republican who …, appears to have been helped by concerns".
    if (lead[0] && tokens.indexOf(lead[0]) === 0 && tokens[lead.length]?.text === ',' && !isNotHolder(tokens, lead, cueStart)) {
      const first = resolveHolder(lead, sentence, names);
      if (first && !tokens.slice(lead.length, verb).some((t) => isVerb(t) || t.text === 'that')) return first;
    }
  }
  // "business leaders who say the law unfairly targets …": when no subject holds it, the head of a relative clause that voices it.
  const relative = cueAt > 0 ? relativeVoiceHead(tokens, cueAt) : null;
  if (relative) return resolveHolder(relative, sentence, names) ?? pluralGroup(relative);
  const according = tokens.findIndex((t, i) => t.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to');
  // "…, according to the ministry"; "…,” he said, according to court documents": the source only records what the pronoun's referent said.
  const teller = pronounTeller(tokens, according);
  if (teller) return resolveHolder([teller], sentence, names);
  const felt = experiencerAfterAccording(tokens, according);
  if (felt) return resolveHolder(felt, sentence, names);
  const found = according >= 0 && !unresolved ? phraseAfter(tokens, according + 2) : closingCredit(tokens);
  // "According to experts interviewed, …": a participle after the source's noun is no part of who holds it.
  const credit = found && found.length > 1 && /^\p{Ll}+ed$/u.test(found.at(-1)?.text ?? '') ? found.slice(0, -1) : found;
  return credit ? resolveHolder(credit, sentence, names) : null;
}
