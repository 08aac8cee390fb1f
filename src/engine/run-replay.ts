// A re-run over the same files: what replaying every file's cached outcome did, kept as one record,
// so the next run does it at once instead of file by file (on biome, 28,000 outcomes looked up,
// rebuilt and replayed: about 200 ms of a 0.8 s re-run). The record is made by a run whose every
// outcome the fact cache keeps (cold or warm), so it is exactly what replaying those outcomes does.
// It is keyed by the fact cache's digest (tool, configuration, map) and every file's path and place
// in the run, and it names each file's blob id: over the very same files it is replayed whole; with
// a few files changed (a push), those files are read and their new outcomes replayed in their place,
// between the record's items of the files before and after them (run-checks.ts replayRecord).
import { createHash } from 'node:crypto';
import type { ReportDescriptor } from '../model/check.js';
import type { Malformed } from '../model/types.js';
import type { InlineSuppression } from '../workspace/suppressions.js';
import type { FileOutcome } from './file-pass.js';

/**
 * What the replay of a whole run's cached outcomes did, in the order it did it. Every item names the
 * file it came from by its place in the run, so that a run over the same files with a few of them
 * changed (patchable) swaps those files' items for what their new outcomes say, in place.
 */
export interface RunRecord {
  /** The fact cache's digest and the files' paths and order (runKeyOf). */
  key: string;
  /** Each file's blob id, in run order, joined by newlines: which files changed since. */
  blobs: string;
  everyRead: number[];
  /** The files whose text a check captures (read again, as a cached outcome's is), with their status. */
  captured: Array<[index: number, status: FileOutcome['status']]>;
  skipped: Array<[index: number, status: Exclude<FileOutcome['status'], 'read' | 'missing'>]>;
  /** The files read, with their size (the scanned count and bytes): place and size in turn, flat. */
  read: Float64Array;
  nonUtf8: number[];
  inline: Array<[index: number, InlineSuppression]>;
  profile: Array<[index: number, string]>;
  reports: Array<[index: number, ruleId: string, d: ReportDescriptor<string>, key: string]>;
  secrets: Array<[index: number, ruleId: string, string]>;
  malformed: Array<[index: number, ruleId: string, Malformed]>;
  /**
   * Each check's observation trail (end-memo.ts): its digest (what names its observations in
   * end()'s key), and the files it observed something in, by their place in the run, with how many
   * values and the name of each (newline-joined), from which a patched run hashes its trail again.
   */
  trails: Array<[ruleId: string, digest: string, observedIn: Uint32Array, counts: Uint32Array, names: string]>;
  /**
   * The packed observations of the checks whose end() runs on every run (meta.late, meta.network),
   * by file: kept here so that such a run reads none of the fact file's entries.
   */
  packed: Array<[index: number, ruleId: string, count: number, bytes: Uint8Array]>;
}

/** The record's lists whose items begin with a file's place in the run. */
const INDEXED = ['captured', 'skipped', 'inline', 'profile', 'reports', 'secrets', 'malformed', 'packed'] as const;
type Indexed = (typeof INDEXED)[number];

/**
 * The key of a run over these files: the fact cache's digest, and each file's path, place in the run
 * and whether it is read as generated (their blob ids are the record's `blobs`). Undefined when a
 * file has no blob id (git cannot vouch for it).
 */
