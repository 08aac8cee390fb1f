// Issue 13, items 2 and 3, through the bundled action on a pull request event: the check run with
// every annotation (annotations: check-run), its fallback on a read-only token, the sticky pull
// request comment (pr-comment: on | on-change), and the outputs summary-markdown and new. The
// GitHub API is a server of the test's own on 127.0.0.1 (test/helpers/github-api.ts) with GitHub's
// status codes and response shapes.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeGitHub, type ApiRequest, type FakeGitHub } from '../helpers/github-api.js';
import { tokens } from '../helpers/tokens.js';
import { pullRequest, type PullRequest, type Tree } from '../security/hostile.js';
import { runAction, type ActionRun } from './harness.js';

const T = 120_000;
const SECRETS = 60;

/** A service whose every module holds its own GitHub token: 60 P0 findings, one per file. */
function leakyTree(n = SECRETS): Tree {
  const t = tokens(13);
  const tree: Tree = { 'README.md': '# shop\n' };
  for (let i = 0; i < n; i++) tree[`src/shop/mod_${String(i).padStart(2, '0')}.py`] = `TOKEN = "${t.githubToken()}"\n`;
  return tree;
}

interface Report {
  findings: Array<{ ruleId: string; fingerprint: string; baseline?: string; location: { path: string; line?: number } }>;
}
const report = (root: string) => JSON.parse(readFileSync(join(root, 'readiness-report.json'), 'utf8')) as Report;

interface CheckRunBody {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string; annotations: Array<{ path: string; start_line: number; end_line: number; annotation_level: string; title: string; message: string }> };
}

/** A library with nothing to report. */
const CLEAN: Tree = {
  'README.md': '# tiny-lib\n\nA small library.\n',
  '.github/CODEOWNERS': '* @acme/platform\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m pytest\n',
  'tiny/__init__.py': 'def add(a: int, b: int) -> int:\n    return a + b\n',
  'pyproject.toml': '[project]\nname = "tiny-lib"\nversion = "1.0.0"\n',
};

/** The merge commit GITHUB_SHA names on pull_request: the check run must not go there. */
const MERGE_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';

