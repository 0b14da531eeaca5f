// After the quote: `"…," he said` / `"…," said Hill` / `"…," Hill told reporters`.
import { bracketClose, isAnsweredAt, isInnerDot, isVerbAt, nameAfterDescription, phraseAfter } from '../phrases.js';
import { opensLongSubject } from '../aside.js';
import { followsPreposition } from '../name-lookup.js';
import { subjectBefore } from '../subject.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';
import { COORDINATOR, opensSubject } from './clause-scope.js';
import { verbBefore } from './verb-before.js';
import { verbGroupStart } from './verb-chain.js';
import { recalledSpeaker } from './recalled-speaker.js';

/** Words that open a phrase or clause continuing the quotation's sentence, not a speaker: `"…" for Clinton, said Kunin`. */
const CLAUSE_OPENER = /^(for|of|with|than|to|from|without|that|and|just|if|about|against|into|over|like|unlike|because|since|until|unless|whether)$/;

/** `"…," a staffer in the room wondered`: the subject found may be the object of a preposition; the whole phrase from its article speaks. */
function withHead(tokens: readonly Token[], from: number, subject: Token[]): Token[] {
  const at = subject[0] ? tokens.indexOf(subject[0]) : -1;
  if (at - from < 3 || at - from > 5 || !/^(in|at|on|from)$/i.test(tokens[at - 1]?.text ?? '') || !/^(a|an|the|one)$/i.test(tokens[from]?.text ?? ''))
    return subject;
  const head = tokens.slice(from, at - 1);
  return head.every((x) => x.kind === 'word') ? [...tokens.slice(from, at), ...subject] : subject;
}

