// A paragraph whose opening quotation mark the page drew with a style, not in its text (a drop cap: "We just needed time, …,"
// admits Andrew Hill): its first mark closes, a reporting verb follows, so the quotation began with the paragraph.

/** Right after the closing mark: an optional pronoun or capitalised name, then a verb of saying ("admits Andrew Hill", "Hill said"). */
const ATTRIBUTION =
  /^\s*,?\s*(?:(?:he|she|they|we|I)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:said|says|added|adds|admits|admitted|told|wrote|writes|explained|explains|recalled|recalls|insisted|insists|reveals|revealed|notes|noted|continued|continues|argued|argues|warned|warns)\b/u;

/** Whether the mark at `at` is the paragraph's first, shaped to close a quotation of four words or more that a verb of saying credits. */
export function opensWithLostMark(text: string, at: number): boolean {
  // The mark first: the scan of the text before it is asked only for a closing double mark, not for every apostrophe.
  const mark = text[at];
  if (mark !== '”' && mark !== '"') return false;
  const before = text.slice(0, at);
  if (/["“”‘’]/.test(before)) return false;
  // The quoted words end on a comma or a sentence's end, right before the mark.
  if (!/[\p{L}\p{N}][,.!?]$/u.test(before) || before.trim().split(/\s+/).length < 4) return false;
  return ATTRIBUTION.test(text.slice(at + 1, at + 80));
}
