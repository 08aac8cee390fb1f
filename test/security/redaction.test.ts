// Issue 10, item 3: secrets never leave through evidence. A pull request plants credentials in
// every kind of evidence the gate copies into its outputs (JUnit test names and failure messages,
// build-log lines, a TOML parse error's code frame, a lockfile's git URL, a file name); the bundled
// action and the CLI run on it, and no output file, summary, output, annotation or stdout/stderr
// line may hold a value, raw or in any escaped form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/markdown.js';
import type { ActionRun } from '../e2e/harness.js';
import { ALNUM, BASE32, BASE64, tokens } from '../helpers/tokens.js';
import { action, cliInWorkflow, hostileRepo, writeEntries } from './hostile.js';

// Secret-shaped values generated at test time (see test/e2e/fixtures.ts): this file trips no scanner.
const { rand } = tokens(1234567);
const B64 = BASE64;

const awsKeyId = `AKIA${rand(BASE32, 16)}`;
const awsSecret = rand(B64, 40);
const tokenInTestName = `ghp_${rand(ALNUM, 36)}`;
const tokenInMessage = `ghp_${rand(ALNUM, 36)}`;
const tokenInLog = `ghp_${rand(ALNUM, 36)}`;
const tokenInToml = `ghp_${rand(ALNUM, 36)}`;
const tokenInLockToml = `ghp_${rand(ALNUM, 36)}`;
const tokenInYaml = `ghp_${rand(ALNUM, 36)}`;
const tokenInLock = `ghp_${rand(ALNUM, 36)}`;
const lockPassword = rand(ALNUM, 24);
const tokenInName = `ghp_${rand(ALNUM, 36)}`;
// A connection-URL password holding `@`: the pattern once stopped at the first `@` and printed the rest.
const urlPassword = `${rand(ALNUM, 7)}@${rand(ALNUM, 7)}`;
const SECRETS = { awsKeyId, awsSecret, tokenInTestName, tokenInMessage, tokenInLog, tokenInToml, tokenInLockToml, tokenInYaml, tokenInLock, lockPassword, tokenInName, urlPassword };

/** The forms a value could take once rendered: raw, JSON, Markdown, HTML, URL, workflow-command escapes. */
function forms(v: string): string[] {
  const data = v.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return [...new Set([v, JSON.stringify(v).slice(1, -1), escapeMarkdown(v), encodeURIComponent(v), data, data.replace(/:/g, '%3A').replace(/,/g, '%2C')])];
}

/** Every substring of 12 characters of the value: a leak of most of a value is a leak. */
function fragments(v: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 12 <= v.length; i += 4) out.push(v.slice(i, i + 12));
  return out;
}

function expectNoSecret(label: string, text: string): void {
  for (const [name, v] of Object.entries(SECRETS)) {
    for (const f of forms(v)) expect(text.includes(f), `${label} holds ${name} (${JSON.stringify(f.slice(0, 6))}...)`).toBe(false);
    if (name !== 'urlPassword') for (const f of fragments(v)) expect(text.includes(f), `${label} holds part of ${name}`).toBe(false);
  }
  // The part after the `@` of the URL password is a leak too.
  expect(text.includes(`@${urlPassword.split('@')[1]}`), `${label} holds the tail of the URL password`).toBe(false);
}

const junit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="shop" tests="4" failures="3" errors="0" time="0.5">
    <testcase classname="tests.test_auth" name="test_login[${tokenInTestName}]" time="0.1">
      <failure message="AssertionError: AWS_SECRET_ACCESS_KEY=${awsSecret} rejected for ${awsKeyId}">Traceback:
  token = "${tokenInMessage}"
  db = "postgres://app:${urlPassword}@db.internal:5432/shop"
AssertionError</failure>
    </testcase>
    <testcase classname="tests.test_ghp_prefix" name="test_ghp_prefix_is_parsed" time="0.1">
      <failure message="expected ghp_ prefix">the prefix alone is not a token</failure>
    </testcase>
    <testcase classname="tests.test_db" name="test_connect" time="0.1">
      <failure message="could not connect to postgres://app:${urlPassword}@db.internal:5432/shop">OperationalError</failure>
    </testcase>
    <testcase classname="tests.test_ok" name="test_ok" time="0.1"/>
  </testsuite>
