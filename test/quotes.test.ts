import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/read-article.js';
import { analyzeParagraphs, speakers } from './helpers/analyze.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

describe('quotes in the seed', () => {
  const analysis = analyzeArticle(readArticle(SEED_TEXT, { source: SEED_FILE }));

  it('finds all six attributed quotations, each credited to John Hill', () => {
    const long = analysis.quotes.filter((q) => q.text.split(/\s+/).length >= 4);
    expect(long).toHaveLength(6);
    for (const q of long) expect(q.speaker?.name).toBe('John Hill');
  });

  it('strips the long title from the name and keeps it as the title', () => {
    expect(analysis.quotes[0]!.speaker?.title).toBe('Deputy Assistant Secretary of Defense for Space and Missile Defense');
  });

  it('leaves out the scare quote "persistent threat"', () => {
    expect(analysis.quotes.map((q) => q.text)).not.toContain('persistent threat.');
  });

  it('points each quote at its paragraph and sentence', () => {
    const first = analysis.quotes.find((q) => q.text === 'It does not stop at Iran')!;
    expect(first.source.paragraph).toBe(3);
    expect(first.source.sentence).toMatch(/^"It does not stop at Iran," he said during the session/);
  });
});

describe('quotation patterns', () => {
  it('a role whose body has its short name in brackets still gives the name in apposition after it', () => {
    const a = analyzeParagraphs('T', '"We have hardly started on the work," the new chair of the Harbour Engineering Board (HEB), Ann Ross, says.');
    expect(speakers(a)).toEqual([['We have hardly started on the work', 'Ann Ross']]);
  });

  it('points a quotation of three sentences at all three, the middle one too', () => {
    const a = analyzeParagraphs(
      'T',
      'Engineer Ann Ross spoke.',
      'But, she adds: "Even if security has improved, you still worry. It is part of life. We have a duty to act."',
    );
    expect(a.quotes[0]!.source.sentence).toBe('But, she adds: "Even if security has improved, you still worry. It is part of life. We have a duty to act."');
  });

  it('attribution after the quote, with a pronoun resolved to the full name', () => {
    const a = analyzeParagraphs('T', 'Finance Minister Jane Okafor spoke on Monday.', '"The budget will be balanced by next year," she said.');
    expect(speakers(a)).toEqual([['The budget will be balanced by next year', 'Jane Okafor']]);
    expect(a.quotes[0]!.speaker?.title).toBe('Finance Minister');
  });

  it('attribution before the quote with a colon', () => {
    const a = analyzeParagraphs('T', 'Senator Mark Ruiz visited the plant.', 'Ruiz said: "We will not close this factory while I am in office."');
    expect(speakers(a)).toEqual([['We will not close this factory while I am in office.', 'Mark Ruiz']]);
  });

  it('inverted attribution: "…," said Hill, who …', () => {
    const a = analyzeParagraphs('T', '"The river has never been this high in my lifetime," said Tom Becker, who has farmed here for 40 years.');
    expect(speakers(a)).toEqual([['The river has never been this high in my lifetime', 'Tom Becker']]);
  });

  it('attribution in the middle of a quotation', () => {
    const a = analyzeParagraphs(
      'T',
      'Coach Maria Lopez praised the team.',
      '"We played with heart tonight," Lopez said, "and the fans carried us home in the second half."',
    );
    expect(speakers(a)).toEqual([
      ['We played with heart tonight', 'Maria Lopez'],
      ['and the fans carried us home in the second half.', 'Maria Lopez'],
    ]);
  });

  it('a quotation continued over paragraphs is one item per paragraph, same speaker', () => {
    const a = analyzeParagraphs(
      'T',
      'Professor Alan Hughes gave evidence to the committee.',
      '"The data show a clear warming trend across every region we studied,',
      '"and the models agree that it will continue for decades," Hughes said.',
    );
    expect(speakers(a)).toEqual([
      ['The data show a clear warming trend across every region we studied', 'Alan Hughes'],
      ['and the models agree that it will continue for decades', 'Alan Hughes'],
    ]);
    expect(a.quotes.map((q) => q.source.paragraph)).toEqual([2, 3]);
  });

  it('a following quote with no verb goes to the previous speaker', () => {
    const a = analyzeParagraphs(
      'T',
      '"Prices will keep rising this winter," economist Sara Lind said.',
      '"Households should prepare for higher heating bills."',
    );
    expect(speakers(a)).toEqual([
      ['Prices will keep rising this winter', 'Sara Lind'],
      ['Households should prepare for higher heating bills.', 'Sara Lind'],
    ]);
  });

  it('"according to" names the source; organisations can speak', () => {
    const a = analyzeParagraphs(
      'T',
      'According to the Pentagon, "the test was a complete success for the program."',
      '"No further launches are planned this year," the Ministry of Defence said.',
    );
    expect(speakers(a)).toEqual([
      ['the test was a complete success for the program.', 'Pentagon'],
      ['No further launches are planned this year', 'Ministry of Defence'],
    ]);
  });

  it('curly and single quotation marks', () => {
    const a = analyzeParagraphs(
      'T',
      '“We are ready for any outcome,” said Ahmed Nasser, the party leader.',
      '‘This is only the beginning of the campaign,’ Nasser added.',
    );
    expect(speakers(a)).toEqual([
      ['We are ready for any outcome', 'Ahmed Nasser'],
      ['This is only the beginning of the campaign', 'Ahmed Nasser'],
    ]);
  });

  it('titles of works and short scare quotes are not quotations', () => {
    const a = analyzeParagraphs('T', 'The film titled "The Long Road Home Again" opened on Friday, in what critics called a "bold move."');
    expect(a.quotes).toEqual([]);
  });

  it('a title-case show or event after a network or an article is a name, even beside "said"', () => {
    const a = analyzeParagraphs(
      'T',
      'Mayor Ruth Olsen spoke at length on Sunday.',
      '"Taxes will not rise this year," Olsen said on KTV\'s "Morning Talk with Dan Reyes."',
    );
    expect(speakers(a)).toEqual([['Taxes will not rise this year', 'Ruth Olsen']]);
    const b = analyzeParagraphs('T', 'Mayor Ruth Olsen spoke at length on Sunday.', 'She spoke during a "Town Hall on Water Rates" at the library.');
    expect(b.quotes).toEqual([]);
  });

  it('a title-case show or song after "from", "like" or a year\'s possessive is a name, not a quotation', () => {
    const a = analyzeParagraphs('T', 'The actor Tom Hill has been eliminated from "Dancing on the Harbour Ice."');
    expect(a.quotes).toEqual([]);
    const b = analyzeParagraphs('T', 'Ann Lee joined the band in 1975 and sang on hit singles like 1978\'s "What the Tide Brings In."');
    expect(b.quotes).toEqual([]);
  });

  it('a title-case song after a verb of performing ("After hitting", "played", "sang") is a title; the words told after it are a quotation', () => {
    const a = analyzeParagraphs(
      'T',
      'After hitting “Takin’ It To the Harbour,” the singer told the audience, “that’s really good, maybe we should go on the road.”',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['that’s really good, maybe we should go on the road.']);
    const b = analyzeParagraphs('T', 'The band played "Down By The Old Pier" twice, Ann Lee said.');
    expect(b.quotes).toEqual([]);
    // Words said in sentence case after "played" are still a quotation.
    const c = analyzeParagraphs('T', 'Tom Hill played down the risk. "We have never lost a boat in this harbour," he said.');
    expect(c.quotes).toHaveLength(1);
  });

  it('a work named by its kind right before it ("the anthem", "the hymn", "the documentary") is a title, not a quotation', () => {
    const a = analyzeParagraphs(
      'T',
      'Singer Ann Lee got a roar from the crowd when, at the end of her rendition of the harbour anthem "The Tide Will Turn Again," she added the words "Vote Marsh."',
      'The council screened the documentary "Ferries of the Northern Coast" at the town hall on Friday.',
    );
    expect(a.quotes).toEqual([]);
  });

  it('a title-case work set off after its kind ("his book, “…”") or followed by its author or kind is a title; words in lower case there are quoted', () => {
    const a = analyzeParagraphs(
      'T',
      'In his 2002 book, “Save a Dollar a Day for the Harbour,” Mayor Tom Hill set out his plan.',
      'According to “The Ferrymen: Three Generations on the Water,” by Ann Lee, the first boat sailed in 1901.',
      'The network is reviving “Tales From the Old Harbour,” the kitschy radio drama series, next year.',
      'The party has called a referendum — “No to New Harbour Fees” — for June.',
      'In his new book, “Doomed to Sail,” and in an interview, Tom Hill said the ferry would close.',
      'A survey by Harbour Cable found that “The Ferrymen,” a show that began in 1999, is still watched.',
    );
    expect(a.quotes).toEqual([]);
    const b = analyzeParagraphs('T', 'In his book, “we never closed the harbour for a single day,” Mayor Tom Hill wrote.');
    expect(speakers(b)).toEqual([['we never closed the harbour for a single day', 'Tom Hill']]);
  });

  it('a title-case name after "referred to … as" is a name; words in lower case there are still quoted', () => {
    const a = analyzeParagraphs('T', 'At the bank, Ann Lee said she and her colleagues jokingly referred to themselves as "The Harbour Quay Lunch Club."');
    expect(a.quotes).toEqual([]);
    const b = analyzeParagraphs('T', 'At the rally, Mayor Tom Hill referred to Ann Lee as "a bright and fearless leader of this town."');
    expect(speakers(b)).toEqual([['a bright and fearless leader of this town.', 'Tom Hill']]);
  });

  it('a title-case name right after "called" or "calls" is a name, even with a speaker in the sentence', () => {
    const lines = [
      'The Harbour Bank said it was seeing strong demand for what it calls "Savings on the Go" accounts.',
      'Mayor Ruth Olsen praised the firm for a friendly culture called "The Old Harbour Quay Way."',
      'In his first videos Tom Hill talks to the camera in a series he calls "Harbour Watch TV," said Ann Lee.',
    ];
    for (const line of lines) expect(analyzeParagraphs('T', line).quotes, line).toEqual([]);
    const a = analyzeParagraphs('T', 'Mayor Ruth Olsen spoke on Sunday.', 'Olsen called the plan "a gift to the whole harbour town."');
    expect(speakers(a)).toEqual([['a gift to the whole harbour town.', 'Ruth Olsen']]);
  });

  it('a name, a headline, a survey item or a dated poster is not a quotation', () => {
    const lines = [
      'The bakery, which is officially called "North End Bread and Pastry Company", opened in May.',
      'The Daily Courier ran the headline "Harbour plan sinks without trace" on Monday.',
      'Fewer people agreed with "children should always obey their elders" than in 1990.',
      '"Keep the river clean for all" (1998) was the best known of the posters.',
      '"Harvest Lantern Night Market," as the fair is now called, drew crowds to the square.',
      'Riders can still use the airport\'s "Anywhere in the Old City" flat fare.',
      'Have you read about the "Great Lakes Salmon Mystery?" in the news?',
      'In May the clerk was sentenced to four years for "misuse of public funds in the harbour office."',
    ];
    for (const line of lines) expect(analyzeParagraphs('T', line).quotes, line).toEqual([]);
  });

  it('a line quoted beside a headline cue that a person spoke is still a quotation', () => {
    const a = analyzeParagraphs('T', 'Ann Lee read the headline aloud. "We were never told about the plan," Lee said.');
    expect(speakers(a)).toEqual([['We were never told about the plan', 'Ann Lee']]);
  });

  it('quoted words that name a thing ("the … hat", "a … T-shirt") are not a quotation', () => {
    const a = analyzeParagraphs('T', 'Fans in the square wore the "Bring the Cup Home Again" hat and a "Down with the referee now" T-shirt.');
    expect(a.quotes).toEqual([]);
  });

  it('a quotation before a speaker whose name is a noun ("Bill", "Law") is still a quotation', () => {
    const a = analyzeParagraphs('T', 'Councillor Ann Law spoke on Friday.', '"We have to keep the library open for everyone," Law said.');
    expect(speakers(a)).toEqual([['We have to keep the library open for everyone', 'Ann Law']]);
  });

  it('words a sentenced person said afterwards are still a quotation', () => {
    const a = analyzeParagraphs('T', 'Paul Moss was sentenced to four years on Monday. Moss said, "I am sorry for what I did to the town."');
    expect(speakers(a)).toEqual([['I am sorry for what I did to the town.', 'Paul Moss']]);
  });

  it('a title-case line that someone says is still a quotation', () => {
    const a = analyzeParagraphs('T', 'Mayor Ruth Olsen spoke at length on Sunday.', '"Thank You All For Coming Tonight," Olsen said.');
    expect(speakers(a)).toEqual([['Thank You All For Coming Tonight', 'Ruth Olsen']]);
  });

  it('gives no speaker where the article names none', () => {
    const a = analyzeParagraphs(
      'T',
      'Mr Downer joined world leaders in London for the signing of the Afghanistan Compact: "a road-map for donors and the government to rebuild the country."',
    );
    expect(speakers(a)).toEqual([['a road-map for donors and the government to rebuild the country.', null]]);
    expect(a.warnings.some((w) => w.code === 'quote-without-speaker')).toBe(true);
  });

  it('a name after a comma appositive: "X, also of Y, said"', () => {
    const a = analyzeParagraphs(
      'T',
      'In a text message, Rep. Teodoro Casino, also of Bayan Muna, said "the report merely scratches the surface of the problem."',
    );
    expect(speakers(a)).toEqual([['the report merely scratches the surface of the problem.', 'Teodoro Casino']]);
  });

  it('an acronym resolves to the organisation the article spelled out', () => {
    const a = analyzeParagraphs(
      'T',
      'The Australian Conservation Foundation released a report.',
      'The ACF said "nuclear energy is not a solution to climate change."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Australian Conservation Foundation');
  });
});

