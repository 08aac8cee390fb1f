// Issue 10, items 5, 8 (user patterns, devices) and 9: the gate fails closed. What it could not
// check (a check that could not run, a tree it did not see) blocks; a `rules` folder that would
// switch the built-in secret patterns off, stall the job or read a device is refused with exit 2;
// inputs mean one thing or are refused. Each case runs the bundled action (or CLI) on the tree a
// pull request would commit.
import { ruleFields } from '../helpers/meta.js';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokens } from '../helpers/tokens.js';
import { defineCheck } from '../../src/model/check.js';
import { run } from '../../src/main.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { action, cliInWorkflow, hostileRepo, type Tree } from './hostile.js';

/** Secret-shaped values made at test time (this repository scans itself). */
const made = tokens(36);
const awsPair = () => ({ id: made.awsKeyId(), secret: made.awsSecret() });

/** A small library the gate finds READY (test/e2e/fixtures.ts readyLibrary, in git). */
const READY: Tree = {
  'README.md': '# tiny-lib\n\nA small library.\n\nUsage\n=====\n\n    import tiny\n',
  '.github/CODEOWNERS': '* @acme/platform\n',
  'tiny/__init__.py': 'import os\n\npassword = os.environ["DB_PASSWORD"]\n\ndef add(a: int, b: int) -> int:\n    return a + b\n',
  'pyproject.toml': '[project]\nname = "tiny-lib"\nversion = "1.0.0"\n',
};

const userPatterns = (...p: Array<{ id: string; regex: string; keywords: string[] }>) =>
  `patterns:\n${p.map((x) => `  - id: ${x.id}\n    description: ${x.id} token\n    regex: '${x.regex}'\n    keywords: [${x.keywords.join(', ')}]\n`).join('')}`;

const errorOf = (r: { annotations: Array<{ level: string; message: string }> }) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');

describe('fail closed: a rules folder cannot switch the built-in secret patterns off', () => {
  it('a rules folder that redefines a built-in secret id, with an AWS key pair in the tree: exit 2 naming the input, never READY', () => {
    const key = awsPair();
    const root = hostileRepo({
      ...READY,
      'config/aws.ini': `[default]\naws_access_key_id = ${key.id}\naws_secret_access_key = ${key.secret}\n`,
      'ci-rules/secrets.yml': userPatterns({ id: 'aws-access-key-id', regex: '\\b(NOTHING_[A-Z]{40})\\b', keywords: ['nothing_'] }),
    });
    const r = action(root, { rules: 'ci-rules' });
    expect(r.status).toBe(2);
    expect(r.outputs.blocked).toBe('true'); // exit 2 still sets blocked, so never READY
    expect(errorOf(r)).toContain("input 'rules'");
    expect(errorOf(r)).toContain("pattern id 'aws-access-key-id' is already a built-in pattern");
    expect(r.stdout).not.toContain(key.secret);
  });

  it('near miss: a rules folder with a new id adds its pattern, and the AWS key pair is still found (BLOCKED)', () => {
    const key = awsPair();
    const token = `acme_${made.rand('abcdefghijkmnopqrstuvwxyz23456789', 24)}`;
    const root = hostileRepo({
      ...READY,
      'config/aws.ini': `[default]\naws_access_key_id = ${key.id}\naws_secret_access_key = ${key.secret}\n`,
      'app.cfg': `token=${token}\n`,
      'ci-rules/secrets.yml': userPatterns({ id: 'acme-token', regex: '\\b(acme_[a-z0-9]{24})\\b', keywords: ['acme_'] }),
    });
    const r = action(root, { rules: 'ci-rules', report: 'out.json', sarif: '', sbom: '' });
    expect(r.status).toBe(1);
    expect(r.outputs.blocked).toBe('true');
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.some((m) => m.includes('AWS access key ID'))).toBe(true);
    expect(errors.some((m) => m.includes('AWS secret access key'))).toBe(true);
    expect(errors.some((m) => m.includes('(pattern acme-token)'))).toBe(true);
  });
});

