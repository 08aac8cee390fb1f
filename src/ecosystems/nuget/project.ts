// .NET project files without a packages.lock.json: the <PackageReference> items of *.csproj, *.fsproj
// and *.vbproj, with versions written on the item (attribute or child element, VersionOverride) or,
// under central package management, by the nearest Directory.Packages.props above the project
// (<PackageVersion Include Version/>, <GlobalPackageReference/>). `$(Property)` versions are resolved
// from the project's own <PropertyGroup>, the nearest Directory.Build.props and Directory.Packages.props
// when the property is plainly defined there; otherwise the component has no version and says why
// (as Maven's versionless components do). Only direct dependencies: what they pull in is known after
// `dotnet restore` only; the lockfile, when present beside the project, is read instead (./index.ts).
// https://learn.microsoft.com/en-us/nuget/consume-packages/central-package-management
import { mergeInto } from '../graph.js';
import { purlOf } from '../purl.js';
import { guarded, ok, type Ecosystem, type FileTree, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { walkXml } from '../../formats/xml.js';

export const nugetProjectEcosystem: Ecosystem = {
  id: 'nuget-project',
  purlType: 'nuget',
  lockfiles: ['*.csproj', '*.fsproj', '*.vbproj'],
  parse: (c, p, sibling, tree) => guarded(p, () => parseNugetProject(c, p, sibling, tree)),
};

/** MSBuild files the project reader consults above each project (captured as manifests). */
export const MSBUILD_IMPORTS = ['Directory.Packages.props', 'Directory.Build.props'] as const;

interface Reference {
  name: string;
  version?: string;
  dev: boolean;
  line: number;
}

interface MsbuildFile {
  /** Unconditional properties, by lower-case name (MSBuild property names are case-insensitive). */
  properties: Map<string, string>;
  /** Properties defined only under a Condition: not resolved offline. */
  conditional: Set<string>;
  references: Reference[];
  /** <PackageVersion> of a Directory.Packages.props, by lower-case package id. */
  versions: Map<string, string>;
  /** <GlobalPackageReference>: a package of every project below (analyzers, build tools). */
  globals: Reference[];
  projectReferences: string[];
}

function isPrivateAll(v: string | undefined): boolean {
  return v !== undefined && v.split(';').some((s) => s.trim().toLowerCase() === 'all');
}

/** One MSBuild file as written. Attribute names are matched case-insensitively, as MSBuild does. */
export function readMsbuild(content: string): MsbuildFile {
  const f: MsbuildFile = { properties: new Map(), conditional: new Set(), references: [], versions: new Map(), globals: [], projectReferences: [] };
  let item: { kind: string; include: string; attrs: Record<string, string>; line: number } | undefined;
  let groupConditional = false;
  const lower = (a: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k.toLowerCase(), v]));
  walkXml(content, {
    open(stack, attributes, line) {
      const name = stack[stack.length - 1]!;
      const attrs = lower(attributes);
      if (stack.length === 2 && name === 'PropertyGroup') groupConditional = attrs.condition !== undefined;
      if (stack.length === 3 && stack[1] === 'ItemGroup' && attrs.include !== undefined) {
        // An item under a Condition is still listed: the SBOM describes every configuration.
        item = { kind: name, include: attrs.include.trim(), attrs, line };
      }
      if (stack.length === 3 && stack[1] === 'PropertyGroup' && (groupConditional || attrs.condition !== undefined)) f.conditional.add(name.toLowerCase());
    },
    close(stack, text) {
      const name = stack[stack.length - 1]!;
      if (stack.length === 3 && stack[1] === 'PropertyGroup' && !groupConditional && !f.conditional.has(name.toLowerCase())) f.properties.set(name.toLowerCase(), text);
      // Item metadata as child elements: <PackageReference Include="X"><Version>1.0</Version></PackageReference>.
      if (stack.length === 4 && item) item.attrs[name.toLowerCase()] ??= text;
      if (stack.length !== 3 || !item) return;
      const { kind, include, attrs, line } = item;
      item = undefined;
      if (!include) return;
      const version = attrs.versionoverride ?? attrs.version;
      const ref: Reference = { name: include, ...(version ? { version: version.trim() } : {}), dev: isPrivateAll(attrs.privateassets), line };
      if (kind === 'PackageReference') f.references.push(ref);
      else if (kind === 'PackageVersion' && version) f.versions.set(include.toLowerCase(), version.trim());
      else if (kind === 'GlobalPackageReference') f.globals.push({ ...ref, dev: true });
      else if (kind === 'ProjectReference') f.projectReferences.push(include);
    },
  });
  for (const k of f.properties.keys()) f.conditional.delete(k);
  return f;
}

