/** Byte counts for progress and status lines: "340 kB", "5.2 MB" (decimal units, the page's number format). */
import { formatCount, formatDecimal } from '../format.ts';
import type { Lang } from '../i18n-langs.ts';

export function formatBytes(lang: Lang, bytes: number): string {
  if (bytes < 1000) return `${formatCount(lang, bytes)} B`;
  if (bytes < 1_000_000) return `${formatCount(lang, bytes / 1000)} kB`;
  return `${formatDecimal(lang, bytes / 1_000_000, 1)} MB`;
}
