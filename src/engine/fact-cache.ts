// What the file pass said about each file, kept between runs. A file's outcome depends on its path,
// its content, the tool and the rule data, and the configuration the checks see (options and the
// repository map): the content is named by git's blob id (discover.ts), the rest by one digest, so
// an entry can only ever be replayed for the very input that produced it, and a cached run reports
// byte for byte what an uncached one does. One file per digest in the cache folder; the newest few
// are kept. Whatever does not read back as an entry of this format is ignored, never trusted in part.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readRegularFile } from '../workspace/safe-open.js';
import { treeKey } from './cache-dir.js';
import { decodeValues, encodeValues } from './value-codec.js';
import type { FileOutcome } from './file-pass.js';
import { isEndRecord, type EndRecord } from './end-memo.js';
import { isRunRecord, isWhole, STORED_STATUSES, type RunRecord } from './run-replay.js';

declare const __RG_BUILD__: string | undefined;

/**
 * The bundle's build id (scripts/bundle.mjs: a hash of the sources, rules and lockfile), so a new
 * build never reads an older one's facts. Running from source there is none: a per-process id
 * keeps a cache from outliving the code that wrote it.
 */
export const BUILD_ID: string = typeof __RG_BUILD__ === 'string' ? __RG_BUILD__ : `source-${randomBytes(8).toString('hex')}`;
export const FROM_SOURCE = typeof __RG_BUILD__ !== 'string';

const MAGIC = 'readiness-gate-facts';
/**
 * 3: observations packed; each check's end() (end-memo.ts) and the phases after the checks.
 * 4: with the digest of the packed observations, which names them in end()'s key.
 * 5: each check's observations packed and named on their own.
 * 6: empty lists left out (they were 60,000 of theia's 86,000 stored objects).
 * 7: with the record of the last run's replay (run-replay.ts); the entries serialized on their own
 *    after the rest (factFileBytes), read only when a run asks for one (a run that does the last
 *    replay again asks for none).
 * 8: the record's items name their file by its place in the run, and its trails the names of their
 *    observations, so that a run with a few files changed swaps theirs in place; the record is
 *    serialized apart, read back only by a run over the same paths. An entry's checks are one string
 *    of rule ids, one typed array of counts and ranges and one string of digests, not one object each.
 * 9: observations written by value-codec.ts, not V8's serializer (still the fallback it names); the
 *    entries in chunks (factFileBytes).
 */
export const FACTS_FORMAT = 9;
/**
 * Fact files kept in a cache folder: one per scanned tree and digest (tool build, configuration,
 * repository map). A tree's older digests are rarely read again (a configuration or tool change),
 * so each tree keeps two; the folder, which the CLI shares between every tree it scans, keeps 24.
 */
const KEEP_PER_TREE = 2;
const KEEP_FILES = 24;
/** A fact file larger than this is not read (a sane tree's is a few MB). */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
/**
 * A run that changed few entries writes only those, to a delta file beside the fact file (`.delta`,
 * naming the fact file it is relative to by its id): a one-file change rewrote all of theia's 11 MB.
 * A delta over this many entries, or over a twentieth of the fact file's, makes a new fact file.
 */
const MAX_DELTA_ENTRIES = 64;
const DELTA = '.delta';

/** The lists of a check's outcome, each left out of an entry when empty. */
type Lists = 'reports' | 'secrets' | 'malformed';
type CheckOutcome = FileOutcome['checks'][number];

/**
 * The cached part of a FileOutcome (its index and content id are the run's own). The checks'
 * observations are kept packed, so that reading and writing the cache copy bytes: each check's
 * serialized on their own (`count` values, bytes `at`..`at + len` of the entry's `packed`), named
 * by their digest (observationDigest). Equal bytes are stored once (the route facts two checks
 * share). Reading back a fact file is mostly making its objects, so the checks of an entry are not
 * objects: their rule ids are one string, their counts and ranges one typed array, their digests one
 * string, and only the few lists that are not empty are kept, by the check's position (theia's
 * 4,205 entries held 13,825 check objects: 24–28 ms to read back, 9–14 ms in this shape).
 */
type Entry = Omit<FileOutcome, 'index' | 'contentId' | 'checks' | 'inline'> & {
  inline?: FileOutcome['inline'];
  /** The checks that said something, in order: their rule ids, space-separated. */
  ids: string;
  /** Each check's count, at and len in `packed`; 0, 0, 0 where it observed nothing. */
  nums: Uint32Array;
  /** Each check's digest of its observations (DIGEST_LENGTH hex characters; spaces where it observed nothing), joined. */
  digests: string;
  /** The checks' lists that are not empty, and errors, by the check's position. */
  lists?: Array<[k: number, CheckLists]>;
  packed?: Uint8Array;
};

