// "one of the city's most dangerous sections", "the fifth most dangerous city in America", "the most dangerous in the world in 2014":
// a place ranked by its danger is a fact about crime figures, not a harm anyone voices (GUIDELINE.md: neutral facts are no concern).

/** "most dangerous" before a place, or before "in the world / in America": a ranking; "more dangerous than" compares and may warn. */
const RANKED_PLACE =
  /^dangerous\s+(?:(?:cit(?:y|ies)|places?|sections?|neighbou?rhoods?|districts?|areas?|parts\s+of|countr(?:y|ies)|towns?|regions?|spots?)\b|in\s+(?:the\s+world|America|the\s+(?:US|U\.S\.|country|nation))\b)/i;

/** Whether "dangerous" (at the start of `rest`) ranks a place: "most dangerous" right before it and a place or "in the world" after. */
export function isPlaceRank(lower: string, before: string, rest: string): boolean {
  return lower === 'dangerous' && /\bmost\s+$/i.test(before) && RANKED_PLACE.test(rest);
}
