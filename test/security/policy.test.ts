// Issue 10, item 4: the policy belongs to the base branch, not to the pull request. Each case is a
// pull request (base commit + head commit, the runner's event payload) run through the bundled
// action: the head relaxes the policy every way the issue names, and the verdict must stay
// BLOCKED with the change listed in the summary. Near misses (the same relaxation on a push, the
// same suppression already on the base) show the relaxations are real.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokens } from '../helpers/tokens.js';
import { action, cliInWorkflow, hostileRepo, loopbackApi, pullRequest, tempDir, type Loopback, type PullRequest, type Tree } from './hostile.js';

const T = 60_000;
// Assembled at run time: written out, the repository's self-scan would read these as its own suppressions.
const IGNORE = ['readiness', 'gate', 'ignore'].join('-');
const HEADING = 'Policy changes in this pull request';


/** A GitHub token shape made at test time, so this repository trips no scanner. */
const SECRET = tokens(21).githubToken();
/** A P0 (hardcoded-secret, line 3) and a P1 (http-call-without-timeout, line 6). */
const APP = `import requests\n\nTOKEN = "${SECRET}"\n\ndef fetch():\n    return requests.get("https://example.com/x")\n`;
const BASE_CONFIG = 'fail-on: P0\n';
const BASE: Tree = { 'README.md': '# shop\n', 'app.py': APP, '.readiness-gate.yml': BASE_CONFIG };

interface Report {
  verdict: { blocked: boolean; reasons: string[] };
  findings: Array<{ ruleId: string; severity: string; fingerprint: string; location: { path: string; line?: number } }>;
  suppressed: Array<{ ruleId: string }>;
  policy: { source: string; commit: string | null; via: string | null; file: string | null; pullRequest: boolean; notice: string | null; changes: Array<{ kind: string; path: string; line: number | null; applied: boolean; directive: string | null; details: string[] }> };
}

function report(root: string): Report {
  return JSON.parse(readFileSync(join(root, 'readiness-report.json'), 'utf8')) as Report;
}