describe('annotations: check-run and pr-comment on a pull request', () => {
  let api: FakeGitHub;
  let pr: PullRequest;
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}, root = pr.root): ActionRun =>
    runAction({ workspace: root, inputs, env: { ...pr.env, GITHUB_SHA: MERGE_SHA, GITHUB_API_URL: api.url, ...env } });
  const sent = (method: string, path: RegExp): ApiRequest[] => api.requests().filter((q) => q.method === method && path.test(q.url.split('?')[0]!));

  beforeAll(async () => {
    api = await fakeGitHub();
    pr = pullRequest({ 'README.md': '# shop\n' }, leakyTree());
  });
  afterAll(() => api?.stop());
  beforeEach(() => {
    api.clear();
    api.set({ readOnly: false, comments: [] });
  });

  it('check-run: one check run on the head commit with every finding, 50 per request, the verdict kept as a workflow command', () => {
    const r = run({ annotations: 'check-run' });
    expect(r.status).toBe(1);
    const findings = report(pr.root).findings;
    expect(findings.length).toBeGreaterThan(50);

    const [create, ...more] = [...sent('POST', /\/check-runs$/), ...sent('PATCH', /\/check-runs\/\d+$/)];
    expect(create!.url).toBe('/repos/acme/shop/check-runs');
    expect(create!.auth).toBe('token test-job-token');
    const body = create!.body as CheckRunBody;
    expect(body).toMatchObject({ name: 'readiness-gate', head_sha: pr.headSha, status: 'completed', conclusion: 'failure' });
    expect(body.output.title).toMatch(/^BLOCKED: \d+ P0 findings/);
    expect(body.output.summary).toBe(r.summary);
    expect(body.output.annotations).toHaveLength(50);
    expect(more.map((q) => q.url)).toEqual(Array(Math.ceil(findings.length / 50) - 1).fill('/repos/acme/shop/check-runs/4242'));

    const annotations = [create!, ...more].flatMap((q) => (q.body as CheckRunBody).output.annotations);
    expect(annotations).toHaveLength(findings.length);
    // Path and line are required: a repository-level finding sits on .github, line 1, as the runner files run annotations.
    const where = (f: Report['findings'][number]) => (f.location.path === '.' ? '.github:1' : `${f.location.path}:${f.location.line}`);
    expect(annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(findings.map(where).sort());
    const secrets = annotations.filter((a) => a.path.startsWith('src/shop/mod_'));
    expect(secrets).toHaveLength(SECRETS);
    expect(secrets.every((a) => a.annotation_level === 'failure' && a.end_line === a.start_line && a.title.includes('hardcoded-secret'))).toBe(true);
    // Redacted like every other output.
    expect(JSON.stringify(annotations)).not.toMatch(/ghp_[A-Za-z0-9]{36}/);

    // On the step: the verdict, and no finding annotation (the check run holds them).
    expect(r.annotations.filter((a) => a.props.file)).toEqual([]);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/^BLOCKED: /);
    expect(r.stdout).toMatch(/check run readiness-gate \(4242\) created with \d+ annotations/);
  }, T);

  it('check-run on a read-only token (403): workflow-command annotations and a notice naming checks: write', () => {
    api.set({ readOnly: true });
    const r = run({ annotations: 'check-run' });
    expect(r.status).toBe(1);
    expect(sent('POST', /\/check-runs$/)).toHaveLength(1);
    expect(sent('PATCH', /\/check-runs\//)).toEqual([]);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]!.message).toMatch(/^BLOCKED: /);
    expect(errors.slice(1).every((a) => a.props.file?.startsWith('src/shop/mod_'))).toBe(true);
    expect(errors[1]!.message).toMatch(/…and \d+ more of this rule: see the job summary\.$/);
    const notice = r.annotations.find((a) => a.level === 'notice' && a.message.startsWith('annotations: check-run'));
    expect(notice?.message).toContain('Resource not accessible by integration');
    expect(notice?.message).toContain('`permissions: checks: write`');
    expect(r.outputs.blocked).toBe('true');
  }, T);

  it('pr-comment on: created, then updated in place by the next run; a person\'s comment with the marker is left alone', () => {
    const forged = '✅ readiness-gate: READY\n\n<!-- readiness-gate:. -->\n';
    api.set({ comments: [{ id: 77, body: forged, user: { login: 'mallory', type: 'User' } }] });
    const first = run({ 'pr-comment': 'on' });
    expect(first.status).toBe(1);
    expect(sent('GET', /\/issues\/7\/comments$/)[0]!.url).toBe('/repos/acme/shop/issues/7/comments?per_page=100&page=1');
    const [post] = sent('POST', /\/issues\/7\/comments$/);
    const body = (post!.body as { body: string }).body;
    expect(body).toContain('readiness-gate: BLOCKED');
    expect(body).toContain('<!-- readiness-gate:. -->');
    expect(body).toMatch(/<!-- readiness-gate-digest:[0-9a-f]{64} -->\n$/);
    expect(body).not.toMatch(/ghp_[A-Za-z0-9]{36}/);
    expect(first.stdout).toContain('pull request comment 9002 created.');

    api.clear();
    const second = run({ 'pr-comment': 'on' });
    expect(second.status).toBe(1);
    expect(sent('POST', /comments/)).toEqual([]);
    const [patch] = sent('PATCH', /\/issues\/comments\/\d+$/);
    expect(patch!.url).toBe('/repos/acme/shop/issues/comments/9002');
    expect((patch!.body as { body: string }).body).toBe(body);
    expect(api.comments().map((c) => c.id)).toEqual([77, 9002]);
    expect(api.comments()[0]!.body).toBe(forged);
  }, T);

  it('two jobs scanning two folders keep two comments', () => {
    run({ 'pr-comment': 'on' });
    run({ 'pr-comment': 'on', path: 'src' });
    run({ 'pr-comment': 'on', path: 'src' });
    expect(api.comments().map((c) => [c.id, /<!-- readiness-gate:(\S*) -->/.exec(c.body)?.[1]])).toEqual([
      [9001, '.'],
      [9002, 'src'],
    ]);
    expect(sent('PATCH', /\/issues\/comments\/9002$/)).toHaveLength(1);
  }, T);

  it('pr-comment on-change: an unchanged result leaves the comment alone; a changed one updates it', () => {
    run({ 'pr-comment': 'on' });
    api.clear();
    const same = run({ 'pr-comment': 'on-change' });
    expect(same.status).toBe(1);
    expect(sent('GET', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(api.requests().filter((q) => q.method !== 'GET' && /comments/.test(q.url))).toEqual([]);
    expect(same.stdout).toContain('pull request comment 9001 unchanged.');

    // One more finding: the digest changes, the comment is updated in place.
    const changed = pullRequest({ 'README.md': '# shop\n' }, { ...leakyTree(), 'src/shop/extra.py': `KEY = "${tokens(99).githubToken()}"\n` });
    api.clear();
    run({ 'pr-comment': 'on-change' }, changed.env, changed.root);
    expect(sent('PATCH', /\/issues\/comments\/9001$/)).toHaveLength(1);
    expect(api.comments()).toHaveLength(1);
  }, T);

  it('pr-comment on-change: a clean pull request with no comment yet gets none; on gets one', () => {
    const clean = pullRequest(CLEAN, { 'README.md': '# tiny-lib\n\nA small library, documented.\n' });
    const r = run({ 'pr-comment': 'on-change' }, clean.env, clean.root);
    expect(r.status).toBe(0);
    expect(report(clean.root).findings).toEqual([]);
    expect(sent('GET', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(sent('POST', /comments/)).toEqual([]);
    expect(r.stdout).toContain('no finding and no block: no pull request comment.');
    // Near miss: `on` comments on a clean pull request too.
    run({ 'pr-comment': 'on' }, clean.env, clean.root);
    expect(api.comments()).toHaveLength(1);
    expect(api.comments()[0]!.body).toMatch(/^### ✅ readiness-gate: READY/);
  }, T);

  it('pr-comment on a read-only token (403): a notice, and the exit code is the verdict\'s', () => {
    api.set({ readOnly: true });
    const r = run({ 'pr-comment': 'on' });
    expect(r.status).toBe(1);
    expect(sent('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    const notice = r.annotations.find((a) => a.level === 'notice' && a.message.startsWith('pr-comment:'));
    expect(notice?.message).toContain('Resource not accessible by integration');
    expect(notice?.message).toContain('`permissions: pull-requests: write`');

    // The same on a READY tree: exit code 0.
    const clean = pullRequest(CLEAN, { 'README.md': '# tiny-lib\n\nA small library, documented.\n' });
    const ready = run({ 'pr-comment': 'on' }, clean.env, clean.root);
    expect(ready.status).toBe(0);
    expect(ready.annotations.some((a) => a.level === 'notice' && a.message.startsWith('pr-comment:'))).toBe(true);
  }, T);

  it('an unreachable API: one notice for each post, the run still decided by its verdict', () => {
    const r = run({ annotations: 'check-run', 'pr-comment': 'on' }, { GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(r.status).toBe(1);
    const notices = r.annotations.filter((a) => a.level === 'notice').map((a) => a.message);
    expect(notices.filter((m) => m.startsWith('annotations: check-run: the check run could not be created'))).toHaveLength(1);
    expect(notices.filter((m) => m.startsWith('pr-comment: the pull request comment could not be posted'))).toHaveLength(1);
    expect(r.annotations.filter((a) => a.level === 'error' && a.props.file)).toHaveLength(9);
  }, T);

  it('a push event: no comment is attempted, the check run goes on GITHUB_SHA', () => {
    const r = run({ annotations: 'check-run', 'pr-comment': 'on' }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: pr.headSha });
    expect(r.status).toBe(1);
    expect(api.requests().filter((q) => /comments/.test(q.url))).toEqual([]);
    expect((sent('POST', /\/check-runs$/)[0]!.body as CheckRunBody).head_sha).toBe(pr.headSha);
    expect(r.stdout).toContain('readiness-gate: pr-comment: a push event has no pull request to comment on.');
  }, T);
});

describe('outputs summary-markdown and new', () => {
  it('summary-markdown is a file holding the job summary; new counts the findings the baseline does not know', () => {
    const pr = pullRequest({ 'README.md': '# shop\n' }, leakyTree(3));
    const first = runAction({ workspace: pr.root });
    expect(first.status).toBe(1);
    expect(first.outputs['summary-markdown']).toMatch(/\/readiness-gate\/summary\.md$/);
    expect(readFileSync(first.outputs['summary-markdown']!, 'utf8')).toBe(first.summary);
    // No baseline: every finding is new.
    expect(first.outputs.new).toBe(String(report(pr.root).findings.length));
    expect(Number(first.outputs.new)).toBeGreaterThanOrEqual(3);

    copyFileSync(join(pr.root, 'readiness-report.json'), join(pr.root, 'baseline.json'));
    writeFileSync(join(pr.root, 'src/shop/new.py'), `KEY = "${tokens(7).githubToken()}"\n`);
    const second = runAction({ workspace: pr.root, inputs: { baseline: 'baseline.json' } });
    expect(second.outputs.new).toBe('1');
    expect(report(pr.root).findings.filter((f) => f.baseline === 'new')).toHaveLength(1);
  }, T);

  it('a bad input: both outputs are empty', () => {
    const pr = pullRequest({ 'README.md': '# shop\n' }, leakyTree(1));
    const r = runAction({ workspace: pr.root, inputs: { 'pr-comment': 'sometimes' } });
    expect(r.status).toBe(2);
    expect(r.outputs['summary-markdown']).toBe('');
    expect(r.outputs.new).toBe('');
    expect(r.annotations[0]?.message).toMatch(/input 'pr-comment'/);
  }, T);
});
