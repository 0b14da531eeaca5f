import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/analyze.js';

// A description in place of a name ("the former Labour candidate"), which no title lookup resolves, is the one who just spoke.
describe('a description after a quotation goes on in its speaker', () => {
  it('credits the person quoted just before', () => {
    expect(
      speakerOf(
        '"We will rebuild the harbour wall before winter," Ann Lee told the council on Monday.',
        'The former Labour mayoral candidate continued, saying, "Nobody in this town should fear the next storm ever again."',
      ),
    ).toBe('Ann Lee');
  });

  it('credits her in the same paragraph too', () => {
    expect(
      speakerOf(
        'Ann Lee spoke at the harbour on Monday. "We will rebuild the wall before winter," Lee said. The presidential candidate added: "Nobody in this town should fear the next storm ever again."',
      ),
    ).toBe('Ann Lee');
  });

  it('not after a question, which someone else answers', () => {
    expect(
      speakerOf(
        '"So that would be the candidate of the establishment?" Tom Hill asked.',
        '"That would be me, yes. I think that is probably right," the senator said.',
      ),
    ).not.toBe('Tom Hill');
  });

  it('not when someone else acts between the two', () => {
    expect(
      speakerOf(
        '"We will rebuild the harbour wall before winter," Ann Lee said.',
        'Tom Hill rejected the plan at the meeting. "It is far too late for any wall this year," the candidate said.',
      ),
    ).not.toBe('Ann Lee');
  });
});
