// Speakers (stop 88, from a judged sample): "Mr. Khan" in an article that names Khizr and Ghazala Khan is not Ghazala.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, speakerOf, speakers } from './helpers/analyze.js';

describe('stop 88: a courtesy title among bearers of one surname', () => {
  it('"Mr. Karim" is not the bearer whose unlisted first name ends in "-a"; with one other bearer, it is him', () => {
    expect(
      speakerOf('Zafra Karim and her husband Tahir Karim spoke at the harbour meeting on Thursday.', '“We will not be moved from this quay,” Mr. Karim said.'),
    ).toBe('Tahir Karim');
  });
  it('with two other bearers the surname stays bare rather than naming the wrong one', () => {
    expect(
      speakerOf(
        'Zafra Karim, her husband Tahir Karim and their son Idris Karim spoke at the harbour meeting on Thursday.',
        '“We will not be moved from this quay,” Mr. Karim said.',
      ),
    ).toBe('Karim');
  });
  it('a man whose unlisted first name ends in "-a" keeps his full name when no one else bears the surname (guard)', () => {
    const analysis = analyzeParagraphs(
      'Harbour deal',
      '“The harbour deal is fragile,” said Mujtaba Rahman, an analyst at the Eurasia Group.',
      '“It will not last the winter,” Mr. Rahman said.',
    );
    expect(speakers(analysis).at(-1)).toEqual(['It will not last the winter', 'Mujtaba Rahman']);
  });
});
