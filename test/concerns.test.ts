// Stated concerns: one hand-written example per rule — predicate kinds, holder, scope, negation and wrong senses.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/index.js';
import type { ConcernItem } from '../src/types.js';
import { linkOpenerFear } from '../src/analyze/concerns/link-opener-fear.js';
import { analyzeParagraphs, concernsOf } from './helpers/analyze.js';

const only = (...paragraphs: string[]): ConcernItem | undefined => {
  const items = concernsOf(...paragraphs);
  expect(items).toHaveLength(1);
  return items[0];
};

describe('concern predicates', () => {
  it('a verb of worry is a concern, its cue the word as written', () => {
    expect(only('Farmers worry that the drought will ruin the harvest.')).toMatchObject({ cue: 'worry' });
  });

  it('a warning is a concern', () => {
    expect(only('The agency warned of flooding along the coast.')).toMatchObject({ cue: 'warned' });
  });

  it('a threat a source voices is a concern', () => {
    expect(only('The rebels threatened to shell the airport if talks collapse.')).toMatchObject({ cue: 'threatened' });
  });

  it('terror felt is a concern, like being scared; "terrific" is praise', () => {
    expect(only('The fishermen said they were terrified of the coming storm season.')).toMatchObject({ cue: 'terrified' });
    expect(only('"The new flood maps are terrifying," the harbour master said.')).toMatchObject({ cue: 'terrifying' });
    expect(concernsOf('The harbour master said the new ferry was terrific.')).toEqual([]);
  });

  it('"will not tolerate" warns that something will be stopped; tolerating something is no worry', () => {
    expect(only('The two presidents said they would not tolerate a nuclear-armed neighbour.')).toMatchObject({ cue: 'would not tolerate' });
    expect(only("The school board said bullying won't be tolerated.")).toMatchObject({ cue: "won't be tolerated" });
    expect(concernsOf('The farmers said they would tolerate the new canal.')).toEqual([]);
  });

  it('a cue word inside a name with an accented letter is no cue ("Børisk" holds no "risk")', () => {
    expect(concernsOf('Anna Børisk opened a new bakery on the main street, the council said.')).toEqual([]);
  });

  it('"unjust" is a charge like "unfair" and needs a source like any word of criticism', () => {
    expect(only('The head of the tenants group said the eviction rule was unjust.')).toMatchObject({ cue: 'unjust' });
    expect(concernsOf('The eviction rule was unjust to some.')).toEqual([]);
  });

  it('a scandal that "broke" or "erupted" names an affair told as news; a scandal charged still counts', () => {
    expect(concernsOf('The mayor told reporters he had resigned after the parking scandal broke last spring.')).toEqual([]);
    expect(only('The mayor said the parking fines were a scandal.')).toMatchObject({ cue: 'scandal' });
  });

  it('"barbaric" is a charge of savagery and needs a source like any word of criticism', () => {
    expect(only('The envoy said the shelling of the market was a barbaric act.')).toMatchObject({ cue: 'barbaric' });
    expect(concernsOf('The museum shows barbaric helmets from the ninth century.')).toEqual([]);
  });

  it('condemnation and criticism are concerns', () => {
    expect(only('Rights groups condemned the arrests of the journalists.')).toMatchObject({ cue: 'condemned' });
    expect(only('Teachers criticised the cuts to school meals.')).toMatchObject({ cue: 'criticised' });
  });

  it('a wake-up call and "wake up to" raise an alarm; waking up is no worry', () => {
    expect(only('The nurses union called the report a wake-up call for the health board.')).toMatchObject({ cue: 'wake-up call' });
    expect(only('"Voters should wake up to what is happening to the river," the mayor said.')).toMatchObject({ cue: 'wake up to' });
    expect(concernsOf('The baker said he wakes up at four every morning.')).toEqual([]);
  });

  it('an outcry and frustration at a harm are voiced worry; frustration alone is a mood', () => {
    expect(only('The closure of the clinic caused an outcry among parents.')).toMatchObject({ cue: 'outcry' });
    expect(only('Farmers voiced frustration with the flooding of their fields.')).toMatchObject({ cue: 'frustration' });
    expect(concernsOf('Farmers voiced frustration with the new water rules.')).toEqual([]);
    expect(concernsOf('"I am glad the other party is frustrated," the mayor said.')).toEqual([]);
  });

  it('a "concern over" noun and a "risk of" noun are concerns', () => {
    expect(only('Neighbours raised concerns over the smell from the plant.')).toMatchObject({ cue: 'concerns' });
    expect(only('Engineers see a risk of landslides on the new road.')).toMatchObject({ cue: 'risk' });
  });

  it("two words of criticism in the article's own voice are its own warning; one is not", () => {
    expect(only("The mayor's reckless plan is illegal and will hurt renters.")).toMatchObject({ holder: null });
    expect(concernsOf("The mayor's plan is illegal in two districts.")).toEqual([]);
  });

  it('a harm the article frames as potential is a concern without a source', () => {
    expect(only('The bridge was strengthened to withstand potential floods.')).toMatchObject({ cue: 'floods', holder: null });
  });

  it('a harm voiced by a source is a concern; the same harm told flatly is not', () => {
    expect(only('"This plan will bankrupt the city," the mayor said.')).toMatchObject({ cue: 'bankrupt' });
    expect(concernsOf('The storm killed 12 people on Monday.')).toEqual([]);
    expect(concernsOf('Games with "graphic violence" now carry a label.')).toEqual([]);
  });

  it('a harm in an aside about the subject is background; in what the source says, or an aside that reports, it is voiced', () => {
    expect(concernsOf('The ferry company, which was fined after a fraud scandal last year, says the new boat will carry 400 people.')).toEqual([]);
    expect(only('The ferry company says the new timetable is a fraud on every commuter in the harbour.')).toMatchObject({ cue: 'fraud' });
    expect(only('The mayor, who called the timetable a fraud, said she would vote against it.')).toMatchObject({ cue: 'fraud' });
  });

  it('evidence, statistics, reports of a harm or a belief about it give the harm a source', () => {
    expect(only('Last year’s harbour police statistics show that the claims are aimed at spreading racist myths about sailors.')).toMatchObject({
      cue: 'racist',
    });
    expect(only('There have been reports of migrants crossing on stolen passports, taken from the dead.')).toMatchObject({ cue: 'dead' });
    expect(only('Some groups were thought to promote violent reform in the port.')).toMatchObject({ cue: 'violent' });
    // No reports of a harm report none; and without such a word, a harm told flatly is still no concern.
    expect(concernsOf('There are no reports of other injuries or deaths so far.')).toEqual([]);
    expect(concernsOf('Some groups promote violent reform in the port.')).toEqual([]);
  });

  it('a focus word before the holder ("Even Ostria said …") is no part of it', () => {
    expect(only('Even Ostria, the port’s only ally, said it opposed the test and warned of a wider war.')).toMatchObject({ holder: 'Ostria' });
  });

  it('a casualty report is news even when a source gives it; a warning of more harm is a concern', () => {
    expect(concernsOf('According to the ministry, 63 people have been killed and 167 wounded since Wednesday.')).toEqual([]);
    expect(concernsOf('The agency said about 230 were killed in the raids.')).toEqual([]);
    expect(only('Officials warned that more people could be killed if the dam breaks.')).toMatchObject({ holder: 'Officials' });
    // "died" tells of a death; "stabbed to death" of a killing. Only a modal looks ahead.
    expect(concernsOf('Fire officials said a hiker died on the ridge trail on Sunday after a fall.')).toEqual([]);
    expect(concernsOf('A transit official says a man was stabbed to death on a commuter train.')).toEqual([]);
    expect(only('Doctors said more patients could die if the clinic closes.')).toMatchObject({ holder: 'Doctors' });
  });

  it('a word capitalised only because it opens the sentence holds no concern; a group, a role or a surname before its verb does', () => {
    expect(only('Current fears about a plague outbreak are fuelled by the handling of past crises.')).toMatchObject({ holder: null });
    expect(only('Critics warned that the dam could fail in a flood.')).toMatchObject({ holder: 'Critics' });
    expect(only('Rerh accused the company of breaking its promises to riders.')).toMatchObject({ holder: 'Rerh' });
  });

  it('a floating "both", "each" or "all" between the subject and its verb is no part of the holder', () => {
    expect(only('Dutch and Danish officials have both warned that the harbour plan could lead to violence.')?.holder).toBe('Dutch and Danish officials');
    expect(only('The ferry unions each condemned the plan to close the harbour at night.')?.holder).toBe('ferry unions');
  });

  it('the one accused or criticised never holds the worry, a stray comma before the verb notwithstanding; a quotation before it names its subject', () => {
    expect(only('On Friday the harbour master, accused the ferry companies of wasting public money.')?.holder).not.toBe('ferry companies');
    expect(only('On Friday the harbour master accused the ferry companies of wasting public money.')?.holder).toBe('harbour master');
    expect(only('Ferry crews were criticised by the port unions for wasting public money.')?.holder).toBe('port unions');
  });

  it('a group of people named by what they are ("many citizens", "some parents", "environmentalists") holds its concern', () => {
    expect(only('Many citizens are worried about the new dam upstream.')).toMatchObject({ holder: 'Many citizens' });
    expect(only('Some parents fear that the school will close.')).toMatchObject({ holder: 'Some parents' });
    expect(only('But environmentalists worry that the mine will poison the river.')).toMatchObject({ holder: 'environmentalists' });
  });

  it('two people joined by "and" both hold the worry; a person with two titles is one', () => {
    const a = analyzeParagraphs(
      'Harbour talks',
      'German Chancellor Angela Maier and Italian Prime Minister Silvio Rossi voiced concerns about the strength of the euro.',
    );
    expect(a.concerns[0]?.holder).toBe('Angela Maier and Silvio Rossi');
    const b = analyzeParagraphs(
      'Harbour talks',
      "Ferry Board Vice President and Managing Editor Carl Dunn expressed the board's frustration with the flooding at the pier.",
    );
    expect(b.concerns[0]?.holder).toBe('Carl Dunn');
  });

  it('an emphatic "did" between the holder and the cue is no part of the holder', () => {
    const a = analyzeParagraphs('Harbour talks', 'Mayor Ann Lee spoke on Monday.', 'She did express concern that the ferry would stop running in winter.');
    expect(a.concerns.map((c) => c.holder)).toEqual(['Ann Lee']);
  });

  it('a copula of worry is voiced by the reporter nearest before it, not by a noun "reports" earlier in the sentence', () => {
    expect(only('Weak trade reports hit the shares, and officials said they were worried about the river.')).toMatchObject({ holder: 'officials' });
  });

  it('a progressive worry verb ("are warning", "is now criticizing") is held by its subject; a worry word after a preposition ("a note of caution") is a noun', () => {
    expect(only('Harbour pilots are warning about the silt building up at the river mouth.')).toMatchObject({ holder: 'Harbour pilots' });
    expect(only('Local fishermen are now criticizing the plan to dredge the bay.')).toMatchObject({ holder: 'Local fishermen' });
    const a = analyzeParagraphs('Harbour talks', 'Harbour master Tom Hale spoke on Monday.', 'He added a note of caution about the silt in the channel.');
    expect(a.concerns.map((c) => c.holder)).toEqual(['Tom Hale']);
    expect(only("The mayor's warning about the silt was ignored.")).toMatchObject({ holder: null });
  });

  it('a plural group after a worry noun\'s "from" ("outrage from ferry groups") holds it, though no role list names it', () => {
    expect(only('The new timetable caused outrage from ferry groups.')).toMatchObject({ holder: 'ferry groups' });
    expect(only('The harbour board faced criticism from rivals that the dredging had created an unsafe channel for divers.')).toMatchObject({
      holder: 'rivals',
    });
  });

  it('"of concern to ferry owners": the group the worry is of concern to holds it; "of concern to us" and a closing credit do not', () => {
    expect(only('Also of concern to ferry owners is the plan to dredge the bay in winter.')).toMatchObject({ holder: 'ferry owners' });
    expect(only('The silt in the channel is of concern to harbour pilots.')).toMatchObject({ holder: 'harbour pilots' });
    expect(only('The silt in the channel is of concern to us all.')).toMatchObject({ holder: null });
    expect(only('"The silt may be of concern to people on the harbour," said Tom Hale, a pilot.')).toMatchObject({ holder: 'Tom Hale' });
  });

  it('"have long criticized", "has always been concerned": an adverb of time between the holder and the cue is skipped', () => {
    expect(only('Rival councillors have long criticized the mayor for closing the ferry.')).toMatchObject({ holder: 'Rival councillors' });
    expect(only('The mayor has always been concerned about the dam.')).toMatchObject({ holder: 'mayor' });
  });

  it('"left residents worried", "has some members of Congress concerned": the object put in the state holds the worry', () => {
    expect(only('The plan left residents worried about flooding.')).toMatchObject({ holder: 'residents' });
    expect(only('The treaty has some members of Congress concerned about nuclear proliferation.')).toMatchObject({ holder: 'some members of Congress' });
    expect(only('Officials in the city have grown worried about flooding.')?.holder).not.toBe('grown');
  });

  it('a verb of worry with an object ("That worries environmentalists") gives the worry to the object, not to its cause', () => {
    expect(only('The new dam upstream worries farmers, who fear the river will dry up.')).toMatchObject({ holder: 'farmers' });
    expect(only('The plan to close the mine has alarmed critics.')).toMatchObject({ holder: 'critics' });
    // With "that" left out, the subject worries: "the plan" opens what is feared.
    expect(only('The minister worries the plan will fail.')).toMatchObject({ holder: 'minister' });
    // A state of the subject, a noun and an adjective are no such verb.
    expect(only('Farmers are worried about the new dam upstream.')).toMatchObject({ holder: 'Farmers' });
    expect(only('While worries still remain, a recession is likely to hit this year, analysts said.')).toMatchObject({ holder: 'analysts' });
  });

  it('a colon after a noun of worry names the fear ("the core problem remains: a crowded field")', () => {
    expect(only('"But the real problem remains: a shortage of nurses," said Ana Costa, a hospital manager.')).toMatchObject({
      holder: 'Ana Costa',
      fear: 'a shortage of nurses',
    });
    expect(only('The risk is simple: a default by the city, which would hit pensions, the mayor said.')?.fear).toBe(
      'a default by the city, which would hit pensions',
    );
  });

  it('a verb of worry with an object fears its subject ("The growth of the left worried the president" → the growth of the left)', () => {
    expect(only('The closure of the rail depot worried the mayor so much that she called a meeting.')).toMatchObject({
      holder: 'mayor',
      fear: 'The closure of the rail depot',
    });
    expect(only('Officials said the new tax plan has alarmed farmers.')).toMatchObject({ holder: 'farmers', fear: 'the new tax plan' });
    // "so many farmers" is the object; a degree clause after it is not.
    expect(only('The drought has alarmed so many farmers since it began in May.')).toMatchObject({ fear: 'The drought' });
    // "convergence if not coordination": "if not" joins two nouns.
    expect(only('Their drift if not outright alliance with the rebels worries the capital.')?.fear).toBe(
      'Their drift if not outright alliance with the rebels',
    );
    // A pronoun or "what" names no cause: the sentence stands, never the object that holds the worry.
    expect(only('This is part of what alarmed the regulators.')?.fear).not.toBe('the regulators');
    // "I'm worried": a contracted "be" makes the worry the subject's state, with no object.
    expect(only('"I\'m worried sick because the river is rising," said Ana Costa.')?.fear).not.toContain('said Ana Costa');
  });

  it("a fear keeps neither a reporting verb left at its front nor a second verb phrase after the cue's object", () => {
    expect(only('Ms Lee praised the new budget, and said the city "must not allow the old bridge to collapse."')?.fear).toBe(
      'the city "must not allow the old bridge to collapse"',
    );
    expect(only('The union criticised the new shift rota and called on the board to drop the plan.')?.fear).toBe('the new shift rota');
    expect(only('Mayor Ann Lee condemned the attack on the clinic and promised to send more police.')?.fear).toBe('the attack on the clinic');
    // "the rigged and corrupted vote": an "-ed" word before a noun is no second verb.
    expect(only('The mayor condemned the rigged and corrupted vote.')?.fear).toBe('the rigged and corrupted vote');
  });

  it('a time or topic clause that opens the sentence and holds the cue is not the fear: the sentence stands', () => {
    const text = 'As for the mayor’s attacks on the council, Ms Lee said she would not reply.';
    expect(only(text)?.fear).toBe(text);
    // With the cue after it, the opening clause is what the cue is about.
    expect(only('When Mr Hale attacked the new dam plan, the farmers were outraged.')?.fear).toBe('When Mr Hale attacked the new dam plan');
  });

  it('a sentence that is a frame and a quotation running to its end fears what the quotation says', () => {
    expect(only('In a speech at the harbour on Monday, Mayor Ann Lee said, "On no account shall we let anyone undermine the safety of this town."')?.fear).toBe(
      'On no account shall we let anyone undermine the safety of this town',
    );
    expect(only('Ms Lee told him, "As a teacher, I find these cuts to school meals deeply worrying."')?.fear).toBe(
      'As a teacher, I find these cuts to school meals deeply worrying',
    );
    // A quotation split by its frame: its second half is no clause on its own.
    const split = '"We are fine," Ms Lee said, "but the new dam is extremely worrying."';
    expect(only(split)?.fear).toBe(split);
  });

  it('a verb of blame after a subject in commas governs its object, not the subject ("Ann Diaz, the mayor, criticized the plan")', () => {
    expect(only('Ann Diaz, the mayor of Hilltown, criticized the new dam plan.')?.fear).toBe('the new dam plan');
    expect(only('The union, which has long opposed the merger, condemned the layoffs at the plant.')?.fear).toBe('the layoffs at the plant');
    // An inverted attribution still takes what was said before it.
    expect(only('The dam could fail within a decade, warned Mr Hill.')?.fear).toBe('The dam could fail within a decade');
  });

  it('reported speech with a closing tag and no quotation marks (…, he said.) fears what was said, without the tag', () => {
    expect(only('The new dam could destroy the lower valley within a decade, the engineers said.')?.fear).toBe(
      'The new dam could destroy the lower valley within a decade',
    );
    expect(only('Cheap imports could destroy small farms across the region, said Ann Lee of the growers union.')?.fear).toBe(
      'Cheap imports could destroy small farms across the region',
    );
    expect(only('The river will burst its banks by spring, warned Mr Hill.')?.fear).toBe('The river will burst its banks by spring');
    // A tail whose verb leads into a clause of its own is no tag, nor is a participle, nor a tail that holds the cue.
    const clause = 'The council has tried to fix the roads, it adds ridding them of danger will be hard.';
    expect(only(clause)?.fear).toBe(clause);
    // The participle stays in the fear ("… to do with it" ends the clause, so the fear no longer falls back to the sentence).
    expect(only('He denounced the coup attempt, telling reporters he had nothing to do with it.')?.fear).toBe(
      'the coup attempt, telling reporters he had nothing to do with it',
    );
    const cueInTail = 'Tom Hart, 29, of Hilltown, says his biggest concern is crime.';
    expect(only(cueInTail)?.fear).toBe(cueInTail);
  });

  it('a quotation with a speech tag after it ("…," he said.) fears what the quotation says, without the tag', () => {
    expect(only('"The new dam is a very dangerous path for this valley," Mayor Ann Lee said on Monday.')?.fear).toBe(
      'The new dam is a very dangerous path for this valley',
    );
    expect(only('"Crime does not just disappear, it moves to the weakest street in town," said Ana Costa, a nurse.')?.fear).toBe(
      'Crime does not just disappear, it moves to the weakest street in town',
    );
    // A sentence that begins inside a quotation (its opening mark was in the one before) ends it the same way.
    expect(only('If the levee breaks, the whole town will flood and that is a frightening prospect," she said.')?.fear).toBe(
      'If the levee breaks, the whole town will flood and that is a frightening prospect',
    );
    // A question keeps its mark.
    expect(only('"Who will pay for all the damage once the dam fails?" asked Ms Lee.')?.fear).toBe('Who will pay for all the damage once the dam fails?');
    // A quotation that starts inside the sentence is no whole clause: the narration before it stays, only the tag goes (stop 94).
    const partial = 'The levee plan "is a dangerous gamble with our homes," Ms Lee said.';
    expect(only(partial)?.fear).toBe('The levee plan "is a dangerous gamble with our homes"');
  });

  it('an accusation fears who is accused of what ("accused X of Y"), not the frame around it', () => {
    expect(only('At a rally in Leeds on Monday, Ms Lee accused the council, which runs the port, of wasting public money on the new stadium.')?.fear).toBe(
      'accused the council, which runs the port, of wasting public money on the new stadium',
    );
    expect(only('Ms Lee accused the council of wasting money and asserted that the port would close.')?.fear).toBe('accused the council of wasting money');
    // In a relative clause the accusation is no clause of the sentence's own.
    const relative = 'A farmer who has accused the council of lying said on Monday that he would sue.';
    expect(concernsOf(relative).every((c) => c.fear === relative)).toBe(true);
  });

  it('a firm named alone and in a longer name ("Barclays" and "Barclays Capital") is not a family name first: it holds its caution', () => {
    const a = analyzeParagraphs(
      'Barclays profits hit record level',
      'Barclays, the third-biggest bank, has seen profits climb. Earnings at Barclays Capital rose 25%.',
      'Barclays cautioned that growth this year may be slower than in 2004.',
    );
    expect(a.concerns.map((c) => c.holder)).toEqual(['Barclays']);
  });

  it("a dateline's place is where the story was filed, never the holder", () => {
    const article = analyzeParagraphs(
      'Mayor Ana Ruiz unveils first harbour ad.',
      'LISBON, June 24 (UPI) — Mayor Ana Ruiz unveiled her first harbour ad, featuring residents telling their family stories and criticizing the board’s reckless spending.',
    );
    expect(article.concerns).toHaveLength(1);
    expect(article.concerns.map((c) => c.holder)).not.toContain('LISBON');
  });

  it('a worry word after "his biggest" or "the", or before its own verb ("fears were growing"), is a noun: the reporting verb names its holder', () => {
    expect(only('Rep. Tom Cole said Thursday his biggest worry is that the levee will fail.')).toMatchObject({ cue: 'worry', holder: 'Tom Cole' });
    expect(only('The worry is that the dam will fail, engineers said.')).toMatchObject({ holder: 'engineers' });
    expect(only('Residents worry that the dam will fail.')).toMatchObject({ holder: 'Residents' });
    const byrne = analyzeParagraphs(
      'Boat missing off the coast',
      'Louise Byrne spoke to reporters on Monday. She said fears were growing for the crew of the boat.',
    );
    expect(byrne.concerns.map((c) => c.holder)).toEqual(['Louise Byrne']);
  });

  it('the one charged with a harm is not the one who fears it', () => {
    const items = concernsOf(
      'Ann Lee was arrested at the harbour.',
      'Lee is charged with unlawful conduct in violation of the city code, a misdemeanor prohibiting demonstrations on the pier carrying a maximum penalty of six months in jail.',
    );
    expect(items.filter((c) => c.holder === 'Ann Lee')).toEqual([]);
  });

  it('the word after "is" is the predicate, not the one who speaks', () => {
    expect(only('Closing the pier is easier said than done, and the risk of a lawsuit is high.')).toMatchObject({ cue: 'risk', holder: null });
  });
});

