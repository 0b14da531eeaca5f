// A claim verb's finite or participle form cannot be the noun, whatever word stands before it.

/**
 * "Denny's claimed it has sold …", "in 2014, claiming he was …", "a video that accuses Cruz of …": no determiner makes these a noun,
 * unlike "the claims" or "their claim". "Made a hash of claiming the ball" is the gerund of taking, so "of" keeps its say.
 */
export function isVerbForm(match: string, before: string): boolean {
  if (/^(?:claimed|accuses|denies)$/i.test(match)) return true;
  return /^(?:claiming|accusing|denying)$/i.test(match) && !/\bof\s+$/i.test(before);
}
