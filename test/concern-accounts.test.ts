// Stated concerns (stops 59-61, precision): a debt told as an account owed, attacks or criticism someone bears, is asked about or receives,
// a tension between two aims, a writer's risk to a campaign, a place ranked by danger, a harm naming a place or deed already over
// and words called outrageous name no harm.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

describe('stop 59 (precision)', () => {
  it('a debt told as a figure or a plan ("$40 billion in farm debt", "refinance their debt") is an account; a debt made a burden still counts', () => {
    expect(concernsOf('The co-operative holds about $40 billion in farm debt, the bank said.')).toEqual([]);
    expect(concernsOf('The mayor said the new scheme would let families refinance their debt at lower rates.')).toEqual([]);
    expect(concernsOf('The treasurer said the towns were drowning in debt.')).toHaveLength(1);
    expect(concernsOf('The union said crippling debt is driving nurses out of the profession.')).toHaveLength(1);
    expect(concernsOf('The minister said the region faces a debt crisis.')).toHaveLength(1);
    expect(concernsOf('The grocers warned the new tax would push corner shops into debt.')).toHaveLength(1);
    expect(concernsOf('The councillor said the rates rise will drive pensioners deeper into debt.')).toHaveLength(1);
  });

  it('attacks or criticism someone bears or tones down ("stand up to the attacks", "can handle criticism", "moderate his attacks") name no harm; an attack feared still counts', () => {
    expect(concernsOf('The coach said his players would stand up to the attacks.')).toEqual([]);
    expect(concernsOf('"Our mayor can handle criticism," her aide said.')).toEqual([]);
    expect(concernsOf('The senator said he had urged the governor to moderate his attacks.')).toEqual([]);
    expect(concernsOf('The minister said the city must be ready to endure more attacks.')).toHaveLength(1);
  });

  it('one tension between two aims, or a tension called good ("a tension between speed and safety", "a healthy tension"), is a trade-off; rising tensions still count', () => {
    expect(concernsOf('"There is always a tension between speed and safety," the engineer said.')).toEqual([]);
    expect(concernsOf('The dean said there was a healthy tension in the faculty.')).toEqual([]);
    expect(concernsOf('The envoy said rising tensions between the two neighbours could lead to clashes.')).toHaveLength(1);
  });

  it('a criticism someone is asked about ("Asked about his criticisms of the plan") is a question; a criticism voiced still counts', () => {
    expect(concernsOf('Asked about his earlier criticisms of the mayor, the governor said he had moved on.')).toEqual([]);
    expect(concernsOf('The senator was pressed on her attacks on the governor, and said she stood by them.')).toEqual([]);
    expect(concernsOf('The senator warned that attacks on the election workers could scare them away.')).toHaveLength(1);
  });

  it('criticism someone receives with no reason given ("came under criticism", "buffeted by criticism") tells of a row; with a harm as its reason it still counts', () => {
    expect(concernsOf('The board, buffeted by criticism, met again on Friday.')).toEqual([]);
    expect(concernsOf('The mayor faced sharp criticism from the opposition after the meeting, the paper said.')).toEqual([]);
    expect(concernsOf('Residents said the council faced criticism for failing to stop floods that could ruin more homes.')).toHaveLength(1);
  });

  it('criticism set off with no reason ("ignited criticism from", "will occasion similar complaint") or blame voiced online ("were criticized on social media") is a row too', () => {
    expect(concernsOf('The ferry plan, which has ignited criticism from harbour traders, was approved on Monday.')).toEqual([]);
    expect(concernsOf('The new fares prompted some blowback from commuters, and the next rise will likely occasion similar complaint.')).toEqual([]);
    expect(concernsOf('Officials who praised the ferry firm were mocked and criticized on social media.')).toEqual([]);
    expect(concernsOf('The mayor was criticized by residents online after the vote.')).toEqual([]);
    // A reason that names a harm still makes it a concern.
    expect(concernsOf('The plan has sparked criticism over fears that the old pier could collapse.')).toHaveLength(1);
    expect(concernsOf('The mayor was criticized on social media for ignoring warnings that the dam could burst.')).toHaveLength(1);
  });
});

