import { describe, expect, it } from 'vitest';
import { specificsOf } from '../src/analyze/summary/specifics.js';
import { lostWords, summaryUnfit } from '../src/analyze/summary/unfit.js';
import { analyzeParagraphs } from './helpers/analyze.js';

const wordsIn = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;
const summaryOf = (headline: string, ...paragraphs: string[]) => analyzeParagraphs(headline, ...paragraphs).summary.map((s) => s.text);

describe('summary limits', () => {
  it('gives two or three sentences and never more than 90 words, even when every sentence is long', () => {
    const texts = summaryOf(
      'Water board repairs cracked main under market square',
      'The regional water board replaced the cracked water main under the market square in the old town centre on Monday morning.',
      'Engineers from the board had warned the town council three years ago that most of the pipes laid before the war were close to the end of their working life and would need to be replaced within a decade.',
      'The repair cost about two million euros, which the board will recover through a small surcharge on water bills over the next five years, according to the detailed figures it published on its own website on Monday afternoon.',
      'Shop owners on the market square said the work had kept customers away for most of the summer and asked the council to waive their local business taxes for the months in which the square was closed.',
    );
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.length).toBeLessThanOrEqual(3);
    expect(wordsIn(texts)).toBeLessThanOrEqual(90);
  });

  it('stops at three sentences when many short ones would fit', () => {
    const texts = summaryOf(
      'Port strike ends after nine days',
      'Dock workers in Halden ended their nine-day strike on Friday.',
      'The union accepted a pay rise of six percent over two years.',
      'Ships queued outside the port began to unload on Saturday morning.',
      'Exporters said the strike had cost them several million euros.',
      'The port authority expects normal traffic by the middle of next week.',
    );
    expect(texts.length).toBe(3);
    expect(texts[0]).toMatch(/^Dock workers in Halden ended/);
  });
});

