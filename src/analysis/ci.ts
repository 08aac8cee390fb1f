// What CI commands do: run tests, scanners, linters, type checkers, deployments; and whether a
// failure of one can fail its step. Shared by the workflow rules and the gap table.
//
// API
//   classify(words)               → 'test' | 'scanner' | 'lint' | 'typecheck' | undefined
//   isDeployCommand(words)        kubectl apply, helm upgrade, terraform apply, gcloud run deploy, …
//   isDeployAction(ref)           deploy actions (aws ECS/Cloud Run/App Service/k8s-deploy/fly/…)
//   maskedFailures(script, opts)  commands of a script whose failure cannot fail the step, and why
//   mentionsDeploy(text)          deploy/release/publish/rollout/promote wording
import type { ShellCommand } from './shell.js';
import type { ActionRef } from './workflow.js';

/** Words of a make/just/task target that say it runs tests. */
const TEST_TARGET_WORDS = new Set(['test', 'tests', 'unit', 'integration', 'e2e']);
export type CheckKind = 'test' | 'scanner' | 'lint' | 'typecheck';

// Launchers whose first argument is the real command.
const WRAPPERS = new Set(['sudo', 'npx', 'bunx', 'pnpx', 'exec', 'env', 'time', 'nice', 'xvfb-run', 'timeout']);
const RUNNERS: Array<string[]> = [
  ['poetry', 'run'],
  ['uv', 'run'],
  ['pdm', 'run'],
  ['hatch', 'run'],
  ['pipenv', 'run'],
  ['rye', 'run'],
  ['bundle', 'exec'],
  ['pnpm', 'exec'],
  ['yarn', 'exec'],
  ['npm', 'exec'],
  ['docker', 'compose', 'run'],
  ['docker-compose', 'run'],
  // `coverage run -m pytest`, `coverage run manage.py test`: coverage.py runs the program after its options.
  ['coverage', 'run'],
];

/** coverage.py's `run` options that take their value as the next word (`-p` is a flag there). */
const COVERAGE_VALUE_OPTIONS = new Set(['--rcfile', '--source', '--omit', '--include', '--data-file', '--context', '--concurrency']);
// Options of the runners above that take their value as the next word (`--group dev`, `-C dir`).
const RUNNER_VALUE_OPTIONS = new Set([
  '--group', '--only-group', '--extra', '--with', '--with-requirements', '--with-editable', '--python', '-p', '--package',
  '--env-file', '--directory', '--project', '--from', '--index', '--default-index', '--extra-index-url', '-C', '-P', '-e',
  '--env', '--workdir', '--user', '--name', '--entrypoint', '--volume',
]);

const SCANNERS = new Set([
  'bandit', 'safety', 'pip-audit', 'trivy', 'grype', 'gitleaks', 'semgrep', 'snyk', 'gosec', 'govulncheck', 'checkov',
  'tfsec', 'trufflehog', 'detect-secrets', 'osv-scanner', 'hadolint', 'kube-score', 'kubesec', 'dependency-check',
  'retire', 'audit-ci', 'better-npm-audit', 'brakeman', 'bundler-audit', 'cargo-audit', 'npm-audit', 'zizmor', 'kics', 'terrascan',
]);
const TESTS = new Set([
  'pytest', 'py.test', 'jest', 'vitest', 'mocha', 'ava', 'tap', 'karma', 'playwright', 'cypress', 'tox', 'nox', 'rspec',
  'phpunit', 'pest', 'paratest', 'gotestsum', 'ginkgo', 'ctest', 'behave', 'robot', 'nosetests', 'ward', 'bats', 'jasmine', 'c8', 'nyc',
]);
const LINTERS = new Set([
  'eslint', 'flake8', 'pylint', 'ruff', 'golangci-lint', 'staticcheck', 'rubocop', 'shellcheck', 'stylelint', 'biome',
  'prettier', 'black', 'isort', 'yamllint', 'markdownlint', 'actionlint', 'ktlint', 'revive', 'oxlint', 'pycodestyle', 'pydocstyle',
]);
const TYPECHECKERS = new Set(['mypy', 'tsc', 'pyright', 'pytype', 'vue-tsc', 'basedpyright', 'pyre']);

