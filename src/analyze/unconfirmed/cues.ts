// Every cue match in a sentence, with where it stands, before any sense check.
import { lexicons, type UnconfirmedCue } from '../../lexicon.js';
import { indexLiterals, type LiteralIndex, mayMatch, requiredLiterals } from '../../pattern-literals.js';

export interface CueMatch {
  cue: UnconfirmedCue;
  /** The words as they appear in the sentence. */
  match: string;
  at: number;
  end: number;
}

let globalPatterns: { cues: Array<[UnconfirmedCue, RegExp]>; literals: LiteralIndex } | undefined;

/**
 * Global copies of the cue patterns (the lexicon's own are shared with the renderer and must keep no lastIndex), and
 * the words each cannot match without: nine sentences in ten hold no cue, and running every pattern on each was most
 * of finding cues.
 */
function patterns(): { cues: Array<[UnconfirmedCue, RegExp]>; literals: LiteralIndex } {
  if (globalPatterns) return globalPatterns;
  const cues = lexicons().unconfirmedCues;
  globalPatterns = {
    cues: cues.map((cue) => [cue, new RegExp(cue.pattern.source, 'gi')]),
    literals: indexLiterals(cues.map((cue) => requiredLiterals(cue.pattern.source))),
  };
  return globalPatterns;
}

export function findCues(text: string): CueMatch[] {
  const found: CueMatch[] = [];
  const { cues, literals } = patterns();
  const may = mayMatch(literals, text);
  for (let k = 0; k < cues.length; k++) {
    if (may[k] === 0) continue;
    const [cue, re] = cues[k] as [UnconfirmedCue, RegExp];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ cue, match: m[0], at: m.index, end: m.index + m[0].length });
      if (m[0] === '') re.lastIndex++;
    }
  }
  return found;
}
