// What remains unconfirmed: one hand-written case per rule, each negation and wrong sense, each kind, claim scope, genre, ranking.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { readArticle } from '../src/read/read-article.js';
import type { Analysis, Article } from '../src/types.js';
import { analyzeParagraphs, onlyUnconfirmed as only } from './helpers/analyze.js';

/** The one item a one-sentence article yields, or undefined. */
const none = (sentence: string) => expect(only(sentence)).toBeUndefined();

describe('negation that settles the matter is not unconfirmed', () => {
  it('"no group claimed responsibility"', () => none('No group claimed responsibility for the blast at the depot.'));
  it('"does not deny"', () => none('The mayor does not deny that the budget ran over by a third.'));
  it('"falsely suggesting"', () => none('The senator repeated the rumour, falsely suggesting that the judge had taken bribes.'));
  it('"a discredited story"', () => none('The post revived a discredited report that the dam had been sabotaged.'));
  it('"claims … that have proved false", "proved that prediction wrong": the article settles them; a claim not yet settled still counts', () => {
    none('The board pointed to claims the mayor made about the harbour last fall that have proved false.');
    none('Pundits said the ferry line might never turn a profit, and its first year proved that prediction wrong.');
    none('The rumour that the dam had been sabotaged turned out to be untrue.');
    expect(only('The ferry company claims that the engine failed before the storm.')?.kind).toBe('allegation');
  });
  it('"contradicting the police\'s earlier claim"', () => {
    none("Video shows the man had his hands raised, contradicting the police's earlier claim that he lunged at officers.");
    expect(only('The ferry company claims that the engine failed, contradicting the captain.')?.kind).toBe('allegation');
  });
  it('but a negated hedge is still a hedge', () => expect(only('The strike is not likely to end before Friday.')?.kind).toBe('hedged'));
  it('"it\'s" before a hedge is "it is", not a possessive that makes the hedge an adjective ("Trump\'s unlikely victory")', () => {
    expect(only("It's unlikely that the ferry will run again this year.")).toMatchObject({ cue: 'unlikely', likelihood: 'unlikely (20–45%)' });
    expect(only("That's likely to end the strike before Friday.")).toMatchObject({ cue: 'likely' });
    expect(only("The mayor's unlikely victory shocked the harbour party.")).toBeUndefined();
  });

  it('and its likelihood is read with the negation: "not likely" is unlikely; "not highly probable" names no band', () => {
    expect(only('The strike is not likely to end before Friday.')?.likelihood).toBe('unlikely (20–45%)');
    expect(only("The strike isn't likely to end before Friday.")?.likelihood).toBe('unlikely (20–45%)');
    expect(only('There is a possible, but not highly probable, reason that the ferry stops.')?.likelihood).toBeNull();
    expect(only('It is not unlikely that the ferry stops in May.')?.likelihood).toBeNull();
    expect(only('The strike is likely to end before Friday.')?.likelihood).toBe('likely (55–80%)');
  });
});

describe('stated gaps, including negated ones, are unconfirmed', () => {
  it.each([
    ['A spokesman for the ministry did not immediately respond to a request for comment.', 'did not immediately respond'],
    ['The hospital declined comment on the case.', 'declined comment'],
    ['It is not clear whether the bridge will reopen this winter.', 'not clear'],
    ['It is still unclear whether the pilot survived.', 'unclear'],
    ["It wasn't clear how long the bridge would stay shut.", "wasn't clear"],
    ['It wasn’t immediately clear who had paid the fine.', 'wasn’t immediately clear'],
    ['Whether the ferry company pays the fine is an open question.', 'is an open question'],
    ['It’s also an open question how loyal the new members will be.', 'It’s also an open question'],
    ['Nor is it clear that new fines would stop the spills.', 'Nor is it clear'],
    ['The insurer said it could not yet assess the cost of the storm.', 'could not yet assess'],
    ['The plane was grounded after an unspecified malfunction.', 'unspecified'],
    ['The mill was sold to a rival for an undisclosed sum.', 'undisclosed'],
    ['Streaming has changed the trade, but no one knows just how far the cable bundle will fall.', 'no one knows just how'],
    ['It is not publicly known whether the ferry company paid the fine.', 'It is not publicly known'],
    ['It was not immediately known how many boats sank in the storm.', 'It was not immediately known'],
    ['A spokesman for the ferry company had no immediate response.', 'had no immediate response'],
    ['Meanwhile, the palace has not yet formally announced the king’s visit to the harbour.', 'has not yet formally announced'],
    ['The ferry company has not publicly commented on the cause of the fire.', 'has not publicly commented'],
    ["The mayor hasn't responded to the union's letter.", "hasn't responded"],
    ['The councillor called the tender rigged, without offering any proof.', 'without offering any proof'],
    ['None of the owners would comment for this story.', 'None of the owners would comment'],
    ['Police will not say to whom the letter was addressed.', 'will not say'],
    ["The attorney general isn't saying if the foundation broke the law.", "isn't saying if"],
    ['He\u2019s not saying what other boats he would buy.', 'He\u2019s not saying what'],
    ['The race for mayor remained too close to call on Tuesday night.', 'too close to call'],
    ['It is too early to say whether the plant will reopen.', 'too early to say'],
    ['The palace declined to make a statement on the visit.', 'declined to make a statement'],
    ['The club confirmed the sale but would not offer details of the price.', 'would not offer details'],
    ['Pressed for specifics, the campaign could not immediately provide an example of the fraud.', 'could not immediately provide an example'],
    ['The mayor declined to explain what the deal would include.', 'declined to explain'],
    ['The councillor never cited a source for the figure.', 'never cited a source'],
    ['The names of the buyers have not been disclosed.', 'have not been disclosed'],
    ['The ferry stopped running in March without explanation.', 'without explanation'],
    ['The airline was unavailable to comment on why the flight was cancelled.', 'was unavailable to comment'],
    ['The losses were blamed on fees which the agency refused to account for.', 'refused to account for'],
    ["They haven't come up with any evidence that the mill broke the rules.", "haven't come up with any evidence"],
    ['The harbour board has declined to respond to questions about the lease.', 'declined to respond'],
    ['Asked twice about the tender, the mayor refused to answer.', 'refused to answer'],
    ['The ferry company has not said whether it will appeal the fine.', 'has not said whether'],
    ["The owners haven't said when the mill will reopen.", "haven't said when"],
    ['The cause of the fire has not been officially confirmed.', 'not been officially confirmed'],
    ['The harbour master declined to speculate on the cause of the fire.', 'declined to speculate'],
    ['The councillors have offered no specifics about the new route.', 'offered no specifics'],
    ['The mayor was vague, offering few specifics beyond a leaflet.', 'offering few specifics'],
    ['The board angered the crews by failing to announce any details of the new rota.', 'failing to announce any details'],
  ])('%s', (sentence, cue) => expect(only(sentence)).toMatchObject({ kind: 'gap', cue }));
  it('the question a "not publicly known" leaves', () =>
    expect(only('It is not publicly known whether the ferry company paid the fine.')?.claim).toBe('whether the ferry company paid the fine'));
  it('"previously undisclosed" is disclosed now', () => none('A previously undisclosed memo shows the mayor signed the lease in May.'));
  it('"refused to say that …" withholds an endorsement, not a fact', () => none('The governor refused to say that her rival was fit for office.'));
  it('refusing to answer an attack is a reply withheld, not a fact', () => none('The army refused to respond to the rebel attacks on the harbour.'));
  it('not answering "in kind" or a jab withholds a retort, not a fact; not answering a request for comment is a gap', () => {
    none('The mayor, once again, did not respond in kind.');
    none('The rival camp has not responded in kind to the insults.');
    none('The mayor declined to reply in kind.');
    none('The senator did not respond to the rival attacks on her record.');
    expect(only('The mayor did not respond to requests for comment.')).toMatchObject({ kind: 'gap', cue: 'did not respond' });
  });
  it('"hard to say whether", "difficult to predict how" leave the question open; "hard to say no" refuses nothing', () => {
    expect(only('Whether the ferry will run again next year is hard to say.')).toMatchObject({
      kind: 'gap',
      cue: 'hard to say',
      claim: 'Whether the ferry will run again next year',
    });
    expect(only('It is difficult to predict how the strike will affect the harvest.')).toMatchObject({
      cue: 'difficult to predict',
      claim: 'how the strike will affect the harvest',
    });
    expect(only('The mill will shut in May, its owner said, adding that the cost of the repairs was hard to estimate.')?.claim).toBe('the cost of the repairs');
    expect(only("The orchard's true value is also hard to pin down.")?.claim).toBe("The orchard's true value");
    none('With such friendly hosts, it was hard to say no to a second visit.');
  });
});

describe('a belief whose holders are unnamed', () => {
  it('"Some believe …", "…, many think, …" leave what is believed open; a named believer, or "think of", does not', () => {
    expect(only('Some believe the ferry company hid the losses from its owners.')).toMatchObject({
      kind: 'hedged',
      cue: 'believe',
      claim: 'the ferry company hid the losses from its owners',
    });
    expect(only("The mayor's resignation, many think, is only weeks away.")?.claim).toBe("The mayor's resignation is only weeks away");
    none('The harbour master believes the pier will reopen.');
    none('Many think of the harbour as the heart of the town.');
  });
});

describe('a guess or an assumption in the first person', () => {
  it('"my guess is", "my impression is", "I assume", "I suspect" hedge what follows; the colloquial "I guess" and "I imagine" do not', () => {
    expect(only('"My guess is that the ferry will run late all winter," the harbour master said.')).toMatchObject({ kind: 'hedged', cue: 'My guess is' });
    expect(only('"I assume they saw the fares rising again," the harbour master said.')?.kind).toBe('hedged');
    expect(only('"Twenty years hence I suspect the pier will still stand," the mayor said.')?.kind).toBe('hedged');
    none('"I guess you cannot please everybody," the harbour master said.');
    none('"I imagine the crowd at the pier on a summer night," the mayor said.');
  });
});

describe('a question the article says is open, and a charge its subject denies', () => {
  it('"the (big) question is/remains whether …" is a gap whose claim is the whether-clause; not "the question was", which later text settles', () => {
    expect(only('The big question is whether the ferry company will pay the fine before the winter.')).toMatchObject({
      kind: 'gap',
      claim: 'whether the ferry company will pay the fine before the winter',
    });
    expect(only('In Quayside the question remains if the harbour ban will be upheld by the council.')?.kind).toBe('gap');
    none('The question was whether the ferry crews would turn up, and in the end they all did.');
  });

  it('a plea of not guilty, or a claim of innocence, disputes the charge', () => {
    expect(only('Charged with fraud on Monday, the harbour master pleads not guilty.')).toMatchObject({ kind: 'disputed', cue: 'pleads not guilty' });
    expect(only('Lee, who says she is innocent, could lose her licence after the hearing.')?.kind).toBe('disputed');
    expect(only('The captain has always maintained his innocence over the sinking of the ferry.')?.kind).toBe('disputed');
  });
});

