// Why: "Scott Conroy asked Sanders whether …. “Sure it is,” he said": after a question the one asked answers, so the "he"
// that follows is the person asked, not the asker who was the sentence's subject.
import type { NameMention } from './name-types.js';

/** Whether `asked` is the object of "asked" in the sentence whose subject `asker` put the question. */
export const isAskedBy = (asked: NameMention | null, asker: NameMention): boolean =>
  asked?.questioned === true && asked.sentence === asker.sentence && asked.start > asker.end;
