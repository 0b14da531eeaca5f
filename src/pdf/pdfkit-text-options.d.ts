// Two options pdfkit's own line wrapper passes to each fragment it draws, missing from @types/pdfkit: with them pdfkit
// takes the fragment's width and word count as given instead of laying the words out again (see _fragment in pdfkit).
declare namespace PDFKit.Mixins {
  interface TextOptions {
    /** The fragment's width in points, as widthOfString gives it. */
    textWidth?: number;
    /** The fragment's words: runs of anything but white space. */
    wordCount?: number;
  }
}