type CheckLists = Partial<Pick<CheckOutcome, Lists | 'error'>>;

/** The length of observationDigest()'s hex. */
const DIGEST_LENGTH = 64;
const NO_DIGEST = ' '.repeat(DIGEST_LENGTH);

/** An entry's rule ids, split once per entry however many checks ask. */
const idsSplit = new WeakMap<Entry, string[]>();
function idsOf(e: Entry): string[] {
  let ids = idsSplit.get(e);
  if (!ids) idsSplit.set(e, (ids = e.ids === '' ? [] : e.ids.split(' ')));
  return ids;
}

/**
 * What an entry leaves out, given back: one empty list shared by every outcome read from the cache.
 * Frozen, so that a consumer that wrote to it would fail loudly (none does: the replay reads them).
 */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * The name of what one check observed in a file: the SHA-256 of their serialized bytes. Equal bytes
 * deserialize to equal values, so two runs with one digest observed the same (values equal but
 * built otherwise may serialize apart: a miss, never a wrong replay). Each check's own: an edit that
 * changes what one check observes (a string literal the route facts list) leaves the others' names,
 * and so their end()'s key (the import graph's), as they were.
 */
export function observationDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Git's object id of these bytes (`git hash-object`: SHA-1 of `blob <size>\0` and the content): the
 * key of a file git cannot vouch for (untracked, changed in the work tree, or a tree outside git),
 * in the same namespace as the index's ids of a SHA-1 repository.
 */