describe('a line that introduces an excerpt or a list', () => {
  it('"The Harbour Gazette reports:", "… suggested that the mayor has the following tasks:" state no claim; a claim before a colon still does', () => {
    none('On the vote to close the ferry pier after the storm on Monday, the Harbour Gazette reports:');
    none('The radio station suggested that the mayor has the following tasks ahead of her tonight:');
    expect(only('The paper reported that the mayor was refusing to call the flood a disaster:')?.kind).toBe('unverified');
  });
});

describe('a claim printed alone opens on what is claimed', () => {
  it('not on the preposition after a reporting word used as a noun ("a claim for", "reports from")', () => {
    expect(only('The ferry company is reportedly facing a large claim for unpaid harbour fees.')?.claim).toBe(
      'The ferry company is reportedly facing a large claim for unpaid harbour fees',
    );
    expect(only('According to reports from the coast guard, the ferry ran aground at dawn.')?.claim).toBe('the ferry ran aground at dawn');
    expect(only('The harbour master reported that for the third year, the pier lost money.')?.claim).toBe('for the third year, the pier lost money');
  });
  it('not on an opening "According to …,", a speaker\'s "He added:" or a label, nor on the "that" of a second reported clause', () => {
    expect(only('According to The Harbour Gazette, the ferry company paid the fine in cash.')?.claim).toBe('the ferry company paid the fine in cash');
    expect(only('According to The Harbour Gazette, the owners sold the ferry in May, 2019, for a dollar.')?.claim).toBe(
      'the owners sold the ferry in May, 2019, for a dollar',
    );
    expect(only('The harbour master added: "The pier will probably reopen before the summer."')?.claim).toBe('The pier will probably reopen before the summer');
    expect(only('Ferry fares: The company is likely to raise prices in the spring.')?.claim).toBe('The company is likely to raise prices in the spring');
    expect(only('The mayor said the pier was safe, and that she might close the market early.')?.claim).toBe('she might close the market early');
    expect(only('The ferry company reported that, as of Monday, two boats had been sold.')?.claim).toBe('as of Monday, two boats had been sold');
    expect(only('The mayor attacked what she said was a waste of harbour funds.')).toMatchObject({
      cue: 'what she said was',
      claim: 'a waste of harbour funds',
    });
  });
  it('but keeps the speaker a report names before the colon', () => {
    expect(only('The Gazette reports that the mayor told a radio station: "I will not resign."')?.claim).toContain('the mayor told');
  });
});

describe("a claim ends before the speaker's next point", () => {
  it('"…, saying …", "…, adding that …" after the cue end the claim; a cue inside the participle keeps it', () => {
    expect(only('The ferry company declined to comment, saying that the inquiry was still under way.')?.claim).toBe('The ferry company declined to comment');
    expect(only('The harbour master denied the boat was unsafe, insisting the crew had followed every rule.')?.claim).toBe('the boat was unsafe');
    expect(only('The mayor spoke for an hour, adding that the pier may reopen in May.')?.claim).toContain('the pier may reopen in May');
  });
});

describe('a reduced relative "accused of" marks its noun phrase', () => {
  it('the claim is the one accused and the charge, not the sentence around them', () => {
    expect(only('The ferryman accused of sinking the barge will stay in jail until the trial.')?.claim).toBe('The ferryman accused of sinking the barge');
    expect(only('Police questioned the two accused of the harbour fire, a spokesman said.')?.claim).toBe('the two accused of the harbour fire');
    expect(only('The mayor has accused the ferry company of hiding its losses.')?.claim).toBe('The mayor has accused the ferry company of hiding its losses');
  });
});

describe('second-hand media reports', () => {
  it.each([
    ['The rail plan is to get the go-ahead this month, according to The Mail on Sunday.', 'according to The Mail on Sunday'],
    ['The bank will cut 300 jobs, according to Reuters.', 'according to Reuters'],
    ['The paper added that most of the taxes were paid late.', 'The paper added'],
  ])('%s', (sentence, cue) => expect(only(sentence)).toMatchObject({ kind: 'unverified', cue }));
  it('"a reported $85m" leaves the figure unconfirmed', () =>
    expect(only('The show ran for three series, earning the family a reported $85m.')).toMatchObject({ kind: 'unverified', cue: 'a reported' }));
  it('a poll an outlet ran, or a body on record, is not a report relayed', () => {
    none('Most shoppers prefer lower prices, according to an Associated Press-GfK poll.');
    none('The plant was closed in May, according to the National Police Agency.');
  });
  it('an outlet relaying words on record leaves nothing open', () => none('"The judge ruled rightly," Navarre said, according to The Sun News.'));
  it('a claim someone makes, named between the noun and its content ("a claim made by … that"), or an assertion that …', () => {
    expect(only('The report echoes a claim made by Gen. Ruth Ames last year that the depot was never guarded.')).toMatchObject({
      kind: 'allegation',
      cue: 'claim',
    });
    expect(only("The mayor's assertion that the bridge is safe drew a crowd of angry residents.")).toMatchObject({ kind: 'allegation', cue: 'assertion' });
  });
  it('an assertion that someone should act is a demand, not a claim', () => none("The senator's assertion that the city should rebuild the pier was cheered."));
  it('"has been linked to" hedges the link', () =>
    expect(only('The trader has long been linked to the smuggling ring.')).toMatchObject({ kind: 'hedged', cue: 'has long been linked to' }));
});

