// Why: "a major concern for Admiral Harris" after "Adm. Harry B. Harris Jr." names the admiral: a surname widens to the person's
// full name, while a group's words are not widened to another mention's ("senior Democrats" is not "Progressive Democrats").
import type { NameIndex } from './name-index.js';
import type { Token } from './tokens.js';

/** Whether the holder resolved from the phrase after a worry noun is that phrase's own: spelt out in it, or a person its surname names. */
export function ownsExperiencer(held: readonly Token[], experiencer: string, names: NameIndex): boolean {
  if (
    held
      .map((t) => t.text)
      .join(' ')
      .includes(experiencer)
  )
    return true;
  const surname = held.at(-1)?.text ?? '';
  const parts = experiencer.split(/\s+/);
  // The cheap tests first; the mentions are read only for a capitalised word that ends a longer name.
  if (!/^\p{Lu}\p{Ll}/u.test(surname) || parts.length < 2 || !parts.slice(1).includes(surname)) return false;
  return names.mentions.some((m) => m.kind === 'person' && (m.run === experiencer || m.run.endsWith(` ${experiencer}`)));
}