describe('speaker resolution', () => {
  it('a role in place of a name means the person who holds it', () => {
    const a = analyzeParagraphs(
      'T',
      'Premier Alan Carpenter visited the site on Monday.',
      'The WA Premier said voters would be "stunned to learn what the cabinet had decided in secret."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Alan Carpenter');
  });

  it('an honorific resolves like a pronoun', () => {
    const a = analyzeParagraphs(
      'T',
      'Mayor Michael Bloomberg criticised the union on Tuesday.',
      'His Honor concluded, "We cannot give the union the satisfaction of causing havoc."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Michael Bloomberg');
  });

  it('"the council" means the council the article named in full', () => {
    const a = analyzeParagraphs(
      'T',
      'The Mainland Affairs Council in Taipei criticised the law.',
      '"This law exposes a plot to impose armed force on the island," read the council\'s written statement.',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Mainland Affairs Council');
  });

  it('a quotation standing alone goes to the subject of the sentence before', () => {
    const a = analyzeParagraphs(
      'T',
      'Mayor Bloomberg lashed out at the union with his harshest language yet.',
      '"For their own selfish reasons, the union has decided that their demands matter more than the law."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Bloomberg');
  });

  it('a quote in a sentence with no reporting verb goes to its named subject', () => {
    const a = analyzeParagraphs('T', 'The U.S. Senate also passed a resolution on Tuesday "extending its support and solidarity to the participants."');
    expect(a.quotes[0]!.speaker?.name).toMatch(/Senate$/);
  });

  it('strips time words and titles: "President Gloria Arroyo yesterday said"', () => {
    const a = analyzeParagraphs('T', 'In a related report, President Gloria Arroyo yesterday said she had "no tolerance for abuses by anyone in uniform."');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Gloria Arroyo', title: 'President' });
  });

  it('a name before "of" is the person, not the organisation after it', () => {
    const a = analyzeParagraphs(
      'T',
      "The killings will not stop, according to America Vera-Zavala of Sweden's Left International Forum.",
      '"It would be a unique country if only one general is responsible for all this," she said.',
      'Vera-Zavala said the European Union was watching.',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('America Vera-Zavala');
  });
});

describe('subjects that are not the first words', () => {
  it('a participle with no comma belongs to the person it follows when the subject cannot speak', () => {
    const a = analyzeParagraphs(
      'T',
      'Queen Mary II opened the museum on Monday.',
      'The clip shows the Queen walking down a corridor saying, "I am not changing anything at all today."',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Mary II', title: 'Queen' });
  });

  it('a participle after an object still belongs to a named subject', () => {
    const a = analyzeParagraphs('T', 'Osama Hamdan, a Hamas spokesman, spoke out against Livni\'s statements saying, "no one has the right to stop us."');
    expect(a.quotes[0]!.speaker?.name).toBe('Osama Hamdan');
  });

  it('a written source: "the report, written by X, … "…""', () => {
    const a = analyzeParagraphs(
      'T',
      'In the foreword of the report, written by Amnesty International Secretary General Irene Khan, the camp is compared to a gulag that is "entrenching the practice of indefinite detention."',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Irene Khan', kind: 'person' });
    expect(a.quotes[0]!.verb).toBe('wrote');
  });

  it('a courtesy title ("Ms", "Mr") is not kept as the role; the role given elsewhere is', () => {
    const a = analyzeParagraphs(
      'T',
      'Foreign Secretary Jack Straw spoke in parliament.',
      '"The advice was clear and it was lawful in every respect," Mr Straw said.',
      'Ms Berg, 45, said: "The work starts now and it will not stop until it is done."',
    );
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([
      ['Jack Straw', 'Foreign Secretary'],
      ['Berg', null],
    ]);
  });

  it('"the paper says" after an outlet named by its name or as "daily" is that outlet; after any other body it is no one', () => {
    const a = analyzeParagraphs(
      'T',
      'The daily Hoja Libre accuses the visiting reporters of a witch-hunt. "Perhaps their team played so poorly that they wanted a distraction," the paper says.',
      'The Harbour Board released a study on Monday. "The risks to the old pier are growing by the month," the paper said.',
      'The Guardian ran the story on its front page. "It was a scandal from start to finish and a costly one," the newspaper said.',
    );
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Hoja Libre', null, 'Guardian']);
  });

  it('"Sir" and "Dame" are forms of address, not a role: "Chairman Sir Ian Moss" is a chairman; a peer\'s "Lord" stays', () => {
    const a = analyzeParagraphs(
      'T',
      'Chairman Sir Ian Moss said: "If the board cannot be saved, then it must be replaced."',
      'Dame Ruth Ames said: "The work starts now and it will not stop until it is done."',
      'Lord Tebb said: "The lords will not stand in the way of this bill at all."',
    );
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([
      ['Ian Moss', 'Chairman'],
      ['Ruth Ames', null],
      ['Tebb', 'Lord'],
    ]);
  });

  it('a family name given first ("Yoon Suk Yeol" … "Yoon said") resolves to the full name', () => {
    const a = analyzeParagraphs('T', 'President Yoon Suk Yeol met the envoy on Monday.', '"We will respond firmly to any provocation," Yoon said.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Yoon Suk Yeol', title: 'President', kind: 'person' });
  });

  it('"the ministry" is the "Ministry of …" the article named', () => {
    const a = analyzeParagraphs(
      'T',
      'The Ministry of Finance released the data on Thursday.',
      'In a statement, the ministry said: "Exports will recover in the second half."',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Ministry of Finance', kind: 'organisation' });
  });

  it('a body whose name holds a field that is also a title word ("Mental Health Council of Fiji") speaks as that body', () => {
    const a = analyzeParagraphs(
      'T',
      'In South Fiji the fine is small.',
      'The Mental Health Council of Fiji said: "Nobody should overstate the role of cannabis in the crisis."',
      '"We will act," Health Minister Tom Reid said.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Mental Health Council of Fiji', kind: 'organisation' });
    expect(a.quotes[1]!.speaker).toMatchObject({ name: 'Tom Reid', title: 'Health Minister', kind: 'person' });
  });

  it('"the Socialist party" is never another party the article named ("Green Party"), only one whose name holds "Socialist"', () => {
    const other = analyzeParagraphs('T', 'The Green Party endorsed the plan.', 'The Socialist party said: "We will not endorse anyone this year."');
    expect(other.quotes[0]!.speaker?.name).not.toBe('Green Party');
    const own = analyzeParagraphs('T', 'The Socialist Party met in Leeds.', 'Later the Socialist party said: "We will not endorse anyone this year."');
    expect(own.quotes[0]!.speaker).toMatchObject({ name: 'Socialist Party', kind: 'organisation' });
  });

  it('a post saved as <tweet author="…"> markup is a quotation of its account', () => {
    const text = 'Senators react\n\nSeveral senators wrote after the storm.\n\n<tweet author="SenRoe">We will rebuild every home on the coast.</tweet>.\n';
    const a = analyzeArticle(readArticle(text, { source: 'posts.txt' }));
    expect(a.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will rebuild every home on the coast.', '@SenRoe']]);
  });

  it('a pronoun after an opening phrase with no comma is the subject ("At the harbour office she said")', () => {
    const a = analyzeParagraphs(
      'T',
      'Dana Whitfield chairs the harbour board.',
      'At the harbour office she said, "We will reopen the pier in May."',
      'Arguing for the repairs he said: "The pier is older than the town hall." Tom Reid is the town engineer.',
    );
    expect(speakers(a).map(([, speaker]) => speaker)).toEqual(['Dana Whitfield', null]);
  });

  it('a time before the subject ("This week a … spokesman said") is when, not who', () => {
    const a = analyzeParagraphs(
      'T',
      'The Harbour Board met on Monday.',
      'This week a Harbour Board spokesman said the repairs would cost "around a million pounds every month".',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Harbour Board', kind: 'organisation' });
  });

  it('"they" right after a body named as the subject is that body; otherwise no one', () => {
    const body = analyzeParagraphs(
      'T',
      'The Harbour Workers Union backed the plan on Monday. "The pier must reopen before the summer season," they said in a statement.',
    );
    expect(body.quotes[0]!.speaker).toMatchObject({ name: 'Harbour Workers Union', kind: 'organisation' });
    const people = analyzeParagraphs('T', 'Fishers gathered at the pier on Monday. "The pier must reopen before the summer season," they said.');
    expect(people.quotes[0]!.speaker).toBeNull();
  });

  it('a role "on" a body or place ("one user on Weibo") is the speaker, not the body', () => {
    const a = analyzeParagraphs('T', 'One user on Weibo posted: “I just want to know how these two came to the harbour by train.”');
    expect(a.quotes[0]!.speaker?.name).toBe('one user on Weibo');
  });

  it('a spokesperson speaks for the body named with them, or for the one the text was just about', () => {
    const a = analyzeParagraphs(
      'T',
      'A Pentagon spokesman said "the report is wrong in every detail that matters."',
      'The Rail Delivery Group said it was disappointed by the threat.',
      'A spokesperson said: "We have made a fair offer to the drivers this year."',
    );
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.kind])).toEqual([
      ['Pentagon', 'organisation'],
      ['Rail Delivery Group', 'organisation'],
    ]);
  });

  it('an opening prepositional phrase with no comma is not the speaker', () => {
    const a = analyzeParagraphs(
      'T',
      'Chairman Peter Kalikow met the union.',
      'In his press conference Kalikow said "the action today is illegal and irresponsible."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Peter Kalikow');
  });

  it('a role in apposition at the start of a sentence gives way to the name, and a one-letter misspelling to the full name', () => {
    const a = analyzeParagraphs(
      'T',
      'The BBC apologised to the photographer Annie Leibovitz on Friday.',
      'Photographer, Leibowitz, commenting about the session, said, "She just could not be bothered with it."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Annie Leibovitz');
  });
});

describe('organisation aliases', () => {
  it('a short name introduced with "(…) or X" resolves to the long one', () => {
    const a = analyzeParagraphs(
      'T',
      'Groups led by Bagong Alyansang Makabayan (New Patriotic Alliance) or Bayan will file a complaint.',
      'Bayan said "the report merely tells us what we already know."',
    );
    expect(a.quotes[0]!.speaker?.name).toBe('Bagong Alyansang Makabayan');
  });
});

describe('speaker titles', () => {
  it('keeps "former" or "acting" with a capitalised title: the brief must not say the person holds the office now', () => {
    const a = analyzeParagraphs(
      'T',
      'Former and serving officials met on Monday, among them former Secretary of State Ann Lee and acting Police Commissioner Tom Reyes.',
      '“We need a plan before the winter,” Lee said.',
      '“The force is ready,” Reyes said.',
    );
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.title])).toEqual([
      ['Ann Lee', 'former Secretary of State'],
      ['Tom Reyes', 'acting Police Commissioner'],
    ]);
  });

  it('takes a role word before a first name and a surname for the title ("said Filmmaker Jack Marino"), not for the name', () => {
    const a = analyzeParagraphs('T', '“It was a hard film to make and a harder one to sell,” said Filmmaker Jack Marino.');
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Jack Marino', title: 'Filmmaker' });
    const c = analyzeParagraphs('T', '“We will win this state in November,” said Republican Christine Todd Whitman.');
    expect(c.quotes[0]?.speaker).toMatchObject({ name: 'Christine Todd Whitman', title: 'Republican' });
    const b = analyzeParagraphs('T', 'Justice Minister Mehmet Ali Şahin said: “The law will not change before the election in the spring.”');
    expect(b.quotes[0]?.speaker).toMatchObject({ name: 'Mehmet Ali Şahin', title: 'Justice Minister' });
  });

  it('gives a body named after "the" no title "the"', () => {
    const a = analyzeParagraphs('T', 'On its official website, the FBI said “public corruption is the top criminal priority of the bureau.”');
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'FBI', title: null });
  });

  it('does not take "then" before a title for part of it: "and then Mayor Ann Lee spoke" is a sequence', () => {
    const a = analyzeParagraphs('T', 'The council voted first, and then Mayor Ann Lee spoke: “We will rebuild the pier by spring.”');
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Ann Lee', title: 'Mayor' });
  });

  it('keeps a title given in apposition without its article ("Erkki Liikanen, governor at the bank, said")', () => {
    const a = analyzeParagraphs('T', 'Erkki Liikanen, governor at the Bank of Finland, also commented: “Price stability comes first for the bank.”');
    expect(a.quotes[0]?.speaker).toMatchObject({ name: 'Erkki Liikanen', title: 'governor at the Bank of Finland' });
  });

  it('ends the subject at an irregular past tense: "The Florida senator sought to calm …, saying" is the senator\'s', () => {
    const a = analyzeParagraphs('T', 'The Florida senator sought to calm his supporters, saying the heckler would “not get beat up at this rally tonight.”');
    expect(a.quotes[0]?.speaker?.name).toBe('Florida senator');
  });

  it('does not take an event for a speaker: "The first incident came …, shouting “…”"', () => {
    const a = analyzeParagraphs(
      'T',
      'The first incident came during a speech at the university, when protesters interrupted her, shouting “she wins, we all lose tonight!”',
    );
    // "incident" ends like a role noun ("resident") but names no one; the protesters are not named either.
    expect(a.quotes[0]?.speaker).toBeNull();
  });

  it('keeps a role given in apposition after the name as the title', () => {
    const a = analyzeParagraphs('T', '"We have never seen water rise this fast," said Luca Bianchi, the mayor of Faenza.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Luca Bianchi', title: 'mayor of Faenza' });
  });

  it('takes a role whose noun ends the phrase after a possessive or a modifier: "the ferry company’s safety director"', () => {
    const a = analyzeParagraphs('T', '"The pier is safe," Ana Souza, the ferry company’s safety director, said on Monday.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Ana Souza', title: 'ferry company’s safety director' });
    const b = analyzeParagraphs('T', '"The pier is safe," Ana Souza, the harbour spokeswoman, said on Monday.');
    expect(b.quotes[0]!.speaker).toMatchObject({ name: 'Ana Souza', title: 'harbour spokeswoman' });
  });

  it('never cuts a role inside a name: "professor at the University of New" before "Hampshire" runs to the name\'s end', () => {
    const a = analyzeParagraphs(
      'T',
      '"The pier is safe," said Ana Souza, a marine engineering professor at the University of New Hampshire Coastal Institute.',
    );
    expect(a.quotes[0]!.speaker).toMatchObject({
      name: 'Ana Souza',
      title: 'marine engineering professor at the University of New Hampshire Coastal Institute',
    });
    const b = analyzeParagraphs(
      'T',
      '"The pier is safe," said Ana Souza, a marine engineering professor at the University of New Hampshire Coastal Institute for Ocean and Marine Studies.',
    );
    expect(b.quotes[0]!.speaker).toMatchObject({ name: 'Ana Souza', title: 'marine engineering professor' });
  });

  // The role is read up to eight words; one that runs on past them ends where its own words end, not mid-phrase.
  it.each([
    ['Ana Souza, the former harbour governor challenged by Lee 30 years ago, was blunt.', 'former harbour governor'],
    [
      'Ana Souza, a former executive director of the Port Harbour Ferry Company, whose roots are local, spoke.',
      'former executive director of the Port Harbour Ferry Company',
    ],
    ['Ana Souza, an outside adviser to the campaign on tax and budget issues, spoke.', 'outside adviser to the campaign'],
    ['Ana Souza, a former staff member for Harbour Republicans such as Tom Hill, spoke.', 'former staff member for Harbour Republicans'],
    ['Ana Souza, a civil service expert with decades of federal government experience, spoke.', 'civil service expert'],
    ['Ana Souza, a spokeswoman for the committee raising funds for the pier, spoke.', 'spokeswoman for the committee'],
    ['Ana Souza, a spokeswoman for the Dover harbour council has defended the plan.', 'spokeswoman for the Dover harbour council'],
  ])('ends a role the word cap cut where its own words end: %s', (sentence, title) => {
    const a = analyzeParagraphs('T', sentence, '"The pier is safe," Souza said.');
    expect(a.quotes[0]!.speaker).toMatchObject({ name: 'Ana Souza', title });
  });
});

