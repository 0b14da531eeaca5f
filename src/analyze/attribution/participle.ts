// A participle before the quote: `The ministry denied the report, saying "…"`.
import { isVerbAt, phraseAfter } from '../phrases.js';
import { leadingPhrase, subjectBefore } from '../subject.js';
import { isTitleWord } from '../capital-runs.js';
import { isArticle, isCapitalised, type Token } from '../tokens.js';
import { recalledBefore } from './recalled-speaker.js';
import type { TextRule } from './rule.js';
import { namingBefore, verbBefore } from './verb-before.js';
import { withShouting } from './with-shouting.js';

/** Where the run of capitalised words right before `at` starts (`at` itself when there is none). */
function nameBefore(tokens: readonly Token[], at: number): number {
  let named = at;
  while (named > 0 && tokens[named - 1]?.kind === 'word' && isCapitalised(tokens[named - 1]?.text ?? '')) named--;
  return named;
}

/** The noun phrase between "with" and the participle at `participle`, at most six words and no punctuation; else none. */
function withSubject(tokens: readonly Token[], participle: number): Token[] {
  for (let k = participle - 1; k >= 0 && k >= participle - 7; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || isVerbAt(tokens, k)) return [];
    if (t.text === 'with') return k < participle - 1 && tokens[k - 1]?.text === ',' ? tokens.slice(k + 1, participle) : [];
  }
  return [];
}

/**
 * Who a participle like "saying" belongs to: after a comma, the sentence's subject ("The BBC blamed …, saying");
 * with no comma, the person it follows ("the clip shows the Queen walking down a corridor saying").
 */
