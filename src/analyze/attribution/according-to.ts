// `According to X, "…"`: the source named after "according to" anywhere in the sentence.
import { lexicons } from '../../lexicon.js';
import { isNameLike } from '../appositions.js';
import { isTitleWord } from '../capital-runs.js';
import { bracketClose } from '../phrase-words.js';
import { phraseAfter } from '../phrases.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { TextRule } from './rule.js';

/**
 * "according to Friends of Rivers and Lakes (FRL) Director Jo Bell": past the body's name, its "and" and its bracketed acronym
 * (at `from`), the titled person that ends the noun phrase speaks for it. Null when no such person follows.
 */
function personAfterBody(tokens: readonly Token[], from: number): Token[] | null {
  let j = from;
  for (let step = 0; step < 4; step++) {
    const close = bracketClose(tokens, j);
    if (close > 0) j = close + 1;
    else if (/^(and|of|for)$/.test(tokens[j]?.text ?? '')) j++;
    else return null;
    const run = phraseAfter(tokens, j);
    const title = run.findIndex((t) => isTitleWord(t.text));
    if (run.length === 0 || !run.every((t) => isCapitalised(t.text))) return null;
    if (title >= 0 && isNameLike(run.slice(title + 1))) return run.slice(title);
    j = tokens.indexOf(run.at(-1) as Token) + 1;
  }
  return null;
}

export const accordingTo: TextRule = {
  type: 'text',
  id: 'according-to',
  description: '"According to X" in the quotation\'s sentence, or "Based on" a document of X that opens it.',
  examples: [
    // A body named for its cause ("Physicians for …") is an organisation, not a person called by its cause's words.
    { text: 'According to Physicians for Safe Harbours, the pier is "a danger to every swimmer in town."', speaker: 'Physicians for Safe Harbours' },
    // A body's name with "and" and its acronym, then its titled officer: the person at the end of the noun phrase speaks.
    {
      text: 'According to Friends of Rivers and Lakes (FRL) Campaign Director Jo Bellamy after the vote, "The dams must come down."',
      speaker: 'Jo Bellamy',
    },
    { text: 'According to Helen Park, the lead investigator, the fire "started in the kitchen and spread fast through the roof."', speaker: 'Helen Park' },
    // A body's name with "and" in it, after "according to" or as a document's author after "by".
    {
      text: 'According to the Department of Harbours and Coastal Services, the pier is "safe for every visitor."',
      speaker: 'Department of Harbours and Coastal Services',
    },
    {
      text: 'According to a complaint filed by the Harbours and Ferries Commission, the firm ran "a massive fraudulent scheme" for years.',
      speaker: 'Harbours and Ferries Commission',
    },
    // "Based on" a document opening the sentence: the document's author; on anything else, nobody.
    // ("the statement released by" is read by before-verb first, with "released" as its verb: the same author.)
    {
      text: 'Based on the statement prepared by Harbour News, some convincing was needed for Ann Lee, who “has spoken to the board a few times.”',
      speaker: 'Harbour News',
    },
    { text: 'Based on her actions that night, “I do not see how anyone can trust her with the harbour.”', speaker: '' },
    // A study speaks for its authors after "by"; of two named in full, the first is credited.
    {
      text: 'According to a 2019 study by economists Helen Park and Tom Hill, the pier is "the oldest working pier on the whole coast."',
      speaker: 'Helen Park',
    },
  ],
  apply({ tokens, sentence }) {
    for (let k = 0; k < tokens.length - 2; k++) {
      // "Based on the statement released by Harbour News, …" opening the sentence: only a document, which speaks for its author.
      const basedOn = k === 0 && /^based$/i.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'on';
      if (basedOn || (tokens[k]?.text.toLowerCase() === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to')) {
        let phrase = phraseAfter(tokens, k + 2);
        // "According to a former clerk, Ann Lee entered …": a name after the comma that goes on into a clause is its subject.
        const start = phrase[0] ? tokens.indexOf(phrase[0]) : -1;
        if (start > k + 2 && tokens[start - 1]?.text === ',' && phrase.some((t) => !isCapitalised(t.text))) phrase = tokens.slice(k + 2, start - 1);
        const last = phrase.at(-1);
        // A body's name runs from capital to capital ("Australians for Fair Pay"); "a report by …" is no body.
        const body = last && isCapitalised(phrase[0]?.text ?? '') && isCapitalised(last.text);
        const person = body ? personAfterBody(tokens, tokens.indexOf(last) + 1) : null;
        if (person) return { phrase: person, verb: 'according to', sentence, how: 'sentence' };
        // "according to a court document filed by attorney Dave Aronberg" / "according to a Gallup poll released Thursday":
        // the agent after "by", else the phrase up to the participle.
        const participle = phrase.findIndex((t, i) => i > 0 && /\p{Ll}ed$/u.test(t.text));
        const participleToken = phrase[participle];
        if (participle > 0 && participleToken) {
          const at = tokens.indexOf(participleToken);
          const agent = tokens[at + 1]?.text === 'by' ? phraseAfter(tokens, at + 2) : [];
          phrase = agent.length > 0 ? agent : phrase.slice(0, participle);
          if (basedOn && !(agent.length > 0 && lexicons().documentWords.has(tokens[at - 1]?.text ?? ''))) return null;
        } else if (basedOn) return null;
        if (phrase.length > 0) return { phrase, verb: basedOn ? 'based on' : 'according to', sentence, how: 'sentence' };
      }
    }
    return null;
  },
};
