// SARIF 2.1.0 for GitHub code scanning (SPEC §5). Fields and limits follow GitHub's
// "SARIF support for code scanning" (summarised in reference/github-actions-conventions.md §4).
// Deterministic: rules sorted by ID, results in report order, no absolute paths, no timestamps.
import type { RuleId } from '../model/catalogue.js';
import type { CheckMeta } from '../model/check.js';
import type { RunResult } from '../model/result.js';
import type { Finding, Location, Severity } from '../model/types.js';
import { encodePath, repoPath, ruleDocUrl } from './markdown.js';

type Level = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects a run with more results than this (sarif-limits.md). */
export const MAX_RESULTS = 25_000;
/** partialFingerprints key: ours, versioned, so a change of the fingerprint recipe can use v2. */
export const FINGERPRINT_KEY = 'readinessGate/v1';

const LEVEL: Record<Severity, Level> = { P0: 'error', P1: 'warning', P2: 'note' };
/** GitHub's `problem.severity` for rules that are not security rules. */
const PROBLEM_SEVERITY: Record<Severity, string> = { P0: 'error', P1: 'warning', P2: 'recommendation' };
/**
 * GitHub: "over 9.0 is critical, 7.0 to 8.9 is high, 4.0 to 6.9 is medium and 3.9 or less is low".
 * A blocker in the security or supply-chain area is critical; a P1 high; a P2 medium.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { P0: '9.0', P1: '7.0', P2: '4.0' };
const SECURITY_AREAS = new Set(['security', 'supply-chain']);
const SEVERITY_MEANING: Record<Severity, string> = {
  P0: 'P0 (blocker): must be fixed before production; fails the gate by default.',
  P1: 'P1 (high): should be fixed before release.',
  P2: 'P2 (medium): can follow the release.',
};
export function renderSarif(r: RunResult): string {
  return `${JSON.stringify(buildSarif(r), null, 2)}\n`;
}

export function buildSarif(r: RunResult): Record<string, unknown> {
  // Active findings first (worst first), then suppressed ones, within GitHub's per-run limit.
  const all: Finding[] = [...r.findings, ...r.suppressed];
  const kept = all.slice(0, MAX_RESULTS);
  const omitted = all.length - kept.length;

  const ids = [...new Set(kept.map((f) => f.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  // The remediation is written by the check, not the catalogue: take it from the rule's first finding.
  const remediation = new Map<RuleId, string>();
  for (const f of kept) if (!remediation.has(f.ruleId)) remediation.set(f.ruleId, f.remediation);

  const prefix = r.links?.prefix;
  const notifications = r.outcomes
    .filter((o) => o.status === 'error' || o.status === 'inconclusive')
    .map((o) => ({
      level: o.status === 'error' ? 'error' : 'warning',
      message: { text: `${o.ruleId}: ${o.status === 'error' ? 'the check failed to run' : 'the check could not tell'}${o.reason ? `: ${o.reason}` : ''}` },
      associatedRule: { id: o.ruleId },
    }));

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: r.tool.informationUri,
            rules: ids.map((id) => rule(r.rules[id], id, r.tool.informationUri, remediation.get(id) ?? '')),
          },
        },
        // One category per scanned directory, so two scans of one repository do not replace each other's alerts.
        automationDetails: { id: `readiness-gate/${prefix ? `${prefix}/` : ''}` },
        // Columns are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results: kept.map((f) => result(f, index.get(f.ruleId)!, prefix)),
        properties: {
          blocked: r.verdict.blocked,
          reasons: [...r.verdict.reasons],
          score: r.score.value,
          grade: r.score.grade,
          ...(omitted > 0 ? { omittedResults: omitted } : {}),
        },
      },
    ],
  };
}

/** A rule of the run; a finding of a rule that did not run (a hand-built result) still gets a plain entry. */
function rule(meta: CheckMeta | undefined, id: RuleId, informationUri: string, remediation: string): Record<string, unknown> {
  const spec: Pick<CheckMeta, 'area' | 'severity' | 'title' | 'precision' | 'tags' | 'certainty' | 'proof'> = meta ?? {
    area: 'build',
    severity: 'P1',
    title: id,
    precision: 'high',
    tags: [],
    certainty: 'proven',
  };
  const docs = ruleDocUrl(informationUri, id);
  const security = SECURITY_AREAS.has(spec.area);
  const meaning = SEVERITY_MEANING[spec.severity];
  const fix = remediation ? `How to fix: ${remediation}` : '';
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: spec.title },
    fullDescription: { text: cap(`${spec.title}. Area: ${spec.area}. Default severity ${meaning}`, 1024) },
    helpUri: docs,
    help: {
      text: [`${spec.title}.`, `Default severity ${meaning}`, fix, `Documentation: ${docs}`].filter(Boolean).join('\n\n'),
      markdown: [
        `**${spec.title}** (\`${id}\`, area \`${spec.area}\`)`,
        `Default severity ${meaning}`,
        remediation ? `**How to fix:** ${remediation}` : '',
        `[Documentation](${docs})`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      // SARIF requires unique tags: a security-area rule is tagged once.
      tags: [...new Set([spec.area, ...(security ? ['security'] : []), ...(spec.tags ?? [])])],
      precision: spec.precision,
      // The rule's default certainty (each result says its own in properties.certainty), and for a
      // rule that can block, what proves such a finding.
      certainty: spec.certainty,
      ...(spec.proof ? { proof: spec.proof } : {}),
      'problem.severity': PROBLEM_SEVERITY[spec.severity],
      ...(security ? { 'security-severity': SECURITY_SEVERITY[spec.severity] } : {}),
    },
  };
}

