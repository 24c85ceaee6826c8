/** Components read the page's language from Astro.locals (set by src/middleware.ts), not from a prop. */
import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../src/i18n/locals.ts';
import { ui } from '../../../src/i18n/index.ts';

describe('pageLanguage', () => {
  it("gives the page's language and that language's strings", () => {
    const { lang, t } = pageLanguage({ lang: 'sr' });
    expect(lang).toBe('sr');
    expect(t).toBe(ui('sr'));
    expect(t.nav_about).not.toBe(ui('en').nav_about);
  });
  it('stops the build, naming the page, when the page has no language', () => {
    expect(() => pageLanguage({}, '/')).toThrow(/rendered on \/ outside \/<lang>\//);
  });
});