/** The pull request's checkout as actions/checkout leaves it on pull_request: depth 1, the base commit absent. */
function shallow(pr: PullRequest): string {
  const dst = join(tempDir('rg-shallow-'), 'ws');
  const p = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${pr.root}`, dst], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(p.stderr);
  expect(spawnSync('git', ['cat-file', '-e', `${pr.baseSha}^{commit}`], { cwd: dst }).status).not.toBe(0);
  return dst;
}

describe('the pull request cannot relax the policy', () => {
  const relaxations: Array<[string, string, string]> = [
    ['fail-on never', 'fail-on: never\n', 'fail-on: P0 → never'],
    ['the rule turned off', 'fail-on: P0\nrules:\n  hardcoded-secret: off\n', 'rules.hardcoded-secret: (unset) → off'],
    ['the rule downgraded', 'fail-on: P0\nrules:\n  hardcoded-secret: P2\n', 'rules.hardcoded-secret: (unset) → P2'],
    ['a * suppression over **', 'fail-on: P0\nsuppressions:\n  - rule: "*"\n    path: "**"\n    reason: fine\n    expires: 9999-12-31\n', 'suppression added: {rule: *, path: **, reason: fine, expires: 9999-12-31}'],
    ['paths.ignore **', 'fail-on: P0\npaths:\n  ignore: ["**"]\n', 'paths.ignore: (unset) → [**]'],
    ['limits.max-file-size 1', 'fail-on: P0\nlimits:\n  max-file-size: 1\n', 'limits.max-file-size: (unset) → 1'],
  ];

  it.each(relaxations)('%s: BLOCKED, the change listed as not applied', (_name, relaxed, clause) => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': relaxed });
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(1);
    expect(r.summary).toContain('⛔ BLOCKED');
    expect(r.summary).toContain(HEADING);
    const rep = report(pr.root);
    expect(rep.findings.some((f) => f.ruleId === 'hardcoded-secret' && f.severity === 'P0')).toBe(true);
    expect(rep.policy).toMatchObject({ source: 'base-commit', commit: pr.baseSha, via: 'git', file: '.readiness-gate.yml', pullRequest: true });
    expect(rep.policy.changes).toEqual([{ kind: 'config', path: '.readiness-gate.yml', line: null, applied: false, directive: null, details: [clause] }]);
  }, T);

  it('acceptance: the head relaxes the configuration and adds a * suppression; BLOCKED, the summary lists it', () => {
    const relaxed = 'fail-on: never\nrules:\n  hardcoded-secret: off\nsuppressions:\n  - rule: "*"\n    path: "**"\n    reason: trust me\n    expires: 9999-12-31\n';
    const pr = pullRequest(BASE, { '.readiness-gate.yml': relaxed });
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(1);
    expect(r.outputs.blocked ?? r.outputs.verdict ?? '').not.toBe('false');
    const at = r.summary.indexOf(HEADING);
    expect(at).toBeGreaterThan(0);
    // Near the top: before the first findings section.
    expect(at).toBeLessThan(r.summary.indexOf('### 🔧 Fix first'));
    expect(r.summary).toContain('fail-on: P0 → never');
    expect(r.summary).toContain('suppression added: {rule: \\*, path: \\*\\*');
    expect(r.summary).toContain('**not applied**');
    expect(report(pr.root).suppressed).toEqual([]);
  }, T);

  it('near miss: the same relaxation on a push is the policy (READY)', () => {
    const root = hostileRepo({ ...BASE, '.readiness-gate.yml': 'fail-on: never\n' });
    const r = action(root, {}, {});
    expect(r.status).toBe(0);
    expect(r.summary).not.toContain(HEADING);
    expect(report(root).policy).toMatchObject({ source: 'checkout', pullRequest: false, changes: [] });
  }, T);

  it('pull_request_target follows the same rule', () => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': 'fail-on: never\n' }, 'pull_request_target');
    expect(action(pr.root, {}, pr.env).status).toBe(1);
  }, T);

  it('the CLI inside the workflow follows the same rule', () => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': 'fail-on: never\n' });
    const c = cliInWorkflow(pr.root, ['--vulnerability-scan', 'off'], pr.env);
    expect(c.status).toBe(1);
    expect(report(pr.root).policy.source).toBe('base-commit');
  }, T);

  it('a crafted baseline with new-findings-only: the base commit\'s baseline is used, the change listed', () => {
    const inputs = { baseline: 'baseline.json', 'new-findings-only': 'true' };
    // The fingerprints the head's baseline would need, from a first run.
    const probe = hostileRepo(BASE);
    action(probe, {}, {});
    const crafted = JSON.stringify({ findings: report(probe).findings.map((f) => ({ fingerprint: f.fingerprint })) });
    const pr = pullRequest({ ...BASE, 'baseline.json': '{"findings": []}\n' }, { 'baseline.json': crafted });
    const r = action(pr.root, inputs, pr.env);
    expect(r.status).toBe(1);
    const rep = report(pr.root);
    expect(rep.verdict.reasons.join(' ')).toMatch(/P0 finding.*\(new\)/);
    expect(rep.policy.changes).toEqual([{ kind: 'baseline', path: 'baseline.json', line: null, applied: false, directive: null, details: ["changed by this pull request: the base commit's version is used"] }]);
    expect(r.summary).toContain('Baseline `baseline.json`');

    // Near miss: the crafted baseline on a push is the team's baseline, and silences the P0.
    const push = hostileRepo({ ...BASE, 'baseline.json': crafted });
    expect(action(push, inputs, {}).status).toBe(0);
    // A baseline the pull request adds is not used at all.
    const added = pullRequest(BASE, { 'baseline.json': crafted });
    expect(action(added.root, inputs, added.env).status).toBe(1);
    expect(report(added.root).policy.changes[0]!.details[0]).toMatch(/added by this pull request/);
  }, 3 * T);
});

describe('review findings: every shape of the policy lookup', () => {
  it('a scanned sub-folder (path input): the base configuration is found at its repository path', () => {
    const sub = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [`svc/${k}`, v]));
    const pr = pullRequest(sub, { 'svc/.readiness-gate.yml': 'fail-on: never\n' });
    const r = action(pr.root, { path: 'svc' }, pr.env);
    expect(r.status).toBe(1);
    expect(report(pr.root).policy).toMatchObject({ source: 'base-commit', file: '.readiness-gate.yml' });
  }, T);

  it('owner/repo/path@ref is the remote policy by its shape, even when the pull request adds a file of that name', () => {
    const pr = pullRequest(BASE, { 'acme/policy/gate.yml@main': 'fail-on: never\n' });
    const r = action(pr.root, { config: 'acme/policy/gate.yml@main' }, pr.env);
    expect(r.status).toBe(2); // the API (a closed port here) cannot be read: never the pull request's file
    expect(r.annotations.find((a) => a.level === 'error')?.message).toContain("input 'config': acme/policy/gate.yml@main cannot be read");
  }, T);

  it('a trusted config outside the repository does not let the pull request choose the baseline', () => {
    const inputs = { baseline: 'baseline.json', 'new-findings-only': 'true' };
    const probe = hostileRepo(BASE);
    action(probe, {}, {});
    const crafted = JSON.stringify({ findings: report(probe).findings.map((f) => ({ fingerprint: f.fingerprint })) });
    const policy = join(tempDir('rg-policy-'), 'gate.yml');
    writeFileSync(policy, 'fail-on: P0\n');
    const pr = pullRequest({ ...BASE, 'baseline.json': '{"findings": []}\n' }, { 'baseline.json': crafted });
    const r = action(pr.root, { ...inputs, config: policy }, { ...pr.env, RUNNER_TEMP: dirname(policy) });
    expect(r.status).toBe(1);
    expect(report(pr.root).policy.changes.map((c) => c.kind)).toEqual(['baseline']);
  }, 2 * T);

  it("a bad configuration on the base commit names that commit (the pull request's copy cannot fix it)", () => {
    const pr = pullRequest({ ...BASE, '.readiness-gate.yml': 'fail-on: P4\n' }, { '.readiness-gate.yml': 'fail-on: P0\n' });
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(2);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toContain(`the configuration of the base commit ${pr.baseSha.slice(0, 12)}`);
    // Near miss: the same bad file on a push is the checkout's, and says nothing of a base commit.
    const push = action(hostileRepo({ ...BASE, '.readiness-gate.yml': 'fail-on: P4\n' }), {}, {});
    expect(push.status).toBe(2);
    expect(push.annotations.find((a) => a.level === 'error')?.message).not.toContain('base commit');
  }, T);

  it.each(['pull_request_review', 'pull_request_review_comment'])('%s runs on the pull request too: the base policy', (event) => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': 'fail-on: never\n' });
    expect(action(pr.root, {}, { ...pr.env, GITHUB_EVENT_NAME: event }).status).toBe(1);
    expect(report(pr.root).policy.source).toBe('base-commit');
  }, T);
});

describe('where the base policy is read from', () => {
  const strict = 'fail-on: P1\n';
  let pr: PullRequest;
  let api: Loopback;

  beforeAll(async () => {
    pr = pullRequest({ ...BASE, '.readiness-gate.yml': strict }, { '.readiness-gate.yml': 'fail-on: never\n' });
    const files = { [`acme/shop/.readiness-gate.yml@${pr.baseSha}`]: strict, 'platform/policies/gate/readiness.yml@v1': 'fail-on: never\n' };
    // A contents API that serves these files (raw media type), 404 for any other.
    api = await loopbackApi(`
      const files = ${JSON.stringify(files)};
      const m = /^\\/repos\\/([^/]+)\\/([^/]+)\\/contents\\/(.+)$/.exec(u.pathname);
      const key = m && m[1] + '/' + m[2] + '/' + decodeURIComponent(m[3]) + '@' + u.searchParams.get('ref');
      if (key && key in files) { res.writeHead(200, { 'content-type': 'application/vnd.github.raw' }); res.end(files[key]); }`);
  });
  afterAll(() => api?.stop());
  const requests = () => api.requests();

  it('base commit absent from the checkout: the contents API serves the base configuration', () => {
    const ws = shallow(pr);
    api.clear();
    const r = action(ws, {}, { ...pr.env, GITHUB_API_URL: `http://127.0.0.1:${api.port}` });
    expect(r.status).toBe(1);
    const rep = report(ws);
    expect(rep.policy).toMatchObject({ source: 'base-commit', via: 'api', commit: pr.baseSha, file: '.readiness-gate.yml' });
    const asked = requests().filter((q) => q.url.includes('/contents/'));
    expect(asked.map((q) => q.url)).toEqual(
      expect.arrayContaining([`/repos/acme/shop/contents/.github/readiness-gate.yml?ref=${pr.baseSha}`, `/repos/acme/shop/contents/.readiness-gate.yml?ref=${pr.baseSha}`]),
    );
    expect(asked.every((q) => q.auth === 'token test-job-token' && q.accept === 'application/vnd.github.raw')).toBe(true);
    expect(r.summary).toContain('read from the contents API');
    expect(rep.policy.changes.map((c) => c.details)).toEqual([['fail-on: P1 → never']]);
  }, T);

  it('base commit absent and no API: the built-in defaults, with a notice', () => {
    const ws = shallow(pr);
    const r = action(ws, { 'github-token': '' }, pr.env);
    expect(r.status).toBe(1);
    const rep = report(ws);
    expect(rep.policy.source).toBe('defaults');
    expect(rep.policy.file).toBeNull();
    expect(rep.policy.notice).toMatch(/could not be read.*built-in default policy applies/);
    expect(r.annotations.some((a) => a.level === 'warning' && /built-in default policy/.test(a.message))).toBe(true);
    expect(r.summary).toContain('the built-in defaults');
    // The head's configuration is still listed (its base version could not be compared).
    expect(rep.policy.changes[0]).toMatchObject({ kind: 'config', applied: false });
  }, T);

  it('base commit absent and the API failing: the built-in defaults, with a notice naming the failure', () => {
    const ws = shallow(pr);
    const r = action(ws, {}, { ...pr.env, GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(r.status).toBe(1);
    const rep = report(ws);
    expect(rep.policy.source).toBe('defaults');
    expect(rep.policy.notice).toMatch(/contents API/);
  }, T);

  it('a config input owner/repo/path@ref is the platform policy and wins', () => {
    const ws = shallow(pr);
    const r = action(ws, { config: 'platform/policies/gate/readiness.yml@v1' }, { ...pr.env, GITHUB_API_URL: `http://127.0.0.1:${api.port}` });
    expect(r.status).toBe(0);
    expect(report(ws).policy).toMatchObject({ source: 'trusted-remote', file: 'platform/policies/gate/readiness.yml@v1' });
    const missing = action(ws, { config: 'platform/policies/gate/nope.yml@v1' }, { ...pr.env, GITHUB_API_URL: `http://127.0.0.1:${api.port}` });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/input 'config'.*does not exist/);
  }, T);
});

