/**
 * Small text helpers shared by the download writers: one-line text, word wrapping for comments, and
 * truncation to the length limits of statistics packages (counted in characters or in UTF-8 bytes).
 */

/** Collapses line breaks and runs of white space into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Splits text into lines of at most `width` characters, breaking between words. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of oneLine(text).split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const ELLIPSIS = '…';

/** Shortens to at most `max` characters (code points), ending with an ellipsis when cut. */
export function truncateChars(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}${ELLIPSIS}`;
}

/** Size of a text in UTF-8. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/** Shortens to at most `max` UTF-8 bytes without splitting a character, ending with an ellipsis when cut. */
export function truncateUtf8(text: string, max: number): string {
  if (utf8Bytes(text) <= max) return text;
  const budget = max - utf8Bytes(ELLIPSIS);
  let out = '';
  for (const char of text) {
    if (utf8Bytes(out + char) > budget) break;
    out += char;
  }
  return `${out}${ELLIPSIS}`;
}

/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
export function chunkUtf8(text: string, max: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (chunk !== '' && utf8Bytes(chunk + char) > max) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  chunks.push(chunk);
  return chunks;
}