/** cargo-llvm-cov's subcommands that run no tests. */
const LLVM_COV_OTHER = new Set(['report', 'clean', 'show-env', 'run']);

/** The command's program and arguments after launchers (`npx`, `poetry run`, `python -m`). */
export function effectiveWords(words: readonly string[]): string[] {
  let w = words.map((x) => x);
  for (let guard = 0; guard < 6; guard++) {
    const head = w[0];
    if (head === undefined) break;
    const base = head.slice(head.lastIndexOf('/') + 1);
    if (WRAPPERS.has(base)) {
      w = w.slice(1);
      while (w[0]?.startsWith('-') || /^\d+[smh]?$/.test(w[0] ?? '')) w = w.slice(1);
      continue;
    }
    const runner = RUNNERS.find((r) => r.every((x, i) => w[i] === x));
    if (runner) {
      w = w.slice(runner.length);
      // `uv run --group dev tox`: an option's value is not the command (pallets/click's CI).
      const valued = runner[0] === 'coverage' ? COVERAGE_VALUE_OPTIONS : RUNNER_VALUE_OPTIONS;
      while (w[0]?.startsWith('-')) w = w.slice(valued.has(w[0]) ? 2 : 1);
      // `docker compose run --rm api pytest`: the service name comes before the command.
      if (runner[0]!.startsWith('docker') && w.length > 1) w = w.slice(1);
      continue;
    }
    if (/^(bash|sh|zsh|dash)$/.test(base) && w[1] !== undefined && !w[1].startsWith('-')) {
      w = w.slice(1);
      continue;
    }
    if (/^python[0-9.]*$/.test(base) && w[1] === '-m' && w[2]) {
      w = w.slice(2);
      continue;
    }
    w[0] = base;
    // `cargo +nightly test`: rustup's toolchain selector comes before the subcommand (lldap's CI).
    if (base === 'cargo' && w[1]?.startsWith('+')) w.splice(1, 1);
    break;
  }
  return w;
}