describe('each word counts only in the sense that leaves a claim open', () => {
  it('"may want to reconsider" advises; "might want to run" still hedges a wish', () => {
    none('The council may want to reconsider its plan after the flood.');
    expect(only('The mayor might want to run for governor next year.')?.kind).toBe('hedged');
  });
  it('"new signs appeared" is not a hedge', () => none('New signs appeared along the coast road on Monday.'));
  it('"appears in print" is not a hedge', () => none('The full interview appears in print on Sunday, on page A12.'));
  it('"appears to" is', () => expect(only('The fire appears to have started in the kitchen.')).toMatchObject({ kind: 'hedged', cue: 'appears to' }));
  it('"it appears that" is', () => expect(only('It appears that the shipment never left the port.')).toMatchObject({ kind: 'hedged', cue: 'It appears that' }));
  it('"appeared" with a state ("appeared pleased", "appear ready") is an impression: hedged', () => {
    expect(only('By the end of the hearing, most of the council appeared pleased with the plan.')).toMatchObject({ kind: 'hedged', cue: 'appeared pleased' });
    expect(only('The striking drivers now appear ready to accept a smaller raise.')).toMatchObject({ kind: 'hedged', cue: 'appear ready' });
  });
  it('"to appear" with a state is an aim, not an impression', () => none('The mayor wants to take questions without having to appear rattled on air.'));
  it('"is considered one of" is a reputation, like "regarded as"; a committee that considered a bill is not', () => {
    expect(only('The bridge is widely considered one of the safest in the region.')?.kind).toBe('hedged');
    none('The committee considered the bill on Monday.');
  });
  it('an insurance claim is not a claim someone makes', () => none('The farmer filed an insurance claim after the flood.'));
  it('nor are asylum claims', () => none('Two of the men have contacted immigration lawyers, seeking assistance with asylum claims.'));
  it('a request turned down is not a claim disputed', () => none('The council denied his permit to demolish the house on Friday.'));
  it('a status refused is not a claim disputed', () => {
    none('The ruling denied class-action status to the ferry workers.');
    none('The ministry denied asylum to the family.');
  });
  it('a party refused its victory is not a claim disputed; "denied his role" is', () => {
    none('The court denied his party the victory and jailed him.');
    expect(only('The mayor denied his role in the scheme.')?.kind).toBe('disputed');
  });
  it('a player refused a chance, an adverb between, is not a claim disputed', () => none('Ruiz was twice denied his chance to level the score by the keeper.'));
  it('a person refused is not a claim disputed; "denied it" is', () => {
    none('The guards let the women through and denied us at the gate.');
    expect(only('The mayor was asked about the payment and denied it.')?.kind).toBe('disputed');
  });
  it('"suggested she try" recommends; "suggested she lied" alleges', () => {
    none('A friend suggested she try the keyboard case instead.');
    expect(only('The report suggested she lied to investigators.')?.kind).toBe('allegation');
  });
  it('"suggested that Beijing resume buying" and "that he step down" propose; "that Obama knew", "suggests US men have" claim', () => {
    none('The advisers suggested that Beijing resume buying farm goods as part of a deal.');
    none('Two allies suggested that Lee leave the race before the primary.');
    none('His critics suggested that he step down at once.');
    expect(only('Aides suggested that Obama knew about the program.')?.kind).toBe('allegation');
    expect(only('The report suggests US men have greater pension assets than women.')).toBeDefined();
    expect(only('Some members suggested that the agency isn’t using the rocket enough.')).toBeDefined();
  });
  it('"suggested that … should", "… only if", "that if …" give advice or a condition, not a claim', () => {
    none('The harbour master suggested that the ferry should run only in the summer.');
    none('The judge suggested that tenants could withhold rent only if the landlord failed to repair the roof.');
    none('The mayor suggested that if the vote failed, the pier would close for good.');
    expect(only('The mayor suggested that the ferry company had hidden its losses.')?.kind).toBe('allegation');
  });
  it('"all disputes" and "border disputes" are conflicts, not claims disputed; "claim gold" is winning it', () => {
    none('The two sides agreed to resolve all disputes through talks.');
    none('Both countries want the border disputes settled before the summit.');
    none('The contract says that employment disputes be resolved in private arbitration.');
    none('Besides China, Vietnam and Malaysia have claims in the area, and tensions have risen.');
    none('A court is hearing a case against China’s South China Sea claims this month.');
    none('It takes years to process resettlement claims at the border.');
    none('The deal came as the two countries settled many disputes that had divided them for decades.');
    // A claim disputed by its subject still counts.
    expect(only('The company disputes that the figure was accurate.')?.kind).toBe('disputed');
    none('She hopes to claim gold in the relay on Sunday.');
  });
  it('"claimed a victory", "claimed momentum", "asserted his rights" take something; "claiming that the nomination is his" asserts', () => {
    none('The mayor claimed a victory in the spring primary but trails in delegates.');
    none('Her rival was quick to claim a moral victory on Monday night.');
    none('The witness asserted his Fifth Amendment rights at the hearing.');
    expect(only('Organisers claimed nearly 400 delegates joined the call.')?.kind).toBe('allegation');
    none('The debate gives both a chance to assert their bona fides.');
    expect(only('The senator has been claiming that the nomination is his to lose.')?.kind).toBe('allegation');
  });
  it('a rumour confirmed is settled; one that is not confirmed stays open', () => {
    none('The actor also confirms rumours that the director punched him on set.');
    expect(only('The club would not confirm rumours that the coach had resigned.')).toBeDefined();
  });
  it('"according to an official statement" is on the record; "according to an official" is a source unnamed', () => {
    none('The fire started in the kitchen, according to an official statement released on Monday.');
    expect(only('The mayor will resign, according to an official familiar with the plans.')?.kind).toBe('anonymous-source');
  });
  it('a player who did not return to the game withholds nothing; one who did not return calls does', () => {
    none("The guard twisted his ankle in the second quarter and didn't return to the game.");
    expect(only('The landlord did not immediately return two phone messages on Friday.')).toMatchObject({ kind: 'gap' });
  });
  it('"you may" gives the reader leave; it hedges nothing', () => {
    none('You may view other articles about the election at the news portal.');
    none('What skills can you bring to office, from other positions you may have held?');
  });
  it('a reporter\'s "question whether" is no dispute; someone questioning whether is', () => {
    none('Asked in response to a question whether the plan was dead, the mayor smiled.');
    expect(only('Senators questioned whether the nominee could be trusted with the post.')).toMatchObject({ kind: 'disputed' });
  });
  it('"people said" inside a quotation is the speaker\'s turn of phrase; in the article\'s voice, or "a source told me" quoted, it is sourcing', () => {
    none('"People said we were crazy to open a bakery in this town," said Maria Lopez, who opened it in 2019.');
    expect(only('People said the mayor had quietly dropped the plan before the vote.')).toMatchObject({ kind: 'anonymous-source', cue: 'People said' });
    expect(only('"A source told me the deal was off, and I believed it," Tom Hale said on Monday.')).toMatchObject({ kind: 'anonymous-source' });
  });
  it('"claims that" is', () => expect(only('The company claims that its filter removes all lead.')).toMatchObject({ kind: 'allegation', cue: 'claims' }));
  it('"likely" before a noun names a candidate, not a likelihood', () => {
    none('Voters met the likely nominee at a diner in Ames.');
    none('The poll reached 812 likely voters in the county.');
  });
  it('"the economic might of" is the noun, and "you might recall" a turn to the reader', () => {
    none('The economic might of the region grew in the nineties.');
    none('The last strike, you might recall, ended in a pay rise.');
  });
  it('"military might" is the noun; "might of course" and "might well" are the modal', () => {
    none('The navy put its full military might behind the blockade last spring.');
    expect(only('The court might of course change its mind after the appeal.')?.kind).toBe('hedged');
    expect(only('The new rules might well be a ban on street vendors.')?.kind).toBe('hedged');
  });
  it('claims that are counted, lives claimed, asylum claimed, loans denied, compounds and results are other senses', () => {
    none('Initial jobless claims rose by 12,000 last week, the ministry said.');
    none('The fever claims the lives of thousands of children every year.');
    none('Hundreds of families claim asylum in the port each year.');
    none('Banks deny loans to small firms more often than to large ones.');
    none('The Holocaust-denying bishop was readmitted to the church.');
    none('The harbour company has reported net profit of $2 billion for the quarter.');
    expect(only('The Harbour Gazette reports that results in a third of the wards were faked.')?.kind).toBe('unverified');
  });
  it('claiming a share, the nomination, residency or allegiance is taking, not asserting; a claimed victory stays open', () => {
    none('The mayor is expected to claim the nomination at the June convention.');
    none('The firm will claim residency in Malta to cut its taxes.');
    none('The slate was claiming 38 percent of the vote by midnight.');
    expect(only('The mayor was already claiming victory in the northern wards.')?.kind).toBe('allegation');
    expect(only('Organisers claimed 400 delegates attended the rally.')?.kind).toBe('allegation');
  });
  it("questioning whether to act, or whether I should, weighs one's own course; questioning whether a thing is so disputes it", () => {
    none('I questioned whether I should stay after the fire, the baker said.');
    none('Some members question whether to renew the lease at all.');
    expect(only('The union questioned whether the mill had kept its safety logs.')?.kind).toBe('disputed');
    expect(only('Critics question whether the mayor should have known about the leak.')?.kind).toBe('disputed');
  });
  it('"claims" takes ground or a right as "claimed" does, and "claims based on" is the noun', () => {
    none('The army claims more territory from the rebels each week.');
    none('Both parties claim the right to name the next mayor.');
    none('In the port, by contrast, "claims based on custom carry little weight."');
    expect(only('The union claims the mill broke the safety rules.')?.kind).toBe('allegation');
    expect(only('The mayor claims the right answer was given to the council.')?.kind).toBe('allegation');
    expect(only('The firm claims that sales based on the new oven doubled.')?.kind).toBe('allegation');
  });
  it('"possible to" says what can be done, "possible that" leaves a claim open', () => {
    none("It's possible to cut the bill and keep every clinic open, the mayor told the council.");
    expect(only("It's possible that the clinic will close by June.")?.kind).toBe('hedged');
  });
  it('a question asks whether a claim holds; it makes none', () => {
    none('Has the council ever kept a clinic open when it appeared to be losing money?');
    none('Why had the minister asserted that the fund was empty?');
    expect(only('The minister asserted that the fund was empty, and asked, "who will pay?"')?.kind).toBe('allegation');
  });
  it('an interviewer\'s lead-in addressed to "you" belongs to the question after it; without the question it hedges', () => {
    none('As you tour the harbour towns, it is likely that some complaints come up more than others. Which three do you hear most often?');
    expect(only('As you tour the harbour towns, it is likely that the ferry will run late.')?.cue).toBe('likely');
  });
  it('"the contests" and "trade disputes" are nouns, not disputes of a claim', () => {
    none('The candidates now turn to the contests in the South.');
    none('The court settles trade disputes between the two states.');
  });
  it('contested-claim verbs count', () => {
    expect(only('The lawsuit contends the council ignored the warnings.')).toMatchObject({ kind: 'allegation', cue: 'contends' });
    expect(only('Prosecutors allege that the pair laundered the money.')).toMatchObject({ kind: 'allegation', cue: 'allege' });
    expect(only('The union denies the figures.')).toMatchObject({ kind: 'disputed', cue: 'denies' });
  });
  it('a passive "accused of" is a reported allegation; one only imagined is not', () => {
    expect(only('The ferry firm has been accused of bullying its staff.')).toMatchObject({ kind: 'allegation', cue: 'accused' });
    expect(only('Police were repeatedly accused of brutality at the depot.')).toMatchObject({ kind: 'allegation', cue: 'accused' });
    expect(only('The union accused the ferry firm of bullying its staff.')).toMatchObject({ kind: 'allegation', cue: 'accused' });
    none('He kept the count public so that he would not be accused of rigging it.');
    none('The nurse was never accused of neglect.');
  });
  it('a claim verb that closes the sentence reports the clause before it; a proposal does not', () => {
    expect(only('Fewer tourists will come by ferry next winter, the study suggests.')).toMatchObject({
      kind: 'hedged',
      cue: 'suggests',
      claim: 'Fewer tourists will come by ferry next winter',
    });
    expect(only('The old pier was never safe for lorries, the harbour master claimed.')?.claim).toBe('The old pier was never safe for lorries');
    none('The council ought to buy a second ferry, the mayor suggested.');
  });
  it('a reduced relative "the man accused of …" reports the allegation too; a hypothetical one does not', () => {
    expect(only('The council sacked two wardens accused of taking bribes at the market.')).toMatchObject({ kind: 'allegation', cue: 'accused' });
    expect(only('The baker, accused of selling stale bread, closed his shop on Monday.')).toMatchObject({ kind: 'allegation', cue: 'accused' });
    none('The clerk could have been accused of favouritism, but nobody complained.');
  });
});

