import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/analyze-article.js';
import { buildBrief } from '../src/build-brief.js';
import { detectGenre, genreOfByline, genreOfLabel, genreOfUrl, splitHeadlineLabel } from '../src/read/genre.js';
import { readArticle } from '../src/read/read-article.js';
import { renderMarkdown } from '../src/index.js';
import { SEED_FILE, SEED_TEXT } from './helpers/seed.js';

const BODY =
  'The council voted on Tuesday to close the library. The mayor said the building needs repairs it cannot afford.\n\nResidents will meet on Friday to discuss what comes next for the branch.\n';

describe('genre: news, opinion or analysis, by the evidence the article gives', () => {
  it('reads stated labels, section paths and schema.org types', () => {
    expect(genreOfLabel('OpinionNewsArticle')).toBe('opinion');
    expect(genreOfLabel('AnalysisNewsArticle')).toBe('analysis');
    expect(genreOfLabel('Opinion/Columnists')).toBe('opinion');
    expect(genreOfLabel('World > News analysis')).toBe('analysis');
    expect(genreOfLabel('op-ed')).toBe('opinion');
    expect(genreOfLabel('NewsArticle')).toBeNull();
    expect(genreOfLabel('Politics')).toBeNull();
    expect(genreOfLabel('News')).toBe('news');
  });

  it('reads the address, the headline label and the byline', () => {
    expect(genreOfUrl('https://www.theguardian.com/commentisfree/2024/may/22/why-the-library-matters')).toBe('opinion');
    expect(genreOfUrl('https://example.com/opinion/columns/the-library')).toBe('opinion');
    expect(genreOfUrl('https://example.com/news/opinion-poll-shows-lead')).toBeNull();
    expect(splitHeadlineLabel('Opinion | Why the library must stay open')).toEqual({ genre: 'opinion', headline: 'Why the library must stay open' });
    expect(splitHeadlineLabel('ANALYSIS: What the vote means')).toEqual({ genre: 'analysis', headline: 'What the vote means' });
    expect(splitHeadlineLabel('Opinion poll shows a lead for the mayor').genre).toBeNull();
    expect(genreOfByline('Opinion by Jane Doe')).toBe('opinion');
    expect(genreOfByline('Jane Doe, a columnist')).toBe('opinion');
    expect(genreOfByline('Jane Doe')).toBeNull();
  });

  it('prefers what the page states over the address and the text', () => {
    expect(detectGenre({ stated: ['News'], url: 'https://example.com/opinion/x', headline: 'Opinion | X', byline: null })).toBe('news');
    expect(detectGenre({ stated: [], url: null, headline: 'The council votes', byline: null })).toBe('news');
  });

  it('is news for the seed', () => {
    expect(readArticle(SEED_TEXT, { source: SEED_FILE }).meta.genre).toBe('news');
  });

  it('takes front matter, a headline label, a label line and JSON-LD, and the header says so', () => {
    const fromFront = readArticle(`---\ntitle: Keep the library open\nsection: Opinion\n---\n\n${BODY}`, { format: 'markdown' });
    expect(fromFront.meta.genre).toBe('opinion');
    const fromHeadline = readArticle(`Analysis: What the library vote means\n\n${BODY}`, { format: 'text' });
    expect(fromHeadline.meta).toMatchObject({ genre: 'analysis', headline: 'What the library vote means' });
    const labelBelow = readArticle(`What the library vote means\n\nNews Analysis.\n\n${BODY}`, { format: 'text' });
    expect(labelBelow.meta).toMatchObject({ genre: 'analysis', headline: 'What the library vote means' });
    expect(labelBelow.paragraphs[0]?.text).not.toMatch(/Analysis/);
    const fromLabelLine = readArticle(`OPINION\n\nKeep the library open\n\n${BODY}`, { format: 'text' });
    expect(fromLabelLine.meta).toMatchObject({ genre: 'opinion', headline: 'Keep the library open' });
    expect(fromLabelLine.meta.outlet).toBeNull();
    const ld = JSON.stringify({ '@type': 'OpinionNewsArticle', headline: 'Keep the library open' });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article><p>${BODY.replace(/\n\n/g, '</p><p>')}</p></article></body></html>`;
    const fromPage = readArticle(html, { format: 'html' });
    expect(fromPage.meta.genre).toBe('opinion');
    const markdown = renderMarkdown(buildBrief(fromFront, analyzeArticle(fromFront)));
    expect(markdown).toMatch(/^\*\*Opinion\*\* · /m);
    const news = readArticle(`The library vote\n\n${BODY}`, { format: 'text' });
    expect(renderMarkdown(buildBrief(news, analyzeArticle(news)))).not.toMatch(/\*\*(Opinion|Analysis)\*\*/);
  });
});
