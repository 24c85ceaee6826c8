/** robots.txt: every page may be crawled (the embed route says noindex itself), and where the sitemap is. */
export function robotsTxt(siteUrl: string, sitemapFile: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapFile, `${siteUrl}/`).href}\n`;
}
