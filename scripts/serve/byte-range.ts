/**
 * One HTTP byte range (RFC 9110 §14.1.2): "bytes=a-b", "bytes=a-" and the suffix "bytes=-n". The
 * explorer reads its Parquet files with such ranges (hyparquet), so the site's server must honour them.
 * Several ranges at once, or a header that is not a byte range, are ignored (the whole file is sent),
 * which the standard allows.
 */
export type RangeAnswer =
  | { kind: 'whole' }
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' };

export function parseRange(header: string | undefined, size: number): RangeAnswer {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/u.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return { kind: 'whole' };
  if (from === '') {
    const length = Number(to);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || (to !== '' && Number(to) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}
