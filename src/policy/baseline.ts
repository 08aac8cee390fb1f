// Baseline: findings whose fingerprint was in a previous report are `existing`; the rest are `new`.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Finding } from '../model/types.js';

export function loadBaseline(path: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
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
