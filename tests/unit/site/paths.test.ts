import { describe, expect, it } from 'vitest';
import { localPath, switchLanguage } from '../../../src/lib/paths.ts';
import { preferredLang } from '../../../src/client/language-redirect-choice.ts';

describe('paths', () => {
  it('builds language-prefixed paths with a trailing slash', () => {
    expect(localPath('sq')).toBe('/sq/');
    expect(localPath('en', 'indicators', 'trust_police')).toBe('/en/indicators/trust_police/');
  });
  it('swaps only the language segment', () => {
    expect(switchLanguage('/en/indicators/trust_police/', 'sr')).toBe('/sr/indicators/trust_police/');
    expect(switchLanguage('/', 'sq')).toBe('/sq/');
  });
});

describe('preferred language', () => {
  it('takes the first supported language of the browser', () => {
    expect(preferredLang(['de-DE', 'sq-AL', 'en'])).toBe('sq');
    expect(preferredLang(['sr-Latn-RS'])).toBe('sr');
    expect(preferredLang(['hr-HR'])).toBe('sr');
    expect(preferredLang(['fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
