// readiness-claim-contradicted: the docs say "production ready" while this run finds blockers
// (RULES.md, operations). A late check: claims are collected during the file pass and reported in
// end() only when the other checks' effective findings (after policy) include a P0.
import { defineCheck } from '../../model/check.js';
import type { Finding } from '../../model/types.js';
import { findClaims } from './claims.js';

const EXAMPLES = 3;
/** Changelogs and release notes record what was said about past releases, not a claim about this commit. */
const HISTORY = /(?:^|\/)(?:(?:CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_ ]?NOTES)[^/]*|changelogs?\/.*)$/i;

interface SeenClaim {
  path: string;
  line: number;
  column: number;
  phrase: string;
  text: string;
}

export default defineCheck({
  meta: {
    id: 'readiness-claim-contradicted',
    area: 'operations',
    severity: 'P2',
    effortMinutes: 15,
    title: 'Readiness claim contradicted',
    certainty: 'likely',
    precision: 'medium',
    docs: 'rules/checks/readiness-claim-contradicted.md',
    late: true,
    pure: true,
    // READMEs anywhere, Markdown/MDX/reStructuredText/AsciiDoc anywhere, plain text under docs/.
    files: ['**/README*', '**/*.{md,mdx,markdown,rst,adoc,asciidoc}', '**/{docs,doc}/**/*.txt'],
    messages: {
      contradicted: '{path} claims "{phrase}" but this run has {count} P0 finding{s} ({examples}).',
    },
    remediation:
      'Fix the P0 findings before the claim goes out, or reword the documentation to say what is true today (for example "not yet production ready: see the open blockers").',
  },
  create(ctx) {
    return {
      file(f) {
        if (HISTORY.test(f.path)) return;
        for (const c of findClaims(f.text, /\.(?:md|mdx|markdown)$/i.test(f.path) || /(?:^|\/)README$/i.test(f.path))) {
          const line = f.lineOf(c.offset);
          ctx.observe({ path: f.path, line, column: f.columnOf(c.offset), phrase: c.phrase, text: f.line(line).trim() } satisfies SeenClaim);
        }
      },
      end() {
        const claims = ctx.observations<SeenClaim>().map((o) => o.value);
        if (claims.length === 0) return;
        // ctx.findings() is the other checks' findings after policy: overrides and every suppression applied.
        const all = ctx.findings().filter(
          (f) => f.severity === 'P0' && f.ruleId !== 'readiness-claim-contradicted',
        );
        if (all.length === 0) return;
        for (const c of claims) {
          const scope = scopeOf(c.path);
          const p0 = scope === undefined ? all : all.filter((f) => f.location.path === '.' || f.location.path.startsWith(`${scope}/`));
          if (p0.length === 0) continue;
          const examples = p0.slice(0, EXAMPLES).map(describe).join(', ') + (p0.length > EXAMPLES ? `, and ${p0.length - EXAMPLES} more` : '');
          ctx.report({
            messageId: 'contradicted',
            location: { path: c.path, line: c.line, column: c.column },
            data: { path: c.path, phrase: c.phrase, count: p0.length, s: p0.length === 1 ? '' : 's', examples },
            evidence: c.text,
            // The claim's own line, not the P0 count: the finding keeps its identity as blockers come and go.
            fingerprintKey: c.text.replace(/\s+/g, ' '),
          });
        }
      },
    };
  },
});

/**
 * What a claim speaks for: the folder of a README or guide inside a component (`src/telemetry-docs/README.md`
 * speaks for `src/telemetry-docs`, not for the other services of open-telemetry/opentelemetry-demo);
 * undefined (the whole repository) for the root and for documentation folders.
 */
function scopeOf(path: string): string | undefined {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (dir === '' || /(?:^|\/)(?:docs?|documentation|website|site|wiki|guides?|\.github)(?:\/|$)/i.test(dir)) return undefined;
  return dir;
}

function describe(f: Finding): string {
  const l = f.location;
  return `${f.ruleId} at ${l.path}${l.line !== undefined ? `:${l.line}` : ''}`;
}
