// Which components are never sent to OSV (issue 13, "Enterprise defaults"): the name of a private
// package tells an outside service what a company builds, so only packages of the ecosystems' public
// registries are looked up. The SBOM still lists every component; the report counts the withheld
// ones per reason. Reasons, the first that applies (README "What is sent to OSV"):
//   workspace         a package of the repository itself (npm/yarn/pnpm workspace, Cargo workspace
//                     member or path crate, uv workspace member)
//   private-packages  its name matches a glob of the `private-packages` input
//   scope             its npm scope has a registry of its own (`.npmrc` `@scope:registry=`, `.yarnrc.yml`
//                     `npmScopes`), or a NuGet package source mapping (`nuget.config`) sends it to a
//                     source that is not nuget.org
//   registry          the lockfile records a download from a registry or index that is not the
//                     ecosystem's public one (npm `resolved`, yarn classic `resolved`, pnpm `tarball`,
//                     poetry/uv/Pipfile.lock sources, pip `--index-url`/`--extra-index-url`, Cargo
//                     `source`, Gemfile.lock `remote`); or, for npm packages whose lockfile records no URL (yarn Berry, pnpm),
//                     the `.npmrc` `registry=` / `.yarnrc.yml` `npmRegistryServer` of its folder
//   goprivate         a Go module matched by GOPRIVATE, GONOPROXY or GONOSUMDB in the job's environment
//   project-group     a Maven artifact of a groupId that a pom.xml of the repository declares (Maven
//                     repositories are per project, not per package: the project's own groups are
//                     the private ones it can name)
import { globMatcher } from '../workspace/glob.js';
import { parse as parseYaml } from 'yaml';
import { normalizePypiName } from '../ecosystems/purl.js';
import { walkXml } from '../formats/xml.js';
import { readPom } from '../ecosystems/maven/pom.js';
import { globProblem } from '../workspace/glob-guard.js';
import type { Component, Inventory } from './inventory.js';
import { stripTrailingSlashes } from '../analysis/routes/extract.js';
import { MAX_ALIAS_COUNT } from '../analysis/yaml.js';

