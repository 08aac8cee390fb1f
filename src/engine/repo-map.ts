// The repository map for a run: built once after discovery and before the checks, from the small
// configuration files it needs (read here once; the file pass is handed the same bytes), then given
// to the workers as data. What it decides is in src/analysis/repo-map.
import { createHash } from 'node:crypto';
import { globMatcher } from '../workspace/glob.js';
import { BUILD_ID } from './fact-cache.js';
import { buildRepositoryMap, discoveryDecision, isMapInput, repositoryMapFrom } from '../analysis/repo-map/index.js';
import type { Options } from '../inputs.js';
import type { FileClass, RepositoryMap, RepositoryMapData } from '../model/repo-map.js';
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
  /** On pull requests whose configuration the map reads changed: the map built from the base's. */
  base?: RepositoryMapData;
  /** Those configuration files, and how many files the change would have taken out of runtime. */
  change?: { files: string[]; kept: number };
}

/** The pull request's base commit, as far as the map needs it (root-relative paths). */
export interface BaseConfig {
  /** A configuration file as the base has it (text undefined: absent there; known false: unreadable). */
  read(path: string): Promise<{ text?: string; known: boolean }>;
  /** The paths the pull request changes (deleted and renamed included); undefined: compare every configuration file. */
  changed?: ReadonlySet<string>;
}

/** How many configuration files are compared with the base at most (each is one read of the object store). */
const BASE_COMPARE_MAX = 300;

export function overridesOf(options: Pick<Options, 'paths'>) {
  return { runtime: options.paths.runtime, test: options.paths.test, example: options.paths.example };
}

/**
 * The map of the last run of this tree (engine/map-memo.ts): taken when the file list, the options
 * and every configuration file it read are the same, since the map is made of nothing else.
 */
export interface MapMemo {
  load(): unknown;
  store(value: StoredMap): void;
}

export interface StoredMap {
  key: string;
  /** Each configuration file read, with the digest of its bytes (null: not usable, so no text). */
  reads: Array<[string, string | null]>;
  malformed: Malformed[];
  data: RepositoryMapData;
}

export async function repositoryMapForRun(options: Options, discovery: Discovery, given: ReadonlyMap<string, Buffer>, malformed: (m: Malformed) => void, baseConfig?: BaseConfig, memo?: MapMemo): Promise<RunMap> {
  const reader = new FileReader(options.root, MAP_INPUT_MAX);
  const read = new Map<string, Buffer>();
  // Decoded once: readers may ask for a file again, and the base's map compares and rereads the same texts.
  const texts = new Map<string, string>();
  // Asked only when the map is built (not when the last run's is taken).
  let inputs: Set<string> | undefined;
  const generatedGlobs = options.paths.generated.length > 0 ? globMatcher([...options.paths.generated], { dot: true }) : () => false;
  const files = discovery.files.map((f) => f.path);
  const generated = discovery.generatedFiles.map((f) => ({
    path: f.path,
    reason: discoveryDecision(f.path)?.reason ?? (generatedGlobs(f.path) ? 'the configuration\'s paths.generated' : 'discovery skips it as generated'),
  }));
  /** A configuration file's bytes, once (kept for the file pass); undefined when the map cannot use them. */
  const bytesOf = (path: string): Buffer | undefined => {
    const known = given.get(path) ?? read.get(path);
    // The reader lends its pool: what is kept for the file pass is a copy.
    const got = known ?? reader.read(path);
    if (!Buffer.isBuffer(got) || looksBinary(got)) return undefined;
    const bytes = known ?? Buffer.from(got);
    read.set(path, bytes);
    return bytes;
  };
  const overrides = overridesOf(options);
  const key = memo ? mapKey(files, generated, overrides, given) : undefined;
  const last = memo ? memoHit(memo.load(), key!, bytesOf) : undefined;
  // Data that does not make a map (a damaged file) is a miss: the map is built again.
  const kept = last ? mapFrom(last.data, overrides) : undefined;
  if (last && kept) {
    for (const m of last.malformed) malformed(m);
    return { map: kept, read };
  }
  const reads: Array<[string, string | null]> = [];
  const noted: Malformed[] = [];
  const map = buildRepositoryMap({
    files,
    generated,
    read(path) {
      inputs ??= new Set(files.filter((p) => isMapInput(p)));
      if (!inputs.has(path)) return undefined;
      const decoded = texts.get(path);
      if (decoded !== undefined) return decoded;
      const bytes = bytesOf(path);
      reads.push([path, bytes ? contentDigest(bytes) : null]);
      if (!bytes) return undefined;
      const text = SourceFile.fromBytes(path, bytes).text;
      texts.set(path, text);
      return text;
    },
    overrides,
    malformed: (path, kind, reason) => {
      noted.push({ path, kind, reason });
      malformed({ path, kind, reason });
    },
  });
  memo?.store({ key: key!, reads, malformed: noted, data: map.data() });
  if (!baseConfig) return { map, read };
  // Only the configuration files the pull request changes (deleted ones too); every one when that is unknown.
  const candidates = baseConfig.changed ? [...baseConfig.changed].filter((p) => isMapInput(p)).sort() : files.filter((p) => isMapInput(p)).sort();
  return { map, read, ...(await againstBase(map, options, discovery, candidates, texts, baseConfig)) };
}

