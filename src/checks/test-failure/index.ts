// test-failure: a test case failed or errored in this run's test reports (RULES.md, tests).
// One finding per failing test, with its full name and the first line of the failure, at the
// test's file and line when the report or the source tree gives them (src/evidence/tests.ts).
// A test that failed and passed on a rerun within one report is test-flaky's; a failure in one report
// and a pass in another stays a failure. Past a cap, the rest are counted in one finding.
import { defineCheck } from '../../model/check.js';
import { formatInt } from '../../formats/text.js';
import { judgeableTests, reportLocation } from '../../evidence/reports.js';

export default defineCheck({
  meta: {
    id: 'test-failure',
    area: 'tests',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Failing test',
    certainty: 'proven',
    proof: 'a test report of this run records the test as failed or errored',
    precision: 'very-high',
    docs: 'rules/checks/test-failure.md',
    messages: {
      failed: '{name} failed{attempts}: {message}',
      errored: '{name} errored{attempts}: {message}',
      failedBare: '{name} failed{attempts} (the report gives no message; see {report}).',
      erroredBare: '{name} errored{attempts} (the report gives no message; see {report}).',
      cut: '{count} more tests failed, not listed one by one (the first {listed} are): see {report}.',
    },
    remediation:
      'Run the failing test locally, fix the code or the test, and push; a test that is wrong must be fixed or deleted, not skipped to get a green build.',
  },
  create(ctx) {
    return {
      end() {
        const tests = judgeableTests(ctx);
        if (!tests) return;
        for (const t of tests.failures) {
          const bare = t.message === undefined;
          ctx.report({
            messageId: t.kind === 'errored' ? (bare ? 'erroredBare' : 'errored') : bare ? 'failedBare' : 'failed',
            location: t.location ?? reportLocation([{ path: t.report, origin: 'input' }]),
            data: {
              name: t.fullName,
              message: t.message ?? '',
              report: t.report,
              attempts: t.reruns > 0 ? ` on all ${t.reruns + 1} attempts` : '',
            },
            ...(t.message !== undefined ? { evidence: t.message } : {}),
            fingerprintKey: t.fullName,
          });
        }
        // Past the cap of listed failures: one finding that counts them, so the verdict still does.
        const cut = tests.cut?.failed ?? 0;
        if (cut > 0) {
          const report = tests.failures[0]?.report ?? tests.reports.find((r) => r.error === undefined)?.path ?? '.';
          ctx.report({
            messageId: 'cut',
            location: reportLocation([{ path: report, origin: 'input' }]),
            data: { count: formatInt(cut), listed: formatInt(tests.failures.length), report },
            fingerprintKey: `cut:${cut}`,
          });
        }
      },
    };
  },
});
