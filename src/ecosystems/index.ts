// The registry of lockfile families, and the globs the engine captures for them. Sorted by id.
import { globMatcher } from '../workspace/glob.js';
import { cargoEcosystem } from './cargo/index.js';
import { composerEcosystem } from './composer/index.js';
import { dockerEcosystem } from './docker/index.js';
import { githubActionsEcosystem } from './github-actions/index.js';
import { goEcosystem } from './go/index.js';
import { GRADLE_SCRIPTS, gradleEcosystem, mavenEcosystem } from './maven/index.js';
import { npmEcosystem } from './npm/package-lock.js';
import { nugetEcosystem } from './nuget/index.js';
import { MSBUILD_IMPORTS, nugetProjectEcosystem } from './nuget/project.js';
import { pnpmEcosystem } from './pnpm/index.js';
import { pdmEcosystem, pipenvEcosystem, poetryEcosystem, uvEcosystem } from './python/locks.js';
import { requirementsEcosystem } from './python/manifests.js';
import { rubyEcosystem } from './ruby/index.js';
import type { Ecosystem } from './types.js';
import { yarnEcosystem } from './yarn/index.js';

export const ECOSYSTEMS: readonly Ecosystem[] = [
  rubyEcosystem,
  cargoEcosystem,
  composerEcosystem,
  dockerEcosystem,
  githubActionsEcosystem,
  goEcosystem,
  gradleEcosystem,
  mavenEcosystem,
  npmEcosystem,
  nugetEcosystem,
  nugetProjectEcosystem,
  pdmEcosystem,
  pipenvEcosystem,
  pnpmEcosystem,
  poetryEcosystem,
  requirementsEcosystem,
  uvEcosystem,
  yarnEcosystem,
];

/** Manifests read besides the lockfiles: declared dependencies, the root component, go.sum hashes. */
export const MANIFESTS = ['package.json', 'pyproject.toml', 'Pipfile', 'go.sum', 'Cargo.toml', 'composer.json', ...MSBUILD_IMPORTS, ...GRADLE_SCRIPTS] as const;

/** A pattern with a `/` is matched against the whole root-relative path; one without, against the basename. */
function globOf(pattern: string): string {
  return pattern.includes('/') ? pattern : `**/${pattern}`;
}

/** Everything the SBOM and the supply-chain rules read, as capture globs for the engine. */
export const SUPPLY_CHAIN_GLOBS: readonly string[] = [...new Set([...ECOSYSTEMS.flatMap((e) => e.lockfiles), ...MANIFESTS].map(globOf))].sort();

const matchers = ECOSYSTEMS.map((e) => ({ e, match: globMatcher(e.lockfiles.map(globOf), { dot: true }) }));
/** Any family's: one question for the paths of no family (nearly all: the inventory asks about every listed file). */
const anyFamily = globMatcher(ECOSYSTEMS.flatMap((e) => e.lockfiles.map(globOf)), { dot: true });

/** The family that reads this path, if any. */
export function ecosystemFor(path: string): Ecosystem | undefined {
  return anyFamily(path) ? matchers.find((m) => m.match(path))?.e : undefined;
}


export type { DeclaredDependency, Ecosystem, FileTree, Hash, LockedPackage, ParseResult, PurlType, Skipped } from './types.js';
