// "According to Byers, the colonel felt that …": the source reports a view; the one who felt or believed it holds it.
import { subjectBefore } from './subject.js';
import type { Token } from './tokens.js';

/** Verbs of a view or a feeling whose subject, not the source before it, holds what follows. */
const VIEW =
  /^(felt|feels|feel|believed|believes|believe|thought|thinks|think|feared|fears|fear|worried|worries|considered|considers|expected|expects|hoped|hopes)$/i;

/** The subject of a view verb right after an opening "According to X," (within the first clause), or null. */
export function experiencerAfterAccording(tokens: readonly Token[], according: number): Token[] | null {
  if (according !== 0) return null;
  const comma = tokens.findIndex((t, i) => i > according && t.text === ',');
  if (comma < 0) return null;
  for (let v = comma + 2; v < Math.min(tokens.length, comma + 10); v++) {
    const t = tokens[v];
    if (!t || t.kind !== 'word') return null;
    if (VIEW.test(t.text)) {
      const subject = subjectBefore(tokens, v);
      return subject.length > 0 && tokens.indexOf(subject[0] as Token) > comma ? subject : null;
    }
  }
  return null;
}
