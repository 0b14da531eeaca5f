// Quotations and titles (stop 94): a person's title reaches all their quotes, and a party word after "and" in a capital run
// titles only the name after it.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakersOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker);

describe("stop 94: a person's title reaches their quotes that lack one", () => {
  it('"Carson replied" before "said retired neurosurgeon Ben Carson" takes the later title', () => {
    const [first, second] = speakersOf(
      '"That is total propaganda," Ben Carson replied on Monday.',
      'Others disagreed with the account.',
      '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.',
    );
    expect(first).toMatchObject({ name: 'Ben Carson', title: 'retired neurosurgeon' });
    expect(second).toMatchObject({ name: 'Ben Carson', title: 'retired neurosurgeon' });
  });
  it('a title named once ("retired neurosurgeon Ben Carson") reaches "Carson replied" after it', () => {
    const speakers = speakersOf(
      '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.',
      'Others disagreed with the account.',
      '"That is total propaganda," Carson replied.',
    );
    expect(speakers.map((s) => s?.title)).toEqual(['retired neurosurgeon', 'retired neurosurgeon']);
  });
  it('a title reached through a pronoun stays with its quote (guard)', () => {
    const speakers = speakersOf(
      'Mark Rowe spoke to reporters on Monday.',
      '"It will not happen," Rowe said.',
      'The federal judge Rowe was referring to is Gonzalo Curiel.',
      'He insisted Curiel had "an inherent conflict of interest" in the case.',
    );
    expect(speakers[0]?.title ?? null).toBeNull();
  });
});

describe('stop 94: a party word after "and" in a capital run', () => {
  it('"between Republican Donald Trump and Democrat Hillary Clinton" titles her "Democrat"', () => {
    const [speaker] = speakersOf(
      'The Latest on the presidential race between Republican Donald Trump and Democrat Hillary Clinton (all times EDT):',
      'Clinton says she hopes to be elected president, but she knows that "LeBron will always be the king."',
    );
    expect(speaker).toMatchObject({ name: 'Hillary Clinton', title: 'Democrat' });
  });
});

