/** Components read the page's language from Astro.locals (set by src/middleware.ts), not from a prop. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
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
    expect(() => pageLanguage({}, '/404')).toThrow(/rendered on \/404 outside \/<lang>\//);
  });
});

/** The .astro files under a folder of src/, as paths from the project's root. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(dir, file))
    .sort();
}

/** The names of a component's props (its `interface Props` or `type Props = { … }`), or undefined when it declares none. */
function propNames(source: string): string[] | undefined {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const file = ts.createSourceFile('frontmatter.ts', frontmatter, ts.ScriptTarget.Latest);
  for (const statement of file.statements) {
    const members = ts.isInterfaceDeclaration(statement) && statement.name.text === 'Props'
      ? statement.members
      : ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Props' && ts.isTypeLiteralNode(statement.type)
        ? statement.type.members
        : undefined;
    if (members) return members.flatMap((member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? [member.name.text] : []));
  }
  return undefined;
}

/** The components a file hands a `lang` attribute to (capitalised tags; `<html lang>` and `<li lang>` are HTML). */
function langPassedTo(source: string): string[] {
  return [...source.matchAll(/<([A-Z][\w.]*)\b(?:=>|[^>])*?\slang=/g)].map((match) => match[1] ?? '');
}

const COMPONENTS = [...astroFiles('src/components'), ...astroFiles('src/layouts')];
const PROPS = new Map(COMPONENTS.map((file) => [file, propNames(readFileSync(file, 'utf8'))]));

describe("the page's language is not a prop", () => {
  it('reads the props a component declares', () => {
    expect(propNames('---\ninterface Props {\n  lang?: Lang;\n  /** A title. */\n  title: string;\n}\n---\n<p />')).toEqual(['lang', 'title']);
    expect(propNames("---\ntype Props = { 'lang': Lang; labels: { lang: string } };\n---\n")).toEqual(['lang', 'labels']);
    expect(propNames('---\nconst { t } = pageLanguage(Astro.locals);\n---\n<p>{t.site_name}</p>')).toBeUndefined();
    // The real files, at every depth of the two folders: their props as they are declared.
    expect(PROPS.get('src/layouts/BaseLayout.astro')).toEqual(['title', 'description', 'synthetic', 'pageType', 'ogType']);
    expect(PROPS.get('src/components/SeoMeta.astro')).toEqual(['title', 'description', 'path', 'type']);
    expect(PROPS.get('src/components/explorer/SqlConsole.astro')).toEqual(['strings']);
    expect(PROPS.get('src/components/SiteHeader.astro')).toBeUndefined();
  });

  // No component needs a language other than its page's: even LanguageSwitcher, which writes each
  // language's name in that language, takes them from LANGS, not from a prop.
  it('is declared by no component or layout', () => {
    const offenders = COMPONENTS.filter((file) => PROPS.get(file)?.includes('lang'));
    expect(offenders).toEqual([]);
  });

  it('is passed to no component', () => {
    expect(langPassedTo('<SeoMeta\n  title={title}\n  lang={lang}\n/>\n<li lang={LOCALE_TAG[lang]}><Card items={xs.map((x) => x)} lang="en" /></li>')).toEqual(['SeoMeta', 'Card']);
    const passing = [...COMPONENTS, ...astroFiles('src/pages')].flatMap((file) => langPassedTo(readFileSync(file, 'utf8')).map((tag) => `${file}: <${tag}>`));
    expect(passing).toEqual([]);
  });
});