describe('fail closed: user regular expressions run in linear time', () => {
  it.each(['0', '2'])('a catastrophic pattern on a long line completes quickly, and still reports its true positive (worker threads: %s)', (workers) => {
    const token = `acme_${made.rand('abcdefghijkmnopqrstuvwxyz23456789', 24)}`;
    // `(?:[a-z0-9]+)+$` backtracks exponentially in V8 on a long run of letters that ends in `!`.
    const root = hostileRepo({
      ...READY,
      'bomb.txt': `acme_${'a'.repeat(20_000)}!\n`,
      'app.cfg': `token=${token}\n`,
      'ci-rules/secrets.yml': userPatterns({ id: 'acme-nested', regex: '\\b(acme_(?:[a-z0-9]+)+)$', keywords: ['acme_'] }),
    });
    const t0 = Date.now();
    const r = action(root, { rules: 'ci-rules', report: 'out.json', sarif: '', sbom: '' }, { READINESS_GATE_WORKERS: workers });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(30_000);
    expect(r.status).toBe(1);
    const hits = r.annotations.filter((a) => a.message.includes('(pattern acme-nested)'));
    expect(hits.map((a) => a.props.file)).toEqual(['app.cfg']); // the bomb line does not match: it ends in `!`
    expect(r.stdout).not.toContain(token);
  }, 60_000);

  it('a pattern RE2 cannot run is refused at load (exit 2), naming the file and the pattern', () => {
    const root = hostileRepo({ ...READY, 'ci-rules/secrets.yml': userPatterns({ id: 'acme-long', regex: '\\b(acme_[a-z]{1,1001})\\b', keywords: ['acme_'] }) });
    const r = action(root, { rules: 'ci-rules' });
    expect(r.status).toBe(2);
    expect(errorOf(r)).toMatch(/input 'rules': .*ci-rules\/secrets\.yml: pattern #1 \(acme-long\): 'regex' does not compile in a linear-time engine \(RE2\)/);
  });
});

describe('configuration globs stay fast on hostile file names', () => {
  it('a glob that picomatch would backtrack on for minutes is refused with exit 2, naming the key', () => {
    const root = hostileRepo({ ...READY, [`${'a'.repeat(200)}!`]: 'x\n', '.readiness-gate.yml': 'paths:\n  ignore: ["*a*a*a*a*x"]\n' });
    const t0 = Date.now();
    const r = action(root, { report: '', sarif: '', sbom: '' }, { GITHUB_EVENT_NAME: 'push' });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(2);
    expect(errorOf(r)).toContain("config file .readiness-gate.yml: paths.ignore[0]: '*a*a*a*a*x' has 5 '*' wildcards in the path segment '*a*a*a*a*x'");
  });

  it('near miss: an ordinary glob on the same tree is taken', () => {
    const root = hostileRepo({ ...READY, [`${'a'.repeat(200)}!`]: 'x\n', '.readiness-gate.yml': 'paths:\n  ignore: ["**/*a*x"]\n' });
    const r = action(root, { report: '', sarif: '', sbom: '' }, { GITHUB_EVENT_NAME: 'push' });
    expect(r.status).toBe(0);
  });
});

describe('fail closed: the rules folder is opened as a regular file, never through a link or a device', () => {
  it.each([
    ['secrets.yml linked to /dev/zero', { 'ci-rules/secrets.yml': { link: '/dev/zero' } }, /secrets\.yml is a symbolic link/],
    ['secrets.yml linked to a file outside the workspace', { 'ci-rules/secrets.yml': { link: '/etc/hostname' } }, /secrets\.yml is a symbolic link/],
    ['the rules folder linked to /dev', { 'ci-rules': { link: '/dev' } }, /secrets\.yml is a symbolic link or lies under one/],
  ] as const)('%s: exit 2 at once', (_name, tree, message) => {
    const root = hostileRepo({ ...READY, ...(tree as Tree) });
    const t0 = Date.now();
    const r = action(root, { rules: 'ci-rules' });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(2);
    expect(errorOf(r)).toContain("input 'rules'");
    expect(errorOf(r)).toMatch(message);
  });

  it('the rules folder itself linked to /dev/zero: exit 2 at once (not a directory)', () => {
    const root = hostileRepo({ ...READY, 'ci-rules': { link: '/dev/zero' } });
    const r = action(root, { rules: 'ci-rules' });
    expect(r.status).toBe(2);
    expect(errorOf(r)).toMatch(/input 'rules': 'ci-rules' is not valid/);
  });

  it('secrets.yml as a FIFO in the work tree: refused, not waited on', () => {
    const root = hostileRepo({ ...READY, 'ci-rules/README.md': 'rules\n' });
    execFileSync('mkfifo', [join(root, 'ci-rules/secrets.yml')]);
    const t0 = Date.now();
    const r = action(root, { rules: 'ci-rules' });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.status).toBe(2);
    expect(errorOf(r)).toMatch(/secrets\.yml is not a regular file/);
  });

  it('a tracked file swapped for a FIFO in the work tree is skipped as unreadable, not waited on', () => {
    const root = hostileRepo({ ...READY, 'notes.txt': 'hello\n' });
    rmSync(join(root, 'notes.txt'));
    execFileSync('mkfifo', [join(root, 'notes.txt')]);
    const r = action(root, { report: 'out.json', sarif: '', sbom: '' });
    expect(r.status).toBe(0);
    expect(r.outputs.blocked).toBe('false');
  });

  it('a baseline linked to /dev/zero: exit 2 at once', () => {
    const root = hostileRepo({ ...READY, 'baseline.json': { link: '/dev/zero' } });
    const r = action(root, { baseline: 'baseline.json' });
    expect(r.status).toBe(2);
    expect(errorOf(r)).toMatch(/input 'baseline': .*baseline\.json is a symbolic link/);
  });
});