/** What kind of check a command runs, if any. */
export function classify(words: readonly string[]): CheckKind | undefined {
  const w = effectiveWords(words);
  const [cmd, sub, third] = w;
  if (cmd === undefined) return undefined;
  if (SCANNERS.has(cmd)) return 'scanner';
  if (TESTS.has(cmd)) return 'test';
  if (LINTERS.has(cmd)) return 'lint';
  if (TYPECHECKERS.has(cmd)) return 'typecheck';
  // Project scripts named for what they run: scripts/test.sh, ./run-tests.sh, scripts/lint.sh.
  const script = /^(?:run[-_])?(tests?|lint|typecheck|type-check)(?:[-_.][\w.-]*)?\.(?:sh|bash|ps1|py)$/.exec(cmd);
  if (script) return script[1]!.startsWith('test') ? 'test' : script[1] === 'lint' ? 'lint' : 'typecheck';
  // Without an extension only when run by its path (`./scripts/test`, `script/test`: scripts-to-rule-them-all);
  // a bare `test` is the shell's builtin.
  // So is one named for a test runner (`bin/knapsack_pro_rspec`: human-essentials).
  if ((/^(?:run[-_])?tests?(?:[-_][\w-]*)?$/.test(cmd) || cmd.split(/[-_.]/).some((p) => TESTS.has(p))) && words.some((x) => x.endsWith(`/${cmd}`))) return 'test';
  if (['npm', 'yarn', 'pnpm', 'bun'].includes(cmd)) {
    if (sub === 'audit' || (sub === 'run' && /audit/.test(third ?? ''))) return 'scanner';
    const script = sub === 'run' || sub === 'run-script' ? third : sub;
    if (script === undefined) return undefined;
    if (sub === 'test' || sub === 't' || /^(test|tests|e2e|spec|coverage)([:-]|$)/.test(script)) return 'test';
    if (/^lint([:-]|$)/.test(script)) return 'lint';
    if (/^(typecheck|type-check|check-types|types|tsc)([:-]|$)/.test(script)) return 'typecheck';
    return undefined;
  }
  // Composer scripts named for tests (`composer test`, `composer run test:unit`; shlink's `composer test:unit:ci`).
  if (cmd === 'composer') {
    const script = sub === 'run' || sub === 'run-script' ? third : sub;
    return script !== undefined && /^(test|tests|e2e|spec|coverage|phpunit|pest)([:-]|$)/.test(script) ? 'test' : undefined;
  }
  if (cmd === 'go') {
    if (sub === 'test') return 'test';
    if (sub === 'vet') return 'lint';
    return undefined;
  }
  if (cmd === 'cargo') {
    // cargo-hack runs another subcommand (`cargo hack test`, `cargo hack llvm-cov nextest`); cargo-llvm-cov runs the
    // tests under coverage unless told to do something else (`report`, `clean`, `show-env`, `run`).
    const rest = w.slice(1).filter((x) => !x.startsWith('-'));
    const k = rest[0] === 'hack' ? 1 : 0;
    if (rest[k] === 'llvm-cov') return LLVM_COV_OTHER.has(rest[k + 1] ?? '') ? undefined : 'test';
    if (rest[k] === 'test' || rest[k] === 'nextest') return 'test';
    return sub === 'clippy' ? 'lint' : sub === 'audit' ? 'scanner' : undefined;
  }
  if (cmd === 'unittest' || (cmd === 'django-admin' && sub === 'test') || (cmd === 'manage.py' && sub === 'test')) return 'test';
  if ((cmd === 'python' || /^python[0-9.]*$/.test(cmd)) && sub?.endsWith('manage.py') && third === 'test') return 'test';
  if (cmd === 'mvn' || cmd === 'mvnw' || cmd === './mvnw') return w.some((x) => /^(test|verify|install|package)$/.test(x)) && !w.includes('-DskipTests') ? 'test' : undefined;
  if (cmd === 'gradle' || cmd === 'gradlew' || cmd === './gradlew') return w.some((x) => /^(:?[\w-]*:)?(test|check|build)$/.test(x)) ? 'test' : undefined;
  // `make test`, `make test-unit`, `make run-telemetry-tests` (open-telemetry/opentelemetry-demo); not `make check-clean-work-tree`.
  // A target is a test run when one of its words (split at - _ : .) is a test word: `make ci.test` (searxng) too.
  // Python's Invoke (`invoke tests`, `inv unittest`: nautobot's CI) names its tasks the same way.
  // A target named with a workflow expression (`make server-test-${{ matrix.db }}`: focalboard) is judged by the rest of its name.
  if (cmd === 'make' || cmd === 'just' || cmd === 'task' || cmd === 'invoke' || cmd === 'inv') return w.slice(1).map((x) => x.replace(/\$\{\{[^}]{0,200}\}\}/g, '')).some((x) => x === 'check' || (/^[\w.:-]{1,128}$/.test(x) && x.split(/[-_:.]/).some((p) => TEST_TARGET_WORDS.has(p)))) ? 'test' : undefined;
  if (cmd === 'skaffold' && (sub === 'test' || sub === 'verify')) return 'test';
  if (cmd === 'dotnet' && sub === 'test') return 'test';
  if (cmd === 'bazel' && sub === 'test') return 'test';
  // `bin/rails test`, `bin/rails test:system`, `rake spec:models` (maybe-finance/maybe's CI).
  // Any task of the line, not only the first (`bin/rails db:setup test`: once-campfire); not the
  // environment given with -e.
  // A task of a runner's (`rake knapsack_pro:rspec`, `rake parallel:spec`) too; not `db:test:prepare`.
  if ((cmd === 'rake' || cmd === 'rails') && w.slice(1).some((x, i, rest) => (/^(test|spec)(:|$)/.test(x) || /(?:^|:)(?:rspec|minitest|spec|test)$/.test(x) && !/^db:/.test(x)) && rest[i - 1] !== '-e' && rest[i - 1] !== '--environment')) return 'test';
  // A bare `rake` (`bundle exec rake`) runs the default task: the test suite in Rails (rspec-rails and
  // minitest make it `spec` or `test`) and by convention in gems (`task default: :spec`; huginn/huginn's CI).
  if (cmd === 'rake' && (sub === undefined || sub === 'default' || sub.startsWith('-'))) return 'test';
  if ((cmd === 'mix' || cmd === 'sbt' || cmd === 'lein' || cmd === 'swift' || cmd === 'flutter' || cmd === 'dart') && sub === 'test') return 'test';
  if (cmd === 'php' && sub === 'artisan' && third === 'test') return 'test';
  if (cmd === 'deno' && sub === 'test') return 'test';
  if (cmd === 'bun' && sub === 'test') return 'test';
  if (cmd === 'docker' && sub === 'scout') return 'scanner';
  // chart-testing installs charts and runs their helm tests; helm unittest runs chart unit tests.
  if (cmd === 'ct') return sub === 'install' || sub === 'lint-and-install' ? 'test' : sub === 'lint' ? 'lint' : undefined;
  if (cmd === 'helm' && (sub === 'unittest' || sub === 'test')) return 'test';
  return undefined;
}

