// A title cut off after an owner ("… University in Scott's") would print a phrase with its noun missing.

/**
 * A role ending on an owner whose noun was cut: its last phrase goes ("… in Scott's"). A name alone in the possessive is
 * where the person works ("RealClearPolitics’" → "RealClearPolitics"); any other owner alone is no role.
 */
export function withoutOwnerLeftOpen(role: string): string | null {
  const words = role.split(' ');
  if (!/\p{L}['’]s?$/u.test(words.at(-1) ?? '')) return role;
  let prep = words.length - 1;
  while (prep > 0 && !/^(of|at|for|in|to|on|with|from)$/.test(words[prep] ?? '')) prep--;
  if (prep > 0) return words.slice(0, prep).join(' ');
  return words.every((w) => /^\p{Lu}/u.test(w)) ? role.replace(/['’]s?$/u, '') : null;
}
