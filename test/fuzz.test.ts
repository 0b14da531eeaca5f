// A quick fixed-seed run of the fuzz suite (npm run fuzz runs thousands): mutated corpus articles and odd pages, read
// as every format, must give a brief or a BriefError; the full briefs are one page, the same twice, with no live link
// but the source's own address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefText } from '../src/brief-article.js';
import { isBriefError } from '../src/errors.js';
import { loadTemplate } from '../src/markdown/template.js';
// @ts-expect-error: a plain ES module shared with scripts/fuzz.mjs, without type declarations.
import { caseArbitrary, caseText, loadSeeds, pdfLinks, pdfPageCount, runCase } from '../scripts/lib/fuzz-core.mjs';
import { ROOT } from './helpers/seed.js';

const template = loadTemplate('default');
const api = { briefText, isBriefError, template };
// Every fifth corpus article keeps the run quick; the fixtures and odd pages are all in.
const seeds: string[] = loadSeeds(ROOT, { every: 5 });
type Spec = { seed: number; mutations: unknown[]; format: 'auto' | 'text' | 'markdown' | 'html' };
const cases = caseArbitrary(seeds.length) as fc.Arbitrary<Spec>;

describe('fuzz: the reader, the analysis and the Markdown renderer', () => {
  it('give a Markdown brief or a BriefError for 150 mutated inputs, the same twice', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (spec) => {
        const text: string = caseText(spec, seeds);
        const options = { source: 'case', formats: ['md', 'json'] as const, template, ...(spec.format === 'auto' ? {} : { format: spec.format }) };
        let first: string | undefined;
        try {
          first = (await briefText(text, { ...options, formats: [...options.formats] })).markdown;
        } catch (error) {
          if (!isBriefError(error)) throw error;
          return;
        }
        const second = (await briefText(text, { ...options, formats: [...options.formats] })).markdown;
        expect(second).toBe(first);
      }),
      { seed: 14, numRuns: 150 },
    );
  });
});

describe('fuzz: the whole pipeline to PDF', () => {
  it('gives one page, the same bytes twice and no live link from article text for 25 mutated inputs', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (spec) => {
        const result = await runCase(api, caseText(spec, seeds), spec.format, { slowMs: Number.POSITIVE_INFINITY });
        expect(result.outcome === 'ok' || result.outcome.startsWith('error:') ? 'fine' : `${result.outcome}: ${result.message}`).toBe('fine');
      }),
      { seed: 1414, numRuns: 25 },
    );
  });

  it('counts the pages and finds the link annotations of a real brief', async () => {
    // The checks above are only as good as these readers of the PDF.
    const out = await briefText(seeds[0] ?? '', { source: 'a.txt', formats: ['pdf'], template, url: 'https://example.com/story' });
    expect(pdfPageCount(out.pdf)).toBe(1);
    expect(pdfLinks(out.pdf)).toContain('https://example.com/story');
  });
});
