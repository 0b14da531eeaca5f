// The PDF stage: Markdown → one page — fit the brief to the page, lay Markdown out with the real fonts
// (layout/ primitives, blocks/ renderers above them) and draw it with pdfkit (only in pdf-document.ts).
export { renderPdf, pageBox, pageSettings, creationDateFor, omittedNote, type PdfOptions, type PdfResult, type PageSize } from './render-pdf.js';
export { fitPage, type FitOptions } from './fit-page.js';
export { layoutMarkdown, defaultTheme, type LayoutOptions } from './layout-markdown.js';
export { openPdf, type PdfCanvas, type PdfInfo } from './pdf-document.js';
