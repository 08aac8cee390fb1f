// The parts of Maven's effective model an SBOM needs, from the repository alone (no network, no
// ~/.m2): properties and <dependencyManagement> inherited along the parent chain, and managed
// versions of BOMs imported with `<type>pom</type><scope>import</scope>`. Maven's order is kept:
// inheritance first (child entries win), interpolation afterwards with the child's properties (so a
// parent's `${project.version}` means the child's version), imports last (an explicit entry wins
// over an imported one; the first import wins among imports; a BOM is evaluated in its own context).
// A parent or BOM that is not in the repository ends the chain: it is named, not resolved.
// https://maven.apache.org/guides/introduction/introduction-to-dependency-mechanism.html
import { posix } from 'node:path';
import type { FileTree } from '../types.js';
import { interpolate, readPom, type Pom, type PomDependency } from './pom.js';

export interface PomModel {
  pom: Pom;
  /** Own properties over inherited ones, with the pom's own `project.*` builtins. */
  properties: Map<string, string>;
  /** Own <dependencyManagement> entries first, then each ancestor's, not yet interpolated. */
  managed: PomDependency[];
  /** `g:a:v` of the first ancestor outside the repository, if the chain leaves it. */
  external?: string;
}

export interface Management {
  /** `group:artifact` → version, resolved. */
  versions: Map<string, string>;
  /** What manages the rest, outside the repository: `parent g:a:v`, `BOM g:a:v`. */
  managedBy: string[];
}

const EMPTY: Pom = { properties: new Map(), dependencies: [], managed: [] };

class MavenTree {
  private readonly poms = new Map<string, Pom | null>();
  private readonly models = new Map<string, PomModel>();
  private readonly managements = new Map<string, Management>();
  private readonly inProgress = new Set<string>();
  private byCoordinates: Map<string, string[]> | undefined;

  constructor(private readonly tree: FileTree) {}

  /** The pom at a root-relative path, parsed once; null when absent or malformed. `own`: already parsed by the caller. */
  pom(path: string, own?: Pom): Pom | null {
    if (own && this.poms.get(path) == null) this.poms.set(path, own);
    if (!this.poms.has(path)) {
      const text = this.tree.text(path);
      let pom: Pom | null = null;
      try {
        pom = text === undefined ? null : readPom(text);
      } catch {
        // A malformed pom is reported when it is parsed as a file of its own; here it is no parent.
      }
      this.poms.set(path, pom);
    }
    return this.poms.get(path)!;
  }

  model(path: string, own?: Pom): PomModel {
    const hit = this.models.get(path);
    if (hit) return hit;
    const pom = this.pom(path, own) ?? EMPTY;
    this.inProgress.add(path);
    const parentPath = pom.parent ? this.parentPath(path, pom) : undefined;
    const parent = parentPath !== undefined && !this.inProgress.has(parentPath) ? this.model(parentPath) : undefined;
    this.inProgress.delete(path);
    const properties = new Map(parent?.properties);
    for (const [k, v] of pom.properties) properties.set(k, v);
    const model: PomModel = { pom, properties, managed: [...pom.managed, ...(parent?.managed ?? [])] };
    const external = parent ? parent.external : pom.parent ? gav(pom.parent, properties) : undefined;
    if (external) model.external = external;
    this.models.set(path, model);
    return model;
  }

  management(path: string, own?: Pom): Management {
    const hit = this.managements.get(path);
    if (hit) return hit;
    const model = this.model(path, own);
    const props = model.properties;
    const versions = new Map<string, string>();
    const managedBy = model.external ? [`parent ${model.external}`] : [];
    const imports: Array<{ g: string; a: string; v?: string }> = [];
    for (const m of model.managed) {
      const g = interpolate(m.groupId, props);
      const a = interpolate(m.artifactId, props);
      if (!g || !a) continue;
      const v = interpolate(m.version, props);
      if (m.scope === 'import' && m.type === 'pom') imports.push({ g, a, ...(v ? { v } : {}) });
      else if (v && !versions.has(`${g}:${a}`)) versions.set(`${g}:${a}`, v);
    }
    this.inProgress.add(path);
    for (const imp of imports) {
      const bom = this.find(imp.g, imp.a, imp.v);
      if (bom === undefined || this.inProgress.has(bom)) {
        managedBy.push(`BOM ${imp.g}:${imp.a}:${imp.v ?? '?'}`);
        continue;
      }
      const sub = this.management(bom);
      for (const [k, v] of sub.versions) if (!versions.has(k)) versions.set(k, v);
      managedBy.push(...sub.managedBy);
    }
    this.inProgress.delete(path);
    const result = { versions, managedBy: [...new Set(managedBy)] };
    this.managements.set(path, result);
    return result;
  }

  /** Maven's lookup: <relativePath> (default ../pom.xml) when the pom there is that parent, else the repository's pom with those coordinates. */
  private parentPath(path: string, pom: Pom): string | undefined {
    const p = pom.parent!;
    if (!p.groupId || !p.artifactId) return undefined;
    if (p.relativePath !== '') {
      let rel = posix.normalize(posix.join(posix.dirname(path), p.relativePath ?? '../pom.xml'));
      if (!rel.endsWith('.xml')) rel = posix.join(rel, 'pom.xml');
      const there = rel.startsWith('../') ? null : this.pom(rel);
      if (there && there.groupId === p.groupId && there.artifactId === p.artifactId && rel !== path) return rel;
    }
    const found = this.find(p.groupId, p.artifactId, interpolate(p.version, pom.properties));
    return found === path ? undefined : found;
  }

  /** The repository's pom with these coordinates; a literal version that differs means another release, not this pom. */
  private find(group: string, artifact: string, version: string | undefined): string | undefined {
    if (!this.byCoordinates) {
      this.byCoordinates = new Map();
      for (const path of this.tree.paths) {
        if (path !== 'pom.xml' && !path.endsWith('/pom.xml')) continue;
        const pom = this.pom(path);
        if (!pom?.groupId || !pom.artifactId) continue;
        const key = `${pom.groupId}:${pom.artifactId}`;
        this.byCoordinates.set(key, [...(this.byCoordinates.get(key) ?? []), path]);
      }
    }
    const candidates = this.byCoordinates.get(`${group}:${artifact}`) ?? [];
    return candidates.find((c) => {
      const own = interpolate(this.pom(c)?.version, this.pom(c)?.properties ?? new Map<string, string>());
      return version === undefined || own === undefined || own === version;
    });
  }
}

function gav(p: { groupId?: string; artifactId?: string; version?: string }, props: ReadonlyMap<string, string>): string {
  return `${interpolate(p.groupId, props) ?? p.groupId ?? '?'}:${interpolate(p.artifactId, props) ?? p.artifactId ?? '?'}:${interpolate(p.version, props) ?? p.version ?? '?'}`;
}

// One per tree (one inventory build): every pom of a multi-module build is parsed once, however many
// modules inherit from it.
const trees = new WeakMap<FileTree, MavenTree>();

export function mavenTreeOf(tree: FileTree): MavenTree {
  let t = trees.get(tree);
  if (!t) trees.set(tree, (t = new MavenTree(tree)));
  return t;
}
