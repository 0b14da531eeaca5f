// Whether a name run read as a person's stands for a person: a one-word name the article never gives in full may be a body's.
import { lexicons } from '../lexicon.js';
import type { RunName } from './capital-runs.js';
import type { NameIndex } from './name-index.js';
import { fullName, isKnownPerson } from './name-lookup.js';
import { isCourtesy } from './name-words.js';
import { isListedPlace } from './place-before-name.js';
import type { Token } from './tokens.js';

/**
 * A person when the article shows it (a person mention, a fuller form, two words, a title), and a lone word too when a
 * courtesy title stands in or right before the run ("Mr. King said") or the phrase is a listed first name alone ("Melanie said").
 */
export function isPersonRun(names: NameIndex, found: RunName, phrase: readonly Token[], run: readonly Token[]): boolean {
  if (isKnownPerson(names, found.name) || fullName(names, found.name) !== found.name || found.words.length >= 2 || found.title) return true;
  const at = run[0] === undefined ? -1 : phrase.indexOf(run[0]);
  const near = [...(at > 0 ? [phrase[at - 1]] : []), ...run];
  if (near.some((t) => t?.kind === 'word' && isCourtesy(t.text))) return true;
  // A first name alone, not a place ("Israel", "Austin") and not a title's ("The Hill", "News 8 Austin").
  return run.length === 1 && at === 0 && lexicons().givenNames.has(found.name.toLowerCase()) && !isListedPlace(found.name);
}