describe('what is not an open claim', () => {
  it('a scheduled or expected event', () => {
    none('The vote is expected to take place on Tuesday.');
    none('The ferry is expected to sail on Friday and may carry 300 passengers.');
  });
  it('a hedge in a clause of its own beside a forecast still counts', () => {
    expect(only('The council is expected to table a budget which may trigger an early election.')).toMatchObject({ kind: 'hedged', cue: 'may trigger' });
    expect(only('Troops are expected to arrive by March but may take a year to deploy in full.')).toMatchObject({ kind: 'hedged', cue: 'may take' });
  });
  it('the timing of a scheduled event', () => none('The envoy will hand over the offer in person, perhaps as early as Friday.'));
  it('a conditional', () => none('If she is elected, the tax might rise by a point.'));
  it('"If history is any guide" judges by the past and opens no hypothetical', () => {
    expect(only('If last winter is any guide, the ferry will probably stop in January.')).toMatchObject({ kind: 'hedged', cue: 'probably' });
    expect(only('If the north is any indication, the mayor may lose the vote.')).toMatchObject({ kind: 'hedged' });
  });
  it('a supposition', () => none('Assuming that the mayor wins again, she might reappoint the harbour board in May.'));
  it('a conditional after a leading "But" or "And"', () => {
    none('But if the ferry keeps losing money, the council will probably sell it next year.');
    none('And unless the rain stops, the harvest is likely to fall short.');
  });
  it("but a source's quoted conditional forecast still counts (the dev labels list it)", () => {
    expect(only('The harbour master said, "If the wind picks up, the ferry may not sail at all."')).toMatchObject({ kind: 'hedged' });
  });
  it('but "if the test is confirmed" is', () => expect(only('If the test is confirmed, it would be the fourth this year.')?.kind).toBe('unverified'));
  it('a sarcastic "Apparently"', () => none('Apparently the rules on parking do not apply to ministers.'));
  it('a wish that opens a clause ("may God …", "May the …")', () => {
    none('We mourn the nine who died, and may God comfort their families.');
    none('May the best team win the cup on Saturday.');
  });
  it('one unnamed analyst or insider who predicts, credits, warns or describes is unnamed sourcing like one who says', () => {
    expect(only('One analyst predicted that the mill would close by spring.')?.kind).toBe('anonymous-source');
    expect(only('One insider described the vote as "a coup by the back door."')?.kind).toBe('anonymous-source');
    expect(only('An analyst credits the new ferry for the rise in visitors.')?.kind).toBe('anonymous-source');
    // A named analyst is on record.
    none('Mary Lane, a senior analyst at the bank, predicted on Monday that the old mill would close by spring.');
  });
  it('what has yet to be worked out, released or addressed is a stated gap', () => {
    expect(only('How the bridge tolls will be shared has yet to be worked out.')?.kind).toBe('gap');
    expect(only('The names of the two bidders have yet to be released.')?.kind).toBe('gap');
    expect(only('The mayor has yet to address how the city would pay for the new tram.')?.kind).toBe('gap');
    expect(only('The board has yet to tell the tenants what the new rent would be.')?.kind).toBe('gap');
  });
  it('a source who says it does not know is a stated gap; "not known as" is a reputation, not a gap', () => {
    expect(only('The club said it does not know how many members will renew this year.')?.kind).toBe('gap');
    expect(only('The driver told the court that he did not know whether the gate was locked.')?.kind).toBe('gap');
    expect(only('The owners of the two boats are not known.')?.kind).toBe('gap');
    none('The mayor is not known as a patient man, and the council knows it.');
    none('The firm, which is not known for its modesty, took out a full page in the paper.');
  });
  it('"can\'t seem to" says one fails to, an idiom, not an impression', () => {
    none("The coach just can't seem to find a striker who scores.");
    none('The council cannot seem to agree on a date for the fair.');
    // A bare "seems to" still hedges.
    expect(only('The council seems to have agreed on a date for the fair.')?.kind).toBe('hedged');
  });
  it('"can seem", "can appear" characterises how a thing strikes people at times; "seems to" and "could appear" still hedge', () => {
    none('To visitors the ferry timetable can seem almost deliberately confusing.');
    none('From the pier, the island can appear to be deserted.');
    expect(only('The ferry timetable seems to have been changed without notice.')?.kind).toBe('hedged');
  });
  it('what a poll, a study or figures "suggest" is a hedged inference; what a person suggests stays an allegation', () => {
    expect(only('A new harbour survey suggests that ferry use fell by a third last year.')?.kind).toBe('hedged');
    expect(only('Port figures - which suggest that trade is slowing - were published on Monday.')?.kind).toBe('hedged');
    expect(only('The mayor suggested that the harbour master had lied to the council.')?.kind).toBe('allegation');
  });
  it('what "the report suggests" in the present is a hedged finding, its claim the clause after the verb; "the report suggested she lied" accuses', () => {
    expect(only("The report suggests the town's pupils walk to school less than a decade ago.")).toMatchObject({
      kind: 'hedged',
      claim: "the town's pupils walk to school less than a decade ago",
    });
    expect(only('The harbour survey suggests the skippers ignore the speed limit.')?.claim).toBe('the skippers ignore the speed limit');
    expect(only('The report suggested the harbour master lied to the council.')?.kind).toBe('allegation');
  });
  it('a source who "spoke anonymously" is an unnamed source', () => {
    expect(only('A harbour official who spoke anonymously said the pier would close in June.')?.kind).toBe('anonymous-source');
    expect(only('One council member, speaking anonymously, called the ferry deal a done thing.')?.cue).toBe('speaking anonymously');
  });
  it('an act "claimed by" a group is responsibility taken, not an assertion; "may come as a surprise" hedges no fact', () => {
    none('The harbour bombing, which was claimed by a separatist group, closed the port for a week.');
    none('Two raids on the depot were claimed by the rebel militia on Sunday.');
    none('It may come as no surprise that the ferry fares rose again in spring.');
    none('Islanders might find it surprising that the council sold the pier.');
    expect(only('Victory in the vote was claimed by both harbour parties.')?.kind).toBe('allegation');
    expect(only('The delay may come from a shortage of parts.')?.kind).toBe('hedged');
  });
  it('"may have said it best" praises a wording; "may have said" still hedges what was said', () => {
    none('The harbour master may have said it best when he wrote: “The pier is the town.”');
    none('A ferry captain might have put it best in his letter to the council.');
    expect(only('The mayor may have said that the pier would be sold.')?.kind).toBe('hedged');
  });
  it('"may as well", "might as well" likens one thing to another, an idiom, not a hedge', () => {
    none("The mayor's budget speech might as well have been written by the bus company.");
    none('With the ferry gone, the island may as well be on the moon.');
    // A bare "may" after its subject still hedges.
    expect(only('The ferry may have been sold to a firm in Oslo.')?.kind).toBe('hedged');
  });
  it('gaps in other wordings: "No details were provided", "There was no immediate comment from", "didn\'t get any information"', () => {
    expect(only('No details were provided on how the harbour targets would be met.')?.kind).toBe('gap');
    expect(only('There was no immediate comment from the ferry firm on Monday.')?.kind).toBe('gap');
    expect(only("We didn't get any information on what the repair entails.")?.kind).toBe('gap');
    // A comment that was made, or details that were given, leave nothing open.
    none('There was a comment from the ferry firm on Monday.');
    none('Details were provided on how the harbour targets would be met.');
  });
  it('a reduced relative after a comma hedges: ", thought to represent …", ", said to hold …"', () => {
    expect(only('The hills, thought to represent the old crust, cover a tenth of the island.')?.cue).toBe('thought to represent');
    expect(only('The wreck, said to hold gold coins, lies off the pier.')?.kind).toBe('hedged');
    // "thought to ask" with its subject is a decision, not a hedge.
    none('He thought to ask the mayor first.');
  });
  it('"the insider said" / "the source added" closing a sentence: an anonymous source', () => {
    expect(only('"Nobody on the board is worried by it," the insider said.')?.kind).toBe('anonymous-source');
    expect(only('"The ferry will be sold in spring," the source added.')?.cue).toBe('the source added');
    // "the source of the leak" is no informant.
    none('The source of the leak was a harbour clerk.');
  });
  it('a charge only foreseen ("might bring accusations of", "would leave it exposed to accusations that") is none made', () => {
    none('The mayor must speak without crossing a line that might bring accusations of favouritism.');
    none('The board balked at terms that would leave it exposed to accusations that it favours the ferry firm.');
    expect(only('The board faces accusations that it favours the ferry firm.')?.kind).toBe('allegation');
  });
  it('a correction notice settles what an earlier version said', () => {
    none('Correction: This article originally linked to an account claiming to be the harbour master.');
    none('Correction added Nov. 18, 2019: The caption originally made an unconfirmed statement that Ann Lee was the first to sail.');
    none("Editor's Note: An article on Monday reported that the ferry had been sold.");
    // Not a notice: a sentence about a correction keeps its cue.
    expect(only('The council reportedly asked for a correction on Monday.')?.kind).toBe('unverified');
  });
  it('"or perhaps" offers a second wording, no claim left open', () => {
    none('Make no mistake, this is a Hail Mary (or perhaps a Hail Carly) for the harbour party.');
    none('There is some surprise among the pilots - or perhaps just naivety - that the pier is now a target.');
    none('Or perhaps it is the pigeons that you are breeding in your kitchen.');
    // "perhaps" alone still hedges.
    expect(only('The pier was perhaps sold to a firm in Oslo.')?.kind).toBe('hedged');
  });
  it('how a thing may strike someone, conceded ("may seem", "might sound", "may look")', () => {
    none('The idea of a tax on rain may seem like a stretch to most readers.');
    none('It might sound odd, but the choir rehearses in a car park.');
    none('The new logo may look plain next to the old one.');
    // "seems" after its subject still hedges.
    expect(only('The plan seems to have stalled in the senate.')?.kind).toBe('hedged');
  });
  it('"perhaps" that softens a superlative, and advice with "should probably"', () => {
    none('Perhaps most telling, though, were the candidates’ favourite shows.');
    none('The mill is perhaps the most famous building in the valley.');
    none('"You should probably start the course on your own," the teacher said.');
    // "perhaps" before a claim still hedges it.
    expect(only('Perhaps 200 people died in the flood.')?.kind).toBe('hedged');
  });
  it('but "may" after its subject hedges, after a comma too', () => expect(only('The mill, in short, may close before the winter.')?.kind).toBe('hedged'));
  it('an "I believe" in the speaker\'s own mouth', () => none('"I believe that this team can win the cup," the coach said.'));
  it('named on-record attribution', () => none('Exports fell by 4 percent, Finance Minister Ana Ruiz said on Monday.'));
  it('a headline repeated as the first paragraph', () => {
    const a = analyzeParagraphs('Rebels may have seized the airport', 'Rebels may have seized the airport', 'Fighting went on all night.');
    expect(a.unconfirmed).toEqual([]);
  });
});

describe('a cue in its hedging sense that still leaves no claim open', () => {
  it('where a thing may be had ("may be accessed at", "may be bought at") hedges nothing; "may be sold" still does', () => {
    none('The session may be accessed at the harbour website.');
    none('Tickets may be bought at the ferry office.');
    expect(only('The ferry may be sold next year.')).toMatchObject({ kind: 'hedged', cue: 'may be' });
  });
  it('a question reported after "asked if" claims nothing; "left wondering whether … might" stays an open question', () => {
    none('A voter asked if she might consider appointing the mayor to the board.');
    none('Asked what might surprise people about him, he says he still sails with his school friends.');
    expect(only('Fans are left wondering whether the club might move to a new town.')?.kind).toBe('hedged');
  });
  it('a cue inside a question glued to its answer', () => {
    none('Which tactic seems to work best, in your view?: Knocking on doors in the evening.');
    expect(only('The tactic seems to work best, and "why not?" asked the organiser.')?.kind).toBe('hedged');
  });
  it("a belief that is a judgement or the speaker's own", () => {
    none('The mayor believes that the council should reopen the pool.');
    none('We firmly believe that the pool matters to the town.');
    expect(only('Engineers believe that the pool leaked for a decade.')?.kind).toBe('hedged');
  });
  it('a belief one was brought up to hold is the topic, not a claim', () =>
    none('The crash was a shock to all of us brought up to believe that markets quickly recover.'));
  it('a concession after "Still, though" or "But while" is granted, not hedged', () => {
    none('Still, though the pool may be good for the town, the case for it is weak.');
    none('But while the mayor may not have proposed the pool, she did back it.');
  });
  it('a reduced relative "people believed to be on board" hedges; "once thought to be" and "what many believed to be" look back', () => {
    expect(only('Four children are among the 43 people believed to be on board.')).toMatchObject({ kind: 'hedged', cue: 'believed to be' });
    expect(only('Gunmen believed to be members of the militia seized the depot.')).toMatchObject({ kind: 'hedged', cue: 'believed to be' });
    none('Online betting was once thought to be a cash machine for the state.');
    none('He survived what many people believed to be the end of his campaign.');
  });
  it('talk of speculation or a rumour with nothing after it names no claim', () => {
    none('The council has stayed quiet, but that has not stopped pundits from speculating.');
    none('"At the moment it is all speculation and we have to play the next game," the coach said.');
    expect(only('There are rumours he will be moved to the treasury.')?.cue).toBe('rumours');
    expect(only('The plan will not derail the budget, as some have speculated.')?.cue).toBe('speculated');
  });
  it('a definition claims nothing', () => none('A document is deemed "damaging" if it endangers the fleet or would be likely to have that effect.'));
  it('disbelief at what came true', () => {
    none('The farmer said he could not believe that the bank had taken his land.');
    none("She couldn't believe that the mill had closed.");
    expect(only('Engineers do believe that the pool leaked for a decade.')?.kind).toBe('hedged');
  });
  it('a suggestion that proposes', () => {
    none('The inspector suggested that the bridge be closed at night.');
    none('The inspector suggested the council should close the bridge at night.');
    // Stop 104: a clause with its own "may" is offered as a hedged view, not charged.
    expect(only('The inspector suggested that the bridge may be unsafe at night.')).toMatchObject({ kind: 'hedged', cue: 'suggested that' });
  });
  it('"became apparent" and "heir apparent" mean evident and a title; "an apparent coup" hedges', () => {
    none('It soon became apparent that the ferry would not sail.');
    none('The founder named her daughter heir apparent to the bakery.');
    expect(only('Troops seized the radio station in an apparent coup.')?.kind).toBe('hedged');
  });
  it('"likely voters", "possibly can", "no apparent", a superlative "most likely to"', () => {
    none('The survey showed the mayor ahead among likely voters in the east.');
    none('The poll asked residents how likely the ferry was to close.');
    none('The mayor is popular among likely delegates to the convention.');
    none('Every town that possibly can should help the flooded valley.');
    none('There were no apparent changes to the bus timetable this year.');
    none('Of the four banks, Northway was the bank most likely to refund a fee.');
    expect(only('The fire could possibly spread to the forest by night.')?.kind).toBe('hedged');
    expect(only('The fire will most likely spread to the forest by night.')?.kind).toBe('hedged');
  });
  it('a hedge that weighs a stated fact ("perhaps most important, …") leaves nothing open', () => {
    none('Rents fell and, perhaps most important, wages rose by a tenth.');
    none('Most surprising, perhaps, is that the ferry ran on time all winter.');
    none('Perhaps not surprisingly, it is hard to count the boats moored abroad.');
    none('The harbour plan, perhaps ironically, is meeting stiff resistance from the sailors.');
    // A manner adverb after "perhaps" is still hedged.
    expect(only('The closure, at least for now and perhaps permanently, protects the harbour.')?.kind).toBe('hedged');
    expect(only('The ferry will perhaps run on time this winter.')?.kind).toBe('hedged');
  });
  it('a purpose clause and Holocaust denial', () => {
    none('The hearing was moved so that witnesses might attend in person.');
    none('The pamphlet denies the Holocaust and praises the dictator.');
  });
  it('a claim the sentence corrects, rumours an announcement ended', () => {
    none('Early reports claimed that the driver fled; in fact, he stayed at the scene.');
    none('The launch came after weeks of rumours about the new phone.');
  });
  it('a charge pleaded to or proved, and talk the article says has ended, are settled', () => {
    none('The two men pleaded guilty to charges that they sank the ferry.');
    none('She was convicted on charges that she sank the ferry.');
    none('The captain has ended speculation about his future by signing a new contract.');
    none('The ferry sale came after months of speculation that the firm would be sold.');
    // Charges still to be tried, and talk still going on, leave the claim open.
    expect(only('The men face charges that they sank the ferry.')?.kind).toBe('allegation');
    // Stop 87: talk of speculation is an unverified report, as rumours are.
    expect(only('There is speculation that the ferry firm will be sold.')?.kind).toBe('unverified');
  });
  it('a gap withholds information, not access or a figure of speech', () => {
    none('The rural clinic does not provide the same care as the city hospital.');
    none('"I wouldn\'t say I was brave, but I stayed," the nurse said.');
    none('Many voters do not identify with either party.');
    expect(only('The ministry did not provide details of the contract.')?.kind).toBe('gap');
    expect(only('"I can\'t say any more about the case," the lawyer said.')?.kind).toBe('gap');
  });
  it('new stated gaps', () => {
    expect(only('"We are not in a position to comment on the cause," the airline said.')?.kind).toBe('gap');
    expect(only('Nobody knows whether the dam will hold through the spring.')?.kind).toBe('gap');
  });
});

