// Baseline: findings whose fingerprint was in a previous report are `existing`; the rest are `new`.
import { dirname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../model/types.js';
import { readRegularText, rootsForInput } from '../workspace/safe-open.js';

/** A report of a large repository is tens of MB; past this, it is not a report. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/** `cwd`: the workspace; the file is opened as SPEC §9 asks (no link, no device, a size cap). */
export function loadBaseline(path: string, cwd = dirname(path)): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(readRegularText(path, { roots: rootsForInput(dirname(path), cwd), maxBytes: MAX_BASELINE_BYTES }));
  } catch (e) {
    throw new ConfigurationError(`input 'baseline': ${path} is not a readable JSON report (${(e as Error).message})`);
  }
  const findings = (doc as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) throw new ConfigurationError(`input 'baseline': ${path} has no findings array; accepted: a readiness-gate JSON report`);
  return new Set(findings.map((f) => (f as { fingerprint?: unknown }).fingerprint).filter((x): x is string => typeof x === 'string'));
}

export function markBaseline(findings: Finding[], known: Set<string> | undefined): Finding[] {
  if (!known) return findings;
  return findings.map((f) => ({ ...f, baseline: known.has(f.fingerprint) ? 'existing' : 'new' }));
}