describe('a headline that quotes the body', () => {
  it('lists the quotation once, from the body, with its speaker', () => {
    const a = analyzeParagraphs(
      'Harbour Master: ‘We Will Rebuild the Pier by Spring.’',
      'The storm destroyed half the pier on Tuesday.',
      '“We will rebuild the pier by spring,” harbour master Kofi Mensah said.',
    );
    expect(speakers(a)).toEqual([['We will rebuild the pier by spring', 'Kofi Mensah']]);
  });

  it('does not list the headline’s own quotation: the brief prints the headline above every section', () => {
    const a = analyzeParagraphs(
      'Harbour Master: ‘We Will Rebuild the Pier by Spring and Open It by June.’',
      'The storm destroyed half the pier on Tuesday, and harbour master Kofi Mensah said the town would rebuild it “by spring.”',
    );
    expect(a.quotes.map((q) => q.text)).not.toContain('We Will Rebuild the Pier by Spring and Open It by June.');
  });

  it('lists a quotation in the first paragraph when that paragraph is not the headline', () => {
    const html = `<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>
      <p>“We will rebuild the pier by spring,” harbour master Kofi Mensah said on Tuesday.</p>
      <p>The storm destroyed half of the pier and two of the boats moored beside it.</p></article></body></html>`;
    const a = analyzeArticle(readArticle(html, { source: 'pier.html' }));
    expect(speakers(a)).toEqual([['We will rebuild the pier by spring', 'Kofi Mensah']]);
  });
});

