// test-flaky: a test that both failed and passed in this run — across reports (a matrix, a
// rerun job), within one (gotestsum --rerun-fails), or marked passed on a rerun by the report
// (Surefire flakyFailure / flakyError) (RULES.md, tests). Its last attempt passed, so it is
// flaky and not failing: test-failure does not report it.
import { defineCheck } from '../../model/check.js';
import { judgeableTests, reportLocation } from '../../evidence/reports.js';

export default defineCheck({
  meta: {
    id: 'test-flaky',
    messages: {
      rerun: '{name} is flaky: it passed on a rerun after {reruns} failed attempt{s}: {message}',
      mixed: '{name} is flaky: it both failed and passed in this run: {message}',
    },
    remediation:
      'Find what the test depends on besides the code under test (time, order, shared state, the network, timeouts) and remove it; reruns hide real failures and make every red build suspect.',
  },
  create(ctx) {
    return {
      end() {
        const tests = judgeableTests(ctx);
        if (!tests) return;
        for (const t of tests.flakes) {
          ctx.report({
            messageId: t.reruns > 0 ? 'rerun' : 'mixed',
            location: t.location ?? reportLocation([{ path: t.report, origin: 'input' }]),
            data: { name: t.fullName, reruns: t.reruns, s: t.reruns === 1 ? '' : 's', message: t.message ?? 'no message in the report' },
            ...(t.message !== undefined ? { evidence: t.message } : {}),
            fingerprintKey: t.fullName,
          });
        }
      },
    };
  },
});
