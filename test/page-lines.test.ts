import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { buildBrief } from '../src/build-brief.js';
import { readArticle } from '../src/read/read-article.js';
import { distinctQuotes, elsewhereOf, pageLines, repeatedSentences } from '../src/markdown/page-lines.js';
import { renderMarkdown } from '../src/index.js';
import type { Brief, ConcernItem, QuoteItem, SourceRef, SummaryItem, UnconfirmedItem } from '../src/types.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const S1 = 'Officials warned that the dam could fail within days after heavy rain.';
const S2 = 'Engineers have probably underestimated the damage, a source said.';
const ref = (sentence: string, sentenceIndex: number): SourceRef => ({ paragraph: sentenceIndex + 1, sentence, sentenceIndex });
const summary = (text: string, i: number): SummaryItem => ({ type: 'summary', text, source: ref(text, i), score: 1 });
const concern = (text: string, fear: string, i: number): ConcernItem => ({
  type: 'concern',
  text,
  holder: 'Officials',
  cue: 'warned',
  fear,
  source: ref(text, i),
  score: 1,
});
const unconfirmed = (text: string, claim: string, i: number): UnconfirmedItem => ({
  type: 'unconfirmed',
  text,
  claim,
  cue: 'probably',
  kind: 'hedged',
  likelihood: null,
  source: ref(text, i),
  score: 1,
});
const brief = (parts: Partial<Brief>): Brief => ({ summary: [], quotes: [], concerns: [], unconfirmed: [], ...parts }) as Brief;
const all = { summary: 9, quotes: 9, concerns: 9, unconfirmed: 9 };

