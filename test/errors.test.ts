import { describe, expect, it } from 'vitest';
import { BriefError, describeError } from '../src/errors.js';

describe('the one line an error gets while an input is briefed', () => {
  it('names the input, and the template line or output file the error was met in', () => {
    const template = new BriefError('RENDER_FAILED', '"name" is missing in this item of the data', { file: 'partials/quotes.md.hbs', line: 3, column: 5 });
    expect(describeError(template, 'wn004.txt')).toBe('wn004.txt: partials/quotes.md.hbs:3:5: "name" is missing in this item of the data');
    expect(describeError(new BriefError('OUTPUT_FAILED', 'cannot write: is a folder, not a file', { file: 'out/story.md' }), 'story.txt')).toBe(
      'story.txt: out/story.md: cannot write: is a folder, not a file',
    );
  });

  it('an error that names the input itself, or no file, reads "input: message"; one that is no BriefError says it is unexpected', () => {
    expect(describeError(new BriefError('INPUT_EMPTY', 'the file is empty', { file: 'a.txt' }), 'a.txt')).toBe('a.txt: the file is empty');
    expect(describeError(new BriefError('INPUT_EMPTY', 'the file is empty'), 'a.txt')).toBe('a.txt: the file is empty');
    expect(describeError(new TypeError('x is undefined'), 'a.txt')).toBe('a.txt: unexpected error: x is undefined');
  });
});
