/** Every UI string exists, non-empty, in sq, en and sr; prose pages exist in every language. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, fill, ui } from '../../../src/i18n/index.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';

describe('UI strings', () => {
  for (const [name, byLang] of Object.entries(NAMESPACES)) {
    const reference = Object.keys(byLang.en).sort();
    for (const lang of LANGS) {
      it(`namespace "${name}" has exactly the English keys in ${lang}, none empty`, () => {
        const strings: Record<string, string> = byLang[lang];
        expect(Object.keys(strings).sort()).toEqual(reference);
        const empty = Object.entries(strings).filter(([, value]) => value.trim() === '').map(([key]) => key);
        expect(empty).toEqual([]);
      });
    }
  }

  it('keeps the same {slots} in every translation of a string', () => {
    const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
    for (const [key, english] of Object.entries(ui('en'))) {
      for (const lang of LANGS) expect(slots(ui(lang)[key as keyof ReturnType<typeof ui>]), `${lang}.${key}`).toBe(slots(english));
    }
  });

  it('uses Serbian in Latin script', () => {
    const cyrillic = Object.values(ui('sr')).filter((s) => /[\u0400-\u04FF]/.test(s));
    expect(cyrillic).toEqual([]);
  });

  it('fills slots and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 3, b: 'ten' })).toBe('3 of ten');
    expect(fill('{a} and {missing}', { a: 1 })).toBe('1 and {missing}');
  });
});

describe('prose pages', () => {
  it('exist in every language', () => {
    const base = 'src/content/pages';
    const byLang = LANGS.map((lang) => readdirSync(`${base}/${lang}`).sort());
    for (const files of byLang) expect(files).toEqual(byLang[1]);
    expect(byLang[0]?.length).toBeGreaterThan(0);
  });
});
