// Baseline: findings whose fingerprint was in a previous report are `existing`; the rest are `new`.
// The baseline is policy (with new-findings-only it decides what can block), so it is opened through
// safe-open, and on pull request events a tracked baseline the pull request changed is replaced by
// the base commit's version (src/policy/changes.ts).
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../model/types.js';
import { readRegularText, UnsafeFileError } from '../workspace/safe-open.js';

/** A previous report larger than this is refused (a baseline linked to /dev/zero is not read). */
export const BASELINE_MAX_BYTES = 256 * 1024 * 1024;

export function loadBaseline(path: string, roots: readonly string[]): Set<string> {
  let text: string;
  try {
    text = readRegularText(path, { roots, maxBytes: BASELINE_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'baseline': ${path} ${e.message}; accepted: a previous readiness-gate JSON report`);
    throw e;
  }
  return parseBaseline(text, path);
}

export function parseBaseline(text: string, label: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`input 'baseline': ${label} is not a readable JSON report (${(e as Error).message})`);
  }
  const findings = (doc as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) throw new ConfigurationError(`input 'baseline': ${label} has no findings array; accepted: a readiness-gate JSON report`);
  return new Set(findings.map((f) => (f as { fingerprint?: unknown } | null)?.fingerprint).filter((x): x is string => typeof x === 'string'));
}

export function markBaseline(findings: Finding[], known: Set<string> | undefined): Finding[] {
  if (!known) return findings;
  return findings.map((f) => ({ ...f, baseline: known.has(f.fingerprint) ? 'existing' : 'new' }));
}
