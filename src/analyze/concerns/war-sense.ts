// "war" that is no fighting feared: a rivalry or a campaign's funds ("a price war", "a war chest", "a war of words"), a
// person or a thing named after a war ("a war veteran"), or a war named as history ("the Vietnam War", "the war in Iraq").

/** "a bidding war", "a price war", "the culture wars", "Star Wars": rivalry for a deal, a market or minds, or a title. */
const RIVALRY_BEFORE = /\b(bidding|price|pricing|fare|ratings|talent|turf|format|browser|console|culture|class|flame|star)\s+$/i;
/** "a war chest", "the war room", "a war of pretty unpleasant words", "a war hero", "the war on drugs": no fighting feared. */
const SET_AFTER =
  /^wars?\s+((chest|room)s?|of\s+(\S+\s+){0,3}words|veterans?|heroe?s|heroism|memorials?|museums?|movies?|films?|strateg(y|ies)|on\s+(drugs|women|coal|christmas|poverty|cancer|obesity|science|religion|faith|cops|police))\b/i;
/** "a veteran of the country's civil war": the war names who the person is. */
const VETERAN_BEFORE = /\bveterans?\s+of\s+(the\s+|a\s+|that\s+)?(\S+\s+){0,2}$/i;
/** "the Vietnam War", "the Iraq war", "the Second World War": a war named by its place or its number, told as history. */
const NAMED_BEFORE =
  /(\b(Iraq|Vietnam|Korean|Gulf|Afghan|Mexican|Falklands|Boer|Crimean|Six-Day|Spanish-American|Revolutionary|Civil|Cold|Great|First\s+World|Second\s+World)\s+)$/;
const NAMED_AFTER = /^(war\s+in\s+(Iraq|Vietnam|Korea|Afghanistan|the\s+Gulf)\b|War\s+(I|II|One|Two|1|2)\b)/;
/** "another Iraq war", "a new Cold War", "the next Gulf war": a named war that may come again is feared. */
const AGAIN = /\b(another|new|next|second|renewed|repeat\s+of\s+the|like\s+the)\s+(\S+\s+){0,1}$/i;

/** Whether "war" at `start` in `text` names no fighting that anyone fears. */
export function isWarIdiom(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const rest = text.slice(start);
  if (RIVALRY_BEFORE.test(before) || SET_AFTER.test(rest) || VETERAN_BEFORE.test(before)) return true;
  const named = NAMED_BEFORE.exec(before);
  if (named) return !AGAIN.test(before.slice(0, before.length - named[0].length));
  return NAMED_AFTER.test(rest) && !AGAIN.test(before);
}
