// `prompted the Atlas to state, "…"`, `interrupted me to announce, "…"`: a verb of saying in the infinitive, whose agent is not the subject.
import { isNameLike, phraseBefore } from '../phrases.js';
import { subjectBefore } from '../subject.js';
import { isCapitalised, type Token } from '../tokens.js';
import type { Sentence } from '../../types.js';
import type { TextRule } from './rule.js';
import { isPastForm } from '../past-form.js';

/** Verbs of saying in the infinitive, right before the quotation. */
const SAY = /^(say|state|declare|announce|counter|respond|reply|retort|write|tweet|argue|insist|proclaim|remark|quip|joke|explain|add|note)$/;
/** Verbs that make their object speak: the object is the one who says it ("prompted the Atlas to state"). */
const CAUSE =
  /^(prompt|prompted|prompting|prompts|lead|led|leading|leads|cause[ds]?|causing|force[ds]?|forcing|spur|spurred|spurring|spurs|move[ds]|compel|compelled)$/;
/** Verbs that ask or want their object to speak, who may never have, or that hold back their own words: nobody is credited. */
const DIRECT =
  /^((ask|urg|invit|encourag|beg|challeng|press|want|expect|allow|need|hir|instruct|order|persuad|remind|warn|advis|help|permit|requir|dar|call|enabl|convinc|tempt|implor|direct|refus|declin|fail|hesitat|neglect|attempt|plan|hop|wish|promis|threaten|vow|pledg|offer|agre)(e|es|s|ed|d|ing|ged|ging|ned|ning)?|tri(es|ed)|trying|tells?|told|telling|teach(es)?|taught|pays?|paid|gets?|got|getting)$/;

/** Where the object or adverbial before "to" starts back: past an aside set off by commas (", which examines …,"). */
function beforeAside(tokens: readonly Token[], to: number): number {
  if (tokens[to - 1]?.text !== ',') return to;
  for (let k = to - 2; k > 0 && k >= to - 16; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' && t?.text !== ',') return -1;
    if (t.text === ',') return /^(which|who|whose|a|an|the)$/.test(tokens[k + 1]?.text ?? '') ? k : -1;
  }
  return -1;
}

/**
 * "advisers like Gene Sperling": the one named after "like" or "including" stands for the group. "Dave Lee's Atlas of U.S.
 * Elections" ends at "of", as after "according to": the resolver would take the last run of capitals for the name.
 */
function named(object: Token[]): Token[] {
  const at = object.findIndex((t) => /^(like|including)$/.test(t.text));
  const after = at >= 0 ? object.slice(at + 1) : [];
  if (after.length > 0 && after.length <= 4 && after.every((t) => isCapitalised(t.text))) return after;
  const of = object.findIndex((t) => t.text === 'of');
  return of > 0 && object.slice(0, of).some((t) => /['\u2019]s$/.test(t.text)) ? object.slice(0, of) : object;
}

/** The subject of "was prompted" / "were moved", which speaks; none when the causative is no passive. */
function passiveSubject(tokens: readonly Token[], k: number, verb: string | null, sentence: Sentence): ReturnType<TextRule['apply']> {
  if (!/^(is|was|were|are|been|being|be|got|gets|get)$/.test(tokens[k - 1]?.text ?? '')) return null;
  const subject = subjectBefore(tokens, k);
  return subject.length > 0 ? { phrase: subject, verb, sentence, how: 'adjacent', distance: 0 } : null;
}

export const infinitive: TextRule = {
  type: 'text',
  id: 'infinitive',
  description: 'A verb of saying in the infinitive ("to state, …"): the object of "prompted" or "led" speaks, or the subject of a purpose clause.',
  examples: [
    {
      text: 'That record prompted the Harbour Almanac of Elections, which studies bellwether towns, to state, “Dover is the best bellwether in the land.”',
      speaker: 'Harbour Almanac of Elections',
    },
    {
      text: 'That record prompted Dana Lee’s Almanac of U.S. Elections, which studies bellwether towns, to state, “Dover is the best bellwether in the land.”',
      speaker: 'Dana Lee’s Almanac',
    },
    {
      text: 'His post was shared 3,000 times, leading harbour advisers like Tom Brandt to counter that “every cent of the bailout, Lee voted against.”',
      speaker: 'Tom Brandt',
    },
    {
      text: 'The editor I was talking to, Tim Brandt, interrupted me in mid-sentence to announce, “And there goes the whole franchise.”',
      speaker: 'Tim Brandt',
    },
    // A passive of a causative: its subject is the one made to speak.
    { text: 'The hearing was so quiet that Mayor Ann Lee was prompted to say, “I cannot believe how calm it has been in here.”', speaker: 'Ann Lee' },
  ],
  apply({ tokens, self, sentence }) {
    let j = self - 1;
    while (/^[,:]$/.test(tokens[j]?.text ?? '')) j--;
    if (tokens[j]?.text === 'that') j--;
    const to = j - 1;
    if (!SAY.test(tokens[j]?.text ?? '') || tokens[to]?.text !== 'to') return null;
    const end = beforeAside(tokens, to);
    if (end < 0) return null;
    // The nearest verb back in the clause: a causative, a verb that asks, or the main verb of a purpose clause.
    for (let k = end - 1; k >= 0 && k >= end - 10; k--) {
      const t = tokens[k];
      if (t?.kind !== 'word') return null;
      const word = t.text;
      if (CAUSE.test(word)) {
        // "Mr. Hill was prompted to say": a passive's subject is the one made to speak.
        if (k === end - 1) return passiveSubject(tokens, k, tokens[j]?.text ?? null, sentence);
        const object = tokens.slice(k + 1, end) as Token[];
        return object.some((x) => isCapitalised(x.text))
          ? { phrase: named(object), verb: tokens[j]?.text ?? null, sentence, how: 'adjacent', distance: 0 }
          : null;
      }
      if (DIRECT.test(word)) return null;
      const past = isPastForm(word);
      if (!past) continue;
      // A purpose clause ("interrupted me in mid-sentence to announce"): something stands between its verb and "to"; not a passive.
      if (k === end - 1 || /^(is|was|were|are|be|been|being|has|have|had)$/.test(tokens[k - 1]?.text ?? '')) return null;
      let subject = subjectBefore(tokens, k);
      // "The editor I was talking to, Tim Grieve, interrupted": the name set off by commas before the verb.
      const apposed = tokens[k - 1]?.text === ',' ? phraseBefore(tokens, k - 1) : [];
      if (subject.length === 0 && isNameLike(apposed) && tokens[tokens.indexOf(apposed[0] as Token) - 1]?.text === ',') subject = apposed;
      return subject.length > 0 ? { phrase: subject, verb: tokens[j]?.text ?? null, sentence, how: 'adjacent', distance: 0 } : null;
    }
    return null;
  },
};
