// A known person named right after the quotation with a verb the lexicon does not list: `"Go back," Trump roared`.
import type { NameIndex } from '../name-index.js';
import { namedElsewhere } from '../name-lookup.js';
import { resolveMention } from '../resolve-mention.js';
import { isCapitalised, tokenize, type Token } from '../tokens.js';
import type { Sentence, Speaker } from '../../types.js';
import { SUBORDINATOR } from './clause-scope.js';
import type { ContextRule } from './rule.js';

/** A past-tense or present verb after the name: "went on", "shot back", "quips". */
const VERB_LIKE = /^(?:[a-z]+ed|[a-z]+s|went|shot|fired|wrote|spoke|told|shouted|snapped|broke|did)$/;
const NOT_VERB = /^(?:is|was|has|as|his|this|its|us|yes|always|perhaps|whereas|thus|plus)$/;

/** A subordinate clause with a capitalised subject and its verb before the quotation: "While Sullivan proclaims …". */
const SUBJECT_CLAUSE =
  /^\W*(?:whil(?:e|st)|although|though|whereas|when|as|if|because|after|before|since|even as|even though)\s+(?!I\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\p{Ll}+/iu;

/** Words that open a subordinate clause or a new turn of the writer's, not a name: "When Ford visited", "However Mr Jackson". */
const opensClause = (word: string): boolean => SUBORDINATOR.test(word) || /^(however|meanwhile)$/i.test(word);

function knownPerson(words: readonly Token[], sentence: Sentence, names: NameIndex): Speaker | null {
  const speaker = resolveMention(words, sentence, names);
  if (speaker?.kind !== 'person') return null;
  const last = words.at(-1)?.text.toLowerCase();
  if (last === undefined) return null;
  return namedElsewhere(names, sentence.index, (m) => m.kind === 'person' && m.name.toLowerCase().split(/\s+/).includes(last)) ? speaker : null;
}

export const nameAfter: ContextRule = {
  type: 'context',
  id: 'name-after',
  description: 'A person the article knows, named right after the quotation and followed by a verb: that person spoke.',
  examples: [
    {
      text: 'Coach Rita Alvarez watched the last minutes from the bench. "Get back on defence, all of you, now," Alvarez roared at her players.',
      speaker: 'Rita Alvarez',
    },
    {
      text: 'Pilot Tomas Hale briefed the crew before take-off.\n\n"Are we really ready for this kind of weather, all of us?" Hale went on, looking at the sky.',
      speaker: 'Tomas Hale',
    },
    {
      text: 'Inspector Nadia Perl wrote one long passage on the bridge: "The span was never inspected after the flood.\n\n"That is the part nobody in the council wants to discuss," Perl went on.',
      speaker: 'Nadia Perl',
    },
    // A sentence after the quotation that opens a clause ("When Hill visited …") is the writer's, not a credit.
    {
      text: 'Tom Hill wrote plays for years.\n\nThe party was a success. "Once he wrote a short play on a napkin for the party." When Hill visited his editor, he left poems on her desk.',
      speaker: '',
    },
    // A subordinate clause with its own subject holds the quotation: the name after it is the main clause's, not the speaker.
    {
      text: 'Nora Quinn and Carl Allen ran against each other. While Quinn brands the plan a "careful and overdue piece of work," Allen fixates on the cost.',
      speaker: '',
    },
    // After a full stop inside the marks, a name and a verb open the writer's next sentence.
    {
      text: 'The theatre is run by Lena Ruiz and Omar Diaz.\n\n"The stage was built in 1890. It has never been rebuilt." Ruiz restored its curtain in 2004.',
      speaker: '',
    },
    {
      text: 'Carl Allen runs the harbour office. Admitting that Moss "says a lot of silly things," though, Allen did suggest that the money helps him.',
      speaker: 'Carl Allen',
    },
  ],
  apply({ span, sentences, names }) {
    // "While Sullivan proclaims the article a “…,” Clinton fixates on …": a clause of its own, with its own subject, holds the
    // quotation; the name after it opens the main clause, someone else's.
    if (SUBJECT_CLAUSE.test(span.first.text.slice(0, Math.max(0, span.open - span.first.start)))) return null;
    let sentence = span.last;
    let from = span.close - sentence.start;
    // `"…?" Trump went on.` split after the question mark: the name opens the next sentence of the paragraph.
    const next = sentences[sentence.index + 1];
    // `"… arena." Whedon created the character`: after a full stop the next sentence is the writer's, not a credit.
    const asked = /(?:[?!…]|\.\.\.)$/u.test(sentence.text.slice(0, Math.max(0, from - 1)).trimEnd());
    if (!/[\p{L}\p{N}]/u.test(sentence.text.slice(from)) && asked && next && next.paragraph === sentence.paragraph) {
      sentence = next;
      from = 0;
    }
    const tokens = tokenize(sentence.text.slice(from), sentence.start + from);
    let k = 0;
    // `"…," though, Allen did suggest`: a linking adverb between the quotation and the name.
    for (let t = tokens[k]; (t?.kind === 'punct' && /^[,—–-]$/.test(t.text)) || /^(though|however)$/.test(t?.text ?? ''); t = tokens[k]) k++;
    const words: Token[] = [];
    for (let t = tokens[k]; words.length < 4 && t?.kind === 'word' && isCapitalised(t.text); t = tokens[++k]) words.push(t);
    const verb = tokens[k];
    if (words.length === 0 || !verb || verb.kind !== 'word' || !VERB_LIKE.test(verb.text) || NOT_VERB.test(verb.text)) return null;
    // `“…” When Ford visited his editor, …`: a sentence that opens a clause of its own is the writer's, about someone else.
    if (opensClause(words[0]?.text ?? '')) return null;
    return knownPerson(words, sentence, names);
  },
};
