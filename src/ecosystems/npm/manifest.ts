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
