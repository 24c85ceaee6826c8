/** What src/middleware.ts puts into Astro.locals for every page. */
declare namespace App {
  interface Locals {
    /** The page's language: set on every page under /<lang>/, absent on the root language chooser. */
    lang?: import('./lib/i18n-langs.ts').Lang;
  }
}
