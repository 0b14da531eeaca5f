import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/analyze/attribution/rules.js';
import { analyzeParagraphs, lastLongQuote } from './helpers/analyze.js';

// Each rule's own examples are its tests: the quotation is found, credited to the named speaker, by that rule.
describe.each(defaultRules().map((rule) => [rule.id, rule] as const))('attribution rule %s', (id, rule) => {
  it('has a description and at least one example', () => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.examples.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.map((e) => [e.text, e] as const))('credits %s', (_text, example) => {
    const quote = lastLongQuote(analyzeParagraphs('A headline for the test', ...example.text.split('\n\n')));
    expect(quote).toBeDefined();
    if (example.speaker === '') {
      expect(quote!.speaker).toBeNull();
    } else {
      expect(quote!.speaker?.name).toBe(example.speaker);
      expect(quote!.speaker?.rule).toBe(id);
    }
  });
});

it('rule ids are unique', () => {
  const ids = defaultRules().map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
