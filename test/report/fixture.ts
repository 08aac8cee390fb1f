// A hand-made RunResult for the renderer tests: a few findings of each severity, suppressed ones,
// gaps, checks that could not tell, and file names chosen to break naive escaping.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Options } from '../../src/inputs.js';
import { compareFindings } from '../../src/engine/findings.js';
import { ALL_CHECKS, metaOf } from '../../src/checks/index.js';
import type { RuleId } from '../../src/model/catalogue.js';
import type { Metrics } from '../../src/model/metrics.js';
import type { RunResult } from '../../src/model/result.js';
import type { Finding, Location, Severity } from '../../src/model/types.js';

/** Every hostile character the brief lists: space, %, :, comma, |, <, >, backtick, non-ASCII. */
export const NASTY = 'src/we ird%:,|<name>`\u00e9.py';
/** An import specifier to break a code span: backtick runs, a pipe, HTML, `::` and Markdown. */
export const HOSTILE_SPEC = './gen/``x`` | <i>x</i> ::error:: *em* [l](u)';

export function options(over: Partial<Options> = {}): Options {
  return {
    root: '/work/checkout/services/api',
    cwd: '/work/checkout',
    profile: 'auto',
    failOn: 'P0',
    coverageThreshold: 80,
    testReports: [],
    coverageReports: [],
    buildLogs: [],
    newFindingsOnly: false,
    cacheDir: null,
    sbom: 'sbom.cdx.json',
    sbomFormat: 'json',
    sbomSpecVersion: '1.6',
    vulnerabilityScan: 'off',
    osvUrl: 'https://api.osv.dev',
    denyLicenses: [],
    report: 'readiness-report.json',
    sarif: 'readiness-gate.sarif',
    maxAnnotations: 50,
    annotations: 'workflow-commands',
    prComment: 'off',
    sarifRules: 'security',
    uploadArtifact: null,
    dependencyGraph: false,
    privatePackages: [],
    paths: { ignore: [], generated: [], runtime: [], test: [], example: [] },
    ruleSettings: new Map(),
    suppressions: [],
    maxFileSize: 2 * 1024 * 1024,
    today: '2026-11-23',
    ...over,
  };
}

let seq = 0;
/** A finding of `ruleId` with the catalogue's area, title and effort. */
export function finding(ruleId: RuleId, location: Location, message: string, extra: Partial<Finding> = {}): Finding {
  const spec = metaOf(ruleId);
  return {
    ruleId,
    severity: spec.severity,
    certainty: spec.certainty,
    area: spec.area,
    title: spec.title,
    messageId: 'fixture',
    data: {},
    message,
    location,
    remediation: `Fix ${spec.title.toLowerCase()}.`,
    effortMinutes: spec.effortMinutes,
    fingerprint: `fp${String(++seq).padStart(4, '0')}${ruleId.replace(/-/g, '').slice(0, 20)}`,
    baseline: 'new',
    ...extra,
  };
}

