// package.json: the dependencies a project declares (for lockfile-out-of-sync, version conflicts,
// and engineer D's import checks), with the line each is declared on.
import { npmPurl } from '../purl.js';
import { LineIndex, record, str, type DeclaredDependency, type LockedPackage } from '../types.js';

const SECTIONS: ReadonlyArray<[string, DeclaredDependency['kind']]> = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
];

export interface PackageJson {
  name?: string;
  version?: string;
  license?: string;
  workspaces: string[];
  declared: DeclaredDependency[];
}

/** Parses a package.json; undefined when it is not a JSON object. Never throws. */
export function readPackageJson(text: string, manifest: string): PackageJson | undefined {
  let doc: Record<string, unknown> | undefined;
  try {
    doc = record(JSON.parse(stripBom(text)));
  } catch {
    return undefined;
  }
  if (!doc) return undefined;
  const lines = new LineIndex(text);
  const declared: DeclaredDependency[] = [];
  for (const [section, kind] of SECTIONS) {
    const deps = record(doc[section]);
    if (!deps) continue;
    const at = text.indexOf(`"${section}"`);
    for (const [name, spec] of Object.entries(deps)) {
      if (typeof spec !== 'string') continue;
      const i = at < 0 ? -1 : text.indexOf(JSON.stringify(name), at);
      declared.push({ name, spec, kind, manifest, ...(i >= 0 ? { line: lines.lineOf(i) } : {}) });
    }
  }
  const license = str(doc.license) ?? str(record(doc.license)?.type);
  return {
    ...(str(doc.name) ? { name: str(doc.name) } : {}),
    ...(str(doc.version) ? { version: str(doc.version) } : {}),
    ...(license ? { license } : {}),
    workspaces: workspaceGlobs(doc),
    declared,
  };
}

/** package.json's declared dependencies (empty when unreadable). */
export function packageJsonDependencies(text: string, manifest: string): DeclaredDependency[] {
  return readPackageJson(text, manifest)?.declared ?? [];
}

/** `workspaces` of a parsed package.json: an array, or Yarn's `{ packages: [...] }`; the strings only. */
export function workspaceGlobs(doc: Record<string, unknown>): string[] {
  const ws = doc.workspaces;
  const list = Array.isArray(ws) ? ws : Array.isArray(record(ws)?.packages) ? (record(ws)!.packages as unknown[]) : [];
  return list.filter((w): w is string => typeof w === 'string');
}

/** The lockfiles npm, pnpm and Yarn write beside a package.json, in the order one is taken when the package names no manager. */
export const NPM_LOCKFILES: readonly string[] = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock'];

/** What each manager corepack runs (`packageManager: "pnpm@9.1.0"`) installs from. */
const MANAGER_LOCKFILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['npm', ['npm-shrinkwrap.json', 'package-lock.json']],
  ['pnpm', ['pnpm-lock.yaml']],
  ['yarn', ['yarn.lock']],
  ['bun', []],
]);

/**
 * The lockfiles a package.json installs from: those of the manager its `packageManager` names (its
 * own, else the nearest folder above's: a workspace root's), other lockfiles then being strays no
 * install reads (pmndrs/zustand keeps an old package-lock.json beside the pnpm-lock.yaml its
 * workflows install); NPM_LOCKFILES when none is named, or one not known.
 */
export function lockfilesFor(manifest: string, text: (path: string) => string | undefined, managers: Map<string, string | undefined>): readonly string[] {
  for (let dir = manifest.slice(0, manifest.lastIndexOf('/') + 1); ; dir = dir.slice(0, dir.slice(0, -1).lastIndexOf('/') + 1)) {
    // Each package.json parsed once per run however many manifests below it ask (`managers`, the caller's).
    const path = `${dir}package.json`;
    if (!managers.has(path)) managers.set(path, packageManagerOf(text(path)));
    const named = managers.get(path);
    if (named !== undefined) return MANAGER_LOCKFILES.get(named) ?? NPM_LOCKFILES;
    if (dir === '') return NPM_LOCKFILES;
  }
}

/** The manager a package.json's `packageManager` names (`pnpm` of `pnpm@9.1.0+sha512...`), if it names one. */
function packageManagerOf(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes('"packageManager"')) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(stripBom(text));
  } catch {
    return undefined; // counted as malformed where it is read
  }
  const pm = record(doc)?.packageManager;
  return typeof pm === 'string' && /^[a-z]+@/.test(pm) ? pm.slice(0, pm.indexOf('@')) : undefined;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A range npm resolves from the registry (not git, a path, a URL, a tag alias or a workspace link). */
export function isRegistryRange(spec: string): boolean {
  return !/^(?:git\+|git:|github:|gitlab:|bitbucket:|file:|link:|portal:|workspace:|https?:|npm:)/.test(spec) && !/^[^@\s]+\/[^@\s]+(?:#.*)?$/.test(spec);
}

/** A workspace's package.json → its component (undefined without a name and version). */
export function workspacePackage(text: string | undefined): LockedPackage | undefined {
  const pkg = text === undefined ? undefined : readPackageJson(text, 'package.json');
  if (!pkg?.name || !pkg.version) return undefined;
  return { ...npmPurl(pkg.name, pkg.version), type: 'npm', name: pkg.name, version: pkg.version, workspace: true, direct: true, ...(pkg.license ? { licenses: [pkg.license] } : {}) };
}