describe('harms that may come and quotations that run on', () => {
  it('a harm the article says "could" or "may" come is a concern; the same harm told as done is not', () => {
    expect(only('Any delay to the repairs could worsen the flooding downstream.')).toMatchObject({ holder: null });
    expect(only('A cut in rates may trigger a recession next year.')).toMatchObject({ cue: 'recession' });
    expect(concernsOf('The flooding reached the town hall on Tuesday.')).toEqual([]);
  });

  it('a source saying a plan will hinder, hamper, undermine or cripple something voices a harm to come', () => {
    expect(only('"The new rules can hinder exports from small farms," said Ann Berg.')).toMatchObject({ cue: 'hinder', holder: 'Ann Berg' });
    expect(only('Forecasters say health spending will cripple the economy within decades.')).toMatchObject({ cue: 'cripple', holder: 'Forecasters' });
  });

  it('"could" far from the harm does not frame it', () => {
    expect(concernsOf('The council could open the shelter it built after the flood.')).toEqual([]);
  });

  it("two harms and a word of what may come are the article's own warning; two harms already done are news", () => {
    expect(only('Left unchecked, the outbreak will bring famine to the valley.')).toMatchObject({ holder: null });
    expect(concernsOf('The outbreak brought famine to the valley last year.')).toEqual([]);
    expect(concernsOf('The valley will hold a festival after the famine.')).toEqual([]);
  });

  it('the word of what may come must stand in the clause of a harm, not in a relative or another clause', () => {
    expect(concernsOf('The mayor would tour the valley next week, where hundreds remain homeless due to flooding that damaged 900 homes.')).toEqual([]);
    expect(concernsOf('The new ferry will carry cargo to the island, which suffered a drought and a flood last year.')).toEqual([]);
    expect(only('If the levee breaks, the result is famine and hunger in the valley.')).toMatchObject({ holder: null });
  });

  it('a quotation running on past a worried sentence carries the worry and its speaker into a sentence about what may come', () => {
    const items = concernsOf('Ruth Okafor, a grower, said: "The levy will drive small farms into debt. It will happen here first."');
    expect(items.map((c) => c.text)).toContain('It will happen here first."');
    expect(items.find((c) => c.text.startsWith('It will'))?.holder).toBe('Ruth Okafor');
  });

  it('a closed quotation carries nothing into the next sentence', () => {
    const items = concernsOf('"The levy will drive small farms into debt," said Ruth Okafor. "It will happen here first," she added later.');
    expect(items.map((c) => c.text)).not.toContain('"It will happen here first," she added later.');
  });

  it('a running-on quotation that speaks of no future carries no worry', () => {
    const items = concernsOf('Ruth Okafor, a grower, said: "The levy will drive small farms into debt. We grow apples and pears."');
    expect(items).toHaveLength(1);
  });

  it('a critique, shock and a scathing report are voiced disapproval', () => {
    expect(only("The auditor delivered a critique of the council's spending.")).toMatchObject({ cue: 'critique' });
    expect(only('Residents were shocked by the state of the hospital.')).toMatchObject({ cue: 'shocked' });
    expect(only('The watchdog issued a scathing review of the project, officials said.')).toMatchObject({ cue: 'scathing' });
  });

  it('a harm word in a chant or slogan in single quotes is still a word, not a name', () => {
    const items = concernsOf('Protesters blocked the main road.', "Crowds marched through the old square on Sunday evening saying 'Death to the traitors.'");
    expect(items.map((c) => c.cue)).toEqual(['Death']);
  });

  it('"the possibility of" frames a harm as a risk', () => {
    expect(only('Officials discussed the possibility of flooding in the lower town.')).toMatchObject({ cue: 'flooding', holder: null });
  });

  it('a good word denied is criticism a source voices; the word itself, or "not only", is not', () => {
    expect(only('"The new fee is not a good idea for renters," the tenants union said.')).toMatchObject({ cue: 'not a good', holder: 'tenants union' });
    expect(concernsOf('"The new fee is a good idea for renters," the tenants union said.')).toEqual([]);
    expect(concernsOf('"The new fee is not only fair but overdue," the tenants union said.')).toEqual([]);
    // An aside set off by commas right after "not" ("would not, in my view, be acceptable") denies it all the same.
    expect(only('"The new fee would not, in my view, be acceptable to renters," the tenants union said.')?.holder).toBe('tenants union');
  });

  it('railing against or taking aim at a plan is criticism, held by the one who does it', () => {
    expect(only('The council member railed against the plan to close the library.')).toMatchObject({ cue: 'railed against', holder: 'council member' });
    expect(only('Senator Maria Lopez took aim at the plan to close the library.')).toMatchObject({ cue: 'took aim at', holder: 'Maria Lopez' });
    expect(concernsOf('The archer took aim and hit the target.')).toEqual([]);
  });

  it('an ultimatum a source voices, "must X, or Y will happen", is a warning; a plain choice is not', () => {
    expect(only('"The council must fix the sea wall this year, or the town will pay for it," the mayor said.')).toMatchObject({
      cue: 'or the town will',
      holder: 'mayor',
    });
    expect(only('"I hope the board listens, or it is going to be too late," the head teacher said.')).toMatchObject({ cue: 'or it is going to' });
    expect(concernsOf('"I will vote Green or I will stay home," the student said.')).toEqual([]);
    expect(concernsOf('"You can take the bus or you will have to walk," the driver said.')).toEqual([]);
  });

  it('a betrayal or a cowardly act a source charges is criticism; a sold-out show is not', () => {
    expect(only('"The dock workers were sold out by the harbour board," the union leader said.')).toMatchObject({ cue: 'sold out by' });
    expect(only('"The board would sell us out to the first bidder," a farmer said.')).toMatchObject({ cue: 'sell us out' });
    expect(only('"The new quota rules sell out the fishermen of the north coast," the union said.')).toMatchObject({ cue: 'sell out' });
    expect(only('The mayor said the blockade was a cowardly attempt to hold the town to ransom.')).toMatchObject({ cue: 'cowardly' });
    expect(concernsOf('The concert sold out in minutes, the promoter said.')).toEqual([]);
  });

  it('rights taken away are a harm a source voices; a right protected, or a limit in the news, is none', () => {
    expect(only('"The new law will restrict the voting rights of students," the campus group said.')).toMatchObject({ cue: 'restrict' });
    expect(only('The union said the rules curtailed freedom of expression at the plant.')).toMatchObject({ cue: 'curtailed' });
    expect(concernsOf('"The bill protects the rights of tenants," the mayor said.')).toEqual([]);
    expect(concernsOf('A push to limit fishing rights failed in the state senate.')).toEqual([]);
  });

  it('waterboarding is a harm (a torture) a source voices; a sentence with no source is news', () => {
    expect(only('"I would bring waterboarding back for the prisoners," the candidate said.')).toMatchObject({ cue: 'waterboarding' });
    expect(concernsOf('The debate turned to waterboarding in its second hour.')).toEqual([]);
  });

  it('"if we do not …, … will" a source voices is a warning; a race to win, or a "could" in another clause, is not', () => {
    expect(only('"If we do not mend the sea wall, the lower town will be under water by spring," the mayor said.')).toMatchObject({
      cue: 'If we do not',
    });
    expect(only('"The mills are going to close if we don\'t cut the power price," the union said.')).toMatchObject({ cue: "if we don't" });
    expect(concernsOf('"If we don\'t win the county, we will go home," the candidate said.')).toEqual([]);
    expect(
      concernsOf('"He backed the talk so that he could answer it, and if we don\'t give people a hall, how can we say they are wrong," the student said.'),
    ).toEqual([]);
    expect(concernsOf('If we do not hear from you, the order will ship on Monday.')).toEqual([]);
  });

  it('words of ruin are harms a source voices: doom, erode, out of business, rig', () => {
    expect(only('"The tariff dooms the steel town," the union said.')).toMatchObject({ cue: 'dooms' });
    expect(only('The ruling will erode trust in the courts, lawyers said.')).toMatchObject({ cue: 'erode' });
    expect(only('"The new fees will put bakers out of business," the guild said.')).toMatchObject({ cue: 'out of business' });
    expect(only('The opposition said the ruling party would rig the count.')).toMatchObject({ cue: 'rig' });
    expect(only('If the ruling stands, it will put 900 ferry crews out of work, the union said.')).toMatchObject({ cue: 'out of work' });
    expect(only('"Dock workers will lose their jobs by the spring," the union said.')).toMatchObject({ cue: 'lose their jobs' });
    expect(only("The Harbour Authority said the ferry firm's irresponsibility could compromise the safety of passengers.")).toMatchObject({
      cue: 'irresponsibility',
      holder: 'Harbour Authority',
    });
    // Running out of work to do harms no one.
    expect(concernsOf('"The studio will not run out of work before the summer," the founder said.')).toEqual([]);
  });
});

