// Why: "Rev. Al Sharpton", "Sheikh Hassan Nasrallah, Hezbollah leader, said": a religious honorific is how a person is addressed, not
// what they do; the role the article gives wins, and the honorific stays when it gives none. resolve-mention.ts is at its size limit.
import type { Speaker } from '../types.js';
import { plainTitle } from './name-roles.js';

/** Honorifics that give way to a role ("Dr." alone already gives way to it, and prints nothing without one). */
export const HONORIFIC = /^(?:Rev|Reverend|Sheikh?)\.?$/;

/** The speaker with a printable title: no bare form of address ("Ms", "Sir"), the role for an honorific, else the role `roleOf` finds. */
export function plainSpeakerTitle(speaker: Speaker | null, roleOf: (name: string) => string | null): Speaker | null {
  if (!speaker?.title) return speaker;
  const title = plainTitle(speaker.title);
  if (title !== null && HONORIFIC.test(title)) return { ...speaker, title: roleOf(speaker.name) ?? title };
  return title !== speaker.title ? { ...speaker, title: title ?? roleOf(speaker.name) } : speaker;
}