describe('stop 94: a role written in capitals after a name', () => {
  it('"said Sanjiv Bhasin, Director, IIFL Securities."', () => {
    const [speaker] = speakersOf('"Markets usually run ahead of the data," said Sanjiv Bhasin, Director, IIFL Securities.');
    expect(speaker).toMatchObject({ name: 'Sanjiv Bhasin', title: 'Director' });
  });
  it('"Rusmik Oza, Head of Fundamental Research at Kotak Securities": the role goes on through its preposition', () => {
    const [speaker] = speakersOf('"The verdict is a big positive for banks," said Rusmik Oza, Head of Fundamental Research at Kotak Securities.');
    expect(speaker).toMatchObject({ name: 'Rusmik Oza', title: 'Head of Fundamental Research at Kotak Securities' });
  });
  it('"John Smith, Mayor Jones and others": a name after the role is no title (guard)', () => {
    const [speaker] = speakersOf('"We will go to the meeting," said John Smith, Mayor Jones and others.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 94: a role a relative clause gives the name', () => {
  it('"who was coordinator for counterterrorism at the State Department" is a former role', () => {
    const [speaker] = speakersOf(
      '"This is how the group will be reduced," said Daniel Benjamin, who was a coordinator for counterterrorism at the State Department.',
    );
    expect(speaker).toMatchObject({ name: 'Daniel Benjamin', title: 'former coordinator for counterterrorism at the State Department' });
  });
  it('"who is now a professor at Dartmouth" is the role held now', () => {
    const [speaker] = speakersOf('"This is how the group will be reduced," said Daniel Benjamin, who is now a professor at Dartmouth.');
    expect(speaker).toMatchObject({ name: 'Daniel Benjamin', title: 'professor at Dartmouth' });
  });
  it('"who was Mitt Romney\'s top adviser in 2012": "former" after the owner, the year dropped', () => {
    const [speaker] = speakersOf('"He has to be the change candidate," said Stuart Stevens, who was Mitt Romney\'s top adviser in 2012.');
    expect(speaker).toMatchObject({ name: 'Stuart Stevens', title: "Mitt Romney's former top adviser" });
  });
  it('"who was elected mayor in 2010" tells an event, not a role (guard)', () => {
    const [speaker] = speakersOf('"This is how the group will be reduced," said Daniel Benjamin, who was elected mayor in 2010.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 94: a role stated in a sentence of its own', () => {
  it('"Florent Groberg is a former U.S. Army captain …" titles his quotes', () => {
    const [speaker] = speakersOf(
      'Florent Groberg is a former U.S. Army captain and Medal of Honor winner who fought in Afghanistan.',
      '"We have been at war in some fashion forever," Groberg said.',
    );
    expect(speaker).toMatchObject({ name: 'Florent Groberg', title: 'former U.S. Army captain' });
  });
  it('a judgement is no title: "Michael Bloomberg is a stiff campaigner" (guard)', () => {
    const [speaker] = speakersOf('Michael Bloomberg is a stiff campaigner, his aides concede.', '"I will not run this year," Bloomberg said.');
    expect(speaker?.title ?? null).toBeNull();
  });
  it('a kin word is no office: "Michael Thomas is a single father of three children" (guard)', () => {
    const [speaker] = speakersOf('Michael Thomas is a single father of three children.', '"We cannot pay the rent," Thomas said.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 94: a role mention with a capital titles the person it resolves to', () => {
  it('"… the British actor said" after "Jeremy Irons" gives "British actor"', () => {
    const speakers = speakersOf(
      'Jeremy Irons has apologised for his remarks on Sunday.',
      '"I did not mean to cause offence to anyone," the British actor said.',
    );
    expect(speakers[0]).toMatchObject({ name: 'Jeremy Irons', title: 'British actor' });
  });
});

describe('stop 94: a role stated after a pronoun, past a bare form of address', () => {
  it('"He currently serves as the British ambassador to the U.S." titles Sir Peter Westmacott', () => {
    const speakers = speakersOf(
      'President Barack Obama has an admirer in Sir Peter Westmacott.',
      'Westmacott praised the presidency in an interview published Saturday. He currently serves as the British ambassador to the U.S.',
      '"This is still the most prosperous country in the world," Westmacott said.',
    );
    expect(speakers.at(-1)).toMatchObject({ name: 'Peter Westmacott', title: 'British ambassador to the U.S.' });
  });
});

describe('stop 94: a qualifier before a title in capitals', () => {
  it('"said former Gov. Jeb Bush" keeps "former"', () => {
    const [speaker] = speakersOf('"We will not stop until the job is done," said former Gov. Jeb Bush.');
    expect(speaker).toMatchObject({ name: 'Jeb Bush', title: 'former Gov.' });
  });
});

describe("stop 94: a knight's form of address gives way to the role beside it", () => {
  it('"said Manchester United manager Sir Alex Ferguson"', () => {
    const [speaker] = speakersOf('"We were poor today and we know it," said Manchester United manager Sir Alex Ferguson.');
    expect(speaker).toMatchObject({ name: 'Alex Ferguson', title: 'Manchester United manager' });
  });
});

describe('stop 94: a bare form of address gives way to a later title for a one-word name', () => {
  it('"Mr. Obama" then "President Obama": his quotes are titled President', () => {
    const speakers = speakersOf(
      'Mr. Obama arrived in Hawaii on Wednesday.',
      'Later, President Obama flew to Midway to swim with the seals.',
      '"We cannot wait any longer to act on this," Mr. Obama said.',
    );
    expect(speakers.at(-1)).toMatchObject({ name: 'Obama', title: 'President' });
  });
});

describe('stop 94: "and" before a place that opens the next person\'s role', () => {
  it('"New York senator Hillary Clinton and Illinois senator Barack Obama": "Clinton" is Hillary, not a later Bill Clinton', () => {
    const speakers = speakersOf(
      'New York senator Hillary Clinton and Illinois senator Barack Obama went up on stage together. Clinton rallied the Democrats to form, "an unstoppable force for change we can all believe in." He described her husband, former president Bill Clinton, as a pillar of the party.',
    );
    expect(speakers[0]).toMatchObject({ name: 'Hillary Clinton', title: 'senator' });
  });
});
