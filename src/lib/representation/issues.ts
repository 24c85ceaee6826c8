/**
 * A problem found in a representation file, located precisely enough to fix it without searching.
 */
export interface RepresentationIssue {
  /** File the problem is in. */
  file: string;
  /** 1-based data row (the header is row 0). */
  row: number;
  /** Line of the file where the row starts, when known (differs from row + 1 after blank lines). */
  line?: number;
  /** CSV column. */
  column: string;
  /** The offending value as written. */
  value: string;
  /** What is wrong. */
  message: string;
}

/** `file: row 3 (line 4), column "share", value "120": must be at most 100` */
export function formatIssue(issue: RepresentationIssue): string {
  const where = issue.row === 0 ? 'header' : `row ${issue.row}${issue.line === undefined ? '' : ` (line ${issue.line})`}`;
  return `${issue.file}: ${where}, column "${issue.column}", value "${issue.value}": ${issue.message}`;
}
