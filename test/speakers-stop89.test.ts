// Speakers and titles (stop 89): a second name set off after a description belongs to the description's noun, not the subject.
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs, lastLongQuote, speakerOf } from './helpers/analyze.js';

describe('stop 89: a name in apposition to the noun that ends a description', () => {
  it('"Ann Lee, the editor of the harbour town\'s weekly paper, The Quay, said": Ann Lee speaks, not the paper', () => {
    expect(speakerOf('Ann Lee, the editor of the harbour town\'s weekly paper, The Quay, said the pier was "beyond repair for good".')).toBe('Ann Lee');
  });
  it('the name after a description with no name before it is still the subject (guard)', () => {
    expect(speakerOf('The leader of the Harbour League, Tom Marr, warned that "the pier is beyond repair for good".')).toBe('Tom Marr');
  });
  it('a place set off before a bare role is no name in apposition (guard)', () => {
    expect(speakerOf('The Dover, Kent, harbour master, Ann Lee, has asserted that the pier "can stand any storm the winter brings."')).toBe('Ann Lee');
  });
  it('an opening phrase before the description is no name: the name after it speaks (guard)', () => {
    expect(speakerOf('In Dover, the mother of the boy, Ann Lee, said it was "a sad day for the whole of the family".')).toBe('Ann Lee');
  });
});

describe('stop 89: a publication before a name set off by commas', () => {
  it('"The editor of Il Porto newspaper, Gianni Rota," has no title "newspaper"', () => {
    const quote = lastLongQuote(
      analyzeParagraphs('Harbour strike', 'The editor of Il Porto newspaper, Gianni Rota, said: "We are very worried about the strike at the harbour."'),
    );
    expect(quote?.speaker?.name).toBe('Gianni Rota');
    // Stop 98: the role with its body is the title, not the publication's noun alone.
    expect(quote?.speaker?.title).toBe('editor of Il Porto newspaper');
  });
  it('a role word before the name keeps its title (guard)', () => {
    const quote = lastLongQuote(
      analyzeParagraphs('Harbour strike', 'The harbour master, Gianni Rota, said: "We are very worried about the strike at the harbour."'),
    );
    expect(quote?.speaker?.title).toBe('harbour master');
  });
});

describe('stop 89: a thing in -er before a name is no title', () => {
  it('"the private email server Ann Lee used" gives Ann Lee no title "private email server"', () => {
    const quote = lastLongQuote(
      analyzeParagraphs(
        'Harbour emails',
        'Investigators found harbour emails on the private email server Ann Lee used while she led the board.',
        '"We did nothing wrong with those emails," Lee said.',
      ),
    );
    expect(quote?.speaker?.name).toBe('Ann Lee');
    expect(quote?.speaker?.title).toBeNull();
  });
});

describe('stop 89: the one asked answers', () => {
  it('"Reporter Tom Marr asked John Hale whether …. “…,” he said": he is Hale, the one asked', () => {
    expect(
      speakerOf(
        'Last month, reporter Tom Marr asked John Hale whether questions about the harbour budget were fair game.',
        '"Sure it is. I would not have run if I was not ready to answer for every penny," he said.',
      ),
    ).toBe('John Hale');
  });
  it('a request is no question: after "asked Hale for money. He was turned down" the "he" is still the asker (guard)', () => {
    expect(
      speakerOf(
        'Last month, Tom Marr asked John Hale for more money for the harbour.',
        'He was turned down. "It is the worst budget I have seen in twenty years at the harbour," he said.',
      ),
    ).toBe('Tom Marr');
  });
});

describe('stop 89: capitals after an ordinal are a numbered name', () => {
  it('"21st Century Fox said …" names no person "Century Fox" for a later "he"', () => {
    expect(
      speakerOf(
        'Roger Hale built the network over twenty years.',
        '21st Century Fox said on Tuesday that it had hired a law firm to look into the claims.',
        '"I think you and I should have had a deal a long time ago," he said in one conversation.',
      ),
    ).toBe('Roger Hale');
  });
});

describe("stop 89: a headline's words are named, not said", () => {
  it('"The Gazette\'s headline says it all: “…”" credits no one with the headline', () => {
    expect(speakerOf('The Harbour Gazette\'s headline says it all: "Mayor Hale goes mad at the harbour meeting on Friday."')).toBeNull();
  });
  it('"The headline reads: “Repeat after me: …”" does not credit the person the headline names', () => {
    expect(
      speakerOf(
        'John Hale spoke on Friday.',
        'The snarky, anti-GOP/Hale water-carrying headline reads: "Repeat after me: Hale is not closing the harbour this winter."',
      ),
    ).toBeNull();
  });
});