describe('a trusted config input', () => {
  it('outside the repository wins over the base commit on a pull request', () => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': 'fail-on: never\n' });
    const platform = join(tempDir('rg-platform-'), 'gate.yml');
    writeFileSync(platform, 'fail-on: never\n');
    const r = action(pr.root, { config: platform }, pr.env);
    expect(r.status).toBe(0);
    expect(report(pr.root).policy).toMatchObject({ source: 'trusted-file', file: platform });
    expect(r.summary).toContain('the platform configuration');
  }, T);

  it("another repository checked out inside the workspace (the platform team's) wins; an untracked file of the scanned repository does not", () => {
    const pr = pullRequest(BASE, { '.readiness-gate.yml': 'fail-on: never\n' });
    const platform = join(pr.root, 'platform');
    mkdirSync(platform);
    writeFileSync(join(platform, 'gate.yml'), 'fail-on: never\n');
    const git = (...a: string[]) => spawnSync('git', ['-c', 'user.name=p', '-c', 'user.email=p@example.test', ...a], { cwd: platform, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'policy');
    expect(action(pr.root, { config: 'platform/gate.yml' }, pr.env).status).toBe(0);
    expect(report(pr.root).policy.source).toBe('trusted-file');

    // Near miss: an untracked file in the scanned repository's own work tree is the pull request's.
    writeFileSync(join(pr.root, 'local-gate.yml'), 'fail-on: never\n');
    expect(action(pr.root, { config: 'local-gate.yml' }, pr.env).status).toBe(1);
    expect(report(pr.root).policy).toMatchObject({ source: 'base-commit', file: null });
  }, T);

  it('near miss: the same file inside the repository is read at the base commit (absent there: defaults block)', () => {
    const pr = pullRequest(BASE, { 'policy/gate.yml': 'fail-on: never\n' });
    const r = action(pr.root, { config: 'policy/gate.yml' }, pr.env);
    expect(r.status).toBe(1);
    const rep = report(pr.root);
    expect(rep.policy).toMatchObject({ source: 'base-commit', file: null });
    expect(rep.policy.changes).toMatchObject([{ kind: 'config', path: 'policy/gate.yml', details: ['fail-on: (unset) → never'] }]);
  }, T);
});

