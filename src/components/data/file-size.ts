/** File sizes as the download lists show them, in the page's number format: 812 B, 27.4 kB, 3.85 MB. */
import { formatCount, formatDecimal } from '../../lib/format.ts';
import type { Lang } from '../../lib/i18n-langs.ts';
import type { UiStrings } from '../../i18n/index.ts';

export function formatSize(lang: Lang, t: UiStrings, bytes: number): string {
  if (bytes < 1024) return `${formatCount(lang, bytes)} ${t.data_unit_bytes}`;
  if (bytes < 1024 * 1024) return `${formatDecimal(lang, bytes / 1024, 1)} ${t.data_unit_kb}`;
  return `${formatDecimal(lang, bytes / 1024 / 1024, 2)} ${t.data_unit_mb}`;
}
