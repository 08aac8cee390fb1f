// Bare imports of the repository's own packages (`import { api } from '@acme/api'`): the package.json
// whose `name` it is, then its entry file, so that a router one package exports and another mounts
// is followed like a relative import. TypeScript workspaces often point `main` at build output
// (`dist/index.js`) that is not in the repository: the entry is then looked for under `src/`.
//
// API
//   packageFacts(text)                       → { name, entry } of a package.json (plain data)
//   workspaceResolver(packages, has)         → (module) => the file it names, or undefined

export interface PackageFacts {
  name: string;
  /** `source`, `exports["."]`, `module` or `main`, as written. */
  entry?: string;
}

export function packageFacts(text: string): PackageFacts | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!doc || typeof doc !== 'object' || typeof doc.name !== 'string' || doc.name.length === 0 || doc.name.length > 214) return undefined;
  const entry = [doc.source, exportsEntry(doc.exports), doc.module, doc.main].find((e): e is string => typeof e === 'string' && e.length > 0 && e.length < 300);
  return { name: doc.name, ...(entry !== undefined ? { entry } : {}) };
}

/** The file `exports` gives for the package itself: a string, or `"."`'s (nested conditions, source-like ones first). */
function exportsEntry(exp: unknown, depth = 0): string | undefined {
  if (typeof exp === 'string') return exp;
  if (!exp || typeof exp !== 'object' || Array.isArray(exp) || depth > 4) return undefined;
  const o = exp as Record<string, unknown>;
  if ('.' in o) return exportsEntry(o['.'], depth + 1);
  for (const k of ['source', 'development', 'import', 'node', 'require', 'default']) {
    const v = exportsEntry(o[k], depth + 1);
    if (v !== undefined && !/\.d\.[cm]?ts$/.test(v)) return v;
  }
  return undefined;
}

const BUILD_DIRS = new Set(['dist', 'build', 'lib', 'out', 'esm', 'cjs']);
const EXTS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.jsx', '/index.ts', '/index.tsx', '/index.js', '/index.mjs'];

/**
 * A resolver of bare module names to the files of the repository's packages. `packages`: each
 * package.json path with its facts; `has`: does a file exist (among those whose routes were read).
 * A name declared twice resolves to neither (the module cannot tell which one is meant).
 */
export function workspaceResolver(packages: ReadonlyArray<{ path: string; facts: PackageFacts }>, has: (path: string) => boolean): (module: string) => string | undefined {
  const byName = new Map<string, { dir: string; entry?: string } | null>();
  for (const { path, facts } of packages) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    byName.set(facts.name, byName.has(facts.name) ? null : { dir, ...(facts.entry !== undefined ? { entry: facts.entry } : {}) });
  }
  const probe = (p: string): string | undefined => {
    if (has(p) && !/\.d\.[cm]?ts$/.test(p)) return p;
    const stem = p.replace(/\.(?:[cm]?js|jsx|d\.[cm]?ts)$/, '');
    for (const e of EXTS) if (has(stem + e)) return stem + e;
    return undefined;
  };
  const memo = new Map<string, string | undefined>();
  return (module) => {
    if (module.startsWith('.') || module.startsWith('/') || module.length > 300) return undefined;
    if (memo.has(module)) return memo.get(module);
    const segs = module.split('/');
    const nameLen = module.startsWith('@') ? 2 : 1;
    const pkg = byName.get(segs.slice(0, nameLen).join('/'));
    let found: string | undefined;
    if (pkg) {
      const sub = segs.slice(nameLen).join('/');
      const at = (rel: string) => normalise(pkg.dir === '' ? rel : `${pkg.dir}/${rel}`);
      const candidates: string[] = [];
      if (sub !== '') candidates.push(at(`src/${sub}`), at(sub));
      else {
        if (pkg.entry !== undefined) {
          const e = normalise(pkg.entry);
          const first = e.split('/')[0]!;
          // Build output is not in the repository: its source is under src/ (dist/index.js → src/index.ts).
          if (BUILD_DIRS.has(first)) candidates.push(at(`src/${e.slice(first.length + 1)}`));
          candidates.push(at(e));
        }
        candidates.push(at('src/index'), at('index'));
      }
      for (const c of candidates) if ((found = probe(c))) break;
    }
    if (memo.size < 10_000) memo.set(module, found);
    return found;
  };
}

/** `a/./b/../c` → `a/c`. */
export function normalise(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}