describe('concern holders', () => {
  it('a long subject phrase that resolves to no one as a whole still names the one titled person in it', () => {
    const long =
      'And retired Gen. Ann Vidal, who led United States forces in Afghanistan and later coordinated international efforts against the Islamic State, warned that the quay could collapse.';
    expect(only(long)?.holder).toBe('Ann Vidal');
    // Not a preposition's object, nor a name that is no person's.
    expect(only('The wife of John Hale warned that the dam could fail.')?.holder).toBeNull();
    expect(only('It is time for the annual Closing Dinner, a ritual that may be a danger to the harbour.')?.holder).toBeNull();
  });

  it("a concern further inside a quotation is its speaker's when the sentence names no one else", () => {
    const item = only(
      'Mayor Ann Lee spoke to reporters on Monday: “We have a plan for the harbour. We fear the new dam could fail within days and flood the old town.”',
    );
    expect(item).toMatchObject({ holder: 'Ann Lee', fear: 'the new dam could fail within days and flood the old town' });
  });

  it("a sentence whole inside a quotation is its speaker's even when a body is its subject, unless it passes on another's words", () => {
    const board = 'The Ostria Harbour Board said on Monday that the old ferry would keep running until May.';
    const quoted = (words: string): ConcernItem | undefined =>
      only(
        board,
        `Ann Lee, who chairs the riders union, spoke at the pier. “We asked the board twice for answers. ${words} We want a reply this week,” she said.`,
      );
    expect(quoted('It would be wrong if the Ostria Harbour Board continued to run the old ferry when it could pose a threat to riders.')?.holder).toBe(
      'Ann Lee',
    );
    expect(quoted('Tom Hale replied that the old ferry could pose a threat to riders.')?.holder).toBe('Tom Hale');
  });

  it('a reporting word inside an opening phrase is a noun; the verb after the comma gives the holder', () => {
    expect(only('In radio interviews and tweets, Tom Hale has argued that the new dam could fail in a flood.')?.holder).toBe('Tom Hale');
    expect(only('Like her comments on the ferry, Ann Lee said, the plan to close the clinic was dangerous for patients.')?.holder).toBe('Ann Lee');
    expect(only('After Ann Lee criticised the plan, the council voted to close the clinic.')?.holder).toBe('Ann Lee');
  });

  it('so is one in the last sentence of a quotation credited after a colon', () => {
    const item = only(
      'The court upheld the law.\n\n"We respect the ruling of the court. We fear the new law could silence the opposition for years": Lise Varga, opposition leader.',
    );
    expect(item).toMatchObject({ holder: 'Lise Varga' });
  });

  it('so is one in the sentence that closes the quotation, before its own "Martins said"', () => {
    const item = only(
      'Senior author Dr. Silvia Martins, a professor of epidemiology, commented: "Our findings on use across age groups are clear. The public should be informed about the potential harms of these products to make good decisions," Martins said.',
    );
    expect(item).toMatchObject({ holder: 'Silvia Martins', cue: 'harms' });
  });

  it('the last of several examples after "such as" is no holder; the phrase they exemplify is', () => {
    expect(only('Poor countries such as Chad, Mali and the Niger warned that cheap imports would ruin their farmers.')?.holder).toBe('Poor countries');
    // One example named is one who holds the worry.
    expect(only('Other leaders such as Amin Gemayel warned that the army would stay in the mountains.')?.holder).toBe('Amin Gemayel');
  });

  it('a possessor is no holder, unless what it owns is the worry itself', () => {
    const item = only(
      'A last effort is underway to stop the deportation of refugees from New York City , U.S.A. , to the island they fled. On March 3, the city’s estimated 100 refugees and their families will be forced to leave or risk deportation.',
    );
    expect(item).toMatchObject({ cue: 'risk', holder: null });
    expect(
      only('Sam Lane is running for mayor.', 'Mr. Lane’s pointed critique of the mayor’s record on crime has startled some of the city’s leaders.')?.holder,
    ).toBe('Sam Lane');
  });

  it('a name with an ampersand ("PG&E", "AT&T") is one word, not its last letter', () => {
    expect(
      only('Winds gusting to 55 mph might fling branches into power lines, causing sparks that could set catastrophic fires, PG&E officials said.')?.holder,
    ).toBe('PG&E officials');
  });

  it('with no other holder, a credit that closes the sentence holds what it fears', () => {
    const fires =
      'A rainless fall has left brush bone-dry and forecasts called for strong winds, which might fling branches into power lines, causing sparks that could set catastrophic fires';
    expect(only(`${fires} in the region, utility officials said.`)?.holder).toBe('utility officials');
    // "sources who knew it said" is a clause, not a credit.
    expect(only(`${fires}, sources who knew it said.`)?.holder).toBeNull();
    // A plural of a working role ("engineers") credits too, a time after its verb aside.
    expect(only('The harbour dam could burst within days, engineers warned on Monday.')?.holder).toBe('engineers');
  });

  it('a verb after ", but" shares the subject of the verb before it', () => {
    expect(
      only('Forecasters said the storm was likely to weaken as it moved inland, but warned that the risk of coastal flooding would remain high.')?.holder,
    ).toBe('Forecasters');
  });

  it('in the passive of a verb of blame the agent holds the concern and the subject is what is blamed', () => {
    expect(only('The killing has been strongly condemned by the Afghan President Hamid Karzai as well as aid groups.')).toMatchObject({
      holder: 'Hamid Karzai',
      fear: 'The killing',
    });
    expect(only('Officials said the new plan was sharply criticised by Mayor Ann Lee for its cost.')).toMatchObject({
      holder: 'Ann Lee',
      fear: 'the new plan',
    });
  });

  it('"by" after a verb of blame, a warning or a noun names who, not what is feared; after a feeling it names the cause', () => {
    expect(only('Lee has been criticised by her rivals for skipping the harbour inspection.')?.fear).not.toMatch(/^her rivals/);
    expect(only('The mayor blamed the council for the outrage by the fishermen.')?.fear).not.toBe('the fishermen');
    expect(only('Residents said they were alarmed by the rising water in the harbour.')?.fear).toBe('the rising water in the harbour');
    expect(only('Residents said they were nervous by the talk of closing the harbour.')?.fear).toBe('the talk of closing the harbour');
  });

  it('with no agent, the one blamed in the passive holds nothing: the holder is left empty', () => {
    expect(concernsOf('Harbour police were accused of brutality against the detainees.')).toEqual([]);
    expect(only('Mayor Ann Lee was widely criticised for the reckless plan.')).toMatchObject({ holder: null });
  });

  it('after "alarmed by" the "by" names no holder; after "warned by" it names the one who warned (stop 73)', () => {
    expect(only('Residents of the valley were alarmed by the sudden rise of the river on Monday.')?.holder).not.toBe('river');
    expect(only('Ann Lee was warned by the police that the dam could fail within days.')?.holder).toBe('police');
  });

  it('"Anyone accused is innocent …" states a rule, not a worry; the threat before it is its speaker\'s', () => {
    const items = concernsOf(
      'Defence Secretary John Reid told MPs on Monday: “These are serious charges and the abuse of prisoners is a grave threat to our reputation. Anyone accused is innocent until proved guilty and it is for the courts to consider the evidence in any case and reach a verdict.”',
    );
    expect(items.map((c) => c.holder)).toEqual(['John Reid']);
  });

  it('a role stands for the person the article named with it', () => {
    const items = concernsOf('Premier Alan Carpenter said the state would hold an inquiry.', 'The premier warned that the plan could cost thousands of jobs.');
    expect(items.find((c) => c.cue === 'warned')?.holder).toBe('Alan Carpenter');
  });

  it('the holder of a sentence whose quote has a speaker is that speaker', () => {
    expect(only('"The new dam could flood the valley," said Maria Lopez, a hydrologist.')?.holder).toBe('Maria Lopez');
  });

  it('the subject of the verb that voices a worry noun holds it, without the verb', () => {
    expect(only('The Green Party raised worries about the new runway.')?.holder).toBe('Green Party');
  });

  it('the subject of the worry verb holds it, without the verb', () => {
    expect(only('Passenger groups fear that commuters will be hit hardest by the strikes.')?.holder).toBe('Passenger groups');
  });

  it('a clause fragment is never a holder: a modal, a bare cue word, a pronoun with its verb', () => {
    const holders = concernsOf(
      'He would speak to the families, but the risk of more floods was real, the report warned.',
      'The nation will face the threat of drought again, forecasters said.',
      'Risk: the dam could fail if the rain continues, engineers warned.',
    ).map((c) => c.holder);
    expect(holders).toHaveLength(3);
    for (const holder of holders) expect(holder ?? '').not.toMatch(/^(He would speak|nation will|Risk|risk)$/);
  });

  it('a list after a clause is no apposition: "The threat of tariffs has prompted officials from Mexico, Canada, …" has no holder "Canada"', () => {
    expect(
      only('The threat of tariffs has prompted officials from Mexico, Canada, Japan and elsewhere to make concessions they might not have agreed to.')?.holder,
    ).not.toBe('Canada');
  });

  it('how often someone says it is no part of who says it: "Mr. Baker often warns" is held by Baker', () => {
    expect(only('Flooding, Mr. Baker often warns, is the greatest threat the harbour faces.')?.holder ?? '').not.toMatch(/often/);
  });

  it('"They fear …, according to people familiar" is their fear, left without a holder when "they" names no one', () => {
    expect(only('They fear that the deal may give away more than they expected, according to people familiar with their thinking.')?.holder).toBeNull();
  });

  it('"Initial reports said …" has no holder "Initial"', () => {
    expect(only('Initial reports said the driver had fled the scene by train and feared arrest.')?.holder ?? null).not.toBe('Initial');
  });

  it('a harm word that modifies a remedy ("disaster recovery", "violence prevention") names no harm feared', () => {
    expect(concernsOf('The utility said its crews joined disaster recovery efforts across the state on Monday.')).toHaveLength(0);
    expect(concernsOf('The county said it would launch a domestic violence prevention campaign in the spring.')).toHaveLength(0);
    expect(concernsOf('The state said 1.2 million people have gained coverage for substance abuse treatment.')).toHaveLength(0);
  });

  it('a sentence adverb or clause opener is never a holder', () => {
    expect(only('Anyway, critics warned that the bridge could close.')?.holder).not.toBe('nyway');
    expect(only('Anyway, the warning of floods came too late for the village.')?.holder).toBeNull();
    expect(only('Whatever the final outcome, the threat of floods remains.')?.holder).toBeNull();
    expect(only('Buoyed by the vote, the danger of a strike seemed to fade for the union.')?.holder).toBeNull();
    expect(only('Elsewhere, the local press criticised the club for stoking racism.')?.holder).not.toBe('Elsewhere');
    // Discourse markers that open a sentence: "Plus, …", "Sure, …", "Nowadays, …".
    expect(only('Plus, you could waste your precious time trying to talk someone out of a coat they just told you they love.')?.holder).toBeNull();
    expect(
      only('Nowadays, federal disaster officials advise survivors of a possible flood to stay upstairs and leave at a time to be announced by officials.')
        ?.holder,
    ).toBeNull();
    expect(only('But the union warned of strikes in the spring.')?.holder).toBe('union');
    expect(only('The nurses union Thursday warned of strikes in the spring.')?.holder ?? '').not.toMatch(/Thursday/);
  });

  it("a lone word is not widened to a longer name that is not a person's", () => {
    const items = concernsOf('Rockets hit Southern Israel on Monday.', 'Israel says the attacks could spread to the north.');
    expect(items.find((c) => c.cue === 'attacks')?.holder).not.toBe('Southern Israel');
  });

  it('a body named with its place holds the concern, not the place', () => {
    expect(only('The Farmers Union in Leeds described the plan as reckless.')).toMatchObject({ holder: 'Farmers Union', fear: 'the plan as reckless' });
  });

  it('a law or a deal is never a holder; a body is', () => {
    expect(only('The Clean Water Act threatens small farms with heavy fines.')?.holder).toBeNull();
    expect(only('The Farmers Union threatens to block the roads.')?.holder).toBe('Farmers Union');
  });

  it('a name ending in a bare number (a clause of a text) is never a holder', () => {
    expect(only('Clause 7 warns that tenants could lose their deposits.')?.holder).toBeNull();
    expect(only('The Tenants Union warns that tenants could lose their deposits.')?.holder).toBe('Tenants Union');
  });

  it('a lone letter is never a holder', () => {
    expect(only('The Z poll says that voters blame the mayor for the floods.')?.holder).toBeNull();
  });

  it('the article voicing a risk in its own voice gives no holder', () => {
    expect(only('The risk of a second wave of infections remains high.')?.holder).toBeNull();
  });

  it('a worry noun\'s "from", "among" or "of" names who holds it, unless someone else voices it or it is a range', () => {
    expect(only('Despite the outrage from residents, the harbour board said on Monday that the dredging would go ahead.')?.holder).toBe('residents');
    expect(only('The new levy is a growing concern among local officials in the old town.')?.holder).toBe('local officials');
    expect(only('Ann Lee voiced the frustration of many growers who have lost their crops to the floods.')?.holder).toBe('Ann Lee');
    // A criticism someone is asked about is a question put to him, not a worry voiced (asked-cue.ts).
    expect(concernsOf('Asked about his earlier criticism of Ann Lee, Tom Hale said it was part of the campaign.')).toEqual([]);
    expect(only('Asked about the floods, Tom Hale said he feared the levee would fail.')?.holder).toBe('Tom Hale');
    expect(only('There is deep anxiety among our members about the closures, Ann Lee said.')?.holder).toBe('Ann Lee');
    expect(only('The closures fuelled worries from Lisbon to Porto that the ferries would stop.')?.holder).toBeNull();
  });

  it('the agent of a passive of blame holds the concern whichever word is its cue', () => {
    expect(only('The mayor, a veteran councillor, is accused by critics of wasting public money on the stadium.')?.holder).toBe('critics');
  });

  it('"…,” she said, according to court documents": the one who said it holds the concern, not the documents', () => {
    const items = concernsOf(
      'Ann Lee met the inspectors in March.',
      '“The dam is old and nobody listens. I fear it could fail within days,” she said, according to court documents.',
    );
    expect(items.map((c) => c.holder)).toEqual(['Ann Lee']);
  });

  it('after ", saying" the phrase that follows is what is said, never who says it', () => {
    expect(only('Environmental groups attacked the plan as reckless, saying the Harbour Board is willing to risk the bay.')?.holder).not.toBe('Harbour Board');
  });

  it('a voicing verb that begins the cue ("raised questions") is the one whose subject holds it; a finding raises but holds nothing', () => {
    expect(only('Senators questioned Ann Lee about her testimony, in which she raised questions about the judgment of a colleague.')?.holder).toBe('Ann Lee');
    expect(only('The union said the audit finding raised questions about the budget of the port.')?.holder).toBe('union');
  });

  it('a reporting verb in a clause of time ("when a teacher told …") does not take the holder from the subject of the worry', () => {
    const items = concernsOf('Tom Hale came back to the school in May.', 'But he grew nervous again when a teacher told the class about the vote.');
    expect(items.map((c) => c.holder)).toEqual(['Tom Hale']);
  });
});

describe('concern scope', () => {
  it('a warning\'s scope is its "that" clause, without the attribution', () => {
    expect(only('Officials warned that the dam could fail within days, residents said.')?.fear).toBe('the dam could fail within days');
  });

  it('a fear inside a quotation ends where the quotation closes, without the speaker\'s tag after it; a "that" clause the tag reports stays', () => {
    const fearOf = (sentence: string): string | undefined => concernsOf(sentence).find((c) => c.holder !== null)?.fear;
    expect(
      fearOf(
        '“You pack everybody together face to face, you’re going to have a problem,” said Tom Hale, organizer of a group called Friends of the Pier, which expects 500 to attend.',
      ),
    ).toBe('You pack everybody together face to face, you’re going to have a problem');
    expect(fearOf('"But we must ask who we are if we answer threats of revenge with revenge ourselves? " Ann Lee wrote in her letter.')).toBe(
      'revenge with revenge ourselves?',
    );
    expect(fearOf('"We are gravely concerned," the mayors wrote in a letter, that the harbour "may already be closing to ferries."')).not.toBe(
      'We are gravely concerned',
    );
  });

  it("a worry verb's scope is its object", () => {
    expect(only('Unions fear job losses at the plant.')?.fear).toBe('job losses at the plant');
  });

  it('a "concerns over" noun\'s scope is what follows the preposition', () => {
    expect(only('Several governments voiced concerns over the broad security implications of the test.')?.fear).toBe(
      'the broad security implications of the test',
    );
  });

  it('before an inverted "…, warned X" the scope is what was said', () => {
    expect(only('Rents will keep rising for years, warned Ana Costa, an economist.')?.fear).toBe('Rents will keep rising for years');
  });

  it('before a long attribution that closes the sentence (a title and a name, or a role in the perfect) the scope is what was said', () => {
    expect(only('Ferries to the island could stop by winter, Transport and Harbours Minister Ruth Ames has warned.')?.fear).toBe(
      'Ferries to the island could stop by winter',
    );
    expect(only('Ferries to the island could stop by winter, a senior harbour board official has warned.')?.fear).toBe(
      'Ferries to the island could stop by winter',
    );
  });

  it('what critics say is the scope of "critics … say"', () => {
    expect(only('Critics of the new law say the fines will ruin small shops.')?.fear).toBe('the fines will ruin small shops');
  });

  it('with no governed clause, a long sentence gives the coordinated clause that holds the cue', () => {
    const item = only(
      '"We have watched the budget grow every single year at the council, and then the city keeps adding to the threats that the river poses to homes," the mayor said.',
    );
    expect(item?.fear).toBe('the city keeps adding to the threats that the river poses to homes');
  });

  it('a question clause after a "concerns over" noun runs past its verb', () => {
    expect(only('Owners of seats in the exchange have expressed concerns over how the new merger will affect them.')?.fear).toBe(
      'how the new merger will affect them',
    );
  });

  it('a cue inside an opening "As …," clause governs only up to the main clause', () => {
    expect(only('As shop owners lamented the new parking fees, Mayor Ann Lee opened the market hall.')?.fear).toBe('the new parking fees');
  });

  it('a list inside the opening clause is not cut at its commas', () => {
    expect(only('As farmers feared droughts, floods and fires, the council met on Monday.')?.fear).toBe('droughts, floods and fires');
  });

  it('a time after the verb is not the fear: "warned on Monday that …", "…, engineers warned on Monday."', () => {
    expect(only('The union warned on Monday that the cuts would close three schools.')?.fear).toBe('the cuts would close three schools');
    expect(only('The dam could fail within days, engineers warned on Monday.')?.fear).toBe('The dam could fail within days');
  });

  it('after an appositive\'s comma, an adverb or auxiliary opens no subject: "X, the chair, also expressed concern."', () => {
    const fear = only('Ann Lee of Dover, the harbour board chair, also expressed concern.')?.fear;
    expect(fear).not.toBe('Ann Lee of Dover, the harbour board chair');
    expect(fear).toContain('expressed concern');
    expect(only('Her advisers assured her that the pier, however old, was worth the risk.')?.fear).toContain('worth the risk');
  });

  it('"worries still remain": an adverb before the linking verb still shows the cue is the noun, so "still remain" is no fear', () => {
    expect(only('While worries still remain, the ferry will sail in spring, the harbour board said.')?.fear).not.toBe('still remain');
    expect(only('Unions still fear job losses at the harbour.')?.fear).toBe('job losses at the harbour');
  });

  it('a participle set off by commas ("Doctors, worried that …, are urging") ends its fear before the main verb', () => {
    expect(only('Local doctors, worried that the clinic will close, are urging the council to act.')?.fear).toBe('the clinic will close');
    expect(only('Engineers fear that the dam, built in 1950, is failing.')?.fear).toBe('the dam, built in 1950, is failing');
  });

  it('a weekday that begins the object is kept: "condemned Friday\'s test as …"', () => {
    expect(only("The president condemned Friday's missile test as a grave threat to the region.")?.fear).toBe(
      "Friday's missile test as a grave threat to the region",
    );
  });

  it('a dateline before an inverted attribution is not part of what was said', () => {
    expect(only('New York (AFP) – Rents will keep rising for years, Ana Costa warned on Wednesday.')?.fear).toBe('Rents will keep rising for years');
  });

  it('the object of a verb of endangering keeps the verb: "could jeopardize the treaty", not "the treaty"', () => {
    expect(only('Engineers say the new canal could jeopardize the old harbour.')?.fear).toBe('jeopardize the old harbour');
    expect(only('Fishermen say the new dredging could endanger the river trout.')?.fear).toBe('endanger the river trout');
    expect(only('The mayor threatened the contractors with heavy fines.')?.fear).toBe('threatened the contractors with heavy fines');
  });

  it('an "-ing" verb cue governs its object as the verb does', () => {
    expect(only('The union spent the week denouncing the job cuts at the depot.')?.fear).toBe('the job cuts at the depot');
    expect(only('Nurses marched past the hall, warning the minister that the ward closures would cost lives.')?.fear).toBe(
      'the ward closures would cost lives',
    );
  });

  it('an "-ing" cue whose phrase runs into the main clause, or opens the sentence, keeps the sentence', () => {
    const inSubject = 'A letter from three mayors denouncing the bridge closure was read aloud in the chamber.';
    expect(only(inSubject)?.fear).toBe(inSubject);
    const opening = 'Denouncing the bridge closure will cost the mayor many votes.';
    expect(only(opening)?.fear).toBe(opening);
  });

  it('an "-ing" cue\'s object ends at a next participle or at the comma of an opening adjunct', () => {
    expect(only('The council spent the night criticizing the bus plan and calling for more trams.')?.fear).toBe('the bus plan');
    expect(only('In her letter condemning the toll plan, the mayor also praised the new bridge.')?.fear).toBe('the toll plan');
  });

  it('after "concerns of", "anxieties of" the phrase names who worries, not what: the fear is the sentence', () => {
    const text = 'The mayor said the new toll had deepened the concerns of the shop owners on Main Street.';
    expect(only(text)?.fear).toBe(text);
  });

  it('a cue inside an opening participle clause governs only up to the comma before the main clause', () => {
    expect(only('Citing concerns about the safety of the old bridge, the council closed it to lorries.')?.fear).toBe('the safety of the old bridge');
    expect(only('Worried the new dam could flood the valley, the farmers sold their land to the state.')?.fear).toBe('the new dam could flood the valley');
  });

  it('with no clause to take, the scope is the sentence', () => {
    const text = 'Concern is growing in the town.';
    expect(only(text)?.fear).toBe(text);
  });
});