export function runKeyOf(factDigest: string, toRead: ReadonlyArray<{ path: string; blob?: string }>, generatedFrom: number): string | undefined {
  const parts: string[] = [`${factDigest}\0${generatedFrom}\0${toRead.length}`];
  for (const f of toRead) {
    if (f.blob === undefined) return undefined;
    parts.push(f.path);
  }
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** The files' blob ids as a record keeps them. */
export function blobsOf(toRead: ReadonlyArray<{ blob?: string }>): string {
  return toRead.map((f) => f.blob).join('\n');
}

/**
 * The places of the files whose blob differs from the record's, in order; undefined when the record
 * does not list as many files.
 */
export function changedFiles(last: RunRecord, blobs: string, count: number): number[] | undefined {
  if (last.blobs === blobs) return [];
  const before = last.blobs.split('\n');
  if (before.length !== count) return undefined;
  const now = blobs.split('\n');
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (before[i] !== now[i]) out.push(i);
  return out;
}

/** Records what the replay does, the way it does it (run-checks.ts replay), for the next run. */
export class RunRecorder {
  /** By check: the files it observed something in, with how many values and their name. */
  readonly observedIn = new Map<string, { at: number[]; counts: number[]; names: string[] }>();
  /** The record so far; `read` as a plain list until done(). */
  readonly record: Omit<RunRecord, 'trails' | 'read'> & { read: number[] } = {
    packed: [],
    key: '',
    blobs: '',
    everyRead: [],
    captured: [],
    skipped: [],
    read: [],
    nonUtf8: [],
    inline: [],
    profile: [],
    reports: [],
    secrets: [],
    malformed: [],
  };

  constructor(key: string, blobs: string) {
    this.record.key = key;
    this.record.blobs = blobs;
  }

  /** Noted when an observation has no name: its trail could not be hashed again from the record. */
  private unnamed = false;

  observed(ruleId: string, index: number, count: number, name: string | undefined): void {
    if (name === undefined || name.includes('\n')) {
      this.unnamed = true;
      return;
    }
    let o = this.observedIn.get(ruleId);
    if (!o) this.observedIn.set(ruleId, (o = { at: [], counts: [], names: [] }));
    o.at.push(index);
    o.counts.push(count);
    o.names.push(name);
  }

  /** The record, with each check's trail digest; none when an observation had no name. */
  done(trails: Array<[ruleId: string, digest: string]>): RunRecord | undefined {
    if (this.unnamed) return undefined;
    // Typed arrays: a fact file's head reads them back as bytes, not as 28,000 small arrays (biome).
    return {
      ...this.record,
      read: Float64Array.from(this.record.read),
      trails: trails.map(([id, digest]) => {
        const o = this.observedIn.get(id);
        return [id, digest, Uint32Array.from(o?.at ?? []), Uint32Array.from(o?.counts ?? []), o?.names.join('\n') ?? ''];
      }),
    };
  }
}

/**
 * Walks a record in run order, each list from where the last call left it: a patched run takes the
 * items before a changed file, skips that file's, replays its new outcome, and goes on.
 */
export class RecordCursor {
  /** Where each list was left: by its name, a trail's by `trail k`. */
  private readonly at = new Map<string, number>();
  private blobs: string[] | undefined;

  constructor(readonly record: RunRecord) {}

  /** The positions [from, to) of a list's items before place `end`, from where the last call stopped. */
  private advance(list: string, length: number, placeOf: (j: number) => number, end: number): [from: number, to: number] {
    const from = this.at.get(list) ?? 0;
    let to = from;
    while (to < length && placeOf(to) < end) to++;
    this.at.set(list, to);
    return [from, to];
  }

  /** The items of `list` before place `end`. */
  take<K extends Indexed>(list: K, end: number): RunRecord[K] {
    const items: ReadonlyArray<readonly [number, ...unknown[]]> = this.record[list];
    const [from, to] = this.advance(list, items.length, (j) => items[j]![0], end);
    return (from === 0 && to === items.length ? items : items.slice(from, to)) as RunRecord[K];
  }

  /** The places in `list` (everyRead, nonUtf8) before `end`. */
  places(list: 'everyRead' | 'nonUtf8', end: number): number[] {
    const items = this.record[list];
    const [from, to] = this.advance(list, items.length, (j) => items[j]!, end);
    return from === 0 && to === items.length ? items : items.slice(from, to);
  }

  /** The files read before place `end`: positions of their pairs in `read`. */
  reads(end: number): [from: number, to: number] {
    const read = this.record.read;
    return this.advance('read', read.length / 2, (j) => read[2 * j]!, end);
  }

  /** Check `k`'s observations before place `end`: the positions in its trail's lists. */
  observations(k: number, end: number): [from: number, to: number] {
    const at = this.record.trails[k]![2];
    return this.advance(`trail ${k}`, at.length, (j) => at[j]!, end);
  }

  /** Leaves out every item before place `end` (a changed file's). */
  skip(end: number): void {
    for (const list of INDEXED) this.take(list, end);
    this.reads(end);
    this.places('everyRead', end);
    this.places('nonUtf8', end);
    for (let k = 0; k < this.record.trails.length; k++) this.observations(k, end);
  }

  /** The blob id the record names for the file at place `i`. */
  blobAt(i: number): string {
    return (this.blobs ??= this.record.blobs.split('\n'))[i]!;
  }
}

/** Whether the record has one trail for each of these checks, and no check twice. */
export function tracesEvery(r: RunRecord, ids: readonly string[]): boolean {
  const traced = new Set(r.trails.map(([id]) => id));
  return traced.size === r.trails.length && ids.every((id) => traced.has(id));
}

/** The largest place in the run the record names (its lists are in run order), or -1. */
export function lastPlace(r: RunRecord): number {
  let max = -1;
  const end = (a: ArrayLike<number>) => (a.length > 0 ? a[a.length - 1]! : -1);
  for (const k of INDEXED) {
    const list: ReadonlyArray<readonly [number, ...unknown[]]> = r[k];
    if (list.length > 0) max = Math.max(max, list[list.length - 1]![0]);
  }
  max = Math.max(max, end(r.everyRead), end(r.nonUtf8), r.read.length > 0 ? r.read[r.read.length - 2]! : -1);
  for (const t of r.trails) max = Math.max(max, end(t[2]));
  return max;
}

/** The statuses a kept outcome may have (a file listed, then gone, is never kept). */
export const STORED_STATUSES: ReadonlySet<string> = new Set(['read', 'binary', 'tooLarge', 'symlink', 'unreadable', 'output']);

export function isWhole(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** The shape the replay relies on; anything else is no record (and the run replays file by file). */
export function isRunRecord(v: unknown): v is RunRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const places = (x: unknown) => Array.isArray(x) && x.every(isWhole);
  const indexed = (x: unknown, n: number, rest: (p: unknown[]) => boolean) => Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === n && isWhole(p[0]) && rest(p));
  const isString = (s: unknown) => typeof s === 'string';
  const isStatus = (s: unknown) => typeof s === 'string' && STORED_STATUSES.has(s);
  const isObject = (o: unknown) => typeof o === 'object' && o !== null;
  return (
    typeof r.key === 'string' &&
    typeof r.blobs === 'string' &&
    places(r.everyRead) &&
    indexed(r.captured, 2, (p) => isStatus(p[1])) &&
    indexed(r.skipped, 2, (p) => isStatus(p[1]) && p[1] !== 'read') &&
    r.read instanceof Float64Array &&
    readPairs(r.read) &&
    places(r.nonUtf8) &&
    indexed(r.inline, 2, (p) => isObject(p[1])) &&
    indexed(r.profile, 2, (p) => isString(p[1])) &&
    indexed(r.reports, 4, (p) => isString(p[1]) && isObject(p[2]) && isString(p[3])) &&
    indexed(r.secrets, 3, (p) => isString(p[1]) && isString(p[2])) &&
    indexed(r.malformed, 3, (p) => isString(p[1]) && isObject(p[2])) &&
    indexed(r.packed, 4, (p) => isString(p[1]) && isWhole(p[2]) && (p[2] as number) > 0 && p[3] instanceof Uint8Array) &&
    Array.isArray(r.trails) &&
    r.trails.every(
      (t) =>
        Array.isArray(t) &&
        t.length === 5 &&
        isString(t[0]) &&
        isString(t[1]) &&
        t[2] instanceof Uint32Array &&
        t[3] instanceof Uint32Array &&
        t[3].length === t[2].length &&
        isString(t[4]),
    ) &&
    INDEXED.every((k) => ascending((r[k] as Array<[number]>).map((p) => p[0]))) &&
    ascending(r.everyRead as number[]) &&
    ascending(r.nonUtf8 as number[]) &&
    (r.trails as RunRecord['trails']).every((t) => ascending(t[2]))
  );
}

/** Place and size in turn, both whole, the places in run order. A plain loop: a typed array's every() calls back slowly. */
function readPairs(read: Float64Array): boolean {
  if (read.length % 2 !== 0) return false;
  let last = -1;
  for (let k = 0; k < read.length; k += 2) {
    const at = read[k]!;
    const size = read[k + 1]!;
    if (!isWhole(at) || !isWhole(size) || at < last) return false;
    last = at;
  }
  return true;
}

/** In run order (the cursor relies on it). */
function ascending(a: ArrayLike<number>): boolean {
  for (let i = 1; i < a.length; i++) if (a[i]! < a[i - 1]!) return false;
  return true;
}
