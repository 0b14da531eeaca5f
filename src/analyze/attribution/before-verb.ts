// Before the quote: `Hill said: "…"` / `Hill said that "…"` / `told Hill "…"`.
import { lexicons } from '../../lexicon.js';
import { isGoverned } from '../document-author.js';
import { isSecondOfPair, phraseAfter } from '../phrases.js';
import { passiveAgent } from '../passive-agent.js';
import { leadingPhrase, subjectBefore } from '../subject.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';
import { verbBefore } from './verb-before.js';
import { SUBORDINATOR } from './clause-scope.js';
import { afterPastVerb, relativeHead } from './relative-head.js';
import { recalledWordsOwner } from './recalled-speaker.js';

/** Verbs of saying that take a reported clause. */
const SAY = /^(said|says|say|claimed|claims|argued|argues|insisted|insists|contended|contends|asserted|asserts|believes|believed|thinks|thought|noted|notes)$/i;

/** "Mohammad al-Zirjawi, who was freed in August said": the verb's subject is the name before the relative clause. */
function relativeSubject(tokens: readonly Token[], verb: number): Token[] | null {
  for (let j = verb - 1; j > 1 && verb - j <= 12; j--) {
    const word = tokens[j]?.text ?? '';
    if (word === ',' || word === '"' || word === '“') return null;
    // The clause has a verb of its own ("who was freed"), so the reporting verb after it is the head's.
    // "an official who oversaw … and described the case as “…”": the verb is the relative clause's own, and the head is its subject too.
    const restrictive = tokens[j - 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && /\band$/i.test(tokens[verb - 1]?.text ?? '');
    if (
      /^who$/i.test(word) &&
      ((tokens[j - 1]?.text === ',' && /^(was|is|were|are|has|had|have|\p{Ll}+ed)$/u.test(tokens[j + 1]?.text ?? '')) || restrictive)
    ) {
      let head = subjectBefore(tokens, restrictive ? j : j - 1);
      const at = head[0] ? tokens.indexOf(head[0]) : -1;
      // "Marco Rubio of Florida, who …": the person, not the place; "Scott Reed, the group's strategist, who …": the name.
      const before = at > 0 ? subjectBefore(tokens, at - 1) : [];
      if (tokens[at - 1]?.text === 'of' && before.some((t) => isCapitalised(t.text))) head = before;
      else if (tokens[at - 1]?.text === ',' && before.length > 0 && before.every((t) => isCapitalised(t.text))) head = before;
      return head.some((t) => isCapitalised(t.text)) ? afterPastVerb(head) : null;
    }
  }
  return null;
}

export const beforeVerb: TextRule = {
  type: 'text',
  id: 'before-verb',
  description: 'A reporting verb before the quotation; its subject speaks.',
  examples: [
    // "news reports" is a noun: no one the reader can name said the words.
    { text: 'Several news reports and a council memo reveal there were "more than one or two instances" of late ferries.', speaker: '' },
    // A reporting verb after the quotation in a clause of its own ("whilst his aunt, Ann Sperry, said") is not its verb.
    {
      text: 'Ray Cooper, uncle to one of the sailors, said that this is "the best present anyone could wish for", whilst his aunt, Ann Sperry, said little.',
      speaker: 'Ray Cooper',
    },
    { text: 'Ray Cooper said that this is "the best present anyone could wish for", but the Mayor said little.', speaker: 'Ray Cooper' },
    // The subject a relative clause describes, not the clause's last noun ("him") nor the clerk named before (relative-subject.ts).
    { text: 'Omar Haddad defended the count, but farmers who wrote to him say they are "worried the count was rushed."', speaker: 'farmers' },
    // The named subject of the pronoun's own fronted clause, though no name list says it is a person, comes before an older one.
    {
      text: 'Keith Lyle praised the plan. When Tony Marr of the harbour board was asked about the budget, he said there were "very few new ideas in the plan."',
      speaker: 'Tony Marr',
    },
    // "claim" after a plural subject and before its clause is a verb of saying; after "the" it is the noun.
    {
      text: 'The Association of Harbour Doctors for Human Rights claim there has been a "sharp rise in injuries among the dock workers" this year.',
      speaker: 'Association of Harbour Doctors for Human Rights',
    },
    { text: 'The claim that the plan "will leave the harbour without a ferry all winter" is false.', speaker: '' },
    // An office in capitals after "The", then the name in apposition: the name speaks, as after a lower-case role.
    { text: 'The Foreign Secretary, Jack Straw, told MPs: "We will not send more troops to the region this year."', speaker: 'Jack Straw' },
    // A role with its organisation and place stands between the name and the verb; the place is not the speaker.
    { text: 'Marta Quill, the research director of Friends of Rivers in Norway said, "The dams must come down."', speaker: 'Marta Quill' },
    // A verb and its comma right before the quotation take it; a verb after it ("the office said") reports the report.
    { text: 'Tom Marr called the harbour office on Friday and said, "somebody ought to close that pier," the prosecutor’s office said.', speaker: 'Tom Marr' },
    // "went on about" is a verb of saying; "said yes" after the quotation reports none.
    {
      text: 'Governor Omar Haddad spoke to the farmers.\n\nAs Haddad went on about "the price of feed and the new dam on the river," Lena Ortiz said yes, yes, over and over again.',
      speaker: 'Omar Haddad',
    },
    // A conjunction that opens the sentence stands before its subject; the name is no opening clause's.
    { text: 'And Ann Lee, mayor of Harbourton, warned that "the pier will not survive another winter."', speaker: 'Ann Lee' },
    // A reporting verb after the quotation whose only noun before it follows a preposition ("at the Harbour service") has no subject there.
    {
      text: 'At the dawn service Ann Lee said, "We remember them all." , addressed the crowd at the Harbour service saying the town would pay.',
      speaker: 'Ann Lee',
    },
    // A name before "of" leads its phrase even when a code ends it; a role before "of" stays the role.
    {
      text: 'The police are on the site. Ilkan Dorrit of the harbour unit 4-B said "the divers are still searching the water."',
      speaker: 'Ilkan Dorrit',
    },
    {
      text: 'The police are on the site. A member of the harbour unit 4-B said "the divers are still searching the water."',
      speaker: 'member of the harbour unit 4-B',
    },
    { text: 'Police chief Dana Whitfield said: "We have made two arrests and expect more."', speaker: 'Dana Whitfield' },
    // "Will" after a given name is the surname, not the modal the subject skips.
    { text: 'Columnist Mary Will described the plan as "a bridge too far for the harbour board."', speaker: 'Mary Will' },
    { text: 'While Ida Moss proclaims the pier "the finest in the whole county," the board fixates on its cost.', speaker: 'Ida Moss' },
    // A sentence adverb set off by a comma opens the sentence; the subject follows it.
    { text: 'Likewise, the Harbour Institute had this to say about the plan: "Families at the top would gain the most."', speaker: 'Harbour Institute' },
    // A document speaks for its author after "from" or "by": the paper is the institute's, the story the paper's.
    {
      text: 'Likewise, a paper from the Harbour Institute had this to say about the plan: "Families at the top would gain the most."',
      speaker: 'Harbour Institute',
    },
    {
      text: 'The vote is close. A story by the Harbour Gazette says that "more than a hundred boats are poised to leave the port."',
      speaker: 'Harbour Gazette',
    },
    // An auxiliary after the apposition's comma: the name set off by commas is the subject, not the place before it.
    { text: 'The Dover, Kent, harbour master, Ann Lee, has asserted that the pier "can stand any storm the winter brings."', speaker: 'Ann Lee' },
    // A weekday before the comma ends the opening phrase: it is no name in apposition to "the … supporter".
    {
      text: 'At the town hall in Dover, Kent Monday, the Lee supporter retorted: "There is a special place for people who vote that way."',
      speaker: 'Lee supporter',
    },
    // A modal between the subject and its verb is neither: "could" is no part of the role.
    {
      text: 'The date was odd, and a spokesman for the harbour board could only quip: "I guess Christmas was booked."',
      speaker: 'spokesman for the harbour board',
    },
    { text: 'The minister, Pavel Novak, told parliament that "the budget is balanced for the first time in a decade."', speaker: 'Pavel Novak' },
    // A sentence adverb before the comma ("Worse,") is no name in apposition to the role after it.
    { text: 'Worse, one harbour official said, "nobody has inspected the pier since the storm."', speaker: 'one harbour official' },
    { text: 'Once in my early twenties, when the old ferry sank, I laughed and said, "nobody will ever raise it again."', speaker: '' },
    // A pronoun set off inside the sentence ("The rule, she said, was …") is the verb's subject, not the phrase that opens it.
    { text: 'Ann Lee spoke for the harbour board. The rule, she said, was unlawful because "a pier is not a road."', speaker: 'Ann Lee' },
    { text: 'Pavel Novak thought for a moment and said that the budget "will be balanced for the first time in a decade."', speaker: 'Pavel Novak' },
    { text: 'Among the critics is Omar Haddad, who was freed in August said, "they will not last long in the camp alone."', speaker: 'Omar Haddad' },
    {
      text: 'Lena Park was cleared in May. "She was treated fairly," said a senior Harbour Court official who reviewed the file and described the ruling as "a sound decision on the facts."',
      speaker: 'senior Harbour Court official',
    },
    { text: 'The authors of the harbour study argued that the pier is "unsafe for anyone to walk on at night."', speaker: 'authors of the harbour study' },
    // A name in a participle's phrase is inside the subject, not the one who speaks.
    { text: 'Researchers writing in the Harbour Journal said the reefs are "dying faster than anyone had predicted a decade ago."', speaker: '' },
    { text: 'Mayor Ann Lee would do better to say that "the pier will not open before the summer."', speaker: 'Ann Lee' },
    {
      text: 'In May 2019 - four months after Mayor Ann Lee left office - the Harbour Commission told reporters that "the pier was never inspected."',
      speaker: 'Harbour Commission',
    },
    { text: 'A 2019 Harbour Commission report found "no sign that the pier was ever inspected after the storm."', speaker: 'Harbour Commission' },
    // A determiner inside a name after "of" does not end the subject ("told Harbour Radio the report …": see sentence-verb).
    { text: 'The chairman of the Harbour Board said the pier had "no sign of any inspection after the storm."', speaker: 'Harbour Board' },
    {
      text: 'As the Harbour Commission looks into the storm, inspectors are busy on the pier.\n\nIn a letter filed last month in the county court, the commission confirmed that "the pier will reopen in May."',
      speaker: 'Harbour Commission',
    },
    {
      text: 'As the Harbour Gazette reported, the Harbour Ferries founder and owner "gave between $1,001 and $5,000" to the mayor.',
      speaker: 'Harbour Gazette',
    },
    // The writer is the sentence's subject; the paper that published her column is not its author.
    {
      text: 'Nora Quist, a retired teacher, wrote in a column published by the Harbour Gazette that the pier is "beyond saving for any town."',
      speaker: 'Nora Quist',
    },
  ],
  apply(ctx) {
    const found = verbBefore(ctx);
    if (!found) return null;
    const { tokens, sentence } = ctx;
    const { verb: k, distance, end } = found;
    const t = tokens[k];
    if (!t || /ing$/.test(t.text)) return null;
    // "Sanders was asked by host Bill Maher, “…”": the one asked is the listener; the asker, if named, speaks.
    const agent = passiveAgent(tokens, k);
    if (agent) return agent.length > 0 ? { phrase: agent, verb: t.text, sentence, how: 'adjacent', distance } : null;
    // "When Trump suggested that …, Rubio fired back: “…”": the verb is in a fronted clause; the main clause's subject speaks.
    // "As The Daily Caller reported, the creator “gave …”": an "As X reported," opener names the quotation's source.
    const source = /^as$/i.test(tokens[0]?.text ?? '') && tokens[k + 1]?.text === ',' && /^(reported|noted|wrote|explained|observed|said)$/i.test(t.text);
    if (k > 0 && SUBORDINATOR.test(tokens[0]?.text ?? '') && !source) {
      const comma = tokens.findIndex((x, i) => i > k && i < ctx.self && x.text === ',');
      const main = comma > 0 ? leadingPhrase(tokens.slice(comma + 1)) : [];
      if (main.some((x) => isCapitalised(x.text)))
        return { phrase: main, verb: tokens[comma + 1 + main.length]?.text ?? null, sentence, how: 'sentence', distance };
    }
    const head = recalledWordsOwner(tokens, k) ?? relativeHead(tokens, k, ctx.self);
    if (head) return { phrase: head, verb: t.text, sentence, how: 'adjacent', distance };
    const subject = relativeSubject(tokens, k) ?? subjectBefore(tokens, k);
    // "A letter obtained by the Post warns that “…”": a phrase after a preposition is inside the subject, not all of it.
    if (isGoverned(tokens, subject) || isSecondOfPair(tokens, subject)) return { phrase: [], verb: t.text, sentence, how: 'adjacent', distance };
    if (subject[0]) {
      // "Clinton says rival Sanders accepted … and “…”": a clause under an outer "says" is that speaker's report.
      const first = tokens.indexOf(subject[0]);
      const outer = tokens[first - 1]?.text.toLowerCase() === 'that' ? first - 2 : first - 1;
      const outerVerb = tokens[outer]?.text;
      if (outerVerb !== undefined && SAY.test(outerVerb) && !/^(said|says)$/i.test(t.text)) {
        const speaker = subjectBefore(tokens, outer);
        if (speaker.length > 0) return { phrase: speaker, verb: outerVerb, sentence, how: 'sentence', distance };
      }
      return { phrase: subject, verb: t.text, sentence, how: 'adjacent', distance };
    }
    // "said Hill: “…”" names the speaker after the verb; "told his supporters" names the listener.
    const object = lexicons().listenerVerbs.has(t.text.toLowerCase()) ? [] : phraseAfter(tokens, k + 1);
    // "said the governor “offered no changes”": with no comma or colon the phrase is the reported clause's subject, not the speaker.
    if (object.length > 0 && tokens[ctx.self - 1] === object.at(-1)) return { phrase: [], verb: t.text, sentence, how: 'adjacent', distance };
    if (object.length > 0 && k + 1 + object.length <= end + 1) return { phrase: object, verb: t.text, sentence, how: 'adjacent', distance };
    return { phrase: leadingPhrase(tokens), verb: t.text, sentence, how: 'adjacent', distance };
  },
};