describe('the headline kept as the first paragraph', () => {
  it('is printed above every section, so it is no concern; the same words in the story are', () => {
    // A first line too long to be taken out as the headline is both the headline and the first paragraph.
    const line = 'Harbour camp: ferry cuts threaten the island, the council says in a letter sent to every household in the town on Monday.';
    const a = analyzeParagraphs(line, 'The council met on Monday to discuss the timetable for the ferries to the island and the mainland.');
    expect(a.sentences[0]?.text).toBe(line);
    expect(a.concerns).toEqual([]);
    const b = analyzeParagraphs('Harbour news', 'The council met on Monday.', 'Harbour camp: ferry cuts threaten the island.');
    expect(b.concerns.map((c) => c.cue)).toEqual(['threaten']);
  });
});

describe('other senses of concern words', () => {
  it('a tactic, a reprimand and a rivalry are no worry: "the fear card", "a verbal warning", "a bidding war"', () => {
    expect(concernsOf('The mayor is playing the fear card on this one, the opposition leader said.')).toEqual([]);
    expect(concernsOf('Offenders usually receive a verbal warning or a suspended sentence, the court said.')).toEqual([]);
    expect(concernsOf('Analysts said the ferry firm had more firepower if it came to a bidding war.')).toEqual([]);
    // A war that hurts, and a warning that looks ahead, still count.
    expect(only('Officials warned that a trade war could cost thousands of jobs.')).toMatchObject({ holder: 'Officials' });
  });

  it('"the nervous system" is the body\'s nerves, not a worry; a nervous public still worries', () => {
    expect(concernsOf('The study links the gut bacteria to the immune and nervous systems of mice, the researchers said.')).toEqual([]);
    expect(only('Many investors are nervous about a second wave of layoffs, the report said.')).toMatchObject({ cue: 'nervous' });
  });

  it('a harm word opening the quoted title of a work is part of the title ("his book, “Terror Without End: …”")', () => {
    expect(concernsOf('Critics have been reading his new book, "Terror Without End: How to Save the Coast," for clues, the paper said.')).toEqual([]);
  });

  it('"troubled" before a noun is a thing in trouble ("troubled mutual fund companies"); "troubled by" is a worry', () => {
    expect(concernsOf('Before politics she ran a firm that bought troubled nursing homes, her aide said.')).toEqual([]);
    expect(only('The mayor said she was troubled by the plan to close the ferry.')).toMatchObject({ cue: 'troubled' });
  });

  it('a reporter\'s question and "concerns" meaning "is about" voice no worry', () => {
    expect(concernsOf('In response to a question whether the plan was dead, the mayor smiled.')).toEqual([]);
    expect(concernsOf('Section 3 concerns "a person who is or has been a public servant" under the act.')).toEqual([]);
  });
});

describe('negation and reassurance are not concerns', () => {
  it('a harm said to be unfounded ("no evidence that …", "not done anything to cause harm") is no concern', () => {
    expect(concernsOf('"There is no evidence that the new mill causes harm to the river," the minister said.')).toEqual([]);
    expect(concernsOf('"They have not come up with any evidence that the ferry crews are being harmed," said Ann Berg.')).toEqual([]);
    expect(concernsOf('"I have not said or done anything to cause harm to the town," the mayor said.')).toEqual([]);
    expect(concernsOf('"She certainly hasn’t proposed anything that would hurt the ferry crews," Tom Hale said.')).toEqual([]);
    expect(only('"The traffic on the bridge is going to get worse," the mayor said.')).toMatchObject({ cue: 'worse' });
    // Doubt settled the other way keeps the harm: "beyond reasonable doubt that … an illegal lottery".
    expect(only('"I am satisfied beyond reasonable doubt that the men organised an illegal lottery," the minister said.')).toMatchObject({ cue: 'illegal' });
    // Evidence of the harm itself still voices it.
    expect(only('"There is evidence that the new mill causes harm to the river," the minister said.')).toMatchObject({ cue: 'harm' });
  });

  it.each([
    ['no risk', 'Officials said there was no risk to the water supply.'],
    ['not concerned', 'The minister said she was not concerned about the delay.'],
    ['did not seem worried', 'The players did not seem worried about the weather.'],
    ['played down fears', 'The bank played down fears of a housing crash.'],
    ['dismissed concerns', 'The company dismissed concerns about the safety of its cars.'],
    ['fears proved unfounded', 'Fears of a flood proved unfounded.'],
    ['warnings were premature', 'But other engineers said such warnings were premature.'],
    ['no impact', 'The ministry said the strike would have no impact on hospitals.'],
    ['not a problem', '"Fundraising is not a problem for the campaign," one organiser said.'],
    ["didn't have a problem", '"We didn’t have a problem in supporting our allies in the alliance," she said.'],
    ['worry less', 'He had begun to worry less about whether the network could survive without its founder.'],
    ['does not think … will hurt', 'Ortiz said she does not think a long contest will hurt the party in the autumn.'],
    ["doesn't expect … would damage", "The mayor doesn't expect that the strike would damage the harbour."],
    ["don't think … is going to get worse", '"I don’t think the traffic on the bridge is going to get worse," the mayor said.'],
    ['expressed doubt that … bomb', 'In December, the ministry expressed doubt that the rebels had the means to build a bomb.'],
    ['took issue with … problems', 'Some of the ferry crews took issue with the prediction of looming staffing problems.'],
    ['the risk … is low', 'The risk of being infected by the harbour virus is low because users must install it by hand.'],
    ['the danger … remains very small', 'Engineers said the danger to ferry passengers remains very small.'],
    ['will never be able to harm', 'The judge said the ferry thief will never be able to harm another passenger again.'],
    ["we'd never deliberately let you suffer", '"We would never deliberately let you suffer like that," the harbour doctor said.'],
    ['could be a lot worse', 'But the state of the harbour wall could be a lot worse, the engineer said.'],
    ['the problem can be solved', '"The problem can be solved," the harbour master said.'],
  ])('%s', (_, sentence) => {
    expect(concernsOf(sentence)).toEqual([]);
  });

  it('"no bigger threat than" affirms the threat', () => {
    expect(only('"There is no bigger security threat to the harbour than this," the mayor said.')).toMatchObject({ cue: 'threat' });
  });

  it('"in an accusing tone" is a manner and "the most tortured" an argument: no charge or harm; "accused … of" still charges', () => {
    expect(concernsOf('Pointing at the pocket square, the coach would say, in an accusing tone, that the hankie was wrong.')).toEqual([]);
    expect(concernsOf('His attempts to explain the harbour plan are among the most tortured I have ever seen.')).toEqual([]);
    expect(only('Ann Lee, in an angry letter, was accusing the mayor of putting the harbour at risk of a flood.')).toBeDefined();
  });

  it('a risk said to be high still worries', () => {
    expect(only('Doctors warned that the risk of infection on the ferry is high.')).toMatchObject({ holder: 'Doctors' });
    // A harm that could come, a problem that "could only be resolved by" a drastic step, or one that will get worse still worries.
    expect(only('"The storm could hurt the harbour wall," the engineer said.')).toMatchObject({ cue: 'hurt' });
    expect(only('He said those problems could only be resolved by closing the harbour.')).toBeDefined();
    expect(only('"The problem will get worse," the harbour master said.')).toMatchObject({ cue: 'worse' });
  });

  it('a reassurance that failed leaves the worry standing', () => {
    expect(only('The mayor failed to allay concerns about the safety of the old pier.')).toMatchObject({ cue: 'concerns' });
    expect(only('Nothing the minister said "will assuage people’s fears" about the dam, the senator said.')).toMatchObject({ cue: 'fears' });
    expect(concernsOf('The mayor allayed concerns about the safety of the old pier.')).toEqual([]);
  });

  it('a harm forecast without the denial is still a worry', () => {
    expect(concernsOf('Ortiz said she thinks a long contest will hurt the party in the autumn.')).not.toEqual([]);
  });

  it('good news and time words are not harms', () => {
    expect(concernsOf('Exporters said the lifting of sanctions would open new markets.')).toEqual([]);
    expect(concernsOf('November marked the beginning of the busy season, the owner said.')).toEqual([]);
  });

  it('a problem denied in a counterfactual is still there', () => {
    expect(only('"If I didn’t have a problem with the militias, I would go back home," he said.')).toMatchObject({ cue: 'problem' });
  });

  it('a negated criticism is none; a harm under a negated verb is still named', () => {
    expect(concernsOf('"It is not about being corrupt," the candidate said.')).toEqual([]);
    expect(only('One arrest would not end the killings in the province, the bishop said.')).toMatchObject({ cue: 'killings' });
  });

  it('a negation in another clause does not cancel the worry', () => {
    expect(concernsOf('The plan was not approved, and residents fear it will return.')).toHaveLength(1);
  });
});

