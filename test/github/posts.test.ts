// The check run and the pull request comment below the HTTP layer: what publish() hands the adapter,
// and how the posters page, batch and fall back (test/e2e/pr.test.ts runs them against an HTTP
// server through the bundled action).
import { describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/client.js';
import { ANNOTATIONS_PER_REQUEST, postCheckRun, type CheckRunRequest } from '../../src/github/checks.js';
import { commentDigest, commentMarker, commentPlan, postComment, type CommentPlan } from '../../src/github/pr-comment.js';
import type { RestSession } from '../../src/github/rest.js';
import type { RunResult } from '../../src/model/result.js';
import { publish, type Sink } from '../../src/publish.js';
import type { Annotation, CheckAnnotation } from '../../src/report/annotations.js';
import { bigFixture, finding, fixture, options } from '../report/fixture.js';

/** A RestSession answering from `answer` (route, params) and recording every call. */
function session(answer: (route: string, params: Record<string, unknown>) => unknown) {
  const calls: Array<{ route: string; params: Record<string, unknown> }> = [];
  const s: RestSession = {
    owner: 'acme',
    repo: 'shop',
    async request<T>(route: string, params: Record<string, unknown> = {}) {
      calls.push({ route, params });
      const a = answer(route, params);
      if (a instanceof Error) throw a;
      return a as T;
    },
  };
  return { s, calls };
}

/** No files written: the sink is all there is. */
const quiet = (r: RunResult): RunResult => ({ ...r, options: options({ report: null, sarif: null }), sbom: null });

describe('publish: annotations: check-run', () => {
  it('hands every finding to the check run, the summary within 65,535 characters; the step keeps the verdict only', async () => {
    const r = quiet(bigFixture(1000));
    r.options = options({ report: null, sarif: null, annotations: 'check-run' });
    let req: Omit<CheckRunRequest, 'headSha'> | undefined;
    const annotated: Annotation[] = [];
    await publish(r, { checkRun: async (x) => ((req = x), { ok: true }), annotate: (a) => annotated.push(a), summary: async () => undefined });
    expect(req!.annotations).toHaveLength(1000);
    expect(req!.conclusion).toBe('failure');
    expect(req!.title).toMatch(/^BLOCKED: /);
    expect(req!.summary.length).toBeLessThanOrEqual(65_535);
    expect(req!.summary).toContain('shortened'); // rendered again within the limit, not cut mid-table
    expect(annotated).toEqual([{ level: 'error', title: '', message: req!.title }]);
  });

  it('falls back to workflow commands with the notice when the check run fails', async () => {
    const r = quiet(bigFixture(100));
    r.options = options({ report: null, sarif: null, annotations: 'check-run' });
    const annotated: Annotation[] = [];
    await publish(r, { checkRun: async () => ({ ok: false, notice: 'annotations: check-run: no.' }), annotate: (a) => annotated.push(a) });
    expect(annotated[0]).toMatchObject({ level: 'error', title: '' });
    expect(annotated).toContainEqual({ level: 'notice', title: 'readiness-gate', message: 'annotations: check-run: no.' });
    // Errors after the verdict, warnings, and notices less the check run's and the overflow's.
    expect(annotated.filter((a) => a.file)).toHaveLength(9 + 10 + 8);
    expect(annotated[annotated.length - 1]!.message).toBe('73 more findings: see the job summary / SARIF.');
  });

  it('workflow-commands mode never calls the check run', async () => {
    let called = false;
    await publish(quiet(fixture()), { checkRun: async () => ((called = true), { ok: true }) });
    expect(called).toBe(false);
  });

  it('the comment body is scrubbed of the run\'s secrets', async () => {
    const secret = 'Kx8vQ2mWp4LzR7';
    const r = quiet(fixture());
    r.options = options({ report: null, sarif: null, prComment: 'on' });
    r.secrets = new Set([secret]);
    r.findings = [finding('hardcoded-secret', { path: 'a.py', line: 1 }, `token ${secret} in a.py`), ...r.findings];
    let plan: CommentPlan | undefined;
    await publish(r, { comment: async (p) => ((plan = p), { ok: true }) } satisfies Sink);
    expect(plan!.body).toContain('readiness-gate: BLOCKED');
    expect(plan!.body).not.toContain(secret);
  });
});

describe('postCheckRun', () => {
  const annotations = (n: number): CheckAnnotation[] =>
    Array.from({ length: n }, (_, i) => ({ path: `f${i}.py`, start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm', title: 't' }));
  const req = (n: number): CheckRunRequest => ({ headSha: 'a'.repeat(40), conclusion: 'failure', title: 'BLOCKED', summary: 'S', annotations: annotations(n) });

  it('120 annotations: the POST carries 50, two PATCHes the rest, each with the title and summary', async () => {
    const { s, calls } = session((route) => (route.startsWith('POST') ? { id: 7 } : {}));
    expect(await postCheckRun(s, req(120))).toEqual({ ok: true, log: 'readiness-gate: check run readiness-gate (7) created with 120 annotations.' });
    expect(calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/check-runs', ...Array(2).fill('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}')]);
    const outputs = calls.map((c) => c.params.output as { title: string; summary: string; annotations: CheckAnnotation[] });
    expect(outputs.map((o) => o.annotations.length)).toEqual([ANNOTATIONS_PER_REQUEST, ANNOTATIONS_PER_REQUEST, 20]);
    expect(outputs.flatMap((o) => o.annotations.map((a) => a.path))).toEqual(annotations(120).map((a) => a.path));
    expect(outputs.every((o) => o.title === 'BLOCKED' && o.summary === 'S')).toBe(true);
    expect(calls[1]!.params.check_run_id).toBe(7);
  });

  it('a PATCH that fails: not ok, the notice says how many the check run holds', async () => {
    const { s } = session((route) => (route.startsWith('POST') ? { id: 7 } : new GitHubApiError(502, 'HTTP 502 (Bad Gateway)')));
    const o = await postCheckRun(s, req(120));
    expect(o).toEqual({ ok: false, notice: 'annotations: check-run: the check run readiness-gate holds only the first 50 of 120 annotations (HTTP 502 (Bad Gateway)); the findings are annotated as workflow commands instead.' });
  });

  it('an answer without an id is a failure', async () => {
    const { s } = session(() => ({}));
    expect((await postCheckRun(s, req(1))).ok).toBe(false);
  });
});

describe('the pull request comment', () => {
  const plan = (over: Partial<CommentPlan> = {}): CommentPlan => ({ mode: 'on', marker: '<!-- readiness-gate:. -->', digest: 'd'.repeat(64), body: 'B', worthPosting: true, ...over });
  const bot = { type: 'Bot' };
  const page = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ id: from + i, body: 'chatter', user: { type: 'User' } }));

  it('pages through the comments and updates the app\'s comment found on page 2; a person\'s marker is ignored', async () => {
    const { s, calls } = session((route, p) => {
      if (route.startsWith('GET')) return p.page === 1 ? [...page(99, 1), { id: 500, body: '<!-- readiness-gate:. -->', user: { type: 'User' } }] : [{ id: 600, body: 'x\n<!-- readiness-gate:. -->', user: bot }];
      return {};
    });
    expect(await postComment(s, 7, plan())).toEqual({ ok: true, log: 'readiness-gate: pull request comment 600 updated.' });
    expect(calls.map((c) => [c.route, c.params.page ?? c.params.comment_id])).toEqual([
      ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 1],
      ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 2],
      ['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', 600],
    ]);
  });

  it('another folder\'s marker is not this one', async () => {
    const { s, calls } = session((route) => (route.startsWith('GET') ? [{ id: 1, body: '<!-- readiness-gate:services/api -->', user: bot }] : { id: 2 }));
    await postComment(s, 7, plan());
    expect(calls.map((c) => c.route.split(' ')[0])).toEqual(['GET', 'POST']);
  });

  it('on-change: the same digest is left alone, another one is updated', async () => {
    const body = `old\n<!-- readiness-gate:. -->\n<!-- readiness-gate-digest:${'d'.repeat(64)} -->\n`;
    const same = session((route) => (route.startsWith('GET') ? [{ id: 3, body, user: bot }] : {}));
    expect(await postComment(same.s, 7, plan({ mode: 'on-change' }))).toEqual({ ok: true, log: 'readiness-gate: pull request comment 3 unchanged.' });
    expect(same.calls).toHaveLength(1);
    const changed = session((route) => (route.startsWith('GET') ? [{ id: 3, body, user: bot }] : {}));
    await postComment(changed.s, 7, plan({ mode: 'on-change', digest: 'e'.repeat(64) }));
    expect(changed.calls.map((c) => c.route.split(' ')[0])).toEqual(['GET', 'PATCH']);
  });

  it('a 403 is a notice naming the permission, never a throw', async () => {
    const { s } = session((route) => (route.startsWith('GET') ? [] : new GitHubApiError(403, 'HTTP 403 (Resource not accessible by integration)')));
    const o = await postComment(s, 7, plan());
    expect(o.ok).toBe(false);
    expect(!o.ok && o.notice).toMatch(/^pr-comment: the token may not comment on the pull request \(HTTP 403 \(Resource not accessible by integration\)\).*`permissions: pull-requests: write`/);
  });

  it('the marker cannot end the HTML comment, whatever the path', () => {
    const m = commentMarker('a--b/c d-->x\n');
    expect(m.slice(5, -4)).not.toMatch(/--|>|\s/);
    expect(m).toBe('<!-- readiness-gate:a%2D-b/c%20d%2D-%3Ex%0A -->');
    expect(commentMarker('services/api')).toBe('<!-- readiness-gate:services/api -->');
  });

  it('the digest follows the verdict and the fingerprints, not their order', () => {
    const r = fixture();
    const d = commentDigest(r);
    expect(commentDigest({ ...r, findings: [...r.findings].reverse() })).toBe(d);
    expect(commentDigest({ ...r, findings: r.findings.slice(1) })).not.toBe(d);
    expect(commentDigest({ ...r, verdict: { blocked: false, reasons: [] } })).not.toBe(d);
    expect(commentPlan(r, 'on').body).toContain(`<!-- readiness-gate-digest:${d} -->`);
  });
});