describe('bare hedges and on-record reports', () => {
  it('a bare hedge that only answers the sentence before', () => {
    none('"Maybe." the ferry captain said.');
    none('Probably not.');
    expect(only('Neither plan is likely.')?.kind).toBe('hedged');
    expect(only('Perhaps the ferry sank in the storm.')?.kind).toBe('hedged');
  });
  it('"according to the report" cites the document the article names; "according to reports" is second-hand', () => {
    none('Most of the wells are dry, according to the report.');
    none("According to the voters' wishes, the council will keep the library open.");
    expect(only('Most of the wells are dry, according to reports.')?.kind).toBe('unverified');
  });
  it('a person or a company reporting their own findings or figures is on record', () => {
    none('She reported that the samples held traces of lead.');
    none('Ann Hale, a chemist at the state university, reported that the samples held lead.');
    none('The bakery chain has reported 3 million orders in its first week.');
    expect(only('The Valley Herald, a weekly newspaper, reported that the samples held lead.')?.kind).toBe('unverified');
  });
});

describe('nouns and settled denials', () => {
  it('"few deny" settles the matter', () => none('Few deny that the old mill polluted the river.'));
  it('speculation needs a subject; trading speculation is none', () => {
    none('The levy is meant to curb currency speculation by the big banks.');
    expect(only('The visit fed speculation that the mayor will run again.')?.kind).toBe('unverified');
  });
  it('"of border disputes" and "their rival claims" are nouns', () => {
    none('The envoy spoke of border disputes within the federation.');
    none('The two firms pressed their rival claims in court.');
    expect(only('The ministry disputes the count of the protesters.')?.kind).toBe('disputed');
  });
});

describe('signs and charges', () => {
  it('"there are signs that" hedges; "looking for signs that" does not', () => {
    expect(only('There are signs that the drought is easing in the north.')).toMatchObject({ kind: 'hedged', cue: 'There are signs that' });
    none('Inspectors were looking for signs that the dam had moved.');
  });
  it('"charged that" accuses; criminal charges and a relative "that might" do not', () => {
    expect(only('The union charged that the mill hid the spill for a week.')).toMatchObject({ kind: 'allegation', cue: 'charged that' });
    none('The office declined to bring criminal charges that the mill hid the spill.');
    none('Fines are a charge that might fall on every farm in the valley.');
  });
  it('a charge as a noun — "charges of", "the mayor\'s charge" — is an allegation; "in charge of" and charges settled are not', () => {
    expect(only('The rival camp raised charges of ballot stuffing in three wards.')).toMatchObject({ kind: 'allegation', cue: 'charges of' });
    expect(only("Asked about the mayor's charges, the governor said the port was safe.")).toMatchObject({ kind: 'allegation', cue: 'charges' });
    expect(only('A spokesman called the senator’s charge absurd.')).toMatchObject({ kind: 'allegation', cue: 'charge' });
    none('She was put in charge of the harbour budget.');
    none('The striker admitted two charges of misconduct.');
    none('The port chief was acquitted of three charges of fraud.');
    none('The ruling exposed the crew to spurious charges of piracy.');
    none("The ferry company's charges for cars rose by a third.");
  });
  it('"what they say was …" keeps the claim at a distance; a sentence that opens on it, "that what she says", or "what I would say" do not', () => {
    expect(only('The council sued the mayor over what it says was an unlawful sale of the pier.')).toMatchObject({
      kind: 'allegation',
      cue: 'what it says was',
    });
    expect(only('The law would end what the union said were unfair fees at the port.')).toMatchObject({ kind: 'allegation', cue: 'what the union said were' });
    none('What he says is plain to every voter in the town.');
    none('The mayor knows that what she says is heard in every ward.');
    none('My answer is what I would say is the only fair one.');
  });
  it('accounts that conflict leave the matter open; "the assumption that …" is an assumption, not a fact, where it is the subject or what someone acts on', () => {
    expect(only('The two guards gave conflicting accounts of how the fire started.')).toMatchObject({ kind: 'disputed', cue: 'conflicting accounts' });
    expect(only('The clerk later gave varying stories about where the ballots went.')).toMatchObject({ kind: 'disputed', cue: 'varying stories' });
    expect(only('The plan rests on the assumption that the ferry will pay for itself.')).toMatchObject({ kind: 'hedged', cue: 'on the assumption that' });
    expect(only('The assumption behind the plan is that tourists will come back.')).toMatchObject({ kind: 'hedged' });
    none('The two parties have competing claims to the seat.');
    // An assumption the sentence overturns or disowns is no open claim.
    none('The new poll undermines the assumption that the mayor is safe.');
  });
  it('"It is likely" before a name opens a hedged clause; "likely Democratic voters" describes them', () => {
    expect(only('It’s unlikely Lyria’s nominee will win the vote.')).toMatchObject({ kind: 'hedged', cue: 'unlikely' });
    expect(only('It is likely Ostria will sign the deal.')).toMatchObject({ kind: 'hedged', cue: 'likely' });
    none('Likely Democratic voters back the harbour plan.');
  });
  it('"insisted that" a party stop, or must act, demands; "insisted that the spill was small" claims', () => {
    none('Ostria insisted that Lyria stop its dumping at once.');
    none('The union issued a statement insisting that the ferry company must stop cutting crews.');
    expect(only('The company insisted that the spill was small.')).toMatchObject({ kind: 'allegation', cue: 'insisted that' });
  });
  it('a blame or a portrayal with no one named behind it is an allegation', () => {
    expect(only('Migrants were blamed for the robberies at the ferry terminal.')).toMatchObject({ kind: 'allegation', cue: 'were blamed for' });
    expect(only('The mayor has been portrayed as a flip-flopper on the harbour plan.')).toMatchObject({ kind: 'allegation', cue: 'been portrayed as' });
  });
  it('experts, police or "they" who suspect a thing allege it; "a suspect" or "the suspect" is a person', () => {
    expect(only('Many experts suspect those losses were made on purpose.')).toMatchObject({ kind: 'allegation', cue: 'suspect those' });
    expect(only('Police suspect that the fire at the mill was started deliberately.')).toMatchObject({ kind: 'allegation', cue: 'suspect that' });
    none('A murder suspect said the fire at the mill was set by his brother.');
    none('The suspect the police arrested on Monday was released.');
  });
});

describe('concessions and worries', () => {
  it('"X may be Y, but Z" concedes; "While X may …" too', () => {
    none('The old ferry may be slow, but it has never missed a crossing.');
    none('While the plan may save money, the nurses oppose it.');
    expect(only('The old ferry may be too slow for the new timetable.')?.kind).toBe('hedged');
  });
  it('a concession after a dateline, a semicolon or a colon, or with an aside between dashes before "but", is granted too', () => {
    none('LEEDS, England — The club may be short of money, but its fans keep coming.');
    none('The fees are high; the course may be long, but the teachers are good.');
    none('The mill may be small — a dozen looms at most — but its cloth sells in Paris.');
    none('The title may still elude her but, as the season ends, she can be proud.');
    expect(only('LEEDS, England — The club may be short of money by the end of the season.')?.kind).toBe('hedged');
  });
  it('"could have" for what did not happen is no hedge; for a past fact in doubt it is', () => {
    none('"We could have won by ten points," the coach said.');
    none('Nobody could have predicted the flood, the mayor said.');
    none('The harvest was poor, but it could have been worse.');
    none('The town could have built a dam but never did.');
    expect(only('The leak could have exposed the names of the donors.')?.kind).toBe('hedged');
  });
  it('"could not have been more …" states a feeling outright: no hedge', () => {
    none('The opening of the ferry service could not have been more awkward.');
    none("The harbour master couldn't have been happier with the new boat.");
    expect(only('The fire could have been set on purpose, the harbour master said.')?.kind).toBe('hedged');
  });
  it('what someone hopes or wishes for is no claim, whatever its modal', () => {
    none('The mayor hoped the new ferry might bring the tourists back to the harbour.');
    none('"We were optimistic as recently as yesterday that this may get resolved," the ferry firm said.');
    none('The board is hopeful that the pier may reopen in spring.');
    none('The photo gave fans hope that the band might play again next summer.');
    expect(only('The mayor said the new ferry might bring the tourists back to the harbour.')?.kind).toBe('hedged');
  });
  it('a modal inside a voiced worry is a concern only', () => {
    none('Residents fear that the levee may fail in the next storm.');
    expect(only('Engineers say the levee may fail in the next storm.')?.kind).toBe('hedged');
  });
});