describe('a configuration file that is not a file', () => {
  it('linked to /dev/zero on a push: exit 2 naming it, fast', () => {
    const root = hostileRepo({ ...BASE, '.readiness-gate.yml': { link: '/dev/zero' } });
    const t0 = Date.now();
    const r = action(root, {}, {});
    expect(r.status).toBe(2);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(r.stdout).toMatch(/config file \.readiness-gate\.yml is a symbolic link/);

    const named = hostileRepo({ ...BASE, 'policy.yml': { link: '/dev/zero' } });
    const n = action(named, { config: 'policy.yml' }, {});
    expect(n.status).toBe(2);
    expect(n.stdout).toMatch(/input 'config': policy\.yml is a symbolic link/);
  }, T);

  it('linked to /dev/zero by the pull request: not read, listed, the base policy applies', () => {
    const pr = pullRequest(BASE, { 'x.txt': 'x\n' });
    // The head commit replaces the file by a link (pullRequest writes files; relink and amend).
    const git = (...a: string[]) => spawnSync('git', a, { cwd: pr.root, encoding: 'utf8' });
    git('rm', '-q', '.readiness-gate.yml');
    spawnSync('ln', ['-s', '/dev/zero', '.readiness-gate.yml'], { cwd: pr.root });
    git('add', '-A');
    git('-c', 'user.name=a', '-c', 'user.email=a@example.test', 'commit', '-q', '--amend', '-m', 'head');
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(1);
    const rep = report(pr.root);
    expect(rep.policy.source).toBe('base-commit');
    expect(rep.policy.changes).toMatchObject([{ kind: 'config', path: '.readiness-gate.yml', applied: false }]);
    expect(rep.policy.changes[0]!.details[0]).toMatch(/symbolic link/);
  }, T);

  it('a * suppression over everything in the checked-out configuration is refused (exit 2)', () => {
    const root = hostileRepo({ ...BASE, '.readiness-gate.yml': 'suppressions:\n  - rule: "*"\n    path: "**/*"\n    reason: x\n    expires: 2026-12-31\n' });
    const r = action(root, {}, {});
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/suppressions\[0\]: rule '\*' with path '\*\*\/\*' would silence every finding/);
  }, T);
});

