// `pr-comment: on | on-change` (issue 13): one sticky comment on the pull request, found again by a
// hidden marker naming the scanned folder (two jobs scanning two folders keep two comments) and
// updated in place. The body is src/report/comment.ts renderComment; a hidden digest of the verdict
// and the findings' fingerprints lets `on-change` leave an unchanged comment alone.
//
// Anyone who can comment on the pull request can write the marker too, so only comments written by
// an app (user.type Bot: the job token posts as github-actions[bot]) are taken for the gate's own;
// a person's comment holding the marker is neither edited nor trusted for its digest.
import { createHash } from 'node:crypto';
import type { RunResult } from '../model/result.js';
import { annotatable } from '../report/annotations.js';
import { COMMENT_LIMIT_CHARS, renderComment } from '../report/comment.js';
import { cutAtLine } from '../report/markdown.js';
import type { PostOutcome, RestSession } from './rest.js';

export type CommentMode = 'on' | 'on-change';

export interface CommentPlan {
  mode: CommentMode;
  /** The hidden marker that finds the comment again. */
  marker: string;
  digest: string;
  /** The whole body, marker and digest included. */
  body: string;
  /** A finding or a block: `on-change` creates a comment only then. */
  worthPosting: boolean;
}

/** GitHub lists at most 100 comments a page; 30 pages is more than any pull request the gate comments on. */
const PAGE_SIZE = 100;
const MAX_PAGES = 30;
const DIGEST = /<!-- readiness-gate-digest:([0-9a-f]{64}) -->/;

/**
 * `<!-- readiness-gate:<scanned path> -->`. The path is the workflow's `path` input; whatever could
 * end the HTML comment or break the line (`--`, `>`, blanks, controls) is percent-encoded.
 */
export function commentMarker(root: string): string {
  const safe = root.replace(/[^A-Za-z0-9._/@+-]|-(?=-)/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return `<!-- readiness-gate:${safe} -->`;
}

/** The verdict and every finding's fingerprint with its baseline state, in a stable order. */
export function commentDigest(r: RunResult): string {
  const findings = r.findings.map((f) => `${f.fingerprint}:${f.baseline ?? ''}`).sort();
  return createHash('sha256').update(JSON.stringify({ blocked: r.verdict.blocked, reasons: r.verdict.reasons, findings })).digest('hex');
}

/** The comment for this run (`r` is the redacted view; the caller scrubs the body once more). */
export function commentPlan(r: RunResult, mode: CommentMode): CommentPlan {
  const marker = commentMarker(r.root);
  const digest = commentDigest(r);
  const body = `${cutAtLine(renderComment(r), COMMENT_LIMIT_CHARS, '\n\n… (cut: the full report is in the job summary)\n').trimEnd()}\n\n${marker}\n<!-- readiness-gate-digest:${digest} -->\n`;
  return { mode, marker, digest, body, worthPosting: r.verdict.blocked || annotatable(r).length > 0 };
}

interface IssueComment {
  id?: unknown;
  body?: unknown;
  user?: { type?: unknown } | null;
}

/** Creates or updates the sticky comment on pull request `pullNumber`. Never throws: a failure is a notice. */
export async function postComment(api: RestSession, pullNumber: number, plan: CommentPlan): Promise<PostOutcome> {
  try {
    const existing = await findComment(api, pullNumber, plan.marker);
    if (existing) {
      if (plan.mode === 'on-change' && existing.digest === plan.digest) return { ok: true, log: `readiness-gate: pull request comment ${existing.id} unchanged.` };
      await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: existing.id, body: plan.body });
      return { ok: true, log: `readiness-gate: pull request comment ${existing.id} updated.` };
    }
    if (plan.mode === 'on-change' && !plan.worthPosting) return { ok: true, log: 'readiness-gate: no finding and no block: no pull request comment.' };
    const created = await api.request<IssueComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber, body: plan.body });
    return { ok: true, log: `readiness-gate: pull request comment ${typeof created?.id === 'number' ? `${created.id} ` : ''}created.` };
  } catch (e) {
    const err = e as { status?: unknown; message?: string };
    if (err.status === 403) {
      return {
        ok: false,
        notice:
          `pr-comment: the token may not comment on the pull request (${err.message}): a read-only token, as on pull requests from forks, or a job without the pull-requests permission. ` +
          'The verdict is in the job summary; grant `permissions: pull-requests: write` to the job for the comment.',
      };
    }
    return { ok: false, notice: `pr-comment: the pull request comment could not be posted (${err.message ?? String(e)}); the verdict is in the job summary.` };
  }
}

/** The first comment an app wrote holding the marker, with the digest it carries. */
async function findComment(api: RestSession, pullNumber: number, marker: string): Promise<{ id: number; digest?: string } | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await api.request<unknown>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: pullNumber, per_page: PAGE_SIZE, page });
    const comments = Array.isArray(list) ? (list as IssueComment[]) : [];
    for (const c of comments) {
      if (typeof c?.id !== 'number' || typeof c.body !== 'string' || c.user?.type !== 'Bot' || !c.body.includes(marker)) continue;
      return { id: c.id, digest: DIGEST.exec(c.body)?.[1] };
    }
    if (comments.length < PAGE_SIZE) return undefined;
  }
  return undefined;
}