describe('contested claims without "that"', () => {
  it('a claim noun after a modifier with a pronoun clause after it', () =>
    expect(only('The mayor defended the budget amid harbour claims she was too cautious about the fees.')).toMatchObject({
      kind: 'allegation',
      cue: 'claims',
    }));
  it.each([
    ['The ferry company insists it never knew about the leak.', 'insists'],
    ['The harbour board has long maintained they were not told of the fees.', 'maintained'],
    ['The mayor insisted her budget was balanced.', 'insisted'],
  ])('"insists" or "maintains" before a clause about what is or was: %s', (sentence, cue) => expect(only(sentence)).toMatchObject({ kind: 'allegation', cue }));
  it('but not an intention insisted on, nor keeping something up', () => {
    none('The mayor insisted she would not resign over the fees.');
    none('The ferry maintained its lead over the harbour boats.');
  });
  it('but not a plural noun with nothing claimed after it', () => none("The court heard the fishermen's land claims before the harbour fees."));
});

describe('stated gaps without "unclear"', () => {
  it.each([
    ['Whether the new ferry pays its way remains to be seen.', 'remains to be seen'],
    ["How many boats will come back next summer is anybody's guess.", "anybody's guess"],
    ['Neither the mayor nor the harbour board knows which pier will close first.', 'Neither the mayor nor the harbour board knows which'],
    ['How the fees will be shared, nobody yet knows.', 'nobody yet knows'],
    ['How much the strike cost the port is open to question.', 'is open to question'],
    ['What the mayor meant by "a fresh start" is left to the imagination of the voters.', 'left to the imagination'],
  ])('%s', (sentence, cue) => expect(only(sentence)).toMatchObject({ kind: 'gap', cue }));
  it('"nobody knows" before an object is a boast, not a gap', () => none('The harbour is dangerous, and nobody knows that better than the pilots.'));
  it('a wording "open to interpretation" is no withheld fact', () => none('The word "local" in the rule is open to interpretation.'));
  it('a record that does not show whether, or a source who cannot explain why, leaves the question open', () => {
    expect(only('The ferry log does not show whether the gate was shut that night.')).toMatchObject({
      kind: 'gap',
      claim: 'whether the gate was shut that night',
    });
    expect(only('The harbour master could not explain why the buoy had been moved.')).toMatchObject({ kind: 'gap', cue: 'could not explain' });
    none('The ferry did not show up on Monday.');
    none('The pilot could not explain the rules to the new crew.');
  });
});

describe('anonymous sourcing and second-hand reports', () => {
  it('one unnamed member, employee or attendee as the source is anonymous sourcing', () => {
    expect(only('The mayor left the meeting early, according to a member of the harbour board.')).toMatchObject({
      kind: 'anonymous-source',
      cue: 'according to a member',
    });
    expect(only('The ferry sailed half empty, according to one employee who spoke to the paper.')?.kind).toBe('anonymous-source');
    expect(only('The chairman said little at the dinner, according to an attendee.')?.kind).toBe('anonymous-source');
  });
  it.each([
    ['A source said the deal would be signed next week.', 'A source said'],
    ['Police sources have said the driver fled the scene on foot.', 'sources have said'],
    ['Two officials, who spoke on condition of anonymity, said the talks had stalled.', 'on condition of anonymity'],
    ['The bank is weighing a sale of the unit, according to people familiar with the matter.', 'people familiar with'],
    ['Aides say the senator will not run again.', 'Aides say'],
    ['According to one analyst, the merger will cut a thousand jobs.', 'According to one analyst'],
    ['The deal will close in May, said a banker who requested anonymity because the talks are private.', 'requested anonymity'],
    ['The mill will shut, one worker said, asking for anonymity to protect his job.', 'asking for anonymity'],
    ['Friends say the owner has not lived in the town for years.', 'Friends say'],
    ["The mayor's confidants say she will not run again.", 'confidants say'],
    ["The company's executives say the plant will close in June.", 'executives say'],
    ['Lyons\u2019 aides say the senator will not run again.', 'aides say'],
    ["The mayor's advisers believe a win in the north would lead to a flood of donations.", 'advisers believe'],
    ['Officials insist they are a long way from ready to float the currency.', 'Officials insist'],
    ['One of the protesters, who wished to remain anonymous, said the square was cleared by force.', 'wished to remain anonymous'],
    ['The police overruled that request, the source added.', 'the source added'],
    ['The deal is off for now, a senior official said.', 'a senior official said'],
    // One unnamed person, whatever the modifiers: a body, a country, a party or a candidate's camp.
    ['A U.S. official said the strike killed twelve people.', 'A U.S. official said'],
    ['A senior Harbour Authority official said the pier would close.', 'A senior Harbour Authority official said'],
    ['The mayor will sign the deal, one Lyons aide said late last month.', 'one Lyons aide said'],
    ['The strike killed twelve people, said a U.S. official.', 'said a U.S. official'],
    ['The talks have stalled, said one Western diplomat who attended them.', 'said one Western diplomat'],
    ['Few of the ports buy cover for such storms, said a US-based insurance expert.', 'said a US-based insurance expert'],
    ['The pier was closed by noon, said a guard who asked not to be named.', 'asked not to be named'],
    ['A clerk, who declined to be identified, said the ballots were moved overnight.', 'declined to be identified'],
    ["The ferry ran late all week, said one driver who didn't want to be quoted by name.", "didn't want to be quoted"],
    ['Two of the crew were hurt, a source at the port authority said.', 'a source at the port authority said'],
  ])('%s', (sentence, cue) => expect(only(sentence)).toMatchObject({ kind: 'anonymous-source', cue }));
  it('words quoted by an unnamed press are a second-hand report', () =>
    expect(only('The harbour master has been quoted by the local press as saying the pier is unsafe.')).toMatchObject({
      kind: 'unverified',
      cue: 'quoted by the local press as saying',
    }));
  it('"according to" unnamed executives or friends is an unverified report', () =>
    expect(only('The plant will close, according to executives at the firm.')).toMatchObject({ kind: 'unverified', cue: 'according to executives' }));
  it('asking not to be named as a donor is no sourcing', () => none('The widow asked not to be named as the donor of the new lifeboat.'));
  it('anonymity that no source asks for is no sourcing', () => {
    none('Many film stars envy the anonymity of ordinary shoppers.');
    none("But anonymity is not the mayor's style.");
  });
  it('unnamed aides who believe in something, or are believed to be somewhere, are no sourcing', () => {
    none('Many of his aides believe in the plan for the harbour.');
  });
  it('sources named by a capitalised body are on record', () => none('Portuguese officials said the ferry would resume on Friday.'));
  it('what a named holder regards as something is their opinion; "is regarded as" leaves the holders unnamed', () => {
    none('Voters turned against a harbour board that they regarded as bloated.');
    none('It is a slogan that he and his allies have long regarded as racist.');
    expect(only('The pier is widely regarded as the oldest on the coast.')).toMatchObject({ kind: 'hedged', cue: 'widely regarded as' });
  });
  it.each([
    ['His aides say the mayor will not run again.', 'aides say'],
    ['But advisers said the mayor had never wanted the job.', 'advisers said'],
    ['Lyons aides said the budget would be cut by a third.', 'aides said'],
    ['Several Harbour Party insiders said the deadline went unnoticed.', 'insiders said'],
    ['Some of the Lyons camp\u2019s oldest allies said they had come round to the plan.', 'allies said'],
    ['Campaign officials told donors that the count was higher than reported.', 'officials told'],
    ['The mayor, advisers to Mr. Lyons say, has grown tired of the harbour row.', 'advisers to Mr. Lyons say'],
  ])("a camp's aides, allies or insiders stay unnamed whatever names their camp: %s", (sentence, cue) =>
    expect(only(sentence)).toMatchObject({ kind: 'anonymous-source', cue }),
  );
  it.each([
    ['Officials have said the ferry will not run before spring.', 'Officials have said'],
    ['Harbour advisers had said that the pier was the best site for the market.', 'advisers had said'],
    ['Some people involved with the harbour board have said that the fees will rise.', 'people involved with the harbour board have said'],
    ['The fees will rise next year, says a source involved in the talks.', 'says a source'],
    ['The talks broke down over the fees, said one union source.', 'said one union source'],
  ])('unnamed sources with a perfect tense, "involved in", or one source after the verb: %s', (sentence, cue) =>
    expect(only(sentence)).toMatchObject({ kind: 'anonymous-source', cue }),
  );
  it('an outlet "citing two officials" or "senior US officials" rests on unnamed sources; "citing official figures" does not', () => {
    expect(only('The Harbour Gazette, citing two officials, said the ferry would be sold.')).toMatchObject({
      kind: 'anonymous-source',
      cue: 'citing two officials',
    });
    expect(only('The agency, citing senior US officials, said the strike hit the depot.')?.kind).toBe('anonymous-source');
    none('The paper, citing official figures, said ferry fares rose by a tenth.');
  });
  it.each([
    ['Some harbour strategists think the mayor will lose the north.', 'strategists think'],
    ["The mayor's allies fear that the audit will find more missing funds.", 'allies fear'],
    ['Her advisers cast the narrow win in the north as a sign that the plan was working.', 'advisers cast'],
    ['The ferry deal is what his aides describe as a turning point for the port.', 'aides describe'],
    ['Privately, officials acknowledge that the pier was never safe.', 'officials acknowledge'],
  ])('unnamed aides, allies or strategists who think, fear, cast or acknowledge are sourcing as those who say: %s', (sentence, cue) =>
    expect(only(sentence)).toMatchObject({ kind: 'anonymous-source', cue }),
  );
  it('a camp that casts or sees nothing "as" is no sourcing', () => {
    none('Harbour officials saw the ferry leave at noon.');
    none('Her aides cast their votes early on Tuesday.');
  });
  it('aides who speak beside the person they serve are on record', () => none('Lyons and his aides believe they can win the harbour seat.'));
  it("a group's belief as the yardstick of a comparison is no sourcing", () => none('The mayor is not as weak as most harbour insiders believe.'));
  it('a hedged claim from one unnamed source keeps the hedge as its likelihood', () =>
    expect(only('The mill has probably closed, a U.S. official said.')).toMatchObject({
      kind: 'anonymous-source',
      cue: 'a U.S. official said',
      likelihood: 'likely (55–80%)',
    }));
  it('an official named beside the title is on record', () => {
    none('Tom Hale, a U.S. official, said the strike killed twelve people.');
    none('The talks have stalled, said one Western diplomat, Tom Hale.');
  });
  it('a crowd is not a source', () => none('Only 4,000 people cast a ballot in the ward.'));
  it('a public body reporting its own figures is on the record; a newspaper reporting them is second-hand', () => {
    none('The Department of Harbour Services reported that 40 boats were lost in the storm.');
    none('Forty boats were lost in the storm, the Harbour Authority reports.');
    expect(only('The Harbour Gazette reported that 40 boats were lost in the storm.')).toMatchObject({ kind: 'unverified', cue: 'reported that' });
    // A day between the verb and "that" changes nothing.
    expect(only('The Harbour Gazette reported on Saturday that 40 boats were lost.')).toMatchObject({ kind: 'unverified', cue: 'reported on Saturday that' });
    expect(only('If confirmed, the sale would be the largest in the harbour’s history.')).toMatchObject({ kind: 'unverified', cue: 'If confirmed' });
    // A nominee confirmed to a post is no report confirmed.
    none('At 50 years of age, if confirmed, she will be the youngest judge on the harbour court.');
  });
  it('"according to a new report by" an outlet is second-hand, like "according to a report by"', () =>
    expect(only('According to a new report by the Harbour Gazette, the mayor sold the pier.')).toMatchObject({
      kind: 'unverified',
      cue: 'According to a new report',
    }));
  it('a gap in what someone could assess has its object as the claim', () =>
    expect(only('The insurer said it could not yet assess the cost of the storm.')?.claim).toBe('the cost of the storm'));
  it('an outlet that reports, with a day after its verb, is second-hand', () => {
    expect(only('The ferry was sold for two million, the Harbour Gazette reported Friday.')).toMatchObject({ kind: 'unverified', cue: 'reported' });
    expect(only('The Harbour Gazette reported last month that the ferry was sold.')).toMatchObject({ kind: 'unverified' });
  });
  it('a report in a paper is second-hand', () =>
    expect(only('An earlier report in a harbour paper said that the mayor had sold the pier.')).toMatchObject({
      kind: 'unverified',
      cue: 'An earlier report in a harbour paper said',
    }));
  it('a named outlet reporting second-hand', () =>
    expect(only('The mill will close in March, the Evening Courier reports.')).toMatchObject({ kind: 'unverified', cue: 'reports' }));
  it('a named outlet that reports a clause with no "that", not a body its own figures nor a report of no claim', () => {
    expect(only('The Harbour Post reports the ferry company was sold to a rival in June.')).toMatchObject({ kind: 'unverified', cue: 'reports' });
    none('The Harbour Statistics Bureau reported the town grew by two per cent in June.');
    none('The Harbour Post reported about the ferry sale in June.');
  });
  it('an outlet named with a lower-case "newspaper" or "news agency", or "newspapers", is second-hand; a study ("the 2009 paper") is not', () => {
    expect(only('According to The Harbourside newspaper, the mayor sold the pier.')).toMatchObject({ kind: 'unverified' });
    expect(only('According to the Kestrel news agency, the mayor sold the pier.')).toMatchObject({ kind: 'unverified' });
    expect(only('According to Coast-based Kestrel News service, the mayor sold the pier.')).toMatchObject({ kind: 'unverified' });
    expect(only('According to newspapers owned by the Kestrel group, the mayor sold the pier.')).toMatchObject({ kind: 'unverified' });
    none('The levy would raise two million a year, according to the 2009 paper.');
  });
});