describe('a headline that gives a name and a quotation', () => {
  const head = 'Kofi Mensah: ‘We Will Rebuild The Pier By Spring.’';
  it('credits its name with the quotations nothing in the text attributes, such as a transcript under it', () => {
    const a = analyzeParagraphs(
      head,
      'Harbour master Kofi Mensah spoke at the town hall on Tuesday. Transcript as follows:',
      '"The storm took half of the pier and two of the boats. We will rebuild it by the spring, and we will open it by June."',
    );
    expect(speakers(a)).toEqual([
      ['The storm took half of the pier and two of the boats. We will rebuild it by the spring, and we will open it by June.', 'Kofi Mensah'],
    ]);
  });

  it('gives the headline’s fuller name to a surname the text only uses alone', () => {
    const a = analyzeParagraphs(
      head,
      '"The storm took half of the pier and two of the boats, and the town will rebuild it by the spring."',
      'Mensah spoke on Tuesday.',
    );
    expect(a.quotes[0]?.speaker?.name).toBe('Kofi Mensah');
  });

  it('credits nobody when the quotation’s sentence names someone else, the headline names no one the text names, or the prefix is no name', () => {
    const other = analyzeParagraphs(
      head,
      'Harbour master Kofi Mensah spoke on Tuesday.',
      'His deputy, Ama Boateng, had a different view: "The storm took half of the pier, and it will take years to rebuild."',
    );
    expect(other.quotes.map((q) => q.speaker?.name ?? null)).not.toContain('Kofi Mensah');
    const unnamed = analyzeParagraphs(head, '"The storm took half of the pier and two of the boats, and the town will rebuild it by the spring."');
    expect(unnamed.quotes[0]?.speaker ?? null).toBeNull();
    const role = analyzeParagraphs(
      'Mensah On Storm: ‘We Will Rebuild’',
      '"The storm took half of the pier and two of the boats, and the town will rebuild it by the spring."',
      'Harbour master Kofi Mensah spoke on Tuesday.',
    );
    expect(role.quotes[0]?.speaker ?? null).toBeNull();
  });
});

