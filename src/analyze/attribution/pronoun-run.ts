// `"…," he said` when no name is near enough for the pronoun: the last speaker, of that sex, goes on over a longer stretch.
import { fullName, genderOf } from '../name-lookup.js';
import type { ContextRule } from './rule.js';
import { newSpeakerBetween } from './run.js';
import { isPronounCandidate } from '../pronoun-candidate.js';
import type { NameIndex, NameMention } from '../name-index.js';

/** A person, a surname standing alone, or an untyped name acting as a subject ("Bob said"): someone a "he" or "she" could mean. */
const mayBeMeant = (names: NameIndex, m: NameMention, sentence: number, sex: 'm' | 'f'): boolean =>
  isPronounCandidate(names, m, sentence, sex) || (m.kind === 'unknown' && m.subject);

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
    // A prison or a court named between is no one the "she" could mean.
    {
      text: 'Voters face a clear choice, said Lena Ortiz.\n\n"The town is ready," she said. The council had failed, she said. It ignored the Harbour Court ruling. The ferry was late. The pier shut in May. She said inmates at Belmarsh Prison had a right to be heard. "But a silent council is a dangerous one," she said.',
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
    // Anyone named in between, acting or not, might be whom the pronoun means; "Belmarsh Prison" or "Law Lords" is no one.
    const named = names.mentions.some(
      (m) =>
        !m.quoted &&
        m.sentence > previous.sentence &&
        m.sentence <= span.first.index &&
        mayBeMeant(names, m, span.first.index, sex) &&
        fullName(names, m.name) !== speaker.name,
    );
    return named || newSpeakerBetween(span, sentences, names, previous, speaker) ? null : speaker;
  },
};
