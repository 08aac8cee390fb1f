// Every rule's page (rules/checks/<id>.md), inlined as text (vite's ?raw in tests, the esbuild
// plugin in dist/): SARIF's help.markdown carries it, so code scanning shows the same page as the repository.
import type { RuleId } from '../model/catalogue.js';
import branchProtectionMissing from '../../rules/checks/branch-protection-missing.md?raw';
import buildError from '../../rules/checks/build-error.md?raw';
import coverageBelowThreshold from '../../rules/checks/coverage-below-threshold.md?raw';
import coverageReportMissing from '../../rules/checks/coverage-report-missing.md?raw';
import dependencyVersionConflict from '../../rules/checks/dependency-version-conflict.md?raw';
import dockerOutdatedBaseImage from '../../rules/checks/docker-outdated-base-image.md?raw';
import dockerUnpinnedBaseImage from '../../rules/checks/docker-unpinned-base-image.md?raw';
import goDuplicateDeclaration from '../../rules/checks/go-duplicate-declaration.md?raw';
import hardcodedPassword from '../../rules/checks/hardcoded-password.md?raw';
import hardcodedSecret from '../../rules/checks/hardcoded-secret.md?raw';
import httpCallWithoutTimeout from '../../rules/checks/http-call-without-timeout.md?raw';
import jsUnresolvedImport from '../../rules/checks/js-unresolved-import.md?raw';
import k8sIngressWithoutTls from '../../rules/checks/k8s-ingress-without-tls.md?raw';
import k8sMissingProbes from '../../rules/checks/k8s-missing-probes.md?raw';
import k8sProbeRouteMismatch from '../../rules/checks/k8s-probe-route-mismatch.md?raw';
import licenseDenied from '../../rules/checks/license-denied.md?raw';
import lockfileOutOfSync from '../../rules/checks/lockfile-out-of-sync.md?raw';
import mergeConflictMarker from '../../rules/checks/merge-conflict-marker.md?raw';
import noAlertingRules from '../../rules/checks/no-alerting-rules.md?raw';
import noCiTests from '../../rules/checks/no-ci-tests.md?raw';
import noCodeowners from '../../rules/checks/no-codeowners.md?raw';
import noDeployPipeline from '../../rules/checks/no-deploy-pipeline.md?raw';
import noDeploymentManifest from '../../rules/checks/no-deployment-manifest.md?raw';
import noHealthEndpoint from '../../rules/checks/no-health-endpoint.md?raw';
import noMetrics from '../../rules/checks/no-metrics.md?raw';
import noRunbook from '../../rules/checks/no-runbook.md?raw';
import pythonUnresolvedImport from '../../rules/checks/python-unresolved-import.md?raw';
import readinessClaimContradicted from '../../rules/checks/readiness-claim-contradicted.md?raw';
import suppressionWithoutReason from '../../rules/checks/suppression-without-reason.md?raw';
import telemetryNotInitialized from '../../rules/checks/telemetry-not-initialized.md?raw';
import testFailure from '../../rules/checks/test-failure.md?raw';
import testFlaky from '../../rules/checks/test-flaky.md?raw';
import testReportsMissing from '../../rules/checks/test-reports-missing.md?raw';
import todoDebt from '../../rules/checks/todo-debt.md?raw';
import typeAnnotationCoverage from '../../rules/checks/type-annotation-coverage.md?raw';
import unclosedResource from '../../rules/checks/unclosed-resource.md?raw';
import undeclaredDependency from '../../rules/checks/undeclared-dependency.md?raw';
import unguardedSharedState from '../../rules/checks/unguarded-shared-state.md?raw';
import vulnerableDependency from '../../rules/checks/vulnerable-dependency.md?raw';
import workflowDisabledJob from '../../rules/checks/workflow-disabled-job.md?raw';
import workflowMaskedFailure from '../../rules/checks/workflow-masked-failure.md?raw';
import workflowPermissions from '../../rules/checks/workflow-permissions.md?raw';
import workflowScriptInjection from '../../rules/checks/workflow-script-injection.md?raw';
import workflowUnpinnedAction from '../../rules/checks/workflow-unpinned-action.md?raw';

/** The page of each catalogue rule; the type makes a missing page a compile error. */
export const RULE_PAGES: Readonly<Record<RuleId, string>> = {
  'branch-protection-missing': branchProtectionMissing,
  'build-error': buildError,
  'coverage-below-threshold': coverageBelowThreshold,
  'coverage-report-missing': coverageReportMissing,
  'dependency-version-conflict': dependencyVersionConflict,
  'docker-outdated-base-image': dockerOutdatedBaseImage,
  'docker-unpinned-base-image': dockerUnpinnedBaseImage,
  'go-duplicate-declaration': goDuplicateDeclaration,
  'hardcoded-password': hardcodedPassword,
  'hardcoded-secret': hardcodedSecret,
  'http-call-without-timeout': httpCallWithoutTimeout,
  'js-unresolved-import': jsUnresolvedImport,
  'k8s-ingress-without-tls': k8sIngressWithoutTls,
  'k8s-missing-probes': k8sMissingProbes,
  'k8s-probe-route-mismatch': k8sProbeRouteMismatch,
  'license-denied': licenseDenied,
  'lockfile-out-of-sync': lockfileOutOfSync,
  'merge-conflict-marker': mergeConflictMarker,
  'no-alerting-rules': noAlertingRules,
  'no-ci-tests': noCiTests,
  'no-codeowners': noCodeowners,
  'no-deploy-pipeline': noDeployPipeline,
  'no-deployment-manifest': noDeploymentManifest,
  'no-health-endpoint': noHealthEndpoint,
  'no-metrics': noMetrics,
  'no-runbook': noRunbook,
  'python-unresolved-import': pythonUnresolvedImport,
  'readiness-claim-contradicted': readinessClaimContradicted,
  'suppression-without-reason': suppressionWithoutReason,
  'telemetry-not-initialized': telemetryNotInitialized,
  'test-failure': testFailure,
  'test-flaky': testFlaky,
  'test-reports-missing': testReportsMissing,
  'todo-debt': todoDebt,
  'type-annotation-coverage': typeAnnotationCoverage,
  'unclosed-resource': unclosedResource,
  'undeclared-dependency': undeclaredDependency,
  'unguarded-shared-state': unguardedSharedState,
  'vulnerable-dependency': vulnerableDependency,
  'workflow-disabled-job': workflowDisabledJob,
  'workflow-masked-failure': workflowMaskedFailure,
  'workflow-permissions': workflowPermissions,
  'workflow-script-injection': workflowScriptInjection,
  'workflow-unpinned-action': workflowUnpinnedAction,
};
