// What checks may know about the checkout in end(): the file list and facts gathered by the file pass.
import type { FileClass, RepositoryMapData } from '../model/repo-map.js';
// Checks never walk the tree or read files themselves.
import type { Evidence } from '../evidence/model.js';
import type { ProfileDecision } from './profile.js';
import type { InlineSuppression } from './suppressions.js';
export { SourceFile } from './source-file.js';

export interface Workspace {
  readonly root: string;
  /** Root-relative POSIX paths of every scanned file, sorted. */
  readonly files: readonly string[];
  has(path: string): boolean;
  readonly commit: string | null;
  /** Known after the file pass (read in end()). */
  readonly inlineSuppressions: readonly InlineSuppression[];
  /** Known after the file pass (read in end()). */
  readonly profile: ProfileDecision;
  /** The text of a file some check captured (`meta.capture`), after the file pass; else undefined. */
  text(path: string): string | undefined;
  /** Paths of the captured files, sorted. */
  readonly captured: readonly string[];
  /** The file's class in the repository map. */
  classOf(path: string): FileClass;
  /** The repository map's data: deployable units, class roots (read in file() or end()). */
  readonly map: RepositoryMapData;
  /** A value computed once per run and shared by every check that asks for it by this key (in end()). */
  shared<T>(key: string, compute: () => T): T;
  /**
   * When the scanned root is a subfolder of the repository: the folder (`services/api`), the climb
   * to the repository root (`../../`) and the repository-level files read (workflows, CODEOWNERS),
   * by their paths relative to the scanned root (`../../.github/workflows/ci.yml`), sorted.
   */
  readonly repository?: { folder: string; up: string; files: readonly string[] };
  /** Root-relative paths of the git submodules: other repositories' files, never read (a path under one is unknown). */
  readonly submodules?: readonly string[];
  /** Test, coverage and build reports of the job, loaded before the file pass (undefined when the caller did not load them). */
  readonly evidence?: Evidence;
}