</testsuites>
`;

const buildLog = [
  '2026-11-01T00:00:00.0000000Z > tsc -p .',
  `src/client.ts(3,7): error TS2322: Type '"${tokenInLog}"' is not assignable to type 'Token'.`,
  "src/other.ts(9,1): error TS2304: Cannot find name 'ghp_helper'.",
  '',
].join('\n');

const packageLock = JSON.stringify(
  {
    name: 'shop-web',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'shop-web', version: '1.0.0', dependencies: { 'private-lib': 'github:acme/private-lib', 'other-lib': 'git+https://github.com/acme/other-lib.git' } },
      'node_modules/private-lib': {
        version: '2.1.0',
        resolved: `git+https://x-access-token:${tokenInLock}@github.com/acme/private-lib.git#0123456789abcdef0123456789abcdef01234567`,
      },
      'node_modules/other-lib': {
        version: '1.0.0',
        resolved: `git+https://bot:${lockPassword}@git.acme.test/acme/other-lib.git#89abcdef0123456789abcdef0123456789abcdef`,
      },
    },
  },
  null,
  2,
);

const TREE = {
  'README.md': '# Shop\n\nThe shop service.\n',
  'package.json': JSON.stringify({ name: 'shop-web', version: '1.0.0', dependencies: { 'private-lib': 'github:acme/private-lib', 'other-lib': 'git+https://github.com/acme/other-lib.git' } }),
  'package-lock.json': packageLock,
  // A TOML parse error: the parser's message quotes the offending line (a code frame).
  'pyproject.toml': `[project]\nname = "shop"\nversion = "1.0.0"\napi_token = "${tokenInToml}" trailing garbage\n`,
  'poetry.lock': `[[package]]\nname = "requests"\nversion = "2.32.0"\nsource = { url = "${tokenInLockToml}" trailing garbage\n`,
  // A YAML parse error: the reason quotes the line too.
  '.github/workflows/ci.yml': `name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env: { TOKEN: "${tokenInYaml}" ]\n    steps:\n      - run: pytest\n`,
  // A file named after a token, holding a merge-conflict marker: an error annotation with the path as its file property.
  [`fixtures/${tokenInName}.py`]: ['<'.repeat(7) + ' HEAD', 'A = 1', '='.repeat(7), 'A = 2', '>'.repeat(7) + ' branch', ''].join('\n'),
};

/** What the job's own steps wrote (untracked): committed reports would not be evidence of this run. */
const JOB_OUTPUT = {
  'reports/junit.xml': junit,
  'logs/build.log': buildLog,
};

function shopRepo(): string {
  const ws = hostileRepo(TREE);
  writeEntries(ws, JOB_OUTPUT);
  return ws;
}

interface Outputs {
  label: string;
  texts: Record<string, string>;
}

function actionOutputs(run: ActionRun, ws: string, label: string): Outputs {
  const texts: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    annotations: run.annotations.map((a) => `${a.message}\n${JSON.stringify(a.props)}`).join('\n'),
  };
  for (const name of ['report', 'sarif', 'sbom']) if (run.outputs[name]) texts[name] = readFileSync(join(ws, run.outputs[name]!), 'utf8');
  return { label, texts };
}

