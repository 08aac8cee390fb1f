// coverage-below-threshold: total line coverage, over every file of every coverage report of the
// run (each file counted once), is below `coverage-threshold` (RULES.md, tests). The message names
// the measured and required figures and the files that cost the most, each with what the total
// would become if that file were fully covered — where the effort pays most.
import { defineCheck } from '../../model/check.js';
import { formatPercent, percentIfCovered, type CoverageEvidence } from '../../evidence/model.js';
import { usable } from '../../evidence/reports.js';

/** Files named in the message; the summary's table has more. */
export const WHAT_IF_FILES = 3;

export default defineCheck({
  meta: {
    id: 'coverage-below-threshold',
    area: 'tests',
    severity: 'P0',
    effortMinutes: 120,
    title: 'Coverage below threshold',
    certainty: 'proven',
    proof: 'the coverage reports of this run measure total line coverage below `coverage-threshold`',
    precision: 'very-high',
    docs: 'rules/checks/coverage-below-threshold.md',
    messages: {
      below: 'Line coverage is {measured} ({covered} of {total} lines), below the required {required}. The files that cost the most: {files}.',
    },
    remediation:
      'Write tests for the files that cost the most coverage first (the list says how far each one moves the total), or, if the bar is wrong for this code, change `coverage-threshold` deliberately.',
  },
  create(ctx) {
    return {
      end() {
        const cov = ctx.workspace.evidence?.coverage;
        if (!cov) return ctx.notApplicable('the coverage reports were not loaded');
        if (cov.threshold === undefined) return ctx.notApplicable('no coverage-threshold set');
        if (usable(cov.reports).length === 0 || cov.percent === null) return ctx.notApplicable('no coverage measured (see coverage-report-missing)');
        if (cov.percent >= cov.threshold) {
          ctx.gap('coverage', 'present', `${formatPercent(cov.percent)} ≥ ${cov.threshold}%`);
          return;
        }
        ctx.gap('coverage', 'partial', `${formatPercent(cov.percent, cov.threshold)} < ${cov.threshold}%`);
        const costly = cov.files.filter((f) => f.covered < f.total).slice(0, WHAT_IF_FILES);
        const worstInRepo = costly.find((f) => f.inRepo);
        ctx.report({
          messageId: 'below',
          location: { path: worstInRepo?.path ?? '.' },
          data: {
            measured: formatPercent(cov.percent, cov.threshold),
            required: `${cov.threshold}%`,
            covered: cov.covered.toLocaleString('en-US'),
            total: cov.total.toLocaleString('en-US'),
            files: costly.map((f) => whatIf(cov, f)).join('; '),
          },
          fingerprintKey: 'coverage',
        });
      },
    };
  },
});

/** `src/zerodb_integration.py: 0% of 138 lines — covering it would lift the total from 67.2% to 80.1%` */
export function whatIf(cov: CoverageEvidence, f: CoverageEvidence['files'][number]): string {
  const pct = f.total === 0 ? 0 : (f.covered / f.total) * 100;
  const filePct = pct > 0 && pct < 1 ? pct.toFixed(1) : String(Math.floor(pct));
  return `${f.path}: ${filePct}% of ${f.total.toLocaleString('en-US')} lines — covering it would lift the total from ${formatPercent(cov.percent ?? 0, cov.threshold)} to ${formatPercent(percentIfCovered(cov, f))}`;
}
