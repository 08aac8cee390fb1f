// Maven pom.xml (declared dependencies, `${property}` interpolation, project and parent coordinates,
// versions from <dependencyManagement>) and Gradle's gradle.lockfile (`group:artifact:version=configurations`).
// A pom is read as Maven builds it (./effective.ts): its parent chain inside the repository (by
// <relativePath>, else by coordinates) contributes properties and managed versions, and BOMs imported
// from the repository contribute theirs. A dependency whose version is managed outside the repository
// (spring-boot-starter-parent, an imported spring-cloud-dependencies) is still a component: its purl
// has no version (valid per the purl spec and CycloneDX) and it says what manages the version.
import { mergeInto } from '../graph.js';
import { purlOf } from '../purl.js';
import { guarded, ok, type DeclaredDependency, type Ecosystem, type FileTree, type LockedPackage, type ParseResult, type Skipped } from '../types.js';
import { mavenTreeOf } from './effective.js';
import { interpolate, readPom } from './pom.js';

export { interpolate, readPom, type Pom, type PomDependency, type PomParent } from './pom.js';

export const mavenEcosystem: Ecosystem = {
  id: 'maven',
  purlType: 'maven',
  lockfiles: ['pom.xml'],
  parse: (c, p, _sibling, tree) => guarded(p, () => parsePom(c, p, tree)),
};

export const gradleEcosystem: Ecosystem = {
  id: 'gradle',
  purlType: 'maven',
  lockfiles: ['gradle.lockfile'],
  parse: (c, p) => guarded(p, () => parseGradleLockfile(c)),
};

function mavenPackage(group: string, artifact: string, version: string, extra: Partial<LockedPackage>): LockedPackage {
  return { purl: purlOf('maven', group, artifact, version), type: 'maven', name: `${group}:${artifact}`, group, version, ...extra };
}

/**
 * One pom's dependencies as components. `tree` gives the other captured files (parent poms, BOMs of
 * the same repository); without it the pom is read alone.
 */
export function parsePom(content: string, path = 'pom.xml', tree?: FileTree): ParseResult<LockedPackage[]> {
  // Parsed here first so that a malformed pom throws (guarded: reported as malformed), not read as empty.
  const own = readPom(content);
  const maven = mavenTreeOf(tree ?? { paths: [path], text: (p) => (p === path ? content : undefined) });
  const model = maven.model(path, own);
  const { versions, managedBy } = maven.management(path, own);
  const props = model.properties;
  const out = new Map<string, LockedPackage>();
  const skipped: Skipped[] = [];
  for (const d of model.pom.dependencies) {
    const group = interpolate(d.groupId, props);
    const artifact = interpolate(d.artifactId, props);
    if (!group || !artifact) {
      // Nothing to name it by: the one case that stays out of the SBOM.
      skipped.push({ name: `${d.groupId ?? '?'}:${d.artifactId ?? '?'}`, reason: 'groupId or artifactId not defined (missing, or a property defined nowhere in the repository)' });
      continue;
    }
    const version = d.version === undefined ? versions.get(`${group}:${artifact}`) : interpolate(d.version, props);
    const scope = d.scope ?? 'compile';
    const flags: Partial<LockedPackage> = { direct: true, line: d.line, ...(scope === 'test' ? { dev: true } : {}), ...(d.optional === 'true' || scope === 'provided' ? { optional: true } : {}) };
    if (version) {
      mergeInto(out, mavenPackage(group, artifact, version, flags));
      continue;
    }
    // Named but not versioned offline: a versionless component that says where its version comes from.
    const by =
      d.version !== undefined
        ? model.external
          ? [`parent ${model.external} (${d.version}, not resolved offline)`]
          : [`nothing: ${d.version} is not defined in the repository`]
        : managedBy.length > 0
          ? managedBy.map((m) => `${m} (not resolved offline)`)
          : ['nothing: no version declared or managed in the repository'];
    mergeInto(out, { ...mavenPackage(group, artifact, '', flags), versionManagedBy: by });
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

/** Gradle build scripts: captured to say which projects have no lockfile (their dependencies are not read). */
export const GRADLE_SCRIPTS = ['build.gradle', 'build.gradle.kts'] as const;

export const GRADLE_UNLOCKED_REASON =
  'Gradle build script without gradle.lockfile: dependencies are not resolved offline (enable dependency locking: `./gradlew dependencies --write-locks`)';

/**
 * The Gradle build scripts with no gradle.lockfile beside them. Groovy and Kotlin build scripts are
 * programs (no parser reads their dependencies faithfully), so such a project contributes no
 * component; this says so instead of leaving it silently out of the SBOM.
 */
export function unlockedGradleScripts(paths: Iterable<string>): string[] {
  const all = new Set(paths);
  const out: string[] = [];
  for (const p of all) {
    const slash = p.lastIndexOf('/');
    const base = p.slice(slash + 1);
    if ((GRADLE_SCRIPTS as readonly string[]).includes(base) && !all.has(p.slice(0, slash + 1) + 'gradle.lockfile')) out.push(p);
  }
  return out.sort();
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
