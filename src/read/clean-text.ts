// Text clean-up shared by every input format: entities, wiki leftovers, stray markup, spacing.
import { repairMojibake } from './mojibake.js';
import { quoteTaggedPosts } from './embedded-post.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ccedil: 'ç',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes what wiki markup and HTML leave behind in plain text: references, tags, bold/italic marks. */
export function stripMarkupLeftovers(text: string): string {
  // A post tagged with its account is quoted and credited to it; other tags around text are dropped below.
  return (
    quoteTaggedPosts(text)
      .replace(/<ref[^>]*\/>/gi, ' ')
      .replace(/<ref[^>]*>[\s\S]*?<\/ref>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // An external link shows its label ("accuse him of [http://… treason]" reads "accuse him of treason"); a bare one is a
      // footnote number, a label in quotation marks or italics the title of the piece it cites ("Rwanda: … blamed for genocide"),
      // and a link to a sound or a film a player's caption ("audio").
      .replace(/\[https?:\/\/([^\]\s]*)(?:\s+([^\]]*))?\]/g, (_whole, url: string, label = '') =>
        /^\s*(?:''|["“‘'])/.test(label) || /\.(?:ogg|oga|ogv|mp3|wav|webm|mp4)$/i.test(url) ? ' ' : label.trim() || ' ',
      )
      .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, '$1')
      // An interwiki link whose brackets were lost keeps its prefix: "Representative w:Major Owens".
      .replace(/(^|[\s(“"])(?:w|wikipedia):(?=\p{Lu})/gu, '$1')
      // A gallery is pictures and their captions; a file name left from an image link is no text ("Image:Map.png").
      .replace(/<gallery\b[^>]*>[\s\S]*?<\/gallery>/gi, ' ')
      .replace(/(?:^|(?<=\s))(?:Image|File):[^|\]\n]{1,120}?\.(?:jpe?g|png|gif|svg|ogg|tiff?)(?=[\s|]|$)/gi, ' ')
      // An infobox template whose braces were lost leaves its name before the story: "United States infobox A manual …".
      .replace(/^\s*(?:<\/?br\s*\/?>\s*)?(?:[^\s<>]+\s+){0,4}infobox\s+(?=[\p{Lu}"“'])/u, '')
      // An embedded post whose text ends a sentence, then a period after its closing tag: one sentence end, not two.
      .replace(/([.!?])(<\/tweet>)\./gi, '$1$2')
      .replace(
        /<\/?(?:br|blockquote|div|span|sup|sub|small|big|nowiki|noinclude|includeonly|gallery|center|font|p|i|b|em|strong|u|s|tt|code|pre|references|table|tr|td|th|li|ul|ol|a|tweet)\b[^>]*>/gi,
        ' ',
      )
      // An indented excerpt (":''The Defence Secretary said …''") starts a sentence of its own: the indent's colon goes with its marks.
      .replace(/(^|\s):+(?='')/g, '$1')
      // An indented line run into the one before it (". :One of my jobs …", ". : A second concern …") starts a sentence of its own too.
      .replace(/(^|[.!?]["”’)']*\s+):+\s*(?=[\p{Lu}"“‘[])/gu, '$1')
      // So does a definition list's term run into the line before it (". ; Stamp duty: In his Budget …", ". ; [Wikinews] A related …").
      .replace(/(^|[.!?]["”’)']*\s+);+\s*(?=[\p{Lu}"“‘[])/gu, '$1')
      .replace(/'{2,}/g, '')
      // A horizontal rule ("----", a wiki's or a plain text's) standing alone is no text.
      .replace(/(^|\s)-{4,}(?=\s|$)/g, '$1')
      // MediaWiki's behaviour switches ("__NOTOC__") and the alignment word an image link leaves before the text ("right The …").
      .replace(/__[A-Z]{2,}__/g, ' ')
      .replace(/^\s*(?:right|left|center|thumb)\s+(?=[\p{Lu}"“'])/u, '')
  );
}

/** Normalises spacing: no space before punctuation, single spaces, no stray list bullets. */
export function normaliseSpacing(text: string): string {
  return (
    text
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      // Zero-width and bidirectional formatting marks ('‪' before a quotation) and soft hyphens ("according to ­sources") are
      // invisible: nothing to read.
      .replace(/[\u00ad\u200b\u200e\u200f\ufeff\u202a-\u202e\u2066-\u2069]/g, '')
      // A stray bullet goes; a "*" between two numbers ("40 * 2 = 80") is a multiplication sign and stays.
      .replace(/\s+[•·]\s+|(?<!\d)\s+\*\s+|\s+\*\s+(?!\d)/g, ' ')
      .replace(/ +([.,;:!?])(?=\s|$|["”’)])/g, '$1')
      // A closing mark run into the next sentence ("I love Hispanics!”Former governor …", "paranoia,”Clinton said"): the space back.
      .replace(/(?<=[\p{L}\p{N}.,!?;:])”(?=\p{Lu})/gu, '” ')
      .replace(/ +\.(?=[,;])/g, '.')
      // "Wal-Mart , , Sam's Club": the commas around a removed link's text close up into one.
      .replace(/,(?: *,)+/g, ',')
      // "US$ 14 billion", "£ 15 million": a currency sign is written against its amount.
      .replace(/([£$€¥]) (?=\d)/g, '$1')
      // What a lost wiki link leaves inside a word ("Israel 's", "an India n unit", "U.S. -based"): the word joined again.
      .replace(/([\p{L}.]) +(['’]s)(?=[\s,.;:!?]|$)/gu, '$1$2')
      .replace(/\b(\p{Lu}\p{Ll}*a) n (?=\p{Ll})/gu, '$1n ')
      // A contraction whose apostrophe came loose ("isn ‘t"): a mark there is no quotation's opening.
      .replace(/\b(is|was|are|were|do|does|did|ca|wo|could|would|should|has|have|had|ai|need|must)n ['‘’]t\b/giu, '$1n’t')
      .replace(/([\p{L}.]) +-(based|born|backed|led|owned|run|made|funded|controlled|directed|style)\b/gu, '$1-$2')
      .replace(/\( +/g, '(')
      .replace(/ +\)/g, ')')
      // What a removed link or foreign script leaves in brackets ("Thai opposition () leader"): nothing to read.
      .replace(/ \(\)(?=[\s,.;:!?]|$)/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

export function cleanText(text: string): string {
  return normaliseSpacing(stripMarkupLeftovers(decodeEntities(repairMojibake(text))));
}
