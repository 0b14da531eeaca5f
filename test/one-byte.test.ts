// An article's paragraphs and header come out one byte a character when all of them are Latin-1 (src/read/one-byte.ts),
// whatever the rest of the text it was read from held: V8 compiles its Unicode patterns far faster for such strings.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';
import { oneByteTexts } from '../src/read/one-byte.js';
import { SEED_TEXT } from './helpers/seed.js';

/** Whether V8 holds the string one byte a character: its serializer tags such a string '"', a two-byte one 'c'. */
const isOneByte = (text: string): boolean => serialize(text)[2] === 0x22;

/** The text held two bytes a character, as a piece cut from a text with a character outside Latin-1 is. */
const twoByte = (text: string): string => `\u2022${text}`.slice(1);

const headerTexts = (meta: object): string[] => Object.values(meta).filter((v): v is string => typeof v === 'string');

describe('oneByteTexts', () => {
  it("gives the seed's paragraphs and header one byte a character: its one other character is in dropped furniture", () => {
    expect(SEED_TEXT).toMatch(/•/);
    const article = readArticle(SEED_TEXT, { source: 'seed.txt' });
    expect(article.paragraphs.length).toBeGreaterThan(5);
    for (const text of [...article.paragraphs.map((p) => p.text), ...headerTexts(article.meta)]) expect(isOneByte(text), text).toBe(true);
  });

  it('keeps every text as it was when one paragraph is not all Latin-1, so no pattern sees both kinds', () => {
    const paragraphs = [{ text: twoByte('The first paragraph.') }, { text: 'The second — with a dash.' }];
    const meta = { headline: twoByte('Head line'), outlet: null };
    expect([paragraphs[0]?.text, meta.headline].map((text) => isOneByte(text ?? ''))).toEqual([false, false]);
    oneByteTexts('Head line • share\n\nThe first paragraph.\n\nThe second — with a dash.', paragraphs, meta);
    expect(paragraphs.map((p) => p.text)).toEqual(['The first paragraph.', 'The second — with a dash.']);
    expect([paragraphs[0]?.text, meta.headline].map((text) => isOneByte(text ?? ''))).toEqual([false, false]);
  });

  it('changes no character: the same texts, now one byte a character', () => {
    const paragraphs = [{ text: twoByte('À bientôt, señor.') }];
    const meta = { headline: twoByte('Café society'), byline: null, genre: 'news' };
    expect([paragraphs[0]?.text, meta.headline].map((text) => isOneByte(text ?? ''))).toEqual([false, false]);
    oneByteTexts('Café society • share\n\nÀ bientôt, señor.', paragraphs, meta);
    expect(paragraphs[0]?.text).toBe('À bientôt, señor.');
    expect(meta).toEqual({ headline: 'Café society', byline: null, genre: 'news' });
    expect([paragraphs[0]?.text, meta.headline].map((text) => isOneByte(text ?? ''))).toEqual([true, true]);
  });
});
