// Shared wording of the evidence rules about the report files themselves.
import type { CheckContext } from '../model/check.js';
import type { ReportFile, TestEvidence } from './model.js';

/** The test results a rule can judge; else undefined, after saying why the rule does not apply. */
export function judgeableTests(ctx: Pick<CheckContext, 'workspace' | 'notApplicable'>): TestEvidence | undefined {
  const tests = ctx.workspace.evidence?.tests;
  if (!tests) return void ctx.notApplicable('the test reports were not loaded');
  if (usable(tests.reports).length === 0) {
    return void ctx.notApplicable(tests.reports.length === 0 ? 'no test reports given or found' : 'no test report could be read (see test-reports-missing)');
  }
  return tests;
}

export function usable(reports: readonly ReportFile[]): ReportFile[] {
  return reports.filter((r) => r.error === undefined);
}

/** "a.xml (empty file), b.xml (not XML...)": the unreadable reports, two named, the rest counted. */
export function describeUnreadable(reports: readonly ReportFile[]): string {
  const bad = reports.filter((r) => r.error !== undefined);
  const named = bad.slice(0, 2).map((r) => `${r.path} (${r.error})`);
  return named.join(', ') + (bad.length > 2 ? ` and ${bad.length - 2} more` : '');
}

/** Where a finding about the reports goes: the first report that exists in the tree, else the repository. */
export function reportLocation(reports: readonly ReportFile[]): { path: string } {
  const inside = reports.find((r) => !r.path.startsWith('/') && !/^[A-Za-z]:/.test(r.path));
  return { path: inside?.path ?? '.' };
}

