/**
 * One CSV file of the platform's export, read exactly as it is: Windows code pages (windows-1252 for
 * the label files, windows-1250 for AlbanianDatabase.csv), a header row, one row per respondent.
 * A file in another encoding, a ragged row or a missing file stops the import with file, row and value.
 */
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../../lib/csv-parse.ts';
import { DataError } from '../../lib/data-error.ts';

export type CodePage = 'windows-1252' | 'windows-1250';

export interface ExportTable {
  /** The file as named in messages. */
  file: string;
  /** Headers with runs of white space collapsed and ends trimmed, as the map spells them. */
  headers: string[];
  /** Data rows; `line` is the file line the row starts on. */
  rows: { line: number; fields: string[] }[];
}

/** Spaces collapsed and trimmed: how headers and labels are compared with the map. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 0x0a) line += 1;
  return line;
}

/**
 * Decodes a Windows code page strictly. The code pages map almost every byte, so a wrong encoding is
 * caught by its traces: a UTF-8 file (multi-byte sequences decode as "Ã«" pairs), or bytes the code page
 * leaves undefined (decoded as C1 control characters) and NUL bytes.
 */
export function decodeCodePage(bytes: Uint8Array, file: string, codePage: CodePage): string {
  const hasHighBytes = bytes.some((byte) => byte >= 0x80);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new DataError({ file, row: 1 }, `the file starts with a UTF-8 byte-order mark, but the export is read as ${codePage}; give the file as exported`);
  }
  if (hasHighBytes) {
    let utf8 = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      utf8 = false;
    }
    if (utf8) throw new DataError({ file }, `the file is UTF-8, but the export is read as ${codePage}; give the file as exported`);
  }
  const text = new TextDecoder(codePage).decode(bytes);
  const control = /[\u0000\u0080-\u009f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
    throw new DataError({ file, row: lineAt(text, control.index), value: `\\x${code}` }, `a byte that ${codePage} does not define: the file is not in ${codePage}`);
  }
  return text;
}

export async function readExportFile(absolutePath: string, shownAs: string, codePage: CodePage): Promise<ExportTable> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(absolutePath));
  } catch {
    throw new DataError({ file: shownAs }, 'the export file is missing or cannot be read');
  }
  const records = parseCsv(decodeCodePage(bytes, shownAs, codePage), shownAs);
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw new DataError({ file: shownAs }, 'the file needs a header row and at least one respondent');
  for (const row of rows) {
    if (row.fields.length !== header.fields.length) {
      throw new DataError({ file: shownAs, row: row.line }, `${row.fields.length} fields, but the header has ${header.fields.length}: a ragged row`);
    }
  }
  return { file: shownAs, headers: header.fields.map(tidy), rows };
}