describe('fail closed: a check that could not run blocks, and says so', () => {
  const boom = defineCheck({
    meta: { ...ruleFields('merge-conflict-marker'), id: 'merge-conflict-marker', files: ['**/*.py'], messages: { x: 'x' }, remediation: '' },
    create: () => ({ file: (f) => { throw new Error(`grammar exploded on ${f.path}`); } }),
  });

  it('the verdict, the summary\'s Why line and the terminal name the rule and the reason', async () => {
    const root = hostileRepo(READY);
    const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off' }, { cwd: root, checks: [boom], today: '2026-11-23' });
    const reason = 'check merge-conflict-marker could not run: grammar exploded on tiny/__init__.py (while reading tiny/__init__.py)';
    expect(r.blockers).toEqual([{ source: 'check', ruleId: 'merge-conflict-marker', reason }]);
    // The blocker, and the P0 finding that stands for it (a policy override could downgrade the finding, never the blocker).
    expect(r.verdict).toEqual({ blocked: true, reasons: [reason, '1 P0 finding'] });
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.title, f.location.path])).toEqual([['merge-conflict-marker', 'P0', 'Check could not run', '.']]);
    expect(r.findings[0]!.message).toContain('grammar exploded on tiny/__init__.py');
    const summary = renderSummary(r);
    expect(summary).toMatch(/\*\*Blocked by\*\* .*check merge-conflict-marker could not run: grammar exploded/);
    expect(renderTerminal(r, { color: false, width: 400 })).toContain(`BLOCKED  ${reason}`);
  });

  it('near miss: the same check on a tree without Python files never throws, and the run is READY', async () => {
    const root = hostileRepo({ 'README.md': '# x\n\nUsage\n=====\n\nx\n', '.github/CODEOWNERS': '* @a/b\n' });
    const r = await run({ report: '', sarif: '', sbom: '', 'vulnerability-scan': 'off' }, { cwd: root, checks: [boom], today: '2026-11-23' });
    expect(r.blockers).toEqual([]);
    expect(r.verdict.blocked).toBe(false);
  });
});

