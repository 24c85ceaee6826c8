/** What src/middleware.ts (and the root language chooser, for itself) puts into Astro.locals. */
declare namespace App {
  interface Locals {
    /** The page's language: set on every page under /<lang>/ and on the chooser (English, its base); absent on the 404 page. */
    lang?: import('./lib/i18n-langs.ts').Lang;
  }
}
