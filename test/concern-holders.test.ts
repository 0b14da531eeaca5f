// Concern holders the sentence names outside a plain "Name warned": one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import type { ConcernItem } from '../src/types.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const only = (...paragraphs: string[]): ConcernItem | undefined => {
  const items = analyzeParagraphs('A headline for the test', ...paragraphs).concerns;
  expect(items).toHaveLength(1);
  return items[0];
};

describe('concern holders', () => {
  it('one helped by worries is not their holder, past an appositive too ("Hill, a Republican who …, appears to have been helped by concerns")', () => {
    const helped =
      'Former Governor Tom Hill appeared to be the winner Saturday. With 2% of the votes counted, Hill was leading his rivals by a wide margin. Hill, a Republican who polls second nationally, appears to have been helped by concerns over the health of the economy, as well as worries over immigration.';
    expect(only(helped)).toMatchObject({ cue: 'concerns', holder: null });
  });
  it('"he" stands for a person whose first name both sexes bear when the article\'s pronouns or the name\'s lean settle the sex', () => {
    // "Tony" is in both first-name lists and leans male.
    expect(only('Tony Blair addressed the parliament on Monday.', 'He spoke and warned that poverty could spread.')).toMatchObject({
      cue: 'warned',
      holder: 'Tony Blair',
    });
  });
  it('a reporting verb inside a ", which … said …," clause does not voice a worry after the clause closes', () => {
    expect(
      only(
        'Ann Lee spoke on Monday.',
        'Ms. Lee’s vote on the pier, which she has repeatedly said was a mistake, was a factor in her defeat, and it remains a vulnerability.',
      ),
    ).toMatchObject({ cue: 'vulnerability', holder: null });
  });
  it('a participle after an aside set off by two dashes is the subject\'s, not the aside\'s ("Ann Lee — head of X — responded …, threatening")', () => {
    expect(
      only('Ann Lee — project manager for the harbour and director of the ferry board — responded in a post online, threatening legal action.'),
    ).toMatchObject({ cue: 'threatening', holder: 'Ann Lee' });
    // One dash after a dateline still leads to the subject after it.
    expect(only('HARBOUR TOWN — Sen. Ann Lee defended the plan on Tuesday, warning that the old pier could flood.')).toMatchObject({ holder: 'Ann Lee' });
  });
  it('one who asks about a worry does not hold it ("asked the mayor about concerns …"); one who voices it still does', () => {
    expect(only('Council lawyer Tom Hale asked the mayor about concerns within the harbour board about the pier.')).toMatchObject({
      cue: 'concerns',
      holder: null,
    });
    expect(only('Tom Hale questioned Ann Lee on fears of a flood in the old town.')).toMatchObject({ holder: null });
    expect(only('Council lawyer Tom Hale raised concerns within the harbour board about the pier.')).toMatchObject({ holder: 'Tom Hale' });
  });
  it('a holder whose head ends in "-ly" keeps it ("the organizer of the rally", not "the organizer of the")', () => {
    expect(only('The organizer of the rally warned that the new rules could lead to violence.')).toMatchObject({ holder: 'organizer of the rally' });
  });
  it('a bare "Others" names no one: the worry has no holder, as after "Some"', () => {
    expect(only('Others fear that the new tax could hurt the harbour towns.')).toMatchObject({ cue: 'fear', holder: null });
  });
  it('a worry noun outside the sentence\'s quotation that names its holders ("anxiety among X") is theirs, not the quoted speaker\'s', () => {
    const tempered =
      'Mr. Hale\'s temper, a subject of deep anxiety among Harbour Party leaders, came under scrutiny: he was asked about his remark that "the pier is a joke," but he stayed calm and responded with a shrug.';
    expect(only('Tom Hale spoke at the pier on Monday.', tempered)).toMatchObject({ holder: 'Harbour Party leaders' });
    // Inside the quotation the worry stays its speaker's.
    expect(only('"There is deep anxiety among our members about the pier," Tom Hale said.')).toMatchObject({ holder: 'Tom Hale' });
  });

  it('an "It warned" or ", it said." after a sentence that opens on a body is that body\'s, across a paragraph break', () => {
    expect(only('The Harbour Trust has asked the council for a new sea wall.', 'It warned that the old wall could collapse in the next storm.')).toMatchObject({
      holder: 'Harbour Trust',
    });
    expect(only('Tom Reed has asked the council for a new sea wall.', 'It warned that the old wall could collapse in the next storm.')).toMatchObject({
      holder: null,
    });
  });

  it('a sentence that opens on "He" or "She" and a verb that voices is held by the person the pronoun stands for; a passive is not', () => {
    const cited = "He cited reports of escalating attacks on the harbour, including this week's police warnings of break-ins.";
    expect(only('Judge Tom Lee ruled on Monday.', cited)).toMatchObject({ holder: 'Tom Lee' });
    // No man before the "He": no one.
    expect(only('Mayor Ann Lee spoke at the harbour on Monday.', cited)).toMatchObject({ holder: null });
    expect(only('Mayor Tom Lee spoke at the harbour on Monday.', 'He has been harshly criticized for the sea wall plan.')).toMatchObject({ holder: null });
  });

  it("an \"it\" after a report, a study or a lower-case committee that voiced something is its owner's, else the document's or committee's", () => {
    expect(only('The Tidewater harbour committee said the sea wall was old.', 'It warned that the wall could collapse in the next storm.')).toMatchObject({
      holder: 'the Tidewater harbour committee',
    });
    expect(
      only(
        'A report from Harbour Watch was published on Monday.',
        'The report said the sea wall was old.',
        '"The wall could collapse in the next storm," it warns.',
      ),
    ).toMatchObject({ holder: 'Harbour Watch' });
    expect(only('The sea wall is old, said the study.', 'And it said the wall could collapse in the next storm.')).toMatchObject({ holder: 'the study' });
    // A bare "the committee" names no one.
    expect(only('The committee said the sea wall was old.', 'It warned that the wall could collapse in the next storm.')).toMatchObject({ holder: null });
  });

  it('a report or letter that opens its sentence as the subject of a voicing verb holds the worry for its owner, else as itself', () => {
    expect(only('The harbour board met on Monday.', 'The report further warns that the old sea wall could collapse in the next storm.')).toMatchObject({
      holder: 'the report',
    });
    expect(only('A report from Harbour Watch was published on Monday.', 'The report warned that the sea wall could collapse in the next storm.')).toMatchObject(
      {
        holder: 'Harbour Watch',
      },
    );
    // Not its subject: the report is only where the words were read.
    expect(only('The harbour board met on Monday.', 'In the report, the sea wall could collapse in the next storm.')).toMatchObject({ holder: null });
  });

  it('a reason or a thing that opens a reduced relative clause ("One reason critics say …") is no holder; its subject is', () => {
    const a = analyzeParagraphs(
      'A headline for the test',
      'The council met on Monday.',
      'One thing harbour critics fear is that the pier will close for good.',
    );
    expect(a.concerns.map((c) => c.holder)).toEqual(['harbour critics']);
  });

  it('a pronoun with its auxiliary glued on ("he’d worry") holds a worry as the bare pronoun does', () => {
    expect(
      only('Mayor Tom Reed opened the new ferry pier on Monday.', 'Reed said he would go slowly with the budget because he’d worry about wasting money.'),
    ).toMatchObject({ holder: 'Tom Reed' });
    expect(
      only('Mayor Ann Lee opened the new ferry pier on Monday.', 'Lee said the pier was fine, but she’d worry about the cost of the ferry.'),
    ).toMatchObject({
      holder: 'Ann Lee',
    });
  });

  it('"X is quick to condemn" and "X has been the most aggressive in denouncing" are X\'s', () => {
    expect(only('Harbour Watch is equally quick to condemn the plan to dredge the bay.')).toMatchObject({ holder: 'Harbour Watch' });
    expect(only('At the same time, Tom Reed has been the most aggressive on the council in denouncing the plan to close the harbour.')).toMatchObject({
      holder: 'Tom Reed',
    });
    // Not an eager word: "in denouncing" after a plain complement says nothing of who denounces.
    expect(only('Tom Reed was wrong in denouncing the plan to close the harbour.')).toMatchObject({ holder: null });
  });

  it('where nothing else holds a worry noun, the known name that owns it does; not one worked on ("played on X\'s fears")', () => {
    expect(
      only('Governor Ann Lee spoke at the harbour on Monday.', "A review board looked into Lee's concern about the ferry and found nothing."),
    ).toMatchObject({ holder: 'Ann Lee' });
    expect(only('Governor Ann Lee spoke at the harbour on Monday.', "The ad played on Lee's fears about the ferry.")).toMatchObject({ holder: null });
  });

  it("a worry voiced in a relative clause after a comma is its antecedent's, not the main subject's", () => {
    expect(only('Tom Reed met Governor Ann Lee, who has long warned that the dam could burst.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('The report was praised by Mary Wells, who condemned the plan to close the clinic.')).toMatchObject({ holder: 'Mary Wells' });
    // "the president of X, who": the clause may be the person's or the body's, so no one holds it.
    expect(only('Tom Reed invited Ann Lee, the head of the Harbour Trust, who often criticizes the dredging plan.')).toMatchObject({ holder: null });
  });

  it('two named people joined by "and" both hold it, "both" or not; a title with "and" in it stays one person\'s', () => {
    expect(only('Mayor Ann Lee and Governor Tom Hill warned of a danger to the town.')).toMatchObject({ holder: 'Ann Lee and Tom Hill' });
    expect(only('Ann Lee and Tom Hill both warned of a danger to the town.')).toMatchObject({ holder: 'Ann Lee and Tom Hill' });
    // An "and" inside a body's name after "of" joins no second holder.
    expect(only('Dr. Ann Lee of the Dover Department of Health and Human Services says the risk from the virus continues.')).toMatchObject({
      holder: 'Ann Lee',
    });
    expect(only('Fishing and Harbours Secretary Tom Hill has warned of a danger to the town.')).toMatchObject({ holder: 'Tom Hill' });
  });

  it('the noun phrase of an absolute "with X warning / worried" holds the worry', () => {
    expect(only('Smoke will reach the town this week, with forecasters warning that the air will be severe on Wednesday.')).toMatchObject({
      holder: 'forecasters',
    });
    expect(only('Ticket sales fell, with harbour fans increasingly concerned about the price of the ferry.')).toMatchObject({ holder: 'harbour fans' });
  });

  it('a modifier of worry that opens the sentence belongs to the subject after its comma, and its fear ends there', () => {
    expect(only('Wary of a backlash from voters, the harbour board kept quiet about the plan.')).toMatchObject({
      holder: 'harbour board',
      fear: 'a backlash from voters',
    });
    expect(only('Worried the town might miss its target for clean air, the county council unveiled a plan.')).toMatchObject({
      holder: 'county council',
      fear: 'the town might miss its target for clean air',
    });
    // A second participle is no part of the fear; "he's" is the pronoun, resolved to the person just named.
    const story =
      "Wayne Borders left his job to canvass for the campaign. Dismayed by the memory of the last crash and inspired by the rally, he's committed to the senator.";
    expect(only(story)).toMatchObject({ holder: 'Wayne Borders', fear: 'the memory of the last crash' });
    // The holder and where the fear ends come from one list of such words: "Terrified" is one for both.
    expect(only('Terrified of a second flood, the villagers moved their cattle up the hill.')).toMatchObject({
      holder: 'villagers',
      fear: 'a second flood',
    });
  });

  it('"could threaten", "may endanger": a harm that may come, held by whoever reports it in that clause, not by the subject of the verb', () => {
    expect(only('Ann Lee says the storm could threaten the harbour wall.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('Ann Lee says the mainland could threaten the island.')).toMatchObject({ holder: 'Ann Lee' });
    // A threat to act still belongs to who makes it; a reporter past a comma governs nothing here.
    expect(only('The union could threaten to strike, Ann Lee said.')).toMatchObject({ holder: 'union' });
    expect(only('When Tom Hill pointed out the cost, Mayor Ann Lee said again that the plan would jeopardise the harbour.')).toMatchObject({
      holder: 'Ann Lee',
    });
  });

  it('a body named after its kind ("Aid charity Oxfam") is the body, after an opening "But" as at the sentence start', () => {
    expect(only('Aid charity Harbourwatch criticised the plan, saying it would cost jobs.')).toMatchObject({ holder: 'Harbourwatch' });
    expect(only('But Aid charity Harbourwatch criticised the plan, saying it would cost jobs.')).toMatchObject({ holder: 'Harbourwatch' });
  });

  it('"terrified" is a worry like "scared": its "that" clause is the fear, and the subject of its copula holds it', () => {
    expect(only('Terrified that the river would burst its banks again, the villagers moved their cattle.')).toMatchObject({
      holder: 'villagers',
      fear: 'the river would burst its banks again',
    });
    expect(only('The villagers are terrified that the river will burst its banks again.')).toMatchObject({
      holder: 'villagers',
      fear: 'the river will burst its banks again',
    });
  });

  it('a relative clause with no "that" has its own subject, which holds the worry', () => {
    expect(only('Ms Vale is exactly the kind of judge many farmers fear the governor would choose.')).toMatchObject({ holder: 'many farmers' });
    expect(only('The council now pays a third of the bill, an arrangement the harbour board has criticized.')).toMatchObject({ holder: 'harbour board' });
    // A verb or an adverb before the determiner opens no such clause: "said she hopes the world …", "is only a minor player".
    expect(only('Ann Lee said she hopes the town reflects on the death of the mayor.').holder).toBe('Ann Lee');
    expect(only('While Harbour Mutual is only a minor player here, other insurers are raising alarms about the cost.').holder ?? null).not.toBe('minor player');
  });

  it('"bosses", "coaches" and "witnesses" are groups that hold a worry', () => {
    expect(only('But the party bosses are worried that the senator could be derailed.')).toMatchObject({ holder: 'party bosses' });
    expect(only('The coaches fear that the league will close the club.')).toMatchObject({ holder: 'coaches' });
  });

  it('a capitalised "States" inside a name is no reporting verb', () => {
    expect(only('The United States warned that the pipeline could leak into the lake.')).toMatchObject({ holder: 'United States' });
    expect(only('EU Member States are concerned about the new border fence.')).toMatchObject({ holder: 'EU Member States' });
  });

  it('two subjects joined by "and" both hold the worry; a bare role before "and" is the same person\'s', () => {
    expect(only('Doctors and nurses warned that the clinic could run out of beds.')).toMatchObject({ holder: 'Doctors and nurses' });
    expect(only('The ferry union and some local residents fear the harbour will close.')).toMatchObject({
      holder: 'ferry union and some local residents',
    });
    expect(only('Harbour pilot and former mayor Ann Lee warned that the bridge could collapse.')).toMatchObject({ holder: 'Ann Lee' });
  });

  it('the plural of a role noun is a group that holds the worry; a plural name or a thing is not', () => {
    expect(only('Some local councillors fear the harbour will close.')).toMatchObject({ holder: 'Some local councillors' });
    expect(only('The tax was criticised by fishermen on the radio as a threat to jobs.')).toMatchObject({ holder: 'fishermen' });
    expect(only('Then army helicopters were called as the crowd grew, threatening to burn the depot.')).toMatchObject({ holder: null });
  });

  it('a lower-case plural of firms, businesses or fans is a group that holds the worry', () => {
    expect(only('Many small firms had protested that the new tax would destroy jobs in the valley.')).toMatchObject({ holder: 'Many small firms' });
    expect(only('The ferry was sold last spring, leaving local landlords fearful that the island would empty.')).toMatchObject({ holder: 'local landlords' });
  });

  it("a sentence that closes a quotation before its speech tag is the tagged speaker's, whoever it names inside", () => {
    const item = only('"The harbour needs a lot of work. Divers tell us that the old pier is a real danger to swimmers," said Mayor Ann Lee.');
    expect(item).toMatchObject({ holder: 'Ann Lee' });
  });

  it('the one accused or criticised never holds the accusation, even when a pronoun or a quote points to them', () => {
    const item = analyzeParagraphs(
      'A headline for the test',
      "Omar Lee, a shop owner, spoke at the rally for Tom Hill's rival.",
      'Mr. Lee said on Sunday that Mr. Hill had shown disrespect to his family, and he accused Mr. Hill of running a campaign of hatred.',
    ).concerns.find((c) => c.cue === 'accused');
    expect(item?.holder).not.toBe('Tom Hill');
  });

  it('who answers, mocks or acknowledges a worry does not hold it', () => {
    expect(only('Governor Tom Hill reacted to her warning that the pier could fall by saying the harbour was safe.')).toMatchObject({ holder: null });
    expect(only('Mayor Ann Lee spoke for an hour, mocking fears that the new bridge would collapse.')).toMatchObject({ holder: null });
  });

  it('a plural group narrowed by a prepositional phrase holds the worry; a clause that runs on into a verb does not', () => {
    expect(only('Opponents of the new harbour tax warn that fishing families will leave the island.')).toMatchObject({
      holder: 'Opponents of the new harbour tax',
    });
    expect(only('Residents on both banks of the river fear the dam could burst.')).toMatchObject({ holder: 'Residents on both banks of the river' });
    expect(only('His campaign staffers in 2014 tried to keep her away from the harbour for fear of a scandal.')).toMatchObject({ holder: null });
  });

  it('"critics" opening its clause as the subject of a voicing verb hold what it says, not the first verb\'s subject', () => {
    expect(only('While nearly everyone agrees the dam is needed, some critics fear it could flood the old town.')).toMatchObject({ holder: 'some critics' });
  });

  it('a participle after a comma (", saying …") is voiced by the sentence\'s opening subject, past a dateline', () => {
    expect(only('Several councillors have been lobbying the port for months, saying fishermen are suffering.')).toMatchObject({
      holder: 'Several councillors',
    });
    expect(only('HARBOURTON — Mayor Ann Lee defended the ferry cuts, saying the losses would otherwise ruin the town.')).toMatchObject({
      holder: 'Ann Lee',
    });
  });

  it('"X said they feared …": a plural pronoun right after the reporting verb stands for the reporter', () => {
    expect(only('Some local councillors said they feared the harbour would close.')).toMatchObject({ holder: 'Some local councillors' });
  });

  it('an opening phrase with no comma ("In its report on the trust\'s work the committee said") is no part of the subject', () => {
    const a = analyzeParagraphs(
      'A headline for the test',
      'The Harbour Trust runs the ferries for the county. In its report on the trust\'s work the committee said: "We are deeply concerned by the shortage of pilots."',
    );
    expect(a.concerns.map((c) => c.holder)).toEqual(['committee']);
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['committee']);
    expect(only('In the long debate on the budget a councillor warned that the ferry could close.')).toMatchObject({ holder: 'councillor' });
  });

  it('"According to X, Y felt that …": the one who felt it holds the view, not the source who reports it', () => {
    expect(only('According to the harbour master, the pilot felt that attacks on the ferry crews would be justified.')).toMatchObject({
      holder: 'pilot',
    });
    expect(only('According to the harbour master, attacks on the ferry crews have doubled this year.')).toMatchObject({ holder: 'harbour master' });
  });

  it('"He portrayed Tom Hill … “…,” he said": past an opening "He" the pronoun goes on, never to the object named after it', () => {
    const a = analyzeParagraphs(
      'A headline for the test',
      'Mr Ray Dunn told the court on Monday that the accounts were false.',
      'He portrayed Mr Tom Hill, the founder of the ferry firm, as obsessed with costs. "He would count every paper cup in the office," he said.',
    );
    expect(a.quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ray Dunn']);
  });
});

describe('stop 48 (precision): a worry noun with "from" names its holders', () => {
  it('"warnings from" names who warns; "criticism from shipping companies" is held by the group (stop 51), never by the subject criticised', () => {
    expect(only('The vote came amid stark warnings from flood engineers about the river, which could burst its banks.')).toMatchObject({
      holder: 'flood engineers',
    });
    expect(
      only('The city council, in a push to widen the harbour that has drawn criticism from shipping companies, has said it would start work in May.'),
    ).toMatchObject({ holder: 'shipping companies' });
  });
  it('the subject of a verb of belief holds the harm it believes in; a first person inside a quotation, a relative clause or a passive does not', () => {
    expect(only('Some local fishermen believe that the new dam would flood the whole valley.')).toMatchObject({ holder: 'Some local fishermen' });
    expect(only('Harbour pilot Ann Lee thinks the storm could destroy the old pier.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('"I do think the storm could destroy the old pier," said Ann Lee.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('The boat is believed to have been sunk in an attack by pirates.')).toMatchObject({ holder: null });
  });
  it('the subject of a verb of regard with its "as" holds the harm it sees; without "as" the verb is no belief', () => {
    expect(only('Norway views the new pipeline as threatening the fishing grounds of the north.')).toMatchObject({ holder: 'Norway' });
    expect(only('Harbour pilot Ann Lee sees the dredging plan as a danger to the old pier.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('The harbour sees heavy storms that could destroy the old pier.')).toMatchObject({ holder: null });
  });
  it('a subject a restrictive relative clause describes holds the worry ("Residents who live near the river fear …"), not the clause\'s last noun', () => {
    expect(only('Residents who live near the river fear the dam may fail.')).toMatchObject({ holder: 'Residents' });
    expect(only('Even farmers who have praised the plan warned on Tuesday that the river may dry up.')).toMatchObject({ holder: 'farmers' });
    // A pronoun before the verb is its own subject; a clause of its own inside the relative one ("when he …") keeps its verb.
    expect(only('Ann Lee, the harbour master who gained attention when she warned that the pier could collapse, left.')?.holder ?? null).not.toBe(
      'harbour master',
    );
    expect(only('Officials told residents who live near the river that the dam may fail.')?.holder ?? null).not.toBe('residents');
  });
  it('a worry verb after "and" shares the subject of the verb of its form that opens the sentence; not across a verb with its own subject, a relative clause or a passive', () => {
    expect(only('In May, Ann Lee called the harbour plan a disgrace and threatened to close the port.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('The fishermen still question whether the dam is safe and worry that it could flood the valley.')).toMatchObject({ holder: 'fishermen' });
    expect(only('Ann Lee said the rebels attacked the harbour and threatened the fishermen.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('Dock workers in the harbour town who read the plan were mocked and criticized online for ignoring the flood risk.')).toMatchObject({
      holder: null,
    });
    expect(only('In a hung council, the smaller group can hold the budget to ransom and threaten a new vote.')).toMatchObject({ holder: null });
  });
  it('an opening "Just recently" is no part of who holds the worry: the phrase after it is a clause opener, left empty rather than "Just the …"', () => {
    expect(only('Just recently the Armenians of Leith protested the council for selling arms to the rebels.')?.holder ?? '').not.toMatch(/^Just/);
  });
});

describe('stop 52 (holders): a group named plainly', () => {
  it('a lower-case plural of a body or role names who holds the worry mid-sentence; a thing, a share or a pointer does not', () => {
    expect(only('The mayor praised the plan, but fishing groups warned that the new dam could ruin the river.')).toMatchObject({ holder: 'fishing groups' });
    expect(only('The ferry plan has been condemned by harbour unions as a danger to jobs.')).toMatchObject({ holder: 'harbour unions' });
    expect(only('The mayor praised the plan, but even harbour pilots fear that the dam could ruin the river.')).toMatchObject({ holder: 'harbour pilots' });
    expect(only('The mayor praised the plan, but rising water levels threaten the old pier.')).toMatchObject({ holder: null });
    expect(only('In the town, 40% of local voters would be scared if the dam were built.')).toMatchObject({ holder: null });
  });
  it('"a … concern for" a group: the group holds it; not after a modal, nor for a thing or those cared for', () => {
    expect(only('The ferry cuts have been a persistent concern for fishermen this year, Ann Lee said.')).toMatchObject({ holder: 'fishermen' });
    expect(only('High harbour fees are a big concern for Harbourton boat owners, especially the old ones.')).toMatchObject({
      holder: 'Harbourton boat owners',
    });
    expect(only('The slow count should be a big concern for the harbour campaign.')).toMatchObject({ holder: null });
    expect(only('Job losses at the port were a real concern for the local economy.')).toMatchObject({ holder: null });
    // Those cared for hold no worry; since stop 53 the caring "note of concern" is no concern at all.
    expect(analyzeParagraphs('A headline for the test', 'The pilots sent a note of concern for the victims of the storm.').concerns).toEqual([]);
  });
  it('a worry participle after a comma (", fearing that …") shares the opening subject of its sentence', () => {
    expect(only('Harbour pilots are rushing to repair the old pier, fearing that the storm could destroy it.')).toMatchObject({ holder: 'Harbour pilots' });
    expect(only('Ann Lee, the mayor, asked the council for money, warning that the bridge could collapse.')).toMatchObject({ holder: 'Ann Lee' });
  });
  it('one a prompting verb sends to voice the worry ("prompted some charities to say", "led some allies to worry") holds it', () => {
    expect(only('The vote prompted some charities to say the new dam would put the valley at risk.')).toMatchObject({ holder: 'some charities' });
    expect(only('The slow repairs have led some allies to worry that the old pier could collapse.')).toMatchObject({ holder: 'some allies' });
    expect(only('The storm led to the closure of the port and put the old pier at risk.')).toMatchObject({ holder: null });
  });
});

describe('stop 57 (concern holders)', () => {
  it('an "It blamed / It alleged" after a body credited anywhere in the sentence before ("…, the Harbour Board said in a statement.") is that body\'s', () => {
    expect(
      only('"The ferry will run late all winter," the Harbour Board said in a statement.', 'It blamed the storms, which could put the old pier at risk.'),
    ).toMatchObject({ holder: 'Harbour Board' });
    expect(
      only('In a letter, the Ostria Farmers Union asked the council for help.', 'It alleged that the council had failed to protect the river from the mill.'),
    ).toMatchObject({ holder: 'Ostria Farmers Union' });
    // Two bodies before: which one "it" stands for is not sure.
    expect(only('"The pier is old," the Harbour Board said, and the Ferry Trust agreed.', 'It warned that the old pier could collapse.')).toMatchObject({
      holder: null,
    });
  });

  it('a report or study that voices the sentence after an opening clause, or in its closing credit, holds the worry as it would opening it', () => {
    expect(
      only('The harbour board met on Monday.', 'Although the pier was mended last year, the survey found that the old sea wall could collapse.'),
    ).toMatchObject({ holder: 'the survey' });
    expect(only('The harbour board met on Monday.', 'Ferry crews face a growing risk of injury on the old pier, the study concluded.')).toMatchObject({
      holder: 'the study',
    });
  });

  it('a "they" that voices a worry, where its sentence names no one, is the plain plural group the sentence before opens on', () => {
    expect(only('Port officials met the mayor on Monday.', 'They fear the new pier could block the channel.')).toMatchObject({ holder: 'Port officials' });
    expect(only('Local officials said the channel was shallow.', 'The plan, they said, could put ferries at risk of running aground.')).toMatchObject({
      holder: 'Local officials',
    });
    // "the officials" points back itself; a sentence before that opens on no group gives none.
    expect(only('The officials met the mayor on Monday.', 'They fear the new pier could block the channel.')).toMatchObject({ holder: null });
    expect(only('The mayor met them on Monday.', 'They fear the new pier could block the channel.')).toMatchObject({ holder: null });
    // A party's members are such a group, with their capital.
    expect(only('Other Republicans met the mayor on Monday.', 'They fear the new pier could block the channel.')).toMatchObject({
      holder: 'Other Republicans',
    });
  });

  it('a party-and-state bracket or a perfect "since" between the name and its verb still leaves the name; the last of a bracketed list is not the subject', () => {
    expect(only('Sen. Ann Lowe (D-Ore.) has criticized the mayor for closing the flood barrier.')).toMatchObject({ holder: 'Ann Lowe' });
    expect(only('Tom Reed has since denounced the plan to close the flood barrier.')).toMatchObject({ holder: 'Tom Reed' });
    expect(only('Ann Lowe (Ore.), Tom Reed (Ind.) and Jim Hart (Iowa) have since denounced the plan to close the flood barrier.')).toMatchObject({
      holder: null,
    });
  });
});

describe('stop 67 (holders): a bare body noun is the body the article named', () => {
  it('"the government" after "the Ostrian government", "her campaign" after a woman named', () => {
    expect(only('The Ostrian government asked the kidnappers to free the crew. The government warned that the crew faced grave danger.')).toMatchObject({
      holder: 'Ostrian government',
    });
    expect(only('Ann Lee won the vote in Ohio. Her campaign warned that turnout could fall in the cities.')).toMatchObject({ holder: 'Lee campaign' });
  });

  it('a nationality before a noun holds nothing ("A German warning", "Greek sprinters")', () => {
    expect(only('A German warning about a new war in Europe is a reminder of the threats ahead.')?.holder ?? null).not.toBe('German');
  });
});

describe('stop 73 (holders): a plain causative verb after a plural cause', () => {
  it('"the plans that alarm farmers", "Cuts to the ward frighten nurses" put the worry in the object; "I worry", "you still worry a bit" do not', () => {
    expect(only('It is the new fees and the rising rents that alarm the shop owners.')).toMatchObject({ holder: 'shop owners' });
    expect(only('Cuts to the night shifts frighten hospital nurses.')).toMatchObject({ holder: 'hospital nurses' });
    expect(only('"I still worry a bit about the dam," said Tom Hill.')).toMatchObject({ holder: 'Tom Hill' });
  });

  it('the noun after a verb that takes it is no causative: "drew alarm from the harbour board" is the board\'s alarm', () => {
    expect(only('The plan drew alarm from the harbour board as part of a wider review.')).toMatchObject({ holder: 'harbour board' });
  });
});

describe('stop 73 (holders): the subject of a passive "was warned" is the one warned', () => {
  it('"Mayor Ann Lee was warned of flooding" has no holder; "after being warned by the Coast Guard" is the Coast Guard\'s', () => {
    expect(only('Mayor Ann Lee was warned of flooding on the river.')).toMatchObject({ holder: null });
    expect(only('The council closed the road after being warned by the Coast Guard that the bridge could collapse.')).toMatchObject({ holder: 'Coast Guard' });
  });
});

describe('stop 73 (holders): the tail of a list after its comma is not the subject', () => {
  it('"Most farmers in Kent, Essex and Suffolk said …" is not held by "Essex and Suffolk"; "In Leeds, Ann Lee and Tom Hill warned" is theirs', () => {
    expect(only('Most farmers in Kent, Essex and Suffolk said they feared the river could flood their fields.')?.holder ?? null).not.toBe('Essex and Suffolk');
    expect(only('In Leeds, Ann Lee and Tom Hill warned that the river could flood.')).toMatchObject({ holder: 'Ann Lee and Tom Hill' });
  });
});
