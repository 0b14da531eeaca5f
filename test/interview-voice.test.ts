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