describe('words in another sense are not concerns', () => {
  it('"concerns" as a verb and "concerned" as involved are not worry', () => {
    expect(concernsOf('The debate concerns the fate of the old library.')).toEqual([]);
    expect(concernsOf('The deal was signed by all the countries concerned.')).toEqual([]);
    expect(concernsOf('This concerns especially the small firms in the north, the minister said.')).toEqual([]);
    expect(only('People are concerned primarily about their jobs, the minister said.')).toMatchObject({ holder: 'People' });
  });

  it('"critics" who say, argue or warn voice a concern; critics named, reviewed by or provoked do not', () => {
    expect(concernsOf('The film was poorly received by critics and flopped at the box office.')).toEqual([]);
    expect(concernsOf('The mayor has tried to provoke his critics by selling prints of his paintings.')).toEqual([]);
    expect(concernsOf('But each of those agreements has its critics.')).toEqual([]);
    expect(only('Critics of the dam, however, have long warned that the reservoir would drown the valley.')).toMatchObject({ cue: 'Critics' });
    expect(only('Critics argue that employers will simply lower the base wage for workers.')).toMatchObject({ cue: 'Critics', holder: 'Critics' });
    expect(only('Critics have already begun to voice complaints about the plan.')).toMatchObject({ cue: 'Critics' });
  });

  it('a device alarm, a seat at risk, a threat received, a risk managed and taking the trouble are labels or news, not worries', () => {
    expect(concernsOf('The hospital bought a new alarm management system for its wards.')).toEqual([]);
    expect(concernsOf('Officers were responding to a personal attack alarm at the shop.')).toEqual([]);
    expect(concernsOf('Nurses on the night ward hear up to 700 alarms per shift.')).toEqual([]);
    expect(concernsOf('The new screen lists alarms and warnings from every pump in one place.')).toEqual([]);
    expect(concernsOf('Five men were charged, and the charges included assault and driving in a manner dangerous.')).toEqual([]);
    expect(concernsOf('The driver was charged with dangerous driving after the crash on the quay.')).toEqual([]);
    // Alarm felt, or a danger named, still warns.
    expect(only('Doctors said the syrup could be dangerous for small children.')).toMatchObject({ cue: 'dangerous' });
    expect(only('Nurses raised the alarm about the broken pumps on the night ward.')).toMatchObject({ cue: 'alarm' });
    expect(concernsOf('The party wants to shore up vulnerable House Republicans in the suburbs.')).toEqual([]);
    expect(concernsOf('One fan wondered why the club bothered to trademark the slogan.')).toEqual([]);
    expect(concernsOf('The board chairman received the emailed threat at ten in the evening.')).toEqual([]);
    expect(concernsOf('Some of the detainees were threatened with beatings during the night.')).toEqual([]);
    expect(only('The union said the ferry crews are being threatened with dismissal if they strike.')).toMatchObject({ cue: 'threatened' });
    expect(concernsOf('Studies show that exercising can reduce the risk of binge eating.')).toEqual([]);
    expect(concernsOf('Index funds are designed to diversify your money and minimize risk.')).toEqual([]);
    // A risk left standing still warns.
    expect(only('Engineers said the new wall does nothing to reduce the risk of flooding.')).toMatchObject({ cue: 'risk' });
    // A threat still coming in is not yet done with.
    expect(only('She told the paper she still receives threats over social media.')).toMatchObject({ cue: 'threats' });
    expect(only('Security experts warned that the voting machines are vulnerable to hacking.')).toMatchObject({ cue: 'warned' });
    expect(only('The rabbis were alarmed by the rhetoric on the campaign trail.')).toMatchObject({ cue: 'alarmed' });
  });

  it('the one who is worried holds the worry, not the one who reports it, unless a pronoun or a list stands for them', () => {
    expect(only('Col. Ann Vidal testified that Tom Marsh, the council official, was concerned about the call.')).toMatchObject({ holder: 'Tom Marsh' });
    expect(only('The mayor said the utilities commission was frustrated with the flooding.')).toMatchObject({ holder: 'utilities commission' });
    expect(only('"We are very concerned about the water supply this summer," said Ann Lee, the mayor.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('Ann Lee said she and Tom Marsh were worried about the water supply.')).toMatchObject({ holder: 'Ann Lee' });
  });

  it('"uneasy" on a noun ("an uneasy truce", "full of uneasy compromises") describes it; "uneasy about" still worries', () => {
    expect(concernsOf('The harbour deal is full of uneasy compromises, Tom Hale said.')).toEqual([]);
    expect(concernsOf('The mayor explained his uneasy relationship with the ferry board.')).toEqual([]);
    expect(only('Residents are uneasy about the new pier, Tom Hale said.')).toMatchObject({ cue: 'uneasy' });
  });
  it('"energy-starved", "cash-strapped" describe a want; "starved of food" and a warning about cash-strapped councils still count', () => {
    expect(
      concernsOf("The ferry firm has said it will use the money from the share sale to feed the growing needs of the island's energy-starved economy."),
    ).toEqual([]);
    expect(only('Cash-strapped councils will cut the ferry routes, the union warned.')).toMatchObject({ cue: 'warned' });
    expect(only('Children on the island are starved of food, aid workers said.')).toMatchObject({ cue: 'starved' });
  });
  it('"near-bankrupt" describes a state; "bankruptcy judge / hearings / chapter" name a court\'s work; "would bankrupt" still warns', () => {
    expect(concernsOf('According to The Gazette, the council will fine the ferry firm if boats are left on the near-bankrupt island.')).toEqual([]);
    expect(concernsOf('During the first day of bankruptcy hearings, Tom Hale said he was in Dover for a meeting.')).toEqual([]);
    expect(concernsOf('The bill lets students renegotiate their loans before a federal bankruptcy judge, Ann Lee said.')).toEqual([]);
    expect(only('"A new pier would bankrupt our island," Mayor Ann Lee said.')).toMatchObject({ holder: 'Ann Lee' });
  });
  it('evidence or a price that weakens, "the injured party", "the Black Death" name no harm; a country weakened still does', () => {
    expect(concernsOf('"The evidence has weakened considerably over the years," the harbour court said.')).toEqual([]);
    expect(concernsOf("The ferry firm's 2025 bond has weakened sharply in the past week, according to data from the exchange.")).toEqual([]);
    expect(concernsOf('Ann Lee said: "I would like to emphasise that the injured party has given a credible account."')).toEqual([]);
    expect(concernsOf('The germ also causes bubonic plague, otherwise known as the black death, which affects the lymph nodes.')).toEqual([]);
    expect(only('"These policies have weakened our island\'s place in the world," Ann Lee said.')).toMatchObject({ holder: 'Ann Lee' });
  });
  it("compounds that oppose a harm, labels of risk and a bomb's warning call are not concerns", () => {
    expect(concernsOf('Organisers called for a non-violent demonstration on Friday, the group said.')).toEqual([]);
    expect(concernsOf('The plan funds security for at-risk communities across the county.')).toEqual([]);
    expect(concernsOf('The design favoured low risk technology over speed.')).toEqual([]);
    // A market's taste for risk names no harm: "risk appetite", "risk assets", "risk-off".
    expect(concernsOf('Harbour bond yields slipped as risk appetite weakened.')).toEqual([]);
    expect(concernsOf('Risk-off sentiment hit shares in the ferry company.')).toEqual([]);
    expect(only('Doctors warned of the risk of infection at the harbour.')).toMatchObject({ holder: 'Doctors' });
    expect(concernsOf('The warning call came half an hour before the blast.')).toEqual([]);
    expect(only('Officials warned that the new rules put thousands of families at risk.')).toMatchObject({ holder: 'Officials' });
  });

  it('"deadly serious" is an intensifier; "a deadly outbreak" is a harm', () => {
    expect(concernsOf('The plan was deadly serious, an aide told the newspaper.')).toEqual([]);
    expect(only('Officials fear a deadly outbreak this winter.')).toMatchObject({ holder: 'Officials' });
  });

  it('"the co-accused", "against accused Reyes", "an accused rapist" name people on trial; "Ortiz accused Vega of" is a charge made', () => {
    expect(concernsOf('Arrest warrants were issued against accused Dumlao, Reyes and Vega in May.')).toEqual([]);
    expect(concernsOf("The hearing of Vega's co-accused, Tomas Ruiz, was held on May 3.")).toEqual([]);
    expect(concernsOf('The court heard from an accused rapist on Monday.')).toEqual([]);
    expect(only("Lena Ortiz accused Vega of stealing the town's pension fund.")).toMatchObject({ holder: 'Lena Ortiz' });
  });

  it('"anxious to" is keen and "as opposed to" compares', () => {
    expect(concernsOf('The new coach is anxious to meet his players.')).toEqual([]);
    expect(concernsOf('"We want a fair wage, as opposed to a bonus," the organiser said.')).toEqual([]);
  });

  it('a critic by trade and a hostile bid are no worry', () => {
    expect(concernsOf('She once worked as a restaurant critic for the paper.')).toEqual([]);
    expect(concernsOf('The board said the offer was worth less than a hostile bid by its rival.')).toEqual([]);
  });

  it('"not as reckless as" plays the criticism down', () => {
    expect(concernsOf('The new levy is not as reckless as rivals claim, the minister said.')).toEqual([]);
  });

  it('a loss entered in the accounts is a figure reported, not a harm; a loss of jobs or lives still is', () => {
    expect(concernsOf('The ferry line said it would post a small loss for the second half of the year.')).toEqual([]);
    expect(concernsOf('The bakery chain is still trading at a modest loss, its owner told shareholders.')).toEqual([]);
    expect(concernsOf('The filing shows the developer claimed a loss of $40 million in 2009.')).toEqual([]);
    expect(only('Union leaders warned the yard would report the loss of 300 jobs by spring.')).toMatchObject({ cue: 'warned' });
    expect(only('The firm said the loss of the contract would cost 300 jobs.')).toMatchObject({ cue: 'loss' });
  });

  it('a loss to a rival in a race is a defeat, not a harm; the loss of a contract is', () => {
    expect(concernsOf('The mayor, speaking after his loss to Ana Ruiz in the runoff, said he would rest.')).toEqual([]);
    expect(only('The firm said the loss of the contract would cost 300 jobs.')).toMatchObject({ cue: 'loss' });
  });

  it('"where X is concerned" before a dash is involvement, not worry', () => {
    expect(concernsOf('The union held firm where pay is concerned — and it said so.')).toEqual([]);
  });

  it('shocking a rival and a stunning win are sport, not alarm', () => {
    expect(concernsOf('The young runner shocked her rivals in the final lap.')).toEqual([]);
    expect(concernsOf('The club sealed a stunning victory on Saturday.')).toEqual([]);
  });

  it('a headline in title case is in no section', () => {
    expect(
      concernsOf('The river rose by a metre overnight.', 'Fears Grow Over River Floods As Heavy Rain Continues', 'Rain is expected until Sunday.'),
    ).toEqual([]);
  });

  it('a harm word inside a name is not a harm', () => {
    expect(concernsOf('"We will meet the Joint Task Force on Friday," the mayor said.')).toEqual([]);
  });

  it('a character or horse-race attack is not a concern', () => {
    expect(concernsOf('"This is the same attack he made last week," the spokesman said.')).toEqual([]);
    expect(concernsOf("The senator doubled down on attacks on Jones's fitness for office, aides said.")).toEqual([]);
    expect(concernsOf('"The people who attack me have never run a business," the candidate said.')).toEqual([]);
    expect(concernsOf('"The gangs will attack us again tonight," a resident said.')).toHaveLength(1);
  });
});

describe('harms already done, notices and passives', () => {
  it('a harm named in condolence is a loss consoled, not a worry; one still to come beside it is', () => {
    expect(concernsOf('The mayor said her thoughts were with everyone caught up in the flood disaster.')).toEqual([]);
    expect(concernsOf('"Our prayers are with the families of those hurt on the pier," the minister said.')).toEqual([]);
    expect(concernsOf('The governor offered his condolences over the ferry attack, which killed four.')).toEqual([]);
    expect(concernsOf('"Our thoughts are with the victims, and we fear the gang could attack again," the minister said.')).toHaveLength(1);
  });

  it('a harm pinned to a place or a date already happened: news, not a worry', () => {
    expect(concernsOf('Reporters said the bombing in Lyon was carried out by two men.')).toEqual([]);
    expect(concernsOf('Reporters said the 2011 Harbour Street shooting led to a new law on permits.')).toEqual([]);
    expect(concernsOf('Investigators said the attack that happened on the ferry involved two men.')).toEqual([]);
    expect(concernsOf('The mayor said the damage that has been done to the bridge will be repaired by May.')).toEqual([]);
  });

  it('harms counted, someone\'s death or an injury already happened: "158 attacks on schools", "his death", "a back injury"', () => {
    expect(concernsOf('According to the ministry, there have been 158 attacks on schools this year, against 146 last year.')).toEqual([]);
    expect(concernsOf('Reporters said a string of bombings in Lyon had emptied the market.')).toEqual([]);
    expect(concernsOf('"His death is quite a blow to the gang," the officer said.')).toEqual([]);
    expect(concernsOf('"It could mean his death," the officer warned.')).toHaveLength(1);
    expect(concernsOf('The club said the player had pulled out because of a back injury.')).toEqual([]);
    expect(concernsOf('"Loose fragments could injure people on the pier," the engineer said.')).toHaveLength(1);
    // More of them to come is still a worry.
    expect(concernsOf('Police said more bombings in Lyon could follow within weeks.')).toHaveLength(1);
  });

  it('a harm still to come stays a concern even with a place', () => {
    expect(concernsOf('Police said another attack in Lyon could follow within weeks.')).toHaveLength(1);
    expect(concernsOf('The council said it wants to prevent attacks in Lyon on market days.')).toHaveLength(1);
    expect(concernsOf('Aid groups said civilians are trapped by the deepening Kivu conflict.')).toHaveLength(1);
  });

  it('a worry asked about ("asked if he was scared", "asked whether he was concerned") is no worry voiced', () => {
    expect(concernsOf('When asked if he was scared, he said he had no time to think about it.')).toEqual([]);
    expect(concernsOf('Asked whether he was concerned about the vote, the mayor smiled.')).toEqual([]);
    expect(concernsOf('He said he was scared of what the flood would do to the town.')).toHaveLength(1);
  });

  it('a fear set as a condition on a generic "you" is advice ("if you\'re afraid of wolves, don\'t go into the woods"), no worry voiced', () => {
    expect(concernsOf('"If you are afraid of wolves, don\'t go into the woods," the old ranger told the hikers.')).toEqual([]);
    expect(concernsOf('If you’re worried about the flood, move your car to higher ground tonight, the mayor advised.')).toEqual([]);
    expect(concernsOf('If you’re that concerned about it, buy a spare battery and keep it next to your laptop.')).toEqual([]);
    expect(concernsOf('If one is really concerned about fraud, the ballots can be counted twice, the clerk said.')).toEqual([]);
    // A condition on someone named voices their worry; so does a worry stated outright.
    expect(concernsOf('Residents said they are afraid of the wolves that now roam the woods near the school.')).toHaveLength(1);
    expect(concernsOf('If the farmers are worried about the drought, they have not said so, the minister claimed.')).toHaveLength(1);
  });

  it('a harm word that only names a field or a meeting is no harm', () => {
    expect(concernsOf('Crime experts said most burglaries happen in daylight.')).toEqual([]);
    expect(concernsOf('The board said it called an emergency session on Monday.')).toEqual([]);
    expect(concernsOf('The fund buys bonds at debt auctions for its clients, the people said.')).toEqual([]);
    expect(concernsOf('"Well, that is a new emergency alert on my phone," she wrote.')).toEqual([]);
    expect(concernsOf('Wages rose, in inflation-adjusted terms, the report said.')).toEqual([]);
    expect(concernsOf('Residents said the gangs would bring more crime to the estate.')).toHaveLength(1);
  });

  it('a warning sign or a posted notice is no source', () => {
    expect(concernsOf('A warning sign at the gate showed the opening hours.')).toEqual([]);
    expect(concernsOf('Yellow signs warned drivers to slow down near the school.')).toEqual([]);
    expect(concernsOf('Signs along the road warned drivers to keep left.')).toEqual([]);
    expect(concernsOf('Economists see warning signs of a recession in the new figures.')).toHaveLength(1);
  });

  it('a warning named as an act or a notice, with nothing warned of, voices no worry; a warning of something, or a stark one, does', () => {
    expect(concernsOf('The driver denies he was speeding or that the guards gave a warning.')).toEqual([]);
    expect(concernsOf('The band played on despite warnings by the police.')).toEqual([]);
    expect(concernsOf('The warnings amounted to a big misfire.')).toEqual([]);
    expect(concernsOf('The harbour master gave a warning that the pier could collapse.')).toHaveLength(1);
    expect(concernsOf('The figures are another stark warning to the harbour board.')).toHaveLength(1);
    expect(concernsOf('The mayor issued a warning about the state of the sea wall.')).toHaveLength(1);
  });

  it('"concerned" before a body means involved', () => {
    expect(concernsOf('The report was sent to the concerned authorities for action.')).toEqual([]);
    expect(concernsOf('Concerned parents met the head teacher about the bus route.')).toHaveLength(1);
  });

  it('a passive with no agent names no source', () => {
    expect(concernsOf('It is believed that the fence was built to cause problems for the hikers.')).toEqual([]);
    expect(concernsOf('The fence is believed by the rangers to cause problems for the hikers.')).toHaveLength(1);
    expect(concernsOf('The farmers are saying the drought will cause problems for the herds.')).toHaveLength(1);
    expect(concernsOf('The guards were accused by the inmates of brutality against the prisoners.')).toHaveLength(1);
  });
});

describe('events told, questions asked and claims dismissed', () => {
  it('a sentence that tells of one event already done tells of it in all its words of harm', () => {
    expect(concernsOf('The minister said the bombing in Lyon was the work of terrorists.')).toEqual([]);
    expect(concernsOf('The minister said the bombing in Lyon shows terrorists could strike again.')).toHaveLength(1);
  });

  it('a question behind an opening "And / But / Or / So" or "if" clause asks and voices none; a worry told after "if" still is one', () => {
    expect(concernsOf('If the band had played in tune, would anyone criticise the choice of songs?')).toEqual([]);
    expect(concernsOf('Or should the mayor simply attack the council budget head on?')).toEqual([]);
    expect(concernsOf('So why is it that the fishermen who work there illegally earn more than the licensed crews?')).toEqual([]);
    expect(only('If the levee fails, the town council warned, hundreds of homes could flood.')).toBeDefined();
  });

  it('a set phrase in another sense ("fear God", "what doesn\'t kill you") voices no worry; a pastor\'s fear of a harm still does', () => {
    expect(concernsOf('The pastor said the town needs leaders who fear God and keep their word.')).toEqual([]);
    expect(concernsOf('"What doesn\'t kill you makes you stronger," the skater said after her fall.')).toEqual([]);
    expect(only('The pastor said he fears the new rules will kill off small churches.')).toMatchObject({ cue: 'fears' });
  });

  it('a question asks about a harm and voices none', () => {
    expect(concernsOf('"Can the new owners really destroy the club?"')).toEqual([]);
    expect(concernsOf('Fans asked, "Will the new owners destroy the club?", and the chairman said the club faces collapse.')).toHaveLength(1);
  });

  it('a word of criticism about a claim dismisses it and points to no harm', () => {
    expect(concernsOf('"That is an outrageous claim," the coach said.')).toEqual([]);
    expect(concernsOf('"That is an outrageous waste of money," the coach said.')).toHaveLength(1);
  });

  it('"weak" said of a person, an argument or a stance is a character attack; a weak thing that may fail is criticism', () => {
    expect(concernsOf('"The mayor is weak on housing, believe me," the challenger said.')).toEqual([]);
    expect(concernsOf('"He is a weak leader," the challenger said.')).toEqual([]);
    expect(concernsOf('"Their argument is very weak," the lawyer said.')).toEqual([]);
    expect(concernsOf('"She is weak - weak like a kitten," the rival said.')).toEqual([]);
    expect(only('"Smugglers cross our weak fences every night," the sheriff said.')).toMatchObject({ cue: 'weak' });
  });

  it('a word of scorn said of a person is a character attack; said of a deed or a state of things it is criticism', () => {
    expect(concernsOf('"She\'s a total disgrace," the senator said.')).toEqual([]);
    expect(concernsOf('The rival called him "a disgrace to the party," aides said.')).toEqual([]);
    expect(concernsOf('"He should resign in disgrace," the senator said.')).toEqual([]);
    expect(only('"The state of the prisons is a disgrace," the senator said.')).toMatchObject({ cue: 'disgrace' });
  });

  it("a risk to a race in the writer's own analysis is the horse race; a source's warning of it, or a risk of harm, is a concern", () => {
    expect(concernsOf('The governor risks losing votes in the north with the new toll.')).toEqual([]);
    expect(concernsOf('The tax vote threatens to cost the senator her seat.')).toEqual([]);
    expect(concernsOf('Backing the bill carries a political risk for the mayor.')).toEqual([]);
    expect(only('The governor risks losing votes in the north, his aides warned.')).toMatchObject({ cue: 'warned' });
    expect(only('The mayor risks a flood in the north with the new dam.')).toMatchObject({ cue: 'risks' });
  });

  it('blame for a slip, or the blame game, points to no harm', () => {
    expect(concernsOf('The station blamed a typing error for the mistake, a spokesman said.')).toEqual([]);
    expect(concernsOf('"We are tired of the blame game," the senator said.')).toEqual([]);
    expect(concernsOf('The union blamed the company for the layoffs, its leader said.')).toHaveLength(1);
  });

  it('a crime framed as possible is a concern, as a harm is', () => {
    expect(only('The mayor spoke about the possibility of fraud in the housing scheme.')).toMatchObject({ cue: 'fraud' });
    expect(only('The agency may have been partly negligent in the matter.')).toMatchObject({ cue: 'negligent' });
    expect(concernsOf('The busiest month was May 2012 with 300 complaints.')).toEqual([]);
  });
});

describe('allegations with no accuser', () => {
  it('"was accused of" and "a driver accused of" report an allegation; an accuser named makes it a criticism', () => {
    expect(concernsOf('The trader was accused of hiding losses from the bank.')).toEqual([]);
    expect(concernsOf('A van driver accused of smuggling cigarettes appeared in court on Monday.')).toEqual([]);
    expect(only('The union accused the mayor of hiding the cost of the bridge.')).toMatchObject({ cue: 'accused', holder: 'union' });
    expect(only('The mayor was accused by the union of hiding the cost of the bridge.')).toMatchObject({ cue: 'accused' });
    expect(only('Without the report the city might be accused of hiding the cost of the bridge.')).toMatchObject({ cue: 'accused' });
  });
});

describe('a harm to be ended is a plan, not a fear', () => {
  it('a cover-up, perjury or destroyed records charged by a source is criticism that points to a harm', () => {
    expect(only('"This cover-up gave the mayor time to hide the harbour records," the group said.')).toMatchObject({ cue: 'cover-up' });
    expect(only('The councillor said the clerk had destroyed records the court asked for.')).toMatchObject({ cue: 'destroyed records' });
  });

  it('"fight against corruption", "alleviate poverty", "abandon its weapons" voice no worry; a remedy denied leaves the harm', () => {
    expect(concernsOf('The new governor pledged to fight against corruption in the ports, her aide said.')).toEqual([]);
    expect(concernsOf('"The fund will alleviate rural poverty," the minister said.')).toEqual([]);
    expect(concernsOf('"I was the patron of a campaign about getting rid of abuse to children," Tom Hale said.')).toEqual([]);
    expect(concernsOf('The envoy said the island should abandon its chemical weapons.')).toEqual([]);
    expect(concernsOf('The harbour master said the patrol was aimed at stopping the delivery of weapons to the island.')).toEqual([]);
    expect(concernsOf('The mayor said the council could only talk to groups that renounce violence.')).toEqual([]);
    expect(concernsOf('The envoy said the truce would halt the bombings of the harbour towns.')).toEqual([]);
    expect(only('"A new court will not solve the killings in the hills," the priest said.')).toMatchObject({ cue: 'killings' });
    expect(only('The envoy said an open-ended war in the hills would ruin the island.')).toMatchObject({ cue: 'war' });
  });

  it('"a solution to the problems", "the answer to", "address the crisis", "resolve the conflict" voice no worry', () => {
    expect(concernsOf('The council said a new pipeline would be a cheap solution to the water problems of the farms.')).toEqual([]);
    expect(concernsOf('Residents say more buses are the answer to the traffic problems on the coast road.')).toEqual([]);
    expect(concernsOf('The minister said the plan would address the housing crisis in the capital.')).toEqual([]);
    expect(concernsOf('The envoy said the talks would resolve the conflict in the hills.')).toEqual([]);
  });
});

describe('force as a body or a push', () => {
  it('"a peacekeeping force", "a force for change", "force the council to" are not violence; "use of force" and "force against" are', () => {
    expect(concernsOf('The envoy said a peacekeeping force would arrive in the spring.')).toEqual([]);
    expect(concernsOf('"We will be a force for change in this town," the candidate said.')).toEqual([]);
    expect(concernsOf('The petition aims to force the council to reopen the library, its organiser said.')).toEqual([]);
    expect(only('The envoy said the use of force against the villages must stop.')).toMatchObject({ cue: 'force' });
    expect(only('The farmer said the new rule would force him to sell the herd.')).toMatchObject({ cue: 'force' });
  });
});

describe('a scope that reads as nothing gives way to its clause', () => {
  it('"the decision", a lone name or a cut at "about" is no fear; "the new plan" and "terrorism" are', () => {
    expect(only('The river trust criticised the decision.')?.fear).toBe('The river trust criticised the decision.');
    expect(concernsOf('The poet said the book was written to decry Jones.').map((c) => c.fear)).not.toContain('Jones');
    expect(only('"We have enough things to worry about," the baker said.')?.fear).not.toBe('about');
    expect(only('The comment alarmed the ferry crews.')?.fear).not.toBe('The comment');
    expect(only('The river trust criticised the new plan.')?.fear).toBe('the new plan');
    expect(only('Shopkeepers in the old town said they fear terrorism.')?.fear).toBe('terrorism');
  });
});

describe('an adjective of worry after a copula', () => {
  it('"The farmers are worried that …": the subject of the copula holds it; a reported speaker comes before a subject that names no one', () => {
    expect(only('The teachers are very worried that the dam could fail.')).toMatchObject({ holder: 'teachers' });
    expect(only('Israel is deeply concerned that the dam could fail.')).toMatchObject({ holder: 'Israel' });
    expect(only('Ann Lee said the farmers were worried that the dam could fail.')?.holder).toBe('farmers');
    expect(only('Ann Lee said the town was worried that the dam could fail.')?.holder).toBe('Ann Lee');
  });
});

describe('questions', () => {
  it('a question asks about a worry and voices none; a worry told is one', () => {
    expect(concernsOf('Do you think the new road is a risk to the children?')).toEqual([]);
    expect(only('Parents think the new road is a risk to the children.')).toMatchObject({ cue: 'risk' });
  });
});

describe('concern as a priority, or one that shrinks', () => {
  it('"more concerned with", "when X is concerned", "less of a concern" voice no worry; "concerned with" alone and "less safe" still may', () => {
    expect(concernsOf('The club is more concerned with its ticket prices than with its players, a fan said.')).toEqual([]);
    expect(concernsOf('When price is concerned, the shop wins every time.')).toEqual([]);
    expect(concernsOf('Over the summer the old bridge became less of a concern to the town.')).toEqual([]);
    expect(only('The mayor said the bridge made the town less safe and risks a collapse in winter.')).toMatchObject({ cue: 'risks' });
    expect(only('Shop owners are concerned with the rise in break-ins.')).toMatchObject({ cue: 'concerned' });
  });
});

describe('set phrases and deaths told as background', () => {
  it('"filed a complaint" and "by volume of complaints" are a filing and a count; "complained that …" voices a grievance', () => {
    expect(concernsOf('The tenant said she would file a formal complaint with the council.')).toEqual([]);
    expect(concernsOf('Leeds leads all cities by volume of complaints, the report said.')).toEqual([]);
    expect(only('The tenants complained that the landlord left the heating broken and unsafe, their lawyer said.')).toMatchObject({ cue: 'complained' });
  });

  it('caution in judging ("cautioned against reading too much into", "does not necessarily") or "an abundance of caution" is no worry', () => {
    expect(concernsOf('Analysts cautioned against reading too much into one month of sales figures.')).toEqual([]);
    expect(concernsOf('The professor cautioned that a strong turnout does not necessarily mean a win in the autumn.')).toEqual([]);
    expect(concernsOf('Out of an abundance of caution, the school closed for the day.')).toEqual([]);
    // A caution against a harm, or that one may come, still is.
    expect(only('The bank cautioned that rising rates could push many families into default.')).toMatchObject({ cue: 'cautioned' });
    expect(only('Doctors cautioned against eating raw eggs during the outbreak.')).toMatchObject({ cue: 'cautioned' });
  });

  it('"for better or worse" and "it could have been worse" name no harm foreseen; a harm that will get worse does', () => {
    expect(concernsOf('The storm passed, and the mayor said it could have been much worse.')).toEqual([]);
    expect(concernsOf('Farm incomes would have been far worse without the subsidy, the minister said.')).toEqual([]);
    expect(concernsOf('The album changed pop music, for better or worse, the critic said.')).toEqual([]);
    expect(only('The minister said the drought will get worse next year.')).toMatchObject({ cue: 'worse' });
  });

  it('"a dead heat", "damage control" and "a friend who died in 2001" name no harm; a death feared does', () => {
    expect(concernsOf('"The race is a dead heat," the pollster said.')).toEqual([]);
    expect(concernsOf('The mayor said the office spent the week on damage control.')).toEqual([]);
    expect(concernsOf('The letters came from a cousin who died in 2001, the archivist said.')).toEqual([]);
    expect(concernsOf('The court has changed since Judge Ann Lee died, a clerk said.')).toEqual([]);
    expect(only('"More climbers could die on the ridge this winter," the guide said.')).toMatchObject({ cue: 'die' });
  });

  it('"a war of words", "the culture wars", a war veteran and a past war named as history are no fighting feared; a war to come is', () => {
    expect(concernsOf('"It was a war of very unpleasant words," the actress said.')).toEqual([]);
    expect(concernsOf('"We are fighting the culture wars every day," the pastor said.')).toEqual([]);
    expect(concernsOf('The novel follows a veteran of the civil war who returns to his farm, the critic said.')).toEqual([]);
    expect(concernsOf('"She backed the war in Iraq," the senator said.')).toEqual([]);
    expect(only('"This could drag us into another Iraq war," the senator said.')).toMatchObject({ cue: 'war' });
    expect(only('Analysts said the clashes could spark a civil war.')).toMatchObject({ cue: 'war' });
    expect(only('"The war in Syria will spread," the envoy said.')).toMatchObject({ cue: 'war' });
  });
});

describe('a legal status is no harm', () => {
  it('"illegal immigrants" and "in the country illegally" describe people; "an illegal strike" and "acted illegally" charge a wrong', () => {
    expect(concernsOf('"He wants to let illegal immigrants stay," the senator said.')).toEqual([]);
    expect(concernsOf('"She backs legal status for people who are in this country illegally," the governor said.')).toEqual([]);
    expect(only('The sheriff warned that illegal immigration would strain the county jail.')).toMatchObject({ cue: 'warned' });
    expect(only('"The union will call an illegal strike on the buses," the transit chief said.')).toMatchObject({ cue: 'illegal' });
    expect(only('"The council acted illegally when it sold the park," the lawyer said.')).toMatchObject({ cue: 'illegally' });
  });
});

describe('warnings in set phrases', () => {
  it('"would have consequences", "does not bode well", "bodes poorly" warn of what may come; "does not have consequences" does not', () => {
    expect(only('Any move to close the port would have consequences, the minister said.')).toMatchObject({
      cue: 'would have consequences',
      holder: 'minister',
    });
    expect(only('This does not bode well for the town, the mayor said.')).toMatchObject({ cue: 'does not bode well', holder: 'mayor' });
    expect(only('The vote at the United Nations bodes poorly for the island.')).toMatchObject({ cue: 'bodes poorly' });
    expect(concernsOf('The plan does not have consequences for the budget.')).toEqual([]);
  });
});

describe('a definition', () => {
  it('"defines a violent game as one that …" and "is deemed damaging if it endangers …" voice no fear', () => {
    expect(concernsOf('The bill, written by Senator Ana Ruiz, defines a violent video game as one that lets the player kill or maim.')).toEqual([]);
    expect(concernsOf('A document is deemed "damaging" if it endangers the safety of the fleet, the act says.')).toEqual([]);
    expect(only('Senator Ana Ruiz warned that violent video games could harm children.')).toMatchObject({ cue: 'warned' });
  });
});

describe('a harm to be stopped', () => {
  it('"aimed at preventing the delivery of weapons" is a plan against the harm, like "stop the flow of"', () => {
    expect(concernsOf('"The raid was aimed at preventing the delivery of weapons to the rebels," an army spokesman said.')).toEqual([]);
    expect(only('"The rebels will get more weapons and kill more people," an army spokesman said.')).toBeDefined();
  });
});

describe('a clash of ideas and a figure of speech are no harm', () => {
  it('"conflicts with his views", "in direct conflict with", "secret weapon" and "[censored]" name no harm; "the conflict with the rebels" does', () => {
    expect(concernsOf('"The new law conflicts with the old charter," the judge said.')).toEqual([]);
    expect(concernsOf('"The ruling is in direct conflict with our faith," the bishop said.')).toEqual([]);
    expect(concernsOf('"This is the secret weapon that the mayor has," the party chairman said.')).toEqual([]);
    expect(concernsOf('"Find out what the [censored] is going on," the candidate said.')).toEqual([]);
    expect(only('The general warned that the conflict with the rebels could spread north.')).toMatchObject({ cue: 'warned' });
    expect(only('"More people will die in the conflict with the rebels," the aid worker said.')).toBeDefined();
  });
});

describe('a protest is an event', () => {
  it('"came out to protest", "a peaceful protest" are no harm; "protested the cuts to the clinic" is an objection voiced', () => {
    expect(concernsOf('Hundreds of students came out to protest on Friday, the paper said.')).toEqual([]);
    expect(concernsOf('"We want a peaceful protest," the organiser said.')).toEqual([]);
    expect(only('The nurses protested the cuts to the clinic, their union said.')).toMatchObject({ cue: 'protested' });
  });
});

describe('notices and deeds owned up to', () => {
  it('"claimed responsibility for the attack" and "a 20-minute advance warning" voice no worry; "should take responsibility for the killings" blames', () => {
    expect(concernsOf('A rebel group claimed responsibility for the attack, the radio said.')).toEqual([]);
    expect(concernsOf('The port was given a 30-minute advance warning that the ship would dock, officials said.')).toEqual([]);
    expect(concernsOf('The lorry ignored warnings to stop at the border, police said.')).toEqual([]);
    expect(only('The bishop said the governor should take responsibility for the killings.')).toMatchObject({ cue: 'killings' });
  });
});

describe('a harm ended, looked into, followed or punished', () => {
  it('"end all acts of violence", "investigating the assassination", "after the bombing", "victims of the attack" voice no worry', () => {
    expect(concernsOf('Abbas said the Palestinians will end all acts of violence against Israelis.')).toEqual([]);
    expect(concernsOf('The government says it is open to foreign help in investigating the assassination of the leader.')).toEqual([]);
    expect(concernsOf('He said he had asked his team to help with the investigation into the attack.')).toEqual([]);
    expect(concernsOf('"Boots on the ground" would be appropriate, the senator said after the attacks.')).toEqual([]);
    expect(concernsOf('The mayor said the fund would help victims of the flooding.')).toEqual([]);
    expect(concernsOf('The spokesman said the man had been charged with murder.')).toEqual([]);
  });

  it('another harm in the sentence still counts, and "end up committing crimes" or "an open-ended war" is no ending', () => {
    expect(only('Nasrallah said after the attack that Hezbollah was ready for war with Israel.')).toMatchObject({ cue: 'war' });
    expect(only('"Those guns end up committing crimes in New York," the governor said.')).toMatchObject({ cue: 'crimes' });
    expect(only('Analysts say the president would see the folly in waging an open-ended war in Syria.')).toMatchObject({ cue: 'war' });
    expect(only('One arrest would not end the killings in the province, the bishop said.')).toMatchObject({ cue: 'killings' });
  });
});

describe('a worry or a harm denied further back in its clause', () => {
  it('"not something that really worries us" and "not the rude crowd that I feared" deny the worry; "the flood that we feared" voices it', () => {
    expect(concernsOf('"Right now that is not something that really worries us," the coach said.')).toEqual([]);
    expect(concernsOf('"The fans were not the rude crowd that I feared," the singer said.')).toEqual([]);
    expect(only('"The town is bracing for the flood that we feared," the mayor said.')).toMatchObject({ cue: 'feared' });
  });

  it('"we don\'t see any problem" and "never meant to cause harm or injury" deny the harm; "we see a problem" names it', () => {
    expect(concernsOf('"We don\'t see any problem with the new rules," the director said.')).toEqual([]);
    expect(concernsOf('"I never meant to cause harm or injury to anyone," the driver told the court.')).toEqual([]);
    expect(only('"We see a serious problem with the new rules," the director said.')).toMatchObject({ cue: 'problem' });
  });

  it('"a plan that concerns reducing fraud" and "after a telephone warning" are a topic and a notice; "a plan that worries farmers" voices worry', () => {
    expect(concernsOf('The minister backed a treaty that concerns reducing the smuggling of arms.')).toEqual([]);
    expect(concernsOf('The station was cleared an hour after a telephone warning, police said.')).toEqual([]);
    expect(only('The minister backed a treaty that worries farmers, the union said.')).toMatchObject({ cue: 'worries' });
  });
});

describe('a harm waved off', () => {
  it('"premature to predict the death of the radio" and "never had the intention to harm" voice no worry; "warned of the death of the radio" does', () => {
    expect(concernsOf('"It is premature to predict the death of the radio," the analyst said.')).toEqual([]);
    expect(concernsOf('"I never had the intention to harm the club," the former coach said.')).toEqual([]);
    expect(only('The analyst warned of the death of local radio within a decade.')).toMatchObject({ cue: 'warned' });
  });
});

describe('a noun of worry said of a subject', () => {
  it('"Rising rents are a big concern for students" fears the rents; "there are safety concerns" and "issues of concern in towns" keep their clause', () => {
    expect(only('Rising rents are a big concern for students in the city, the union said.')).toMatchObject({ fear: 'Rising rents' });
    expect(only('Local councillors say there are also serious safety concerns.').fear).not.toBe('Local councillors say there');
    expect(only('Bus fares and late trains are issues of concern in towns across the county.').fear).not.toBe('late trains');
  });

  it('"This has been a concern for farmers" names who worries after the noun, never what: with no subject to read, the fear is the sentence', () => {
    // The closing tag goes (see the reported-speech test), the clause stays whole.
    expect(only('This has been a growing concern for farmers this spring, the union said.')).toMatchObject({
      fear: 'This has been a growing concern for farmers this spring',
    });
    expect(only('Drought is a concern for farmers across the valley.').fear).not.toBe('farmers across the valley');
  });
});

describe('who accuses holds it', () => {
  it('"Mayor Ann Lee has accused the firm of poisoning the river" is the mayor\'s; "could be blamed on" and "residents who accused" are not the subject\'s', () => {
    expect(only('Mayor Ann Lee has accused the chemical firm of poisoning the river.')).toMatchObject({ holder: 'Ann Lee' });
    expect(only('Ann Lee said the floods could be blamed on poor planning and could kill more people.').holder).toBe('Ann Lee');
  });
});

describe('a fear cut at an object pronoun', () => {
  it('"him for closing the clinic" gives way to its clause; "the plan will close the clinic" reads on its own', () => {
    expect(only('Nurses criticised him for closing the only clinic in the valley.').fear).not.toMatch(/^him\b/);
    expect(only('Parents fear that the plan will close the clinic.')).toMatchObject({ fear: 'the plan will close the clinic' });
  });
});

describe('ranking', () => {
  it('a stated worry with a holder ranks above a voiced harm', () => {
    const items = concernsOf('"The war will go on," a villager said.', 'Aid agencies warned that the camps could run out of food.');
    expect(items[0]?.cue).toBe('warned');
  });
});

describe('a holder widened from a surname', () => {
  const holders = (text: string) => analyzeArticle(readArticle(`Harbour news\n\n${text}\n`, { source: 'x.txt' })).concerns.map((c) => c.holder);

  it('is the full name when its first name is borne by either sex, but a pronoun is not widened to it', () => {
    const intro = 'Tony Marsh, the harbour master, spoke to reporters on Monday about the storm season.\n\n';
    expect(holders(`${intro}Marsh warned that the storm could flood the harbour and damage the old pier.`)).toEqual(['Tony Marsh']);
    expect(holders(`${intro}She warned that the storm could flood the harbour and damage the old pier.`)).toEqual([null]);
  });
});

describe('a concern inside an embedded post', () => {
  it("is held by the post's account, in the post's last sentence too", () => {
    const text =
      'Senators react\n\nSeveral senators wrote after the storm reached the coast.\n\n<tweet author="SenRoe">The repairs are going well on the coast tonight. But this storm could still flood thousands of homes.</tweet>.\n';
    const { concerns } = analyzeArticle(readArticle(text, { source: 'posts.txt' }));
    expect(concerns.map((c) => c.holder)).toEqual(['@SenRoe']);
  });
});

describe('the fear in a quotation that closes in its sentence', () => {
  it('ends where the quotation closes, without the credit after it', () => {
    const text =
      'Road safety\n\nPolice spokesman Tom Reid spoke on Monday. "A lot of drivers are busy texting on the phone and fail to pay attention to what is going on around them. The results can be, and often are, crashes which cause injury and death," Tom Reid, spokesman for the police, said.\n';
    const fears = analyzeArticle(readArticle(text, { source: 'x.txt' })).concerns.map((c) => c.fear);
    expect(fears.some((f) => /crashes which cause injury and death$/.test(f))).toBe(true);
    expect(fears.join(' ')).not.toMatch(/Tom Reid|death,"/);
  });
});

describe('a worry voiced in an interview answer (stop 42)', () => {
  const interview = (answer: string) =>
    analyzeParagraphs(
      'Harbour Votes: interview with candidate Ann Sorrel',
      'Ann Sorrel is running for the harbour council. Our reporter interviewed her about her campaign.',
      'Why are you running?',
      'I have lived by the harbour all my life and I know its people.',
      'What is the biggest problem?',
      answer,
      'What would you change first?',
      'The ferry timetable, which has not changed in twenty years.',
    );
  it('is the interviewee’s when "I" comes before the word of worry', () => {
    expect(interview('I am worried that the ferry cuts will leave the island without a doctor.').concerns.map((c) => c.holder)).toEqual(['Ann Sorrel']);
  });

  it('but not when another turn’s label opens it, nor when the worry is someone else’s', () => {
    expect(interview('DS: I am worried that the ferry cuts will leave the island without a doctor.').concerns.map((c) => c.holder)).toEqual([null]);
    expect(interview('Fishermen fear the ferry cuts will leave the island without a doctor, I hear.').concerns.map((c) => c.holder)).not.toContain(
      'Ann Sorrel',
    );
  });

  it('nor in a later sentence of a turn under another’s label: the whole turn is the interviewer’s', () => {
    const turn = 'DS: We drove out along the coast road. I am worried that the ferry cuts will leave the island without a doctor.';
    expect(interview(turn).concerns.map((c) => c.holder)).toEqual([null]);
  });
});

describe('a harm a source voices', () => {
  it('a harm in the writer’s own clause beside a reporting verb is no concern', () => {
    expect(
      concernsOf(
        'The mayor said she would tour the district next week, and so far has only sent a letter to the town, where hundreds of families remain homeless because of flooding.',
      ),
    ).toHaveLength(0);
    expect(concernsOf('The minister said the budget was fair, and the province has meanwhile recorded its worst drought in decades.')).toHaveLength(0);
  });

  it('a harm in what the verb reports, or before an attribution, stays a concern', () => {
    expect(only('The governor said on Monday that the new levy would bankrupt small farms.')).toMatchObject({ cue: 'bankrupt' });
    expect(only('The famine is getting worse, Ms Okafor, the head of the relief agency, said.')).toMatchObject({ holder: 'Okafor' });
  });
});

describe('criticism without a harm', () => {
  it('criticism of a process or a person names no harm and is no concern', () => {
    expect(concernsOf('The opposition criticised the minister’s handling of the tender process.')).toHaveLength(0);
    expect(concernsOf('On schools, the senator lamented her rival’s vote on the charter bill.')).toHaveLength(0);
  });

  it('criticism that points to a harm stays a concern', () => {
    expect(only('Unions criticised the plan, saying it would cost hundreds of jobs.')).toMatchObject({ cue: 'criticised' });
  });

  it('a failure in a race or a pitch names no harm; a failed levee or a duty to protect left undone does', () => {
    expect(concernsOf('The governor was a failed candidate, his rival said.')).toEqual([]);
    expect(concernsOf('The senator said the mayor had failed to inspire young voters.')).toEqual([]);
    expect(concernsOf('He failed miserably in the primary, the columnist wrote.')).toEqual([]);
    expect(only('The inspector said the agency failed to protect the workers.')).toMatchObject({ cue: 'failed', holder: 'inspector' });
    expect(only('Engineers said the levee failed during the storm.')).toMatchObject({ cue: 'failed' });
  });
});

describe('problem framing an argument or a slogan', () => {
  it('"the problem with X is that", "Problem is," and "government is the problem" name no harm; "is a serious problem" does', () => {
    expect(concernsOf('The problem with the new logo, the designer said, was that it looked like a bank’s.')).toEqual([]);
    expect(concernsOf('“Problem is, nobody remembers the words,” the singer said.')).toEqual([]);
    expect(concernsOf('“We think the council is the problem, not the solution,” the candidate said.')).toEqual([]);
    expect(concernsOf('The mayor said the city council was part of the problem.')).toEqual([]);
    expect(only('The doctor said the spread of the virus was a serious problem.')).toMatchObject({ cue: 'problem' });
  });
});

describe('a harm word naming a test or a measure', () => {
  it('"crash tests", "a low-inflation economy" and "adjusted for inflation" name no harm; rising inflation does', () => {
    expect(concernsOf('The maker said the car passed its crash tests, a spokesman said.')).toEqual([]);
    expect(concernsOf('The minister said the country was now a stable, low-inflation economy.')).toEqual([]);
    expect(concernsOf('Wages fell by 2% (adjusted for inflation), the agency said.')).toEqual([]);
    expect(only('Economists warned that inflation would rise next year.')).toBeDefined();
  });
});

describe('an attribution set inside the clause of a worry', () => {
  it('is passed over, not taken for the end of what is feared', () => {
    expect(only('Many of the complaints are, according to the regulator, because borrowers have difficulty getting deferments.')?.fear).toMatch(
      /because borrowers have difficulty getting deferments/,
    );
    expect(only('But there is a risk, some economists said, that the bank would raise rates too fast.')?.fear).toMatch(/that the bank would raise rates/);
  });

  it('but an attribution followed by a participle or an appositive still ends it', () => {
    expect(only('Farm incomes have been steadily weakened, the minister added, noting that prices fell.')?.fear).toBe(
      'Farm incomes have been steadily weakened',
    );
  });
});

describe('a worry verb that shares its subject with an earlier verb', () => {
  it('keeps that subject when the first clause holds scare quotes', () => {
    const holders = (text: string) =>
      analyzeParagraphs('A headline for the test', 'Rep. Nora Pike spoke in Dover on Friday.', text).concerns.map((c) => c.holder);
    expect(holders('Pike said she was “impressed” with the new pier, but lamented that the ferry timetable did not match the town’s needs.')).toEqual([
      'Nora Pike',
    ]);
  });
});

describe('stop 48 (precision)', () => {
  it('an attack on a person "for" something stays a war of words with a time between them', () => {
    expect(concernsOf('"He attacked Governor Lopez in 2012 for being too soft on tariffs," the aide said.')).toEqual([]);
    expect(concernsOf('"She attacked Senator Moore again for his vote on the dam," the aide said.')).toEqual([]);
  });
  it('"problems" as trouble with a task or a person\'s bad moment is no harm; a problem named still is', () => {
    expect(concernsOf('"Coaches often have problems finding good referees," the league chief said.')).toEqual([]);
    expect(concernsOf('"I think the gentleman at the back is having some problems," the mayor said.')).toEqual([]);
    expect(only('"The town has serious problems with flooding," the mayor said.')).toMatchObject({ cue: 'problems' });
  });
});

describe('stop 49 (precision)', () => {
  it('a harm or worry one says one does not believe is there ("I don\'t think it posed a problem") is no concern; one believed in still is', () => {
    expect(concernsOf('"I don\'t think it posed a real safety problem for the pier," the mayor said.')).toEqual([]);
    expect(concernsOf('"I do not believe it would be a big issue for the town or a problem for the port," Mr Hill said.')).toEqual([]);
    expect(concernsOf('"I don’t think it’s a danger to anyone," the harbour master said.')).toEqual([]);
    expect(only('"I think it posed a real safety problem for the pier," the mayor said.')).toMatchObject({ cue: 'problem' });
    expect(only('"I don\'t think the mayor understands what a danger the old pier is," Mr Hill said.')).toMatchObject({ cue: 'danger' });
  });
  it('a side that threatens a score, or threatens with no object in a match report, harms no one; a threat with a victim still warns', () => {
    expect(concernsOf('The visitors twice threatened further tries but lost the ball near the line.')).toEqual([]);
    expect(concernsOf('The home side had rarely threatened until the keeper dropped a cross.')).toEqual([]);
    expect(only('The rebels threatened further attacks on the harbour, the mayor said.')).toMatchObject({ cue: 'threatened' });
    expect(only('Fishermen say their jobs are threatened, the mayor said.')).toMatchObject({ cue: 'threatened' });
  });
  it('"the state of emergency" and "emergency" before the help it names ("an emergency landing", "emergency responders") name no harm; an emergency feared does', () => {
    expect(concernsOf('"The state of emergency will be lifted in May," the minister said.')).toEqual([]);
    expect(concernsOf('"Only emergency responders were left on the bridge," the mayor said.')).toEqual([]);
    expect(concernsOf('"The pilot tried to make an emergency landing on the beach," the mayor said.')).toEqual([]);
    expect(only('"The town faces a health emergency if the pipes fail," the mayor warned.')).toBeDefined();
  });
  it('a campaign against a harm is a plan to end it, not a fear of it', () => {
    expect(concernsOf('"The port is the main front in our campaign against terrorism," the minister said.')).toEqual([]);
  });
  it('"fraud" said of a person ("Tom Hale is a fraud", "expose him as a fraud", "the fraud that he is") is a character attack; a fraud done, or a body called one, still counts', () => {
    const concerns = (text: string) => analyzeParagraphs('A headline for the test', text).concerns.length;
    expect(concerns('"Tom Hale is a disgusting fraud," said Ann Lee.')).toBe(0);
    expect(concerns('Ann Lee said the harbour reforms expose him as a fraud who cares only for himself.')).toBe(0);
    expect(concerns('"You expose him for the fraud that he is," Ann Lee said.')).toBe(0);
    expect(concerns('Ann Lee warned that voter fraud could swing the harbour election.')).toBe(1);
    expect(concerns('"Harbour University is a fraud," Ann Lee said of the school that took students\' savings.')).toBe(1);
  });
});

describe('stop 51 (precision)', () => {
  it('a criticism, attack or concern that the subject answers is not voiced by the sentence; one told with what it is about still is', () => {
    expect(concernsOf('In response to criticism of the harbour plan at the meeting, Mayor Ann Lee replied, "We listened to everyone."')).toEqual([]);
    expect(concernsOf('Asked to respond to Tom Hill’s attacks, the mayor said she had a busy week ahead.')).toEqual([]);
    expect(concernsOf('The council tried to answer these complaints by publishing its minutes online.')).toEqual([]);
    expect(only('The mayor said she would respond to concerns over flooding in the old town.')).toMatchObject({ cue: 'concerns' });
    expect(only('Ann Lee criticised the harbour plan, saying it would flood the old town.')).toBeDefined();
  });
  it('a loss in a race (support, votes or a primary lost, "a Hale loss", "a string of losses") is no harm; a loss of jobs, even among voters, still is', () => {
    expect(concernsOf("A harbour pollster told the paper that Hale's loss of support to Lee had sped up after the debate.")).toEqual([]);
    expect(concernsOf('Tom Hale said a Lee loss in the harbour primary was "more and more likely."')).toEqual([]);
    expect(concernsOf('Ann Lee told reporters the string of losses she had suffered in the primary was behind her.')).toEqual([]);
    expect(only('Ann Lee warned that the plant closure meant a loss of jobs among voters in the harbour towns.')).toBeDefined();
    expect(only('"The closure will mean the loss of hundreds of jobs," Ann Lee said.')).toMatchObject({ cue: 'loss' });
  });
  it('a harm named by the year it happened ("the 1987 harbour floods", "losses during 2001") is history; one that may come again is still feared', () => {
    expect(concernsOf('Ann Lee said the museum tells the story of the town during the 1987 harbour floods.')).toEqual([]);
    expect(concernsOf('"The fund has only partly made up for losses during 2001," Tom Hale said.')).toEqual([]);
    expect(only('Ann Lee warned that the town could see another flood like the harbour flood of 1987.')).toMatchObject({ cue: 'warned' });
    expect(only('"Another 1987 harbour flood would ruin the town," Tom Hale said.')).toBeDefined();
  });
  it('blame for what someone said ("criticised him for saying", "for his remarks") and attacks in words ("media attacks") are a war of words; blame for a harm still counts', () => {
    expect(concernsOf('Ann Lee said Tom Hale was rude and criticised him for saying he had built the harbour alone.')).toEqual([]);
    expect(concernsOf('Tom Hale has been condemned for his remarks about the harbour board.')).toEqual([]);
    expect(concernsOf('Despite the harsh media attacks, Ann Lee said that "people know who I am."')).toEqual([]);
    expect(only('Ann Lee criticised Tom Hale for letting the harbour wall crumble.')).toMatchObject({ cue: 'criticised' });
  });
  it('blame aimed at a person or a party with no reason given ("criticized Tom Hale during a rally", "took aim at the Democrats") is the race; a reason that names a harm still counts', () => {
    expect(concernsOf('Ann Lee also criticized Tom Hale during a rally on Friday in the harbour town.')).toEqual([]);
    expect(concernsOf('The mayor, who had said she would debate her rival, took aim at the Democrats on two fronts.')).toEqual([]);
    expect(concernsOf('Ann Lee spoke at the harbour forum on Sunday and lashed out at Tom Hale and Joe Bell after the event.')).toEqual([]);
    expect(only('Ann Lee criticized Tom Hale, the harbour master, for letting the sea wall crumble.')).toMatchObject({ cue: 'criticized' });
  });
  it('a harm to be fought, defeated, halved or kept off ("fight crime", "halve child poverty", "protect boats from theft") is a plan, not a fear; a harm feared still is', () => {
    expect(concernsOf('"We have to fight crime in the harbour with all our means," the mayor said.')).toEqual([]);
    expect(concernsOf('"Our aim is to halve child poverty in the town," Ann Lee said.')).toEqual([]);
    expect(concernsOf('Ann Lee said the new gates were built to protect fishing boats from theft.')).toEqual([]);
    expect(only('"Crime in the harbour will rise if the gates close," the mayor warned.')).toMatchObject({ cue: 'warned' });
  });
  it('a harm or a word of criticism that names a law\'s subject ("the sex discrimination act", "the negligence provision") is the law; the act charged still counts', () => {
    expect(concernsOf('Ann Lee said it was ten years since the harbour discrimination act and urged the council to back the bill.')).toEqual([]);
    expect(concernsOf('Tom Hale, a lawyer, said the negligence provision was seldom used by the harbour court.')).toEqual([]);
    expect(only('"The harbour board has violated laws that protect the fishermen," Tom Hale said.')).toMatchObject({ cue: 'violated' });
  });
  it('a toll counted after "killing" or "killed" ("killing at least eight people") is news of a harm done; a toll that may come is still feared', () => {
    expect(concernsOf('A blast razed a paint store in the harbour on Monday, killing at least eight people and injuring 20 others, the mayor said.')).toEqual(
      [],
    );
    expect(concernsOf('"A boat rammed the pier, killing three fishermen," a harbour official said.')).toEqual([]);
    expect(only('"A blast at the paint store could end up killing dozens of people," the mayor warned.')).toMatchObject({ cue: 'warned' });
  });
  it('"accused X of being …" with no harm in the sentence is a charge about a person; an accusation of a harm still counts', () => {
    expect(concernsOf('Ann Lee accused the harbour master of being too cozy with the shipping firms.')).toEqual([]);
    expect(concernsOf('The mayor accused Tom Hale, the ferry chief, of being a puppet of the board.')).toEqual([]);
    expect(only('Ann Lee accused the harbour master of being behind the attacks on the fishermen.')).toMatchObject({ cue: 'accused' });
  });
  it('a complaint a body investigates, reviews or takes seriously is a case handled, not criticism voiced; a complaint made still counts', () => {
    expect(concernsOf('"We are examining one of the complaints about the ferry timetable," a harbour board spokeswoman said.')).toEqual([]);
    expect(concernsOf('The fishermen said they expect the harbour board to take their complaints seriously.')).toEqual([]);
    expect(only('The fishermen said their complaints about the polluted harbour had gone unanswered for years.')).toMatchObject({ cue: 'complaints' });
  });
  it('a plain past "suffered" tells what happened ("a stroke he suffered in May", "the pier suffered damage"); suffering that may come again is feared', () => {
    expect(concernsOf('The harbour master said the old pier suffered damage in the storm but reopened on Friday.')).toEqual([]);
    expect(concernsOf('"Her mother is recovering from a stroke she suffered in May," Tom Hale said.')).toEqual([]);
    expect(only('"The old pier suffered so badly in the storm that it could fall into the sea," Tom Hale said.')).toMatchObject({ cue: 'suffered' });
  });
});

describe('stop 52 (precision, second round)', () => {
  const report = 'The Harbour Rovers striker scored twice as the league leaders beat Dock Town 3-1 to reach the cup semi-final on Saturday.';
  it('in a match report a rival or a result is no harm ("a dangerous opponent", "we will worry about the final"); doping, racism or an injury risk still is', () => {
    expect(concernsOf(report, '"Their captain is a dangerous opponent, so we will worry about the final later," Rovers coach Ann Lee said.')).toEqual([]);
    expect(concernsOf(report, 'Rovers coach Ann Lee warned that the squad would be scared going into the final.')).toEqual([]);
    expect(only(report, 'The league warned that racist chanting from the stands could see the ground closed.')).toMatchObject({ cue: 'warned' });
    expect(only(report, '"Playing him on that knee could risk a serious injury," the club doctor warned.')).toMatchObject({ cue: 'warned' });
  });
  it('in a game review ("review" in the headline, game words throughout) the game\'s dangers and frustrations are no one\'s harm', () => {
    const play =
      'Harbour Raider is a game of levels and puzzles. The combat asks you to dodge and parry enemies, and each boss fight ends at a checkpoint. The difficulty rises in the later missions, and the controller rumbles when players fall.';
    const danger = 'The setup allows for quick-stepping and full-on rolling, leaving you many avenues to escape danger.';
    const review = (headline: string) => analyzeParagraphs(headline, play, danger).concerns;
    expect(review('Harbour Raider review – a game that shoots for the moon')).toEqual([]);
    // The same words under a news headline are not a review: the danger still counts.
    expect(review('Harbour Raider sells a million copies').map((c) => c.cue)).toContain('danger');
  });
  it('a concern ranked first among issues ("a top concern for voters", "of paramount concern") is a priority; a top concern that names a harm still is a worry', () => {
    expect(concernsOf('Tom Hale said the new ferry route is a top concern for the island voters.')).toEqual([]);
    expect(concernsOf('"Keeping the harbour open on Sundays should be of paramount concern," Ann Lee said.')).toEqual([]);
    expect(only('Tom Hale said the risk of flooding along the pier is his top concern.')).toBeDefined();
  });
  it('a person seen or treated as a threat with nothing threatened ("rivals see him as a threat") is a rival in a race; a threat to someone still warns', () => {
    expect(concernsOf('Ann Lee said her rivals in the mayoral race now see Tom Hale as a real threat.')).toEqual([]);
    expect(concernsOf('The harbour party began to treat him as a serious threat after the first count.')).toEqual([]);
    expect(only('Ann Lee said the council should treat the ferry firm as a threat to the fishermen.')).toMatchObject({ cue: 'threat' });
  });
  it('a fear stirred up in others ("the politics of fear", "stoking fear", "preys on our fears") is a charge about tactics; a fear stirred that leads to a harm still warns', () => {
    expect(concernsOf('Ann Lee said the island faces a choice between the politics of fear and the politics of hope.')).toEqual([]);
    expect(concernsOf('"He wants to win the harbour seat by stoking fear," Ann Lee said.')).toEqual([]);
    expect(only('"Stoking fear of the ferry crews will lead to attacks on them," Ann Lee said.')).toBeDefined();
    // A noun that starts like one of those verbs ("Players", "Exploiters") is the subject that holds the fear.
    expect(only('Players fear that the ferry fares will rise.')).toMatchObject({ holder: 'Players', fear: 'the ferry fares will rise' });
  });
  it('"weak" or "worse" said of a figure ("the weak third quarter number", "worse-than-expected sales") reports data; weakness that lets a harm in still warns', () => {
    expect(concernsOf('"I was surprised by the weak third quarter number," the ferry firm\'s finance chief Tom Hale said.')).toEqual([]);
    expect(concernsOf('Ann Lee said the ferry firm reported worse-than-expected sales in May.')).toEqual([]);
    expect(only('Ann Lee said the weak sea wall would let the flood into the town.')).toMatchObject({ cue: 'weak' });
  });
});

describe('stop 53 (precision on outlets with no gold)', () => {
  it('a wrong named as what a charge, plea or sentence is for ("charged with unlawful conduct", "pleaded guilty to fraud") is a case at law; a charge that could come still worries', () => {
    expect(concernsOf('Two guards are to be court martialled for alleged war crimes at the camp, the minister announced.')).toEqual([]);
    expect(concernsOf('The clerk pleaded guilty last spring to illegal lobbying for a mining firm.')).toEqual([]);
    expect(concernsOf('The police said they would charge him with making a threat against the mayor.')).toEqual([]);
    expect(concernsOf('Many felons, convicted of violent crimes and done with their sentences, may vote again, the governor said.')).toEqual([]);
    expect(only('Some bloggers fear they could be charged with incitement for posts about the riot.')).toMatchObject({ cue: 'fear' });
  });

  it('concern for someone or something held dear ("his deep concern for the island", "a note of concern for the victims") is care; concern for their safety still fears', () => {
    expect(concernsOf('The mayor thanked the nurse and praised her "deep concern for the island and its people."')).toEqual([]);
    expect(concernsOf('The bishop sent a note of concern for the victims; later he visited the harbour.')).toEqual([]);
    expect(concernsOf('Across the centuries, the concerns for freedom remain the same.')).toEqual([]);
    expect(only('The families voiced their concern for the safety of the crew.')).toMatchObject({ cue: 'concern' });
  });

  it('an accusation of campaign conduct ("of dirty tactics", "of a flip-flop", "of an artful smear") is a word war; an accusation of a harm still counts', () => {
    expect(concernsOf('The airline has accused the union of using "dirty tactics" in the pay talks.')).toEqual([]);
    expect(concernsOf('On Sunday the senator accused her rival of a "flip-flop" on trade.')).toEqual([]);
    expect(only('The airline has accused the union of putting passengers in danger.')).toMatchObject({ cue: 'danger' });
  });

  it('the thing that carries a warning ("warning messages", "warning letters") is no warning given; a warning about a harm still is', () => {
    expect(concernsOf('The app hides the warning messages shown to users of the old phone.')).toEqual([]);
    expect(concernsOf('After three warning letters, the regulator can issue a notice to the club.')).toEqual([]);
    expect(only('The regulator sent a warning that the old pipes could burst.')).toMatchObject({ cue: 'warning' });
  });

  it('a harm to a race told in the writer\'s own analysis ("could undermine her lead", "threaten the party\'s lead") is the horse race; a harm to people or one a source warns of still counts', () => {
    expect(concernsOf('The mayor is keeping quiet, hoping no slip could undermine her narrow lead in the harbour ward.')).toEqual([]);
    expect(concernsOf("A late scandal could still damage the governor's standing.")).toEqual([]);
    expect(concernsOf('The Greens can even threaten the Labour lead in the city council.')).toEqual([]);
    expect(only('A late storm could still damage the harbour wall and flood the town.')).toBeDefined();
    expect(only('"A late scandal could damage her standing," Ann Lee warned.')).toBeDefined();
  });

  it('a word of harm that names a fund, an office or a kind of time ("the flood fund", "its disasters desk", "in times of war") is no harm feared; a harm that may come still is', () => {
    expect(concernsOf('"Half of every ticket sold goes to the flood fund," the theatre manager Tom Hale said.')).toEqual([]);
    expect(concernsOf('"We cannot tell yet," said Ann Lee, head of the insurer\'s disasters desk.')).toEqual([]);
    expect(concernsOf('The town built the shelter to help in times of war, the mayor said on Monday.')).toEqual([]);
    expect(only('The mayor said a new flood could wreck the town.')).toBeDefined();
  });

  it('a harm denied by "is not" ("was not an attack", "that\'s not necessarily a conflict"), "nothing to worry about", or a pledge to end "all …" is a reassurance; a harm not denied still counts', () => {
    expect(concernsOf('The fire chief said the blast at the depot was not an attack, only a gas leak.')).toEqual([]);
    expect(concernsOf('"Owning two ferries is not necessarily a conflict," said the mayor\'s spokesman Tom Hale.')).toEqual([]);
    expect(concernsOf('"If the firm kept the rules, it has nothing to worry about," the mayor said on Monday.')).toEqual([]);
    expect(concernsOf('The rebels said they would end "all acts of violence against the ferry crews".')).toEqual([]);
    expect(only('"The new ferry rules will not stop the violence," the mayor said.')).toBeDefined();
  });

  it('blame held back ("declined to criticize", "refrained from criticisms") or a risk its taker chooses ("took a risk by joking") voices no worry; blame given and a risk to lives still count', () => {
    expect(concernsOf('At the harbour meeting the mayor declined to criticize the ferry company.')).toEqual([]);
    expect(concernsOf('"She refrained from criticisms of the council," her aide Tom Hale said.')).toEqual([]);
    expect(concernsOf('The governor has avoided directly threatening the striking dockers.')).toEqual([]);
    expect(concernsOf('The chef took a risk by putting eel on the menu at the harbour inn.')).toEqual([]);
    expect(concernsOf('"I am going to take some risks with the second album," the singer said.')).toEqual([]);
    expect(only('The mayor criticized the ferry company for putting passengers in danger.')).toBeDefined();
    expect(only('"The crews take risks with their lives every night," the union leader Ann Lee warned.')).toBeDefined();
  });

  it('a worry word that describes a noun ("a worried parent", "with concerned neighbours", "nervous energy") voices no fear; worry about a harm, or "a worried tone over" one, still counts', () => {
    expect(concernsOf('The coach called his late goal the reaction of a worried parent.')).toEqual([]);
    expect(concernsOf('She raised the money for the harbour school with concerned neighbours.')).toEqual([]);
    expect(concernsOf('"The new captain has a lot of nervous energy," the coach Tom Hale said.')).toEqual([]);
    expect(only('Worried about the storm, the mayor closed the harbour.')).toBeDefined();
    expect(only('The letters from the harbour board took a worried tone over the rising flood risk.')).toBeDefined();
  });

  it('an uproar told with nothing else of harm ("caused a furor with a late call", "the uproar comes as") is a mood, not a worry; an uproar over a danger still counts', () => {
    expect(concernsOf('The mayor caused a furor last week with a late call on the harbour board.')).toEqual([]);
    expect(concernsOf('The uproar comes as the council is trying to turn its attention to the budget.')).toEqual([]);
    expect(only('The uproar grew as residents warned that the new dam could flood the town.')).toBeDefined();
  });
});

describe('stop 54: safety said to shrink, and a harm that imperils', () => {
  it('"imperiled the crews" voices a danger like "endangered"; "not imperiled" does not', () => {
    expect(only('The union said the new shift rota had imperiled the crews of the night ferry.')).toMatchObject({ cue: 'imperiled' });
    expect(concernsOf('The mayor assured the fishermen that their moorings were not imperiled by the new dredging.')).toEqual([]);
  });

  it('"made the harbour less safe" is a charge of harm when a source voices it; the writer\'s own "less safe" is not', () => {
    expect(only('"Closing the lifeboat station has made the harbour less safe," the skipper Ann Moss said.')).toMatchObject({ cue: 'less safe' });
    expect(concernsOf('The old lighthouse path is less safe in winter than in summer.')).toEqual([]);
  });
});

describe('stop 54: consequences named as grave', () => {
  it('"could have \\"negative consequences\\"" and "face serious consequences" warn of what follows; "or face consequences" in a rule\'s terms does not', () => {
    expect(only('The harbour master said the new quay could have "negative consequences" for the fishing fleet.')).toMatchObject({
      cue: 'negative consequences',
    });
    expect(only('The strikers told the port owners they would otherwise face serious consequences.')).toMatchObject({ cue: 'serious consequences' });
    expect(concernsOf('Under the new rule, ferry firms must publish their timetables or face consequences.')).toEqual([]);
  });
});

describe('stop 55 (precision on outlets with no gold)', () => {
  it('a harm word inside a cause\'s name ("the anti-gun crime movement", "war protester") names no harm; a source who fears the harm still warns', () => {
    expect(concernsOf('"For ten years the anti-gun crime movement simply did not exist," Ann Lee said.')).toEqual([]);
    expect(concernsOf('War protester Tom Hale wrote on his blog that he was leaving the harbour town for good.')).toEqual([]);
    expect(only('"Harbour crime will rise this winter," Ann Lee warned.')).toMatchObject({ cue: 'warned' });
  });
  it('a harm word naming people held ("terror suspects", "bombing detainees") names no harm; a source fearing what they may do still warns', () => {
    expect(concernsOf('The minister said the harbour police may question terror suspects for up to a week.')).toEqual([]);
    expect(concernsOf('Lawyers say the court hears cases against bombing suspects only on Mondays.')).toEqual([]);
    expect(only('The mayor warned that terror suspects could slip out through the ferry port.')).toMatchObject({ cue: 'warned' });
  });

  it('"vulnerable" after a word of help or care ("care for the most vulnerable", "help vulnerable families") names the needy served; a harm to them still counts', () => {
    expect(concernsOf('The charity said its nurses provide care to the most vulnerable in the valley.')).toEqual([]);
    expect(concernsOf('The council will offer more assistance for vulnerable families this winter, the mayor said.')).toEqual([]);
    expect(only('"The cuts will fall on the most vulnerable families in the valley," the mayor said.')).toMatchObject({ cue: 'vulnerable' });
  });

  it('risk as daring ("risk-taking", "risk takers", "a risk worth taking") is praise, not a danger; a risk run still warns', () => {
    expect(concernsOf('The mayor said the new harbour fund rewards risk-taking by young firms.')).toEqual([]);
    expect(concernsOf('"Our best skippers are risk takers," the harbour master said.')).toEqual([]);
    expect(concernsOf('"The new ferry line was a risk worth taking," the mayor said.')).toEqual([]);
    expect(only('The harbour master warned that the old ferry runs a risk of sinking in winter storms.')).toBeDefined();
  });
});

describe('stop 56 (concerns recall)', () => {
  it('unease the list lacked ("leery", "unsettled by", "puts … on edge") is a concern; "an unsettled question" or a mood "on edge" is not', () => {
    expect(only('Several council members were leery of borrowing against the harbour fund.')).toMatchObject({ cue: 'leery' });
    expect(only('The wave of burglaries has unsettled many residents of the valley.')).toMatchObject({ cue: 'unsettled' });
    expect(only('Shopkeepers were unsettled by the closure of the main bridge.')).toMatchObject({ cue: 'unsettled' });
    expect(only('The falling price of wool puts many farmers on edge.')).toMatchObject({ cue: 'on edge' });
    expect(concernsOf('Who will run the ferry next year is an unsettled question.')).toEqual([]);
    expect(concernsOf('The coach was on edge all afternoon before the final.')).toEqual([]);
  });
});

describe('stop 56 (concerns precision)', () => {
  it('a concern named by its field or set beside others ("business concerns", "hometown concerns", "other concerns") is an issue; "raised other concerns about" still worries', () => {
    expect(concernsOf('The ferry firm puts business concerns ahead of the timetable, the mayor said.')).toEqual([]);
    expect(concernsOf('The council candidate said she is attuned to hometown concerns.')).toEqual([]);
    expect(concernsOf('For the island, fishing quotas outweighed other concerns in the budget.')).toEqual([]);
    expect(only('The farmers raised other concerns about the drought, the union said.')).toMatchObject({ cue: 'concerns' });
    expect(only('Residents voiced other concerns that the bridge could collapse.')).toBeDefined();
  });

  it('a wrong told to a court ("the court heard how …", "…, his partner has told a court", "Prosecutors allege that …") is a case at law; a look ahead still fears', () => {
    expect(concernsOf('The court heard how the ferry owner had run a fraud that cheated the island council.')).toEqual([]);
    expect(concernsOf('The harbour master took part in the fraud at the port, his former clerk has told a county court.')).toEqual([]);
    expect(concernsOf('Prosecutors allege that the mill owners orchestrated a massive fraud over three years.')).toEqual([]);
    expect(only('Prosecutors allege that the fraud could spread to other ports, the union warned.')).toBeDefined();
  });
});

describe('stop 58 (precision)', () => {
  it('an attack a campaign makes in words ("an ad hominem attack", "attack ads", "on the attack", "his attacks on Hale") is the race; an attack by force still counts', () => {
    expect(concernsOf('The mayor’s team ran an ad hominem attack against Tom Hale before the harbour vote.')).toEqual([]);
    expect(concernsOf('"We could make an attack ad out of that harbour vote," Ann Lee said.')).toEqual([]);
    expect(concernsOf('Ann Lee went on the attack at the harbour debate on Friday.')).toEqual([]);
    expect(concernsOf('Ann Lee said her attacks on Hale had given her campaign a lift in the harbour towns.')).toEqual([]);
    expect(concernsOf('Ann Lee said she would tone down her attacks on her rivals before the harbour vote.')).toEqual([]);
    expect(only('"Another attack on American soil could come at any time," the general said.')).toMatchObject({ cue: 'attack' });
    expect(only('"An attack on the harbour could come within days," the admiral said.')).toMatchObject({ cue: 'attack' });
  });
  it('a mood told of the past with nothing feared after it ("she was very scared, she cried", "he became nervous and left") is no worry; a fear with its object still is', () => {
    expect(concernsOf('"My aunt was very scared, she cried a lot at the harbour," Ann Lee said.')).toEqual([]);
    expect(concernsOf('After the harbour vote, Tom Hale became nervous and left the hall early.')).toEqual([]);
    expect(concernsOf('"I was nervous about everything when I first sang at the harbour," Ann Lee said.')).toEqual([]);
    expect(only('"The fishermen were afraid to go out because of the pirates," the harbour master said.')).toMatchObject({ cue: 'afraid' });
    expect(only('"I was scared that the sea wall would fail," Ann Lee said.')).toMatchObject({ cue: 'scared' });
  });
  it('a candidate\'s weak spot with voters or on an issue ("her weakness with older voters", "vulnerable on the tax quotes", "she looked vulnerable") is the race; exposure to a harm still counts', () => {
    expect(concernsOf('"Hale\'s weakness with older voters is his biggest hurdle in the harbour towns," the pollster said.')).toEqual([]);
    expect(concernsOf('Ann Lee suggested that Tom Hale was vulnerable on the harbour tax quotes.')).toEqual([]);
    expect(concernsOf('By the autumn, the harbour mayor looked increasingly vulnerable.')).toEqual([]);
    expect(only('"The harbour wall is vulnerable to winter storms," the engineer warned.')).toBeDefined();
  });
});

describe('stop 62 (precision)', () => {
  it('an objection that names no harm ("railed against the trade deal", "decries super PACs", "denounced the mainstream media") is criticism, not a concern; one whose object is a harm still counts', () => {
    expect(concernsOf('Tom Hale has railed against the harbour trade pact, the deal the council signed last year.')).toEqual([]);
    expect(concernsOf('Ann Lee decries the big-money groups backing her rival in the harbour race.')).toEqual([]);
    expect(concernsOf('Tom Hale spent the week denouncing the mainstream media, the erstwhile arbiter of fact.')).toEqual([]);
    expect(concernsOf('Ann Lee inveighed against the harbour board at a rally on Friday.')).toEqual([]);
    expect(only('Ann Lee denounced the harbour board’s plan to close the flood barrier before the storms.')).toMatchObject({ cue: 'denounced' });
    expect(only('Tom Hale decried an increase in homicides in the harbour towns.')).toMatchObject({ cue: 'decried' });
    expect(only('The mayor denounced the missile tests off the harbour.')).toMatchObject({ cue: 'denounced' });
  });
  it('a candidate\'s slump ("Hale\'s support will collapse", "his campaign on the brink of collapse", "has plunged in recent polls") is the race; a collapse feared for a wall or a bank still counts', () => {
    expect(concernsOf('"Tom Hale\'s support will collapse before the harbour vote," a Lee adviser said.')).toEqual([]);
    expect(concernsOf('Two defeats in the harbour towns have his campaign on the brink of collapse, the pollster said.')).toEqual([]);
    expect(concernsOf('Ann Lee said the mayor has plunged in recent polls since the harbour vote.')).toEqual([]);
    expect(only('"The harbour wall could collapse in the next storm," the engineer warned.')).toBeDefined();
    expect(only('"The harbour bank is on the brink of collapse," Tom Hale said.')).toMatchObject({ cue: 'collapse' });
  });
  it('an objection whose object stands before it, points back, or comes with a reason is left to the other rules', () => {
    expect(only('The harbour plan, which Ann Lee denounced, would flood the lower town.')).toBeDefined();
    expect(only('All the harbour towns have already denounced the decision.')).toMatchObject({ cue: 'denounced' });
    expect(only('Ann Lee railed against the councillors for leaning on wealthy donors.')).toMatchObject({ cue: 'railed against' });
  });
});

describe('a legal word as a charge: how a thing was done, a charge waved off, or a question put are not concerns', () => {
  it('"illegally" of how someone came into a country is a status; "the council acted illegally" is a charge', () => {
    expect(concernsOf('"The database will keep people from coming into the country illegally," the mayor said.')).toEqual([]);
    expect(concernsOf('"No one may become a citizen by illegally entering our country," the senator said.')).toEqual([]);
    expect(concernsOf('"Try going illegally to another country," the senator said.')).toEqual([]);
    expect(only('"The council acted illegally when it sold the park," the lawyer said.')).toMatchObject({ cue: 'illegally' });
  });
  it('"did nothing illegal" waves the charge off', () => {
    expect(concernsOf('"The inquiry found that she did nothing illegal," her lawyer said.')).toEqual([]);
  });
  it('a pollster asking whether something was illegal puts a question; it voices no charge', () => {
    expect(concernsOf('Asked if the ferry contracts were illegal, 46 percent of voters said yes.')).toEqual([]);
  });
});

describe('a fear that is a predicate after a copula keeps its subject', () => {
  it('"the mayor was a threat to the harbour" says what is feared, not only "threat to the harbour"', () => {
    expect(only('The union leader declared on Friday that the mayor was a threat to the harbour.')?.fear).toBe('the mayor was a threat to the harbour');
    expect(only('"This closure is a threat to the island\'s safety," the doctor said.')?.fear).toBe("This closure is a threat to the island's safety");
    expect(only('The fishermen warned that the new levy could pose a serious risk to small boats.')?.fear).toMatch(/^the new levy could pose a serious risk/);
  });
  it('but a subject too long to be one stays out', () => {
    const fear = only('The harbour master said that the plan to close the old ferry pier during the winter storm season is a threat to trade.')?.fear;
    expect(fear).not.toMatch(/^the plan to close the old ferry pier/);
  });
});

describe('a fear that ends on the subject of the clause it opened runs on to the clause’s end', () => {
  it('"prompting fears that interest rates | may rise" keeps its verb', () => {
    expect(only('Prices rose again in May, prompting fears that interest rates may rise.')?.fear).toMatch(/interest rates may rise$/);
    expect(only('"I have been warning for months that this would happen," the councillor said.')?.fear).toMatch(/this would happen$/);
  });
  it('but a noun phrase the verb is said of stays as it is ("concerns about the dam are growing")', () => {
    expect(only('Concerns about the old dam are growing among farmers, the council said.')?.fear ?? '').not.toMatch(/are growing/);
  });
});

describe('a fear that opens on a quantity ("as many as …") is no cut at a loose "as"', () => {
  it('"warned that as many as 27,000 jobs could be lost" keeps the clause, not the whole sentence', () => {
    expect(only('The union has warned that as many as 27,000 jobs could be lost as a result of the merger.')?.fear).toBe(
      'as many as 27,000 jobs could be lost as a result of the merger',
    );
    // "as" that opens a clause of its own still gives way: the cue governs nothing after it.
    expect(only('Residents fear the worst as the river keeps rising.')?.fear ?? '').not.toMatch(/^as /);
  });
});

describe('a link word that ties the fear to the sentence before it goes when a subject follows', () => {
  it('"And he\'d be a chaos president", "then the river may flood the town" lose "And" and "then"', () => {
    expect(only('"And he\'d be a dangerous president," Ms Lee said.')?.fear).toMatch(/^he'd be a dangerous president/);
    expect(only('The mayor warned that the rain may continue, and then the river may flood the lower town.')?.fear).not.toMatch(/^(and )?then\b/);
    expect(only('"So they have to blame other people for the dangerous mess," Ms Lee said.')?.fear).toMatch(/^they have to blame/);
  });
  it('but "So far, …", "Then came …" and a link word before a comma keep it', () => {
    expect(only('"So far, the flooding is a threat to three farms," the mayor said.')?.fear ?? '').not.toMatch(/^far\b/);
    expect(linkOpenerFear('Then came a warning about the dam')).toBe('Then came a warning about the dam');
    expect(linkOpenerFear('And, if the dam breaks, the town floods')).toBe('And, if the dam breaks, the town floods');
    expect(linkOpenerFear('And it floods')).toBe('And it floods');
  });
});