describe('sentences that never stand in a summary', () => {
  it("leaves out a call to the reader and a newsletter's list item", () => {
    expect(summaryUnfit('Read the rest of the story at the Halden Courier.')).toBe('caption');
    expect(summaryUnfit('Take a look at what the ferry captains told us about the strike this year.')).toBe('caption');
    expect(summaryUnfit('~ And to brighten your Friday, here is a ferry cat that rides to Halden every day.')).toBe('caption');
    expect(summaryUnfit('Readers took a look at the ferry timetable and found four errors in it.')).toBeNull();
  });

  it('leaves out a reported question whose answer is not in the sentence', () => {
    expect(summaryUnfit('The harbour master was asked if the northern ferry ramp would reopen before the summer.')).toBe('question');
    expect(summaryUnfit('A local reporter asked the mayor on Friday whether she would publish the ferry contracts.')).toBe('question');
    expect(summaryUnfit('When asked whether the ramp would reopen, the harbour master said it would not before July.')).toBeNull();
    expect(summaryUnfit('The mayor was asked if the ramp would reopen and replied that the board had not decided.')).toBeNull();
    expect(summaryUnfit('Two councillors asked the auditor to examine whether the ferry contracts broke the rules.')).toBeNull();
  });

  it('leaves out a reported question that opens on "how", "what", "why" or "where" when the sentence gives no answer', () => {
    expect(summaryUnfit('A caller asked the harbour master how long the northern ramp would stay closed.')).toBe('question');
    expect(summaryUnfit('The radio host asked the mayor what she thought of the new ferry timetable.')).toBe('question');
    expect(summaryUnfit('After a reporter asked the mayor why the ramp was closed, she said the repairs had run late.')).toBeNull();
    expect(summaryUnfit('The council asked the harbour board how much the repairs would cost and was told four million.')).toBeNull();
    expect(summaryUnfit('The board members who asked for the inquiry said the ramp had been unsafe for years.')).toBeNull();
  });

  it('a photo caption or credit is unfit, a sentence that merely names an agency or photographs is not', () => {
    expect(summaryUnfit('Firefighters spray water on the burning warehouse in Lund on Monday. (AP Photo/Jane Morrow)')).toBe('caption');
    expect(summaryUnfit('Pictured: the mayor cutting the ribbon at the new library')).toBe('caption');
    expect(summaryUnfit('Cover image: artist’s impression of the lighting installation at the harbour festival')).toBe('caption');
    expect(summaryUnfit('Top image copyright the harbour trust')).toBe('caption');
    expect(summaryUnfit('Top officials cut the ribbon at the new harbour festival on Friday.')).toBeNull();
    expect(summaryUnfit('Reuters reported the takeover talks late on Monday, citing two bankers.')).toBeNull();
    // A note that sends the reader elsewhere is no news; a website named in the news is.
    expect(summaryUnfit('For more information on the ward monitor, please visit: www.example.com')).toBe('caption');
    expect(summaryUnfit('You are welcome to email us at info@example.org if you have questions.')).not.toBeNull();
    expect(summaryUnfit('The news website www.example.org has accused the ministry of hiding the figures.')).toBeNull();
    expect(summaryUnfit('The museum will show photographs by local children from next month.')).toBeNull();
    // The page's furniture: an editor's note, a call to subscribe.
    expect(summaryUnfit("Editor's note: The following is part 2 of 3 excerpts from the harbour master's memoir.")).toBe('caption');
    expect(summaryUnfit('SIGN UP FOR OUR NEWSLETTER — the ferry timetable every morning.')).toBe('caption');
    expect(summaryUnfit('The editor noted that the ferry had been late on 40 days this year.')).toBeNull();
    // A digest's kicker or heading in capitals; a dateline in capitals opens a sentence.
    expect(summaryUnfit("HE'S BEEN CALLED OUT BY THE HARBOUR BOARD — He has been asked to explain the rents.")).toBe('caption');
    expect(summaryUnfit('FERRY CREW RESCUES FOUR IN STORM.')).toBe('caption');
    expect(summaryUnfit('NEW YORK (AP) — The harbour board voted on Tuesday to close the northern ferry ramp.')).toBeNull();
    expect(summaryUnfit('SALT LAKE CITY (AP) — The harbour board voted on Tuesday to close the ramp.')).toBeNull();
  });

  it('an embedded tweet or a pointer to a clip on the page is unfit; news about a tweet or a video is not', () => {
    expect(summaryUnfit('Ferry crews in Halden walk out again. pic.twitter.com/Ab12Cd34 — Harbour News (@harbournews) March 4, 2016.')).toBe('caption');
    expect(summaryUnfit('The ferry is late for the ninth day running. — Ann Lee (@annlee_ferry) May 2, 2016.')).toBe('caption');
    expect(summaryUnfit('Watch the video above for the harbour master on the strike.')).toBe('caption');
    expect(summaryUnfit('Listen to the interview with the ferry captain, embedded below.')).toBe('caption');
    expect(summaryUnfit('Watch the full speech here.')).toBe('caption');
    expect(summaryUnfit('The harbour master wrote on Twitter (@harbourmaster) that the ferry would run on Monday.')).toBeNull();
    expect(summaryUnfit('A video of the collision, filmed from the pier, was watched a million times within a day.')).toBeNull();
    expect(summaryUnfit('Watchdogs said the harbour board had broken its own rules above the ferry ramp.')).toBeNull();
  });

  it('a sentence opening on a lower-case word is the tail of a split line; a brand or a name particle may open one', () => {
    expect(summaryUnfit("of the harbour board's plans for the northern ferry ramp.")).toBe('markup');
    expect(summaryUnfit('beat the defending champion in three sets to reach the final in Halden.')).toBe('markup');
    expect(summaryUnfit('l The ferry board has met four times since the strike began in March.')).toBe('markup');
    expect(summaryUnfit('iPhone sales at the harbour shop rose by a third in the first week of the festival.')).toBeNull();
    expect(summaryUnfit('de Vries, the harbour master, said the ferry would run again on Monday.')).toBeNull();
  });

  it('"That’s" with a curly apostrophe leans on the sentence before as "That\'s" does, and so does "The latter"; "The former mayor" does not', () => {
    expect(summaryUnfit('That’s a ten-point rise for the ferry board since the vote in March.')).toBe('leans-on-context');
    expect(summaryUnfit("That's a ten-point rise for the ferry board since the vote in March.")).toBe('leans-on-context');
    expect(summaryUnfit('The latter runs the northern ferry route with three boats.')).toBe('leans-on-context');
    expect(summaryUnfit('The former harbour master has finished giving evidence at the ferry inquiry.')).toBeNull();
  });

  it('"Others" to open stands for people or things named before it, so the sentence leans on them; "Other" before a noun is left alone', () => {
    expect(summaryUnfit('Others in the rowing club had already left the island for the winter.')).toBe('leans-on-context');
    expect(summaryUnfit('Others, however, say the ferry timetable was never the real problem.')).toBe('leans-on-context');
    expect(summaryUnfit('Other ferry lines on the coast raised their fares by a tenth in March.')).toBeNull();
  });

  it('a line whose only lower-case words are articles, prepositions and "and" (a list of names, a credit, a short heading) is a caption', () => {
    expect(summaryUnfit('The Faces of the Ferry Strike on Marden Island.')).toBe('caption');
    expect(summaryUnfit('Ann Berg (Harbour Party), Tom Hale (Island Party) and Joe Lee (Ferry Party).')).toBe('caption');
    expect(summaryUnfit('Contributing: Ann Berg and Tom Hale, Marden Gazette.')).toBe('caption');
    expect(summaryUnfit('Marden and Easton had 9 ferry crossings each in March.')).toBeNull();
    expect(summaryUnfit('Ann Berg won Marden, Easton and Lowick in the ferry board vote.')).toBeNull();
    expect(summaryUnfit('渡船委员会周一宣布，北线将在三月恢复运营。')).toBeNull();
  });

  it('an opener that adds to what came before ("On top of that", "Beyond that", "More importantly", "Worst of all") leans on it', () => {
    expect(summaryUnfit('On top of that, the ferry board raised the fare for cars by a fifth.')).toBe('leans-on-context');
    expect(summaryUnfit('Beyond that, the council has kept its plans for the old ramp secret.')).toBe('leans-on-context');
    expect(summaryUnfit('More importantly, the harbour master has asked for a second boat on Fridays.')).toBe('leans-on-context');
    expect(summaryUnfit('Worst of all, the island has had no doctor since the ferry strike began.')).toBe('leans-on-context');
    expect(summaryUnfit('Beyond the harbour wall, the council plans a new ramp for the northern ferry.')).toBeNull();
  });

  it('a signpost to the page below ("Ahead, she shares …", "Below, we list …") is no fact; "Ahead of the vote" and "Above all" are', () => {
    expect(summaryUnfit('Ahead, she shares the five biggest decorating mistakes this group tends to make.')).toBe('leans-on-context');
    expect(summaryUnfit('Below, we list the ten best ferries on the coast this summer.')).toBe('leans-on-context');
    expect(summaryUnfit('Ahead of the vote, the mayor met the harbour board on Monday.')).toBeNull();
    expect(summaryUnfit('Above all, the council wants the ferry running by May.')).toBeNull();
  });

  it('"Aside from those", "Apart from that", "Other than that" point back to what came before; "Aside from the ferry" names its own', () => {
    expect(summaryUnfit('Aside from those, night sailings and a cafe are also planned for the new ferry.')).toBe('leans-on-context');
    expect(summaryUnfit('Apart from that, the harbour master has asked for a second boat on Fridays.')).toBe('leans-on-context');
    expect(summaryUnfit('Other than that, the council has kept its plans for the old ramp secret.')).toBe('leans-on-context');
    expect(summaryUnfit('Aside from the ferry, the island has no link to the mainland in winter.')).toBeNull();
  });

  it('an opening interval of weeks or more ("Two years later, …") counts from an event told before; "Minutes later" and "later this year" do not', () => {
    expect(summaryUnfit('Two years later, the ferry board sold the northern route to a private firm.')).toBe('leans-on-context');
    expect(summaryUnfit('Only six months earlier, the harbour master had promised a new ramp for the island.')).toBe('leans-on-context');
    expect(summaryUnfit('Weeks later, the council closed the old ferry ramp for good.')).toBe('leans-on-context');
    expect(summaryUnfit('Minutes later, the ferry board said the late boat would run again on Friday.')).toBeNull();
    expect(summaryUnfit('The ferry board will sell the northern route later this year, the mayor said.')).toBeNull();
    expect(summaryUnfit('Sooner or later, the island will need a second ferry, the harbour master said.')).toBeNull();
  });

  it('a sentence pointing at the page around it ("as mentioned above", "the three plans below") shows what the summary does not', () => {
    expect(summaryUnfit('As I mentioned above, the ferry board lost money on the northern route for four years.')).toBe('leans-on-context');
    expect(summaryUnfit('The three plans below, which cover fares, ramps and timetables, would cost the town very little.')).toBe('leans-on-context');
    expect(summaryUnfit('Islanders who meet the conditions listed below may apply for a cheaper season ticket.')).toBe('leans-on-context');
    expect(summaryUnfit('Ferry fares on the northern route fell below five euros for the first time in March.')).toBeNull();
    expect(summaryUnfit('The waves broke on the rocks below the harbour office during the storm on Monday.')).toBeNull();
  });

  it('"The island line, for one, …" gives one example of a group named before, and "Read part 1 here" is a link\'s words; "one" in a count does not', () => {
    expect(summaryUnfit('The island line, for one, ran its late boat again on Friday.')).toBe('leans-on-context');
    expect(summaryUnfit('NRK, for one, ran the whole speech again later that night.')).toBe('leans-on-context');
    expect(summaryUnfit('Read part 1 here, and part 2 here.')).toBe('leans-on-context');
    expect(summaryUnfit('Download the ferry board’s full report on the northern route here.')).toBe('leans-on-context');
    expect(summaryUnfit('Read my lips: the ferry board will not raise fares here in the north.')).toBeNull();
    expect(summaryUnfit('The ferry board voted for one new boat and two new ramps on Friday.')).toBeNull();
    expect(summaryUnfit('The harbour master said the new ramp would open, for one week only, in May.')).toBeNull();
  });

  it('a sentence echoing or answering words given before ("were echoed by", "echoed Lee\'s view", "these concerns") leans on them', () => {
    expect(summaryUnfit("The harbour master's warning was echoed by Ann Berg, who runs the northern ferry line.")).toBe('leans-on-context');
    expect(summaryUnfit("Skipper Tom Hale echoed Berg's sentiments about the winter timetable.")).toBe('leans-on-context');
    expect(summaryUnfit('The ferry board tried to answer these concerns by adding a late boat on Fridays.')).toBe('leans-on-context');
    expect(summaryUnfit('Councillors voiced that alarm again at the meeting in March.')).toBe('leans-on-context');
    expect(summaryUnfit('The ferry board said that claims of unsafe ramps were false, citing two inspections.')).toBeNull();
    expect(summaryUnfit('Similar remarks by the mayor and the harbour master drew a crowd to the ferry ramp.')).toBeNull();
  });

  it('openers that add to or answer the sentence before ("What’s more", "Even worse", "At the time,", "Just ask") lean on it', () => {
    expect(summaryUnfit('What’s more, the harbour board sold the old ferry to a rival line in 2009.')).toBe('leans-on-context');
    expect(summaryUnfit('Even worse, a third of the ferry crews said they would quit before the summer.')).toBe('leans-on-context');
    expect(summaryUnfit('At the time, the harbour master said the ramp was safe to use.')).toBe('leans-on-context');
    expect(summaryUnfit('Just ask the ferry crews at the northern ramp.')).toBe('leans-on-context');
    expect(summaryUnfit('In response to the strike, the ferry line cut its winter fares by a fifth.')).toBeNull();
    expect(summaryUnfit('At the time of the vote, the harbour master was on leave in Spain.')).toBeNull();
  });

  it('a title-case line with a stop that capitalises its small words is a linked headline; a sentence full of names is not', () => {
    expect(summaryUnfit('Harbour Master: The Ferry Ramp Is Not Safe For Winter Use.')).toBe('caption');
    expect(summaryUnfit('Town Council Rejects The Idea Of A New Bridge Toll.')).toBe('caption');
    // A bare list of names is now a caption for having no verb (see below); with one it is no headline.
    expect(summaryUnfit('Ann Moe, Tom Berg and Per Lund had Lisa Holm as Harbour Master.')).toBeNull();
    expect(summaryUnfit('Ann Moe is Director of the Harbour Institute at Lund University.')).toBeNull();
  });

  it("a transcript's turn or a flag in capitals before a colon is unfit; a dateline in capitals with its dash is not", () => {
    expect(summaryUnfit('ANN LEE: The ferry board voted on Monday to close the northern ramp for good.')).toBe('leans-on-context');
    expect(summaryUnfit('HARBOUR MASTER: We will reopen the ramp once the repairs are done in June.')).toBe('leans-on-context');
    expect(summaryUnfit('BREAKING: Ferry board votes to close the northern ramp after the storm.')).toBe('leans-on-context');
    // A chat log's turn, a transcript's stage note and a link's credit in square brackets each lean on what is around them.
    expect(summaryUnfit('[Ann Lee] Since the start, the ferry board has kept the northern ramp open in winter.')).toBe('leans-on-context');
    expect(summaryUnfit('[Laughs] The ferry that sank twenty years ago was a smaller boat.')).toBe('leans-on-context');
    expect(summaryUnfit('[Harbour Times] The board will vote on the northern ramp next week.')).toBe('leans-on-context');
    expect(summaryUnfit('HALDEN, Norway (AP) — The ferry board voted on Monday to close the northern ramp.')).toBeNull();
    expect(summaryUnfit('Ann Lee: a harbour master who kept the ferries running through the storm.')).toBeNull();
  });

  it('a caption crediting its picture "via" a source, or a title-case heading, is unfit; a sentence with its stop is not', () => {
    expect(summaryUnfit("The harbour's new ferry terminal seen from the pier via Harbour Photos")).toBe('caption');
    expect(summaryUnfit('Video Shows Ferry Crew Rescue Stranded Swimmer off the Pier')).toBe('caption');
    expect(summaryUnfit('The council announced the new timetable via Twitter.')).toBeNull();
    expect(summaryUnfit('The Harbour Ferry Company sold two boats on Monday')).toBeNull();
  });

  it('a question is unfit, a reported question answered in the same sentence is not', () => {
    expect(summaryUnfit('So what does the closure mean for the town and its 4,000 workers?')).toBe('question');
    expect(summaryUnfit('Residents asked whether the plant would reopen before the winter, and the manager said it would.')).toBeNull();
  });

  it('a line that ends in a colon introduces something not shown; a colon inside a sentence is fine', () => {
    expect(summaryUnfit('The council gave three reasons for rejecting the plan:')).toBe('introduces');
    expect(summaryUnfit('The council rejected the plan 7:2 after a long debate on Tuesday.')).toBeNull();
  });

  it("a line that ends in ';' is a list's item; a semicolon inside a sentence is fine", () => {
    expect(summaryUnfit('Ferries delayed by the storm on the northern route;')).toBe('markup');
    expect(summaryUnfit('The ferry was late; the bus waited for it at the pier.')).toBeNull();
  });

  it('markup, a web address or a fragment after a lost caption is unfit; a bracket or a hash in prose is not', () => {
    expect(summaryUnfit(', a limousine outside the Harbour Hotel .]] The mayor arrived on Monday.')).toBe('markup');
    expect(summaryUnfit('{| style="border:1px solid" | The council passed the budget on Monday.')).toBe('markup');
    expect(summaryUnfit('* The ferry crossing :* Bus fares for the elderly and the young.')).toBe('markup');
    expect(summaryUnfit('Our plan is online at http://example.org/plan for every voter to read.')).toBe('markup');
    expect(summaryUnfit('The council [which met on Monday] passed the #1 budget item, 7:2.')).toBeNull();
    expect(summaryUnfit('(See also my answer below on the ferry) The fares will fall.')).toBe('markup');
  });

  it('a sentence whose link words were lost ("an ambush by the.") never supports the news; "a.m." and "Part A." are whole', () => {
    expect(lostWords('Six guards were wounded on Sunday in an ambush blamed on the.')).toBe(true);
    expect(lostWords('The ferry workers, members of the, voted to strike on Monday.')).toBe(true);
    expect(lostWords('The strike has hit the and the northern ferry lines since Monday.')).toBe(true);
    expect(lostWords('The ferry left the harbour at 6 a.m. on Monday with 40 passengers.')).toBe(false);
    expect(lostWords('The ferry fare is now part of the Transport Plan A. The council agreed it on Monday.')).toBe(false);
    expect(lostWords("The council heard that the ferry was a lifeline for the island's Qur'an school.")).toBe(false);
    const texts = summaryOf(
      'Ferry crews strike over pay in Halden',
      'Ferry crews in Halden stopped work on Monday in a strike over pay called by the.',
      'The union wants a pay rise of six percent for the ferry crews in Halden.',
      'The ferry crews in Halden, members of the, last went on strike over pay in 2019.',
      'Passengers waited for hours at the ferry terminal in Halden on Monday.',
    );
    expect(texts[0]).toMatch(/^Ferry crews in Halden stopped work/);
    expect(texts.some((t) => t.includes('members of the,'))).toBe(false);
  });

  it('a note to readers about the coverage is no news', () => {
    expect(summaryUnfit('Expect interviews from every party standing in the harbour ward.')).toBe('caption');
    expect(summaryUnfit('Stay tuned for further updates on the ferry strike.')).toBe('caption');
    expect(summaryUnfit('Officials expect more interviews with the ferry crew this week.')).toBeNull();
  });

  it('a question run into its answer is one side of an interview', () => {
    expect(summaryUnfit('Why this party?: Because it is the only one that speaks for the harbour towns.')).toBe('leans-on-context');
    expect(summaryUnfit('How did you two meet? thumb ::Dana: We met back in school in the harbour town.')).toBe('leans-on-context');
    expect(summaryUnfit('Paris: the council met on Monday and passed the harbour budget.')).toBeNull();
  });

  it('an opener that leans on the sentence before is unfit, a word that only starts the same way is not', () => {
    expect(summaryUnfit('Instead, the council chose the cheaper bridge design.')).toBe('leans-on-context');
    expect(summaryUnfit("First, let's say what the new rule is not.")).toBe('leans-on-context');
    expect(summaryUnfit('He told reporters the vote would go ahead on Friday.')).toBe('leans-on-context');
    expect(summaryUnfit('By contrast, exports to Asia rose by a tenth.')).toBe('leans-on-context');
    expect(summaryUnfit('In fact, the complaint was raised at the council meeting in May.')).toBe('leans-on-context');
    expect(summaryUnfit('Of course, the ferry was late again on Monday.')).toBe('leans-on-context');
    expect(summaryUnfit('What this means is that the council is taking money from the harbour fund.')).toBe('leans-on-context');
    expect(summaryUnfit('Infection rates fell in the harbour towns.')).toBeNull();
    expect(summaryUnfit("I've worked on the harbour board for twelve years.")).toBe('leans-on-context');
    expect(summaryUnfit('JV: The tour has been the best part of the year for the band.')).toBe('leans-on-context');
    expect(summaryUnfit("Italy's exports rose by a tenth in the spring.")).toBeNull();
    // Openers that look like pronouns but lean on nothing.
    expect(summaryUnfit('US President George W. Bush today named his pick for the court.')).toBeNull();
    expect(summaryUnfit('This morning, party leaders announced an outright majority.')).toBeNull();
    expect(summaryUnfit('Her Majesty Queen Elizabeth II will visit the United States in May.')).toBeNull();
    expect(summaryUnfit('This will be her fourth visit to the United States.')).toBe('leans-on-context');
    // A sentence that closes a quotation it never opened began inside it.
    expect(summaryUnfit('I will save the economy that faces a crisis," Lee said in a news conference.')).toBe('leans-on-context');
    expect(summaryUnfit('He has served 41 months in prison,” his lawyer said.')).toBe('leans-on-context');
    expect(summaryUnfit('The plan, the mayor said, was "dead on arrival."')).toBeNull();
    expect(summaryUnfit('What will you do?" When asked about the ferry, he said, "The fares will rise.')).toBe('leans-on-context');
    expect(summaryUnfit('The mayor called the plan "dead," and the council agreed.')).toBeNull();
    // A mark right after a word, before a colon or a space, closes too; a tall player's 6'5" and curly marks mixed in do not count.
    expect(summaryUnfit('A new bridge for the harbour is next": Ann Lee, the council leader.')).toBe('leans-on-context');
    expect(summaryUnfit('They had no choice" but to close the ferry, the council leader said.')).toBe('leans-on-context');
    expect(summaryUnfit('The 6\'5" forward signed a two-year contract with the harbour club.')).toBeNull();
    expect(summaryUnfit('The mayor said there was “no money" left for the ferry this year.')).toBeNull();
    expect(summaryUnfit('"We will rebuild the school," the mayor said.')).toBe('leans-on-context');
    // "The result is that …" names the outcome of what came before.
    expect(summaryUnfit('The result is that ferries to the island now run twice as often as they did in May.')).toBe('leans-on-context');
    expect(summaryUnfit('The result of the harbour vote was announced by the council on Friday.')).toBeNull();
    // A preposition with a pronoun, or a demonstrative and a noun before the comma, points back to what came before.
    expect(summaryUnfit('In it, the harbour master denied ever seeing the inspection report.')).toBe('leans-on-context');
    expect(summaryUnfit('In this regard, the council vote on the ferry is about more than money.')).toBe('leans-on-context');
    expect(summaryUnfit('On that point, the mayor recalled a call with the harbour board.')).toBe('leans-on-context');
    expect(summaryUnfit("On this weekend's broadcast, the mayor said the ferry would run again.")).toBeNull();
    expect(summaryUnfit('In this year’s budget the council set aside four million for the pier.')).toBeNull();
    // A quotation that runs on into the next sentence leaves the line open; one closed within it, or by a straight mark, does not.
    expect(summaryUnfit('After the vote the mayor told reporters: “It was a long night for the whole town.')).toBe('leans-on-context');
    expect(summaryUnfit('Lee said the ferry workers “did a fine job. ')).toBe('leans-on-context');
    expect(summaryUnfit('After the vote the mayor said, "It was a long night for the whole town.')).toBe('leans-on-context');
    expect(summaryUnfit('After the vote the mayor said it was “a long night’’ for the whole town.')).toBeNull();
    expect(summaryUnfit('The mayor told reporters: “It was a long night for the whole town.”')).toBeNull();
    expect(summaryUnfit("Italy's parliament passed the budget late on Thursday.")).toBeNull();
    expect(summaryUnfit('Sonia Hart, the council leader, said the budget was balanced.')).toBeNull();
    expect(summaryUnfit('Therapists in the region say waiting lists have doubled.')).toBeNull();
  });

  it("an interview's answers are left to the interview: labelled turns and answers after questions", () => {
    const labelled = summaryOf(
      'Candidate interview: Tom Moore on the harbour ward',
      'Tom Moore is standing for the harbour council in the east ward as an independent. Our reporter put eight questions to him by e-mail.',
      'Why do you want to be on the council?',
      'Moore: Because the harbour has been failing for years and nobody else will fix the broken pier at the east end.',
      'Have you stood for the council before?',
      'Moore: Yes, per the answer above; I stood in 2018 and again in 2020 for the same ward and lost both times.',
      'The election is held on 4 May, and eleven candidates are standing for the three seats in the east ward.',
    );
    expect(labelled.some((t) => t.startsWith('Moore:'))).toBe(false);
    expect(labelled[0]).toMatch(/^Tom Moore is standing/);
    const unlabelled = summaryOf(
      'Five questions for the harbour master',
      'Ann Reyes has run the port of Marden for twelve years and retires in June after a record season for cargo.',
      'What was your hardest year?',
      'The flood year, when the east quay was under water for a month and we moved every ship to Easton.',
      'What will you miss most?',
      'The people on the night shift, who kept the cranes moving through every storm we had in twelve years.',
      'What comes next for the port?',
      'A deeper channel, which the council has promised to dredge by 2030 if the funding holds.',
    );
    expect(unlabelled.filter((t) => !t.startsWith('Ann Reyes'))).toEqual([]);
  });

  it("a transcript's turns are answers when a speaker is labelled in full once and by surname after", () => {
    const texts = summaryOf(
      'Harbour master on the ferry strike',
      'The harbour master of Marden, Ann Lee, told Radio Marden on Sunday that the ferry strike would cost the port two million pounds a week.',
      'ANN LEE: The ferry strike has closed the port of Marden for nine days. The ferry crews want a pay rise of eight per cent, and the port board offered four per cent.',
      'TOM HART: Will the port board raise its offer to the ferry crews?',
      'LEE: The port board meets on Tuesday. I expect the ferry strike to end this week if the port board moves.',
    );
    expect(texts[0]).toMatch(/^The harbour master of Marden/);
    expect(texts.filter((t) => /ferry crews want|I expect|board meets/.test(t))).toEqual([]);
  });

  it('a checklist of questions in a row does not make an article an interview', () => {
    const texts = summaryOf(
      'Harbour group backs Baker for the east ward',
      'The Harbour Watch group on Monday backed Councillor Tom Baker for the east ward after putting its four tests to every candidate.',
      'Its letter asked each of the five candidates the same four questions.',
      'Has the candidate led a harbour campaign before?',
      'Does the candidate live in the east ward?',
      'Will the candidate publish the harbour accounts every year?',
      'Can the candidate work with the ferry company and the port?',
      'Harbour Watch said Tom Baker met all four tests, and its 3,000 members in the east ward would campaign for him until the vote on 4 May.',
      'Baker said he would publish the harbour accounts within a month of taking his seat on the council.',
    );
    expect(texts.some((t) => /Harbour Watch said Tom Baker|Baker said he would publish/.test(t))).toBe(true);
  });

  it('an article full of unfit sentences still gets a summary without them', () => {
    const texts = summaryOf(
      'Town votes to close the old swimming pool',
      'Will the town ever swim again?',
      'Voters in Marden decided on Sunday to close the old municipal swimming pool after sixty years.',
      'Swimmers queue outside the Marden pool on its last day. (AP Photo/Lena Berg)',
      'The council listed the costs it could no longer carry:',
      'Instead, the town will pay for bus trips to the new pool in Easton.',
      'The closure takes effect at the end of August, the council said in a statement.',
    );
    expect(texts[0]).toMatch(/^Voters in Marden decided/);
    for (const t of texts) expect(summaryUnfit(t)).toBeNull();
  });
});

