/**
 * Replacing an output folder all at once: everything is written into a temporary sibling folder, and
 * only when the whole build succeeded does it take the old folder's place. A failed build removes its
 * temporary folder and leaves the previous outputs exactly as they were.
 */
import { chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

export async function replaceDirAtomically<T>(outDir: string, build: (tempDir: string) => Promise<T>): Promise<T> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const tempDir = await mkdtemp(path.join(parent, `.${path.basename(target)}.tmp-`));
  // mkdtemp creates the folder private (0700); the output is meant to be served.
  await chmod(tempDir, 0o755);
  let result: T;
  try {
    result = await build(tempDir);
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  // Same parent folder, so both renames stay on one file system and each is atomic.
  const previous = (await exists(target)) ? await mkdtemp(path.join(parent, `.${path.basename(target)}.old-`)) : undefined;
  if (previous !== undefined) await rename(target, path.join(previous, 'data'));
  try {
    await rename(tempDir, target);
  } catch (error) {
    if (previous !== undefined) await rename(path.join(previous, 'data'), target);
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  if (previous !== undefined) await rm(previous, { recursive: true, force: true });
  return result;
}
