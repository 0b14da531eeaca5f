// Why: "Fowler's double strike … and Keegan sympathised with Norwich boss Nigel Worthington" names Fowler only as an owner; a
// "he said" after it means a person the sentence names as an actor, so the owner yields to one when there is one.
import type { NameIndex, NameMention } from './name-index.js';
import { OBJECT_PREPOSITIONS } from './name-lookup.js';

const isPossessive = (m: NameMention): boolean => /['’]s?$/.test(m.run);

/** Whether `m` is a person named only as an owner ("his thoughts on Donald Trump's appeal") in a sentence that names another person
 * outside a preposition ("steered Allen toward"). */
export function isOutrankedOwner(index: NameIndex, m: NameMention): boolean {
  if (!isPossessive(m)) return false;
  const ownName = m.name.split(' ').at(-1);
  return index.mentions.some(
    (o) =>
      o !== m &&
      o.sentence === m.sentence &&
      o.kind === 'person' &&
      !o.quoted &&
      !isPossessive(o) &&
      o.name.split(' ').at(-1) !== ownName &&
      // An owner that opens the sentence ("Tuttle's article attacked Christie") yields only to the subject of a clause of its own,
      // or to a passive's agent ("Hogue's group was joined by …").
      (m.before === '' ? (o.subject && /^(|,|and|but|while)$/.test(o.before)) || o.agent === true : !OBJECT_PREPOSITIONS.has(o.before)),
  );
}
