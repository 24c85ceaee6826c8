/**
 * Which file of the site a request's path names, decided before the file system is touched: the path
 * is decoded once, and a path that does not decode, holds a NUL byte or a backslash, or climbs with
 * ".." (however it was encoded: "..%2f", "%2e%2e/") names nothing. What is left is joined to the site
 * root and must stay inside it, symbolic links included.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';

export type Target =
  | { kind: 'file'; file: string }
  /** A folder asked for without its trailing slash: send the reader to the address with it. */
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** The path part of a request target ("/a/b?c" → "/a/b"; absolute-form "http://host/a" → "/a"), or null. */
function pathPart(target: string): string | null {
  if (target.startsWith('/')) return target.split(/[?#]/u, 1)[0] ?? '/';
  try {
    const url = new URL(target);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.pathname : null;
  } catch {
    return null;
  }
}

/** The decoded path segments, or null when the path is not one the site can hold. */
export function pathSegments(target: string): string[] | null {
  const pathname = pathPart(target);
  if (pathname === null) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\0\\]/u.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  return segments.includes('..') ? null : segments;
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function statOf(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function realOf(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** The target of a request for `target` (the raw request URL) in the site at `root` (an absolute, real path). */
export function resolveTarget(root: string, target: string): Target {
  const segments = pathSegments(target);
  if (segments === null) return { kind: 'missing' };
  const candidate = join(root, ...segments);
  const info = statOf(candidate);
  const real = realOf(candidate);
  if (!info || real === undefined || !inside(root, candidate) || !inside(root, real)) return { kind: 'missing' };
  if (info.isDirectory()) {
    const asFolder = (pathPart(target) ?? '').endsWith('/');
    if (!asFolder) {
      // Built from the decoded segments, so "//evil.example" cannot become a protocol-relative address.
      const query = target.includes('?') ? target.slice(target.indexOf('?')).split('#', 1)[0] ?? '' : '';
      const safeQuery = query.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
      return { kind: 'redirect', location: `/${segments.map(encodeURIComponent).join('/')}/${safeQuery}` };
    }
    const index = join(candidate, 'index.html');
    return statOf(index)?.isFile() ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  return info.isFile() ? { kind: 'file', file: candidate } : { kind: 'missing' };
}
