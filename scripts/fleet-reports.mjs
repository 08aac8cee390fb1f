// Generated inputs for `readiness-gate merge`: JSON reports in the shape `readiness-gate scan
// --report` writes (the fields and values below are those of examples/service's report; the tests
// validate every generated report against schemas/report.schema.json), and fleet entries around
// them. Deterministic: the same arguments give the same documents. Used by the merge tests
// (test/helpers/fleet-reports.ts) and by the merge step of `npm run bench`.

/** Rules as examples/service reports them: id, severity, area, title, message id, certainty, file class, effort, path. */
export const RULES = [
  ['workflow-disabled-job', 'P0', 'security', 'Workflow job or step switched off', 'jobDeploy', 'proven', 'tooling', 30, '.github/workflows/deploy.yml'],
  ['hardcoded-secret', 'P0', 'security', 'Hardcoded credential', 'secret', 'proven', 'runtime', 30, 'app/config.py'],
  ['merge-conflict-marker', 'P0', 'build', 'Unresolved merge-conflict markers', 'conflict', 'proven', 'runtime', 15, 'app/pricing.py'],
  ['k8s-probe-route-mismatch', 'P0', 'deploy', 'Probe path served by no route', 'mismatch', 'proven', 'runtime', 60, 'k8s/deployment.yaml'],
  ['k8s-ingress-without-tls', 'P0', 'security', 'Ingress without TLS', 'noTls', 'proven', 'runtime', 60, 'k8s/deployment.yaml'],
  ['no-alerting-rules', 'P1', 'observability', 'No alerting rules', 'missing', 'likely', null, 240, '.'],
  ['test-reports-missing', 'P1', 'tests', 'No test results', 'notFound', 'proven', null, 15, '.'],
  ['workflow-masked-failure', 'P1', 'security', 'Check in CI that cannot fail', 'masked', 'proven', 'tooling', 15, '.github/workflows/ci.yml'],
  ['http-call-without-timeout', 'P1', 'observability', 'Outbound HTTP call without timeout', 'noTimeout', 'likely', 'runtime', 15, 'app/orders.py'],
  ['hardcoded-password', 'P1', 'security', 'Hardcoded password or token literal', 'assign', 'likely', 'test', 30, 'tests/test_orders.py'],
  ['no-codeowners', 'P2', 'operations', 'No CODEOWNERS', 'missing', 'proven', null, 15, '.'],
  ['no-runbook', 'P2', 'operations', 'No runbook', 'missing', 'proven', null, 240, '.'],
  ['workflow-permissions', 'P2', 'security', 'Workflow without least-privilege permissions', 'missing', 'proven', 'tooling', 10, '.github/workflows/ci.yml'],
  ['readiness-claim-contradicted', 'P2', 'operations', 'Readiness claim contradicted', 'contradicted', 'likely', 'docs', 15, 'README.md'],
].map(([ruleId, severity, area, title, messageId, certainty, fileClass, effortMinutes, path]) => ({ ruleId, severity, area, title, messageId, certainty, fileClass, effortMinutes, path }));

const BY_ID = new Map(RULES.map((r) => [r.ruleId, r]));

export function gradeOf(score) {
  return score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
}

/**
 * A JSON report. `findings`: [ruleId, count] or [ruleId, count, severity] (a rule re-rated);
 * `title` replaces every finding's title (hostile text); blocked when a P0 is present (fail-on P0).
 */
