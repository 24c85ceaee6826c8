/** Shared helpers of the pipeline tests: fixture paths, temporary copies, and DataError assertions. */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { DataError } from '../../../scripts/lib/data-error.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The fixture datasets folder (holds one small dataset, "mini"). */
export const FIXTURE_SURVEYS = path.join(ROOT, 'tests', 'fixtures', 'survey', 'surveys');
export const FIXTURE_DATASET = path.join(FIXTURE_SURVEYS, 'mini');
/** The synthetic WBSB dataset (the old codebook and its documented model): the generator's full-size fixture. */
export const REAL_SURVEYS = path.join(ROOT, 'tests', 'fixtures', 'survey', 'synthetic-wbsb');

const scratchDirs: string[] = [];

export async function scratchDir(prefix = 'pipeline-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

export async function removeScratchDirs(): Promise<void> {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A writable copy of the fixture datasets folder; returns the copy's surveys folder. */
export async function copyFixture(): Promise<{ surveys: string; dataset: string }> {
  const dir = await scratchDir('pipeline-fixture-');
  const surveys = path.join(dir, 'surveys');
  await cp(FIXTURE_SURVEYS, surveys, { recursive: true });
  return { surveys, dataset: path.join(surveys, 'mini') };
}

/**
 * Turns a copy of the mini fixture into real microdata as the import would leave them: dataset.yaml
 * says synthetic: false and the codebook records the disclosure rules applied (real data need them).
 */
export async function markReal(dataset: string): Promise<void> {
  await editFile(path.join(dataset, 'dataset.yaml'), 'synthetic: true', 'synthetic: false');
  const demographics = path.join(dataset, 'codebook', 'demographics.yaml');
  await editFile(demographics, '  - id: ethnicity\n', '  - id: ethnicity\n    mergeBelow: 10\n');
  await writeFile(demographics, `${await readFile(demographics, 'utf8')}localSuppression:\n  keys: [region, settlement, gender, age_group, ethnicity]\n  minimum: 3\n`);
}

/** Replaces text in a file, failing loudly if the text is not there (so a test never edits nothing). */
export async function editFile(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(file, text.replace(from, to));
}

export interface ExpectedLocation {
  file?: string;
  row?: number;
  line?: number;
  column?: string;
  value?: string;
  /** A phrase of the reason. */
  reason?: string;
}

/** Runs `work`, expects a DataError, and checks that its message names each expected part. */
export async function expectDataError(work: () => unknown, expected: ExpectedLocation): Promise<DataError> {
  let caught: unknown;
  try {
    await work();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DataError);
  const error = caught as DataError;
  const { message } = error;
  if (expected.file !== undefined) expect(message.startsWith(`${expected.file}:`) || message.startsWith(`${expected.file} `)).toBe(true);
  if (expected.row !== undefined) expect(message).toMatch(new RegExp(`: row ${expected.row}[,:]`));
  if (expected.line !== undefined) expect(message).toMatch(new RegExp(`: line ${expected.line}[,:]`));
  if (expected.column !== undefined) expect(message).toContain(`column ${JSON.stringify(expected.column)}`);
  if (expected.value !== undefined) expect(message).toContain(`value ${JSON.stringify(expected.value)}`);
  if (expected.reason !== undefined) expect(message).toContain(expected.reason);
  return error;
}

/** path (relative, forward slashes) → SHA-256 of every file under `dir`. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full).split(path.sep).join('/');
    hashes.set(relative, createHash('sha256').update(await readFile(full)).digest('hex'));
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}
