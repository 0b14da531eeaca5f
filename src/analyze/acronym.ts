// An acronym's expansion in "… Consumer Financial Protection Bureau (CFPB)": the words that spell it, not the run before them.

const CONNECTOR = /^(of|for|and|the|on|in|de|du|des|la|le)$/i;

/**
 * The shortest tail of `full` whose capitalised words' initials spell `acronym` ("by Wikinews of US Consumer Financial
 * Protection Bureau" + "CFPB" → "Consumer Financial Protection Bureau"); `full` itself when no tail spells it, or when the
 * short form is no acronym of capitals.
 */
export function spelledTail(full: string, acronym: string): string {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return full;
  const words = full.split(/\s+/);
  let initials = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (CONNECTOR.test(word)) continue;
    initials = (word[0] ?? '').toUpperCase() + initials;
    if (initials === acronym) return i > 0 ? words.slice(i).join(' ') : full;
    if (!acronym.endsWith(initials)) return full;
  }
  return full;
}
