// SARIF 2.1.0 for GitHub code scanning (SPEC §5). Fields and limits follow GitHub's
// "SARIF support for code scanning" (summarised in reference/github-actions-conventions.md §4).
// Deterministic: rules sorted by ID, results in report order, no absolute paths, no timestamps.
// Which findings reach code scanning, and how severe they are for security: ./sarif-security.ts.
import type { RuleId } from '../model/catalogue.js';
import type { CheckMeta } from '../model/check.js';
import type { RunResult } from '../model/result.js';
import type { Finding, Location, Severity } from '../model/types.js';
import { encodePath, repoPath, ruleDocUrl } from './markdown.js';
import { RULE_PAGES } from './rule-pages.js';
import { securityOf, securitySeverityText, type SecurityClass } from './sarif-security.js';

type Level = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub rejects a run with more results than this (sarif-limits.md). */
export const MAX_RESULTS = 25_000;
/** partialFingerprints key: ours, versioned, so a change of the fingerprint recipe can use v2. */
export const FINGERPRINT_KEY = 'readinessGate/v1';

const LEVEL: Record<Severity, Level> = { P0: 'error', P1: 'warning', P2: 'note' };
/** GitHub's `problem.severity` for rules that are not security rules. */
const PROBLEM_SEVERITY: Record<Severity, string> = { P0: 'error', P1: 'warning', P2: 'recommendation' };
const SEVERITY_MEANING: Record<Severity, string> = {
  P0: 'P0 (blocker): must be fixed before production; fails the gate by default.',
  P1: 'P1 (high): should be fixed before release.',
  P2: 'P2 (medium): can follow the release.',
};
export function renderSarif(r: RunResult): string {
  return `${JSON.stringify(buildSarif(r), null, 2)}\n`;
}

/** One SARIF rule: a catalogue rule, or one of its security sub-rules (`<id>/<variant>`). */
interface Descriptor {
  id: string;
  ruleId: RuleId;
  security: SecurityClass | null;
}

export function buildSarif(r: RunResult): Record<string, unknown> {
  // Active findings first (worst first), then suppressed ones. With sarif-rules: security only
  // findings that mean something for security reach code scanning; the rest stay in the summary,
  // annotations and JSON. Zero results is still a valid run: its upload closes the old alerts.
  const securityOnly = r.options.sarifRules !== 'all';
  const candidates: Array<{ f: Finding; d: Descriptor }> = [];
  for (const f of [...r.findings, ...r.suppressed]) {
    const security = securityOf(f);
    if (securityOnly && security === null) continue;
    candidates.push({ f, d: { id: security?.variant ? `${f.ruleId}/${security.variant}` : f.ruleId, ruleId: f.ruleId, security } });
  }
  const kept = candidates.slice(0, MAX_RESULTS);
  const omitted = candidates.length - kept.length;

  const descriptors = new Map<string, Descriptor>();
  for (const { d } of kept) if (!descriptors.has(d.id)) descriptors.set(d.id, d);
  const ids = [...descriptors.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  // The remediation is written by the check, not the catalogue: take it from the rule's first finding.
  const remediation = new Map<RuleId, string>();
  for (const { f } of kept) if (!remediation.has(f.ruleId)) remediation.set(f.ruleId, f.remediation);

  const prefix = r.links?.prefix;
  const notifications = r.outcomes
    .filter((o) => o.status === 'error' || o.status === 'inconclusive')
    .filter((o) => !securityOnly || isSecurityRule(r.rules[o.ruleId]))
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
            rules: ids.map((id) => rule(descriptors.get(id)!, r.rules[descriptors.get(id)!.ruleId], r.tool.informationUri, remediation.get(descriptors.get(id)!.ruleId) ?? '')),
          },
        },
        // Only when asked: upload-sarif ignores its own `category` input when the file sets one.
        ...(r.options.sarifCategory !== undefined ? { automationDetails: { id: automationId(r.options.sarifCategory) } } : {}),
        // Columns are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results: kept.map(({ f, d }) => result(f, d.id, index.get(d.id)!, prefix)),
        properties: {
          blocked: r.verdict.blocked,
          reasons: [...r.verdict.reasons],
          score: r.score.value,
          grade: r.score.grade,
          sarifRules: securityOnly ? 'security' : 'all',
          ...(omitted > 0 ? { omittedResults: omitted } : {}),
        },
      },
    ],
  };
}

