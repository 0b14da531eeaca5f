// Quote speakers (stop 84, from a judged sample of web, BBC and Wikinews pages): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from './helpers/analyze.js';

const namesOf = (...paragraphs: string[]) => analyzeParagraphs('A headline for the test', ...paragraphs).quotes.map((q) => q.speaker?.name ?? null);

describe('stop 84: a name before the role that serves a body', () => {
  it('the body\'s own "of" ("Institute of Harbour Affairs") is no opening phrase: the name before the role speaks', () => {
    expect(namesOf('Peter Dorrit, a research fellow at the Institute of Harbour Affairs said: "The pier will not last the winter."')).toEqual(['Peter Dorrit']);
  });

  it('a "fellow" is a role like a "researcher": the body after "at" is whom the role serves', () => {
    expect(namesOf('Peter Dorrit, a research fellow at Harbour University said: "The pier will not last the winter."')).toEqual(['Peter Dorrit']);
  });

  it('an opening phrase with no comma still leaves the name after it', () => {
    expect(namesOf('At the harbour meeting Lee said: "The pier will not last the winter."', 'Ann Lee runs the trust.')).toEqual(['Ann Lee']);
  });
});

describe('stop 84: a sentence of narration reported by a pronoun', () => {
  it('"John Reed would lead the campaign, he said." — a later "he" is the reporter, not the person his report is about', () => {
    expect(
      namesOf(
        'Mr Marr explained the plan was the town\'s answer to the polls. "Not many people miss the old pier," he declared.',
        'Nobody, he claimed, could picture the council leader on the pier. And Mayor John Reed would be in the very front line of that campaign, he said. "Between now and the vote the mayor will be out on the pier," he promised.',
      ),
    ).toEqual(['Marr', 'Marr']);
  });

  it('a fronted clause\'s subject may be the reporter herself ("Though Ms. Lee has lived there …, she said")', () => {
    expect(
      namesOf(
        '"We skate every day," said Ms. Ortiz.',
        'Though Ms. Lee has spent most of her life on the harbour, the new flats have brought more police, she said.',
        '"Cops have taken over the whole harbour," she said.',
      ),
    ).toEqual(['Ortiz', 'Lee']);
  });
});

describe('stop 84: "ordered" reports the words it follows', () => {
  it('"“Hands! Let me see your hands!” an officer ordered." credits the officer', () => {
    expect(namesOf('The car stopped at the pier. "Hands! Let me see your hands!" an officer ordered.')).toEqual(['officer']);
  });
});
