// Analysis that stays linear on long inputs: the shortcuts taken for speed give what the plain scans gave.
import { describe, expect, it } from 'vitest';
import { locateSpans, textContext } from '../src/analyze/attribution/locate.js';
import type { LocatedSpan } from '../src/analyze/attribution/rule.js';
import { indexNames } from '../src/analyze/name-index.js';
import { MAX_SENTENCE, splitParagraph, splitSentences } from '../src/analyze/sentences.js';

describe('textContext in a paragraph of many quotations', () => {
  const text = Array.from({ length: 300 }, (_, i) => `Lee ${i} said "one two" and “three four,” she said.`).join(' ');
  const paragraphs = [
    { index: 0, text },
    { index: 1, text: 'He said "four five six seven".' },
  ];
  const sentences = splitSentences(paragraphs);
  const spans = locateSpans(paragraphs, sentences);
  const names = indexNames(sentences);
  /** The opening marks of the quotations a span's context folds in, and those a scan of every span finds. */
  const folded = (span: LocatedSpan, all: readonly LocatedSpan[]) => [
    textContext(span, all, paragraphs[span.paragraph]?.text ?? '', names)
      .tokens.filter((t) => t.kind === 'quote')
      .map((t) => t.start),
    all.filter((s) => s.paragraph === span.paragraph && s.open < span.last.end && s.close > span.first.start).map((s) => s.open),
  ];
  it('places each quotation in its own sentence', () => {
    expect(spans).toHaveLength(601);
    expect(spans.every((s) => s.first === s.last && s.first.text.includes(s.text))).toBe(true);
  });
  it('folds in the quotations of the span’s sentences, and only those', () => {
    for (const span of spans) {
      const [found, scanned] = folded(span, spans);
      expect(found).toEqual(scanned);
      expect(found).toContain(span.open);
    }
  });
  it('shares one sentence’s tokens among its quotations, each pointing at its own', () => {
    const [a, b] = spans;
    if (!a || !b) throw new Error('two quotations expected');
    const [ca, cb] = [a, b].map((s) => textContext(s, spans, text, names));
    expect(ca?.tokens).toBe(cb?.tokens);
    expect([ca?.tokens[ca.self]?.start, cb?.tokens[cb.self]?.start]).toEqual([a.open, b.open]);
  });
  it('gives the same for spans out of order', () => {
    const shuffled = [...spans].reverse();
    for (const span of shuffled.slice(0, 50)) {
      const [found, scanned] = folded(span, shuffled);
      expect([...found].sort((a, b) => a - b)).toEqual([...scanned].sort((a, b) => a - b));
    }
  });
});

describe('a sentence that runs on past MAX_SENTENCE', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 7 === 6 ? `word${i},` : `word${i}`)).join(' ');
  it('is read whole up to the limit', () => {
    const text = `${words(300)} end.`;
    expect(text.length).toBeLessThan(MAX_SENTENCE);
    expect(splitParagraph(text).map((s) => s.text)).toEqual([text]);
  });
  it('is cut after a comma in pieces within the limit, every word kept once, offsets matching', () => {
    const text = words(3000);
    const pieces = splitParagraph(text);
    expect(pieces.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end).trim()).toBe(p.text);
    }
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith(','))).toBe(true);
    expect(pieces.map((p) => p.text).join(' ')).toBe(text);
  });
  it('is cut at the limit when it has no space, not inside a surrogate pair', () => {
    const text = `x${'𠀀'.repeat(4000)}`;
    const pieces = splitParagraph(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.every((p) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p.text))).toBe(true);
  });
});
