/**
 * The text of a PDF, page by page, with unpdf (PDF.js built for servers). Whitespace is collapsed, so
 * a page's text is one line of words; pages without text (scans, blank pages) come back empty.
 */
import { extractText } from 'unpdf';

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // PDF.js may take ownership of the buffer it is given, so it gets a copy.
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: false });
  return text.map((page) => page.replace(/\s+/gu, ' ').trim());
}