describe('stop 89: words recalled are the words of the one recalled', () => {
  const intro = 'Roger Hale hired Judy Marr as his assistant in 1990.';
  it('"“…,” she recalls him saying": he speaks, not she', () => {
    expect(speakerOf(intro, '"For a man in my position, it would have to be alone at a hotel," she recalls him saying.')).toBe('Roger Hale');
  });
  it('"She recalls Roger Hale telling her, “…”": Hale speaks', () => {
    expect(speakerOf(intro, 'She recalls Roger Hale telling her, "You will go far in this business, young lady."')).toBe('Roger Hale');
  });
  it('"She remembers Hale\'s reply: “…”" and "She remembers his words: “…”": Hale speaks', () => {
    expect(speakerOf(intro, 'She remembers Hale\'s reply: "I am a man of many sides, and that is one of them."')).toBe('Roger Hale');
    expect(speakerOf(intro, 'She remembers his words: "I am a man of many sides, and that is one of them."')).toBe('Roger Hale');
  });
  it('"She recalls the day she left" is still her own account (guard)', () => {
    expect(speakerOf(intro, 'She recalls the day she left: "I was holding a binder full of auditions between us."')).toBe('Judy Marr');
  });
});

describe("stop 89: a reporter of the other sex between two quotations ends the last speaker's run", () => {
  it('"“…,” Hale said. As she left, she says, Hale tried to stop her. “I was terrified.”": the second is not Hale\'s', () => {
    const analysis = analyzeParagraphs(
      'Harbour office',
      'Ann Lee worked at the harbour office for a year. "Do you know how to play the game here?" Roger Hale said. As she left the office, she says, Hale tried to stop her. "I was holding a binder full of papers between us. I was terrified."',
    );
    expect(lastLongQuote(analysis)?.speaker?.name).not.toBe('Roger Hale');
  });
  it('narration with no reporter of the other sex keeps the run (guard)', () => {
    const analysis = analyzeParagraphs(
      'Harbour office',
      'Ann Lee worked at the harbour office for a year. "Do you know how to play the game here?" Roger Hale said. He smiled and leaned back in his chair. "Nobody leaves this harbour office without my say-so."',
    );
    expect(lastLongQuote(analysis)?.speaker?.name).toBe('Roger Hale');
  });
});

describe('stop 89: a sentence that opens on "According to" names its source before a colon', () => {
  it('"According to a former clerk, Ann Lee entered names into Hale\'s diary: “…”": neither Hale nor Lee speaks', () => {
    const speaker = speakerOf(
      'Roger Hale ran the harbour office for twenty years.',
      'According to a former harbour clerk, Ann Lee entered fake names into Hale\'s diary when women went into his office: "If you got hold of his ledger, you would not know who visited him."',
    );
    expect(speaker).not.toBe('Roger Hale');
    expect(speaker).not.toBe('Ann Lee');
  });
  it('"According to the chief clerk, Ann Lee, the diary was “…”": the name set off in apposition speaks (guard)', () => {
    expect(speakerOf('According to the harbour\'s chief clerk, Ann Lee, the diary was "full of fake names from top to bottom".')).toBe('Ann Lee');
  });
});

describe('stop 89: a namesake with another first name is a new voice', () => {
  it('"“…,” Tom Marr said. Betsy Marr shook her head. “…”": the second quotation is not Tom\'s', () => {
    const analysis = analyzeParagraphs(
      'Harbour couple',
      '"It goes in one ear and out the other," Tom Marr said, pointing at his ear. Betsy Marr shook her head. "Tom is much better about it than I am."',
    );
    expect(lastLongQuote(analysis)?.speaker?.name).toBe('Betsy Marr');
  });
  it('the same person named by a surname of two words goes on (guard)', () => {
    const analysis = analyzeParagraphs(
      'Harbour adoptee',
      'Justin Ki Hong was adopted as a baby and raised in the harbour town.',
      '"We are really stateless," Ki Hong said. "I feel like I deserve to be in this country."',
    );
    expect(lastLongQuote(analysis)?.speaker?.name).toBe('Justin Ki Hong');
  });
});

describe('stop 89: a later clause after ", but" has a subject of its own', () => {
  it('"The Gazette won\'t go that far, but Marr wants to …. “…”": the quotation is not the Gazette\'s', () => {
    const analysis = analyzeParagraphs(
      'Harbour newsletter',
      'Tom Marr writes the Harbour Gazette newsletter every morning.',
      'The Harbour Gazette won\'t go that far, but Marr wants to use the platform as a real-time fact check. "I think because we have the access to the people, we can do it."',
    );
    expect(lastLongQuote(analysis)?.speaker?.name).not.toBe('Harbour Gazette');
  });
});