export function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export class FactCache {
  private readonly fresh = new Map<string, Entry>();
  private readonly freshEnds = new Map<string, EndRecord>();
  private readonly freshPhases = new Map<string, PhaseRecord>();
  private freshRun: RunRecord | undefined;
  private parsedRun: { record?: RunRecord } | undefined;
  /** keepAll(): every entry kept as it is (but those dropped), without reading them. */
  private keptAll: { count: number; drop: ReadonlySet<string> } | undefined;
  private stored: StoredEntries | undefined;
  private hits = 0;
  private endsChanged = false;

  private constructor(
    private readonly dir: string,
    /** The digest of everything a file's outcome depends on besides its path and content. */
    readonly digest: string,
    private readonly tree: string,
    private readonly storedEntries: () => StoredEntries,
    private readonly oldEnds: ReadonlyMap<string, EndRecord>,
    private readonly oldPhases: ReadonlyMap<string, PhaseRecord>,
    /** The last run's record as stored: read back only when a run asks for its key (lastRun). */
    private readonly oldRun: StoredRun | undefined,
    private readonly layout: Layout | undefined,
  ) {}

  /** The entries of the fact file and its delta, read at the first question. */
  private get old(): ReadonlyMap<string, Entry> {
    return (this.stored ??= this.storedEntries()).entries;
  }

  /** The fact file's own entries (without its delta's) and its id, which a delta names. */
  private get main(): StoredEntries['main'] {
    return (this.stored ??= this.storedEntries()).main;
  }

  /**
   * The cache in `dir` for this digest; empty when there is none yet or it does not read back.
   * `tree` names the scanned tree (its absolute path), for keeping each tree's newest files.
   */
  static open(dir: string, digest: string, tree = ''): FactCache {
    const t = treeKey(tree);
    const { entries, ends, phases, run, layout } = readEntries(join(dir, fileName(t, digest)), digest);
    return new FactCache(dir, digest, t, entries, ends, phases, run, layout);
  }

  /**
   * What a phase after the checks (the SBOM) produced last run under this key, its value unchecked
   * (the phase validates it); kept for the next run whether or not it was found.
   */
  phase(name: string, key: string): unknown {
    const last = this.oldPhases.get(name);
    if (last?.key !== key) return undefined;
    this.freshPhases.set(name, last);
    return last.value;
  }

  /** Keeps, unread, the phases whose name starts with `prefix` (a check's perFile tables, when its end() is replayed). */
  keepPhases(prefix: string): void {
    for (const [name, p] of this.oldPhases) if (name.startsWith(prefix) && !this.freshPhases.has(name)) this.freshPhases.set(name, p);
  }

  putPhase(name: string, key: string, value: unknown): void {
    this.endsChanged = true; // the phases are saved with the ends
    this.freshPhases.set(name, { key, value });
  }

  /** What this check's end() did last run, and what it read (end-memo.ts). */
  lastEnd(ruleId: string): EndRecord | undefined {
    return this.oldEnds.get(ruleId);
  }

  /** Keeps what this check's end() did for the next run (`record` the one it replayed, or a new one). */
  putEnd(ruleId: string, record: EndRecord): void {
    if (this.oldEnds.get(ruleId) !== record) this.endsChanged = true;
    this.freshEnds.set(ruleId, record);
  }

  /** Whether the fact file holds a record of its last run's replay (run-replay.ts). */
  get holdsRun(): boolean {
    return this.oldRun !== undefined;
  }

  /** The last run's replay (run-replay.ts), when it was over the files this key names. */
  lastRun(key: string): RunRecord | undefined {
    if (this.oldRun?.key !== key) return undefined;
    if (!this.parsedRun) {
      let v: unknown;
      try {
        v = deserialize(this.oldRun.bytes);
      } catch {
        v = undefined;
      }
      this.parsedRun = { record: isRunRecord(v) && v.key === key ? v : undefined };
    }
    return this.parsedRun.record;
  }

  /** Keeps this run's replay for the next run (`record` the one it used, or a new one). */
  putRun(record: RunRecord): void {
    this.freshRun = record;
  }

  /**
   * Keeps every entry as it is, as get() of each of `count` files would, without reading them, but
   * those under `drop`: for a run over the files of the record the last run kept (lastRun), which
   * were then exactly the cache's entries, written with that record, `drop` naming the entries of
   * the files changed since (run-checks.ts replayRecord), whose new outcomes are put().
   */
  keepAll(count: number, drop: readonly string[] = []): void {
    this.keptAll = { count, drop: new Set(drop) };
    this.hits += count;
  }

  /** After keepAll(), before anything else reads the entries: those it kept, as taken one by one. */
  private takeKept(): void {
    if (this.keptAll === undefined) return;
    const { drop } = this.keptAll;
    for (const [k, e] of this.old) if (!drop.has(k) && !this.fresh.has(k)) this.fresh.set(k, e);
    this.keptAll = undefined;
  }

  /**
   * One check's observations of these files, as get()'s outcomes hold them (packed), in the order
   * listed: the files it observed nothing in are left out.
   */
  observedBy(ruleId: string, files: ReadonlyArray<{ path: string; blob?: string }>): Array<{ path: string; packed: NonNullable<CheckOutcome['packed']>; digest: string }> {
    const out: Array<{ path: string; packed: NonNullable<CheckOutcome['packed']>; digest: string }> = [];
    for (const { path, blob } of files) {
      const key = `${blob} ${path}`;
      const e = this.fresh.get(key) ?? this.old.get(key);
      // The record names a file its own run observed something in: a cache without its entry was changed.
      if (!e) throw new Error(`the fact cache holds no entry for ${path}, which its record of the last run names`);
      const k = idsOf(e).indexOf(ruleId);
      const packed = k < 0 ? undefined : packedOf(e, k, path);
      if (packed) out.push({ path, packed, digest: e.digests.slice(DIGEST_LENGTH * k, DIGEST_LENGTH * (k + 1)) });
    }
    return out;
  }

  /** The outcome recorded for this path with this content, renumbered for this run. */
  get(index: number, path: string, blob: string): FileOutcome | undefined {
    this.takeKept();
    const key = `${blob} ${path}`;
    const e = this.old.get(key);
    if (!e) return undefined;
    this.hits++;
    this.fresh.set(key, e);
    return outcomeOf(e, index, path);
  }

  /**
   * Records an outcome for the next run. Not kept: a check that failed on the file (it runs again;
   * the engine then keeps no outcome of that run at all). A captured text is not kept either (every
   * lockfile would be stored twice): the entry says to read it again (FileOutcome.recapture).
   * Returns each check's digest (undefined where it observed nothing), in the order of `o.checks`.
   */
  put(path: string, blob: string, o: FileOutcome): Array<string | undefined> | undefined {
    if (o.status === 'missing' || o.checks.some((c) => c.error !== undefined)) return undefined;
    const parts: Uint8Array[] = [];
    let size = 0;
    const ranges = new Map<string, { at: number; len: number }>();
    let last: { values: unknown[]; bytes: Uint8Array } | undefined;
    const digests: Array<string | undefined> = [];
    const nums = new Uint32Array(3 * o.checks.length);
    const lists: Array<[number, CheckLists]> = [];
    o.checks.forEach(({ packed: p, digest: d, ...c }, k) => {
      const count = p?.count ?? c.observations.length;
      const kept = listsOf(c);
      if (kept) lists.push([k, kept]);
      if (count === 0) return void digests.push(undefined);
      // An outcome read from the cache keeps its bytes and their digest. Checks that observe the
      // very same values (the route facts) are serialized once.
      const same = !p && last !== undefined && last.values.length === count && c.observations.every((v, k) => v === last!.values[k]);
      const bytes = p?.bytes ?? (same ? last!.bytes : encodeValues(c.observations));
      if (!p) last = { values: c.observations, bytes };
      const digest = d ?? observationDigest(bytes);
      let range = ranges.get(digest);
      if (!range) {
        range = { at: size, len: bytes.length };
        ranges.set(digest, range);
        parts.push(bytes);
        size += bytes.length;
      }
      digests.push(digest);
      nums[3 * k] = count;
      nums[3 * k + 1] = range.at;
      nums[3 * k + 2] = range.len;
    });
    const entry: Entry & { index?: number; contentId?: string; checks?: unknown } = {
      ...o,
      ids: o.checks.map((c) => c.ruleId).join(' '),
      nums,
      digests: digests.map((d) => d ?? NO_DIGEST).join(''),
      ...(lists.length > 0 ? { lists } : {}),
      ...(parts.length > 0 ? { packed: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size) } : {}),
    };
    delete entry.index;
    delete entry.contentId;
    delete entry.checks;
    if (o.inline.length === 0) delete entry.inline;
    if (entry.captured !== undefined) {
      delete entry.captured;
      entry.recapture = true;
    }
    this.fresh.set(`${blob} ${path}`, entry);
    return digests;
  }

  get stats(): { hits: number; entries: number } {
    return { hits: this.hits, entries: (this.keptAll?.count ?? 0) + this.fresh.size };
  }

  /**
   * Writes this run's entries (only those of the files it saw: the cache follows the tree) to a
   * temporary file, then renames it over the old one, so a reader never sees half a file and a
   * link planted at the name is replaced, not followed. Keeps the newest KEEP_FILES fact files.
   * Returns false when nothing changed since the file read at the start.
   */
  save(): boolean {
    const endsSame = !this.endsChanged && this.freshEnds.size === this.oldEnds.size && this.freshPhases.size === this.oldPhases.size && (this.freshRun === undefined ? this.oldRun === undefined : this.freshRun === this.parsedRun?.record);
    if (this.keptAll !== undefined && this.keptAll.drop.size === 0 && this.fresh.size === 0 && endsSame) return false;
    mkdirSync(this.dir, { recursive: true });
    const byKey = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);
    const target = join(this.dir, fileName(this.tree, this.digest));
    const write = (file: string, head: Record<string, unknown>, entries: Array<[string, Entry]>) => {
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const fd = openSync(tmp, 'wx', 0o600);
      try {
        for (const part of factFileBytes(head, entries)) {
          for (let at = 0; at < part.length; ) at += writeSync(fd, part, at, part.length - at);
        }
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    };
    const ends = [...this.freshEnds].sort(byKey);
    const phases = [...this.freshPhases].sort(byKey);
    // Serialized apart, so that a run reads it back only for its own key; the record read is kept as read.
    const run: StoredRun | undefined = this.freshRun && (this.freshRun === this.parsedRun?.record ? this.oldRun : { key: this.freshRun.key, bytes: serialize(this.freshRun) });
    const delta = (base: string, removed: string[], added: Array<[string, Entry]>) =>
      write(`${target}${DELTA}`, { magic: MAGIC, format: FACTS_FORMAT, digest: this.digest, base, removed: removed.sort(), ends, phases, run }, added.sort(byKey));
    // Every entry kept but a few dropped, and a few put: the delta made from the last delta alone, the
    // fact file's entries unread (on theia 20 ms of a re-run after a one-file change).
    const kept = this.keptAll;
    if (kept && this.layout) {
      const added = new Map<string, Entry>();
      if (this.layout.delta) take(this.layout.delta.added, added);
      const removed = new Set(this.layout.delta?.removed);
      // A delta adds only what its fact file does not hold: a key dropped from it is not the file's.
      for (const k of kept.drop) if (!added.delete(k)) removed.add(k);
      for (const [k, e] of this.fresh) {
        added.set(k, e);
        removed.delete(k);
      }
      if (added.size + removed.size <= Math.min(MAX_DELTA_ENTRIES, Math.ceil(this.layout.count / 20))) {
        delta(this.layout.id, [...removed], [...added]);
        prune(this.dir, target, this.tree);
        return true;
      }
    }
    this.takeKept();
    if (this.hits === this.fresh.size && this.fresh.size === this.old.size && endsSame) return false;
    // What differs from the fact file as written (its own entries, not its delta's).
    const added = this.main ? [...this.fresh].filter(([k, e]) => this.main!.entries.get(k) !== e) : [];
    const removed = this.main ? [...this.main.entries.keys()].filter((k) => !this.fresh.has(k)) : [];
    if (this.main && added.length + removed.length <= Math.min(MAX_DELTA_ENTRIES, Math.ceil(this.main.entries.size / 20))) {
      delta(this.main.id, removed, added);
    } else {
      write(target, { magic: MAGIC, format: FACTS_FORMAT, digest: this.digest, id: randomBytes(16).toString('hex'), count: this.fresh.size, ends, phases, run }, [...this.fresh].sort(byKey));
      // A delta names the file it was written against; this one is new, so the old delta would be ignored anyway.
      rmSync(`${target}${DELTA}`, { force: true });
    }
    prune(this.dir, target, this.tree);
    return true;
  }
}

