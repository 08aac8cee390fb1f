// The action and the CLI run their engine on a worker thread, so that V8's young generation can be
// bounded: a node action cannot pass V8 flags, and a flag set at run time does not resize the heap,
// but a worker's resourceLimits do. Node 24's V8 lets the young generation grow far past what the
// scan gains from it: theia's cold scan peaked at 350 MB, and at 250 MB on a thread bounded to
// 48 MB, in the same time. The main thread loads nothing but this module; the worker runs the same
// entry again and writes to the same stdout and stderr (Node pipes them to the process's).
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/** The young generation of the engine's thread, in MB (three semi-spaces of 16 MB); the file pass's workers take less (engine/pool.ts). */
const YOUNG_GENERATION_MB = 48;

/** What the worker cannot ask its own streams: they are pipes to this thread's. */
export interface TerminalFacts {
  out: { isTTY: boolean; columns?: number };
  err: { isTTY: boolean };
}

interface ThreadData {
  readinessGateEngine: true;
  terminal: TerminalFacts;
}

/** Inside the engine's thread: the terminal the process writes to; undefined on the main thread (or a thread not ours). */
export function engineTerminal(): TerminalFacts | undefined {
  const d = isMainThread ? undefined : (workerData as Partial<ThreadData> | null);
  return d?.readinessGateEngine === true ? d.terminal : undefined;
}

/**
 * On the main thread: runs `entry` (the caller's import.meta.url) again on a worker thread with the
 * young generation bounded, and sets the process's exit code to the worker's. Resolves true once the
 * worker has exited; false, at once, when no worker can start here (already on a worker, or the
 * runtime refuses one): the caller then runs in this thread. A worker that stops on an error it did
 * not handle (out of memory) is reported by `failed`, with the error's code only (never its message,
 * which could hold repository text), and the exit code is 2.
 */
export function hostedInThread(entry: string, failed: (code: string) => void): Promise<boolean> {
  if (!isMainThread) return Promise.resolve(false);
  let worker: Worker;
  try {
    const data: ThreadData = {
      readinessGateEngine: true,
      terminal: { out: { isTTY: Boolean(process.stdout.isTTY), ...(process.stdout.columns ? { columns: process.stdout.columns } : {}) }, err: { isTTY: Boolean(process.stderr.isTTY) } },
    };
    worker = new Worker(fileURLToPath(entry), { argv: process.argv.slice(2), workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  } catch {
    return Promise.resolve(false);
  }
  // A reader that stops early (`| head`) is not an error of the scan: the exit code stays the verdict's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return new Promise((resolve) => {
    let stopped = false;
    worker.on('error', (e: unknown) => {
      stopped = true;
      const code = (e as { code?: unknown } | null)?.code;
      failed(typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code) ? code : 'unknown error');
      process.exitCode = 2;
    });
    worker.on('exit', (code) => {
      if (!stopped) process.exitCode = code;
      resolve(true);
    });
  });
}