describe('the news first', () => {
  it('a feature whose first paragraph sets a scene gets the sentence that states the news', () => {
    const texts = summaryOf(
      'City council approves flood barrier for river district',
      'The rain came down in sheets as Maria Lopez stacked sandbags outside her bakery on Elm Street for the third time this year.',
      'On Tuesday the city council approved a flood barrier for the river district, a project worth 40 million dollars.',
      'The barrier will run for two kilometres along the river and should be finished in 2027, the council said.',
      'Shop owners in the river district have asked the council for flood protection since the floods of 2019.',
    );
    expect(texts[0]).toMatch(/^On Tuesday the city council approved a flood barrier/);
    expect(texts).not.toContain('The rain came down in sheets as Maria Lopez stacked sandbags outside her bakery on Elm Street for the third time this year.');
  });

  it('a first paragraph that only repeats the headline is skipped', () => {
    const texts = summaryOf(
      'Senate passes the farm bill after a long night.',
      'Senate passes the farm bill after a long night.',
      'The Senate passed the farm bill early on Wednesday by 61 votes to 38, ending a debate that ran through the night.',
      'The bill raises crop insurance subsidies and cuts funding for two conservation programmes.',
    );
    expect(texts[0]).toMatch(/^The Senate passed the farm bill early/);
    expect(texts).not.toContain('Senate passes the farm bill after a long night.');
  });

  it('a lede that restates the headline with more words is the news, not a repeat of the headline', () => {
    const texts = summaryOf(
      'Harbour Gazette sold for €300,000 to Coast Media Group',
      'Irish weekly newspaper, the Harbour Gazette, has been sold for €300,000 to the Coast Media Group.',
      'Coast Media Group publishes two trade magazines and a regional daily.',
      'The Gazette, founded 35 years ago, has a circulation of 3,500.',
    );
    expect(texts[0]).toMatch(/^Irish weekly newspaper, the Harbour Gazette, has been sold/);
  });

  it('a headline verb in the present ("retires") finds the sentence that says "would retire"', () => {
    const texts = summaryOf(
      'Chess champion Tamsin Roe retires',
      'The snow lay thick on the roofs of the old town as the players arrived at the hall.',
      'On Friday, the grandmaster said she would retire.',
      'She won her first national title at the age of sixteen in a small hall in Leeds.',
      'The grandmaster will coach the national team from the spring.',
    );
    expect(texts[0]).toBe('On Friday, the grandmaster said she would retire.');
  });

  it('supporting sentences follow the news in article order', () => {
    const a = analyzeParagraphs(
      'Quake shakes northern coast',
      'A strong earthquake shook the northern coast on Sunday, damaging houses in three fishing villages.',
      'The quake had a magnitude of 6.1 and struck at a depth of ten kilometres, the geological survey said.',
      'Rescue teams reached the three villages by boat because landslides blocked the coast road.',
    );
    const indexes = a.summary.map((s) => s.source.sentenceIndex);
    expect(indexes[0]).toBe(0);
    expect(indexes.slice(1)).toEqual([...indexes.slice(1)].sort((x, y) => x - y));
  });

  it('is deterministic: the same article gives the same summary', () => {
    const paragraphs = [
      'Rail operator cancels night trains',
      'The national rail operator cancelled all night trains from June, citing a shortage of sleeping cars.',
      'About 300,000 passengers used the night trains last year, most of them between the capital and the north.',
      'Passenger groups said the decision would push travellers onto short-haul flights.',
    ] as const;
    const first = analyzeParagraphs(...paragraphs).summary;
    const second = analyzeParagraphs(...paragraphs).summary;
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThanOrEqual(2);
  });
});