describe('fail closed: a tree the checks did not see blocks', () => {
  it('an empty tree: nothing to judge', () => {
    const r = action(hostileRepo({}), { report: 'out.json', sarif: '', sbom: '' });
    expect(r.status).toBe(1);
    expect(r.outputs.blocked).toBe('true');
    expect(r.summary).toContain('nothing to judge: the scanned directory holds no files');
  });

  it('0 files scanned (only binary files and links): blocked, with the count', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const r = action(hostileRepo({ 'a.png': png, 'b.png': png, 'c.txt': { link: 'a.png' } }), { report: 'out.json', sarif: '', sbom: '' });
    expect(r.status).toBe(1);
    expect(r.summary).toContain('0 of 3 files were scanned (skipped: 2 binary, 1 symlink)');
  });

  it('a tree mostly ignored by a trusted configuration (push event): blocked, with the measure', () => {
    const src = Object.fromEntries(Array.from({ length: 8 }, (_v, i) => [`src/m${i}.py`, `def f${i}():\n    return ${i}\n`]));
    const r = action(
      hostileRepo({ ...READY, ...src, '.github/readiness-gate.yml': 'paths:\n  ignore: ["src/**"]\n  generated: ["tiny/**"]\n' }),
      { report: 'out.json', sarif: '', sbom: '' },
      { GITHUB_EVENT_NAME: 'push' },
    );
    expect(r.status).toBe(1);
    // Candidates: 4 scanned (README, CODEOWNERS, pyproject, the config) + 9 kept (8 ignored, 1 generated).
    expect(r.summary).toContain('the configuration kept 9 of 13 files from the checks (paths.ignore, paths.generated): most of the tree was not checked');
  });

  it('a limits.max-file-size lowered to skip most files: blocked', () => {
    const big = Object.fromEntries(Array.from({ length: 6 }, (_v, i) => [`src/m${i}.py`, `X = "${'y'.repeat(300)}"\n`]));
    const r = action(hostileRepo({ ...READY, ...big, '.readiness-gate.yml': 'limits:\n  max-file-size: 200\n' }), { report: 'out.json', sarif: '', sbom: '' });
    expect(r.status).toBe(1);
    expect(r.summary).toMatch(/the configuration kept 6 of 11 files from the checks \(paths\.ignore, paths\.generated, limits\.max-file-size\)/);
  });

  it('near miss: ignoring less than half (and the built-in generated trees) does not block', () => {
    const vendored = Object.fromEntries(Array.from({ length: 20 }, (_v, i) => [`node_modules/m${i}/index.js`, 'module.exports = 1;\n']));
    const r = action(
      hostileRepo({ ...READY, ...vendored, 'docs/a.md': '# a\n', 'docs/b.md': '# b\n', '.github/readiness-gate.yml': 'paths:\n  ignore: ["docs/**", "node_modules/**"]\n' }),
      { report: 'out.json', sarif: '', sbom: '' },
    );
    expect(r.status).toBe(0);
    expect(r.outputs.blocked).toBe('false');
  });
});

describe('inputs mean one thing or are refused (exit 2)', () => {
  it.each([
    ['max-p1', '0x10'],
    ['min-score', '1e1'],
    ['max-annotations', '+5'],
    ['deny-licenses', 'GPL-3.0-only OR'],
  ])('input %s: %j', (name, value) => {
    const r = action(hostileRepo(READY), { [name]: value });
    expect(r.status).toBe(2);
    expect(errorOf(r)).toContain(`input '${name}': '${value}' is not valid`);
  });

  it('a configuration number written as 0x10 is refused, not read as 16', () => {
    const r = cliInWorkflow(hostileRepo({ ...READY, '.readiness-gate.yml': 'thresholds:\n  max-p1: 0x10\n' }), ['.', '--report', '', '--sarif', '', '--sbom', '']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("thresholds.max-p1: '0x10' is not valid");
  });

  it('near miss: plain decimals and valid SPDX expressions are taken', () => {
    const r = action(hostileRepo(READY), { 'max-p1': ' 16 ', 'min-score': '10.5', 'deny-licenses': 'GPL-3.0-only OR AGPL-3.0-only, SSPL-1.0', report: '', sarif: '', sbom: '' });
    expect(r.status).toBe(0);
  });
});
