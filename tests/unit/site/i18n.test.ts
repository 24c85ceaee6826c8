/** Every UI string exists, non-empty, in sq, en and sr; prose pages exist in every language. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, fill, pluralForm, ui, type UiKey } from '../../../src/i18n/index.ts';
import { isPluralForms, pluralCategories, type PluralForms } from '../../../src/lib/plural.ts';
import { LANGS } from '../../../src/lib/i18n-langs.ts';

/** Every text of a string: itself, or each of its plural forms. */
function texts(value: string | PluralForms): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((form): form is string => typeof form === 'string');
}

describe('UI strings', () => {
  for (const [name, byLang] of Object.entries(NAMESPACES)) {
    const reference = Object.keys(byLang.en).sort();
    for (const lang of LANGS) {
      it(`namespace "${name}" has exactly the English keys in ${lang}, none empty`, () => {
        const strings: Record<string, string | PluralForms> = byLang[lang];
        expect(Object.keys(strings).sort()).toEqual(reference);
        const empty = Object.entries(strings).filter(([, value]) => texts(value).some((text) => text.trim() === '')).map(([key]) => key);
        expect(empty).toEqual([]);
      });
    }
  }

  it('defines no key in two namespaces (ui() merges them, so one would silently hide the other)', () => {
    const owners = new Map<string, string[]>();
    for (const [name, byLang] of Object.entries(NAMESPACES)) for (const key of Object.keys(byLang.en)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('keeps the same {slots} in every translation of a string, and in every plural form', () => {
    const slots = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
    for (const [key, english] of Object.entries(ui('en'))) {
      const expected = slots(texts(english)[0] ?? '');
      for (const lang of LANGS) {
        for (const text of texts(ui(lang)[key as UiKey])) expect(slots(text), `${lang}.${key}`).toBe(expected);
      }
    }
  });

  it('gives a plural string exactly the forms its language\'s plural rules use, and plain strings where English has them', () => {
    const plurals = Object.entries(ui('en')).filter(([, value]) => isPluralForms(value)).map(([key]) => key as UiKey);
    expect(plurals.length).toBeGreaterThan(10);
    for (const lang of LANGS) {
      for (const key of plurals) {
        const value = ui(lang)[key];
        expect(isPluralForms(value), `${lang}.${key}`).toBe(true);
        expect(Object.keys(value).sort(), `${lang}.${key}`).toEqual(pluralCategories(lang));
      }
      for (const [key, value] of Object.entries(ui(lang))) if (!plurals.includes(key as UiKey)) expect(typeof value, `${lang}.${key}`).toBe('string');
    }
    expect(pluralCategories('sr')).toEqual(['few', 'one', 'other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
  });

  it('picks the plural form by the language\'s rules: 1 and 21 are "one" in Serbian, 22 "few", 25 "other"', () => {
    const count = (lang: 'sq' | 'en' | 'sr', n: number) => fill(pluralForm(lang, ui(lang).console_rows, n), { count: n, ms: 5 });
    expect(count('en', 1)).toBe('1 row in 5 ms.');
    expect(count('en', 2)).toBe('2 rows in 5 ms.');
    expect(count('en', 0)).toBe('0 rows in 5 ms.');
    expect(count('sr', 1)).toBe('1 red za 5 ms.');
    expect(count('sr', 21)).toBe('21 red za 5 ms.');
    expect(count('sr', 22)).toBe('22 reda za 5 ms.');
    expect(count('sr', 25)).toBe('25 redova za 5 ms.');
    expect(count('sq', 1)).toBe('1 rresht për 5 ms.');
    expect(count('sq', 3)).toBe('3 rreshta për 5 ms.');
  });

  it('uses Serbian in Latin script', () => {
    const cyrillic = Object.values(ui('sr')).flatMap(texts).filter((s) => /[\u0400-\u04FF]/.test(s));
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
