// The action's entry (bundled to dist/index.js): the action runs on the engine's worker thread
// (io/thread.ts: a bounded young generation); the main thread loads nothing else and ends with the
// worker's exit code. Where no worker can start, the action runs here.
import { appendFileSync } from 'node:fs';
import { hostedInThread } from './io/thread.js';

/**
 * A worker that stopped on an error it did not handle (out of memory) wrote none of its outputs:
 * fail closed as the action does (an error annotation, `blocked` true, exit 2), in fixed words.
 */
function stopped(code: string): void {
  process.stdout.write(`::error title=readiness-gate%3A internal error::the scan thread stopped (${code})\n`);
  try {
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, 'blocked=true\n');
  } catch {
    /* the exit code still says it */
  }
}

if (!(await hostedInThread(import.meta.url, stopped))) await import('./action.js');
