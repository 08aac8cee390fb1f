// The registry: every check, statically imported, sorted by rule ID.
import type { RuleId } from '../model/catalogue.js';
import type { Check, CheckMeta } from '../model/check.js';
import branchProtectionMissing from './branch-protection-missing/index.js';
import buildError from './build-error/index.js';
import coverageBelowThreshold from './coverage-below-threshold/index.js';
import coverageReportMissing from './coverage-report-missing/index.js';
import dependencyVersionConflict from './dependency-version-conflict/index.js';
import dockerOutdatedBaseImage from './docker-outdated-base-image/index.js';
import dockerUnpinnedBaseImage from './docker-unpinned-base-image/index.js';
import goDuplicateDeclaration from './go-duplicate-declaration/index.js';
import hardcodedPassword from './hardcoded-password/index.js';
import hardcodedSecret from './hardcoded-secret/index.js';
import httpCallWithoutTimeout from './http-call-without-timeout/index.js';
import jsUnresolvedImport from './js-unresolved-import/index.js';
import k8sIngressWithoutTls from './k8s-ingress-without-tls/index.js';
import k8sMissingProbes from './k8s-missing-probes/index.js';
import k8sProbeRouteMismatch from './k8s-probe-route-mismatch/index.js';
import licenseDenied from './license-denied/index.js';
import lockfileOutOfSync from './lockfile-out-of-sync/index.js';
import mergeConflictMarker from './merge-conflict-marker/index.js';
import noAlertingRules from './no-alerting-rules/index.js';
import noCiTests from './no-ci-tests/index.js';
import noCodeowners from './no-codeowners/index.js';
import noDeployPipeline from './no-deploy-pipeline/index.js';
import noDeploymentManifest from './no-deployment-manifest/index.js';
import noHealthEndpoint from './no-health-endpoint/index.js';
import noMetrics from './no-metrics/index.js';
import noRunbook from './no-runbook/index.js';
import pythonUnresolvedImport from './python-unresolved-import/index.js';
import readinessClaimContradicted from './readiness-claim-contradicted/index.js';
import suppressionWithoutReason from './suppression-without-reason/index.js';
import telemetryNotInitialized from './telemetry-not-initialized/index.js';
import testFailure from './test-failure/index.js';
import testFlaky from './test-flaky/index.js';
import testReportsMissing from './test-reports-missing/index.js';
import todoDebt from './todo-debt/index.js';
import typeAnnotationCoverage from './type-annotation-coverage/index.js';
import unclosedResource from './unclosed-resource/index.js';
import undeclaredDependency from './undeclared-dependency/index.js';
import unguardedSharedState from './unguarded-shared-state/index.js';
import vulnerableDependency from './vulnerable-dependency/index.js';
import workflowDisabledJob from './workflow-disabled-job/index.js';
import workflowMaskedFailure from './workflow-masked-failure/index.js';
import workflowPermissions from './workflow-permissions/index.js';
import workflowScriptInjection from './workflow-script-injection/index.js';
import workflowUnpinnedAction from './workflow-unpinned-action/index.js';

export const ALL_CHECKS: readonly Check[] = [
  branchProtectionMissing,
  buildError,
  coverageBelowThreshold,
  coverageReportMissing,
  dependencyVersionConflict,
  dockerOutdatedBaseImage,
  dockerUnpinnedBaseImage,
  goDuplicateDeclaration,
  hardcodedPassword,
  hardcodedSecret,
  httpCallWithoutTimeout,
  jsUnresolvedImport,
  k8sIngressWithoutTls,
  k8sMissingProbes,
  k8sProbeRouteMismatch,
  licenseDenied,
  lockfileOutOfSync,
  mergeConflictMarker,
  noAlertingRules,
  noCiTests,
  noCodeowners,
  noDeployPipeline,
  noDeploymentManifest,
  noHealthEndpoint,
  noMetrics,
  noRunbook,
  pythonUnresolvedImport,
  readinessClaimContradicted,
  suppressionWithoutReason,
  telemetryNotInitialized,
  testFailure,
  testFlaky,
  testReportsMissing,
  todoDebt,
  typeAnnotationCoverage,
  unclosedResource,
  undeclaredDependency,
  unguardedSharedState,
  vulnerableDependency,
  workflowDisabledJob,
  workflowMaskedFailure,
  workflowPermissions,
  workflowScriptInjection,
  workflowUnpinnedAction,
] as Check[];

const BY_ID = new Map(ALL_CHECKS.map((c) => [c.meta.id, c.meta]));

/** A rule's metadata, from its check. */
export function metaOf(id: RuleId): CheckMeta {
  const meta = BY_ID.get(id);
  if (!meta) throw new Error(`no check for rule ${id}`);
  return meta;
}
