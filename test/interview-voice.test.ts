// Stop 47 (cause 7): in a question-and-answer interview the answers are the interviewee's voice (hand-written examples).
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakers } from './helpers/analyze.js';

const interview = (...answer: string[]) =>
  analyzeParagraphs(
    'Harbour Votes: interview with candidate Ann Sorrel',
    'Ann Sorrel is running for the harbour council. Our reporter interviewed her about her campaign.',
    'Why are you running?',
    'I have lived by the harbour all my life and I know its people.',
    'What made you decide?',
    ...answer,
    'What would you change first?',
    'The ferry timetable, which has not changed in twenty years.',
  );

describe('a quotation the interviewee introduces in an answer', () => {
  it('is the interviewee’s after "I said" or "I thought to myself"', () => {
    const said = interview('A fisherman stopped me at the pier last spring, and I said, “We cannot keep losing the winter ferry to the mainland.”');
    expect(speakers(said)).toContainEqual(['We cannot keep losing the winter ferry to the mainland.', 'Ann Sorrel']);
    const thought = interview('I thought to myself, ‘Somebody has to stand up for the people who live out on the islands all year.’');
    expect(speakers(thought)).toContainEqual(['Somebody has to stand up for the people who live out on the islands all year.', 'Ann Sorrel']);
  });

  it('but not what someone else said in her story, nor a quotation under the interviewer’s label', () => {
    const story = interview('I asked my neighbour about the ferry, and he said, “Nobody on the council has ever taken the winter boat.”');
    expect(speakers(story)).toContainEqual(['Nobody on the council has ever taken the winter boat.', null]);
    const other = analyzeParagraphs(
      'Harbour Votes: interview with candidate Ann Sorrel',
      'Ann Sorrel is running for the harbour council. Our reporter Dan Stowe interviewed her about her campaign.',
      'DS: Why are you running? I thought, “Nobody will ever run against the mayor in this town again.”',
      'AS: I have lived by the harbour all my life.',
      'DS: What would you change first?',
      'AS: The ferry timetable, which has not changed in twenty years.',
    );
    expect(speakers(other)).toContainEqual(['Nobody will ever run against the mayor in this town again.', null]);
  });
});

describe('a worry the interviewee owns in an answer', () => {
  const holders = (answer: string) => interview(answer).concerns.map((c) => c.holder);
  it('is theirs after "my main concern", "our biggest danger" or "we fear"', () => {
    expect(holders('What it comes down to is that my main concern is the damage the new levy can do to the fishing families.')).toEqual(['Ann Sorrel']);
    expect(holders('On the other hand, our biggest danger is that the winter storms will cut the island off for weeks.')).toEqual(['Ann Sorrel']);
    expect(holders('Out on the islands we fear the ferry cuts will leave the clinic without a doctor.')).toEqual(['Ann Sorrel']);
  });

  it('is theirs, whoever the sentence is about, after their own turn label ("AS: … we are going to be at war …")', () => {
    const labelled = analyzeParagraphs(
      'Harbour Votes: interview with candidate Ann Sorrel',
      'Ann Sorrel is running for the harbour council. Our reporter Dan Stowe interviewed her about her campaign.',
      'DS: Why are you running?',
      'AS: Yeah, and you have to wonder why the council wants to say to the islands, listen, we are going to be at war with you.',
      'DS: What would you change first?',
      'AS: The ferry timetable, which has not changed in twenty years.',
    );
    expect(labelled.concerns.map((c) => c.holder)).toEqual(['Ann Sorrel']);
  });

  it('but not a worry of someone "my" or "our" only qualifies', () => {
    expect(holders('My campaign manager warned me that the ferry cuts would leave the clinic without a doctor.')).not.toContain('Ann Sorrel');
    expect(holders('Anyone who thinks the council can solve the rest of our problems with a new ferry has not been to a meeting.')).not.toContain('Ann Sorrel');
  });
});

/** The concern holders of an interview under `headline` and `intro`, whose one worry is voiced in an answer. */
const holdersOf = (headline: string, intro: string) =>
  analyzeParagraphs(
    headline,
    intro,
    'Why are you running?',
    'I have lived by the harbour all my life and I know its people.',
    'What is the biggest problem?',
    'What it comes down to is that my main concern is the damage the new levy can do to the fishing families.',
    'What would you change first?',
    'The ferry timetable, which has not changed in twenty years.',
  ).concerns.map((c) => c.holder);

describe('an interviewee whose name the index cannot type', () => {
  const quill = (headline: string) =>
    holdersOf(headline, 'Zephram Quill is running for the harbour council. Our reporter Nick Dale interviewed him about his campaign.');
  it('is the name that opens the introduction and the headline gives, not the reporter the intro also names', () => {
    expect(quill('Harbour Votes: interview with candidate Zephram Quill')).toEqual(['Zephram Quill']);
    expect(quill('Harbour Votes: the candidates speak')).not.toContain('Zephram Quill');
  });
});

describe('an interviewee the introduction does not name', () => {
  const holders = holdersOf;
  it('is the one person the headline names, not the reporter the introduction names', () => {
    const intro = 'The race for the harbour council has drawn six candidates. Our own Nick Dale corresponded with the Green nominee by e-mail.';
    expect(holders('Harbour News interviews Green candidate Maria Vell, Harbour East—North Quay', intro)).toEqual(['Maria Vell']);
  });
  it('and nobody when the headline names two people or none', () => {
    const intro = 'The race for the harbour council has drawn six candidates. Our own Nick Dale corresponded with the nominees by e-mail.';
    expect(holders('Harbour News interviews Maria Vell and Tom Oakes', intro)).toEqual([null]);
    expect(holders('Harbour News interviews a Green candidate', intro)).not.toContain('Maria Vell');
  });
});