const cache = new WeakMap<FileTree, Map<string, MsbuildFile | null>>();

/** The nearest `base` in the project's folder or above it, read once per tree; null when none or malformed. */
function nearest(tree: FileTree | undefined, projectPath: string, base: string): { path: string; file: MsbuildFile } | null {
  if (!tree) return null;
  let files = cache.get(tree);
  if (!files) cache.set(tree, (files = new Map()));
  const parts = projectPath.split('/').slice(0, -1);
  for (let n = parts.length; n >= 0; n--) {
    const path = [...parts.slice(0, n), base].join('/');
    let file = files.get(path);
    if (file === undefined) {
      const text = tree.text(path);
      try {
        file = text === undefined ? null : readMsbuild(text);
      } catch {
        // A malformed props file: its versions are unknown (the components say so), the project still reads.
        file = null;
      }
      files.set(path, file);
    }
    if (file) return { path, file };
    if (tree.text(path) !== undefined) return null; // the nearest one exists but is malformed: MSBuild stops there too
  }
  return null;
}

const PROPERTY = /\$\(([A-Za-z_][\w.-]*)\)/g;

/** `$(Name)` references replaced (recursively) from `props`; undefined and the reason when one is not plain. */
function resolve(value: string, props: ReadonlyMap<string, string>, conditional: ReadonlySet<string>): { version: string } | { why: string } {
  let v = value;
  for (let i = 0; i < 10 && v.includes('$('); i++) {
    let missing: string | undefined;
    v = v.replace(PROPERTY, (m, k: string) => {
      const got = props.get(k.toLowerCase());
      if (got === undefined) missing ??= k;
      return got ?? m;
    });
    if (missing) {
      return { why: conditional.has(missing.toLowerCase()) ? `nothing: $(${missing}) is defined only under a Condition (not resolved offline)` : `nothing: $(${missing}) is not defined in the project, Directory.Build.props or Directory.Packages.props` };
    }
  }
  if (v.includes('$(') || v.includes('@(') || v.includes('%(')) return { why: `nothing: ${value} is an MSBuild expression (not resolved offline)` };
  // NuGet's exact pin `[1.2.3]` is 1.2.3; a plain `1.2.3` is "1.2.3 or higher", restored as 1.2.3.
  const exact = /^\[\s*([^,\s\]]+)\s*\]$/.exec(v);
  if (exact) return { version: exact[1]! };
  if (/^[0-9][\w.+-]*$/.test(v) && !v.includes('*')) return { version: v };
  return { why: `nothing: ${v} is a floating version or a range, resolved by \`dotnet restore\` (no packages.lock.json)` };
}

export function parseNugetProject(content: string, path: string, sibling?: (basename: string) => string | undefined, tree?: FileTree): ParseResult<LockedPackage[]> {
  const project = readMsbuild(content);
  // The lockfile beside the project records what restore resolved (and the transitive packages): it
  // is the source of truth, read by the packages.lock.json reader; reading the project too would list
  // a package twice when a range or a floating version resolved to something else.
  if (sibling?.('packages.lock.json') !== undefined) return ok([]);
  const build = nearest(tree, path, 'Directory.Build.props');
  const central = nearest(tree, path, 'Directory.Packages.props');
  // Evaluation order: Directory.Build.props, then Directory.Packages.props, then the project.
  const props = new Map([...(build?.file.properties ?? []), ...(central?.file.properties ?? []), ...project.properties]);
  const conditional = new Set([...(build?.file.conditional ?? []), ...(central?.file.conditional ?? []), ...project.conditional]);
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = project.projectReferences.map((p) => ({ name: p, reason: 'project reference (built from this repository)' }));
  const refs = [...project.references, ...(central?.file.globals ?? []).map((g) => ({ ...g, line: 0 }))];
  for (const r of refs) {
    const written = r.version ?? central?.file.versions.get(r.name.toLowerCase());
    const got = written === undefined ? { why: central ? `nothing: no <PackageVersion> for it in ${central.path}` : 'nothing: no Version on the PackageReference and no Directory.Packages.props' } : resolve(written, props, conditional);
    const flags: Partial<LockedPackage> = { direct: true, ...(r.line > 0 ? { line: r.line } : {}), ...(r.dev ? { dev: true } : {}) };
    const version = 'version' in got ? got.version : '';
    mergeInto(out, { purl: purlOf('nuget', undefined, r.name, version), type: 'nuget', name: r.name, version, ...flags, ...('why' in got ? { versionManagedBy: [got.why] } : {}) });
  }
  return ok([...out.values()], skipped);
}
