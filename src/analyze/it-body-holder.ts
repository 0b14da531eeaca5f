// "Christian Aid has called on British firms …. It added that … could end up in far worse jobs": an "it" that voices the
// worry is the body the sentence before opens on, across a paragraph break too (resolveMention keeps to one paragraph for quotes).
import type { Sentence } from '../types.js';
import type { NameIndex } from './name-index.js';
import { creditedBody } from './credited-body.js';
import { sentenceTokens } from './sentence-tokens.js';

const VOICE =
  /^(said|says|added|adds|warned|warns|argued|argues|noted|criticised|criticized|condemned|accused|expressed|raised|cautioned|alleged|alleges|blamed|blames)$/;

/** The body an opening "It (also) warned …" or a closing ", it said." stands for, else null. */
export function itBodyHolder(sentence: Sentence, names: NameIndex): string | null {
  const words = sentenceTokens(sentence)
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
  const [a = '', b = '', c = ''] = /^(And|But)$/.test(words[0] ?? '') ? words.slice(1) : words;
  const opens = /^[Ii]t$/.test(a) && (VOICE.test(b) || (/^(also|further|later|then)$/.test(b) && VOICE.test(c)));
  const closes = /,["”]?\s+it\s+(said|added|warned|says|adds|warns|noted|notes)\.?$/.test(sentence.text.trim());
  if (!opens && !closes) return null;
  // The index reads many bodies as of unknown kind ("Christian Aid", "The NHTSA"): any capitalised subject but a person's.
  const body =
    names.mentions.find(
      (m) => m.sentence === sentence.index - 1 && m.subject && !m.quoted && m.kind !== 'person' && (m.start === 0 || (m.start <= 4 && /^the$/i.test(m.before))),
    ) ?? creditedBody(names, sentence.index - 1);
  // "The report warned …. It said …": the report's owner, or a committee named in lower case ("The Tidewater harbour committee", not "Tidewater").
  const source = names.voicingSource?.(sentence.index - 1) ?? null;
  if (!body || source?.includes(body.run)) return source;
  return names.aliases.get(body.name) ?? body.run;
}
