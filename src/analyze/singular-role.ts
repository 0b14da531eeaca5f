// A plural role printed beside one name reads as that one person's role.
/** "founding members Tom Johnston, Pat Simmons …": each is one founding member; a plural role ("of" aside) beside one name is singular. */
export const singularRole = (role: string | null): string | null =>
  role && role.split(' ').length <= 3 && !/\b(?:of|for|at|in|on|and)\b/.test(role)
    ? role.replace(/(?<![\p{L}-])(\p{Ll}{3,}(?<![siu]|new|ic|serie|specie))s$/u, '$1')
    : role;
