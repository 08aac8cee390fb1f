// The JSON report (SPEC §5): the machine-readable result, versioned by schemas/report.schema.json.
// Deterministic by construction: every object is built here key by key in a fixed order, values
// whose shape we do not own (metrics) have their keys sorted, and nothing time-dependent is written
// (no timestamps, no durations: check timings stay in the terminal report).
import { FILE_CLASSES, type RepositoryMapData } from '../model/repo-map.js';
import { SKIP_REASONS, SEVERITIES, AREAS, type Finding, type Location } from '../model/types.js';
import { evidenceMetrics } from '../evidence/metrics.js';
import type { Metrics } from '../model/metrics.js';
import type { RunResult } from '../model/result.js';
import type { PolicyReport } from '../policy/changes.js';
import type { SbomReport } from '../sbom/index.js';

export const SCHEMA_VERSION = 1;

export function renderJson(r: RunResult): string {
  return `${JSON.stringify(buildReport(r), null, 2)}\n`;
}

/** The report as plain data (exported for tests and for the baseline round trip). */
export function buildReport(r: RunResult): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: r.tool.name, version: r.tool.version },
    root: r.root,
    commit: r.commit,
    profile: { kind: r.profile.kind, source: r.profile.source, reasons: [...r.profile.reasons] },
    verdict: { blocked: r.verdict.blocked, reasons: [...r.verdict.reasons] },
    score: {
      value: r.score.value,
      grade: r.score.grade,
      areas: Object.fromEntries(AREAS.filter((a) => r.score.areas[a] !== undefined).map((a) => [a, r.score.areas[a]])),
    },
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, r.counts[s]])),
    effortMinutes: r.effortMinutes,
    findings: r.findings.map(finding),
    suppressed: r.suppressed.map((f) => ({
      ...finding(f),
      suppression: f.suppressed
        ? {
            source: f.suppressed.source,
            reason: f.suppressed.reason,
            location: location(f.suppressed.location),
            expires: f.suppressed.expires ?? null,
          }
        : null,
    })),
    gaps: r.gaps.map((g) => ({ area: g.area, component: g.component, status: g.status, evidence: g.evidence ?? null })),
    checks: r.outcomes.map((o) => ({ ruleId: o.ruleId, status: o.status, reason: o.reason ?? null, findings: o.findings })),
    metrics: metrics(r),
    sbom: r.sbom ? sbomBlock(r.sbom) : null,
    skipped: Object.fromEntries(SKIP_REASONS.map((k) => [k, r.skipped[k] ?? 0])),
    nonUtf8: [...r.nonUtf8].sort(),
    malformed: [...r.malformed]
      .sort((a, b) => cmp(a.path, b.path) || cmp(a.kind, b.kind) || cmp(a.reason, b.reason))
      .map((m) => ({ path: m.path, kind: m.kind, reason: m.reason })),
    // Additive (schemaVersion 1): left out of hand-built results that carry no policy.
    ...(r.policy ? { policy: policyBlock(r.policy) } : {}),
    // Additive: what kind of code each file is (the findings carry their file's class).
    ...(r.map ? { repositoryMap: mapBlock(r.map) } : {}),
  };
}

/** The repository map's deployable units, its decided folders (configuration and conventions) and the counts per class. */
function mapBlock(m: RepositoryMapData): Record<string, unknown> {
  return {
    units: m.units.map((u) => ({ root: u.root, kind: u.kind, name: u.name, entries: [...u.entries], reason: u.reason })),
    roots: m.roots
      .filter((x) => x.layer !== 'convention')
      .slice()
      .sort((a, b) => cmp(a.path, b.path) || cmp(a.class, b.class))
      .map((x) => ({ path: x.path, class: x.class, reason: x.reason })),
    counts: Object.fromEntries(FILE_CLASSES.map((c) => [c, m.counts[c] ?? 0])),
  };
}

