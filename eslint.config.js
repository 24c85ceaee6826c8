// Typed lint over TypeScript sources, eslint-plugin-astro over .astro components (astro check does the
// type checking there), and the boundaries between the rooms of src/ (see README, "Where things live").
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * Import rules that keep each folder's promise. A folder's no-restricted-imports replaces any other
 * folder's, so each lists every restriction it needs. Paths are matched as written in the import
 * (gitignore-style patterns, so `**\/scripts/**` catches '../../scripts/x.ts').
 */
const nodeModules = {
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'Node built-ins are for scripts/ and src/build/ only.' })),
  patterns: [{ group: ['node:*'], message: 'Node built-ins are for scripts/ and src/build/ only.' }],
};
const domOnly = { group: ['linkedom', 'linkedom/*', 'jsdom'], message: 'A server-side DOM is build-time only: render through src/build/charts.ts.' };
const pipeline = { group: ['**/scripts/**'], message: 'scripts/ is the Node data pipeline: share code through src/lib/, read its outputs through src/build/.' };
const buildTime = { group: ['**/build/**'], message: 'src/build/ is build-time Node code (it reads files): pass its results in instead.' };
const components = { group: ['**/components/**'], message: 'src/components/ holds Astro UI: shared pure code lives in src/lib/.' };
const astroModules = { group: ['astro', 'astro:*', '*.astro'], message: 'src/lib/ is plain TypeScript, free of Astro.' };

const restrict = (...patterns) => ['error', { paths: nodeModules.paths, patterns: [...nodeModules.patterns, ...patterns] }];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'public/', 'node_modules/', '.tmp/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    extends: [astro.configs.recommended],
  },
  // Pure code shared by the pipeline, the pages and the browser; the charts drawn on both sides.
  {
    files: ['src/lib/**/*.ts', 'src/charts/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(domOnly, pipeline, buildTime, components, astroModules) },
  },
  // Browser-only modules.
  {
    files: ['src/client/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(domOnly, pipeline, buildTime, components) },
  },
  // Astro UI reads the pipeline's outputs through src/build/, never the pipeline itself.
  {
    files: ['src/components/**/*.ts', 'src/components/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pipeline] }] },
  },
);
