// Maven pom.xml (declared dependencies, `${property}` interpolation from <properties>, project and
// parent coordinates, versions from the pom's own <dependencyManagement>) and Gradle's
// gradle.lockfile (`group:artifact:version=configurations`). A pom dependency whose version is managed
// outside the repository (a parent or an imported BOM) has no version here: skipped, with that reason.
import { SaxesParser } from 'saxes';
import { mergeInto } from '../graph.js';
import { purlOf } from '../purl.js';
import { guarded, ok, type DeclaredDependency, type Ecosystem, type LockedPackage, type ParseResult, type Skipped } from '../types.js';

export const mavenEcosystem: Ecosystem = {
  id: 'maven',
  purlType: 'maven',
  lockfiles: ['pom.xml'],
  parse: (c, p) => guarded(p, () => parsePom(c)),
};

export const gradleEcosystem: Ecosystem = {
  id: 'gradle',
  purlType: 'maven',
  lockfiles: ['gradle.lockfile'],
  parse: (c, p) => guarded(p, () => parseGradleLockfile(c)),
};

interface PomDependency {
  groupId?: string;
  artifactId?: string;
  version?: string;
  scope?: string;
  optional?: string;
  line: number;
}

export interface Pom {
  groupId?: string;
  artifactId?: string;
  version?: string;
  properties: Map<string, string>;
  dependencies: PomDependency[];
  managed: PomDependency[];
}

export function readPom(content: string): Pom {
  const pom: Pom = { properties: new Map(), dependencies: [], managed: [] };
  const parent: Record<string, string> = {};
  const stack: string[] = [];
  let text = '';
  let dep: PomDependency | undefined;
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    const path = stack.join('/');
    if (path === 'project/dependencies/dependency' || path === 'project/dependencyManagement/dependencies/dependency') dep = { line: parser.line };
  });
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.on('closetag', () => {
    const path = stack.join('/');
    const leaf = stack[stack.length - 1]!;
    const value = text.trim();
    if (stack.length === 2 && ['groupId', 'artifactId', 'version'].includes(leaf)) pom[leaf as 'groupId'] = value;
    else if (stack.length === 3 && stack[1] === 'parent') parent[leaf] = value;
    else if (stack.length === 3 && stack[1] === 'properties') pom.properties.set(leaf, value);
    else if (dep && (path.endsWith('/dependency/' + leaf)) && ['groupId', 'artifactId', 'version', 'scope', 'optional'].includes(leaf)) dep[leaf as 'groupId'] = value;
    else if (dep && (path === 'project/dependencies/dependency' || path === 'project/dependencyManagement/dependencies/dependency')) {
      (stack[1] === 'dependencies' ? pom.dependencies : pom.managed).push(dep);
      dep = undefined;
    }
    stack.pop();
    text = '';
  });
  parser.write(content).close();
  pom.groupId ??= parent.groupId;
  pom.version ??= parent.version;
  const builtins: Record<string, string | undefined> = {
    'project.groupId': pom.groupId,
    'project.artifactId': pom.artifactId,
    'project.version': pom.version,
    'project.parent.version': parent.version,
    'project.parent.groupId': parent.groupId,
    'pom.version': pom.version,
  };
  for (const [k, v] of Object.entries(builtins)) if (v !== undefined && !pom.properties.has(k)) pom.properties.set(k, v);
  return pom;
}

/** `${a}-${b}` with properties, repeatedly (properties may refer to properties); undefined if unresolved. */
export function interpolate(value: string | undefined, props: ReadonlyMap<string, string>): string | undefined {
  if (value === undefined) return undefined;
  let v = value;
  for (let i = 0; i < 10 && v.includes('${'); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k: string) => props.get(k) ?? m);
  return v.includes('${') ? undefined : v;
}

function mavenPackage(group: string, artifact: string, version: string, extra: Partial<LockedPackage>): LockedPackage {
  return { purl: purlOf('maven', group, artifact, version), type: 'maven', name: `${group}:${artifact}`, group, version, ...extra };
}

export function parsePom(content: string): ParseResult<LockedPackage[]> {
  const pom = readPom(content);
  const managed = new Map<string, string>();
  for (const m of pom.managed) {
    const v = interpolate(m.version, pom.properties);
    const g = interpolate(m.groupId, pom.properties);
    if (v && g && m.artifactId) managed.set(`${g}:${m.artifactId}`, v);
  }
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  for (const d of pom.dependencies) {
    const group = interpolate(d.groupId, pom.properties);
    const artifact = interpolate(d.artifactId, pom.properties);
    if (!group || !artifact) continue;
    const version = interpolate(d.version, pom.properties) ?? (d.version === undefined ? managed.get(`${group}:${artifact}`) : undefined);
    if (!version) {
      skipped.push({ name: `${group}:${artifact}`, reason: d.version ? `version ${d.version} not defined in this pom` : 'version managed by a parent pom or BOM outside the repository' });
      continue;
    }
    const scope = d.scope ?? 'compile';
    mergeInto(out, mavenPackage(group, artifact, version, { direct: true, line: d.line, ...(scope === 'test' ? { dev: true } : {}), ...(d.optional === 'true' || scope === 'provided' ? { optional: true } : {}) }));
  }
  return ok([...out.values()], skipped);
}

export function pomDependencies(content: string, manifest: string): DeclaredDependency[] {
  try {
    const pom = readPom(content);
    return pom.dependencies
      .filter((d) => d.groupId && d.artifactId)
      .map((d) => ({ name: `${interpolate(d.groupId, pom.properties) ?? d.groupId}:${d.artifactId}`, spec: interpolate(d.version, pom.properties) ?? '', kind: d.scope === 'test' ? ('dev' as const) : ('prod' as const), manifest, line: d.line }));
  } catch {
    return [];
  }
}

export function parseGradleLockfile(content: string): ParseResult<LockedPackage[]> {
  const out = new Map<string, LockedPackage>();
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
    const m = /^([^:\s]+):([^:\s]+):([^=\s]+)=(.*)$/.exec(line);
    if (!m) continue;
    const confs = m[4]!.split(',').filter(Boolean);
    // Only test configurations (testCompileClasspath, testRuntimeClasspath...) → a test-only dependency.
    const dev = confs.length > 0 && confs.every((c) => /^test|Test[A-Z]|^test$/i.test(c));
    mergeInto(out, mavenPackage(m[1]!, m[2]!, m[3]!, { line: n + 1, ...(dev ? { dev: true } : {}) }));
  }
  return ok([...out.values()]);
}
