// Stated concerns (stop 85, from a judged sample of web pages, BBC and Wikinews articles): one hand-written example per rule.
import { describe, expect, it } from 'vitest';
import { fearsOf } from './helpers/analyze.js';

describe('stop 85: a harm denied', () => {
  it('"not a threat …, let alone an immediate threat" denies both', () => {
    expect(fearsOf('The ferry strike is not a threat to the town, let alone an immediate threat.')).toEqual([]);
    // Without the denial each is a warning.
    expect(fearsOf('The ferry strike is a threat to the town, and an immediate threat.')).not.toEqual([]);
  });
});

describe('stop 85: a word of harm in another sense', () => {
  it('"the police force’s offices" is a body that owns something, not violence', () => {
    expect(fearsOf('The house will hold the local police force’s offices, the ministry said.')).toEqual([]);
    // Force used against people still is.
    expect(fearsOf('The ministry condemned the use of excessive police force against the marchers.')).not.toEqual([]);
  });
});
