// Every cue match in a sentence, with where it stands, before any sense check.
import { lexicons, type UnconfirmedCue } from '../../lexicon.js';

export interface CueMatch {
  cue: UnconfirmedCue;
  /** The words as they appear in the sentence. */
  match: string;
  at: number;
  end: number;
}

let globalPatterns: Array<[UnconfirmedCue, RegExp]> | undefined;

/** Global copies of the cue patterns: the lexicon's own are shared with the renderer and must keep no lastIndex. */
function patterns(): Array<[UnconfirmedCue, RegExp]> {
  globalPatterns ??= lexicons().unconfirmedCues.map((cue) => [cue, new RegExp(cue.pattern.source, 'gi')]);
  return globalPatterns;
}

export function findCues(text: string): CueMatch[] {
  const found: CueMatch[] = [];
  for (const [cue, re] of patterns()) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ cue, match: m[0], at: m.index, end: m.index + m[0].length });
      if (m[0] === '') re.lastIndex++;
    }
  }
  return found;
}
