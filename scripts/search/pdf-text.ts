/**
 * The text of a PDF, page by page, with unpdf (PDF.js built for servers). Whitespace is collapsed, so
 * a page's text is one line of words; pages without text (scans, blank pages) come back empty.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // PDF.js may take ownership of the buffer it is given, so it gets a copy. Verbosity 0: PDF.js warns
  // about font programs it does not need for text (the reports' TrueType hinting), which is only noise.
  const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const { text } = await extractText(document, { mergePages: false });
  return text.map((page) => page.replace(/\s+/gu, ' ').trim());
}