function participleSubject(tokens: readonly Token[], participle: number): Token[] {
  // "The Courier quoted a senior official (as) saying": the one quoted speaks, not the paper that quotes.
  const end = tokens[participle - 1]?.text === 'as' ? participle - 1 : participle;
  let quoter = end - 1;
  while (quoter > 0 && quoter >= end - 10 && !/^(quoted|quotes|quoting|cited|cites|citing)$/.test(tokens[quoter]?.text ?? '')) quoter--;
  // "Tom Hale, a senior official, as saying": the name before its apposition.
  const comma = tokens.slice(quoter + 1, end).findIndex((t) => t.text === ',');
  const object = tokens.slice(quoter + 1, comma > 0 ? quoter + 1 + comma : end);
  // "was quoted by the BBC as stating": in the passive the subject is the one quoted.
  const passive = /^(was|were|is|are|been|being|be)$/.test(tokens[quoter - 1]?.text ?? '') || object[0]?.text === 'by';
  if (quoter >= end - 10 && quoter > 0 && !passive && object.length > 0 && object.every((t) => t.kind !== 'quote')) return object;
  // "The spot concludes with footage of Trump saying": a name after "of", right before the participle, is the one shown speaking.
  const shown = nameBefore(tokens, participle);
  // Not an "of" inside a name: "the Federation of Teachers saying" is the federation.
  const inName = isCapitalised(tokens[shown - 2]?.text ?? '');
  if (shown > 0 && shown < participle && tokens[shown - 1]?.text === 'of' && !inName && !/['’]s?$/.test(tokens[participle - 1]?.text ?? ''))
    return tokens.slice(shown, participle);
  // "and you were saying", "his fans were shown chanting": a progressive or a passive of seeing has its own subject before the auxiliary.
  const aux = /^(shown|seen|heard|filmed|caught|pictured|recorded)$/.test(tokens[participle - 1]?.text ?? '') ? participle - 2 : participle - 1;
  if (/^(was|were|is|are|am)$/.test(tokens[aux]?.text ?? '')) return subjectBefore(tokens, aux);
  // "…, with Ida Moss saying": "with" and a noun phrase make the participle's own subject, not the sentence's.
  const absolute = withSubject(tokens, participle);
  if (absolute.length > 0) return absolute;
  // "…, Spicer said, adding": the participle goes with the reporting verb before it and that verb's speaker.
  for (let k = participle - 1; k >= 0 && k >= participle - 8; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'quote' && k < participle - 2) break;
    if (!isVerbAt(tokens, k) || /ing$/.test(t.text)) continue;
    const subject = subjectBefore(tokens, k);
    if (subject.length > 0) return subject;
    const inverted = tokens[k - 1]?.text === ',' || tokens[k - 1]?.kind === 'quote' ? phraseAfter(tokens, k + 1) : [];
    if (inverted.some((x) => isCapitalised(x.text))) return inverted;
    break;
  }
  const lead = leadingPhrase(tokens);
  const head = lead[lead.length - 1]?.text ?? '';
  // "The ad uses footage of Hillary Clinton asking": the name right before the participle, after a lower-case word, speaks.
  const named = nameBefore(tokens, participle);
  const beforeName = tokens[named - 1];
  if (
    named < participle &&
    lead.includes(tokens[named] as Token) &&
    lead[0] !== tokens[named] &&
    beforeName?.kind === 'word' &&
    /^(of|with|by|from)$/.test(beforeName.text)
  )
    return tokens.slice(named, participle);
  // "Lee sings to Hill before asking him": after "before", "while" … the participle is the subject's, never a name in between.
  if (/^(before|after|whil(?:e|st)|when|without|since|until|by)$/i.test(tokens[participle - 1]?.text ?? '')) return lead;
  // "The first incident came during a speech, when Sanders protesters interrupted her, shouting": the clause's own subject.
  let when = participle - 1;
  while (when > 0 && !(/^(when|as|after|whil(?:e|st))$/.test(tokens[when]?.text ?? '') && tokens[when - 1]?.text === ',')) when--;
  const inner = when > 0 && !isCapitalised(head) && !isTitleWord(head) ? leadingPhrase(tokens.slice(when + 1, participle)) : [];
  if (inner.some((t) => isCapitalised(t.text))) return inner;
  // "I remember … calling Peter Roth and saying": the writer's own participle; the one called is the listener.
  if (/^(I|We)$/.test(lead[0]?.text ?? '')) return [];
  // Only when the sentence's subject cannot speak ("The trailer shows …"): "Bayan expressed disappointment with X saying" is Bayan's.
  if (tokens[participle - 1]?.kind === 'word' && !isCapitalised(head) && !isTitleWord(head)) {
    for (let k = participle - 1; k > 0 && k >= participle - 10; k--) {
      const t = tokens[k];
      if (t?.kind !== 'word') break;
      if (isCapitalised(t.text) || isTitleWord(t.text.toLowerCase())) {
        // "calling for Lee's firing and carrying signs saying": a possessor is not who the participle belongs to.
        if (/['’]s?$/.test(t.text)) return [];
        let start = k;
        for (let u = tokens[start - 1]; u?.kind === 'word' && (isCapitalised(u.text) || isArticle(u.text)); u = tokens[start - 1]) start--;
        return tokens.slice(start, k + 1);
      }
    }
  }
  return lead;
}

export const participle: TextRule = {
  type: 'text',
  id: 'participle',
  description: 'A participle ("saying", "adding") before the quotation; the subject of the clause it hangs from speaks.',
  examples: [
    { text: 'The union rejected the offer on Friday, saying "it does nothing for the lowest paid workers."', speaker: 'union' },
    { text: 'The two leaders will meet next month, Karen Holt said, adding that "nothing is off the table for either side."', speaker: 'Karen Holt' },
    { text: 'Governor Ruth Alder signed the bill, adding that "this is only the first step for the state."', speaker: 'Ruth Alder' },
    // After "before", "while" … the participle is the subject's: not the one sung to, even with no subject the rule can name.
    {
      text: 'The concert ran late.\n\nAnn Lee sang to Tom Hill for an hour before asking him, "I just want to know, where do we go from here?"',
      speaker: 'Ann Lee',
    },
    { text: 'The hearing broke up early, with Alder reportedly shouting: "You will not close this hospital on my watch."', speaker: 'Alder' },
    // The subject of a clause after ", when" or ", whilst" shouts, not the sentence's.
    {
      text: 'The first row came during a speech at the hall, whilst Harbour Union members heckled her, shouting "she wins, we all lose!"',
      speaker: 'Harbour Union members',
    },
    // A verb of crying out reports the words like "saying"; the name after "with" still beats the sentence's subject.
    { text: 'Dock workers blocked the harbour gate on Monday, chanting "no contract, no ships, no deal for the port."', speaker: 'Dock workers' },
    {
      text: 'At a rally in Dover, Kent, on Saturday, the crowd booed a heckler, with Ann Lee reportedly yelling: "Get him out of this hall right now!"',
      speaker: 'Ann Lee',
    },
    {
      text: 'The council has thanked Mayor Ann Lee and photographer, Kofi Mensah, after the storm.\n\nThe film shows a clip of the photographer telling the mayor, "I think it will look better without the old crane on the pier."',
      speaker: 'Kofi Mensah',
    },
    // "with" and a name make the participle's own subject: the mayor did not say it.
    { text: 'The mayor faced critics on both sides, with Ida Moss saying the pier was "a waste of money from the very start."', speaker: 'Ida Moss' },
    // A participle after a ", when …" clause whose subject can speak, when the sentence's subject cannot: the clause's subject.
    {
      text: 'The first incident came during a speech at the college, when Lee supporters interrupted her, shouting "she wins, we lose, all of us!"',
      speaker: 'Lee supporters',
    },
    // A progressive ("you were saying") has its own subject; "you" is no one the brief can name.
    { text: 'When you were planning the Harbour Pier and you were saying, "We want the ferry back by May," was anyone against it?', speaker: '' },
    // The writer's own participle: the person called is the listener, and "I" is no one the brief can name.
    { text: 'I remember picking up the phone and calling Peter Roth and saying, "You are going to see this guy, he is the new lead."', speaker: '' },
    // An "of" inside a name is not "footage of Lee saying": the whole name speaks.
    {
      text: 'Unions backed her early, with the Harbour Federation of Dock Workers saying she was "the champion the port needs."',
      speaker: 'Harbour Federation of Dock Workers',
    },
    // "calling" with its object before the quotation names what its subject calls it; with nothing between, it is a phone call.
    {
      text: 'Unions backed her early, with the Harbour Federation of Dock Workers calling her "the champion the port needs."',
      speaker: 'Harbour Federation of Dock Workers',
    },
    {
      text: 'Ann Lee chaired the talks.\n\nHours later, she issued a statement calling on the board "to rebuild the pier before the summer is out."',
      speaker: 'Ann Lee',
    },
    { text: 'The mayor was upset with the ferry crews calling "every fifteen minutes of the day."', speaker: '' },
    // "spoke" ends the subject: "Ann Lee spoke" is no role before a name in apposition.
    { text: 'Mayor Ann Lee spoke next, calling Tom Hill "a friend of the harbour for thirty years."', speaker: 'Ann Lee' },
    // "describing … as", "branding": naming like "calling"; "with" and a name make its own subject.
    {
      text: 'The show drew eight million viewers, with the Harbour Gazette describing it as "a cross between a sitcom and a documentary."',
      speaker: 'Harbour Gazette',
    },
    // A span of time that opens the sentence is when, not who.
    { text: 'Ann Lee chaired the talks.\n\nHours later, she issued a statement saying the council was "a long way from any deal."', speaker: 'Ann Lee' },
    { text: 'Here in the harbour town, Mayor Ann Lee closed the meeting, saying "we will rebuild the pier before the summer."', speaker: 'Ann Lee' },
    { text: 'The new advert opens with footage of Mayor Ann Lee asking, "Who will pay for the pier this time?"', speaker: 'Ann Lee' },
    {
      text: 'Ann Lee debated Tom Hill last week.\n\nThe spot concludes with footage of Lee saying, "That makes me smart, that makes me very smart."',
      speaker: 'Ann Lee',
    },
  ],
  apply(ctx) {
    // "with Hale reportedly yelling: “…”" names its speaker right there, whatever the sentence's subject.
    const shouted = withShouting(ctx.tokens, ctx.self, ctx);
    if (shouted) return shouted;
    const found = namingBefore(ctx) ?? verbBefore(ctx);
    if (!found) return null;

    const t = ctx.tokens[found.verb];
    if (!t || !/ing$/.test(t.text)) return null;
    // "She recalls Roger Ailes telling her, “…”": the one recalled speaks.
    const recalled = recalledBefore(ctx.tokens, found.verb);
    return { phrase: recalled ?? participleSubject(ctx.tokens, found.verb), verb: t.text, sentence: ctx.sentence, how: 'adjacent', distance: found.distance };
  },
};