describe('inline suppressions the pull request adds', () => {
  const suppressed = (directive: string) => APP.replace('TOKEN =', `# ${directive}\nTOKEN =`).replace('    return requests', `    # ${IGNORE} http-call-without-timeout: the caller sets a deadline\n    return requests`);

  it('a new one of a P0 does not suppress it (BLOCKED, listed); a new one of a P1 does (listed)', () => {
    const pr = pullRequest(BASE, { 'app.py': suppressed(`${IGNORE} hardcoded-secret: test fixture`) });
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(1);
    const rep = report(pr.root);
    expect(rep.findings.some((f) => f.ruleId === 'hardcoded-secret' && f.severity === 'P0')).toBe(true);
    expect(rep.findings.some((f) => f.ruleId === 'http-call-without-timeout')).toBe(false);
    expect(rep.suppressed.map((f) => f.ruleId)).toEqual(['http-call-without-timeout']);
    expect(rep.policy.changes).toEqual([
      { kind: 'inline-suppression', path: 'app.py', line: 3, applied: false, directive: `${IGNORE} hardcoded-secret: test fixture`, details: ['P0 hardcoded-secret at line 4: not suppressed'] },
      { kind: 'inline-suppression', path: 'app.py', line: 7, applied: true, directive: `${IGNORE} http-call-without-timeout: the caller sets a deadline`, details: ['P1 http-call-without-timeout at line 8: suppressed'] },
    ]);
    expect(r.summary).toContain('Inline suppression `app.py:3`');
  }, T);

  it('near miss: the same directive already on the base commit suppresses the P0 (READY)', () => {
    const text = suppressed(`${IGNORE} hardcoded-secret: test fixture`);
    const pr = pullRequest({ ...BASE, 'app.py': text }, { 'x.txt': 'x\n' });
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(0);
    expect(report(pr.root).policy.changes).toEqual([]);
  }, T);

  it('the late checks see the same policy: a claim of production readiness beside the unsuppressed P0 is contradicted', () => {
    const claim = '# shop\n\nThis service is production ready.\n';
    const pr = pullRequest({ ...BASE, 'README.md': claim }, { 'app.py': suppressed(`${IGNORE} hardcoded-secret: test fixture`) });
    expect(action(pr.root, {}, pr.env).status).toBe(1);
    expect(report(pr.root).findings.filter((f) => f.ruleId === 'readiness-claim-contradicted')).toHaveLength(1);
    // Near miss: the same directive on the base suppresses the P0, so nothing contradicts the claim.
    const old = pullRequest({ ...BASE, 'README.md': claim, 'app.py': suppressed(`${IGNORE} hardcoded-secret: test fixture`) }, { 'x.txt': 'x\n' });
    expect(action(old.root, {}, old.env).status).toBe(0);
    expect(report(old.root).findings.filter((f) => f.ruleId === 'readiness-claim-contradicted')).toHaveLength(0);
  }, T);

  it('an old directive does not cover a P0 the pull request puts under it (or a directive it moves)', () => {
    const directive = `# ${IGNORE} hardcoded-secret: test fixture`;
    const base = `import os\n${directive}\nSAFE = os.environ["X"]\n`;
    const under = pullRequest({ ...BASE, 'app.py': base }, { 'app.py': `import os\n${directive}\nTOKEN = "${SECRET}"\nSAFE = os.environ["X"]\n` });
    expect(action(under.root, {}, under.env).status).toBe(1);
    expect(report(under.root).policy.changes.map((c) => [c.kind, c.line, c.applied])).toEqual([['inline-suppression', 2, false]]);
    const moved = pullRequest({ ...BASE, 'app.py': base }, { 'app.py': `import os\nSAFE = os.environ["X"]\n${directive}\nTOKEN = "${SECRET}"\n` });
    expect(action(moved.root, {}, moved.env).status).toBe(1);
  }, 2 * T);

  it('a directive the base has once and the head twice counts as new', () => {
    const once = suppressed(`${IGNORE} hardcoded-secret: test fixture`);
    const twice = `${once}\n# ${IGNORE} hardcoded-secret: test fixture\nOTHER = "${tokens(22).githubToken()}"\n`;
    const pr = pullRequest({ ...BASE, 'app.py': once }, { 'app.py': twice });
    expect(action(pr.root, {}, pr.env).status).toBe(1);
  }, T);
});