describe('secrets never leave through evidence (bundled action)', () => {
  let ws: string;
  let run: ActionRun;
  let out: Outputs;
  beforeAll(() => {
    ws = shopRepo();
    run = action(ws, { 'test-reports': 'reports/*.xml', 'build-logs': 'logs/build.log', 'max-annotations': '50' });
    out = actionOutputs(run, ws, 'action');
  }, 120_000);

  it('runs to a verdict and writes every output', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(Object.keys(out.texts)).toEqual(expect.arrayContaining(['report', 'sarif', 'sbom']));
  });

  it('the evidence is there, its secrets redacted (true positives: each path was reached)', () => {
    const report = JSON.parse(out.texts.report!) as Record<string, unknown>;
    const json = out.texts.report!;
    // JUnit: the failing test's name and message are reported, with the values masked.
    expect(json).toContain('test_login[[redacted]]');
    expect(json).toMatch(/AWS_SECRET_ACCESS_KEY=\[redacted\] rejected for \[redacted\]/);
    expect(out.texts.summary).toContain('test\\_login\\[\\[redacted\\]\\]');
    // Build log: the diagnostic is kept, the token in it masked.
    expect(json).toContain(`Type '\\"[redacted]\\"' is not assignable`);
    // The connection URL's password is masked whole, `@` included.
    expect(json).toContain('postgres://app:[redacted]@db.internal:5432/shop');
    // The malformed pyproject.toml is listed (its reason quotes the line, token masked).
    const malformed = (report['malformed'] as Array<{ path: string; reason: string }>) ?? [];
    expect(malformed.map((m) => m.path)).toEqual(expect.arrayContaining(['poetry.lock', '.github/workflows/ci.yml']));
    expect(malformed.map((m) => m.reason).join('\n')).toContain('[redacted]');
    // SBOM: the git dependencies are components, their URLs' credentials masked.
    expect(out.texts.sbom).toContain('private-lib');
    // The purls carry the git URL percent-encoded (vcs_url qualifier).
    expect(out.texts.sbom).toContain('x-access-token%3A[redacted]%40github.com');
    expect(out.texts.sbom).toContain('bot%3A[redacted]%40git.acme.test');
    // The file named after a token: its finding is annotated, the path masked.
    const conflict = run.annotations.find((a) => a.props['file']?.startsWith('fixtures/'));
    expect(conflict?.props['file']).toBe('fixtures/[redacted].py');
  });

  it('near misses survive: a token prefix alone, or a name that only looks like one, is not redacted', () => {
    expect(out.texts.report).toContain('test_ghp_prefix_is_parsed');
    expect(out.texts.report).toContain('expected ghp_ prefix');
    expect(out.texts.report).toContain("Cannot find name 'ghp_helper'");
    expect(out.texts.sbom).toContain('%40git.acme.test%2Facme%2Fother-lib.git%2389abcdef');
  });

  it.each(['stdout', 'stderr', 'summary', 'outputs', 'annotations', 'report', 'sarif', 'sbom'])('%s holds no secret in any form', (name) => {
    expect(out.texts[name], `${name} was not produced`).toBeDefined();
    expectNoSecret(name, out.texts[name]!);
  });
});

