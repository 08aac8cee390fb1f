// Worker threads for the file pass. Each worker owns a FileProcessor with its own instances of the
// (pure) checks; the main thread hands out batches of paths as workers finish the previous ones,
// takes batches itself between their messages (it has a core too, and its parsers are warm
// already), and gathers the outcomes, which the engine replays in path order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Options } from '../inputs.js';
import type { RuleId } from '../model/catalogue.js';
import type { RepositoryMapData } from '../model/repo-map.js';
import type { FileOutcome } from './file-pass.js';
import type { Lang } from '../syntax/index.js';

export interface WorkerInit {
  options: Options;
  ruleIds: RuleId[];
  /** Globs whose files' text goes back to the main thread (checks' `meta.capture`, the SBOM's). */
  capture: string[];
  /** Grammars to load before the first batch. */
  languages: Lang[];
  /** The repository map, which the checks ask for a file's class. */
  map: RepositoryMapData;
  /** On pull requests that change the map's configuration: the base's map (what it calls runtime stays runtime). */
  base?: RepositoryMapData;
  /** Root-relative paths whose content is given, not read (see RunChecksExtras.contents). */
  contents: Array<[string, Uint8Array]>;
}

/**
 * Main → worker: files to process, as [index, path, generated, identify] (generated: for the
 * every-file checks only; identify: name the content by its blob id, for the fact cache).
 */
export type WorkerBatch = Array<[number, string, boolean, boolean]>;

/** Worker → main: their outcomes, and the worker's time per rule so far. */
export interface WorkerReply {
  outcomes: FileOutcome[];
  millis: Array<[RuleId, number]>;
}

export interface PoolResult {
  outcomes: FileOutcome[];
  millis: Map<RuleId, number>;
}

/** Small enough to balance the load, large enough that messages cost little next to the work. */
const BATCH_FILES = 64;
/** Batches queued per worker, so none waits for the main thread between two. */
const QUEUE_DEPTH = 2;
/**
 * A worker's young generation, in MB: a third of the engine thread's (io/thread.ts). Its heap lives
 * beside the engine's for the whole file pass, where moby's cold run peaks: 299–302 MB with 48,
 * 281–286 MB with 16, in the same time (2.3–2.4 s, Node 24, three runs each).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

export class PureCheckPool {
  private constructor(
    private readonly script: string,
    private readonly init: WorkerInit,
    private readonly size: number,
  ) {}

  /**
   * A pool when the worker script is beside this module (the bundle); none when running from source.
   * By default one worker per core but the main thread's, which works too (at most 3).
   */
  static open(init: WorkerInit, size = Math.min(3, availableParallelism() - 1)): PureCheckPool | null {
    const url = new URL('./worker.js', import.meta.url);
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return null;
    return new PureCheckPool(fileURLToPath(url), init, Math.max(1, size));
  }

  /**
   * `items`: [index, path, generated] (generated: a file read by the every-file checks only).
   * `local`: processes a batch on the main thread; called between the workers' messages.
   */
  run(items: WorkerBatch, onProgress?: (done: number, total: number) => void, local?: (batch: WorkerBatch) => Promise<FileOutcome[]>): Promise<PoolResult> {
    const batches: WorkerBatch[] = [];
    for (let i = 0; i < items.length; i += BATCH_FILES) batches.push(items.slice(i, i + BATCH_FILES));
    const outcomes: FileOutcome[] = [];
    const lastMillis = new Map<Worker, Array<[RuleId, number]>>();
    const workers: Worker[] = [];
    let next = 0;
    let outstanding = 0;
    let localBusy = false;
    let done = false;
    return new Promise<PoolResult>((resolve, reject) => {
      const finish = (error?: Error) => {
        if (done) return;
        done = true;
        for (const w of workers) void w.terminate();
        if (error) return reject(error);
        const millis = new Map<RuleId, number>();
        for (const list of lastMillis.values()) for (const [id, ms] of list) millis.set(id, (millis.get(id) ?? 0) + ms);
        resolve({ outcomes: outcomes.sort((a, b) => a.index - b.index), millis });
      };
      const settle = () => {
        if (outstanding === 0 && !localBusy && next >= batches.length) finish();
      };
      const feed = (w: Worker) => {
        if (next >= batches.length) return;
        outstanding++;
        w.postMessage(batches[next++]);
      };
      // The main thread's share: one batch at a time, yielding to the event loop between batches so
      // that the workers' replies are taken and they are fed without waiting.
      const work = async () => {
        if (!local) return;
        localBusy = true;
        try {
          while (!done && next < batches.length) {
            await new Promise<void>((r) => setImmediate(r));
            if (next >= batches.length) break;
            for (const o of await local(batches[next++]!)) outcomes.push(o);
            onProgress?.(outcomes.length, items.length);
          }
        } catch (e) {
          return finish(e instanceof Error ? e : new Error(String(e)));
        } finally {
          localBusy = false;
        }
        settle();
      };
      if (batches.length === 0) return finish();
      for (let i = 0; i < Math.min(this.size, batches.length); i++) {
        // A clean execArgv: the parent's flags (--input-type, --cpu-prof...) are not meant for the worker.
        const w = new Worker(this.script, { workerData: this.init, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        workers.push(w);
        w.on('message', (m: WorkerReply) => {
          for (const o of m.outcomes) outcomes.push(o);
          lastMillis.set(w, m.millis);
          outstanding--;
          onProgress?.(outcomes.length, items.length);
          feed(w);
          settle();
        });
        w.on('error', (e) => finish(e));
        for (let q = 0; q < QUEUE_DEPTH; q++) feed(w);
      }
      void work();
    });
  }
}
