import { describe, expect, it } from 'vitest';
import { sentenceTexts as split } from './helpers/analyze.js';
import { splitParagraph } from '../src/analyze/sentences.js';

describe('splitParagraph', () => {
  it('starts a sentence at a quotation that opens on an editor\'s bracket ("[Ted] knows …")', () => {
    expect(split('The mayor backed the plan on Monday. “[She] knows the river better than anyone,” the mayor said.')).toEqual([
      'The mayor backed the plan on Monday.',
      '“[She] knows the river better than anyone,” the mayor said.',
    ]);
  });

  it('starts a sentence at a lower-case word before a name after a plain word\'s stop (a link\'s word the export lost), not at "said"', () => {
    expect(split('The list names ten other sites. premier Alan Carpenter says the list is a facade.')).toEqual([
      'The list names ten other sites.',
      'premier Alan Carpenter says the list is a facade.',
    ]);
    expect(split('"We share the same values and culture. said Ian Greenberg, the chief executive.')).toHaveLength(1);
    expect(split('The boats left at 6 a.m. local Time was short.')).toHaveLength(1);
    expect(split('They waited for hours... then Anna arrived.')).toHaveLength(1);
  });

  it('keeps abbreviations and initials inside the sentence', () => {
    expect(split('Aid went to N. Korea on Sept. 14, 2023, officials said. Mr. Kim and Gen. Park met John F. Kennedy Jr. in Seoul.')).toEqual([
      'Aid went to N. Korea on Sept. 14, 2023, officials said.',
      'Mr. Kim and Gen. Park met John F. Kennedy Jr. in Seoul.',
    ]);
  });

  it('ends a sentence on a letter that names a part ("Part A.") when a quotation or a sentence starter follows; a nickname after an initial stays', () => {
    expect(split('The grant moves to Schedule B. "It leaves the poorest worse off," the mayor said.')).toEqual([
      'The grant moves to Schedule B.',
      '"It leaves the poorest worse off," the mayor said.',
    ]);
    expect(split('The crowd gave the mayor a standing O. The council then voted.')).toHaveLength(2);
    expect(split('The fund was set up by William H. "Bill" Gates in 2000.')).toHaveLength(1);
  });

  it('ends a sentence on "no." unless its number follows, and on a company suffix or "etc." before a sentence starter', () => {
    expect(split('Most voted yes and a third voted no. The turnout was low.')).toHaveLength(2);
    expect(split('He lives at No. 10 Harbour Street.')).toHaveLength(1);
    expect(split('The mill was sold to Harbour Foods Inc. This gives it four mills.')).toHaveLength(2);
    expect(split('Harbour Foods Inc. bought the mill.')).toHaveLength(1);
    expect(split('They sell nets, ropes, hooks etc. The shop opens at nine.')).toHaveLength(2);
  });

  it('reads a title, day or month abbreviation in lower case as its word, and ends a sentence on a day or month before a starter or quotation', () => {
    expect(split('The town runs on wind and sun. But the winters are dark.')).toHaveLength(2);
    expect(split('"It was a fine race," he told The Sun. "We will be back next year."')).toHaveLength(2);
    expect(split('The fair opens on Sat. The gates open at nine.')).toHaveLength(2);
    expect(split('Sen. Ann Lee met Gov. Tom Hill on Sat. Dec. 4 in the harbour.')).toHaveLength(1);
  });

  it('keeps the honorific "Rt. Hon." with the name after it, while "RT." ends a sentence', () => {
    expect(split('The motion honoured the Rt. Hon. Ann Lee and the Hon. Tom Hill. It passed.')).toHaveLength(2);
    expect(split('He told RT. The network licenses the show.')).toHaveLength(2);
  });

  it('keeps a plural title ("Sens.", "Reps.", "Govs.") with the names after it', () => {
    expect(split('Idaho Sens. Ann Lee and Tom Hill met Reps. Jo Park and Al Kim, and Govs. Ed Marsh and Kay Dunn.')).toHaveLength(1);
  });

  it('keeps a short quotation the sentence goes on past in one sentence; a quotation that a speaker or the sentence ends still splits', () => {
    expect(split('The state launched its "Meth. We\'re on it." campaign in June, officials said. It cost $2 million.')).toEqual([
      'The state launched its "Meth. We\'re on it." campaign in June, officials said.',
      'It cost $2 million.',
    ]);
    expect(split('The crowd took up the chant “Lock her up! Lock her up!” that rang through the hall.')).toHaveLength(1);
    expect(split('“We will win. We always do,” said Smith. Then he left.')).toEqual(['“We will win.', 'We always do,” said Smith.', 'Then he left.']);
    expect(split('He said “It is over. We lost.” and walked out.')).toHaveLength(1);
  });

  it('ends a sentence after U.S. only when a new sentence starts', () => {
    expect(split('The U.S. Army said so. It came from the U.S. The next day was calm.')).toEqual([
      'The U.S. Army said so.',
      'It came from the U.S.',
      'The next day was calm.',
    ]);
  });

  it('keeps a state abbreviation after its city inside the sentence, and a word such as "ill." where it ends one', () => {
    expect(split('RENO, Nev. (AP) — The mayor spoke on Sunday. He grew up in Springfield, Ill. The family moved. He was ill. Then he recovered.')).toEqual([
      'RENO, Nev. (AP) — The mayor spoke on Sunday.',
      'He grew up in Springfield, Ill.',
      'The family moved.',
      'He was ill.',
      'Then he recovered.',
    ]);
  });

  it('ends sentences inside a closing quotation mark', () => {
    expect(split('"We are watching," he said. "They will keep pressing on us." Seoul is calm.')).toEqual([
      '"We are watching," he said.',
      '"They will keep pressing on us."',
      'Seoul is calm.',
    ]);
  });

  it('keeps a short attribution after a quoted sentence with it', () => {
    expect(split('"We have 190 troops there now." Mr Downer said. Talks went on.')).toEqual([
      '"We have 190 troops there now." Mr Downer said.',
      'Talks went on.',
    ]);
  });

  it('keeps an attribution whose subject holds a role word with the quotation it follows', () => {
    expect(split('The fee was cut. "Ferry users are worse off!" Harbour Greens leader Ann Berg tweeted. Talks went on.')).toEqual([
      'The fee was cut.',
      '"Ferry users are worse off!" Harbour Greens leader Ann Berg tweeted.',
      'Talks went on.',
    ]);
  });

  it('starts a new sentence at a named attribution that opens a quotation of its own after one that opened mid-sentence', () => {
    expect(split('Her suit says the rule required "staff to be neutral on the pier." The Harbour Gazette reported, "The rule was in force."')).toEqual([
      'Her suit says the rule required "staff to be neutral on the pier."',
      'The Harbour Gazette reported, "The rule was in force."',
    ]);
    // A quotation that opens the sentence keeps its attribution, and so does a lone "Another" or "He".
    expect(split('"We will win." Tom Hale said, "We are ready."')).toHaveLength(1);
    expect(split('One sign read, "Slow down." Another advised, "Buckle up."')).toHaveLength(1);
  });

  it('does not split before a lower-case word or inside a quoted question', () => {
    expect(split('"Why now?" she asked. It was 5 p.m. on Friday.')).toEqual(['"Why now?" she asked.', 'It was 5 p.m. on Friday.']);
  });

  it('starts a new sentence at a verb after a quoted question that reports a clause with its own subject', () => {
    // `"What do you think?" Byers said he was …`: "he was" is what Byers said next, not an attribution of the question.
    expect(split('"What do you think?" Tom Hale said he was taken aback by the question.')).toEqual([
      '"What do you think?"',
      'Tom Hale said he was taken aback by the question.',
    ]);
    expect(split('"What do you think?" Tom Hale asked him at the pier.')).toHaveLength(1);
  });
});
