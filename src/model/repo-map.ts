// The repository map (RULES.md, "Certainty"): what kind of code each tracked file is, decided once
// per run before the checks, from the ecosystems' own configuration first and folder names last.
// Plain types only; src/analysis/repo-map builds it.

export const FILE_CLASSES = ['runtime', 'test', 'tooling', 'docs', 'example', 'generated', 'vendored'] as const;
export type FileClass = (typeof FILE_CLASSES)[number];

/** What a production process never runs: tests, tooling, docs and examples (development dependencies may serve them). */
export const DEVELOPMENT_CLASSES: ReadonlySet<FileClass> = new Set(['test', 'tooling', 'docs', 'example']);

/** One file's class and why: the configuration or the convention that decided it. */
export interface ClassDecision {
  class: FileClass;
  /** One clause, e.g. "pyproject.toml [tool.pytest.ini_options] testpaths", "folder name 'examples/'". */
  reason: string;
}

/** Something the repository deploys or runs as a service: a package with an entry point, an image. */
export interface DeployableUnit {
  /** Root-relative POSIX folder ('' for the repository root). */
  root: string;
  /** node | python | go | jvm | dotnet | ruby | php | rust | container */
  kind: string;
  /** The package or image name when the configuration gives one, else the folder. */
  name: string;
  /** Files the unit starts from (package.json main/bin, Dockerfile CMD/ENTRYPOINT target, pyproject scripts...). */
  entries: string[];
  /** Which configuration made it a unit. */
  reason: string;
}

/** A folder and the class given to everything below it unless a more specific decision says otherwise. */
export interface ClassRoot {
  /** A folder, or a single file when the configuration names that file (a script a package.json runs). */
  path: string;
  class: FileClass;
  reason: string;
  /**
   * Which layer decided it (additive): 'generated' (discovery, .gitattributes, a build's output
   * folder: beats every decision below it), 'config' (an ecosystem's configuration; the default
   * when absent), 'convention' (a folder name: shown in the report, recomputed from the path).
   */
  layer?: 'generated' | 'config' | 'convention';
  /** Folder names below it say nothing (Maven's src/main/java/org/x/samples is a Java package). */
  sealed?: boolean;
  /**
   * The development or test stack (its compose or devcontainer file) that alone uses this path
   * (additive): no shipped image copies it and no production compose, chart or kustomization names it.
   */
  stack?: string;
}

/** A glob the configuration classifies (.gitattributes, tsconfig, jest/vitest test globs): file-level. */
export interface ClassPattern {
  /** picomatch glob, root-relative. */
  glob: string;
  class: FileClass;
  reason: string;
  layer: 'generated' | 'config';
  /** `-linguist-generated` / `linguist-generated=false`: cancels an earlier pattern of this class. */
  unset?: boolean;
}

/** A build script that copies files (`cp`, `copyfiles`, `cpx` in package.json scripts). */
export interface FileCopy {
  /** Root-relative source as written (may be a glob). */
  from: string;
  to: string;
  reason: string;
}

/** What the map is, serialisable (workers receive it; the JSON report and the summary show it). */
export interface RepositoryMapData {
  units: DeployableUnit[];
  /** Folders and their class, most specific last; decided from configuration, then folder names. */
  roots: ClassRoot[];
  /** How many tracked files fell in each class. */
  counts: Record<FileClass, number>;
  /** Glob decisions, in the order they apply (additive). */
  patterns?: ClassPattern[];
  /** Files that build scripts copy (additive): a later rule can know a path is created by the build. */
  copies?: FileCopy[];
  /** What likely local stacks alone use (additive; GuessedStackClaim): classes unchanged. */
  localStacks?: GuessedStackClaim[];
}

/**
 * What a compose file that is likely a local stack alone uses (stacks.ts localStack): the path keeps
 * its class; the claim only names the stack where a credential is found.
 */
export interface GuessedStackClaim {
  path: string;
  config: string;
  why: string;
}

/** A stack's claim on a path: the stack's compose or devcontainer file, and the map's reason for the claim. */
export interface StackClaim {
  config: string;
  why: string;
  /** Claimed by a likely local stack (GuessedStackClaim), not by a stack its configuration names. */
  guessed?: boolean;
}

export interface RepositoryMap extends RepositoryMapData {
  classOf(path: string): FileClass;
  decision(path: string): ClassDecision;
  /** The development or test stack that alone uses a file of class tooling (ClassRoot.stack), or whose own file this is, if one does. */
  stackOf(path: string): StackClaim | undefined;
  data(): RepositoryMapData;
}
