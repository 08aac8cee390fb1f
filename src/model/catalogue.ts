// The rule catalogue of RULES.md: IDs, default severities, areas and efforts are a public contract.
// Every check takes its metadata from here, so the contract is written once.
import type { Area, Severity } from './types.js';

export interface RuleSpec {
  area: Area;
  severity: Severity;
  effortMinutes: number;
  title: string;
  /** Only applies when the profile is `service`. */
  serviceOnly?: boolean;
}

export const CATALOGUE = {
  // build
  'merge-conflict-marker': { area: 'build', severity: 'P0', effortMinutes: 15, title: 'Unresolved merge-conflict markers' },
  'python-unresolved-import': { area: 'build', severity: 'P0', effortMinutes: 15, title: 'Python import that cannot resolve' },
  'js-unresolved-import': { area: 'build', severity: 'P0', effortMinutes: 15, title: 'JS/TS import of a missing file' },
  'go-duplicate-declaration': { area: 'build', severity: 'P0', effortMinutes: 30, title: 'Go function or method declared twice' },
  'build-error': { area: 'build', severity: 'P0', effortMinutes: 30, title: 'Build, type-check or lint error' },
  // tests
  'test-failure': { area: 'tests', severity: 'P0', effortMinutes: 30, title: 'Failing test' },
  'test-flaky': { area: 'tests', severity: 'P1', effortMinutes: 60, title: 'Flaky test' },
  'test-reports-missing': { area: 'tests', severity: 'P1', effortMinutes: 15, title: 'No test results' },
  'coverage-below-threshold': { area: 'tests', severity: 'P0', effortMinutes: 120, title: 'Coverage below threshold' },
  'coverage-report-missing': { area: 'tests', severity: 'P1', effortMinutes: 15, title: 'No coverage report' },
  // security
  'hardcoded-secret': { area: 'security', severity: 'P0', effortMinutes: 30, title: 'Hardcoded credential' },
  'hardcoded-password': { area: 'security', severity: 'P1', effortMinutes: 30, title: 'Hardcoded password or token literal' },
  'workflow-disabled-job': { area: 'security', severity: 'P0', effortMinutes: 30, title: 'Workflow job or step switched off' },
  'workflow-masked-failure': { area: 'security', severity: 'P1', effortMinutes: 15, title: 'Check in CI that cannot fail' },
  'workflow-script-injection': { area: 'security', severity: 'P1', effortMinutes: 30, title: 'Untrusted input in a workflow script' },
  'workflow-unpinned-action': { area: 'security', severity: 'P2', effortMinutes: 10, title: 'Third-party action not pinned to a SHA' },
  'workflow-permissions': { area: 'security', severity: 'P2', effortMinutes: 10, title: 'Workflow without least-privilege permissions' },
  'k8s-ingress-without-tls': { area: 'security', severity: 'P0', effortMinutes: 60, title: 'Ingress without TLS' },
  // supply-chain
  'undeclared-dependency': { area: 'supply-chain', severity: 'P0', effortMinutes: 15, title: 'Import of an undeclared dependency' },
  'dependency-version-conflict': { area: 'supply-chain', severity: 'P1', effortMinutes: 60, title: 'Conflicting dependency constraints' },
  'lockfile-out-of-sync': { area: 'supply-chain', severity: 'P1', effortMinutes: 15, title: 'Lockfile out of sync with manifest' },
  'vulnerable-dependency': { area: 'supply-chain', severity: 'P0', effortMinutes: 30, title: 'Dependency with a known vulnerability' },
  'license-denied': { area: 'supply-chain', severity: 'P1', effortMinutes: 60, title: 'Dependency with a denied license' },
  'docker-unpinned-base-image': { area: 'supply-chain', severity: 'P1', effortMinutes: 10, title: 'Unpinned base image' },
  'docker-outdated-base-image': { area: 'supply-chain', severity: 'P2', effortMinutes: 30, title: 'End-of-life base image' },
  // deploy
  'k8s-probe-route-mismatch': { area: 'deploy', severity: 'P0', effortMinutes: 60, title: 'Probe path served by no route' },
  'k8s-missing-probes': { area: 'deploy', severity: 'P1', effortMinutes: 30, title: 'Container without probes' },
  'no-health-endpoint': { area: 'deploy', severity: 'P0', effortMinutes: 60, title: 'No health endpoint', serviceOnly: true },
  'no-deployment-manifest': { area: 'deploy', severity: 'P1', effortMinutes: 240, title: 'No deployment manifest', serviceOnly: true },
  'no-deploy-pipeline': { area: 'deploy', severity: 'P1', effortMinutes: 240, title: 'No deploy pipeline', serviceOnly: true },
  'no-ci-tests': { area: 'deploy', severity: 'P1', effortMinutes: 60, title: 'Tests not run in CI' },
  // observability
  'no-metrics': { area: 'observability', severity: 'P1', effortMinutes: 240, title: 'No metrics', serviceOnly: true },
  'no-alerting-rules': { area: 'observability', severity: 'P1', effortMinutes: 240, title: 'No alerting rules', serviceOnly: true },
  'telemetry-not-initialized': { area: 'observability', severity: 'P2', effortMinutes: 120, title: 'Telemetry declared but not started', serviceOnly: true },
  'http-call-without-timeout': { area: 'observability', severity: 'P1', effortMinutes: 15, title: 'Outbound HTTP call without timeout' },
  // operations
  'no-runbook': { area: 'operations', severity: 'P2', effortMinutes: 240, title: 'No runbook', serviceOnly: true },
  'no-codeowners': { area: 'operations', severity: 'P2', effortMinutes: 15, title: 'No CODEOWNERS' },
  'branch-protection-missing': { area: 'operations', severity: 'P1', effortMinutes: 15, title: 'Default branch not protected' },
  'readiness-claim-contradicted': { area: 'operations', severity: 'P2', effortMinutes: 15, title: 'Readiness claim contradicted' },
  'suppression-without-reason': { area: 'operations', severity: 'P2', effortMinutes: 5, title: 'Suppression without reason or expired' },
  // code-health
  'type-annotation-coverage': { area: 'code-health', severity: 'P0', effortMinutes: 600, title: 'Type annotation coverage below threshold' },
  'unguarded-shared-state': { area: 'code-health', severity: 'P1', effortMinutes: 180, title: 'Shared state mutated without a lock' },
  'unclosed-resource': { area: 'code-health', severity: 'P1', effortMinutes: 60, title: 'Client session never closed' },
  'todo-debt': { area: 'code-health', severity: 'P2', effortMinutes: 60, title: 'TODO/FIXME debt above threshold' },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof CATALOGUE;
export const RULE_IDS = Object.keys(CATALOGUE).sort() as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, id);
}

export function ruleSpec(id: RuleId): RuleSpec {
  return CATALOGUE[id];
}
