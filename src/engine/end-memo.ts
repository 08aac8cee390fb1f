// A check's end() said last run what it will say now when everything it can read is the same: its
// observations, the workspace (file list, captured texts, repository map, profile, suppressions),
// the options, the tool build. Those are the only ways in (checks never read the disk or the
// environment: workspace.ts), so an unchanged key replays the recorded effects, in order, instead
// of running end() again: byte for byte what running it gives. Checks that ask a server
// (meta.network) or read other checks' findings (meta.late) always run.
//
// Two inputs vary from run to run for reasons of their own, the job's evidence (test reports carry
// timings) and the commit: they are in a check's key only when its end() read them, which the
// workspace view below records (with what shared values read while they were computed). A check
// whose other inputs are unchanged takes the same path through its code, so it reads the same ones.
import { createHash } from 'node:crypto';
import type { Options } from '../inputs.js';
import type { ReportDescriptor } from '../model/check.js';
import type { Metrics } from '../model/metrics.js';
import type { Gap, Malformed } from '../model/types.js';
import type { Workspace } from '../workspace/workspace.js';
import { digestOf } from './digest.js';
import type { MemoStore } from './file-memo.js';

/** What end() did, in order: each is one call of the check's context. */
export type Effect =
  | ['report', ReportDescriptor<string>, string]
  | ['status', 'not-applicable' | 'inconclusive', string]
  | ['gap', Gap]
  | ['notice', string]
  | ['metric', keyof Metrics, Metrics[keyof Metrics]]
  | ['malformed', Malformed]
  | ['secret', string];

/** The inputs that are in a key only when read. */
export interface Reads {
  evidence?: true;
  commit?: true;
}

