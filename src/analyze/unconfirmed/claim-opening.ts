// A claim printed alone should open on what is claimed, not on the attribution or label before it ("According to the Post, …",
// "He added: "…", "TAPPER: …") nor on the "that" of a second reported clause ("…, and that he might decide …").
import { isQuoteOpen } from '../close-quote.js';

/** An opening attribution to a source: "According to The Guardian, …"; an appositive after the source ("According to Smith, a spokesman, …") stays. */
const ACCORDING = /^according to [^,“”"]+,\s+(?!(?:a|an)\s[^,]*,)/i;

/** A leading "that" that opens a reported clause: its subject follows ("that he might decide"), or a comma ("that, as of 10 a.m., …"). */
const COMPLEMENTIZER = /^that(?:,\s*|\s+(?=(?:he|she|they|it|we|I|you|his|her|their|its|the|a|an)\s))/;

const words = (text: string): number => text.trim().split(/\s+/).length;

/** After the last colon before the cue: what a speaker or a label introduces ("He told BBC News: "He appears to …""). */
function afterColon(claim: string, end: number): string {
  // A cue outside the claim ("… reports that Anelka told a magazine: "…"", "Trump said: "…," the Times reported") reports the speaker too.
  if (end < 0) return claim;
  const colon = claim.lastIndexOf(':', end);
  if (colon <= 0 || colon >= end) return claim;
  const before = claim.slice(0, colon);
  // A colon inside a quotation, or after a question ("Will the audio get better?: Nobody knows"), heads what follows it.
  if (isQuoteOpen(before)) return claim;
  if (/[?]\s*$/.test(before) || /\d$/.test(before) || claim[colon + 1] === '/') return claim;
  const rest = claim.slice(colon + 1).replace(/^[\s“"]+/, '');
  // A quotation closed before the cue ("… the manifesto: "…", accusing Blair") leaves the cue outside what the colon opens.
  if (/[”"]/.test(claim.slice(colon + 1, end).replace(/^[\s“"]+/, ''))) return claim;
  return words(rest) >= 3 ? rest : claim;
}

/** The claim without an opening attribution, label or complementizer; unchanged when too little would be left. */
export function openClaim(claim: string, cue: string): string {
  let out = afterColon(claim, claim.indexOf(cue));
  const according = ACCORDING.exec(out);
  if (according && words(out.slice(according[0].length)) >= 3) out = out.slice(according[0].length);
  // "what the senators said was economic gerrymandering": the cue holds the copula, the claim is what follows it.
  const copula = /\b(?:is|are|was|were)$/i.exec(cue)?.[0];
  if (copula && out.toLowerCase().startsWith(`${copula.toLowerCase()} `) && words(out) >= 3) out = out.slice(copula.length + 1);
  const that = COMPLEMENTIZER.exec(out);
  if (that && words(out.slice(that[0].length)) >= 3) out = out.slice(that[0].length);
  return out === claim ? claim : out.replace(/^[\s,“"]+/, '');
}
