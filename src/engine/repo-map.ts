// The repository map for a run: built once after discovery and before the checks, from the small
// configuration files it needs (read here once; the file pass is handed the same bytes), then given
// to the workers as data. What it decides is in src/analysis/repo-map.
import picomatch from 'picomatch';
import { buildRepositoryMap, discoveryDecision, MAP_INPUTS, repositoryMapFrom } from '../analysis/repo-map/index.js';
import type { Options } from '../inputs.js';
import type { RepositoryMap, RepositoryMapData } from '../model/repo-map.js';
import type { Malformed } from '../model/types.js';
import type { Discovery } from '../workspace/discover.js';
import { FileReader } from '../workspace/read.js';
import { looksBinary, SourceFile } from '../workspace/source-file.js';

/** Configuration files are small: one larger than this says nothing the map can use. */
const MAP_INPUT_MAX = 1024 * 1024;

export interface RunMap {
  map: RepositoryMap;
  /** The bytes of the configuration files read for the map: the file pass reuses them. */
  read: Map<string, Buffer>;
}

export function overridesOf(options: Pick<Options, 'paths'>) {
  return { runtime: options.paths.runtime, test: options.paths.test, example: options.paths.example };
}

export function repositoryMapForRun(options: Options, discovery: Discovery, given: ReadonlyMap<string, Buffer>, malformed: (m: Malformed) => void): RunMap {
  const isInput = picomatch([...MAP_INPUTS], { dot: true });
  const reader = new FileReader(options.root, MAP_INPUT_MAX);
  const read = new Map<string, Buffer>();
  const inputs = new Set(discovery.files.map((f) => f.path).filter((p) => isInput(p)));
  const generatedGlobs = options.paths.generated.length > 0 ? picomatch([...options.paths.generated], { dot: true }) : () => false;
  const map = buildRepositoryMap({
    files: discovery.files.map((f) => f.path),
    generated: discovery.generatedFiles.map((f) => ({
      path: f.path,
      reason: discoveryDecision(f.path)?.reason ?? (generatedGlobs(f.path) ? 'the configuration\'s paths.generated' : 'discovery skips it as generated'),
    })),
    read(path) {
      if (!inputs.has(path)) return undefined;
      const known = given.get(path) ?? read.get(path);
      // The reader lends its pool: what is kept for the file pass is a copy.
      const got = known ?? reader.read(path);
      if (!Buffer.isBuffer(got) || looksBinary(got)) return undefined;
      const bytes = known ?? Buffer.from(got);
      read.set(path, bytes);
      return SourceFile.fromBytes(path, bytes).text;
    },
    overrides: overridesOf(options),
    malformed: (path, kind, reason) => malformed({ path, kind, reason }),
  });
  return { map, read };
}

export function repositoryMapFromData(data: RepositoryMapData, options: Pick<Options, 'paths'>): RepositoryMap {
  return repositoryMapFrom(data, overridesOf(options));
}
