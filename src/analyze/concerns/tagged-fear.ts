// '"… a very dangerous path for Australia," he said.': when the sentence is a quotation and a short speech tag after it, the
// quotation holds what is feared; the tag names the holder, who is printed beside the fear already.
import { spacedWordCount as wordCount } from '../../word-count.js';
import { lexicons } from '../../lexicon.js';

/** A quotation from the sentence's start (or from a sentence that begins inside one) to its closing mark, then the tag. */
const TAGGED = /^["“]?([^"“”]+?)([\s,.;:!?…]*)["”]\s+([^"“”]{1,60}?)[.!?]?$/u;

/** The quotation before a closing speech tag ("he said", "said Rep. Owens", "Sari added today"); else the fear as it was. */
export function taggedFear(text: string, cue: string, fear: string): string {
  if (fear !== text) return fear;
  const m = TAGGED.exec(text.trim());
  const [inner, marks, tag] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
  const words = tag.split(/\s+/);
  // A tag is a few words with a reporting verb among its first four: "he said to Campbell", "Senator Milne said".
  if (!m || words.length > 7 || !words.slice(0, 4).some((w) => lexicons().reportingVerbs.has(w.toLowerCase()))) return fear;
  if (wordCount(inner) < 4 || !(inner.includes(cue) || words.includes(cue))) return fear;
  // A question or an exclamation keeps its mark; a comma or full stop before the tag is the tag's.
  return inner + (/[!?]/.exec(marks)?.[0] ?? '');
}
