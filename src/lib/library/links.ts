/**
 * Links to a publication's original and its copies. The kind of a link is read from its address, so
 * that the page can say what the reader will find there (the publisher's page, a PDF, an announcement,
 * a copy on a document-sharing site, or a report file of the WBSB data platform) without a label per
 * link in the data.
 */

/**
 * The folder of the WBSB data platform's public repository that holds the country reports, at the
 * commit the research notes quote (../shared/research/published-figures.md). `files` name files there.
 */
export const WBSB_REPORT_FILES = 'https://github.com/vbaraku/WBSB/blob/4f9d373ae603a11b787d09a391344dbb2faf8b7b/src/main/resources/static/uploads/files/';

/** A report file is named by its upload id on the platform. */
export const REPORT_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/u;

export function reportFileUrl(file: string): string {
  return `${WBSB_REPORT_FILES}${file}`;
}

export const LINK_KINDS = ['page', 'pdf', 'news', 'copy', 'report-file'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Sites that keep copies of other people's documents; a link there is never the publisher's. */
const COPY_HOSTS = ['fdocuments.in', 'pdfslide.tips', 'pdfslide.us', 'pdfslide.net', 'vdocuments.site', 'docslib.org', 'documents.pub', 'lawsdocbox.com', 'scribd.com', 'ceeol.com', 'pdfcookie.com'];

/** The host name without "www.", as the page names it. */
export function linkHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./u, '');
}

export function linkKind(url: string): LinkKind {
  if (url.startsWith(WBSB_REPORT_FILES)) return 'report-file';
  const host = linkHost(url);
  if (COPY_HOSTS.some((copyHost) => host === copyHost || host.endsWith(`.${copyHost}`))) return 'copy';
  const path = decodeURIComponent(new URL(url).pathname);
  if (/\.pdf$/iu.test(path)) return 'pdf';
  // KCSS files announcements under /lajmi/ (new site) and /News/ or /Lajme/ (old site).
  if (/\/(?:lajmi|News|Lajme)\//u.test(path)) return 'news';
  return 'page';
}

/** The UI-string key of a link kind: 'report-file' → 'pub_link_report_file'. */
export function linkKindKey(kind: LinkKind): `pub_link_${'page' | 'pdf' | 'news' | 'copy' | 'report_file'}` {
  return kind === 'report-file' ? 'pub_link_report_file' : `pub_link_${kind}`;
}
