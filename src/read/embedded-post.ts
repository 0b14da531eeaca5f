// Embedded social-media posts as the words of their account, whichever way the input keeps them: an HTML page's
// `<blockquote class="twitter-tweet">` (src/read/formats/html-body.ts) or a text's `<tweet author="…">…</tweet>`.

/** A post's link addresses (t.co, pic.twitter.com), even run into a word, and the accounts a reply opens on or a post
 * ends on in a run: the page's links and the thread's addressees, not the words said. "by @writer" keeps its one. */
function withoutPostDebris(post: string): string {
  return post
    .replace(/\s*(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com)\/\w+/g, ' ')
    .replace(/^\s*(?:@\w+\s+)+/, '')
    .replace(/(?:(?<=[.!?])\s*(?:@\w+\s*)+|(?:\s+@\w+){2,}\s*)$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * An embedded post as the words of its account: `“text” —@account`, the form a page prints under a quoted post, so the
 * dash credit finds its speaker. Double quotation marks inside become single ones, as a quotation within a quotation.
 */
export function embeddedPost(post: string, account: string | null): string | null {
  const text = withoutPostDebris(post)
    .replace(/(^|[\s([{])"/g, '$1‘')
    .replace(/“/g, '‘')
    .replace(/["”]/g, '’');
  if (!account || !/\p{L}/u.test(text)) return null;
  return `“${text}” —@${account}`;
}

const TAGGED_POST = /<tweet\b[^>]*?\bauthor="(\w{1,30})"[^>]*>([^<]*)<\/tweet>(\.?)/gi;

/**
 * Posts a text keeps as tags that name their account (`<tweet author="BernieSanders">…</tweet>`), each quoted and credited;
 * a period after the tag ends the sentence only when the post's own words did not.
 */
export function quoteTaggedPosts(text: string): string {
  return text.replace(TAGGED_POST, (whole, account: string, post: string, stop: string) => {
    const quoted = embeddedPost(post, account);
    return quoted === null ? whole : `${quoted}${/[.!?]\s*$/.test(post) ? '' : stop}`;
  });
}