/**
 * A FileOutcome from an entry, each check's observations unpacked on first use (once for the checks
 * that share their bytes).
 */
function outcomeOf(e: Entry, index: number, path: string): FileOutcome {
  const { inline, digests, lists, ...fields } = e;
  // The entry's own shape left out of the outcome (a copy: the entry stays as read).
  const rest: Omit<typeof fields, 'ids' | 'nums' | 'packed'> & Partial<Pick<Entry, 'ids' | 'nums' | 'packed'>> = fields;
  delete rest.ids;
  delete rest.nums;
  delete rest.packed;
  const ids = idsOf(e);
  const checks: CheckOutcome[] = new Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const c: CheckOutcome = { ruleId: ids[k] as CheckOutcome['ruleId'], reports: NONE, secrets: NONE, observations: NONE, malformed: NONE };
    checks[k] = c;
    const p = packedOf(e, k, path);
    if (!p) continue;
    c.packed = p;
    c.digest = digests.slice(DIGEST_LENGTH * k, DIGEST_LENGTH * (k + 1));
  }
  for (const [k, l] of lists ?? []) {
    const c = checks[k]!;
    if (l.reports) c.reports = l.reports;
    if (l.secrets) c.secrets = l.secrets;
    if (l.malformed) c.malformed = l.malformed;
    if (l.error !== undefined) c.error = l.error;
  }
  return { ...rest, inline: inline ?? NONE, index, checks };
}

