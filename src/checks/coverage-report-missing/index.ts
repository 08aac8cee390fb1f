// coverage-report-missing: a coverage threshold is set but no coverage report was found, none
// could be read, or they measured no line (RULES.md, tests). Without it the threshold gates nothing.
import { defineCheck } from '../../model/check.js';
import { describeUnreadable, reportLocation, usable } from '../../evidence/reports.js';

export default defineCheck({
  meta: {
    id: 'coverage-report-missing',
    area: 'tests',
    severity: 'P1',
    effortMinutes: 15,
    title: 'No coverage report',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/coverage-report-missing.md',
    messages: {
      noMatch: 'A coverage threshold of {threshold}% is set, but coverage-reports ({globs}) matches no file.',
      notFound:
        'A coverage threshold of {threshold}% is set, but no coverage report was found (looked for lcov.info, coverage.xml, cobertura*.xml, coverage-final.json, coverage-summary.json, coverage.json, jacoco*.xml, coverage.out...).',
      unreadable: 'A coverage threshold of {threshold}% is set, but no coverage report could be read: {reports}.',
      empty: 'A coverage threshold of {threshold}% is set, but the coverage reports ({reports}) measure no line.',
    },
    remediation:
      'Make the test step write a coverage report (pytest --cov --cov-report=xml, vitest/jest --coverage with the lcov or cobertura reporter, go test -coverprofile=coverage.out, JaCoCo) before this step, and point `coverage-reports` at it.',
  },
  create(ctx) {
    return {
      end() {
        const cov = ctx.workspace.evidence?.coverage;
        if (!cov) return ctx.notApplicable('the coverage reports were not loaded');
        if (cov.threshold === undefined) return ctx.notApplicable('no coverage-threshold set');
        const threshold = cov.threshold;
        const ok = usable(cov.reports);
        if (cov.reports.length === 0) {
          ctx.gap('coverage', 'missing');
          if (cov.given) return ctx.report({ messageId: 'noMatch', location: { path: '.' }, data: { threshold, globs: ctx.options.coverageReports.join(', ') }, fingerprintKey: 'noMatch' });
          return ctx.report({ messageId: 'notFound', location: { path: '.' }, data: { threshold }, fingerprintKey: 'notFound' });
        }
        if (ok.length === 0) {
          ctx.gap('coverage', 'missing', cov.reports[0]!.path);
          return ctx.report({ messageId: 'unreadable', location: reportLocation(cov.reports), data: { threshold, reports: describeUnreadable(cov.reports) }, fingerprintKey: 'unreadable' });
        }
        if (cov.total === 0) {
          ctx.gap('coverage', 'missing', ok[0]!.path);
          return ctx.report({ messageId: 'empty', location: reportLocation(ok), data: { threshold, reports: ok.map((r) => r.path).join(', ') }, fingerprintKey: 'empty' });
        }
      },
    };
  },
});
