// What remains unconfirmed (stop 83, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

describe('stop 83: a claim that opens on its verb gets the sentence subject back', () => {
  it('after ", but", " and" or an apposition ("Steenburgen recorded the song, but seemed …", "His mother, Queen Elizabeth, was said to …")', () => {
    expect(only('Steenburgen recorded the song, but seemed changed by the experience in a different way.')?.claim).toBe(
      'Steenburgen seemed changed by the experience in a different way',
    );
    expect(only('His mother, Queen Elizabeth, was said to have been disapproving of the idea.')?.claim).toBe(
      'Queen Elizabeth was said to have been disapproving of the idea',
    );
    expect(only('The enrollment season is off to a good start, with 8 million signed up, and may well exceed modest expectations.')?.claim).toBe(
      'The enrollment season may well exceed modest expectations',
    );
  });

  it('not across a report, nor from a clause or a phrase the subject runs past', () => {
    // "said profits rose, but were likely …": the reported clause's subject, not the company, is the one left out.
    expect(only('The company said profits rose, but were likely to fall next year.')?.claim).toMatch(/^were likely/);
    // "That Comey got into …" is a clause; "Lower-polling candidates such as …": the phrase found ends before its noun.
    expect(only('That Comey got into the details is unusual, and may have been driven by concerns about the inquiry.')?.claim).not.toMatch(/^That Comey may/);
    expect(only('Lower-polling candidates such as Jeb Bush also have credentials, and may benefit if voters take a second look.')?.claim).not.toMatch(
      /^Lower-polling may/,
    );
  });
});

describe('stop 83: modals that hedge no fact', () => {
  it('a modal inside an opening "despite" or "even if" phrase is a concession', () => {
    expect(only('And despite the advantages that her fame might have afforded her, she was more nervous than ever.')).toBeUndefined();
    expect(only('Despite the storm, the ferry might sail on Monday.')?.claim).toBe('the ferry might sail on Monday');
  });

  it('"never could have imagined" is what was not foreseen', () => {
    expect(only('It lit her way towards a place she never could have imagined before.')).toBeUndefined();
    expect(only('Police said the fire could have started in the kitchen.')).toBeDefined();
  });
});

describe('stop 83: the one told', () => {
  it('"told host Sean Hannity a Clinton loss is likely": a broadcaster\'s role, a given name and its surname are the listener', () => {
    expect(only('Doug Schoen told host Sean Hannity a Clinton loss is increasingly likely in the fall.')?.claim).toBe(
      'a Clinton loss is increasingly likely in the fall',
    );
    // A title opens the clause's subject; a news agency's name stands alone.
    expect(only('An aide told Jake Tapper Mr Obama would likely veto the bill.')?.claim).toBe('Mr Obama would likely veto the bill');
    expect(only('A source told Reuters Obama would likely veto the bill.')?.claim).toBe('Obama would likely veto the bill');
  });
});