/** Each entry's packed observations, by where they start in its bytes. */
const unpacked = new WeakMap<Entry, Map<number, NonNullable<CheckOutcome['packed']>>>();

/**
 * Check `k`'s packed observations in an entry, or undefined when it observed nothing. Checks that
 * observed the very same values (the route facts) share their bytes, and so one unpacking, whether
 * get() or observedBy() asks.
 */
function packedOf(e: Entry, k: number, path: string): NonNullable<CheckOutcome['packed']> | undefined {
  const count = e.nums[3 * k]!;
  if (count === 0 || !e.packed) return undefined;
  const at = e.nums[3 * k + 1]!;
  const len = e.nums[3 * k + 2]!;
  let byAt = unpacked.get(e);
  if (!byAt) unpacked.set(e, (byAt = new Map()));
  let p = byAt.get(at);
  if (p?.count !== count || p.bytes.length !== len) byAt.set(at, (p = packedValues(e.packed.subarray(at, at + len), count, path)));
  return p;
}

/** One check's packed observations of a file, unpacked at the first load; `count` values, or it fails loudly. */
export function packedValues(bytes: Uint8Array, count: number, path: string): NonNullable<CheckOutcome['packed']> {
  let values: unknown;
  return {
    count,
    bytes,
    load: () => {
      values ??= decodeValues(bytes);
      // Written by save() with the counts beside it: anything else is a cache that was changed.
      if (!Array.isArray(values) || values.length !== count) throw new Error(`the fact cache's entry for ${path} does not read back`);
      return values;
    },
  };
}

/** A check's lists that are not empty, and its error, as an entry keeps them; undefined when none. */
function listsOf(c: Omit<CheckOutcome, 'packed' | 'digest'>): CheckLists | undefined {
  if (c.reports.length === 0 && c.secrets.length === 0 && c.malformed.length === 0 && c.error === undefined) return undefined;
  return {
    ...(c.reports.length > 0 ? { reports: c.reports } : {}),
    ...(c.secrets.length > 0 ? { secrets: c.secrets } : {}),
    ...(c.malformed.length > 0 ? { malformed: c.malformed } : {}),
    ...(c.error !== undefined ? { error: c.error } : {}),
  };
}