function result(f: Finding, ruleIndex: number, prefix: string | undefined): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.location, prefix) }],
    ...(f.related !== undefined && f.related.length > 0 ? { relatedLocations: f.related.map((l, i) => ({ id: i + 1, physicalLocation: physicalLocation(l, prefix) })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.baseline ? { baselineState: f.baseline === 'new' ? 'new' : 'unchanged' } : {}),
    ...(f.suppressed
      ? {
          suppressions: [
            {
              kind: f.suppressed.source === 'inline' ? 'inSource' : 'external',
              status: 'accepted',
              justification: f.suppressed.reason,
            },
          ],
        }
      : {}),
    properties: {
      severity: f.severity,
      certainty: f.certainty,
      messageId: f.messageId,
      ...(f.gap !== undefined ? { gap: f.gap } : {}),
      ...(f.fileClass !== undefined ? { fileClass: f.fileClass } : {}),
      area: f.area,
      effortMinutes: f.effortMinutes,
      ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
      ...(f.baseline ? { baseline: f.baseline } : {}),
    },
  };
}

/**
 * The uri is relative to the repository root (GitHub resolves relative URIs against it) and
 * percent-encoded: the upload action rejects URIs that are not RFC 3986 references. A
 * repository-level finding (`.`) takes the form OpenSSF Scorecard's repository-level alerts use,
 * which GitHub code scanning accepts and shows: a placeholder uri (percent-encoded, as the
 * schema's uri-reference format requires) and line 1.
 */
export const NO_FILE_URI = 'no file associated with this alert';

function physicalLocation(l: Location, prefix: string | undefined): Record<string, unknown> {
  if (l.path === '.') return { artifactLocation: { uri: encodeURI(NO_FILE_URI) }, region: { startLine: 1 } };
  const uri = encodePath(repoPath(prefix, l.path));
  const out: Record<string, unknown> = { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } };
  if (l.line === undefined || l.line < 1) return out;
  const region: Record<string, number> = { startLine: l.line };
  if (l.column !== undefined && l.column >= 1) region.startColumn = l.column;
  if (l.endLine !== undefined && l.endLine >= l.line) region.endLine = l.endLine;
  if (l.endColumn !== undefined && l.endColumn >= 1) {
    const sameLine = (region.endLine ?? l.line) === l.line;
    // On one line the range must not end before it starts.
    if (!sameLine || region.startColumn === undefined || l.endColumn >= region.startColumn) region.endColumn = l.endColumn;
  }
  out.region = region;
  return out;
}

/** `k8s-probe-route-mismatch` → `K8sProbeRouteMismatch` (SARIF reportingDescriptor.name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function cap(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
