// Why: "Susan Crawford, then Maples's literary agent": a role held at the time of the story opens on "then"; it is read past the word and
// keeps it, as "former" is kept, so the brief never gives a past role as a present one; name-roles.ts is at its size limit.
import type { Token } from './tokens.js';

/** The role after "Name, then …" read by `read` without "then", with "then" before it; null when none follows. */
export function thenRole(tokens: readonly Token[], last: number, read: (tokens: readonly Token[], last: number) => string | null): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  const role = read([...tokens.slice(0, last + 2), ...tokens.slice(last + 3)], last);
  return role === null ? null : `then ${role}`;
}
