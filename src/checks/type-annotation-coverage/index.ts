// type-annotation-coverage (RULES.md, code-health): the share of functions whose signature is fully
// typed — Python: every parameter bar self/cls and the return annotated (mypy's "typed def");
// TypeScript: no explicit or implicit `any` in parameters or return. Always a metric
// (`typeAnnotations`: total, per language, the files with the most untyped functions); a
// finding only when `type-coverage-threshold` is set and missed. Runtime code only: tests,
// tooling and declaration files are not counted (analysis/deps/test-code.ts).
import { jsFacts } from '../../analysis/js/facts.js';
import { pythonFacts } from '../../analysis/python/facts.js';
import { defineCheck } from '../../model/check.js';
import type { TypeAnnotationsMetric } from '../../model/metrics.js';

interface Counted {
  lang: 'python' | 'typescript';
  functions: number;
  typed: number;
}

const MAX_ROWS = 100;
const percent = (typed: number, total: number) => (total === 0 ? 100 : Math.round((typed / total) * 1000) / 10);

export default defineCheck({
  meta: {
    id: 'type-annotation-coverage',
    area: 'code-health',
    severity: 'P0',
    effortMinutes: 600,
    title: 'Type annotation coverage below threshold',
    certainty: 'proven',
    proof: 'the function signatures of the runtime code, counted one by one, are typed below `type-coverage-threshold`',
    precision: 'high',
    docs: 'rules/checks/type-annotation-coverage.md',
    pure: true,
    files: ['**/*.{py,ts,tsx,mts,cts}'],
    languages: ['python', 'typescript', 'tsx'],
    messages: {
      belowThreshold:
        'Type annotation coverage is {measured}% ({typed} of {functions} functions fully typed), below the required {required}% (type-coverage-threshold): {untyped} functions miss types, most in {worst}.',
    },
    remediation:
      'Annotate the parameters and return types of the functions in the files listed (start with the public API), turn on `mypy --disallow-untyped-defs` / `noImplicitAny` to keep it there, or lower type-coverage-threshold if this level is accepted.',
  },
  create(ctx) {
    return {
      file(f) {
        if (ctx.classOf(f.path) !== 'runtime' || f.path.endsWith('.d.ts')) return;
        if (f.path.endsWith('.py')) {
          const fn = pythonFacts(f)?.functions;
          if (fn && fn.total > 0) ctx.observe({ lang: 'python', functions: fn.total, typed: fn.annotated } satisfies Counted);
        } else {
          const fn = jsFacts(f)?.functions;
          if (fn && fn.total > 0) ctx.observe({ lang: 'typescript', functions: fn.total, typed: fn.typed } satisfies Counted);
        }
      },
      end() {
        const obs = ctx.observations<Counted>();
        if (obs.length === 0) return ctx.notApplicable('no Python or TypeScript functions outside tests');
        const byLanguage: TypeAnnotationsMetric['byLanguage'] = {};
        let functions = 0;
        let typed = 0;
        for (const { value } of obs) {
          const l = (byLanguage[value.lang] ??= { functions: 0, typed: 0, percent: 0 });
          l.functions += value.functions;
          l.typed += value.typed;
          functions += value.functions;
          typed += value.typed;
        }
        for (const l of Object.values(byLanguage)) l.percent = percent(l.typed, l.functions);
        const worstFiles = obs
          .filter((o) => o.value.typed < o.value.functions)
          .map((o) => ({ path: o.path, functions: o.value.functions, typed: o.value.typed, percent: percent(o.value.typed, o.value.functions) }))
          .sort((a, b) => b.functions - b.typed - (a.functions - a.typed) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
          .slice(0, MAX_ROWS);
        const threshold = ctx.options.typeCoverageThreshold;
        const metric: TypeAnnotationsMetric = {
          percent: percent(typed, functions),
          functions,
          typed,
          untyped: functions - typed,
          files: obs.length,
          byLanguage,
          worstFiles,
          ...(threshold === undefined ? {} : { threshold }),
        };
        ctx.metric('typeAnnotations', metric);
        if (threshold === undefined || metric.percent >= threshold) return;
        ctx.report({
          messageId: 'belowThreshold',
          location: { path: '.' },
          data: {
            measured: metric.percent,
            required: threshold,
            typed,
            functions,
            untyped: metric.untyped,
            worst: worstFiles.slice(0, 3).map((w) => `${w.path} (${w.functions - w.typed} untyped)`).join(', '),
          },
          // One finding per repository: its identity must not move with the figures.
          fingerprintKey: 'type-annotation-coverage',
        });
      },
    };
  },
});
