// Why: "Eight months later, …" counts from an event told before it, and "the three plans below" shows what the page holds, not the summary.

const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|\d+|a few|several|some|many|all these)`;
/** Weeks and more: "Minutes later" or "A day earlier" goes on with the news event the summary leads with; "Two years later" leaves it. */
const UNIT = String.raw`(?:weeks?|months?|years?|decades?)`;

/**
 * An opening interval of weeks or more ("Eight months later, …", "Only six years earlier, …", "Weeks later, …"): it counts from an event
 * in the sentence before, which the summary does not carry. Not "Sooner or later", not "later this year" inside the sentence.
 */
const INTERVAL_OPENER = new RegExp(
  String.raw`^(?:(?:just|only|barely|about|some|nearly|almost)\s+)?(?:${COUNT}\s+)?${UNIT}\s+(?:later|earlier|afterwards?)\b`,
  'i',
);

/**
 * A pointer to the page around the sentence: "as mentioned above", "listed below", "(above)", "the three proposals below, …", "Share and
 * comment below." Not "below 5 percent" or "the rocks below the house": the word must close the phrase or point at something shown.
 */
const PAGE_POINTER =
  /\b(?:(?:mentioned|noted|listed|posted|shown|described|outlined|pictured|embedded|comment|see|read)\s+(?:here\s+)?(?:above|below)|\((?:see\s+)?(?:above|below)\)|(?:the|these|those)\s+(?:\w+\s+){1,2}below(?=\s*[,.;:]|\s+(?:is|are|was|were|shows?|include)\b))/i;

/** "Read part 1 here, and part 2 here.", "Watch the full interview here.": a link's words, which the summary cannot carry. */
const LINK_TEXT = /^(?:read|watch|see|listen to|click|view|download)\b[^.!?]{0,60}\bhere\.?$/i;

/** "MSNBC, for one, did …": one example of a group the sentence before names. */
const ONE_EXAMPLE = /^[^,]{1,60},\s+for one,/i;

/** Whether a sentence counts from an event, points at a part of the page, or gives one example of a group, that the summary does not carry. */
export function pointsElsewhere(text: string): boolean {
  return INTERVAL_OPENER.test(text) || PAGE_POINTER.test(text) || ONE_EXAMPLE.test(text) || LINK_TEXT.test(text);
}