export function makeReport({ score = 90, findings = [], commit = null, title, message, version = '0.1.0' } = {}) {
  const list = [];
  for (const [ruleId, count, severity] of findings) {
    const r = BY_ID.get(ruleId) ?? { ...RULES[0], ruleId };
    for (let i = 0; i < count; i++) {
      const line = i + 1;
      list.push({
        ruleId,
        severity: severity ?? r.severity,
        certainty: r.certainty,
        gap: r.certainty === 'likely' ? 'the runtime configuration was not read' : null,
        fileClass: r.fileClass,
        area: r.area,
        title: title ?? r.title,
        messageId: r.messageId,
        data: { path: r.path, line },
        message: message ?? `${r.title} in ${r.path}${r.path === '.' ? '' : `:${line}`}.`,
        location: r.path === '.' ? { path: '.' } : { path: r.path, line },
        evidence: null,
        remediation: `Fix the ${r.title.toLowerCase()}.`,
        effortMinutes: r.effortMinutes,
        fingerprint: `${ruleId}-${line}`.padEnd(32, '0').slice(0, 32),
        baseline: null,
      });
    }
  }
  const counts = { P0: 0, P1: 0, P2: 0 };
  for (const f of list) counts[f.severity]++;
  const blocked = counts.P0 > 0;
  return {
    schemaVersion: 1,
    tool: { name: 'readiness-gate', version },
    root: '.',
    commit,
    profile: { kind: 'service', source: 'detected', reasons: ['Kubernetes Deployment in k8s/deployment.yaml'] },
    verdict: { blocked, reasons: blocked ? [`${counts.P0} P0 finding${counts.P0 === 1 ? '' : 's'}`] : [] },
    score: { value: score, grade: gradeOf(score), areas: { security: score } },
    counts,
    effortMinutes: list.reduce((t, f) => t + f.effortMinutes, 0),
    findings: list,
    suppressed: [],
    gaps: [{ area: 'deploy', component: 'Dockerfile', status: 'present', evidence: 'Dockerfile' }],
    checks: RULES.map((r) => ({ ruleId: r.ruleId, status: list.some((f) => f.ruleId === r.ruleId) ? 'fail' : 'pass', reason: null, findings: list.filter((f) => f.ruleId === r.ruleId).length })),
    metrics: { tests: null, coverage: null, typeCoverage: null, files: { scanned: 13, bytes: 4287, source: 'git' } },
    sbom: null,
    skipped: { binary: 0, tooLarge: 0, generated: 0, ignored: 0, symlink: 0, unreadable: 0, output: 0 },
    nonUtf8: [],
    malformed: [],
  };
}

/** A fleet entry (src/fleet/types.ts) around a report, or a failed one when `error` is given. */
export function makeEntry(repository, report, { error = null, server = 'https://github.com', runUrl = 'https://github.com/acme/.github/actions/runs/42', ref = null, commit } = {}) {
  const failed = error !== null;
  return {
    schemaVersion: 1,
    kind: 'readiness-gate-fleet-entry',
    repository,
    url: `${server}/${repository}`,
    ref,
    commit: commit ?? (failed ? null : (report?.commit ?? null)),
    runUrl,
    status: failed ? 'failed' : 'scanned',
    error,
    report: failed ? null : report,
  };
}

/**
 * `n` repositories of an organisation, seeded: scores spread over every grade, a mix of rules (a
 * few P0s, more P1/P2), every 25th a failed clone. Each a fleet entry named `acme/repo-NNNN`.
 * `scale` multiplies the findings (the bench uses reports larger than examples/service's).
 */
export function makeFleet(n, seed = 1, scale = 1) {
  let s = seed;
  // The high bits of the LCG: its low bits repeat with a short period.
  const rnd = (k) => ((s = (s * 1103515245 + 12345) % 2147483648), Math.floor(s / 65536) % k);
  const out = [];
  for (let i = 0; i < n; i++) {
    const name = `acme/repo-${String(i).padStart(4, '0')}`;
    const sha = (i * 2654435761 + seed).toString(16).padStart(8, '0').repeat(5).slice(0, 40);
    if (i % 25 === 24) {
      out.push(makeEntry(name, null, { error: `git clone failed: repository ${name} not found (exit 128)` }));
      continue;
    }
    const findings = [];
    for (const r of RULES) {
      const odds = r.severity === 'P0' ? 8 : 3;
      if (rnd(odds) === 0) findings.push([r.ruleId, scale * (1 + rnd(r.severity === 'P0' ? 3 : 12))]);
    }
    out.push(makeEntry(name, makeReport({ score: 30 + rnd(71), findings, commit: sha }), { commit: sha }));
  }
  return out;
}