/** Commands that deploy. */
export function isDeployCommand(words: readonly string[]): boolean {
  const w = effectiveWords(words);
  const [cmd, a, b] = w;
  switch (cmd) {
    case 'kubectl':
    case 'oc':
      return ['apply', 'create', 'replace', 'set', 'rollout', 'patch'].includes(a ?? '') && !w.includes('--dry-run=client') && !w.includes('--dry-run');
    case 'helm':
    case 'helmfile':
      return ['upgrade', 'install', 'sync', 'apply', 'deploy'].includes(a ?? '');
    case 'argocd':
      return a === 'app' && ['sync', 'set', 'create'].includes(b ?? '');
    case 'flux':
      return a === 'reconcile';
    case 'terraform':
    case 'tofu':
    case 'terragrunt':
      return a === 'apply' || (a === 'run-all' && b === 'apply');
    case 'pulumi':
      return a === 'up';
    case 'cdk':
    case 'serverless':
    case 'sls':
    case 'sam':
    case 'eb':
    case 'fly':
    case 'flyctl':
    case 'netlify':
    case 'wrangler':
    case 'railway':
    case 'skaffold':
    case 'kamal':
    case 'copilot':
      return ['deploy', 'up', 'run', 'publish'].includes(a ?? '') || (a === 'svc' && b === 'deploy');
    case 'vercel':
      return w.includes('--prod') || a === 'deploy';
    case 'gcloud':
      return w.includes('deploy') || (w.includes('update') && (w.includes('run') || w.includes('container')));
    case 'aws':
      return (a === 'ecs' && /^(update-service|deploy)$/.test(b ?? '')) || (a === 'lambda' && /^update-function/.test(b ?? '')) || (a === 'deploy' && b === 'create-deployment') || (a === 'cloudformation' && /^(deploy|update-stack|create-stack)$/.test(b ?? ''));
    case 'az':
      return w.includes('deploy') || (w.includes('update') && (w.includes('containerapp') || w.includes('webapp')));
    case 'heroku':
      return a === 'container:release' || a === 'releases:promote';
    case 'git':
      return a === 'push' && /heroku|dokku/.test(b ?? '');
    case 'ansible-playbook':
      return true;
    case 'make':
    case 'just':
    case 'task':
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return w.slice(1).some((x) => /^(deploy|release|rollout)([:-]\S*)?$/.test(x));
    default:
      // `<tool> deploy` (fastapi deploy, firebase deploy, sst deploy...).
      if (a === 'deploy') return true;
      // `./scripts/deploy.sh`, `bin/deploy-prod`.
      return /^[\w.-]*deploy[\w.-]*$/i.test(cmd ?? '') && /\/|\.sh$/.test(words.find((x) => x.includes(cmd ?? '\0')) ?? '');
  }
}

