// The shape every lockfile family answers with (ARCHITECTURE.md, "Foreign formats and lockfiles"):
// content in, packages out; a broken file is a reason, never an exception.
import { stripTrailingSlashes } from '../analysis/routes/extract.js';

/** purl types we emit (https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst). */
export type PurlType = 'npm' | 'pypi' | 'golang' | 'cargo' | 'maven' | 'gem' | 'composer' | 'nuget' | 'github' | 'docker';

export type HashAlg = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface Hash {
  alg: HashAlg;
  /** Lower-case hex, as CycloneDX requires. */
  content: string;
}

export interface LockedPackage {
  /** The package URL, without qualifiers unless they identify the artifact; also the bom-ref and the graph key. */
  purl: string;
  type: PurlType;
  /** Ecosystem-native full name: `@types/node`, `org.slf4j:slf4j-api`, `github.com/gin-gonic/gin`. */
  name: string;
  /** CycloneDX `group`: npm scope, Maven groupId, Composer vendor, Go module path prefix. */
  group?: string;
  version: string;
  hashes?: Hash[];
  /** SPDX IDs, SPDX expressions or free-text names, as recorded. */
  licenses?: string[];
  /** Only needed by development/test tooling. */
  dev?: boolean;
  optional?: boolean;
  /** Declared by the project itself (the root or a workspace package), not pulled in by another package. */
  direct?: boolean;
  /** purls of the packages this one depends on, where the lockfile records edges. */
  dependsOn?: string[];
  /** A package of the project itself (npm/yarn/pnpm workspace, Cargo workspace member, uv project). */
  workspace?: boolean;
  /** 1-based line of the entry in its file, when cheap to know. */
  line?: number;
  /** CycloneDX component type; `library` unless said otherwise. */
  kind?: 'library' | 'container' | 'application';
  /**
   * Set when `version` is '' because the file does not record it and it cannot be resolved offline
   * (a Maven dependency managed by a parent pom or BOM outside the repository): what manages it
   * (`parent g:a:v`, `BOM g:a:v`), or why nothing does. The purl then carries no version.
   */
  versionManagedBy?: string[];
  /**
   * Where the lockfile says the package was (or may have been) downloaded from: registry or index
   * URLs without credentials, query or fragment. Read by the OSV privacy filter (src/sbom/private.ts).
   */
  registries?: string[];
}

/** An entry that is deliberately not a component, and why (git source, local path, unpinned...). */
export interface Skipped {
  name: string;
  reason: string;
}

export type ParseResult<T> = { ok: true; value: T; skipped: Skipped[] } | { ok: false; error: string };

export interface Ecosystem {
  /** Stable id, shown in the report: `npm`, `yarn`, `pnpm`, `poetry`, `go`... */
  id: string;
  purlType: PurlType;
  /** Basename globs of the files this family reads. */
  lockfiles: readonly string[];
  /**
   * Pure; never throws (malformed input is `{ ok: false }`). `sibling` gives the text of a captured
   * file by a path relative to this one's folder, when the format splits its data (go.mod + go.sum;
   * a pnpm/yarn workspace's own package.json for its name and version).
   */
  parse(content: string, path: string, sibling?: (basename: string) => string | undefined, tree?: FileTree): ParseResult<LockedPackage[]>;
}

/**
 * The captured files of the whole scanned tree, by root-relative path (no `..`), for formats whose
 * meaning depends on files elsewhere (a Maven module's parent pom and in-repository BOMs). Parsers
 * that use it cache what they derive per tree object (one per inventory build).
 */
export interface FileTree {
  paths: readonly string[];
  text(path: string): string | undefined;
}

/** A dependency a manifest declares (for lockfile consistency, version conflicts and import checks). */
export interface DeclaredDependency {
  /** As written in the manifest (Python names are compared normalized: see normalizePypiName). */
  name: string;
  /** The constraint as written ('' when none): `^1.2.0`, `>=2.0,<3`, `v1.9.1`, `workspace:*`. */
  spec: string;
  kind: 'prod' | 'dev' | 'optional' | 'peer';
  /** Root-relative path of the manifest. */
  manifest: string;
  line?: number;
}

export function ok<T>(value: T, skipped: Skipped[] = []): ParseResult<T> {
  return { ok: true, value, skipped };
}

export function fail(error: string): ParseResult<never> {
  return { ok: false, error };
}

/** Runs a parser body and turns anything it throws (malformed input) into `{ ok: false }`. */
export function guarded<T>(what: string, body: () => ParseResult<T>): ParseResult<T> {
  try {
    return body();
  } catch (e) {
    return fail(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A plain object, or undefined: lockfile JSON/TOML/YAML is untrusted in shape. */
export function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A download or index URL as a registry fact: scheme, host and path, never credentials, query or fragment. */
export function registryUrl(v: unknown): string | undefined {
  if (typeof v !== 'string' || !/^https?:\/\//i.test(v)) return undefined;
  try {
    const u = new URL(v);
    return stripTrailingSlashes(`${u.protocol}//${u.host}${u.pathname}`);
  } catch {
    return undefined;
  }
}

/** Only the registry of a tarball URL (`https://registry.npmjs.org/a/-/a-1.0.0.tgz` → its origin): one per registry, not per file. */
export function registryOrigin(v: unknown): string | undefined {
  const u = registryUrl(v);
  return u === undefined ? undefined : new URL(u).origin;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The 1-based line of the first occurrence of `needle` at or after `from` (an index); cheap line lookup. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}
  lineOf(index: number): number {
    if (index < 0) return 0;
    const s = (this.starts ??= computeStarts(this.text));
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  find(needle: string): number | undefined {
    const i = this.text.indexOf(needle);
    return i < 0 ? undefined : this.lineOf(i);
  }
}

function computeStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
