// "And he'd be a chaos president.", "then Russia likely providing them …": a link word that tied the fear to the sentence
// before it says nothing of what is feared; after the holder's dash it only reads as a fragment. Only a link word before a
// subject goes ("So far, …", "Then came …", "And, if …" and "So concerned was …" keep theirs).

/** A link word opening the fear, and the word after it. */
const LINK = /^(?:and|but|so|yet|then)(?:\s+then)?\s+(\S+)/i;
/** Words that open a clause's subject: pronouns and determiners. */
const SUBJECT_WORDS = new Set('i he she it we they you this that these those there his her its our their my the a an'.split(' '));
/** The fewest words left once the link word goes. */
const MIN_WORDS = 3;

/** Whether a word can open the subject of a clause: a pronoun, a determiner, or a capitalised word (a name). */
function opensSubject(word: string): boolean {
  const bare = word.replace(/[’'].*$/, '');
  return SUBJECT_WORDS.has(bare.toLowerCase()) || /^\p{Lu}/u.test(bare);
}

/** The fear without a link word opening it, when a subject follows; else the fear. */
export function linkOpenerFear(fear: string): string {
  const link = LINK.exec(fear);
  if (link === null || !opensSubject(link[1] ?? '')) return fear;
  const rest = fear.slice(link[0].length - (link[1] ?? '').length);
  return rest.split(/\s+/).length >= MIN_WORDS ? rest : fear;
}