describe('a pull quote printed again as a paragraph of its own', () => {
  it('lists a quotation once when a paragraph of nothing but its words repeats it', () => {
    const a = analyzeParagraphs(
      'Ferry fares to rise',
      'The ferry company raised its fares on Monday for the second time this year.',
      '“Nobody on this island can afford to cross the water twice a week now,” said Maria Costa, who runs the island’s bakery.',
      'Fares have risen by a tenth since January.',
      '"Nobody on this island can afford to cross the water twice a week now.',
      'The company did not answer questions on Monday.',
    );
    expect(speakers(a)).toEqual([['Nobody on this island can afford to cross the water twice a week now', 'Maria Costa']]);
  });

  it('lists no quotation for a sentence of the narration printed again in marks', () => {
    const a = analyzeParagraphs(
      'Ferry fares to rise',
      '"The company has raised its fares twice in one year."',
      'Islanders say the ferry is their only link to the mainland. The company has raised its fares twice in one year.',
    );
    expect(a.quotes).toEqual([]);
  });

  it('keeps a paragraph-long quotation that no other paragraph repeats', () => {
    const a = analyzeParagraphs(
      'Ferry fares to rise',
      'Maria Costa runs the island’s bakery.',
      '"Nobody on this island can afford to cross the water twice a week now."',
    );
    expect(a.quotes.map((q) => q.text)).toEqual(['Nobody on this island can afford to cross the water twice a week now.']);
  });
});