/**
 * The pull request writes the configuration the map reads (pyproject testpaths, tsconfig excludes,
 * package.json workspaces...): it could turn runtime code into "test" and its P0s into P1s. So the
 * map is built again from the base commit's configuration, and a file either map calls runtime is
 * judged as runtime (combined()). Files the pull request adds or moves keep its map's class.
 */
async function againstBase(map: RepositoryMap, options: Options, discovery: Discovery, inputs: string[], texts: ReadonlyMap<string, string>, baseConfig: BaseConfig): Promise<Pick<RunMap, 'base' | 'change'>> {
  const baseTexts = new Map<string, string | undefined>();
  const changed: string[] = [];
  const textOf = (path: string) => texts.get(path);
  for (const path of inputs.slice(0, BASE_COMPARE_MAX)) {
    const was = await baseConfig.read(path);
    if (!was.known || was.text === textOf(path)) continue;
    changed.push(path);
    baseTexts.set(path, was.text);
  }
  if (changed.length === 0) return {};
  // A configuration file the pull request deleted is the base's again (its folder's class came from it).
  const present = new Set(discovery.files.map((f) => f.path));
  const deleted = changed.filter((p) => !present.has(p) && baseTexts.get(p) !== undefined);
  const base = buildRepositoryMap({
    files: [...discovery.files.map((f) => f.path), ...deleted].sort(),
    generated: [],
    read: (path) => (baseTexts.has(path) ? baseTexts.get(path) : textOf(path)),
    overrides: overridesOf(options),
  });
  let kept = 0;
  for (const f of discovery.files) if (map.classOf(f.path) !== 'runtime' && base.classOf(f.path) === 'runtime') kept++;
  return { base: base.data(), change: { files: changed, kept } };
}

function mapFrom(data: RepositoryMapData, overrides: ReturnType<typeof overridesOf>): RepositoryMap | undefined {
  try {
    return repositoryMapFrom(data, overrides);
  } catch {
    return undefined;
  }
}

/** What the map is made of besides the configuration files' bytes. */
function mapKey(files: readonly string[], generated: ReadonlyArray<{ path: string; reason: string }>, overrides: ReturnType<typeof overridesOf>, given: ReadonlyMap<string, Buffer>): string {
  // One update per list, not per path: a call costs about a microsecond, 56,000 of them on biome.
  const h = createHash('sha256').update(BUILD_ID).update('\0');
  if (files.length > 0) h.update(`${files.join('\0')}\0`);
  h.update('\0generated\0');
  if (generated.length > 0) h.update(`${generated.map((g) => `${g.path}\0${g.reason}`).join('\0')}\0`);
  return h.update(JSON.stringify({ overrides, given: [...given.keys()].sort() })).digest('hex');
}

function contentDigest(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * The stored map, when its key is this run's and every configuration file it read reads the same
 * now: the same inputs, so the same decisions (it reads no other file). Anything else is a miss.
 */
function memoHit(stored: unknown, key: string, bytesOf: (path: string) => Buffer | undefined): StoredMap | undefined {
  const s = stored as Partial<StoredMap> | null | undefined;
  if (!s || s.key !== key || !Array.isArray(s.reads) || !Array.isArray(s.malformed) || typeof s.data !== 'object' || s.data === null) return undefined;
  if (!s.malformed.every((m) => typeof m?.path === 'string' && typeof m.kind === 'string' && typeof m.reason === 'string')) return undefined;
  for (const r of s.reads) {
    if (!Array.isArray(r) || typeof r[0] !== 'string') return undefined;
    const bytes = bytesOf(r[0]);
    if ((bytes ? contentDigest(bytes) : null) !== r[1]) return undefined;
  }
  return s as StoredMap;
}

/** The map the checks ask: the pull request's, except that what the base's configuration calls runtime stays runtime. */
export function combined(map: RepositoryMap, base: RepositoryMap | undefined): RepositoryMap {
  if (!base) return map;
  const classOf = (p: string): FileClass => (base.classOf(p) === 'runtime' ? 'runtime' : map.classOf(p));
  return {
    ...map,
    classOf,
    decision: (p) => (classOf(p) === map.classOf(p) ? map.decision(p) : base.decision(p)),
    stackOf: (p) => {
      if (classOf(p) !== map.classOf(p)) return undefined;
      const claim = map.stackOf(p);
      // A likely local stack changes no class, so the rule above cannot see a pull request making
      // one (a chart and a compose file that mounts a key it adds): the base must claim it too.
      return claim?.guessed && !base.stackOf(p)?.guessed ? undefined : claim;
    },
    data: () => map.data(),
  };
}

export function repositoryMapFromData(data: RepositoryMapData, options: Pick<Options, 'paths'>): RepositoryMap {
  return repositoryMapFrom(data, overridesOf(options));
}