function fileName(tree: string, digest: string): string {
  return `facts-${tree}-${digest.slice(0, 32)}.bin`;
}

interface PhaseRecord {
  key: string;
  value: unknown;
}

type FactFile = { magic?: unknown; format?: unknown; digest?: unknown; id?: unknown; count?: unknown; base?: unknown; entries: Uint8Array; removed?: unknown; ends?: unknown; phases?: unknown; run?: unknown };

/**
 * Entries per chunk of a fact file. The writer holds one chunk's serialization at a time, not all of
 * them at once (theia's 4,200 entries made one of 11 MB, the last step of a cold run's peak).
 */
const CHUNK_ENTRIES = 512;

/**
 * A fact file's (or delta's) bytes, in parts: the length of its head (4 bytes, little-endian), the
 * head (the records, v8-serialized), then the entries as chunks, each its length and the
 * serialization of up to CHUNK_ENTRIES entries (`entries` as bytes: an entries section as it is).
 * A chunk is valid until the next part is asked for: then its memory is given back at once, where
 * the runtime can (ArrayBuffer.prototype.transfer, Node 22+), not at the next full GC.
 */
export function* factFileBytes(head: Record<string, unknown>, entries: ReadonlyArray<readonly [string, unknown]> | Uint8Array): Generator<Uint8Array> {
  const h = serialize(head);
  yield lengthBytes(h.length);
  yield h;
  if (entries instanceof Uint8Array) return yield entries;
  for (let i = 0; i < entries.length; i += CHUNK_ENTRIES) {
    const chunk = serialize(entries.slice(i, i + CHUNK_ENTRIES));
    yield lengthBytes(chunk.length);
    yield chunk;
    const own = chunk.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };
    if (chunk.byteOffset === 0 && own.byteLength === chunk.length) own.transfer?.(0);
  }
}

function lengthBytes(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** The head and entries of factFileBytes(), or undefined when the bytes are not of that shape. */
function splitFactFile(bytes: Buffer): { head: unknown; entries: Uint8Array } | undefined {
  if (bytes.length < 4) return undefined;
  const n = bytes.readUInt32LE(0);
  if (4 + n > bytes.length) return undefined;
  return { head: deserialize(bytes.subarray(4, 4 + n)), entries: bytes.subarray(4 + n) };
}

/**
 * The fact file and its delta, when the delta was written against it. Every entry, end record and
 * phase is valid on its own under its key (content, path, this digest), so one from either file
 * can only ever be replayed for the input that produced it.
 */
function readEntries(
  file: string,
  digest: string,
): { entries: () => StoredEntries; ends: Map<string, EndRecord>; phases: Map<string, PhaseRecord>; run?: StoredRun; layout?: Layout } {
  const ends = new Map<string, EndRecord>();
  const phases = new Map<string, PhaseRecord>();
  let run: StoredRun | undefined;
  const none = () => ({ entries: new Map<string, Entry>() });
  // A regular file only, never through a link: the folder may come from a restored cache.
  const read = (f: string): FactFile | undefined => {
    try {
      const parts = splitFactFile(readRegularFile(f, { roots: [dirname(file)], maxBytes: MAX_FILE_BYTES }));
      const data = parts?.head as Omit<FactFile, 'entries'> | undefined;
      return data?.magic === MAGIC && data.format === FACTS_FORMAT && data.digest === digest && Array.isArray(data.ends) && Array.isArray(data.phases) ? { ...data, entries: parts!.entries } : undefined;
    } catch {
      return undefined; // absent, unreadable or not ours
    }
  };
  const takeRecords = (data: FactFile) => {
    ends.clear();
    phases.clear();
    const r = data.run as Partial<StoredRun> | undefined;
    run = typeof r?.key === 'string' && r.bytes instanceof Uint8Array ? { key: r.key, bytes: r.bytes } : undefined;
    for (const item of data.ends as unknown[]) {
      if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && isEndRecord(item[1])) ends.set(item[0], item[1]);
    }
    for (const item of data.phases as unknown[]) {
      if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string') continue;
      const r = item[1] as Partial<PhaseRecord> | null;
      if (typeof r?.key === 'string') phases.set(item[0], { key: r.key, value: r.value });
    }
  };
  const data = read(file);
  if (!data) return { entries: none, ends, phases }; // a cold run
  const own = data.entries;
  takeRecords(data);
  if (typeof data.id !== 'string') {
    return {
      entries: () => {
        const all = new Map<string, Entry>();
        take(own, all);
        return { entries: all };
      },
      ends,
      phases,
      run,
    };
  }
  const id = data.id;
  const delta = read(`${file}${DELTA}`);
  const change = delta && delta.base === id && Array.isArray(delta.removed) ? { added: delta.entries, removed: delta.removed as unknown[] } : undefined;
  if (change) takeRecords(delta!);
  const entries = (): StoredEntries => {
    const mainEntries = new Map<string, Entry>();
    take(own, mainEntries);
    const all = new Map(mainEntries);
    if (change) {
      for (const k of change.removed) if (typeof k === 'string') all.delete(k);
      take(change.added, all);
    }
    return { entries: all, main: { id, entries: mainEntries } };
  };
  const layout: Layout | undefined = isWhole(data.count)
    ? { id, count: data.count, ...(change ? { delta: { added: change.added, removed: change.removed.filter((k): k is string => typeof k === 'string') } } : {}) }
    : undefined;
  return { entries, ends, phases, run, layout };
}

