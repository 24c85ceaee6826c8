/**
 * Writes output files under one root folder and records what it wrote (path, size, SHA-256 and, for
 * tables, rows and columns) for the manifest.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestFile } from '../../src/lib/survey/manifest.ts';

export class OutputWriter {
  readonly root: string;
  private readonly written: ManifestFile[] = [];

  constructor(root: string) {
    this.root = root;
  }

  /** `relativePath` uses forward slashes and is relative to the root. */
  async write(relativePath: string, content: Uint8Array | string, table?: ManifestFile['table']): Promise<ManifestFile> {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    const target = path.join(this.root, ...relativePath.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    const entry: ManifestFile = {
      path: relativePath,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      ...(table === undefined ? {} : { table }),
    };
    this.written.push(entry);
    return entry;
  }

  /** Everything written so far, sorted by path. */
  files(): ManifestFile[] {
    return [...this.written].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}
