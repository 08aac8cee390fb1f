// Which files under the scanned root are the commit's own: tracked by git and not changed since
// the checkout. A report among them was written by the pull request, not by this job's test step
// (SPEC §9), so it is not evidence unless an input names it. A tracked report the job overwrote
// (the test step writes where a stale copy was committed) shows as modified, and is the job's.
import { execFileSync } from 'node:child_process';

/** Root-relative POSIX paths; empty outside a git work tree (then nothing is the commit's). */
export function committedFiles(root: string): Set<string> {
  const list = (...args: string[]): string[] =>
    execFileSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter((p) => p !== '');
  try {
    const tracked = new Set(list('--cached'));
    for (const p of list('--modified')) tracked.delete(p);
    return tracked;
  } catch {
    return new Set();
  }
}
