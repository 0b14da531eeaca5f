// A reporting verb elsewhere in the sentence: `Hill, who chairs the panel, insisted the plan was "dead on arrival"`.
import { isGoverned } from '../document-author.js';
import { isAnsweredAt, isSecondOfPair, isVerbAt, phraseAfter } from '../phrases.js';
import { passiveAgent } from '../passive-agent.js';
import { subjectBefore } from '../subject.js';
import { isCapitalised } from '../tokens.js';
import { isOtherClause } from './clause-scope.js';
import type { TextRule } from './rule.js';

/** Verbs that may stand before their subject: "said Hill". */
const INVERTS = /^(said|says|added|adds|asked|asks|wrote|writes|explained|noted|continued|recalled|insisted|argued)$/i;

export const sentenceVerb: TextRule = {
  type: 'text',
  id: 'sentence-verb',
  description: "A reporting verb anywhere in the quotation's sentence; its subject speaks.",
  examples: [
    // "told Harbour Radio the report indicated": the name before "the" is the listener; the subject of "indicated" starts at "the", and the sentence's own subject speaks.
    {
      text: 'The report came out on Monday.\n\nA harbour engineer told Harbour Radio the report indicated the town now had "no sign of any inspection after the storm."',
      speaker: 'harbour engineer',
    },
    {
      text: '"The numbers look good for the mayor" if turnout stays high in the northern and eastern wards of the city on election day next week, said Omar Haddad, a pollster.',
      speaker: 'Omar Haddad',
    },
    {
      text: 'Senator Joan Miller insisted on Tuesday that the plan, for all the many changes made to it by both parties during the long summer months of talks, remained "dead on arrival in the Senate."',
      speaker: 'Joan Miller',
    },
    {
      text: 'The trouble with the ferry, says Ida Moss, the harbour master at the Port of Dover since the spring of last year, is that the old boat "was built for a lake and not for the open sea."',
      speaker: 'Ida Moss',
    },
    // A town and its state after "in" end a description: no speaker rather than the town.
    {
      text: '"Water is hard to find beyond the harbour in winter," the study\'s author, a diver at the Port Authority and the college in Dover, Del., said in a statement.',
      speaker: '',
    },
    // A verb in another clause reports other words: a fronted "When …" clause, or a clause after ", but" with its own subject.
    {
      text: 'When Ann Lee complained to the board in 2009 about the ferry, Tom Hill responded that she was a "critic" who "needed to get along with the crews."',
      speaker: 'Tom Hill',
    },
    {
      text: 'Early reports claimed that she had tried to unfurl a banner; in fact, Ann Lee wore a shirt with the words, "Ten years lost. How many more?"',
      speaker: '',
    },
    {
      text: 'The mayor promised to repair the pier slowly, but the Harbour Board is calling the promise "too little" and demanded an "immediate and full repair."',
      speaker: '',
    },
  ],
  apply({ tokens, sentence, self }) {
    for (let k = 0; k < tokens.length; k++) {
      const verb = tokens[k]?.text;
      if (verb === undefined || !isVerbAt(tokens, k) || /ing$/.test(verb)) continue;
      // `… “our own citizens,” Melanie said yes`: an answered verb after the quotation reports none (isAnsweredAt).
      if (k > self && isAnsweredAt(tokens, k)) continue;
      // "Assad promised …, but the State Department demanded an “…”": a verb in another clause reports other words.
      if (isOtherClause(tokens, k, self)) continue;
      // "Rubio was asked by the moderator whether …": the asker speaks, not the one asked.
      const agent = passiveAgent(tokens, k);
      if (agent) return agent.length > 0 ? { phrase: agent, verb, sentence, how: 'sentence' } : null;
      // `The trouble, says Ida Moss, is that …`: a verb set off by commas with a name after it is a parenthesis naming the speaker.
      const aside = tokens[k - 1]?.text === ',' && INVERTS.test(verb) ? phraseAfter(tokens, k + 1) : [];
      if (aside[0] && isCapitalised(aside[0].text) && tokens[k + 1 + aside.length]?.text === ',') return { phrase: aside, verb, sentence, how: 'sentence' };
      const subject = subjectBefore(tokens, k);
      // "… what he calls “hell” than …": a verb in a relative clause reports its own quotation, not the sentence's.
      if (/^(that|which|whom|what)$/i.test(tokens[subject[0] ? tokens.indexOf(subject[0]) - 1 : -1]?.text ?? '')) continue;
      // "A letter obtained by the Post warns that …": the object of "by" is inside the subject; nobody is named.
      if (isGoverned(tokens, subject) || isSecondOfPair(tokens, subject)) return { phrase: [], verb, sentence, how: 'sentence' };
      if (subject.length > 0) return { phrase: subject, verb, sentence, how: 'sentence' };
      // Inverted after a clause: `"…" if she loses, said David Ward, an analyst`.
      const named = tokens[k - 1]?.text === ',' && INVERTS.test(verb) ? phraseAfter(tokens, k + 1) : [];
      if (named.some((t) => isCapitalised(t.text))) return { phrase: named, verb, sentence, how: 'sentence' };
    }
    return null;
  },
};