const DEPLOY_ACTIONS = [
  /^aws-actions\/amazon-ecs-deploy-task-definition$/,
  /^aws-actions\/aws-cloudformation-github-deploy$/,
  /^google-github-actions\/deploy-(cloudrun|appengine|cloud-functions|workflow)$/,
  /^azure\/(webapps-deploy|k8s-deploy|functions-action|container-apps-deploy-action|aks-set-context|arm-deploy|static-web-apps-deploy|helm)$/i,
  /^superfly\/flyctl-actions$/,
  /^amondnet\/vercel-action$/,
  /^akhileshns\/heroku-deploy$/,
  /^cloudflare\/(wrangler-action|pages-action)$/,
  /^deliverybot\/helm$/,
  /^digitalocean\/app_action$/,
  /^railwayapp\/.*$/,
  /^serverless\/github-action$/,
  /^pulumi\/actions$/,
  /^appleboy\/ssh-action$/,
  /^easingthemes\/ssh-deploy$/,
  /^argoproj-labs\/.*argocd.*$/,
];

/**
 * Commands that publish a release for others to run: an image pushed to a registry, a GitHub
 * release, a package or a goreleaser/craft release. Not a deploy: what runs the published artifact
 * is not in the tree.
 */
export function isPublishCommand(words: readonly string[]): boolean {
  const w = effectiveWords(words);
  const [cmd, a, b] = w;
  if (cmd === 'docker' || cmd === 'podman' || cmd === 'buildah') return a === 'push' || (a === 'buildx' && b === 'build' && w.includes('--push')) || (a === 'build' && w.includes('--push'));
  // `gh workflow run publish.yml --repo org/charts`: the release handed to another repository's workflow (vault-helm).
  if (cmd === 'gh') return (a === 'release' && (b === 'create' || b === 'upload')) || (a === 'workflow' && b === 'run' && w.some((x) => x === '--repo' || x === '-R' || x.startsWith('--repo=')));
  if (cmd === 'goreleaser') return a === undefined || a === 'release' || a.startsWith('-');
  if (cmd === 'craft') return a === 'publish';
  if (cmd === 'twine') return a === 'upload';
  if (cmd === 'cargo') return a === 'publish';
  return false;
}

/** Actions that publish a release: docker/build-push-action, goreleaser-action, softprops/action-gh-release… */
const PUBLISH_ACTIONS = [/^(?:docker|depot)\/build-push-action$/, /^goreleaser\/goreleaser-action$/, /^softprops\/action-gh-release$/, /^ncipollo\/release-action$/, /^getsentry\/(?:craft|action-prepare-release)$/, /^pypa\/gh-action-pypi-publish$/];

export function isPublishAction(ref: ActionRef | undefined): boolean {
  if (!ref || ref.kind !== 'action' || !ref.owner || !ref.repo) return false;
  const id = `${ref.owner}/${ref.repo}`.toLowerCase();
  return PUBLISH_ACTIONS.some((re) => re.test(id));
}

export function isDeployAction(ref: ActionRef | undefined): boolean {
  if (!ref || ref.kind !== 'action' || !ref.owner || !ref.repo) return false;
  const id = `${ref.owner}/${ref.repo}`.toLowerCase();
  return DEPLOY_ACTIONS.some((re) => re.test(id));
}

export function mentionsDeploy(text: string | undefined): boolean {
  return text !== undefined && /(deploy|release|publish|rollout|roll-out|promote|kubectl|helm|terraform\s+apply|\bcd\b|production|\bprod\b)/i.test(text);
}