describe('stop 60 (precision)', () => {
  it('a label pinned on a person ("is a serial liar, rampant xenophobe", "considers him a racist", "appear xenophobic") is a character attack; a harm beside it still counts', () => {
    expect(concernsOf('Editor’s note: The mayor is a serial liar, rampant xenophobe, racist and misogynist.')).toEqual([]);
    expect(concernsOf('She said she considers him a racist, but she likes his plan for the port.')).toEqual([]);
    expect(concernsOf('"He\'s a racist," the rival said of the governor.')).toEqual([]);
    expect(concernsOf('His aides said his remarks had been twisted to make him appear xenophobic.')).toEqual([]);
    expect(concernsOf('"This man is nowhere near racist," the pastor said.')).toEqual([]);
    expect(concernsOf('The bishop warned that xenophobic attacks on migrants could spread.')).toHaveLength(1);
    expect(concernsOf('The report said racist violence against shopkeepers had doubled and could rise again.')).toHaveLength(1);
    expect(concernsOf('The minister said racism in the police force threatens public trust.')).toHaveLength(1);
  });

  it('a harm someone vows not to do ("tried not to abuse it", "vowed never to attack again") is a promise; a harm feared from others still counts', () => {
    expect(concernsOf('"We have tried not to abuse the trust of voters," the premier said.')).toEqual([]);
    expect(concernsOf('The rebel commander vowed never to attack the city again.')).toEqual([]);
    expect(concernsOf('The charity said it feared the relief funds would be abused.')).toHaveLength(1);
    expect(concernsOf('The mayor warned that gangs would attack the city again.')).toHaveLength(1);
  });

  it('a harm someone deals or copes with ("dealing with the crisis", "trusted to deal with terrorism") is work on it, not a fear; a crisis feared still counts', () => {
    expect(concernsOf('"The state was dealing with the crisis on Thursday," the spokesman said.')).toEqual([]);
    expect(concernsOf('Voters trust the governor most to deal with terrorism, the poll found.')).toEqual([]);
    expect(concernsOf('The economist warned that the region could face a debt crisis next year.')).toHaveLength(1);
  });

  it('a remedy for a harm ("an antidote to the instability", "a solution to water supply problems") answers it; a harm feared from the remedy still counts', () => {
    expect(concernsOf('Some traders said the auction provides a needed antidote to the instability of online trading.')).toEqual([]);
    expect(concernsOf('The minister will release a report that says a pipeline would be a cheap solution to water supply problems.')).toEqual([]);
    expect(concernsOf('Farmers warned that the pipeline could cause water shortages downstream.')).toHaveLength(1);
  });

  it('a harm said not to follow ("it doesn\'t result in job loss", "will not lead to war") is a reassurance; a harm said to follow still counts', () => {
    expect(concernsOf('"The study shows a higher wage doesn\'t result in job loss," the senator said.')).toEqual([]);
    expect(concernsOf('The envoy said the dispute will not lead to war.')).toEqual([]);
    expect(concernsOf('The union warned the closure would lead to job losses.')).toHaveLength(1);
  });

  it('a harm no one need bear ("you don\'t have to suffer the embarrassment") is a reassurance; a harm people have to bear still counts', () => {
    expect(concernsOf('"With the new booth you don\'t have to suffer the embarrassment of a bad call," the designer said.')).toEqual([]);
    expect(concernsOf('The nurses said patients have to suffer long delays because of the strike.')).toHaveLength(1);
  });
});

describe('stop 61 (precision)', () => {
  it('a risk to a campaign or a party in the writer\'s own analysis ("the campaign risks …", "the risk of peaking too early") is the horse race; a source\'s warning or a harm still counts', () => {
    expect(concernsOf("But the mayor's campaign risks misreading the mood of the suburbs with its new slogan.")).toEqual([]);
    expect(concernsOf('The senator sits in second place without running the risk of peaking too early.')).toEqual([]);
    expect(concernsOf('Party elders warned the campaign risks peaking too early.')).toHaveLength(1);
    expect(concernsOf('The chemical plant poses a risk for the families downstream.')).toHaveLength(1);
    expect(concernsOf('Doctors said the new drug carries a risk for patients with weak hearts.')).toHaveLength(1);
    expect(concernsOf('The mayor risks a flood in the north with the new dam.')).toHaveLength(1);
  });

  it('a place ranked by its danger ("one of the city\'s most dangerous districts", "the most dangerous in the world") is a fact about crime figures; a danger warned of or compared still counts', () => {
    expect(concernsOf("The bodies were found near the old market, one of the city's most dangerous districts, the officer said.")).toEqual([]);
    expect(concernsOf('Springfield was named the third most dangerous city in America last year.')).toEqual([]);
    expect(concernsOf('The towns that were the most dangerous in the world in 2015 include two ports.')).toEqual([]);
    expect(concernsOf('Officials said the new bridge is more dangerous than the old one.')).toHaveLength(1);
    expect(concernsOf('Police warned that the park had become the most dangerous part of town for cyclists.')).toHaveLength(1);
    expect(concernsOf('The engineer said the crossing is the most dangerous road in the county.')).toHaveLength(1);
  });

  it('a harm that names a place or a deed already over ("the scene of the attack", "where the shooting occurred", "the raid that killed") is news told; a harm still to come beside it counts', () => {
    expect(concernsOf('The governor, who visited the scene of the attack, said the town was calm.')).toEqual([]);
    expect(concernsOf('Candles were laid outside the bar where the shooting happened, the owner said.')).toEqual([]);
    expect(concernsOf('The senator praised the raid that killed the rebel commander.')).toEqual([]);
    expect(concernsOf('"When the flood happened, we asked ourselves whether to close," the manager said.')).toEqual([]);
    expect(concernsOf('Officials warned of another attack at the scene of the bombing.')).toHaveLength(1);
    expect(concernsOf('The mayor said the site of the explosion could collapse at any time.')).toHaveLength(1);
  });

  it('words or views called outrageous ("nine outrageous things he said", "his outrageous views", "an outrageous statement") are a war of words; a plan called outrageous for a harm still counts', () => {
    expect(concernsOf('The column listed nine outrageous things the senator had said about migrants.')).toEqual([]);
    expect(concernsOf('The preacher has made headlines with his outrageous views since the spring.')).toEqual([]);
    expect(concernsOf('"He has refused to apologise for an outrageous statement," the strategist said.')).toEqual([]);
    expect(concernsOf('The mayor called the toll plan outrageous and said it would drive shops out of business.')).toHaveLength(1);
  });
});