export const WITHHELD_REASONS = ['workspace', 'private-packages', 'scope', 'registry', 'goprivate', 'project-group'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

/** Registry configuration files read besides the lockfiles (capture globs). */
export const REGISTRY_CONFIG_GLOBS = ['**/.npmrc', '**/.yarnrc.yml', '**/[Nn]u[Gg]et.[Cc]onfig'] as const;

/**
 * The public registries, as `host` or `host/path` prefixes. Anything else (a company registry, a
 * proxy such as Artifactory or Nexus, GitHub Packages, a mirror) counts as private: a proxy serves
 * public and private packages under one URL, and the lockfile cannot tell them apart.
 */
const PUBLIC: Readonly<Record<string, readonly string[]>> = {
  npm: ['registry.npmjs.org', 'registry.yarnpkg.com', 'registry.npmjs.com'],
  pypi: ['pypi.org', 'pypi.python.org', 'files.pythonhosted.org'],
  cargo: ['github.com/rust-lang/crates.io-index', 'index.crates.io', 'crates.io'],
  nuget: ['api.nuget.org', 'www.nuget.org', 'nuget.org'],
  gem: ['rubygems.org', 'index.rubygems.org'],
};

/** Package names longer than this are no registry's (npm allows 214): never glob-matched. */
const MAX_NAME = 1000;
/** Environment patterns read per variable: GOPRIVATE is a short list. */
const MAX_ENV_PATTERNS = 100;

export interface PrivacySource {
  /** The `private-packages` input (globs, already checked by inputs.ts). */
  globs: readonly string[];
  /** Root-relative paths of the captured files. */
  paths: readonly string[];
  text(path: string): string | undefined;
  /** The job's environment (GOPRIVATE, GONOPROXY, GONOSUMDB). */
  env?: NodeJS.ProcessEnv;
}

export function isPublicRegistry(type: string, url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const where = `${u.hostname.toLowerCase()}${stripTrailingSlashes(u.pathname)}`;
  return (PUBLIC[type] ?? []).some((p) => where === p || where.startsWith(`${p}/`));
}

/** purl → why it is withheld, for every component that must not be sent. */
export function withheldFromOsv(inv: Inventory, src: PrivacySource): Map<string, WithheldReason> {
  const config = registryConfig(src);
  const byGlob = nameMatcher(src.globs);
  const goPrivate = goPrivateMatcher(src.env ?? {});
  const mavenGroups = projectGroups(src);
  const out = new Map<string, WithheldReason>();
  for (const c of inv.components) {
    const reason = reasonOf(c, { byGlob, goPrivate, mavenGroups, config });
    if (reason) out.set(c.purl, reason);
  }
  return out;
}

interface Deciders {
  byGlob: (c: Component) => boolean;
  goPrivate: (module: string) => boolean;
  mavenGroups: ReadonlySet<string>;
  config: RegistryConfig;
}

function reasonOf(c: Component, d: Deciders): WithheldReason | undefined {
  if (c.workspace) return 'workspace';
  if (d.byGlob(c)) return 'private-packages';
  if (c.type === 'npm' && c.name.startsWith('@') && d.config.npmScopes.has(c.name.slice(0, c.name.indexOf('/')).toLowerCase())) return 'scope';
  if (c.type === 'nuget' && d.config.nugetPatterns.some((p) => nugetPatternMatches(p, c.name))) return 'scope';
  if (c.registries?.some((r) => !isPublicRegistry(c.type, r))) return 'registry';
  if (c.type === 'npm' && !c.registries?.length && c.sources.some((s) => d.config.npmDefaultPrivate(s))) return 'registry';
  if (c.type === 'golang' && d.goPrivate(c.name)) return 'goprivate';
  if (c.type === 'maven' && c.group !== undefined && d.mavenGroups.has(c.group)) return 'project-group';
  return undefined;
}

/** The `private-packages` globs against the component's name (PyPI names compared normalized). */
function nameMatcher(globs: readonly string[]): (c: Component) => boolean {
  if (globs.length === 0) return () => false;
  const exact = globMatcher([...globs], { dot: true });
  const folded = globMatcher(globs.map((g) => g.toLowerCase()), { dot: true });
  const pypi = globMatcher(globs.map((g) => normalizePypiName(g)), { dot: true });
  return (c) => {
    if (c.name.length > MAX_NAME) return false;
    if (c.type === 'pypi') return pypi(normalizePypiName(c.name));
    // NuGet ids are case-insensitive; Go paths are matched like GOPRIVATE (a prefix of whole elements).
    if (c.type === 'nuget') return folded(c.name.toLowerCase());
    if (c.type === 'golang') return prefixes(c.name).some((p) => exact(p));
    return exact(c.name);
  };
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`. */
function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Go's rule: each comma-separated glob matches a module path with that many leading path elements. */
function goPrivateMatcher(env: NodeJS.ProcessEnv): (module: string) => boolean {
  const patterns = ['GOPRIVATE', 'GONOPROXY', 'GONOSUMDB']
    .flatMap((k) => (env[k] ?? '').split(',').slice(0, MAX_ENV_PATTERNS))
    .map((p) => p.trim().replace(/\/+$/, ''))
    .filter((p) => p !== '' && !p.includes('**') && globProblem(p) === undefined);
  if (patterns.length === 0) return () => false;
  const match = globMatcher(patterns, { dot: true });
  return (module) => module.length <= MAX_NAME && prefixes(module).some((p) => match(p));
}

interface RegistryConfig {
  /** `@scope`s whose registry is not npm's public one. */
  npmScopes: ReadonlySet<string>;
  /** Whether the default npm registry configured for the folder of this lockfile is private. */
  npmDefaultPrivate(lockfile: string): boolean;
  /** NuGet package patterns mapped to a source that is not nuget.org. */
  nugetPatterns: readonly string[];
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function registryConfig(src: PrivacySource): RegistryConfig {
  const npmScopes = new Set<string>();
  /** Folders ('' = root, else ending in '/') whose default npm registry is private. */
  const privateDefault = new Set<string>();
  const nugetPatterns: string[] = [];
  for (const path of [...src.paths].sort()) {
    const name = basename(path);
    const text = name === '.npmrc' || name === '.yarnrc.yml' || name.toLowerCase() === 'nuget.config' ? src.text(path) : undefined;
    if (text === undefined) continue;
    if (name === '.npmrc') {
      const rc = readNpmrc(text);
      for (const [scope, url] of rc.scopes) if (!isPublicRegistry('npm', url)) npmScopes.add(scope);
      if (rc.registry !== undefined && !isPublicRegistry('npm', rc.registry)) privateDefault.add(dirOf(path));
    } else if (name === '.yarnrc.yml') {
      const rc = readYarnrc(text);
      for (const [scope, url] of rc.scopes) if (!isPublicRegistry('npm', url)) npmScopes.add(scope);
      if (rc.registry !== undefined && !isPublicRegistry('npm', rc.registry)) privateDefault.add(dirOf(path));
    } else {
      nugetPatterns.push(...readNugetConfig(text));
    }
  }
  return {
    npmScopes,
    // The configuration of the lockfile's folder or any folder above it (npm and pnpm read the project's, yarn walks up).
    npmDefaultPrivate: (lockfile) => {
      if (privateDefault.size === 0) return false;
      for (let d = dirOf(lockfile); ; d = dirOf(d.slice(0, -1))) {
        if (privateDefault.has(d)) return true;
        if (d === '') return false;
      }
    },
    nugetPatterns,
  };
}

/** `.npmrc` (ini): `registry=` and `@scope:registry=` lines; credentials and every other key are never read. */
export function readNpmrc(text: string): { registry?: string; scopes: Map<string, string> } {
  const scopes = new Map<string, string>();
  let registry: string | undefined;
  for (const line of text.split(/\r?\n/, 100_000)) {
    const m = /^\s*(@[a-z0-9][\w.~-]{0,213}:)?registry\s*=\s*["']?([^\s"';#]{1,2000})/i.exec(line);
    if (!m) continue;
    if (m[1]) scopes.set(m[1].slice(0, -1).toLowerCase(), m[2]!);
    else registry = m[2]!;
  }
  return { ...(registry !== undefined ? { registry } : {}), scopes };
}

/** `.yarnrc.yml` (Yarn Berry): `npmRegistryServer` and `npmScopes.<scope>.npmRegistryServer`. */
export function readYarnrc(text: string): { registry?: string; scopes: Map<string, string> } {
  const scopes = new Map<string, string>();
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: MAX_ALIAS_COUNT, logLevel: 'silent' });
  } catch {
    return { scopes };
  }
  const rec = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
  const top = rec(doc);
  for (const [scope, cfg] of Object.entries(rec(top?.npmScopes) ?? {})) {
    const url = rec(cfg)?.npmRegistryServer;
    // A scope with its own settings but no server of its own still uses the default registry.
    if (typeof url === 'string') scopes.set(`@${scope.replace(/^@/, '').toLowerCase()}`, url);
  }
  const registry = typeof top?.npmRegistryServer === 'string' ? top.npmRegistryServer : undefined;
  return { ...(registry !== undefined ? { registry } : {}), scopes };
}

/**
 * nuget.config: the package patterns that `<packageSourceMapping>` sends to a source whose URL (from
 * `<packageSources>`) is not nuget.org. A malformed file gives none: its packages are then judged
 * like any other (NuGet itself refuses such a file, so nothing was restored through it).
 */
export function readNugetConfig(text: string): string[] {
  const sources = new Map<string, string>();
  const mapped: Array<[string, string]> = [];
  let current: string | undefined;
  try {
    walkXml(text, {
      open(stack, attrs) {
        const path = stack.map((s) => s.toLowerCase()).join('/');
        const key = attrs.key;
        if (path === 'configuration/packagesources/add' && key !== undefined && attrs.value !== undefined) sources.set(key.toLowerCase(), attrs.value);
        else if (path === 'configuration/packagesourcemapping/packagesource') current = key?.toLowerCase();
        else if (path === 'configuration/packagesourcemapping/packagesource/package' && current !== undefined && attrs.pattern) mapped.push([current, attrs.pattern]);
      },
    });
  } catch {
    return [];
  }
  return mapped.filter(([source]) => {
    const url = sources.get(source);
    // A source named in the mapping but not defined here is defined elsewhere (machine config): not nuget.org as far as we know.
    return url === undefined || !isPublicRegistry('nuget', url);
  }).map(([, pattern]) => pattern);
}

/** NuGet's pattern syntax: an exact id, or a prefix ending in `*`; case-insensitive. */
function nugetPatternMatches(pattern: string, id: string): boolean {
  const p = pattern.toLowerCase();
  const n = id.toLowerCase();
  return p.endsWith('*') ? n.startsWith(p.slice(0, -1)) : n === p;
}

/** groupIds that the repository's own pom.xml files declare. */
function projectGroups(src: PrivacySource): Set<string> {
  const out = new Set<string>();
  for (const path of src.paths) {
    if (basename(path) !== 'pom.xml') continue;
    const text = src.text(path);
    if (text === undefined) continue;
    try {
      const pom = readPom(text);
      // Only its own groupId: a parent's (readPom inherits it) may be an outside organisation's (Spring Boot).
      if (pom.groupId && pom.groupId !== pom.parent?.groupId && !pom.groupId.includes('${')) out.add(pom.groupId);
    } catch {
      // malformed: reported by the SBOM phase
    }
  }
  return out;
}

/** Counts per reason, in the fixed order of WITHHELD_REASONS (deterministic output). */
export function withheldCounts(withheld: ReadonlyMap<string, WithheldReason>): Partial<Record<WithheldReason, number>> {
  const out: Partial<Record<WithheldReason, number>> = {};
  for (const r of WITHHELD_REASONS) {
    let n = 0;
    for (const v of withheld.values()) if (v === r) n++;
    if (n > 0) out[r] = n;
  }
  return out;
}
