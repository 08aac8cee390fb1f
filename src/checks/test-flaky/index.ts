// test-flaky: a test that both failed and passed within one report of this run (gotestsum
// --rerun-fails, pytest-rerunfailures repeat the case), or that the report marks passed on a rerun
// (Surefire flakyFailure / flakyError) (RULES.md, tests). Its last attempt passed, so it is flaky
// and not failing. A failure in one report and a pass in another is a failure (test-failure): a
// second report, perhaps one the pull request planted, never launders a failure (SPEC §9).
import { defineCheck } from '../../model/check.js';
import { formatInt } from '../../formats/text.js';
import { judgeableTests, reportLocation } from '../../evidence/reports.js';

export default defineCheck({
  meta: {
    id: 'test-flaky',
    area: 'tests',
    severity: 'P1',
    effortMinutes: 60,
    title: 'Flaky test',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/test-flaky.md',
    messages: {
      rerun: '{name} is flaky: it passed on a rerun after {reruns} failed attempt{s}: {message}',
      mixed: '{name} is flaky: it both failed and passed in this run: {message}',
      cut: '{count} more tests are flaky, not listed one by one: see {report}.',
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
        const cut = tests.cut?.flaky ?? 0;
        if (cut > 0) {
          const report = tests.flakes[0]?.report ?? tests.reports.find((r) => r.error === undefined)?.path ?? '.';
          ctx.report({ messageId: 'cut', location: reportLocation([{ path: report, origin: 'input' }]), data: { count: formatInt(cut), report }, fingerprintKey: `cut:${cut}` });
        }
      },
    };
  },
});
