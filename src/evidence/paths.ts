// Paths written by test and coverage tools → paths of the scanned repository. Reports come from
// other machines (lcov `SF:/home/runner/work/shop/shop/src/x.ts`), other working directories
// (a monorepo package's own run), roots declared in the report (Cobertura <source>), Go module
// import paths, Java packages. The file must exist in the checkout to be a repository path; every
// lookup is a stat, memoised, so a report with thousands of files costs thousands of stats.
import { lstatSync } from 'node:fs';
import { readRegularText } from '../workspace/safe-open.js';
import { join, posix } from 'node:path';

export class RepoPaths {
  /** The scanned root, POSIX, without a trailing slash. */
  readonly root: string;
  private readonly files = new Map<string, boolean>();
  private readonly dirs = new Map<string, boolean>();
  private readonly goModules = new Map<string, string | null>();

  constructor(root: string) {
    this.root = root.split('\\').join('/').replace(/\/+$/, '');
  }

  isFile(rel: string): boolean {
    let v = this.files.get(rel);
    if (v === undefined) {
      v = rel !== '' && !rel.startsWith('../') && stat(join(this.root, rel))?.isFile() === true;
      this.files.set(rel, v);
    }
    return v;
  }

  isDir(rel: string): boolean {
    let v = this.dirs.get(rel);
    if (v === undefined) {
      v = !rel.startsWith('../') && stat(join(this.root, rel))?.isDirectory() === true;
      this.dirs.set(rel, v);
    }
    return v;
  }

  /** A root-absolute path made relative to the scanned root, or undefined when it lies outside. */
  underRoot(p: string): string | undefined {
    const n = normalize(p);
    if (n === this.root) return '';
    return n.startsWith(`${this.root}/`) ? n.slice(this.root.length + 1) : undefined;
  }

  /**
   * The repository path of a file a report names, trying `bases` (root-relative folders, nearest
   * first) for relative paths and, for paths from elsewhere, ever shorter tails of the path.
   */
  resolveFile(reported: string, bases: readonly string[] = []): string | undefined {
    return this.resolveWith(reported, bases, (p) => this.isFile(p));
  }

  resolveDir(reported: string, bases: readonly string[] = []): string | undefined {
    return this.resolveWith(reported, bases, (p) => this.isDir(p));
  }

  private resolveWith(reported: string, bases: readonly string[], ok: (p: string) => boolean): string | undefined {
    const p = normalize(reported);
    if (p === '') return undefined;
    const inside = isAbsolute(p) ? this.underRoot(p) : undefined;
    if (inside !== undefined && ok(inside)) return inside;
    const segs = p.replace(/^[A-Za-z]:\//, '/').split('/').filter((s) => s !== '' && s !== '.');
    if (segs.includes('..')) {
      const joined = bases.map((b) => posix.normalize(posix.join(b, p))).find((c) => !c.startsWith('../') && ok(c));
      if (joined) return joined;
    }
    const all = [...bases, ''];
    // Longest tail first: the most specific match wins; within a tail, the nearest base.
    for (let i = 0; i < segs.length; i++) {
      const tail = segs.slice(i).join('/');
      if (tail.includes('..')) continue;
      for (const b of all) {
        const c = b === '' ? tail : `${b}/${tail}`;
        if (ok(c)) return c;
      }
    }
    return undefined;
  }

  /** The folder of a Go module path, from the go.mod files at the root and in `dirs`. */
  goModuleDir(importPath: string, dirs: readonly string[]): string | undefined {
    let best: { module: string; dir: string } | undefined;
    for (const d of new Set(['', ...dirs])) {
      const m = this.goModule(d);
      if (m && (importPath === m || importPath.startsWith(`${m}/`)) && (!best || m.length > best.module.length)) best = { module: m, dir: d };
    }
    if (!best) return undefined;
    const rest = importPath.slice(best.module.length).replace(/^\//, '');
    return [best.dir, rest].filter((s) => s !== '').join('/');
  }

  private goModule(dir: string): string | null {
    let v = this.goModules.get(dir);
    if (v === undefined) {
      v = null;
      const f = dir === '' ? 'go.mod' : `${dir}/go.mod`;
      if (this.isFile(f)) {
        try {
          const text = readRegularText(join(this.root, f), { roots: [this.root], maxBytes: 1 << 20 });
          v = /^module\s+"?([^\s"]+)"?/m.exec(text)?.[1] ?? null;
        } catch {
          v = null;
        }
      }
      this.goModules.set(dir, v);
    }
    return v;
  }
}

/** The folder of a root-relative file and each folder above it, nearest first ('' excluded). */
export function ancestors(relFile: string): string[] {
  const out: string[] = [];
  let d = posix.dirname(relFile);
  while (d !== '.' && d !== '/' && d !== '') {
    out.push(d);
    d = posix.dirname(d);
  }
  return out;
}

export function normalize(p: string): string {
  let s = p.trim().replace(/^file:\/\//, '').split('\\').join('/');
  s = s.replace(/\/{2,}/g, '/');
  if (s.startsWith('./')) s = s.replace(/^(\.\/)+/, '');
  return s.length > 1 ? s.replace(/\/+$/, '') : s;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** lstat: a link is neither a file nor a folder of the repository (a report's path never leads through one). */
function stat(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
