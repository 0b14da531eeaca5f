// Where quotations begin and end when the marks are mixed, misused or part of markup (hand-written examples).
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/analyze/quote-spans.js';

const texts = (paragraph: string): string[] => findQuoteSpans(paragraph).map((s) => s.text);

describe('quotation spans', () => {
  it('opens a quotation at a right-hand mark typed between a space and a word, when another closes it', () => {
    expect(texts('The mayor said the vote ”was a scandal from start to finish.” The board disagreed.')).toEqual(['was a scandal from start to finish.']);
    // One that nothing closes opens nothing.
    expect(texts('The rents of the ”old sheds rose again this year.')).toEqual([]);
  });

  it('passes over a quotation inside one in the same marks, the inner closing first', () => {
    expect(texts('“The mayor’s claim that the ferry “pays for itself” shows he has not read the accounts,” wrote the harbour master.')).toEqual([
      'The mayor’s claim that the ferry “pays for itself” shows he has not read the accounts',
    ]);
    // A left-hand mark that nothing closes after the inner one stays a stray mark, as before.
    expect(texts('“The ferry “pays for itself” the mayor says.')).toEqual(['pays for itself']);
  });

  it('opens one at a right-hand mark before an ellipsis that starts the quoted words', () => {
    expect(texts('” … the ferry train has already left the station,” wrote the Gazette.')).toEqual(['… the ferry train has already left the station']);
    expect(texts('The fares ” … rose again,” she said.')).toEqual(['… rose again']);
  });

  it('takes the curly quotations inside a passage set off by a straight mark', () => {
    expect(texts('"The harbour board no longer stands for “fair rents for every fisher” in this town.')).toEqual(['fair rents for every fisher']);
  });

  it('keeps a short quotation in straight marks inside a straight quotation', () => {
    expect(texts('"The crowd kept shouting "fix the bridge now" at every meeting we held," the mayor said.')).toEqual([
      'The crowd kept shouting "fix the bridge now" at every meeting we held',
    ]);
  });

  it('pairs the marks in turn when the closing mark of the first quotation was forgotten', () => {
    // The mark before "It" re-opens after the sentence's end, so "It is safe" is a quotation of its own.
    expect(texts('"We will open the pier in May, the mayor said. "It is safe," she added.')).toEqual([
      'We will open the pier in May, the mayor said.',
      'It is safe',
    ]);
  });

  it('drops a mark that never closed when the mark that would close it, many sentences on, opens a new quotation', () => {
    const filler = 'The harbour board met again on Tuesday to discuss the rents of the boat sheds along the eastern quay. ';
    const paragraph = `The mayor called the plan "unfair and rushed. ${filler.repeat(5)}The auditor found no "proper" checks on the accounts.`;
    expect(texts(paragraph)).toEqual(['proper']);
    // A quotation of a few sentences with a quotation inside it after "says," still closes where it did.
    const nested = '"We will sue the dealer. So if somebody walks in and says, "I want a thousand rounds of ammunition," you would worry," she said.';
    expect(texts(nested)[0]).toBe('We will sue the dealer. So if somebody walks in and says');
  });

  it('a straight mark after a sentence end and before a capital re-opens the quotation, as the BBC writes every sentence of one', () => {
    const spans = findQuoteSpans('"I was very limited until a few months ago. "Now it\'s basically bring it on!" said the winger.');
    expect(spans.map((s) => s.text)).toEqual(['I was very limited until a few months ago.', "Now it's basically bring it on!"]);
    expect(spans.map((s) => s.reopens ?? false)).toEqual([false, true]);
    // Closed and opened again with a space between is two quotations, neither re-opened.
    expect(findQuoteSpans('"It was great." "We loved it," she said.').map((s) => s.reopens ?? false)).toEqual([false, false]);
  });

  it('opens a quotation at the paragraph start when its first mark closes words a verb of saying credits (a drop cap drawn by the page)', () => {
    expect(texts('We just needed time to get the hinge right," admits Ann Lee, the harbour engineer.')).toEqual(['We just needed time to get the hinge right']);
    expect(texts("It's a different ferry, different choices,” says Lee. “We come from the harbour.”")).toEqual([
      "It's a different ferry, different choices",
      'We come from the harbour.',
    ]);
    // No verb of saying after the mark, too few words, or a mark before it: nothing opens at the start.
    expect(texts('The harbour plan was a bad deal," and the council knew it.')).toEqual([]);
    expect(texts('Not today," said Lee.')).toEqual([]);
    expect(texts('He called it "a bad deal for the harbour," said Lee.')).toEqual(['a bad deal for the harbour']);
  });

  it('ends a quotation at a lower-case "said" after a full stop: the closing mark was forgotten', () => {
    // The mark before "Tickets" re-opens a quotation after a sentence's end: a second span, not the first one's close.
    expect(texts('"The ferry will run again in June. said Tom Berg, the harbour master. "Tickets are on sale."')).toEqual([
      'The ferry will run again in June.',
      'Tickets are on sale.',
    ]);
    expect(texts('"The ferry will run again in June. Everyone said it would," Berg said.')).toEqual([
      'The ferry will run again in June. Everyone said it would',
    ]);
  });

  it('opens no quotation at a mark shaped to close: after a word and before a comma, its opening mark left out', () => {
    const paragraph =
      'The port is too small. Ships wait for days and the costs fall on local firms", a council spokesman replied. "We reject that," said Ana Ruiz.';
    expect(texts(paragraph)).toEqual(['We reject that']);
    // A mark after a word and before a letter still opens ("the so-called"quiet" zone" is written so too).
    expect(texts('He called it a "quiet" zone.')).toEqual(['quiet']);
  });

  it('closes at a left-hand mark written right after a word', () => {
    expect(texts('The mayor called the plan “reckless and rushed“ in a post on Sunday, then left.')).toEqual(['reckless and rushed']);
  });

  it('does not open a quotation at a shortened word', () => {
    expect(texts('And how ‘bout the old pier, which the council calls “a danger to every walker on it.”')).toEqual(['a danger to every walker on it.']);
    expect(texts('She grew up in the ‘80s by the docks and says “nothing here has changed in forty years.”')).toEqual([
      'nothing here has changed in forty years.',
    ]);
  });

  it("opens at an editor's bracket", () => {
    expect(texts('"[The council] never asked the fishers what they needed," she said.')).toEqual(['[The council] never asked the fishers what they needed']);
  });

  it('skips the values of markup attributes', () => {
    expect(texts('<tweet author="harbour_watch" date="May 2">“The new pier opens on Friday at noon”</tweet>')).toEqual([
      'The new pier opens on Friday at noon',
    ]);
  });

  it('closes a curly single mark at a straight one after a word when no curly one closes it', () => {
    expect(
      texts(
        'Under its ‘three step plan\' adopted in May, the mayor said, "No ferry will be cut before the summer timetable ends." Critics call the ‘three step plan\' vague.',
      ),
    ).toEqual(['three step plan', 'No ferry will be cut before the summer timetable ends.', 'three step plan']);
    // A curly closing mark still wins, and a possessive inside the quotation does not close it.
    expect(texts("She called it ‘the students' own idea’ at the meeting.")).toEqual(["the students' own idea"]);
  });
});
