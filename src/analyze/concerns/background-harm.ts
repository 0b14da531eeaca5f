// Why: "plans to open 175 restaurants despite the global economic crisis", "bonuses paid even during a financial crisis": a harm
// that frames the time or the concession of what is reported is its background, not a harm anyone voices.
import type { Predicate } from './predicates.js';

/** A frame of time or concession, then at most three words, right before the harm word: "during the 2008 financial". */
const FRAME_BEFORE =
  /\b(?:during|despite|amid|amidst|since|after|following|throughout|in\s+(?:the\s+)?(?:wake|aftermath|midst)\s+of|at\s+the\s+height\s+of)\s+((?:[\p{L}\d'’-]+\s+){0,3})$/iu;

/** Whether a word of harm (the caller checks the kind) heads a frame of time or concession ("during the crisis", "despite the war"). */
export function isBackgroundHarm(text: string, p: Predicate): boolean {
  const frame = FRAME_BEFORE.exec(text.slice(Math.max(0, p.start - 80), p.start));
  // "amid claims that violence has risen", "despite fears of war": a clause or an "of" inside the frame reports the harm.
  return frame !== null && !/\b(?:that|of|whether|to)\s/i.test(frame[1] ?? '');
}
