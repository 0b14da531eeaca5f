// The names an article shows to be people's, asked for on every speaker and holder: read once per name index.
import type { NameIndex } from './name-index.js';
import { fullName } from './name-lookup.js';

/** Every person mention's name and its full form, by index: an index is not changed once built, so the set is kept with it. */
const people = new WeakMap<NameIndex, ReadonlySet<string>>();

/** True when the article gives evidence that this name is a person. */
export function isKnownPerson(index: NameIndex, name: string): boolean {
  let names = people.get(index);
  if (names === undefined) {
    names = new Set(index.mentions.filter((m) => m.kind === 'person').flatMap((m) => [m.name, fullName(index, m.name)]));
    people.set(index, names);
  }
  return names.has(name);
}