describe('specific facts', () => {
  it('counts names inside a sentence, not the capital that opens it or a sentence after a full stop', () => {
    expect(specificsOf('Mayor Anna Berg opened the Harbour Bridge.', 7).names).toBeCloseTo(4 / 7);
    expect(specificsOf('The mayor opened the bridge. The crowd cheered.', 8).names).toBe(0);
    expect(specificsOf('the mayor opened the bridge', 5).names).toBe(0);
  });

  it('a digit is a number; a number spelled out or a month name is not', () => {
    expect(specificsOf('The bridge cost 12 million euros.', 6).number).toBe(true);
    expect(specificsOf('The bridge cost twelve million euros.', 6).number).toBe(false);
    expect(specificsOf('The bridge opened in late May.', 6).number).toBe(false);
  });

  it('a supporting sentence with names and a number beats a vaguer one just before it', () => {
    const texts = summaryOf(
      'Council approves new bridge over the river',
      'The city council approved a new bridge over the river on Tuesday after a long debate.',
      'The bridge will replace the old ferry crossing near the harbour.',
      'People in the town have long thought that a bridge over the river would be good for everyone.',
      'Mayor Anna Berg said the bridge over the river would cost 12 million euros and open in 2028.',
      'The ferry crossing will close once the bridge opens.',
    );
    expect(texts).toContain('Mayor Anna Berg said the bridge over the river would cost 12 million euros and open in 2028.');
    expect(texts).not.toContain('People in the town have long thought that a bridge over the river would be good for everyone.');
  });
});

describe('a Japanese link word opening a line', () => {
  it('leans on the sentence before ("また、", "しかし、"), like "Also," or "However,"; a line without one stands', () => {
    expect(summaryUnfit('また、Apple Cardなるクレジットカードを発表した。')).toBe('leans-on-context');
    expect(summaryUnfit('しかし、商標権侵害と判断される場合があります。')).toBe('leans-on-context');
    expect(summaryUnfit('アップルは新しいクレジットカードを発表した。')).toBeNull();
  });
});

describe('a table row read as a sentence', () => {
  it('is markup when two labelled figures or more sit outside quotation marks; one labelled figure or prose figures stand', () => {
    expect(summaryUnfit('Deepwater Horizon My Guess: $18,000,000 Nick’s Guess: $19,500,000 Actual: $20,606,000 Result: Nick wins again!')).toBe('markup');
    expect(summaryUnfit('Price: $499 Weight: 1.2 kg Battery: 10 hours')).toBe('markup');
    expect(summaryUnfit('The IMF cut its forecast to 2.7%, down from 2.9% in July.')).toBeNull();
    expect(summaryUnfit('Result: the measure passed 52 to 48 on Tuesday night.')).toBeNull();
  });
});