describe('titles and headlines are not quotations', () => {
  it('leaves out headlines of other outlets credited to their writers', () => {
    const a = analyzeParagraphs('T', 'Worth reading: "Harbour town votes to rebuild its pier," by the Coast Herald\'s Ann Lee.');
    expect(a.quotes).toEqual([]);
  });

  it('reads a capitalised surname that is also a noun as a name, not a title cue', () => {
    const a = analyzeParagraphs('T', 'Mayor Rosa Lind said the remark by Paul Song “was careless and unfair to the fishers.”');
    expect(a.quotes.map((q) => q.text)).toEqual(['was careless and unfair to the fishers.']);
  });
});

describe('words printed on a thing', () => {
  it('a shirt "with the words", banners "saying" and a sign that "read," give words nobody spoke', () => {
    const a = analyzeParagraphs(
      'T',
      'Marta Olsen joined the march in a shirt with the words, "Keep the harbour open for all of us." Banners saying, "Our town is not for sale today." hung from the windows, Tom Olsen said.',
      'Near the gate, one council sign read, "Please keep to the marked footpath at all times."',
    );
    expect(speakers(a)).toEqual([
      ['Keep the harbour open for all of us.', null],
      ['Our town is not for sale today.', null],
      ['Please keep to the marked footpath at all times.', null],
    ]);
  });

  it("headlines named as such, and the next item of a list of named words, are nobody's speech (stop 83)", () => {
    const a = analyzeParagraphs(
      'T',
      'Donald Trump hired the head of a website that has run stories with headlines such as "Ferries make islanders lazy and rude" and "Would you rather your town had a ferry or a school?"',
      'The promise to "take the harbour back from the banks" and "make the island great again" appeals to older voters, said Lena Ortiz, a historian.',
    );
    expect(speakers(a)).toEqual([
      ['Ferries make islanders lazy and rude', null],
      ['Would you rather your town had a ferry or a school?', null],
      ['take the harbour back from the banks', null],
      ['make the island great again', null],
    ]);
  });

  it('a printed thing a few words before its "that said" still prints the words ("T-shirts appeared … that said")', () => {
    const a = analyzeParagraphs('T', 'T-shirts quickly appeared in front of the ferry union headquarters that said "We won the harbour back today."');
    expect(speakers(a)).toEqual([['We won the harbour back today.', null]]);
  });

  it("words named as a slogan, a chant or a promise are not said by the sentence's subject; a verb of saying before them still credits", () => {
    const a = analyzeParagraphs(
      'T',
      'Several reporters noted the change from the party\'s usual campaign slogan, "Keep the Harbour Ours Forever."',
      'Mayor Tom Brandt smiled as the crowd reprised the chant "Close the gate! Close the gate!" near the quay.',
      'The promise to "take the harbour back from the banks" appeals to older voters, said Lena Ortiz, a historian.',
      'Lena Ortiz said, "The harbour was never the banks\' to take back."',
    );
    expect(speakers(a)).toEqual([
      ['Keep the Harbour Ours Forever.', null],
      ['Close the gate! Close the gate!', null],
      ['take the harbour back from the banks', null],
      ["The harbour was never the banks' to take back.", 'Lena Ortiz'],
    ]);
  });

  it('a few words broken off for the attribution open the quotation after it, joined by an ellipsis; a quoted term or a whole sentence stays apart', () => {
    const a = analyzeParagraphs(
      'T',
      '"My hope," Lena Ortiz said, "is that the ferry board finally listens to the island."',
      'Remarking upon the mayor\'s "quiet courage," Tom Brandt said, "She has kept the harbour open for ten years."',
      '"We won," Ann Lee said, "and the island will keep its late ferry for another year."',
      '"It is done." Omar Haddad said, "The harbour will reopen on Monday morning."',
    );
    expect(speakers(a)).toEqual([
      ['My hope … is that the ferry board finally listens to the island.', 'Lena Ortiz'],
      ['quiet courage', 'Tom Brandt'],
      ['She has kept the harbour open for ten years.', 'Tom Brandt'],
      ['We won … and the island will keep its late ferry for another year.', 'Ann Lee'],
      ['It is done.', 'Omar Haddad'],
      ['The harbour will reopen on Monday morning.', 'Omar Haddad'],
    ]);
  });

  it('a sign someone carries is their message ("held up a sign saying")', () => {
    const a = analyzeParagraphs('T', 'Nurse Ines Vela held up a sign saying "Fund the clinic before it closes" outside the council.');
    expect(speakers(a)).toEqual([['Fund the clinic before it closes', 'Ines Vela']]);
  });

  it('"to sign, saying" is a verb and its speaker still speaks', () => {
    const a = analyzeParagraphs('T', 'Governor Ruth Amsel refused to sign saying "this bill would close every rural clinic we have."');
    expect(speakers(a)).toEqual([['this bill would close every rural clinic we have.', 'Ruth Amsel']]);
  });
});

describe('short show titles beside a speaker', () => {
  it('"on NBC\'s "Early Today," X said" and "told "Good Day Ohio,"" name a show, not words anyone said', () => {
    const a = analyzeParagraphs(
      'T',
      'Speaking Monday on NBC\'s "Early Today," Senator Ann Lee said the bridge would be rebuilt by spring.',
      '"We will have it open before the floods come back," Lee told "Good Day Ohio," adding that the state would pay.',
    );
    expect(speakers(a)).toEqual([['We will have it open before the floods come back', 'Ann Lee']]);
  });

  it('a chant after "chants of" or "cries of" is the crowd\'s: listed, never credited to the one who walks in to it', () => {
    const a = analyzeParagraphs(
      'T',
      'Walking in to chants of "Four more years for Dana Roth!," Mayor Dana Roth said the race was close.',
      'Mayor Dana Roth walked in to loud cries of "Four more years for the mayor!" from the crowd.',
    );
    expect(speakers(a)).toEqual([
      ['Four more years for Dana Roth!', null],
      ['Four more years for the mayor!', null],
    ]);
  });
});