/**
 * The entries' own bytes (factFileBytes' chunks), deserialized when a run first asks for an entry;
 * what does not read back is no entry, and a chunk whose length runs past the end ends the reading.
 */
function take(bytes: Uint8Array, into: Map<string, Entry>): void {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 4 <= view.length; ) {
    const n = view.readUInt32LE(at);
    if (at + 4 + n > view.length) return;
    let list: unknown;
    try {
      list = deserialize(view.subarray(at + 4, at + 4 + n));
    } catch {
      list = undefined;
    }
    at += 4 + n;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && isEntry(item[1])) into.set(item[0], item[1]);
    }
  }
}

/**
 * The fact file as read, without its entries: its id and how many entries it holds, and its delta's
 * entries (bytes) and removed keys; what a delta written without reading the entries is made of.
 */
interface Layout {
  id: string;
  count: number;
  delta?: { added: Uint8Array; removed: string[] };
}

/** The record of the last run's replay (run-replay.ts), serialized on its own, and its key. */
interface StoredRun {
  key: string;
  bytes: Uint8Array;
}

/** A fact file's entries (with its delta's), and the file's own with its id, which a delta names. */
interface StoredEntries {
  entries: ReadonlyMap<string, Entry>;
  main?: { id: string; entries: ReadonlyMap<string, Entry> };
}

/** The shape the replay relies on; anything else is not an entry. (Plain loops: it runs for every entry of every warm run.) */
function isEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  if (
    !(
      typeof o.status === 'string' &&
      STORED_STATUSES.has(o.status) &&
      typeof o.bytes === 'number' &&
      typeof o.nonUtf8 === 'boolean' &&
      o.captured === undefined &&
      (o.recapture === undefined || o.recapture === true) &&
      (o.inline === undefined || Array.isArray(o.inline)) &&
      o.checks === undefined &&
      typeof o.ids === 'string' &&
      o.nums instanceof Uint32Array &&
      typeof o.digests === 'string' &&
      (o.lists === undefined || Array.isArray(o.lists)) &&
      (o.packed === undefined || o.packed instanceof Uint8Array)
    )
  ) {
    return false;
  }
  const ids = o.ids as string;
  const nums = o.nums as Uint32Array;
  const n = nums.length / 3;
  // One rule id per check, none empty (counted, not split: this runs for every entry read); a digest's room per check.
  if (!Number.isInteger(n) || !wordsAre(ids, n)) return false;
  const digests = o.digests as string;
  if (digests.length !== DIGEST_LENGTH * n) return false;
  const size = (o.packed as Uint8Array | undefined)?.length ?? -1;
  for (let k = 0; k < n; k++) {
    const count = nums[3 * k]!;
    const at = nums[3 * k + 1]!;
    const len = nums[3 * k + 2]!;
    // Packed: its bytes lie inside the entry's, and are named; nothing observed: no range, no name.
    const named = !digests.startsWith(NO_DIGEST, DIGEST_LENGTH * k);
    if (count === 0 ? at !== 0 || len !== 0 || named : len === 0 || at + len > size || !named) return false;
  }
  for (const item of (o.lists as unknown[] | undefined) ?? []) {
    if (!Array.isArray(item) || item.length !== 2 || !isWhole(item[0]) || item[0] >= n || typeof item[1] !== 'object' || item[1] === null) return false;
    const l = item[1] as Record<string, unknown>;
    if (!isList(l.reports) || !isList(l.secrets) || !isList(l.malformed) || (l.error !== undefined && typeof l.error !== 'string')) return false;
  }
  return true;
}

