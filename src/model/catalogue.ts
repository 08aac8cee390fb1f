// The rule IDs of RULES.md: a public contract (SARIF rule ids, docs pages, configuration keys,
// baselines). Everything else about a rule lives in its check's `meta` (src/checks/<id>/index.ts).

export const RULE_IDS = [
  'branch-protection-missing',
  'build-error',
  'coverage-below-threshold',
  'coverage-report-missing',
  'dependency-version-conflict',
  'docker-outdated-base-image',
  'docker-unpinned-base-image',
  'go-duplicate-declaration',
  'hardcoded-password',
  'hardcoded-secret',
  'http-call-without-timeout',
  'js-unresolved-import',
  'k8s-ingress-without-tls',
  'k8s-missing-probes',
  'k8s-probe-route-mismatch',
  'license-denied',
  'lockfile-out-of-sync',
  'merge-conflict-marker',
  'no-alerting-rules',
  'no-ci-tests',
  'no-codeowners',
  'no-deploy-pipeline',
  'no-deployment-manifest',
  'no-health-endpoint',
  'no-metrics',
  'no-runbook',
  'python-unresolved-import',
  'readiness-claim-contradicted',
  'suppression-without-reason',
  'telemetry-not-initialized',
  'test-failure',
  'test-flaky',
  'test-reports-missing',
  'todo-debt',
  'type-annotation-coverage',
  'unclosed-resource',
  'undeclared-dependency',
  'unguarded-shared-state',
  'vulnerable-dependency',
  'workflow-disabled-job',
  'workflow-masked-failure',
  'workflow-permissions',
  'workflow-script-injection',
  'workflow-unpinned-action',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

export function isRuleId(id: string): id is RuleId {
  return KNOWN.has(id);
}