describe('the claim each cue leaves open', () => {
  it('the clause a source reports', () => {
    expect(only('Officials said Russia has likely given North Korea technology, a claim Moscow denies.')?.claim).toBe(
      'Russia has likely given North Korea technology',
    );
  });
  it('the clause after "said that" when the speaker has an apposition, and the claim before a trailing "officials said on Monday"', () => {
    expect(only('Ann Lee, a senior member of the harbour board, said that the council may cut the ferry subsidy.')?.claim).toBe(
      'the council may cut the ferry subsidy',
    );
    expect(only('The levee will be raised before the winter, officials said on Monday.')?.claim).toBe('The levee will be raised before the winter');
  });
  it('the question a stated gap leaves', () => {
    expect(only('It is unclear what caused the fire.')?.claim).toBe('the cause of the fire');
    expect(only('The minister did not elaborate on how the plan would be paid for.')?.claim).toBe('how the plan would be paid for');
    expect(only('It is unclear whether the pilot survived.')?.claim).toBe('whether the pilot survived');
  });
  it('the clause an unnamed source reports after its verb', () => {
    expect(only('An aide, who spoke on condition of anonymity, said the minister would resign, a report the ministry denies.')?.claim).toBe(
      'the minister would resign',
    );
  });
  it('the clause a cue opens with "that"', () => {
    expect(only('Police found no evidence that the fire was set on purpose.')?.claim).toBe('the fire was set on purpose');
    expect(only('Regulators suspected that the bank had hidden its losses.')?.claim).toBe('the bank had hidden its losses');
  });
  it('the claim before a trailing attribution', () => {
    expect(only('The plant will shut in June, according to a person familiar with the plans.')?.claim).toBe('The plant will shut in June');
  });
  it('an adjective cue with the phrase it qualifies; an adverb before a participle with its clause', () => {
    expect(only('The mill closed after the alleged theft of its payroll, the owners said.')?.claim).toBe('alleged theft of its payroll');
    expect(only('A man, suspected of running the "ring", was held at the port.')?.claim).toBe('suspected of running the "ring"');
    expect(only('The group released papers purportedly showing that the mayor took bribes.')?.claim).toBe('purportedly showing that the mayor took bribes');
    expect(only('Police found grenades near the lake, supposedly left by the gang.')).toMatchObject({ cue: 'supposedly', kind: 'allegation' });
    none('The ferry was supposed to leave at noon, the company said.');
  });
  it('a passive hedge keeps its subject; a reporting verb drops a time phrase', () => {
    expect(only('The ferry is said to be stuck in the ice.')?.claim).toBe('The ferry is said to be stuck in the ice');
    expect(only('The mayor said last week that the ferry may be stuck in the ice.')?.claim).toBe('the ferry may be stuck in the ice');
  });
  it('an "according to" aside inside the claim, and a gap with a filler word', () => {
    expect(only('The vote, won, according to officials, by the ruling party, was disputed.')?.claim).toBe('The vote, won by the ruling party');
    expect(only('The rules were not clear though on how the fund would be split.')?.claim).toBe('how the fund would be split');
  });
  it('a gap over a "that" clause or after "not in a position to"', () => {
    expect(only('There was a backup pump, but it is not clear that it was switched on.')?.claim).toBe('it was switched on');
    expect(only('"We are not in a position to say who opened the gate," the warden said.')?.claim).toBe('who opened the gate');
  });
  it('a denial or an anonymity note that points back takes the sentence before as its claim', () => {
    const a = analyzeParagraphs('A headline for the test', 'The mayor took cash from the builder. She has denied this.');
    expect(a.unconfirmed.map((u) => u.claim)).toEqual(['The mayor took cash from the builder']);
    const b = analyzeParagraphs('A headline for the test', 'The plant will close in May. He spoke on condition of anonymity.');
    expect(b.unconfirmed.map((u) => u.claim)).toEqual(['The plant will close in May']);
  });
  it('a trailing gap leaves its subject open, less the verb before the cue and a "while" before it (stop 51)', () => {
    expect(only('The origin of the memo has not been confirmed.')?.claim).toBe('The origin of the memo');
    expect(only('How long the strike will last is not clear.')?.claim).toBe('How long the strike will last');
    expect(only('While the names of the donors are not known, the fund has grown.')?.claim).toBe('the names of the donors');
  });
  it('a claim never ends on a speaker, or on a gap verb with no clause after it: the sentence stands (stop 51)', () => {
    // Stop 56 (claims): the speaker's "He added:" no longer opens it.
    expect(only('He added: "I can\'t comment on the talks."')?.claim).toBe("I can't comment on the talks");
    expect(only("With the count still going on, I can't say for sure at this time.")?.claim).toBe(
      "With the count still going on, I can't say for sure at this time",
    );
  });
  it('a claim closes the quotation and leaves out the aside it opens (stop 51)', () => {
    expect(only('The mayor will name her new chief "within days", according to the Herald.')?.claim).toBe('The mayor will name her new chief "within days"');
    expect(only('Officials believe the ferry sank near the pier (the owners say it was towed away.')?.claim).toBe('the ferry sank near the pier');
  });
  it('"said" before a clause with its own verb reports it; a cue in an opening quotation or inside brackets keeps its clause (stop 51)', () => {
    expect(only('Senator Ann Lee, a member of the harbour board, said the pier would be closed because of the allegations raised at the hearing.')?.claim).toBe(
      'the pier would be closed because of the allegations raised at the hearing',
    );
    expect(only('One of the bidders, a shipping group from Oslo, said it welcomed the chance that the ferry might be sold.')?.claim).toBe(
      'it welcomed the chance that the ferry might be sold',
    );
    expect(only('"The board has ignored critical news reports for years," said the union in a statement.')?.claim).toBe(
      'The board has ignored critical news reports for years',
    );
    expect(only('The port is reportedly facing a 2m euro (£1.7m; $2m) fine for the 2019-2020 season.')?.claim).toBe(
      'The port is reportedly facing a 2m euro (£1.7m; $2m) fine for the 2019-2020 season',
    );
  });
  it('a qualifying "alleged" ends with its noun phrase, before the verb that follows it (stop 51)', () => {
    expect(only('The alleged theft of the payroll was reported to the harbour police.')?.claim).toBe('alleged theft of the payroll');
    expect(only('The board addressed the apparent concern that the pier was unsafe.')?.claim).toBe('apparent concern that the pier was unsafe');
  });
  it('the sentence when no narrower clause is found; text and source stay the sentence', () => {
    const item = only('The ship probably sank in the storm.');
    expect(item).toMatchObject({ claim: 'The ship probably sank in the storm', text: 'The ship probably sank in the storm.', likelihood: 'likely (55–80%)' });
    expect(item?.source.sentence).toBe('The ship probably sank in the storm.');
  });
});

/** A hand-made article of the given genre, its paragraphs as given. */
function articleOf(genre: Article['meta']['genre'], ...paragraphs: string[]): Analysis {
  const read = readArticle(`A column for the test\n\n${paragraphs.join('\n\n')}\n`, { source: 'test.txt' });
  return analyzeArticle({ ...read, meta: { ...read.meta, genre } });
}

