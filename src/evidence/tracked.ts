// Which files under the scanned root are the commit's own: tracked by git and not changed since
// the checkout. A report among them was written by the pull request, not by this job's test step
// (SPEC §9), so it is not evidence unless an input names it. A tracked report the job overwrote
// (the test step writes where a stale copy was committed) shows as modified, and is the job's.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Committed {
  /** Root-relative POSIX paths; empty outside a git work tree (then nothing is the commit's). */
  files: Set<string>;
  /** Why git could not say, inside what looks like a work tree (ownership, a broken index...). */
  error?: string;
}

export function committedFiles(root: string): Committed {
  // Read-only questions; an fsmonitor hook configured by an earlier step is not run for them.
  const list = (...args: string[]): string[] =>
    execFileSync('git', ['-c', 'core.quotepath=off', '-c', 'core.fsmonitor=false', 'ls-files', '-z', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
      .split('\0')
      .filter((p) => p !== '');
  try {
    const files = new Set(list('--cached'));
    for (const p of list('--modified')) files.delete(p);
    return { files };
  } catch (e) {
    if (!insideWorkTree(root)) return { files: new Set() };
    const stderr = (e as { stderr?: string }).stderr?.toString().split('\n')[0]?.trim();
    return { files: new Set(), error: stderr || (e instanceof Error ? e.message.split('\n')[0]! : String(e)) };
  }
}

/** A `.git` at the root or above: git should have answered. */
function insideWorkTree(root: string): boolean {
  for (let d = resolve(root), i = 0; i < 64; i++, d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
  return false;
}