export interface EndRecord {
  key: string;
  reads: Reads;
  effects: Effect[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

/** Each effect's shape, as replayEffect() hands it on: a record with any other is not replayed at all. */
const EFFECT_SHAPES: Record<Effect[0], (e: unknown[]) => boolean> = {
  report: (e) => e.length === 3 && isObject(e[1]) && isString(e[1].messageId) && isObject(e[1].location) && isString(e[1].location.path) && isString(e[2]),
  status: (e) => e.length === 3 && (e[1] === 'not-applicable' || e[1] === 'inconclusive') && isString(e[2]),
  gap: (e) => e.length === 2 && isObject(e[1]) && isString(e[1].area) && isString(e[1].component) && isString(e[1].status),
  notice: (e) => e.length === 2 && isString(e[1]),
  metric: (e) => e.length === 3 && isString(e[1]),
  malformed: (e) => e.length === 2 && isObject(e[1]) && isString(e[1].path) && isString(e[1].kind) && isString(e[1].reason),
  secret: (e) => e.length === 2 && isString(e[1]),
};

/** The shape replay relies on; anything else is not a record. */
export function isEndRecord(v: unknown): v is EndRecord {
  if (!isObject(v)) return false;
  const reads = v.reads;
  return (
    isString(v.key) &&
    isObject(reads) &&
    Object.keys(reads).every((k) => (k === 'evidence' || k === 'commit') && reads[k] === true) &&
    Array.isArray(v.effects) &&
    v.effects.every((e) => Array.isArray(e) && Object.hasOwn(EFFECT_SHAPES, e[0] as string) && EFFECT_SHAPES[e[0] as Effect[0]](e))
  );
}

/**
 * Options that no end() reads and that change between runs of the same tree: the token is new for
 * every job (the checks that use it ask a server, and are never replayed), the cache folder is where
 * this very record is kept.
 */
const NOT_READ_BY_END: ReadonlySet<keyof Options> = new Set<keyof Options>(['githubToken', 'cacheDir']);

/**
 * What every check's key holds besides its own observations: computed once per run, after the file
 * pass. The captured texts are hashed as they are (a few MB at most: manifests, lockfiles, configs).
 */
export function commonInputs(options: Options, ws: Workspace, facts: string, rules: string | undefined): string {
  const texts = createHash('sha256');
  for (const p of ws.captured.slice().sort()) texts.update(`${p}\0${ws.text(p)!.length}\0`).update(ws.text(p)!);
  // The file list as one string: digestOf's walk costs a few µs a value, tens of ms on 28,000 paths.
  const files = createHash('sha256').update(ws.files.join('\0')).digest('hex');
  return digestOf({
    facts,
    rules,
    options: Object.fromEntries(Object.entries(options).filter(([k]) => !NOT_READ_BY_END.has(k as keyof Options))),
    files,
    submodules: ws.submodules,
    repository: ws.repository,
    map: ws.map,
    profile: ws.profile,
    inline: ws.inlineSuppressions,
    texts: texts.digest('hex'),
  });
}

/**
 * One check's observations, file by file: each named by `name`, the digest of their packed bytes or
 * the file's content id (a file named by its content id says what it said last time: the fact
 * cache's own premise); without a name (a repository-level file, a file whose bytes were given) by
 * the values themselves.
 */
export class ObservationTrail {
  private readonly h = createHash('sha256');
  private value: string | undefined;

  /** A trail whose digest is known (run-replay.ts: the same files' replay, kept from the last run). */
  static known(digest: string): ObservationTrail {
    const t = new ObservationTrail();
    t.value = digest;
    return t;
  }

  add(path: string, name: string | undefined, count: number, values: () => readonly unknown[]): void {
    if (this.value !== undefined) throw new Error('an observation trail took an observation after its digest');
    this.h.update(`${path}\0${count}\0${name ?? `=${digestOf(values())}`}\0`);
  }

  digest(): string {
    return (this.value ??= this.h.digest('hex'));
  }
}

/** A check's key: the run's common inputs, its observations, and the varying inputs it read last time. */
export function endKey(common: string, ruleId: string, observations: string, reads: Reads, varying: { evidence: () => string; commit: string | null }): string {
  return digestOf({
    common,
    ruleId,
    observations,
    evidence: reads.evidence ? varying.evidence() : undefined,
    commit: reads.commit ? varying.commit : undefined,
  });
}

/**
 * The workspace as one check sees it: reading `evidence` or `commit` is noted in `reads`. A shared
 * value (workspace.shared) notes what its computation read, and every check that takes it reads
 * that too, whichever check computed it.
 */
export function trackedWorkspace(ws: Workspace, reads: Reads, sharedReads: Map<string, Reads>, frames: Reads[]): Workspace {
  const note = (what: keyof Reads) => {
    reads[what] = true;
    for (const f of frames) f[what] = true;
  };
  return Object.create(ws, {
    evidence: {
      get() {
        note('evidence');
        return ws.evidence;
      },
    },
    commit: {
      get() {
        note('commit');
        return ws.commit;
      },
    },
    shared: {
      value<T>(key: string, compute: () => T): T {
        const known = sharedReads.get(key);
        if (known) {
          for (const k of Object.keys(known) as Array<keyof Reads>) note(k);
          return ws.shared(key, compute);
        }
        const frame: Reads = {};
        frames.push(frame);
        try {
          return ws.shared(key, compute);
        } finally {
          frames.pop();
          sharedReads.set(key, frame);
        }
      },
    },
  }) as Workspace;
}

/** Where a check's perFile() tables are among the fact cache's phase records. */
export function memoPrefix(ruleId: string): string {
  return `memo ${ruleId} `;
}

/** Where perFile(name) keeps its table (file-memo.ts): under this run's common inputs only. */
export function memoStore(cache: { phase(name: string, key: string): unknown; putPhase(name: string, key: string, value: unknown): void }, common: string, ruleId: string, name: string): MemoStore {
  const phase = memoPrefix(ruleId) + name;
  const key = digestOf({ common, ruleId, name });
  return { read: () => cache.phase(phase, key), write: (bytes) => cache.putPhase(phase, key, bytes) };
}

/** The run's cache as the phases after the checks see it (the SBOM phase), and its save. */
export interface RunMemo {
  /** commonInputs(): the workspace, options and facts every check's key holds. */
  readonly common: string;
  /** What the phase stored last run under this key; unchecked: the phase validates it. */
  phase(name: string, key: string): unknown;
  putPhase(name: string, key: string, value: unknown): void;
  /** Writes the cache folder, once every phase is done; a failure is a notice, never a failed run. */
  save(): { saved: boolean; notice?: string };
}
