// no-ci-tests: no CI configuration runs the project's tests (RULES.md, deploy). Tests that only run
// on a laptop do not gate merges. A test command in a switched-off job does not count (the gap row
// says `disabled`); a masked one still runs and is workflow-masked-failure's business.
// Owns the "tests in CI" row of the gap table.
import { classify, effectiveWords } from '../../analysis/ci.js';
import { CI_GLOBS, ciFactsOf } from '../../analysis/ci-files.js';
import { defineCheck } from '../../model/check.js';
import { capturedDockerfiles, DOCKERFILE_GLOBS, type Dockerfile } from '../../analysis/dockerfile.js';
import { buildsOf } from '../../analysis/service-map/builds.js';
import { splitScript } from '../../analysis/shell.js';

interface Seen {
  tests: Array<{ line: number; disabled: boolean; text: string }>;
  /** `npm run <x>` / `yarn <x>` whose script may run tests. */
  scripts: Array<{ name: string; line: number; disabled: boolean }>;
  /** Jobs that call another repository's reusable workflow, whose steps are not read. */
  calls?: Array<{ workflow: string; line: number; job: string }>;
  /** Dockerfiles a step builds (`docker build -f`, build-push-action `file:`): their RUN steps run in CI too. */
  builds?: string[];
}

export default defineCheck({
  meta: {
    id: 'no-ci-tests',
    area: 'deploy',
    severity: 'P1',
    effortMinutes: 60,
    title: 'Tests not run in CI',
    certainty: 'proven',
    precision: 'high',
    docs: 'rules/checks/no-ci-tests.md',
    pure: true,
    repositoryFiles: true,
    files: CI_GLOBS,
    capture: ['package.json', ...DOCKERFILE_GLOBS],
    messages: {
      noCi: 'No CI configuration found (.github/workflows, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines...): nothing runs the tests before a merge or a release.',
      noTests: 'No CI job runs the tests ({files}): changes are merged and released without them.',
      disabled: 'The only CI jobs that run the tests are switched off ({where}): changes are merged and released without them.',
    },
    remediation:
      'Add a CI job that runs the test suite on every pull request and on the default branch (for example `.github/workflows/ci.yml` running `pytest` / `npm test` / `go test ./...`), and make it a required status check.',
  },
  create(ctx) {
    return {
      file(f) {
        const facts = ciFactsOf(f);
        if (facts.malformed !== undefined) ctx.malformed(f.path, 'ci-config', facts.malformed);
        const calls = facts.calls.filter((c) => !c.disabled).map((c) => ({ workflow: c.workflow, line: c.line, job: c.where.slice(0, 100) }));
        const builds = [...new Set(buildsOf(f).map((b) => b.dockerfile).filter((d): d is string => d !== undefined))].slice(0, MAX_BUILDS);
        const seen: Seen = { tests: [], scripts: [], ...(calls.length > 0 ? { calls } : {}), ...(builds.length > 0 ? { builds } : {}) };
        for (const c of facts.commands) {
          if (classify(c.words) === 'test') seen.tests.push({ line: c.line, disabled: c.disabled, text: c.text });
          else {
            const w = effectiveWords(c.words);
            if (['npm', 'yarn', 'pnpm', 'bun'].includes(w[0] ?? '')) {
              const name = w[1] === 'run' || w[1] === 'run-script' ? w[2] : w[1];
              if (name) seen.scripts.push({ name, line: c.line, disabled: c.disabled });
            }
          }
        }
        ctx.observe(seen);
      },
      end() {
        const obs = ctx.observations<Seen>();
        if (obs.length === 0) {
          ctx.gap('tests in CI', 'missing', undefined, 'tests');
          ctx.report({ messageId: 'noCi', location: { path: '.' }, fingerprintKey: 'noCi' });
          return;
        }
        const testScripts = packageTestScripts(ctx.workspace.text('package.json'));
        // Parsed once per run, shared with the other checks that read the captured Dockerfiles.
        const dockerfiles = capturedDockerfiles(ctx.workspace);
        const runs = obs.flatMap((o) => [
          ...o.value.tests.map((t) => ({ path: o.path, ...t })),
          ...o.value.scripts.filter((s) => testScripts.has(s.name)).map((s) => ({ path: o.path, line: s.line, disabled: s.disabled, text: s.name })),
          // A Dockerfile the CI builds runs its RUN steps there: `RUN go test ./...` (openfaas/faas' gateway).
          ...(o.value.builds ?? []).flatMap((d) => dockerfileTests(dockerfiles.get(d)).map((line) => ({ path: d, line, disabled: false, text: 'RUN' }))),
        ]);
        const live = runs.find((r) => !r.disabled);
        if (live) {
          ctx.gap('tests in CI', 'present', `${live.path}:${live.line}`, 'tests');
          return;
        }
        if (runs.length > 0) {
          const where = [...new Set(runs.map((r) => `${r.path}:${r.line}`))].slice(0, 3).join(', ');
          ctx.gap('tests in CI', 'disabled', runs[0]!.path, 'tests');
          ctx.report({ messageId: 'disabled', location: { path: runs[0]!.path, line: runs[0]!.line }, data: { where }, fingerprintKey: 'disabled' });
          return;
        }
        const files = obs.map((o) => o.path);
        // A job that runs another repository's reusable workflow runs steps the tree does not hold: they may be the tests.
        const call = obs.flatMap((o) => (o.value.calls ?? []).map((c) => ({ path: o.path, ...c })))[0];
        ctx.gap('tests in CI', 'missing', files[0], 'tests');
        ctx.report({
          messageId: 'noTests',
          location: { path: files[0]! },
          data: { files: `looked at ${files.slice(0, 4).join(', ')}${files.length > 4 ? ', …' : ''}` },
          fingerprintKey: 'noTests',
          ...(call ? { certainty: 'likely' as const, gap: `job \`${call.job}\` (${call.path}:${call.line}) runs the reusable workflow \`${call.workflow}\` of another repository, which is not read: it may run the tests` } : {}),
        });
      },
    };
  },
});

/** How many Dockerfiles one CI file's builds name. */
const MAX_BUILDS = 20;

/** The lines of a Dockerfile's RUN instructions that run tests. */
function dockerfileTests(d: Dockerfile | undefined): number[] {
  if (d === undefined) return [];
  return d.instructions.filter((i) => i.keyword === 'RUN' && splitScript(i.args.slice(0, 10_000)).some((c) => classify(c.words) === 'test')).map((i) => i.line);
}

/** Names of package.json scripts whose command runs a test runner. */
function packageTestScripts(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (text === undefined) return out;
  try {
    const pkg = JSON.parse(text) as { scripts?: Record<string, unknown> };
    for (const [name, body] of Object.entries(pkg.scripts ?? {})) {
      if (typeof body !== 'string') continue;
      if (/^(test|tests|ci|check|verify)([:-]|$)/.test(name) || /\b(jest|vitest|mocha|ava|playwright|cypress|pytest|node --test|tap)\b/.test(body)) out.add(name);
    }
  } catch {
    // A broken package.json is reported by the package rules; no test scripts known from it.
  }
  return out;
}