/** Whether `s` is `n` non-empty words separated by single spaces. */
function wordsAre(s: string, n: number): boolean {
  if (n === 0) return s === '';
  if (s === '' || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return false;
  let words = 1;
  for (let i = 1; i < s.length; i++) {
    if (s.charCodeAt(i) !== 32) continue;
    if (s.charCodeAt(i - 1) === 32) return false;
    words++;
  }
  return words === n;
}

function isList(v: unknown): boolean {
  return v === undefined || Array.isArray(v);
}


/** Removes the older fact files: beyond KEEP_PER_TREE of this tree, beyond KEEP_FILES in all, and stale temporary files. */
function prune(dir: string, keep: string, tree: string): void {
  const dated = olderFiles(dir, 'facts-', keep);
  const mine = dated.filter(([n]) => n.startsWith(`facts-${tree}-`));
  const drop = new Set([...mine.slice(KEEP_PER_TREE - 1), ...dated.slice(KEEP_FILES - 1)].map(([n]) => n));
  for (const n of drop) {
    rmSync(join(dir, n), { force: true });
    rmSync(join(dir, `${n}${DELTA}`), { force: true });
  }
}

/** When a fact file's delta was written (a run that wrote only a delta used the fact file then); 0 without one. */
function deltaTime(file: string): number {
  try {
    return lstatSync(`${file}${DELTA}`).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The `.bin` files of this prefix but `keep`, newest first, with their times (a fact file's is its
 * delta's when newer); removes the prefix's temporary files left by a run that died more than an hour ago.
 */
function olderFiles(dir: string, prefix: string, keep: string): Array<[string, number]> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix));
  } catch {
    return [];
  }
  const dated: Array<[string, number]> = [];
  for (const n of names) {
    try {
      const st = lstatSync(join(dir, n));
      if (n.endsWith('.tmp') && Date.now() - st.mtimeMs > 3600_000) rmSync(join(dir, n), { force: true });
      else if (n.endsWith('.bin') && join(dir, n) !== keep) dated.push([n, Math.max(st.mtimeMs, deltaTime(join(dir, n)))]);
    } catch {
      /* gone meanwhile */
    }
  }
  return dated.sort((a, b) => b[1] - a[1]);
}

const MAP_MAGIC = 'readiness-gate-map';

/**
 * The repository map of the last run of a tree (engine/repo-map.ts MapMemo), in a file of its own:
 * the map is built before the fact cache can be opened (its digest holds the map). The value is
 * returned unchecked (the map validates it); what does not read back as ours is nothing.
 */
export function mapMemoFile(dir: string, tree: string): { load(): unknown; save(value: unknown): void } {
  const t = treeKey(tree);
  const file = join(dir, `map-${t}-${BUILD_ID}.bin`);
  return {
    load() {
      try {
        const data = deserialize(readRegularFile(file, { roots: [dir], maxBytes: MAX_FILE_BYTES })) as { magic?: unknown; value?: unknown };
        return data?.magic === MAP_MAGIC ? data.value : undefined;
      } catch {
        return undefined;
      }
    },
    save(value) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      writeFileSync(tmp, serialize({ magic: MAP_MAGIC, value }), { flag: 'wx', mode: 0o600 });
      renameSync(tmp, file);
      // One per tree: the newest KEEP_FILES trees' maps stay, as their fact files do.
      for (const [n] of olderFiles(dir, 'map-', file).slice(KEEP_FILES - 1)) rmSync(join(dir, n), { force: true });
    },
  };
}

/**
 * The content of a `rules` folder (custom secret patterns and tables change what file() reports):
 * its regular files' names and bytes, links not followed, bounded.
 */
export function folderDigest(dir: string): string {
  const h = createHash('sha256');
  const stack = [''];
  let files = 0;
  while (stack.length > 0 && files < 1024) {
    const rel = stack.pop()!;
    let names: string[];
    try {
      names = readdirSync(join(dir, rel)).sort();
    } catch {
      continue;
    }
    for (const n of names) {
      const p = rel === '' ? n : `${rel}/${n}`;
      try {
        const st = lstatSync(join(dir, p));
        if (st.isDirectory()) stack.push(p);
        else if (st.isFile() && st.size <= 16 * 1024 * 1024 && files++ < 1024) h.update(`${p}\0${st.size}\0`).update(readRegularFile(join(dir, p), { roots: [dir], maxBytes: 16 * 1024 * 1024 }));
      } catch {
        h.update(`${p}\0unreadable\0`);
      }
    }
  }
  return h.digest('hex');
}
