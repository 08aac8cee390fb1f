import type { RunResult } from '../../src/model/result.js';

/** A baseline file: only the fields loadBaseline() reads, so policy tests do not depend on the renderer. */
export function renderJsonSafe(r: RunResult): string {
  return JSON.stringify({ schemaVersion: 1, findings: r.findings.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint })) });
}