describe('secrets never leave through evidence (bundled CLI in a workflow, XML SBOM)', () => {
  it('terminal output, warnings and every written file hold no secret', () => {
    const ws = shopRepo();
    const r = cliInWorkflow(ws, ['--test-reports', 'reports/*.xml', '--build-logs', 'logs/build.log', '--sbom', 'sbom.cdx.xml', '--sbom-format', 'xml', '--vulnerability-scan', 'off', '--github-token', '']);
    expect(r.status, r.stderr).toBe(1);
    expectNoSecret('cli stdout', r.stdout);
    expectNoSecret('cli stderr', r.stderr);
    const sbom = readFileSync(join(ws, 'sbom.cdx.xml'), 'utf8');
    expect(sbom).toContain('x-access-token%3A[redacted]%40github.com');
    expectNoSecret('cli sbom.cdx.xml', sbom);
    expectNoSecret('cli report', readFileSync(join(ws, 'readiness-report.json'), 'utf8'));
    expectNoSecret('cli sarif', readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8'));
  }, 120_000);
});

describe('repository text cannot hide words of the outputs', () => {
  it('a URL password is masked where it stands, never everywhere: output paths and file names stay', () => {
    // Quoted by the job's build log (ignored, so only evidence reads it): the log's messages are learnt.
    const ws = hostileRepo({ 'README.md': '# x\n', '.gitignore': 'logs/\n', 'src/backdoor.js': 'module.exports = 1;\n' });
    writeEntries(ws, {
      'logs/build.log': [
        'src/backdoor.js:1:1: error: fetch https://ci:readiness-gate.sarif@mirror.example/x failed',
        'src/backdoor.js:1:2: error: also https://u:backdoor.js@mirror.example/y',
        '',
      ].join('\n'),
    });
    const run = action(ws, { 'build-logs': 'logs/build.log' });
    expect(run.status).toBe(1);
    expect(run.outputs.sarif).toBe('readiness-gate.sarif');
    const errors = run.annotations.filter((a) => a.props.title?.includes('build-error'));
    expect(errors.map((a) => a.props.file)).toEqual(['src/backdoor.js', 'src/backdoor.js']);
    expect(run.summary).toContain('readiness-gate.sarif'); // the footer still names the output
    // Where the URLs stand, their passwords are masked.
    const messages = errors.map((a) => a.message).join('\n');
    expect(messages).toContain('https://ci:[redacted]@mirror.example');
    expect(messages).not.toContain('ci:readiness-gate.sarif@');
    expect(messages).not.toContain('u:backdoor.js@');
  }, 120_000);
});

describe("the rules input's own patterns redact too", () => {
  it('a token only a user pattern knows, quoted in a test failure, is masked in every output', () => {
    const token = `acme_${rand('abcdefghijkmnopqrstuvwxyz23456789', 24)}`;
    const ws = hostileRepo({
      'README.md': '# x\n',
      // Ignored, so the report is read only as evidence: the check never sees the token in a file.
      '.gitignore': 'reports/\n',
      'ci-rules/secrets.yml': `patterns:\n  - id: acme-token\n    description: Acme API token\n    regex: '\\b(acme_[a-z0-9]{24})\\b'\n    keywords: [acme_]\n`,
    });
    writeEntries(ws, { 'reports/junit.xml': `<testsuite name="s" tests="1"><testcase classname="tests.test_api" name="test_call"><failure message="401 for ${token}"/></testcase></testsuite>\n` });
    const run = action(ws, { rules: 'ci-rules', 'test-reports': 'reports/junit.xml' });
    expect(run.status).toBe(1);
    const texts = [run.stdout, run.stderr, run.summary, ...['readiness-report.json', 'readiness-gate.sarif'].map((f) => readFileSync(join(ws, f), 'utf8'))];
    expect(texts.join('\n')).toContain('401 for [redacted]'); // the failure is reported, its token masked
    for (const text of texts) expect(text).not.toContain(token);
  }, 120_000);
});

describe('secrets never leave through an error message', () => {
  it('a configuration error quoting the configuration file masks the value (action and CLI)', () => {
    const token = `ghp_${rand(ALNUM, 36)}`;
    const ws = hostileRepo({ 'README.md': '# x\n', '.github/readiness-gate.yml': `fail-on: ${token}\n` });
    const run = action(ws);
    expect(run.status, run.stdout).toBe(2);
    const error = run.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('fail-on');
    expect(error?.message).toContain('[redacted]');
    const cli = cliInWorkflow(ws, ['--vulnerability-scan', 'off']);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('[redacted]');
    for (const text of [run.stdout, run.stderr, run.summary, cli.stdout, cli.stderr]) for (const f of forms(token)) expect(text).not.toContain(f);
  }, 120_000);
});

describe('redaction is linear in the number of values', () => {
  it('30,000 distinct passwords (30 files of 1,000): the CLI finishes, every one reported, none printed or written', () => {
    const tree: Record<string, string> = { 'README.md': '# settings\n' };
    const values: string[] = [];
    for (let f = 0; f < 30; f++) {
      const lines: string[] = [];
      for (let i = 0; i < 1000; i++) {
        const v = `Pw${f * 1000 + i}x${rand(ALNUM, 12)}!`;
        values.push(v);
        lines.push(`password = "${v}"`);
      }
      tree[`app/settings_${f}.py`] = `${lines.join('\n')}\n`;
    }
    const ws = hostileRepo(tree);
    // Before: one split/join per value over each output, 342 s for this tree; now a few seconds.
    const r = cliInWorkflow(ws, ['--vulnerability-scan', 'off', '--fail-on', 'P1']);
    expect(r.status, r.stderr).toBe(1);
    const report = readFileSync(join(ws, 'readiness-report.json'), 'utf8');
    const doc = JSON.parse(report) as { findings: Array<{ ruleId: string }> };
    expect(doc.findings.filter((f) => f.ruleId === 'hardcoded-password')).toHaveLength(30_000);
    const outputs = [r.stdout, r.stderr, report, readFileSync(join(ws, 'readiness-gate.sarif'), 'utf8')];
    // Each value starts `Pw<n>x`: one regex pass per output finds any of them.
    for (const o of outputs) expect(o.match(/Pw\d+x[A-Za-z0-9]{12}/)?.[0]).toBeUndefined();
  }, 180_000);
});
