// "If that singer were any good, would we criticise her?", "Or should she attack him on policy?", "So why is it that …?": a
// question behind an opening conjunction or "if" clause asks about a worry, as a bare question does; it voices none.

/** An opening "And / But / Or / So" or "If …," before the question's own first word, an auxiliary or a wh-word. */
const LED_QUESTION =
  /^["“‘']?(?:(?:and|but|or|so)\s+|if\s+[^,?;:]{3,120},\s*(?:then\s+)?)(?:can|could|will|would|do|does|did|is|are|was|were|have|has|had|should|shall|may|might|why|how|what|who|whom|whose|which|where|when)\b/i;

/** Whether the sentence is a question led by a conjunction or an "if" clause. */
export function isLedQuestion(text: string): boolean {
  return /\?["”’')]*$/u.test(text) && LED_QUESTION.test(text);
}
