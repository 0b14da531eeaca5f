// Quotations and titles (stop 93): a role opened by its owner's possessive, a closed apposition the word cap would cut, and the role
// word before a phrase after an article.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const speakerTitle = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes[0]?.speaker;

describe("stop 93: a role opened by its owner's possessive", () => {
  it('"said Jack Dorsey, Twitter\'s chief executive."', () => {
    const speaker = speakerTitle('"We have a plan for the next quarter," said Jack Dorsey, Twitter\'s chief executive.');
    expect(speaker).toMatchObject({ name: 'Jack Dorsey', title: "Twitter's chief executive" });
  });
  it('"Uzi Arad, Mr. Netanyahu\u2019s former national security adviser, said": a courtesy title in the owner', () => {
    const speaker = speakerTitle('"The talks will fail without a deal on the border," Uzi Arad, Mr. Netanyahu\u2019s former national security adviser, said.');
    expect(speaker).toMatchObject({ name: 'Uzi Arad', title: 'Mr. Netanyahu\u2019s former national security adviser' });
  });
  it('"PG&E\u2019s principal meteorologist": an owner the tokens split from its possessive', () => {
    const speaker = speakerTitle('"This lack of rain is keeping the threat of fire very real," said Scott Strenfel, PG&E\u2019s principal meteorologist.');
    expect(speaker).toMatchObject({ name: 'Scott Strenfel', title: 'PG&E\u2019s principal meteorologist' });
  });
  it('"Ann Lee, Oxfam\'s campaign" with no role after the possessive is no title (guard)', () => {
    const speaker = speakerTitle('"We will keep going," said Ann Lee, Oxfam\'s campaign.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 93: a closed apposition longer than eight words', () => {
  it('"head of the UN Office for the Coordination of Humanitarian Affairs" is whole, not "head"', () => {
    const speaker = speakerTitle(
      '"Hundreds of thousands of livelihoods have gone," said Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs.',
    );
    expect(speaker).toMatchObject({ name: 'Jan Egeland', title: 'head of the UN Office for the Coordination of Humanitarian Affairs' });
  });
  it('a name the cap would cut ("… gay rights group Human") is read to its end', () => {
    const speaker = speakerTitle('"The ruling is a step back," said Sarah Warbelow, legal director for the gay rights group Human Rights Campaign.');
    expect(speaker).toMatchObject({ name: 'Sarah Warbelow', title: 'legal director for the gay rights group Human Rights Campaign' });
  });
  it('a role without its article past the cap ends where its phrase does', () => {
    const speaker = speakerTitle(
      '"Nothing we could do now would make a difference," Fred Kagan, director of the Critical Threats Project at the hawkish American Enterprise Institute, said.',
    );
    expect(speaker).toMatchObject({ name: 'Fred Kagan', title: 'director of the Critical Threats Project' });
  });
  it('a cap that ends on a whole phrase keeps it ("senior fellow at the Hoover Institution", guard)', () => {
    const speaker = speakerTitle(
      '"Moscow will test the new president," said Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia.',
    );
    expect(speaker).toMatchObject({ name: 'Michael McFaul', title: 'senior fellow at the Hoover Institution' });
  });
  it('"Mark Schmidt, faced stern opposition from some of the club\'s homeowners …": a clause, not a role (guard)', () => {
    const speaker = speakerTitle(
      'The owner of the club, Mark Schmidt, faced stern opposition from some of the club\'s homeowners to his plan for the course, and said "we will build it anyway."',
    );
    expect(String(speaker?.title)).not.toMatch(/faced/);
  });
});

describe('stop 93: after an article, the role word before the phrase', () => {
  it('"Andrew Mack, the principal investigator behind the study, stated"', () => {
    const speaker = speakerTitle('Andrew Mack, the principal investigator behind the study, stated, "We no longer have huge wars like we used to."');
    expect(speaker).toMatchObject({ name: 'Andrew Mack', title: 'principal investigator behind the study' });
  });
  it('"a real estate agent today who was …": the time word ends no role', () => {
    const speaker = speakerTitle('One is Sandra Ripert, a real estate agent today who was a trader 25 years ago.', '"I was not taken seriously," Ripert said.');
    expect(speaker).toMatchObject({ name: 'Sandra Ripert', title: 'real estate agent' });
  });
  it('"Grant, defended his father on Tuesday," opens a clause, not a role', () => {
    const speaker = speakerTitle('Schilling\'s son, Grant, defended his father on Tuesday, saying: "He has made great strides to understand people today."');
    expect(String(speaker?.title)).not.toMatch(/defended/);
  });
  it('"…, including members of the hierarchy of the Roman Catholic Church." is a phrase, not a role (guard)', () => {
    const speaker = speakerTitle('"We must all change our ways," said Ann Lee, including members of the hierarchy of the Roman Catholic Church.');
    expect(speaker?.title ?? null).toBeNull();
  });
});

describe('stop 93: roles no noun ending names ("host", "cleric", "mogul")', () => {
  it('"conservative talk radio host Rush Limbaugh" carries his title to "Limbaugh told"', () => {
    const speaker = speakerTitle(
      'According to conservative talk radio host Rush Limbaugh, the move reeks of fear.',
      'Limbaugh told his radio audience on Monday, "What has happened basically is this."',
    );
    expect(speaker).toMatchObject({ name: 'Rush Limbaugh', title: 'conservative talk radio host' });
  });
  it('"a controversial Muslim cleric living in Britain …": the participle ends the role', () => {
    const speaker = speakerTitle(
      'Omar Bakri Mohammed, a controversial Muslim cleric living in Britain under political asylum since 1985, said: "The youth will leave us."',
    );
    expect(speaker).toMatchObject({ name: 'Omar Bakri Mohammed', title: 'controversial Muslim cleric' });
  });
  it('"has used real estate mogul Donald Trump": the verb before the role is no part of it', () => {
    const speaker = speakerTitle(
      'Clinton claimed that the group has used real estate mogul Donald Trump in its recruitment.',
      '"She just made it up," Trump said.',
    );
    expect(speaker).toMatchObject({ name: 'Donald Trump', title: 'real estate mogul' });
  });
  it('"the ghost writer Ann Lee": "ghost" is no host (guard)', () => {
    expect(speakerTitle('"We wrote it together," said the ghost writer Ann Lee.')?.title).toBe('ghost writer');
  });
});

describe('stop 93: a role beside a form of address, and a joint role', () => {
  it('"his longtime physician Dr. Harold Bornstein": the role, not "Dr.", is his title', () => {
    const speaker = speakerTitle(
      'Trump released a letter from his longtime physician Dr. Harold Bornstein.',
      '"His physical strength and stamina are extraordinary," Bornstein wrote of Trump.',
    );
    expect(speaker).toMatchObject({ name: 'Harold Bornstein', title: 'longtime physician' });
  });
  it('"How much longer Mr Brown will continue …": a comparative is no role', () => {
    const speaker = speakerTitle(
      'How much longer Mr Gordon Brown will continue in the job is not clear (he once said there are two types of chancellor: "those who fail and those who get out in time.")',
    );
    expect(speaker?.title ?? null).toBeNull();
  });
  it('"Salesforce founder and co-CEO Marc Benioff": "co-CEO" is a role joined by "and"', () => {
    const speaker = speakerTitle(
      'Tim Cook spoke in a fireside chat with Salesforce founder and co-CEO Marc Benioff.',
      '"I run my business on my phone," Benioff told Cook.',
    );
    expect(speaker).toMatchObject({ name: 'Marc Benioff', title: 'Salesforce founder and co-CEO' });
  });
});

describe('stop 93: a role mention resolved to a person titles that person', () => {
  it('"David Cameron is urging … “…,” the prime minister said" gives Cameron the title "prime minister"', () => {
    const speaker = speakerTitle('David Cameron is urging voters to back the Conservatives.', '"We will win this election," the prime minister said.');
    expect(speaker).toMatchObject({ name: 'David Cameron', title: 'prime minister' });
  });
  it('a title the article gives beside the name stays (guard)', () => {
    const speaker = speakerTitle(
      'Prime Minister Tony Blair defended the posters.',
      'The prime minister told the Chronicle: "If you look at what I do, I attack him politically."',
    );
    expect(speaker).toMatchObject({ name: 'Tony Blair', title: 'Prime Minister' });
  });
});

describe('stop 93: a name after "by" in a reduced relative is no subject', () => {
  it('"Morrell … said the approach put forward by Trump is insufficient. “…,” he told POLITICO": he is Morrell', () => {
    const speaker = speakerTitle(
      'Donald Trump spoke on Monday.',
      'Mike Morrell, a veteran of the CIA, said the simplistic approach put forward by Trump is insufficient.',
      '"ISIS must be defeated in Iraq and Syria," he told POLITICO.',
    );
    expect(speaker?.name).toBe('Mike Morrell');
  });
  it('"The response was delivered by Governor Kathleen Sebelius." then a quote: the passive agent speaks (guard)', () => {
    const speaker = speakerTitle(
      'The president spoke for an hour on Tuesday night.',
      'The official Democratic response to the address was delivered by Kansas Governor Kathleen Sebelius. "Tonight\'s address begins the final year of this presidency," she said.',
    );
    expect(speaker?.name).toBe('Kathleen Sebelius');
  });
});

describe('stop 93: a short form after "or" at the end of a bracket', () => {
  it('"Reporters Without Borders (Reporters sans frontières, or RSF) … “…,” RSF said" speaks for Reporters Without Borders', () => {
    const speaker = speakerTitle(
      'Reporters Without Borders (Reporters sans frontières, or RSF) condemned the arrests on Monday.',
      '"This behaviour by police is a threat to press freedom," RSF said.',
    );
    expect(speaker?.name).toBe('Reporters Without Borders');
  });
});
