// Runs checks through the real engine on a small tree written to a temp directory.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../../src/main.js';
import type { RawInputs } from '../../src/inputs.js';
import type { Check } from '../../src/model/check.js';
import type { RunResult } from '../../src/model/result.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes `files` (path → text or bytes) under a fresh temp directory and returns it. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'rg-test-'));
  made.push(root);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), content);
  }
  return root;
}

export interface TesterOptions {
  inputs?: RawInputs;
  today?: string;
}

/** Scans `files` with only `checks` (reports not written) and returns the whole run result. */
export async function scanTree(checks: readonly Check[], files: Record<string, string | Buffer>, o: TesterOptions = {}): Promise<RunResult> {
  const root = writeTree(files);
  // No network in tests: OSV is off unless a test points osv-url at its own 127.0.0.1 server.
  return run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off', ...o.inputs }, { cwd: root, checks, today: o.today ?? '2026-11-23' });
}

/** Shorthand: the findings of one check on `files`, as compact tuples for assertions. */
export async function findingsOf(check: Check, files: Record<string, string | Buffer>, o: TesterOptions = {}) {
  const r = await scanTree([check], files, o);
  return r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, certainty: f.certainty, messageId: f.messageId, path: f.location.path, line: f.location.line, message: f.message, evidence: f.evidence, gap: f.gap, data: f.data, ...(f.related ? { related: f.related } : {}) }));
}