describe('the pull request cannot reclassify runtime code through the configuration the repository map reads', () => {
  // A P0 only in runtime code: a sibling module imported absolutely inside a package.
  const SVC: Tree = {
    'README.md': '# svc\n',
    'svc/__init__.py': '',
    'svc/provenance.py': 'class Tracker:\n    pass\n',
    'svc/calc.py': 'from provenance import Tracker\n',
  };
  const RECLASSIFY: Tree = { '.gitattributes': 'svc/** linguist-vendored\n' };

  it('a .gitattributes that calls the service vendored: still P0 and BLOCKED, the change listed', () => {
    const pr = pullRequest(SVC, RECLASSIFY);
    const r = action(pr.root, {}, pr.env);
    expect(r.status).toBe(1);
    const rep = report(pr.root);
    const f = rep.findings.find((x) => x.ruleId === 'python-unresolved-import') as Report['findings'][number] & { fileClass: string | null };
    expect([f.severity, f.fileClass]).toEqual(['P0', 'runtime']);
    expect(rep.policy.changes).toEqual([
      {
        kind: 'repository-map',
        path: '.gitattributes',
        line: null,
        applied: false,
        directive: null,
        details: ['changes configuration the repository map reads: .gitattributes', "3 files the base commit's configuration calls runtime code are still judged as runtime code"],
      },
    ]);
    expect(r.summary).toContain('Repository map configuration');
  }, T);

  it('near miss: the same tree on a push is the repository\'s own word: vendored, P1, READY', () => {
    const ws = hostileRepo({ ...SVC, ...RECLASSIFY });
    const r = action(ws);
    expect(r.status).toBe(0);
    const f = report(ws).findings.find((x) => x.ruleId === 'python-unresolved-import')!;
    expect(f.severity).toBe('P1');
  }, T);
});