/**
 * GitHub reads an id as `<category>/<run id>`: the category is everything up to the last `/`. As
 * upload-sarif does with its `category` input, a trailing `/` is added, so the whole value is the
 * category (`readiness-gate/api` and `readiness-gate/web` stay two categories, not one).
 */
export function automationId(category: string): string {
  return category.endsWith('/') ? category : `${category}/`;
}

function isSecurityRule(meta: CheckMeta | undefined): boolean {
  return meta?.tags?.includes('security') ?? false;
}

/** A rule of the run; a finding of a rule that did not run (a hand-built result) still gets a plain entry. */
function rule(d: Descriptor, meta: CheckMeta | undefined, informationUri: string, remediation: string): Record<string, unknown> {
  const spec: Pick<CheckMeta, 'area' | 'severity' | 'title' | 'precision' | 'tags' | 'certainty' | 'proof'> = meta ?? {
    area: 'build',
    severity: 'P1',
    title: d.ruleId,
    precision: 'high',
    tags: [],
    certainty: 'proven',
  };
  const docs = ruleDocUrl(informationUri, d.ruleId);
  const security = d.security;
  const title = security?.label ? `${spec.title} (${security.label})` : spec.title;
  const meaning = SEVERITY_MEANING[spec.severity];
  const page = RULE_PAGES[d.ruleId] as string | undefined;
  const markdown = page
    ? absoluteLinks(page, docs)
    : [`**${spec.title}** (\`${d.ruleId}\`, area \`${spec.area}\`)`, `Default severity ${meaning}`, remediation ? `**How to fix:** ${remediation}` : '', `[Documentation](${docs})`].filter(Boolean).join('\n\n');
  return {
    id: d.id,
    name: pascalCase(d.id),
    shortDescription: { text: cap(title, 1024) },
    fullDescription: { text: cap(`${title}. Area: ${spec.area}. Default severity ${meaning}`, 1024) },
    helpUri: docs,
    help: { text: plainText(markdown), markdown },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      // Tagged `security` exactly when GitHub counts the rule as one: when it carries a
      // security-severity (so the area `security` of a rule such as workflow-disabled-job is no tag).
      tags: [...new Set([spec.area, ...(spec.tags ?? [])])].filter((t) => t !== 'security').concat(security ? ['security'] : []),
      precision: spec.precision,
      // The rule's default certainty (each result says its own in properties.certainty), and for a
      // rule that can block, what proves such a finding.
      certainty: spec.certainty,
      ...(spec.proof ? { proof: spec.proof } : {}),
      'problem.severity': PROBLEM_SEVERITY[spec.severity],
      ...(security ? { 'security-severity': securitySeverityText(security.score) } : {}),
    },
  };
}

/**
 * The page's relative links (`hardcoded-password.md`, `../secrets.yml`, `#how-to-fix`) point into the
 * repository; code scanning shows the page elsewhere, so they are resolved against the page's URL.
 */
export function absoluteLinks(markdown: string, pageUrl: string): string {
  return markdown.replace(/\]\(([^()\s]{1,500})\)/g, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    try {
      return `](${new URL(target, pageUrl).href})`;
    } catch {
      return whole;
    }
  });
}

/**
 * help.text, for viewers that show no Markdown: links as `text (url)`, no emphasis or code-span
 * marks, headings as plain lines. Tables and lists read well enough as they are.
 */
export function plainText(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    // Code blocks keep their lines as written (a `# comment` is no heading); the fences go.
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    out.push(
      fenced
        ? line
        : line
            .replace(/^#{1,6}\s+/, '')
            .replace(/\[([^\]\n]{0,500})\]\(([^()\s]{1,500})\)/g, '$1 ($2)')
            .replace(/\*\*([^*\n]{1,500})\*\*/g, '$1')
            .replace(/`([^`\n]{1,500})`/g, '$1'),
    );
  }
  return out.join('\n');
}

function result(f: Finding, ruleId: string, ruleIndex: number, prefix: string | undefined): Record<string, unknown> {
  return {
    ruleId,
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
