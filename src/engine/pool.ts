// Worker threads for the `pure` checks (meta.pure: file() depends on the file alone). The main thread
// still reads each file once; it copies the bytes into a batch and goes on reading while the workers
// run the regex-heavy checks. Results come back tagged with the file's index, so the engine replays
// them in path order and the output does not depend on scheduling.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Options } from '../inputs.js';
import type { RuleId } from '../model/catalogue.js';
import type { ReportDescriptor } from '../model/check.js';

/** What one pure check saw in one file. */
export interface PureResult {
  index: number;
  ruleId: RuleId;
  reports: Array<{ d: ReportDescriptor<string>; key: string }>;
  secrets: string[];
  error?: string;
}

/** Everything the workers said: observations in (file, rule) order, and time spent per rule. */
export interface PoolOutcome {
  results: PureResult[];
  millis: Partial<Record<RuleId, number>>;
}

export interface WorkerInit {
  options: Options;
  ruleIds: RuleId[];
}

/** One file of a batch: its bytes are `buffer[offset, offset + length)`. */
export interface WorkerJob {
  index: number;
  path: string;
  offset: number;
  length: number;
  ruleIds: RuleId[];
}

export interface WorkerBatch {
  buffer: ArrayBuffer;
  jobs: WorkerJob[];
}

/** Batches amortise the per-message cost, which for 50,000 small files outweighed the checks. */
const BATCH_BYTES = 1024 * 1024;
/** Bytes handed over but not yet answered; past this the reader waits, so memory stays bounded. */
const MAX_IN_FLIGHT_BYTES = 16 * 1024 * 1024;

export class PureCheckPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly results: PureResult[] = [];
  private readonly millis: Partial<Record<RuleId, number>> = {};
  private batch: { buffer: Buffer; used: number; jobs: WorkerJob[] } | undefined;
  private inFlight = 0;
  private pending = 0;
  private waiters: Array<() => void> = [];
  private failure: Error | undefined;

  private constructor(script: string, init: WorkerInit, size: number) {
    for (let i = 0; i < size; i++) {
      // A clean execArgv: the parent's flags (--input-type, --cpu-prof...) are not meant for the worker.
      const w = new Worker(script, { workerData: init, execArgv: [] });
      w.on('message', (m: { bytes: number; results: PureResult[]; millis: Partial<Record<RuleId, number>> }) => {
        for (const r of m.results) this.results.push(r);
        for (const [id, ms] of Object.entries(m.millis) as Array<[RuleId, number]>) this.millis[id] = (this.millis[id] ?? 0) + ms;
        this.inFlight -= m.bytes;
        this.load[i]! -= m.bytes;
        this.pending--;
        this.wake();
      });
      w.on('error', (e) => {
        this.failure = e;
        this.wake();
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** A pool when the worker script is beside this module (the bundle); none when running from source. */
  static open(init: WorkerInit, size = Math.min(4, availableParallelism())): PureCheckPool | null {
    const url = new URL('./worker.js', import.meta.url);
    if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return null;
    return new PureCheckPool(fileURLToPath(url), init, Math.max(1, size));
  }

  /** Queues a file; `bytes` may be reused by the caller as soon as this returns. */
  async submit(index: number, path: string, bytes: Buffer, ruleIds: RuleId[]): Promise<void> {
    while (this.inFlight > MAX_IN_FLIGHT_BYTES && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    if (this.failure) return;
    if (this.batch && this.batch.used + bytes.length > this.batch.buffer.length) this.flush();
    this.batch ??= { buffer: Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, bytes.length)), used: 0, jobs: [] };
    const b = this.batch;
    bytes.copy(b.buffer, b.used);
    b.jobs.push({ index, path, offset: b.used, length: bytes.length, ruleIds });
    b.used += bytes.length;
  }

  /** Waits for every answer, stops the workers, and returns the results in (file, rule) order. */
  async close(): Promise<PoolOutcome> {
    this.flush();
    while (this.pending > 0 && !this.failure) await new Promise<void>((r) => this.waiters.push(r));
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
    const results = this.results.sort((a, b) => a.index - b.index || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    return { results, millis: this.millis };
  }

  private flush(): void {
    const b = this.batch;
    this.batch = undefined;
    if (!b || b.jobs.length === 0) return;
    // The least-loaded worker, by bytes outstanding.
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i]! < this.load[w]!) w = i;
    this.inFlight += b.used;
    this.load[w]! += b.used;
    this.pending++;
    const buffer = b.buffer.buffer as ArrayBuffer; // allocUnsafeSlow: an ArrayBuffer of its own, safe to transfer
    this.workers[w]!.postMessage({ buffer, jobs: b.jobs } satisfies WorkerBatch, [buffer]);
  }

  private wake(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }
}
