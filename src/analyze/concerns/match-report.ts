// In a match report a "threat", "danger" or "worry" is a rival side or a result ("a dangerous competitor", "we'll worry about
// Ireland"); only a harm past the game (doping, racism, violence, an injury risk) is a concern there.
import type { Sentence } from '../../types.js';

/** Words that only sport uses: positions, competitions, officials, play ("club", "match", "football" also name a business or a fan). */
const SPORT =
  /\b(?:coach(?:es|ed)?|striker|midfielder|winger|defender|goalkeeper|full-back|fly-half|flanker|skipper|captain|referee|six nations|grand slam|world cup|premiership|league|cup|championships?|tournament|olympics?|semi-finals?|quarter-finals?|seeded|scrum|half-time|scored|goals?|wickets?|innings|caps|squad|fixtures?|medals?|title|season|team-?mates?)\b/gi;
/** A harm past the game: cheating, hatred, violence, crime, death. */
const HARM_PAST_GAME =
  /\b(?:dop(?:e|ed|ing)|drugs?|steroids?|substances?|racis[mt]\p{L}*|hooligan\p{L}*|violen\p{L}*|abus\p{L}*|assault\p{L}*|fouls?|infirmary|concussion\p{L}*|safety|security|terror\p{L}*|bomb\p{L}*|killed|deaths?|died|dead|fraud\p{L}*|corrupt\p{L}*|brib\p{L}*|fixing|cheat\p{L}*|stampede|riot\p{L}*|police|arrest\p{L}*)\b/iu;
/** An injury a source looks ahead to ("the risk of injury", "could aggravate the injury"), not one a player had. */
const INJURY_AHEAD = /\binjur(?:y|ies|ed)\b[^.]*\b(?:risk|danger|could|might|may)\b|\b(?:risk|danger|could|might|may)\b[^.]*\binjur(?:y|ies|ed)\b/i;

/** Words of a video game's play: in a review its dangers ("escape danger", "perilous attacks") and frustrations are the game's. */
const GAME =
  /\b(?:gameplay|games?|players?|levels?|boss(?:es)?|combat|enem(?:y|ies)|quests?|missions?|consoles?|controllers?|multiplayer|co-op|puzzles?|dodge|parry|checkpoints?|difficulty|PS4|PS5|Xbox)\b/gi;

/** Whether words of a kind are three or more distinct ones and at least one in a hundred of the text's words. */
function isDense(text: string, kind: RegExp, distinctAtLeast: number): boolean {
  const hits = text.match(kind) ?? [];
  const distinct = new Set(hits.map((w) => w.toLowerCase().replace(/e?s$/, '')));
  return distinct.size >= distinctAtLeast && hits.length * 100 >= text.split(/\s+/).length;
}

/** Whether an article reads as a match report (sport words), or as a game review: "review" in the headline and game words. */
export function isMatchReport(sentences: readonly Sentence[], headline = ''): boolean {
  const text = sentences.map((s) => s.text).join(' ');
  return isDense(text, SPORT, 3) || (/\breview\b/i.test(headline) && isDense(text, GAME, 4));
}

/** Whether a sentence of a match report names a harm past the game, which stays a concern there. */
export function namesHarmPastGame(text: string): boolean {
  return HARM_PAST_GAME.test(text) || INJURY_AHEAD.test(text);
}
