/**
 * The part of Pagefind's browser API the search page uses, and its loader. /pagefind/pagefind.js is
 * written by the index build (scripts/search/build-index.ts), not bundled by Vite, so it is imported
 * at run time from its URL, and only by the search page. Pagefind picks the index of the page's
 * <html lang> (sq, en or sr-latn) by itself.
 */
import { memoise } from '../memo.ts';

export interface PagefindResultData {
  url: string;
  /** Text around the best match, entity-escaped, with matched words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `null` searches for nothing but the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Ranking per language. English stemming joins words that differ in meaning ("police" and "policy"
 * both become "polic"), so English ranks exact words well above stem matches. Serbian keeps Pagefind's
 * default: there the stem is what finds a word's many case forms (bezbednost, bezbednosti, …), and
 * Albanian has no stemmer at all (prefix matching).
 */
export function rankingFor(lang: string): Record<string, number> {
  // pageLength 0.2: a question asked in one country makes a shorter page than the same question asked in
  // three, and Pagefind's default (0.75) would rank the one-country page first for the same words.
  return lang === 'en' ? { termSimilarity: 6, pageLength: 0.2 } : {};
}

/**
 * Loads Pagefind once. It runs on the page's own thread (noWorker): the index is small, and the worker
 * script would add about 43 KB to the first search.
 */
let loadAttempts = 0;

// Memoised and forgotten on failure: a failed load (offline, no index) is retried by the next search.
const pagefindLoad = memoise(async (): Promise<PagefindModule> => {
  // The browser remembers a module script that failed to load and fails every later import() of the
  // same URL at once, without a request; a retry therefore asks for the script under a fresh URL.
  loadAttempts += 1;
  const url = loadAttempts === 1 ? PAGEFIND_URL : `${PAGEFIND_URL}?attempt=${loadAttempts}`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  await pagefind.options({ noWorker: true, excerptLength: 24, ranking: rankingFor(document.documentElement.lang) });
  await pagefind.init();
  return pagefind;
});

export function loadPagefind(): Promise<PagefindModule> {
  return pagefindLoad.get();
}