describe('one sentence, one place', () => {
  it('a line shows where its quotation begins and ends: a mark closing one opened before gets its opening, an open one its close', () => {
    const tail = 'all of them will need a new ramp by winter," she said.';
    const head = '"Officials warned that the dam could fail within days.';
    const slip = 'The mayor called it ”a disaster the town could not afford.”';
    const lines = pageLines(brief({ concerns: [concern(tail, tail, 0), concern(head, head, 1)], unconfirmed: [unconfirmed(slip, slip, 2)] }), all);
    expect(lines.concerns.map((c) => c.line)).toEqual([
      '"all of them will need a new ramp by winter," she said.',
      '"Officials warned that the dam could fail within days."',
    ]);
    expect(lines.unconfirmed[0]?.line).toBe('The mayor called it “a disaster the town could not afford.”');
  });

  it('a concern prints what the holder fears; its sentence above makes it a repeat, and the line stays short', () => {
    const lines = pageLines(brief({ summary: [summary(S1, 0)], concerns: [concern(S1, 'the dam could fail within days after heavy rain', 0)] }), all);
    expect(lines.concerns[0]).toMatchObject({ repeat: true, line: 'the dam could fail within days after heavy rain' });
  });

  it('a concern with no holder prints its sentence; its short form keeps the cue, so the line says someone fears or criticises', () => {
    const text = 'The project was criticised for its failure to protect the river from chemical runoff, the report said.';
    const fear = 'its failure to protect the river from chemical runoff';
    const item: ConcernItem = { ...concern(text, fear, 0), holder: null, cue: 'criticised' };
    // A clause alone ("criticised for its failure …") would not say whose worry it is.
    expect(pageLines(brief({ concerns: [item] }), all).concerns[0]!.line).toBe(text);
    // When its sentence is above, the line is the short form, with its cue; a fear that holds its cue is left as it is. With no
    // holder before it, a clause cut from inside the sentence is marked as a cut.
    expect(pageLines(brief({ summary: [summary(text, 0)], concerns: [item] }), all).concerns[0]!.line).toBe(`… criticised for ${fear}`);
    const own = { ...item, fear: 'criticised for its failure to protect the river' };
    expect(pageLines(brief({ summary: [summary(text, 0)], concerns: [own] }), all).concerns[0]!.line).toBe(`… ${own.fear}`);
    // A short form that opens where its sentence opens needs no mark.
    const opening = { ...item, fear: 'The project was criticised for its failure to protect the river' };
    expect(pageLines(brief({ summary: [summary(text, 0)], concerns: [opening] }), all).concerns[0]!.line).toBe(opening.fear);
    // A holder reads before the fear, and the cue is not added.
    expect(pageLines(brief({ concerns: [{ ...item, holder: 'The report' }] }), all).concerns[0]!.line).toBe(fear);
  });

  it("a holder's line that is its whole sentence leaves out the closing attribution the holder already names", () => {
    const text = 'The harbour could flood again this winter if the wall is not raised, Mr Hill said.';
    const item: ConcernItem = { ...concern(text, text, 0), holder: 'John Hill', cue: 'flood' };
    expect(pageLines(brief({ concerns: [item] }), all).concerns[0]!.line).toBe('The harbour could flood again this winter if the wall is not raised …');
    // A quotation the cut leaves open loses its mark; a sentence with no closing attribution prints as it stands.
    const quoted = '"The harbour could flood again this winter," Mr Hill said.';
    expect(pageLines(brief({ concerns: [{ ...item, text: quoted, fear: quoted, source: ref(quoted, 0) }] }), all).concerns[0]!.line).toBe(
      'The harbour could flood again this winter …',
    );
    const plain = 'The harbour could flood again this winter if the wall is not raised.';
    expect(pageLines(brief({ concerns: [{ ...item, text: plain, fear: plain, source: ref(plain, 0) }] }), all).concerns[0]!.line).toBe(plain);
  });

  it('a threatening verb stays before its object, whose harm it names ("threatened to tear it up", not "to tear it up")', () => {
    const text = 'The mayor threatened to tear up the ferry contract.';
    const item: ConcernItem = { ...concern(text, 'to tear up the ferry contract', 0), holder: 'mayor', cue: 'threatened' };
    expect(pageLines(brief({ concerns: [item] }), all).concerns[0]!.line).toBe('threatened to tear up the ferry contract');
    // After a threat noun the fear is what is at stake ("a threat to the harbour"); it reads as it is.
    const noun = 'The mayor called the storms a threat to the harbour.';
    expect(pageLines(brief({ concerns: [{ ...item, text: noun, source: ref(noun, 0), cue: 'threat', fear: 'the harbour' }] }), all).concerns[0]!.line).toBe(
      'the harbour',
    );
  });

  it('a worry carried on from the sentence before, with no cue of its own, prints its first clause when its sentence is above', () => {
    const text = 'The harbour banks will be in trouble and that will carry over to every shop on the quay.';
    const item: ConcernItem = { ...concern(text, text, 0), holder: 'Ann Reyes', cue: 'problem' };
    expect(pageLines(brief({ summary: [summary(text, 0)], concerns: [item] }), all).concerns[0]!.line).toBe('The harbour banks will be in trouble …');
  });

  it('an attribution after what is feared prints after the fear\'s opening words, never alone ("… a charity has warned.")', () => {
    const text = 'Millions of the poorest textile workers will lose their jobs under new trade rules next year, a charity has warned.';
    const fear = 'Millions of the poorest textile workers will lose their jobs under new trade rules next year';
    const item: ConcernItem = { ...concern(text, fear, 0), holder: null, cue: 'warned' };
    const line = pageLines(brief({ summary: [summary(text, 0)], concerns: [item] }), all).concerns[0]!.line;
    expect(line).toBe('Millions of the poorest textile workers will lose their jobs under new … a charity has warned.');
  });

  it('a fear that is its cue\'s "that" clause, with a holder, reads from its own words when its sentence is above', () => {
    const text = 'Democrats worry that the mayor will have difficulty matching the surge in new voters from the east ward and the river towns.';
    const item: ConcernItem = { ...concern(text, text.slice(text.indexOf('the mayor')).replace(/\.$/, ''), 0), holder: 'Democrats', cue: 'worry' };
    expect(pageLines(brief({ summary: [summary(text, 0)], concerns: [item] }), all).concerns[0]!.line).toBe(
      'the mayor will have difficulty matching the surge in new voters from the east …',
    );
  });

  it('a fear the article states twice (a pull quote repeating its sentence) is printed once', () => {
    const fear = 'the dam could fail within days after heavy rain';
    const again = `"Officials warned that ${fear}.`;
    const lines = pageLines(brief({ concerns: [concern(S1, fear, 0), concern(again, fear, 3)] }), all);
    expect(lines.concerns.map((c) => c.source.sentenceIndex)).toEqual([0]);
  });

  it('an unconfirmed claim prints its sentence once, then only its claim', () => {
    const items = [unconfirmed(S2, 'Engineers have probably underestimated the damage', 1)];
    expect(pageLines(brief({ unconfirmed: items }), all).unconfirmed[0]).toMatchObject({ repeat: false, line: S2 });
    expect(pageLines(brief({ summary: [summary(S2, 1)], unconfirmed: items }), all).unconfirmed[0]).toMatchObject({
      repeat: true,
      line: 'Engineers have probably underestimated the damage',
    });
  });

  it("a repeated claim that is its cue's complement prints with its cue, not as a bare statement of fact", () => {
    const text = 'After weeks of hearings on the harbour, the inquiry found no credible evidence that a guard had sunk the ferry.';
    const item = { ...unconfirmed(text, 'a guard had sunk the ferry', 1), cue: 'no credible evidence', kind: 'gap' as const };
    expect(pageLines(brief({ summary: [summary(text, 1)], unconfirmed: [item] }), all).unconfirmed[0]!.line).toBe(
      'no credible evidence that a guard had sunk the ferry',
    );
    // A cue the claim already holds, or one far from it, leaves the claim as it is.
    expect(
      pageLines(brief({ summary: [summary(S2, 1)], unconfirmed: [unconfirmed(S2, 'Engineers have probably underestimated the damage', 1)] }), all)
        .unconfirmed[0]!.line,
    ).toBe('Engineers have probably underestimated the damage');
  });

  it('with no narrower clause, a repeated sentence is cut to the part that holds the cue, never printed whole', () => {
    const lines = pageLines(brief({ summary: [summary(S2, 1)], unconfirmed: [unconfirmed(S2, S2, 1)] }), all);
    expect(lines.unconfirmed[0]!.repeat).toBe(true);
    expect(lines.unconfirmed[0]!.line).toBe('Engineers have probably underestimated the damage …');
    // No comma near the cue: the words around it, not the sentence's opening words ("There's going to be …").
    const short = "There's going to be a lot of problems, he warned, with the dam this year and next.";
    const around = pageLines(brief({ summary: [summary(short, 1)], concerns: [{ ...concern(short, short, 1), cue: 'problems' }] }), all);
    expect(around.concerns[0]!.line).toMatch(/problems/);
    expect(around.concerns[0]!.line).not.toBe(short);
    // A part between commas too long to be a short form gives the words around the cue in it.
    const long =
      'The port keeps growing, adding several new cranes and berths over the last year in violation of multiple harbour board rulings on noise and traffic at night.';
    const cut = pageLines(brief({ summary: [summary(long, 1)], concerns: [{ ...concern(long, long, 1), cue: 'violation' }] }), all).concerns[0]!.line;
    expect(cut).toMatch(/violation/);
    // Six words either side of the cue, and up to three more so that it does not end on "of" or "the".
    expect(cut.split(/\s+/).filter((w) => w !== '…').length).toBeLessThanOrEqual(16);
  });

  it('the words around a cue do not end on a word that needs the next one ("any", "the", "of")', () => {
    const text =
      'After a long and bitter campaign in the northern harbour towns the Harbour Party is unlikely to win any seats in the election at all this spring.';
    const item = { ...unconfirmed(text, text, 1), cue: 'unlikely' };
    const line = pageLines(brief({ summary: [summary(text, 1)], unconfirmed: [item] }), all).unconfirmed[0]!.line;
    // The trailing phrases go ("in the election at all this spring"); the cut never falls after "any".
    expect(line).toBe('After a long and bitter campaign in the northern harbour towns the Harbour Party is unlikely to win any seats …');
  });

  it('a repeated sentence less its dateline, asides and trailing phrases keeps who, the cue and what is claimed', () => {
    const cut = (text: string, cue: string): string =>
      pageLines(brief({ summary: [summary(text, 1)], unconfirmed: [{ ...unconfirmed(text, text, 1), cue }] }), all).unconfirmed[0]!.line;
    expect(cut('GAZA - The harbour army is believed to have sunk three fishing boats in a border incident.', 'is believed to')).toBe(
      'The harbour army is believed to have sunk three fishing boats …',
    );
    expect(cut('Ann Lee, the mayor of the harbour town, reportedly signed a contract with the ferry company.', 'reportedly')).toBe(
      'Ann Lee … reportedly signed a contract with the ferry company.',
    );
    // A main clause after a comma is no aside, and a cut never leaves the cue with less than two words after it.
    expect(cut('For their own selfish reasons, the union has probably decided that its demands come first.', 'probably')).not.toMatch(/reasons … /);
    expect(cut('An HIV vaccine is probably at least ten years away from the clinics.', 'probably')).toMatch(/probably at least/);
    // A quotation cut short loses its opening mark rather than leaving it open.
    const quoted = '"The ferry will probably stop running next winter, and the port with it," the mayor said.';
    expect(cut(quoted, 'probably').match(/"/g) ?? []).toHaveLength(0);
  });

  it('the words around a cue run on to the end of its clause, so the line names what is alleged', () => {
    const text =
      'After a long and bitter election campaign in the northern harbour towns the ruling party accused the opposition of stirring up racial divisions, and the courts later agreed with it.';
    const item = { ...unconfirmed(text, text, 1), cue: 'accused' };
    const line = pageLines(brief({ summary: [summary(text, 1)], unconfirmed: [item] }), all).unconfirmed[0]!.line;
    expect(line).toBe('… northern harbour towns the ruling party accused the opposition of stirring up racial divisions …');
  });

  it('only what the page shows counts: a summary line left off does not make a repeat', () => {
    const lines = pageLines(brief({ summary: [summary(S2, 1)], unconfirmed: [unconfirmed(S2, 'x', 1)] }), { ...all, summary: 0 });
    expect(lines.unconfirmed[0]!.repeat).toBe(false);
  });

  it('a sentence inside a quotation shown above is a repeat too', () => {
    const quote = { type: 'quote', text: `We are worried. ${S1}`, speaker: null, verb: null, source: ref('x', 5), score: 1 } as const;
    const lines = pageLines(brief({ quotes: [quote], concerns: [concern(S1, S1, 0)] }), all);
    expect(lines.concerns[0]!.repeat).toBe(true);
  });

  it('a quote that is most of a sentence prints that sentence: the sentence is a repeat after it', () => {
    const sentence = `"${S1.slice(0, -1)}," the mayor said.`;
    const quote = { type: 'quote', text: S1.slice(0, -1), speaker: null, verb: 'said', source: ref(sentence, 3), score: 1 } as const;
    expect(pageLines(brief({ quotes: [quote], concerns: [concern(sentence, sentence, 3)] }), all).concerns[0]!.repeat).toBe(true);
    const short = { ...quote, text: 'heavy rain' };
    expect(pageLines(brief({ quotes: [short], concerns: [concern(sentence, sentence, 3)] }), all).concerns[0]!.repeat).toBe(false);
  });

  it('a quote printed with its credit, name and title, shows a sentence that credits it after a colon', () => {
    const title = 'mayor of the town and chair of the harbour board since the great floods of the winter before last';
    const sentence = `"${S2.slice(0, -1)}.": Ann Lee, ${title}.`;
    const speaker = { name: 'Ann Lee', title, kind: 'person', mention: 'Ann Lee' } as const;
    const quote = { type: 'quote', text: S2, speaker, verb: null, source: ref(sentence, 4), score: 1 } as const;
    expect(pageLines(brief({ quotes: [quote], unconfirmed: [unconfirmed(sentence, 'x', 4)] }), all).unconfirmed[0]!.repeat).toBe(true);
    // Without the title the page does not hold the sentence's words.
    const untitled = { ...quote, speaker: { ...speaker, title: null } };
    expect(pageLines(brief({ quotes: [untitled], unconfirmed: [unconfirmed(sentence, 'x', 4)] }), all).unconfirmed[0]!.repeat).toBe(false);
  });

  it('a claim a concern above already prints shrinks to the words around its cue', () => {
    const clause = 'the levees will probably fail under the weight of the water';
    const sentence = `The engineers met on Monday, and ${clause}, the report said.`;
    const lines = pageLines(
      brief({ summary: [summary(sentence, 2)], concerns: [concern(sentence, clause, 2)], unconfirmed: [unconfirmed(sentence, clause, 2)] }),
      all,
    );
    expect(lines.concerns[0]!.line).toBe(clause);
    expect(lines.unconfirmed[0]!.line).toBe('… the levees will probably fail under the weight …');
  });

  it('the seed brief prints no sentence twice (¶1 and ¶4 once each)', () => {
    const article = readArticle(SEED_TEXT, { source: SEED_FILE });
    const analysis = analyzeArticle(article);
    expect(repeatedSentences(renderMarkdown(buildBrief(article, analysis)), analysis.sentences)).toEqual([]);
  });

  it('a short form never opens inside a name: it starts where the name starts, unless that prints a long sentence whole', () => {
    const named = 'The report by Tokyo District Public Prosecutors warned of a crisis.';
    const short = '“Northern Ireland has a problem.';
    const long = 'Lower Manhattan faces a crisis this winter.';
    const item = (text: string, cue: string, i: number): ConcernItem => ({ ...concern(text, text, i), cue });
    const lines = pageLines(
      brief({
        summary: [summary(named, 0), summary(short, 1), summary(long, 2)],
        concerns: [item(named, 'warned', 0), item(short, 'problem', 1), item(long, 'crisis', 2)],
      }),
      all,
    );
    expect(lines.concerns.map((c) => c.line)).toEqual([
      '… Tokyo District Public Prosecutors warned of a crisis.',
      // Under six words a sentence's short form is itself: better than "… Ireland has a problem."
      '“Northern Ireland has a problem.”',
      // Taking in "Lower" would print the sentence whole again: the cut stays.
      '… Manhattan faces a crisis this winter.',
    ]);
  });

  it('a short form does not open a word or two inside a quotation: it takes in the opening mark', () => {
    const text = 'On the radio that week the skipper called the plan a "total dead loss" and accused the council of years of neglect at the harbour.';
    const item = { ...unconfirmed(text, text, 0), cue: 'accused', kind: 'allegation' } as UnconfirmedItem;
    // The concern prints the sentence whole, so the claim shrinks to the words around its cue.
    const lines = pageLines(brief({ concerns: [concern(text, text, 0)], unconfirmed: [item] }), all);
    expect(lines.unconfirmed.map((u) => u.line)).toEqual(['… "total dead loss" and accused the council of years …']);
  });

  it('a pull quote that joins two quotations printed above is left off; a quote with a sentence of its own stays', () => {
    const quote = (text: string, i: number): QuoteItem => ({ type: 'quote', text, speaker: null, verb: 'said', source: ref(text, i), score: 1 });
    const first = quote('We will not sell the harbour.', 1);
    const second = quote('The town needs its boats more than a marina.', 2);
    const pulled = quote('We will not sell the harbour. The town needs its boats more than a marina.', 5);
    const longer = quote('We will not sell the harbour. Nobody asked the fishers.', 6);
    expect(distinctQuotes([first, second, pulled, longer]).map((q) => q.source.sentenceIndex)).toEqual([1, 2, 6]);
  });

  it('left-out items point only to outputs that are written, never to the page itself', () => {
    expect(elsewhereOf(['pdf'], 'pdf')).toBe('');
    expect(elsewhereOf(['pdf', 'md'], 'pdf')).toBe('in the Markdown brief');
    expect(elsewhereOf(['pdf', 'md', 'json'], 'pdf')).toBe('in the Markdown brief and the JSON');
    expect(elsewhereOf(['md'], 'md')).toBe('');
    expect(elsewhereOf(['md', 'json'], 'md')).toBe('in the JSON');
  });
});