export const afterVerb: TextRule = {
  type: 'text',
  id: 'after-verb',
  description: 'A reporting verb after the quotation, with its subject before it or after it.',
  examples: [
    // A title set off by a comma from the full name after it: the name speaks.
    { text: '"We fought hard to see the harbour report," said Harbour Watch President, Ann Reyes.', speaker: 'Ann Reyes' },
    // The agent of a passive acts, so a later "she" can be her; not inside a clause under another subject ("why it was …").
    { text: 'The reply was delivered by Governor Ann Reyes. "We will rebuild the pier before the summer," she said.', speaker: 'Ann Reyes' },
    {
      text: 'Tom Baker spoke for the board. He could not say why it was raised by Councillor Reyes at the hearing. "We have no plan for the pier yet," he said.',
      speaker: 'Tom Baker',
    },
    // A spokesman speaks for the body named before the role, lower-case words and all.
    { text: '"The patrol was back at its base before dawn," an Ostrian army spokesman said.', speaker: 'Ostrian army' },
    // An opening phrase set off by a comma ("Right now,") is not the "he" after the quotation.
    { text: 'Tom Baker runs a ferry newsletter. Right now, the ferry company is "doing all it can to stop the losses," he said.', speaker: 'Tom Baker' },
    { text: 'Maria Lopez runs the bakery. "We sell out before noon every day," she said.', speaker: 'Maria Lopez' },
    { text: '"Harbour police, open the door now!" a uniformed officer shouts.', speaker: 'uniformed officer' },
    { text: '"The bridge will reopen in the spring of next year," said Tom Becker, the county engineer.', speaker: 'Tom Becker' },
    // A name after a past tense is its object: "he" is the one who welcomed the proposal, not its author.
    {
      text: 'Mayor Tom Lee spoke on Monday. Union leader Omar Haddad welcomed Mr Lee\'s proposal on Tuesday. "It means there is a clear choice at the next election," he said.',
      speaker: 'Omar Haddad',
    },
    // A role that serves one of a group keeps the group: not "strategist for one".
    {
      text: 'Three candidates are left. "I think the end is coming," said a strategist for one of these candidates, speaking on condition of anonymity.',
      speaker: 'a strategist for one of these candidates',
    },
    { text: '"Our plan is the only one that adds up for working families," Lisa Grant was quoted as saying.', speaker: 'Lisa Grant' },
    { text: '"Nobody told us about the change in advance," Anna Berg, a parent at the school, told reporters.', speaker: 'Anna Berg' },
    { text: '"The ferry contract was signed without a single bid," Rep. Jane Doakes (D-Ore.) said.', speaker: 'Jane Doakes' },
    { text: '"The ferry will run again by June," the port authority’s acting director, Sam Oduya, told reporters.', speaker: 'Sam Oduya' },
    { text: '"We heard nothing at all from the dock that night," said the watchman known as Teddy.', speaker: 'Teddy' },
    { text: '"This hearing is a waste of everyone\'s time," said Del. Ana Ruiz of the Virgin Islands.', speaker: 'Ana Ruiz' },
    // A listed role before a name the first-name lists lack is no part of it; a different role after it is not that person.
    { text: 'Billionaire Orsino Vetch bought the team in May.\n\n"We will win the cup this year," Vetch said.', speaker: 'Orsino Vetch' },
    { text: 'The seat was held by Democrat Orsino Vetch.\n\n"We will win the cup this year," the billionaire said.', speaker: 'billionaire' },
    // A first name and a surname after a body's name are a person ("… of the Harbour Federation Ann Sorrel"); a body alone stays one.
    {
      text: 'The chair of the Harbour Federation Ann Sorrel spoke on Monday.\n\n"We will appeal the ruling," Sorrel said.',
      speaker: 'Ann Sorrel',
    },
    { text: '"We will appeal the ruling," the Royal Harbour Federation said on Monday.', speaker: 'Royal Harbour Federation' },
    // "Jr." before a sentence starter ends the sentence, so the name ends the clause; "King Jr. Day" does not.
    { text: '"The blast broke every window on the street," said Mayor Tomas Reyes Jr. The fire spread fast.', speaker: 'Tomas Reyes Jr' },
    { text: '"We march on Monday," said Ann Lee, who organised the Martin Luther King Jr. Day parade.', speaker: 'Ann Lee' },
    // A surname without its article ("Harbi" for "al-Harbi") is that person; another surname is not.
    { text: 'The envoy met Nasim al-Harbi on Tuesday.\n\n"The talks went well," Harbi said.', speaker: 'Nasim al-Harbi' },
    { text: 'The envoy met Nasim al-Harbi on Tuesday.\n\n"The talks went well," Harbison said.', speaker: 'Harbison' },
    // A listed role may stand between the body and the person ("Harbour Federation Democrat Ann Sorrel"); a body's members stay a body.
    { text: 'Harbour Federation Democrat Ann Sorrel spoke on Monday.\n\n"We will appeal the ruling," Sorrel said.', speaker: 'Ann Sorrel' },
    { text: '"We will appeal the ruling," the Harbour Federation Democrats said on Monday.', speaker: 'Harbour Federation Democrats' },
    // Letters after a name ("QC MP") are no part of it; "the MP" alone stays a role.
    {
      text: 'The debate was opened by the Right Honourable Ann Sorrel QC MP.\n\n"The bill is unfair to tenants," Sorrel said.',
      speaker: 'Ann Sorrel',
    },
    { text: 'The debate was opened by Ann Sorrel on Monday.\n\n"The bill is unfair to tenants," the MP said.', speaker: 'MP' },
    // A lead word the article uses alone after "in"/"of"/"to" is a place, though the surname stands alone too; a person's is kept.
    {
      text: 'The talks were held in Varosia. The envoy to Varosia Ilkan Dorrit spoke on Monday.\n\n"We expect an answer within a week," Dorrit said.',
      speaker: 'Ilkan Dorrit',
    },
    {
      text: 'Last week Grant met the press. Grant Ilkan Dorrit spoke on Monday.\n\n"We expect an answer within a week," Dorrit said.',
      speaker: 'Grant Ilkan Dorrit',
    },
    // A place before a first name is not part of the name ("Prime Minister of Freedonia Ann Lee"); "Mehmet Ali Demir" keeps all three.
    {
      text: 'The Prime Minister of Freedonia Ann Lee addressed parliament on Monday.\n\n"The harbour will reopen before the summer," Lee said.',
      speaker: 'Ann Lee',
    },
    { text: '"The harbour will reopen before the summer," said Mehmet Ali Demir.', speaker: 'Mehmet Ali Demir' },
    // A role right after its holder was named under the role's abbreviation ("Sen." → "the senator"), or after someone else when
    // she was the only senator among the subjects just before; not when the only senator was named in passing.
    { text: 'Sen. Ann Lee spoke first at the hearing.\n\n"The ferry contract was signed without a bid," the senator said.', speaker: 'Ann Lee' },
    { text: 'Sen. Ann Lee spoke first, and Mayor Tom Hill replied.\n\n"The ferry contract was signed without a bid," the senator said.', speaker: 'Ann Lee' },
    { text: 'Mayor Tom Hill met Sen. Ann Lee and Rob Dunn.\n\n"The ferry contract was signed without a bid," the senator said.', speaker: 'senator' },
    { text: '"The fund has not paid a single family in ten years," said 9/11 widow Rosa Lind.', speaker: 'Rosa Lind' },
    { text: '"Will the depot ever open again on Sundays?" a Green councillor in the gallery wondered aloud.', speaker: 'Green councillor in the gallery' },
    { text: '"The mill is closing after a hundred years," Orin Blake, wearing a cap and "Save the Mill" pins, said quietly.', speaker: 'Orin Blake' },
    {
      text: '"Tides like these come once a century," Tom Baker, a fellow at the Harbour Institute for Physics in Bremen, Germany, and co-author of the study, said.',
      speaker: 'Tom Baker',
    },
    {
      text: 'Judge Rita Brandt ruled on Monday.\n\n"The ruling is a serious setback for the whole project" for Brandt, said Victor Hale.',
      speaker: 'Victor Hale',
    },
    // A name in the possessive is no subject for a "he"; a name after "said" is one.
    {
      text: 'Lena Ortiz spoke first. Tom Brandt was a victim of Omar Haddad’s alleged fraud ring.\n\n“I lost everything I had saved,” he said.',
      speaker: 'Tom Brandt',
    },
    {
      text: 'Governor Omar Haddad spoke first. The budget is sound, said Tom Brandt, the finance minister. “The numbers add up this year,” he said.',
      speaker: 'Tom Brandt',
    },
  ],
  apply({ tokens, self, sentence }) {
    // `Lee claimed that "…," an aide said`, `he said, "…," the office said`: a quotation a verb before it takes as object is its.
    const [prior, last] = [verbBefore({ tokens, self }), tokens[self - 1]?.text ?? ''];
    if (prior && (/^that$/i.test(last) || (prior.distance === 0 && /^[,:]$/.test(last)))) return null;
    let i = self + 1;
    for (let t = tokens[i]; t?.kind === 'punct' && /^[,—–-]$/.test(t.text); t = tokens[i]) i++;
    const opener = tokens[i]; // the first token after the quotation and its dashes or commas
    // A long subject may stand between the quotation and its verb (a name and a description, an aside of speaking).
    let limit = i + (opensLongSubject(tokens, i) ? 30 : 16);
    for (let k = i; k < Math.min(tokens.length, limit); k++) {
      const t = tokens[k];
      if (!t) break;
      // `"…," Rep. Jane Doakes (D-Ore.) said`: a short aside between the name and the verb.
      const close = k > i ? bracketClose(tokens, k) : -1;
      if (close > 0) {
        limit += close - k;
        k = close;
        continue;
      }
      // `"…," Orin Blake, wearing “Vote Lee” pins, said`: a short quotation inside an aside after the name is part of it.
      if (t.kind === 'quote' && k > i && t.end - t.start <= 40 && tokens.slice(i, k).some((x) => x.text === ',')) continue;
      // "Cambridge, Mass., said": an abbreviation's stop before a comma and the verb ends no sentence.
      const abbreviation = tokens[k + 1]?.text === ',' && /^(?:said|says|told|added)$/.test(tokens[k + 2]?.text ?? '');
      if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;!?]$/.test(t.text) && !isInnerDot(tokens, k) && !abbreviation)) break;
      // `"…," she recalls him saying`: the one recalled speaks, not who recalls.
      const recalled = recalledSpeaker(tokens, k);
      if (recalled) return { phrase: recalled, verb: t.text, sentence, how: 'adjacent', distance: 0 };
      if (!isVerbAt(tokens, k)) continue;
      if (isAnsweredAt(tokens, k)) return null;
      // `Cooper said that this is "…", whilst his aunt, Ann Sperry, said`: a clause with a subject of its own has its own verb.
      if (k > i && COORDINATOR.test(opener?.text ?? '') && opensSubject(tokens[i + 1]) && prior) return null;
      // `"…" for Clinton, said Kunin` / `"…" than that of the CIA chief, Zuckoff said`: a phrase or clause that goes on
      // from the quotation holds no speaker; the subject comes after its comma.
      let from = i;
      const clause = k > i && CLAUSE_OPENER.test(opener?.text ?? '');
      if (clause) {
        const comma = tokens.slice(i, k).reduce((at, x, n) => (x.text === ',' ? n : at), -1);
        if (comma >= 0) from = i + comma + 1;
      }
      // `"…", telling one employee to leave`, `"…" told reporters`: the phrase after such a verb is who is told, not who speaks.
      if (k === from && !/^(told|telling|asking|urging|warning|reminding|assuring|informing|ordering|begging|instructing)$/i.test(t.text)) {
        const after = nameAfterDescription(tokens, k + 1, tokens.length) ?? phraseAfter(tokens, k + 1);
        if (after.length > 0) return { phrase: after, verb: t.text, sentence, how: 'adjacent', distance: 0 };
      }
      const before = tokens.slice(from, k).filter((x) => x.kind === 'word');
      // `"…," Nicholas Trotta, Assistant Director for X said`: the name first, the role after a comma (or a dash, after a full name).
      const comma = tokens.slice(from, k).findIndex((x) => /^[,—–-]$/.test(x.text));
      if (comma > 0) {
        // `"…," Sanders's campaign manager, Jeff Weaver, said`: the description first, then the name.
        const appositive = nameAfterDescription(tokens, from, k);
        if (appositive) return { phrase: appositive, verb: t.text, sentence, how: 'adjacent' };
        const [named, cap] = [tokens.slice(from, from + comma), (x: Token): boolean => isCapitalised(x.text)];
        if (named.every((x) => x.kind === 'word') && (tokens[from + comma]?.text === ',' ? named.some(cap) : named.every(cap)))
          return { phrase: named, verb: t.text, sentence, how: 'adjacent' };
      }
      const verb = verbGroupStart(tokens, k);
      if (before.length > 0 && before.length <= 14) {
        const subject = subjectBefore(tokens.slice(0, verb), verb);
        // `"…" without reporters asking him`: the object of the opening word is not the subject.
        if (clause && from === i && opener && subject.includes(opener)) return null;
        // `Durbin said he "…," and he said he hoped …`: a new statement; the verb before the quotation reports it.
        // `Sims said he was "…" until Haley said she …`: likewise a clause opened by "until", "because", "if" ….
        if (clause && (from === i || /^and$/i.test(tokens[from]?.text ?? '')) && prior) return null;
        // `Feinstein said "…," she said`: a pronoun after the quotation repeats the named subject of the verb before it.
        if (subject.length === 1 && /^(he|she)$/i.test(subject[0]?.text ?? '') && prior) return null;
        const phrase = withHead(tokens, from, subject);
        // `"…," addressed the crowd at the harbour service saying`: the object of a preposition is not the subject.
        if (phrase === subject && followsPreposition(tokens, subject)) return null;
        return { phrase, verb: t.text, sentence, how: 'adjacent', distance: 0 };
      }
      break;
    }
    return null;
  },
};
