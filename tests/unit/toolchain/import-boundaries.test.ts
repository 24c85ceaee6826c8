/**
 * The lint rules that keep each room of src/ to its promise (eslint.config.js): a forbidden import in
 * a folder is an error (in .astro components too), the same import where it belongs is not. Lints text
 * in memory; nothing is written.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PROBES = ['src/lib/probe.ts', 'src/charts/probe.ts', 'src/client/probe.ts', 'src/components/probe.ts', 'src/build/probe.ts'];
// The probes exist only in memory, so the type-aware parser opens them in its default project.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: { allowDefaultProject: PROBES } } } },
});

async function restricted(filePath: string, specifier: string): Promise<boolean> {
  const code = `import '${specifier}';\n`;
  const [result] = await eslint.lintText(filePath.endsWith('.astro') ? `---\n${code}---\n<p></p>\n` : code, { filePath });
  const messages = result?.messages ?? [];
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return messages.some((message) => message.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['src/lib/probe.ts', 'node:fs'],
    ['src/lib/probe.ts', 'path'],
    ['src/lib/probe.ts', 'linkedom'],
    ['src/lib/probe.ts', '../build/survey-data.ts'],
    ['src/lib/probe.ts', '../../scripts/library/load-library.ts'],
    ['src/lib/probe.ts', '../components/library/facts.ts'],
    ['src/charts/probe.ts', 'linkedom'],
    ['src/client/probe.ts', 'node:path'],
    ['src/client/probe.ts', 'fs/promises'],
    ['src/client/probe.ts', '../../scripts/lib/csv-parse.ts'],
    ['src/client/probe.ts', '../build/charts.ts'],
    ['src/components/probe.ts', '../../scripts/library/load-library.ts'],
    ['src/components/Probe.astro', '../../scripts/library/load-library.ts'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(true);
  });

  it.each([
    ['src/lib/probe.ts', './paths.ts'],
    ['src/client/probe.ts', '../lib/search-type.ts'],
    ['src/components/probe.ts', '../build/library.ts'],
    ['src/components/Probe.astro', '../build/library.ts'],
    ['src/build/probe.ts', 'node:fs'],
    ['src/build/probe.ts', '../../scripts/library/load-library.ts'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await restricted(file, specifier)).toBe(false);
  });
});