/** `true`, `:`, `exit 0`, `echo ...`: a command after `||` that turns any failure into success. */
function tolerant(words: readonly string[]): string | undefined {
  const [cmd, arg] = words;
  if (cmd === 'true' || cmd === ':' || cmd === '/bin/true') return `|| ${cmd}`;
  if (cmd === 'exit' && (arg === '0' || arg === undefined)) return `|| exit ${arg ?? ''}`.trimEnd();
  if (cmd === 'echo' || cmd === 'printf') return `|| ${cmd} …`;
  return undefined;
}

/** Flags that make a tool exit 0 whatever it finds. */
function softFlag(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--exit-zero' || w === '-no-fail' || w === '--no-fail' || w === '--soft-fail' || w === '--continue-on-error' || w === '--exit-code=0') return w;
    if ((w === '--exit-code' || w === '--error-exitcode') && words[i + 1] === '0') return `${w} 0`;
    if (w === '--audit-level' && words[i + 1] === 'none') return `${w} none`;
  }
  return undefined;
}

export interface Masked {
  command: ShellCommand;
  kind: CheckKind;
  /** How its failure is swallowed (`|| true`, `--exit-zero`, `set +e`...). */
  how: string;
}

/**
 * The test/scanner/lint/typecheck commands of a script whose failure cannot fail the step.
 * `errexit` is whether the shell stops at the first failing command (GitHub's default bash and sh
 * run with -e): without it, a failing command followed by other commands is swallowed.
 */
export function maskedFailures(commands: readonly ShellCommand[], errexit: boolean): Masked[] {
  const out: Masked[] = [];
  let exitOn = errexit;
  const lastList = commands.length > 0 ? commands[commands.length - 1]!.list : -1;
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i]!;
    const [w0, w1] = c.words;
    if (w0 === 'set' && (w1 === '+e' || w1 === '+o' && c.words[2] === 'errexit')) exitOn = false;
    if (w0 === 'set' && (w1 === '-e' || /^-[a-z]*e[a-z]*$/.test(w1 ?? '') || (w1 === '-o' && c.words[2] === 'errexit'))) exitOn = true;
    const kind = classify(c.words);
    if (!kind) continue;
    const flag = softFlag(c.words);
    if (flag) {
      out.push({ command: c, kind, how: flag });
      continue;
    }
    // Later commands in the same and-or list: `cmd || true`, `cmd && x || true`, `cmd | tee f || true`.
    let how: string | undefined;
    for (let j = i + 1; j < commands.length && commands[j]!.list === c.list; j++) {
      const n = commands[j]!;
      if (n.op === '||') {
        how = tolerant(n.words);
        // `|| { echo "failed"; exit 1; }` reports and still fails.
        const after = commands[j + 1];
        if (how && after && ((after.words[0] === 'exit' && after.words[1] !== '0') || after.words[0] === 'false')) how = undefined;
        if (how) break;
      }
    }
    // Without errexit, a failing command is forgotten unless it is the last one of the script.
    if (!how && !exitOn && c.list !== lastList) {
      const last = commands[commands.length - 1]!;
      how = last.words[0] === 'true' || last.words[0] === ':' ? `; ${last.words[0]} at the end, without errexit` : 'set +e (a later command decides the exit code)';
      if (/^exit\b/.test(last.text) && last.words[1] !== '0') how = undefined;
    }
    if (how) out.push({ command: c, kind, how });
  }
  return out;
}

/** Whether the step's shell stops at the first failing command (GitHub: bash -e / sh -e by default). */
export function shellErrexit(shell: string | undefined): boolean {
  if (shell === undefined) return true;
  const s = shell.trim();
  if (/^(bash|sh)$/.test(s)) return true;
  if (/^(pwsh|powershell|python|cmd)\b/.test(s)) return true; // their own semantics; not judged here
  return /\s-[a-z]*e/.test(s) || /errexit/.test(s);
}
