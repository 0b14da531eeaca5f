// Code point ranges [from, to) that hold no mark (Unicode general category M): the bundle answers fontkit's isMark for
// them without loading unicode-properties (scripts/bundle-cli.mjs); test/bundle.test.ts checks every one of them.
export const NOT_MARKS = [
  [0, 0x300],
  [0x2000, 0x20d0],
];