export function fixture(): RunResult {
  seq = 0;
  const findings: Finding[] = [
    finding('hardcoded-secret', { path: NASTY, line: 12, column: 5, endColumn: 45 }, `AWS secret access key assigned to aws_secret in ${NASTY}`, {
      evidence: 'aws_secret = "[redacted]"  # `copied` from *prod* | see <ops>',
      remediation: 'Remove the key from the code, rotate it, and read it from the environment or a secret manager.',
    }),
    finding('workflow-disabled-job', { path: '.github/workflows/deploy.yml', line: 12 }, 'Job `deploy` of .github/workflows/deploy.yml is switched off with `if: false`: it never runs — it deploys to environment `production`.', {
      messageId: 'jobDeploy',
      data: { job: 'deploy', workflow: '.github/workflows/deploy.yml', cond: 'false', why: 'it deploys to environment `production`' },
      evidence: 'if: false',
      remediation: 'Delete the `if: false` line or replace it with the real condition (e.g. `github.ref == \'refs/heads/main\'`).',
    }),
    finding('k8s-probe-route-mismatch', { path: 'k8s/deploy.yaml', line: 31, endLine: 33 }, 'probe expects /api/v1/health/live; the code serves /health', {
      evidence: 'path: /api/v1/health/live',
      baseline: 'existing',
    }),
    finding('coverage-below-threshold', { path: '.' }, 'Line coverage 67.2% is below the required 80%.\nsrc/zerodb_integration.py: 0% of 138 lines — covering it would lift the total to 80.1%'),
    finding('workflow-masked-failure', { path: '.github/workflows/ci.yml', line: 40, column: 9 }, 'Step "Security scan" runs bandit but cannot fail:\n`|| true` masks its exit code', {
      evidence: 'bandit -r . || true',
    }),
    finding('hardcoded-password', { path: 'tests/test_api.py', line: 8 }, 'String literal compared to auth_token: *markdown* _chars_ [link](x) $x$ # & <b>', {
      evidence: 'assert connector.auth_token == "[redacted]"',
    }),
    // Likely, lowered from P0: the template's code spans hold data with backticks, pipes and HTML.
    finding('js-unresolved-import', { path: 'web/src/app.ts', line: 3, column: 1 }, `\`${HOSTILE_SPEC}\` does not resolve: there is no \`web/src/gen/<api>\` with any extension (.ts .tsx .d.ts .js .jsx .mjs .cjs .json, \`.ts\` for \`.js\`) nor an index file in it. Loading this module fails (ERR_MODULE_NOT_FOUND / TS2307). (Not proven: no tsconfig or bundler builds this file.)`, {
      severity: 'P1',
      certainty: 'likely',
      gap: 'no tsconfig or bundler builds this file',
      messageId: 'missingRelative',
      data: { spec: HOSTILE_SPEC, target: 'web/src/gen/<api>' },
    }),
    // Likely, at its rule's own severity: the message does not name the gap, the renderers do.
    finding('http-call-without-timeout', { path: 'src/client.py', line: 7 }, 'requests.get() without a timeout', {
      certainty: 'likely',
      gap: 'the session may set a default timeout',
    }),
    finding('k8s-missing-probes', { path: 'k8s/deploy.yaml', line: 20, endLine: 35, column: 7, endColumn: 3 }, "Container 'api' has no livenessProbe"),
    finding('docker-outdated-base-image', { path: 'docker/Dockerfile dev', line: 1 }, 'golang:1.21-alpine reached end of life on 2024-08-13; use golang:1.25', {
      evidence: 'FROM golang:1.21-alpine AS build',
      baseline: 'existing',
    }),
    finding('readiness-claim-contradicted', { path: 'docs/what#is?this.md', line: 3 }, 'README claims the service is launch-ready while 4 P0 findings remain'),
    finding('todo-debt', { path: '.' }, '42 TODO/FIXME comments (threshold 20)'),
    finding('workflow-unpinned-action', { path: '.github/workflows/ci.yml', line: 18, column: 15 }, 'some/action@v3 is not pinned to a commit SHA', {
      evidence: 'uses: some/action@v3',
    }),
  ].sort(compareFindings);
  const suppressed: Finding[] = [
    finding('hardcoded-secret', { path: 'test/fixtures/keys.pem', line: 1 }, 'RSA private key block', {
      evidence: '-----BEGIN RSA PRIVATE KEY----- [redacted]',
      suppressed: { source: 'config', reason: 'test key, never deployed', location: { path: '.github/readiness-gate.yml', line: 14 }, expires: '2027-06-30' },
    }),
    finding('hardcoded-password', { path: 'tests/conftest.py', line: 4 }, 'String literal assigned to password', {
      suppressed: { source: 'inline', reason: 'fake | value for <tests>', location: { path: 'tests/conftest.py', line: 3 } },
    }),
  ];
  const counts = count(findings);
  return {
    tool: { name: 'readiness-gate', version: '1.2.3', informationUri: 'https://github.com/readiness-gate/readiness-gate' },
    root: 'services/api',
    commit: '3f2c9e1d4b5a69788776655443322110ffeeddcc',
    options: options(),
    verdict: { blocked: true, reasons: ['4 P0 findings', 'coverage 67.2% is below 80%'] },
    blockers: [],
    score: { value: 41, grade: 'F', areas: { build: 100, tests: 60, security: 30, 'supply-chain': 95, deploy: 45, operations: 95, 'code-health': 95 } },
    counts,
    rules: Object.fromEntries(ALL_CHECKS.map((c) => [c.meta.id, c.meta])),
    findings,
    suppressed,
    outcomes: [
      { ruleId: 'coverage-below-threshold', area: metaOf('coverage-below-threshold').area, status: 'fail', findings: 1, millis: 3 },
      { ruleId: 'hardcoded-secret', area: metaOf('hardcoded-secret').area, status: 'fail', findings: 2, millis: 120 },
      { ruleId: 'http-call-without-timeout', area: metaOf('http-call-without-timeout').area, status: 'error', reason: 'TypeError: cannot read properties of undefined (reading `node`) | while reading src/a.py', findings: 0, millis: 4 },
      { ruleId: 'js-unresolved-import', area: metaOf('js-unresolved-import').area, status: 'pass', findings: 0, millis: 10 },
      { ruleId: 'k8s-probe-route-mismatch', area: metaOf('k8s-probe-route-mismatch').area, status: 'fail', findings: 1, millis: 8 },
      { ruleId: 'no-alerting-rules', area: metaOf('no-alerting-rules').area, status: 'inconclusive', reason: 'alerting rules live outside this repository?', findings: 0, millis: 1 },
      { ruleId: 'test-failure', area: metaOf('test-failure').area, status: 'not-applicable', reason: 'no test reports given or found', findings: 0, millis: 0 },
      { ruleId: 'type-annotation-coverage', area: metaOf('type-annotation-coverage').area, status: 'not-applicable', reason: 'no type-coverage-threshold set', findings: 0, millis: 0 },
    ],
    gaps: [
      { area: 'deploy', component: 'Deploy pipeline', status: 'disabled', evidence: '.github/workflows/deploy.yml:12' },
      { area: 'deploy', component: 'Kubernetes probes', status: 'mismatch', evidence: 'k8s/deploy.yaml:31' },
      { area: 'observability', component: 'Alerting | paging', status: 'partial' },
      { area: 'observability', component: 'Metrics', status: 'missing' },
      { area: 'operations', component: 'Runbook', status: 'present', evidence: 'docs/runbook.md' },
      { area: 'security', component: 'TLS', status: 'n/a' },
    ],
    // Hand-written and deliberately partial (the renderers tolerate missing fields), with one metric
    // no renderer knows (`todoCount`), shown generically: hence the assertion.
    metrics: {
      todoCount: 42,
      todos: { total: 42, byMarker: { TODO: 30, FIXME: 12 }, topFiles: [] },
      tests: { total: 120, passed: 117, failed: 2, flaky: 1, skipped: 0 },
      coverage: { linePercent: 67.2, threshold: 80, worstFiles: [{ path: 'src/zerodb_integration.py', percent: 0, lines: 138, totalIfCovered: 80.1 }] },
    } as unknown as Metrics,
    map: {
      units: [{ root: 'services/api', kind: 'python', name: 'api', entries: ['services/api/main.py'], reason: 'pyproject [project.scripts]' }],
      roots: [
        { path: 'tests', class: 'test', reason: 'pyproject.toml [tool.pytest.ini_options] testpaths' },
        { path: 'examples/<demo>|x', class: 'example', reason: "folder name 'examples/'", layer: 'convention' },
      ],
      counts: { runtime: 40, test: 12, tooling: 3, docs: 5, example: 2, generated: 0, vendored: 0 },
    },
    profile: { kind: 'service', source: 'detected', reasons: ['Kubernetes Deployment in k8s/deploy.yaml', 'deployment files: docker/Dockerfile dev'] },
    files: { scanned: 1234, bytes: 5_200_000, source: 'git' },
    skipped: { binary: 3, tooLarge: 1, generated: 120, ignored: 0, symlink: 1, unreadable: 0, output: 0 },
    skippedExamples: { binary: ['assets/logo.png', 'assets/font.woff2', 'assets/x.bin'], tooLarge: ['data/dump.sql'], generated: ['node_modules/a/index.js'], symlink: ['link|to'] },
    malformed: [{ path: 'k8s/bad.yaml', kind: 'yaml', reason: 'bad indentation of a mapping entry at line 4' }],
    nonUtf8: ['legacy/latin1.txt'],
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: {
      path: 'sbom.cdx.json',
      format: 'json',
      specVersion: '1.6',
      components: 187,
      ecosystems: { pypi: 37, npm: 150 },
      direct: 41,
      transitive: 146,
      dev: 60,
      licenses: { spdx: { MIT: 120, 'Apache-2.0': 30, 'BSD-3-Clause': 12 }, unknown: 25 },
      vulnerabilities: { checked: true, components: 3, bySeverity: { critical: 0, high: 1, medium: 2, low: 0, unknown: 0 } },
      lockfiles: [
        { path: 'package-lock.json', ecosystem: 'npm', status: 'parsed', components: 150 },
        { path: 'poetry.lock', ecosystem: 'poetry', status: 'parsed', components: 37 },
        { path: 'legacy/yarn.lock', ecosystem: 'yarn', status: 'malformed', components: 0, reason: 'unexpected end of input' },
      ],
      skipped: [{ path: 'package-lock.json', name: 'internal-lib@1.0.0', reason: 'git source: no registry version to identify it' }],
      document: '{}',
    },
    links: { serverUrl: 'https://github.com', repository: 'acme/shop', sha: '3f2c9e1d4b5a69788776655443322110ffeeddcc', prefix: 'services/api' },
    notices: [],
    secrets: new Set(['AKIA-not-a-real-secret']),
    timings: { totalMs: 1234.5, discoverMs: 100, readMs: 800, bytes: 5_200_000, perRuleMs: { 'hardcoded-secret': 120 } },
  };
}