describe('opinion and analysis pieces', () => {
  const paragraphs = [
    'The new stadium will probably never pay for itself.',
    'The council said the stadium would likely draw a million visitors.',
    'Officials who spoke on condition of anonymity said the budget had doubled.',
    'The builder did not immediately respond to a request for comment.',
  ];
  it("leave out the author's own hedges but keep attributed claims, anonymous sourcing and stated gaps", () => {
    const opinion = articleOf('opinion', ...paragraphs).unconfirmed.map((u) => u.kind);
    expect(opinion).toEqual(['hedged', 'anonymous-source', 'gap']);
    expect(articleOf('analysis', ...paragraphs).unconfirmed).toHaveLength(3);
  });
  it('"LETTERS." under a first line that ends on a stop labels the piece opinion, so the writer\'s own hedge is not listed', () => {
    const read = readArticle('Keep the ferry running.\n\nLETTERS.\n\nThe council seems to have forgotten the islanders who use it.\n', {
      source: 'letter.txt',
    });
    expect(read.meta.genre).toBe('opinion');
    expect(analyzeArticle(read).unconfirmed).toEqual([]);
  });
  it('a news piece lists the hedge too', () => {
    expect(articleOf('news', ...paragraphs).unconfirmed.map((u) => u.kind)).toEqual(['hedged', 'hedged', 'anonymous-source', 'gap']);
  });
});

describe('ranking', () => {
  it('puts a stated gap or anonymous source before a plain hedge later in the article', () => {
    const a = analyzeParagraphs('T', 'The rally may draw a big crowd.', 'Fighting went on.', 'Police did not say how many were arrested.');
    const [hedge, gap] = a.unconfirmed;
    expect(gap?.kind).toBe('gap');
    expect(gap?.score ?? 0).toBeGreaterThan(hedge?.score ?? 1);
  });
});

describe('unnamed reports and long-held beliefs (stop 42)', () => {
  it.each([
    ['Reports say it was a civilian ferry, but its flag was not given.', 'Reports say', 'unverified'],
    ['Early reports indicate the harbour master has resigned.', 'reports indicate', 'unverified'],
    ['The harbour master has long been thought to be part of the smuggling ring.', 'has long been thought to', 'hedged'],
  ])('%s', (sentence, cue, kind) => {
    const item = only(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe(kind);
  });

  it('but a named outlet’s reports are on the record, and "reports said to be" reports nothing', () => {
    none('The Harbour Gazette reports say the ferry will run again in May.');
    none('He wrote two reports said to be thorough and well argued.');
  });
});

describe('stop 55', () => {
  it.each([
    ['The cashier who was hurt was not believed to be the intended victim.', 'was not believed to'],
    ['Arson is not thought to be the cause of the warehouse fire.', 'is not thought to'],
  ])('a negated "is believed to" is still a hedged assessment: %s', (sentence, cue) => {
    const item = only(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('hedged');
  });
  it.each([
    ['The ferry left two hours late because of fog, news agency Harbour Press reported.', 'reported'],
    ['The mayor was seen at the quay on Sunday, the news site Quay Daily reported.', 'reported'],
    ['The captain had worked on the route for ten years, newspaper Jornal da Costa reports.', 'reports'],
  ])('an outlet named after a lower-case noun for it reports second-hand: %s', (sentence, cue) => {
    const item = only(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('unverified');
  });
  it.each([
    ['The council declined to provide a list of the firms it had paid.', 'declined to provide a list'],
    ['The builder declined to give a specific price tag for the new bridge.', 'declined to give a specific price tag'],
    ['The club refused to release the names of its donors.', 'refused to release the names'],
  ])('declining to give a figure, a list or names is a stated gap: %s', (sentence, cue) => {
    const item = only(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('gap');
  });
  it('but refusing to release prisoners or to give samples states no gap', () => {
    none('The governor refused to release more prisoners before the holiday.');
    none('Two riders refused to give samples after the race.');
  });
  it('a "may/might" that describes a kind of person ("those who might …") leaves no claim open', () => {
    none('The mayor wants to reach out to those who might normally vote against the ferry.');
    none('The fund will help people who may need a second boat.');
  });
  it('but one about a named person still hedges', () => {
    expect(only('The ferry will be run by Jane Moor, who may need a second boat.')?.cue).toBe('may need');
  });
});

describe('stop 57', () => {
  it('deny as withhold a granted thing disputes no claim', () => {
    none('The board voted to deny the fishermen the right to moor at the new quay.');
    none('A bylaw would let shop owners deny services to late-night customers.');
    none('The council tried to deny the ferry company a fresh licence for the summer.');
  });
  it('but denying a report or a charge still disputes it', () => {
    expect(only('The ferry company denied the reports that its licence was revoked.')?.cue).toBe('denied');
    expect(only('The captain denied he had lost his right to sail.')?.cue).toBe('denied');
  });
  it.each([
    ['The ferry owners strongly reject the charges against their captain.', 'reject the charges'],
    ['The mayor dismissed claims of a cover-up at the harbour.', 'dismissed claims'],
    ['The harbour master dismissed a report in the local paper that the quay was sinking.', 'dismissed a report'],
  ])('rejecting or dismissing a claim disputes it: %s', (sentence, cue) => {
    const item = only(sentence);
    expect(item?.cue).toBe(cue);
    expect(item?.kind).toBe('disputed');
  });
  it('a hedged "should" weighs what ought to be done and leaves no fact open', () => {
    none('Perhaps we should start with the timetable of the ferries.');
    none('The harbour board probably should have hired more pilots.');
    none('Perhaps the port should have closed the quay sooner.');
  });
  it('but a hedged need or a hedged fact still counts', () => {
    expect(only('The ferry probably needs a new engine before winter.')?.cue).toBe('probably');
    expect(only('The captain perhaps knew the quay was unsafe.')?.cue).toBe('perhaps');
    // A minister who says the police "should possibly have acted sooner" hedges a finding (labelled gold).
    expect(only('The council waited too long and should possibly have closed the quay sooner.')?.cue).toBe('possibly');
  });
  it('a past "suggested" before a bare verb proposes a course, it claims nothing', () => {
    none('The skipper suggested they sail at dawn.');
    none('The mayor suggested that the ferry firm sell off its oldest boat.');
    none('The harbour master suggested the crews instead meet at the quay.');
  });
  it('but a suggested fact keeps its cue', () => {
    expect(only('The skipper suggested that the crew sold the catch early.')?.cue).toBe('suggested that');
    expect(only('The mayor suggested that the ferry firm doesn’t want the new quay.')?.cue).toBe('suggested that');
    expect(only('The skipper suggested that his role in the rescue was small.')?.cue).toBe('suggested that');
  });
});

describe('a cue that stands alone before an aside', () => {
  it('"Perhaps, he said, …" and "It is unclear, though, whether …": the claim is what follows the aside; a reply or a quotation\'s close is not', () => {
    expect(only('Perhaps, he said, the ferry line "has grown too big too fast."')?.claim).toBe('the ferry line "has grown too big too fast"');
    expect(only('It is unclear, though, whether the harbour board would accept a later timetable.')?.claim).toBe(
      'whether the harbour board would accept a later timetable',
    );
    // "Perhaps, but …" grants the point before: no claim of its own at all (stop 77; before, the claim was "Perhaps" alone).
    none('Perhaps, but that is cold comfort to the ferry crews in the north.');
  });
});

describe('stop 59', () => {
  it('a hedge whose subject is a generic or addressed "you" leaves no claim open', () => {
    none('You might pay a fortune to moor a boat at the new quay, if you can find a berth at all.');
    none('Even the best harbour master you could possibly hire cannot stop the tide alone.');
    none('And the ferry that you probably never rode is just fine by the harbour board.');
  });
  it('but the same hedge on a named subject still hedges', () => {
    expect(only('The harbour master might pay a fortune to moor the boat at the new quay.')?.cue).toBe('might pay');
  });
  it('an inquiry into whether someone did wrong leaves that suspicion open, and the claim is the whether-clause', () => {
    expect(only('The harbour board is investigating whether the ferry captain falsified the safety logs.')).toMatchObject({
      cue: 'investigating whether',
      kind: 'allegation',
      claim: 'the ferry captain falsified the safety logs',
    });
    expect(only('Police are looking into whether the quay was damaged on purpose.')?.cue).toBe('looking into whether');
    expect(only('The mayor wants an inquiry to determine if the contract was rigged.')?.cue).toBe('to determine if');
  });
  it('but not one that weighs a decision or a future, nor a test "to determine" with no inquiry', () => {
    none('The board is investigating whether to close the quay for the winter.');
    none('Auditors will meet to determine whether the ferry fares should rise next year.');
    none('It is the job of the prosecutors to determine if they’re going to bring a case.');
    none('Divers use a sonar scan to determine whether the hull is sound.');
  });
  it('a bare "suspicion" names nothing suspected: it is a mood, not a suspicion of something', () => {
    none('The crew was slowly tilting toward suspicion.');
    none('Both captains are viewed with suspicion and worse by the harbour board.');
    none('The fire fed a mood of anger and suspicion along the quay.');
  });
  it('but a suspicion with its content still counts', () => {
    expect(only('Suspicions persist that the harbour master took a bribe.')?.cue).toBe('Suspicions');
    expect(only('Two riders are under suspicion of doping.')?.cue).toBe('suspicion');
  });
  it('an "insist that" demand reads through quotation marks and a subject of several words', () => {
    none('The union insisted that Portmoor "reopen the quay by Friday."');
    none('The mayor issued a statement, insisting that the ferry company “must stop charging twice.”');
    none('The council won votes by insisting that fresh fish be landed in the town.');
  });
  it('but an "insist that" claim about what is still counts', () => {
    expect(only('The captain insisted that the fresh fish were landed on time.')?.cue).toBe('insisted that');
  });
});

describe('stop 68: possible wrongdoing, a reader reminded, and a charge denied', () => {
  it('"possible ties to", "investigation into the possible …", "under investigation for possible corruption" allege', () => {
    expect(only('Investigators found that the applicants had possible ties to a smuggling ring.')?.kind).toBe('allegation');
    expect(only('The port authority opened an investigation into the possible mishandling of the ferry funds.')?.kind).toBe('allegation');
    expect(only('The harbour trust is under investigation for possible corruption.')?.kind).toBe('allegation');
  });
  it('"fans might also remember" and "what could have been the winning try" recall facts; they hedge none', () => {
    none('Ferry fans might also remember the captain’s guest role in the harbour pageant.');
    none('The referee declined to consult the touch judge for what could have been the winning try.');
    expect(only('The captain might have known about the leak before the crossing.')?.kind).toBe('hedged');
  });
  it('"we are not guilty of it" and "is absolutely innocent of this charge" dispute a charge; a "not guilty verdict" settles one', () => {
    expect(only('"We are not guilty of it," the ferry company said.')?.kind).toBe('disputed');
    expect(only('"The captain is absolutely innocent of this charge," his lawyer said.')?.kind).toBe('disputed');
    none('The jury returned a not guilty verdict on Friday.');
  });
});
