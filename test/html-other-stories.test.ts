// Stop 87, from a judged Digg page: other stories listed as <article> cards after the story are not its paragraphs.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/read/index.js';

const STORY = [
  'The city council voted on Tuesday to rebuild the old river bridge, ending a two-year dispute over its cost and its design.',
  'The new bridge will carry two lanes of traffic and a cycle path, and work is due to begin next spring, the mayor said.',
  'Opponents had argued that a ferry would serve the town for half the price, but the council rejected the plan by seven votes to two.',
  'The bridge was closed to lorries three years ago after engineers found cracks in two of its piers, and to cars last winter.',
];
const TEASERS = [
  'Scandinavia’s Sami have been herding reindeer for generations, and then the miners arrived in the valley with their machines.',
  'Dozens of bushfires are spreading across the state, burning across more than two million acres of dry forest and farmland.',
  'The Senate unanimously passed a bill on Tuesday that would require an annual review of the special treatment the port receives.',
];
const card = (text: string, k: number): string =>
  `<article class="story-card"><header><h1><a href="https://example.org/story-${k}">Another story ${k} worth reading</a></h1></header><div class="description"><p>${text}</p></div></article>`;
const page = (title: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><section role="main">` +
  `<article class="single-story"><h2 class="headline"><a href="">Council votes to rebuild the river bridge</a></h2>` +
  `<div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>` +
  `${Array.from({ length: 12 }, (_, k) => card(TEASERS[k % TEASERS.length] ?? '', k)).join('')}</section></body></html>`;

describe('stop 87: other stories’ cards on a story’s page', () => {
  it('the cards of other stories, whose headings link elsewhere, leave the body when the page’s title names the story’s own', () => {
    const texts = readArticle(page('Council votes to rebuild the river bridge | Example News'), { format: 'html', source: 'page.html' }).paragraphs.map(
      (p) => p.text,
    );
    expect(texts).toEqual(STORY);
  });
  it('with no heading the title repeats, no <article> is taken for the story’s own and nothing is dropped for it', () => {
    const texts = readArticle(page('Example News'), { format: 'html', source: 'page.html' }).paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(STORY));
  });
  it('the newsletter call after the story ("Every day we send an email with the top stories …") is furniture', () => {
    const article = readArticle(
      ['Council votes to rebuild the river bridge', ...STORY, 'Every day we send an email with the top stories from Example.'].join('\n\n'),
      {
        source: 'a.txt',
        format: 'text',
      },
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(STORY);
  });
});
