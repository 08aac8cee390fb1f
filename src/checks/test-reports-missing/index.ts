// test-reports-missing: test results were expected — `test-reports` was given, or the project has
// a test suite — but no report was found, none could be read, or they hold no executed test
// (RULES.md, tests). A gate that cannot see the tests must not look like one whose tests pass.
import { defineCheck } from '../../model/check.js';
import { describeUnreadable, reportLocation, usable } from '../../evidence/reports.js';
import { firstTestFile } from '../../evidence/test-suite.js';

export default defineCheck({
  meta: {
    id: 'test-reports-missing',
    area: 'tests',
    severity: 'P1',
    effortMinutes: 15,
    title: 'No test results',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/test-reports-missing.md',
    messages: {
      noMatch: 'test-reports is set ({globs}) but no file matches: the tests\' results cannot be checked.',
      notFound:
        'The project has tests ({example}) but no test report was found (looked for JUnit XML in the usual places: junit*.xml, TEST-*.xml, test-results/, surefire-reports/...): the tests\' results cannot be checked.',
      unreadable: 'No test report could be read: {reports}.',
      noTests: 'The test reports ({reports}) contain no executed test: {skipped}.',
    },
    remediation:
      'Make the test step write JUnit XML (pytest --junitxml=junit.xml, jest-junit, vitest --reporter=junit, gotestsum --junitfile, Surefire): the runners write it when tests fail too. Run the gate after it with `if: always()` (never mute the test step), and point `test-reports` at it.',
  },
  create(ctx) {
    return {
      end() {
        const tests = ctx.workspace.evidence?.tests;
        if (!tests) return ctx.notApplicable('the test reports were not loaded');
        const example = firstTestFile(ctx.workspace.files);
        if (!tests.given && example === undefined && tests.reports.length === 0) {
          return ctx.notApplicable('test-reports is not set and the project has no test suite');
        }
        const ok = usable(tests.reports);
        const gapSeen = ok[0]?.path;
        if (tests.reports.length === 0) {
          ctx.gap('test results', 'missing');
          if (tests.given) {
            return ctx.report({ messageId: 'noMatch', location: { path: '.' }, data: { globs: ctx.options.testReports.join(', ') }, fingerprintKey: 'noMatch' });
          }
          return ctx.report({ messageId: 'notFound', location: { path: '.' }, data: { example: example ?? '' }, fingerprintKey: 'notFound' });
        }
        if (ok.length === 0) {
          ctx.gap('test results', 'missing', tests.reports[0]!.path);
          return ctx.report({ messageId: 'unreadable', location: reportLocation(tests.reports), data: { reports: describeUnreadable(tests.reports) }, fingerprintKey: 'unreadable' });
        }
        if (tests.total - tests.skipped === 0) {
          ctx.gap('test results', 'missing', gapSeen);
          const skipped = tests.total === 0 ? 'no test case at all' : `all ${tests.total} test cases were skipped`;
          return ctx.report({ messageId: 'noTests', location: reportLocation(ok), data: { reports: ok.map((r) => r.path).join(', '), skipped }, fingerprintKey: 'noTests' });
        }
        ctx.gap('test results', 'present', gapSeen);
      },
    };
  },
});