/** Where the policy came from and what a pull request changed in it (changes already sorted). */
function policyBlock(p: PolicyReport): Record<string, unknown> {
  const o = p.origin;
  return {
    source: o.kind,
    commit: o.kind === 'base-commit' ? o.sha : null,
    via: o.kind === 'base-commit' ? o.via : null,
    file: p.configFile,
    pullRequest: p.pullRequest,
    notice: o.kind === 'defaults' ? (p.notices[0] ?? o.reason) : null,
    changes: p.changes.map((c) => ({ kind: c.kind, path: c.path, line: c.line ?? null, applied: c.applied, directive: c.directive ?? null, details: [...c.details] })),
  };
}

/** The SBOM's statistics (the document itself is its own file); lists already sorted by the inventory. */
function sbomBlock(s: SbomReport): Record<string, unknown> {
  const v = s.vulnerabilities;
  return {
    path: s.path,
    format: s.format,
    specVersion: s.specVersion,
    components: s.components,
    ecosystems: sortKeys(s.ecosystems),
    direct: s.direct,
    transitive: s.transitive,
    dev: s.dev,
    licenses: { spdx: sortKeys(s.licenses.spdx), unknown: s.licenses.unknown },
    vulnerabilities: v
      ? {
          checked: v.checked,
          reason: v.reason ?? null,
          components: v.components,
          bySeverity: { critical: v.bySeverity.critical, high: v.bySeverity.high, medium: v.bySeverity.medium, low: v.bySeverity.low, unknown: v.bySeverity.unknown },
          withheld: { ...(v.withheld ?? {}) },
        }
      : null,
    lockfiles: s.lockfiles.map((l) => ({ path: l.path, ecosystem: l.ecosystem, status: l.status, components: l.components, reason: l.reason ?? null })),
    skipped: s.skipped.map((k) => ({ path: k.path, name: k.name, reason: k.reason })),
  };
}

function finding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    certainty: f.certainty,
    gap: f.gap ?? null,
    fileClass: f.fileClass ?? null,
    area: f.area,
    title: f.title,
    messageId: f.messageId,
    data: f.data,
    message: f.message,
    location: location(f.location),
    // Additive (schemaVersion 1): only on a finding reported once for several copies.
    ...(f.related !== undefined && f.related.length > 0 ? { related: f.related.map(location) } : {}),
    evidence: f.evidence ?? null,
    remediation: f.remediation,
    effortMinutes: f.effortMinutes,
    fingerprint: f.fingerprint,
    // null: no baseline was given, so nothing can be said about new or existing.
    baseline: f.baseline ?? null,
  };
}

/** Optional location fields are left out (not null), as in the SPEC's example. */
function location(l: Location): Record<string, unknown> {
  const out: Record<string, unknown> = { path: l.path };
  for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) if (l[k] !== undefined) out[k] = l[k];
  return out;
}

/**
 * The four figures the SPEC names come first (null when that evidence was not found), then every
 * other metric a check recorded, by name.
 */
function metrics(r: RunResult): Record<string, unknown> {
  const known = ['tests', 'coverage', 'typeCoverage'] as const;
  const out: Record<string, unknown> = {};
  // Tests and coverage come from the job's reports (src/evidence) when the run loaded them.
  const all: Metrics = { ...r.metrics, ...evidenceMetrics(r.evidence) };
  for (const k of known) out[k] = all[k] !== undefined ? sortKeys(all[k]) : null;
  out.files = { scanned: r.files.scanned, bytes: r.files.bytes, source: r.files.source };
  for (const [k, v] of Object.entries(all).sort((a, b) => cmp(a[0], b[0]))) {
    if ((known as readonly string[]).includes(k) || k === 'files') continue;
    out[k] = sortKeys(v);
  }
  return out;
}

/** Plain objects with their keys sorted, recursively (arrays keep their order); undefined → null. */
export function sortKeys(v: unknown): unknown {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if (v instanceof Map) return sortKeys(Object.fromEntries(v));
    if (v instanceof Set) return [...v].map(sortKeys);
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
