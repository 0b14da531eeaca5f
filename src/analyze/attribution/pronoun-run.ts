// `"…," he said` when no name is near enough for the pronoun: the last speaker, of that sex, goes on over a longer stretch.
import { fullName, genderOf } from '../name-lookup.js';
import type { ContextRule } from './rule.js';
import { newSpeakerBetween } from './run.js';

/** `"…," he said`, `"…," she added`: a subject pronoun and a reporting verb right after the closing mark. */
const PRONOUN_AFTER = /^[\s,—–-]*(he|she)\s+(?:said|says|added|adds|continued|explained|noted|told|wrote|recalled|insisted)\b/i;

export const pronounRun: ContextRule = {
  type: 'context',
  id: 'pronoun-run',
  description: 'A quotation signed "he said" or "she said" that no near name resolves: the last speaker, of that sex, with nobody acting in between.',
  examples: [
    {
      text: 'Voters face a clear choice, said Lena Ortiz.\n\n"The town is ready," she said. The council had failed, she said. It ignored the harbour. The ferry was late. The pier shut in May. The budget was cut. She said all had a right to be heard. "But a silent council is a dangerous one," she said.',
      speaker: 'Lena Ortiz',
    },
    // A "he" after a woman's quotation is someone else.
    {
      text: 'Voters face a clear choice, said Lena Ortiz.\n\n"The town is ready," she said. The council had failed, she said. It ignored the harbour. The ferry was late. The pier shut in May. The budget was cut. She said all had a right to be heard. "But a silent council is a dangerous one," he said.',
      speaker: '',
    },
  ],
  apply({ previous, span, sentences, names }) {
    const speaker = previous?.speaker;
    if (!previous || speaker?.kind !== 'person') return null;
    const after = PRONOUN_AFTER.exec(span.last.text.slice(span.close - span.last.start));
    if (!after || span.first.index - previous.sentence > 12 || span.paragraph - previous.paragraph > 2) return null;
    const sex = (after[1] ?? '').toLowerCase() === 'he' ? 'm' : 'f';
    if (genderOf(names, speaker.name) !== sex) return null;
    // Anyone named in between, acting or not, might be whom the pronoun means.
    const named = names.mentions.some(
      (m) =>
        m.kind !== 'organisation' && !m.quoted && m.sentence > previous.sentence && m.sentence <= span.first.index && fullName(names, m.name) !== speaker.name,
    );
    return named || newSpeakerBetween(span, sentences, names, previous, speaker) ? null : speaker;
  },
};