describe('the map guard through the API, on the shallow checkout actions/checkout makes', () => {
  let api: Loopback;
  beforeAll(async () => {
    // The pull request's files (one page) and a contents API that has none of them at the base.
    api = await loopbackApi(`
      if (u.pathname === '/repos/acme/shop/pulls/7/files') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(u.searchParams.get('page') === '1' ? [{ filename: '.gitattributes', status: 'added' }] : []));
      }`);
  });
  afterAll(() => api?.stop());

  it('lists the pull request\'s files once, reads the base of the changed configuration only, and keeps the P0', () => {
    const pr = pullRequest(
      { 'svc/__init__.py': '', 'svc/provenance.py': 'class Tracker:\n    pass\n', 'svc/calc.py': 'from provenance import Tracker\n' },
      { '.gitattributes': 'svc/** linguist-vendored\n' },
    );
    const ws = shallow(pr);
    const r = action(ws, {}, { ...pr.env, GITHUB_API_URL: `http://127.0.0.1:${api.port}` });
    expect(r.status).toBe(1);
    const rep = report(ws);
    expect(rep.findings.find((f) => f.ruleId === 'python-unresolved-import')?.severity).toBe('P0');
    expect(rep.policy.changes.map((c) => c.kind)).toContain('repository-map');
    const asked = api.requests().map((q) => q.url);
    expect(asked.filter((u) => u.includes('/pulls/7/files'))).toHaveLength(1);
    expect(asked.filter((u) => u.includes('/contents/.gitattributes'))).toEqual([`/repos/acme/shop/contents/.gitattributes?ref=${pr.baseSha}`]);
  }, T);
});