export function count(findings: readonly Finding[]): Record<Severity, number> {
  const c = { P0: 0, P1: 0, P2: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** A clean run: no findings, every check passed, nothing measured. */
export function readyFixture(): RunResult {
  const r = fixture();
  return {
    ...r,
    verdict: { blocked: false, reasons: [] },
    score: { value: 100, grade: 'A', areas: { build: 100, security: 100 } },
    counts: { P0: 0, P1: 0, P2: 0 },
    rules: Object.fromEntries(ALL_CHECKS.map((c) => [c.meta.id, c.meta])),
    findings: [],
    suppressed: [],
    outcomes: [{ ruleId: 'merge-conflict-marker', area: metaOf('merge-conflict-marker').area, status: 'pass', findings: 0, millis: 1 }],
    gaps: [],
    metrics: {},
    sbom: null,
    skipped: { binary: 0, tooLarge: 0, generated: 0, ignored: 0, symlink: 0, unreadable: 0, output: 0 },
    skippedExamples: {},
    malformed: [],
    nonUtf8: [],
    effortMinutes: 0,
    links: null,
  };
}

const SEVERITY_RULES: Record<Severity, RuleId[]> = {
  P0: ['hardcoded-secret', 'merge-conflict-marker', 'undeclared-dependency'],
  P1: ['hardcoded-password', 'workflow-masked-failure', 'http-call-without-timeout'],
  P2: ['workflow-unpinned-action', 'todo-debt', 'workflow-permissions'],
};

/** `n` findings spread over severities (10% P0, 30% P1, 60% P2), worst first, with long messages. */
export function bigFixture(n: number): RunResult {
  const r = fixture();
  const findings: Finding[] = [];
  const split: Array<[Severity, number]> = [
    ['P0', Math.round(n * 0.1)],
    ['P1', Math.round(n * 0.3)],
  ];
  split.push(['P2', n - split[0]![1] - split[1]![1]]);
  for (const [s, k] of split) {
    const rules = SEVERITY_RULES[s];
    for (let i = 0; i < k; i++) {
      const ruleId = rules[i % rules.length]!;
      findings.push(
        finding(ruleId, { path: `pkg/module_${String(i % 500).padStart(3, '0')}/file with spaces ${i}.py`, line: 1 + (i % 900) }, `Finding ${i} of ${s}: ${'a long explanation of what is wrong here, '.repeat(3)}`, {
          severity: s,
          evidence: `value_${i} = "${'x'.repeat(40)}" | <tag> \`tick\``,
        }),
      );
    }
  }
  return { ...r, findings, counts: count(findings), effortMinutes: findings.reduce((t, f) => t + f.effortMinutes, 0), verdict: { blocked: true, reasons: [`${count(findings).P0} P0 findings`] } };
}

// --- reading Markdown back -------------------------------------------------------------------

/**
 * Splits a GFM table row the way cmark-gfm does: a `|` preceded by a backslash belongs to the
 * cell (and is unescaped before inline parsing); any other `|` separates cells.
 */
export function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** What a CommonMark code span shows: the fence and one padding space each side removed. */
export function codeSpanText(span: string): string {
  const fence = /^`+/.exec(span)![0];
  let body = span.slice(fence.length, span.length - fence.length);
  if (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1);
  return body;
}

/** Undoes escapeMarkdown for plain text (backslash escapes, the three entities). */
export function unescapeMarkdown(s: string): string {
  return s
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// --- golden files -------------------------------------------------------------------------------

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Compares with test/report/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`);
  }
  expect(actual, `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)`).toBe(expected);
}
