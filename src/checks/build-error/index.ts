// build-error: each error a compiler, type checker or linter wrote in the logs given by
// `build-logs` (RULES.md, build), at its file and line, deduplicated across logs
// (src/formats/build-logs, src/evidence/load.ts). A log with only warnings gives P2 findings;
// warnings beside errors are noise until the errors are fixed.
import { defineCheck } from '../../model/check.js';
import { formatInt } from '../../formats/text.js';
import { describeUnreadable, reportLocation, usable } from '../../evidence/reports.js';

export default defineCheck({
  meta: {
    id: 'build-error',
    area: 'build',
    severity: 'P0',
    effortMinutes: 30,
    title: 'Build, type-check or lint error',
    certainty: 'proven',
    precision: 'very-high',
    docs: 'rules/checks/build-error.md',
    messages: {
      error: '{tool} error{code}: {message}',
      warning: '{tool} warning{code}: {message}',
      omitted: '{errors} more errors and {warnings} more warnings in the build logs, not listed one by one (the first {listed} diagnostics are).',
      omittedWarnings: '{warnings} more warnings in the build logs, not listed one by one (the first {listed} diagnostics are).',
    },
    severities: { warning: 'P2', omittedWarnings: 'P2' },
    proof: 'the compiler, type checker or linter wrote the error in the log',
    remediation: 'Fix the error at the line given (the message is the tool\'s own) and run the build, type check or linter again until the log is clean.',
  },
  create(ctx) {
    return {
      end() {
        const build = ctx.workspace.evidence?.build;
        if (!build) return ctx.notApplicable('the build logs were not loaded');
        if (!build.given) return ctx.notApplicable('no build-logs given');
        if (build.reports.length === 0) return ctx.inconclusive(`build-logs (${ctx.options.buildLogs.join(', ')}) matches no file`);
        if (usable(build.reports).length === 0) return ctx.inconclusive(`no build log could be read: ${describeUnreadable(build.reports)}`);
        for (const d of build.diagnostics) {
          ctx.report({
            messageId: d.severity,
            location: d.location,
            data: { tool: d.tool, code: d.code ? ` ${d.code}` : '', message: d.message },
            fingerprintKey: `${d.tool}:${d.code ?? ''}:${d.message}`,
          });
        }
        // Past the cap: one finding that counts the rest (P2 when only warnings were cut).
        if ((build.omitted ?? 0) > 0) {
          const listedErrors = build.diagnostics.filter((d) => d.severity === 'error').length;
          const listedWarnings = build.diagnostics.length - listedErrors;
          const errors = build.errors - listedErrors;
          ctx.report({
            messageId: errors === 0 ? 'omittedWarnings' : 'omitted',
            location: reportLocation(usable(build.reports)),
            data: { errors: formatInt(errors), warnings: formatInt(build.warnings - listedWarnings), listed: formatInt(build.diagnostics.length) },
            fingerprintKey: `omitted:${errors}`,
          });
        }
      },
    };
  },
});
