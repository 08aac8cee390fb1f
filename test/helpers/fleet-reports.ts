// Inputs for the merge tests: the generator shared with `npm run bench` (scripts/fleet-reports.mjs:
// reports in the shape `scan --report` writes, fleet entries around them), and small helpers that
// lay them out as files and run the merge command in-process.
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mergeCli } from '../../src/fleet/merge-cli.js';

export { RULES, gradeOf, makeEntry, makeFleet, makeReport, type Report } from '../../scripts/fleet-reports.mjs';

export function tempDir(prefix = 'rg-merge-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** Writes each document under `root` (objects as JSON, strings as they are); returns `root`. */
export function writeInputs(root: string, files: Record<string, unknown>): string {
  for (const [p, doc] of Object.entries(files)) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, typeof doc === 'string' ? doc : `${JSON.stringify(doc, null, 2)}\n`);
  }
  return root;
}

export interface MergeRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `readiness-gate merge ...args` in this process, with `cwd` as the working directory. */
export async function runMerge(args: string[], cwd: string): Promise<MergeRun> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => ({ write: (s: string) => (add(s), true) }) as unknown as NodeJS.WritableStream;
  const status = await mergeCli(args, { out: sink((s) => (stdout += s)), err: sink((s) => (stderr += s)) }, cwd);
  return { status, stdout, stderr };
}
