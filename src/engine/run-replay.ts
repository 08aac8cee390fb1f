// A re-run over the very same files: what replaying every file's cached outcome did, kept as one
// record, so the next run over the same files does it at once instead of file by file (on biome,
// 28,000 outcomes looked up, rebuilt and replayed: about 200 ms of a 0.8 s re-run). The record is
// made only by a run whose every outcome came from the fact cache, so it is exactly what replaying
// those outcomes does; it is keyed by the fact cache's digest (tool, configuration, map) and every
// file's path, blob id and place in the run, so it is used only where that replay would run again.
import { createHash } from 'node:crypto';
import type { ReportDescriptor } from '../model/check.js';
import type { Malformed } from '../model/types.js';
import type { InlineSuppression } from '../workspace/suppressions.js';
import type { FileOutcome } from './file-pass.js';

/** What the replay of a whole run's cached outcomes did, in the order it did it. */
export interface RunRecord {
  key: string;
  everyRead: string[];
  /** The files whose text a check captures (read again, as a cached outcome's is), with their status. */
  captured: Array<[path: string, status: FileOutcome['status']]>;
  skipped: Array<[status: Exclude<FileOutcome['status'], 'read' | 'missing'>, path: string]>;
  scanned: number;
  bytes: number;
  nonUtf8: string[];
  inline: InlineSuppression[];
  profile: string[];
  reports: Array<[ruleId: string, d: ReportDescriptor<string>, key: string]>;
  secrets: string[];
  malformed: Malformed[];
  /**
   * Each check's observation trail (end-memo.ts), by its digest (what names its observations in
   * end()'s key), and the files it observed something in, by their place in the run.
   */
  trails: Array<[ruleId: string, digest: string, observedIn: number[]]>;
  /**
   * The packed observations of the checks whose end() runs on every run (meta.late, meta.network),
   * by file: kept here so that such a run reads none of the fact file's entries.
   */
  packed: Array<[ruleId: string, index: number, count: number, bytes: Uint8Array]>;
}

/**
 * The key of a run over these files: the fact cache's digest, and each file's path, blob id and
 * whether it is read as generated. Undefined when a file has no blob id (git cannot vouch for it).
 */
export function runKeyOf(factDigest: string, toRead: ReadonlyArray<{ path: string; blob?: string }>, generatedFrom: number): string | undefined {
  const parts: string[] = [`${factDigest}\0${generatedFrom}\0${toRead.length}`];
  for (const f of toRead) {
    if (f.blob === undefined) return undefined;
    parts.push(`${f.blob} ${f.path}`);
  }
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}

/** Records what the replay does, the way it does it (run-checks.ts replay), for the next run. */
export class RunRecorder {
  /** By check: the files it observed something in. */
  readonly observedIn = new Map<string, number[]>();
  readonly record: Omit<RunRecord, 'trails'> = {
    packed: [],
    key: '',
    everyRead: [],
    captured: [],
    skipped: [],
    scanned: 0,
    bytes: 0,
    nonUtf8: [],
    inline: [],
    profile: [],
    reports: [],
    secrets: [],
    malformed: [],
  };

  constructor(key: string) {
    this.record.key = key;
  }

  observed(ruleId: string, index: number): void {
    const at = this.observedIn.get(ruleId);
    if (at) at.push(index);
    else this.observedIn.set(ruleId, [index]);
  }

  /** The record, with each check's trail digest. */
  done(trails: Array<[ruleId: string, digest: string]>): RunRecord {
    return { ...this.record, trails: trails.map(([id, digest]) => [id, digest, this.observedIn.get(id) ?? []]) };
  }
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
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  const pairs = (x: unknown, first: (a: unknown) => boolean, second: (b: unknown) => boolean) =>
    Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && first(p[0]) && second(p[1]));
  const isString = (s: unknown) => typeof s === 'string';
  const isStatus = (s: unknown) => typeof s === 'string' && STORED_STATUSES.has(s);
  return (
    typeof r.key === 'string' &&
    strings(r.everyRead) &&
    pairs(r.captured, isString, isStatus) &&
    pairs(r.skipped, (s) => isStatus(s) && s !== 'read', isString) &&
    isWhole(r.scanned) &&
    isWhole(r.bytes) &&
    strings(r.nonUtf8) &&
    Array.isArray(r.inline) &&
    strings(r.profile) &&
    Array.isArray(r.reports) &&
    r.reports.every((x) => Array.isArray(x) && x.length === 3 && typeof x[0] === 'string' && typeof x[1] === 'object' && x[1] !== null && typeof x[2] === 'string') &&
    strings(r.secrets) &&
    Array.isArray(r.malformed) &&
    Array.isArray(r.packed) &&
    r.packed.every((p) => Array.isArray(p) && p.length === 4 && typeof p[0] === 'string' && isWhole(p[1]) && isWhole(p[2]) && (p[2] as number) > 0 && p[3] instanceof Uint8Array) &&
    Array.isArray(r.trails) &&
    r.trails.every((t) => Array.isArray(t) && t.length === 3 && typeof t[0] === 'string' && typeof t[1] === 'string' && Array.isArray(t[2]) && t[2].every(isWhole))
  );
}
