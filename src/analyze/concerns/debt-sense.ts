// "$1.3 trillion in student debt", "allowing graduates to refinance their debt", "reduction of debt": a debt is an account owed,
// told as a figure or a plan, not a harm anyone fears, unless a word makes it a burden ("crippling debt", "drive farms into debt").

/** A word before the debt that makes it a burden: its weight or growth, or someone sunk in it, driven into it or left with it. */
const BURDEN_BEFORE =
  /\b(?:crippling|crushing|mounting|soaring|ballooning|spiral+ing|skyrocketing|exploding|massive|record|heavy|huge|enormous|staggering|unsustainable|unpayable|toxic|bad|mountains?\s+of|drowning\s+in|buried\s+in|saddled\s+with|mired\s+in|deep(?:er)?\s+(?:in|into)|leaves?\s+[^,.;]{1,40}?\s+with|into)\s+(?:[^\s,.;]+\s+){0,4}?$/i;
/** A word after the debt that names the harm in it: "a debt crisis", "the debt burden", "a debt spiral". */
const BURDEN_AFTER = /^\s+(?:crisis|crises|burdens?|traps?|spirals?|bomb|time\s?bomb|default\w*|overhang)\b/i;

/** Whether "debt" or "debts" names only an account owed, no burden. */
export function isDebtAccount(text: string, word: string, start: number, end: number): boolean {
  if (!/^debts?$/i.test(word)) return false;
  return !BURDEN_BEFORE.test(text.slice(Math.max(0, start - 70), start)) && !BURDEN_AFTER.test(text.slice(end, end + 20));
}
