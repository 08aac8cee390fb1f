// `annotations: check-run` (issue 13): one check run named readiness-gate with every finding as an
// annotation, through the Checks API ("Create a check run" / "Update a check run"). The API takes at
// most 50 annotations per request and appends the annotations of each update, so the first 50 go
// with the POST and the rest follow by PATCH. A read-only token (pull requests from forks, a job
// without `checks: write`) answers 403: the caller then falls back to workflow commands and says why.
import type { CheckAnnotation } from '../report/annotations.js';
import type { PostOutcome, RestSession } from './rest.js';

export const CHECK_RUN_NAME = 'readiness-gate';
/** The Checks API's limit per request (output.annotations). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Past this the rest are left to the job summary: 100 requests is the most one run spends on its check run. */
export const MAX_CHECK_RUN_ANNOTATIONS = 5_000;

export interface CheckRunRequest {
  /** The commit the check run is attached to: the pull request's head, else GITHUB_SHA. */
  headSha: string;
  conclusion: 'success' | 'failure';
  /** output.title: the verdict line. */
  title: string;
  /** output.summary: the job summary's Markdown, already within SUMMARY_MAX_CHARS. */
  summary: string;
  annotations: readonly CheckAnnotation[];
}

interface CheckRunAnswer {
  id?: unknown;
}

/**
 * Creates the completed check run and sends every annotation. ok: the check run holds them all (up
 * to MAX_CHECK_RUN_ANNOTATIONS, the rest named in output.text); not ok: a notice for the run saying
 * what failed and what to grant.
 */
export async function postCheckRun(api: RestSession, req: CheckRunRequest): Promise<PostOutcome> {
  const all = req.annotations;
  const sent = all.slice(0, MAX_CHECK_RUN_ANNOTATIONS);
  const text = all.length > sent.length ? `${all.length - sent.length} more findings are not annotated on this check run: see the job summary and the JSON report.` : undefined;
  const output = (from: number) => ({
    title: req.title,
    summary: req.summary,
    ...(text !== undefined ? { text } : {}),
    annotations: sent.slice(from, from + ANNOTATIONS_PER_REQUEST),
  });
  let id: number;
  try {
    const created = await api.request<CheckRunAnswer>('POST /repos/{owner}/{repo}/check-runs', {
      name: CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: 'completed',
      conclusion: req.conclusion,
      completed_at: new Date().toISOString(),
      output: output(0),
    });
    if (typeof created?.id !== 'number' || !Number.isSafeInteger(created.id) || created.id <= 0) {
      return { ok: false, notice: fallback('the check run could not be created (the answer has no check run id)') };
    }
    id = created.id;
  } catch (e) {
    const err = e as { status?: unknown; message?: string };
    if (err.status === 403) {
      return {
        ok: false,
        notice:
          `annotations: check-run: the token may not create check runs (${err.message}): a read-only token, as on pull requests from forks, or a job without the checks permission. ` +
          'The findings are annotated as workflow commands instead (GitHub shows 10 per level); grant `permissions: checks: write` to the job for a check run with every finding.',
      };
    }
    return { ok: false, notice: fallback(`the check run could not be created (${err.message ?? String(e)})`) };
  }
  for (let from = ANNOTATIONS_PER_REQUEST; from < sent.length; from += ANNOTATIONS_PER_REQUEST) {
    try {
      await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { check_run_id: id, output: output(from) });
    } catch (e) {
      return { ok: false, notice: fallback(`the check run ${CHECK_RUN_NAME} holds only the first ${from} of ${sent.length} annotations (${(e as Error).message})`) };
    }
  }
  return { ok: true, log: `readiness-gate: check run ${CHECK_RUN_NAME} (${id}) created with ${sent.length} annotation${sent.length === 1 ? '' : 's'}.` };
}

function fallback(what: string): string {
  return `annotations: check-run: ${what}; the findings are annotated as workflow commands instead.`;
}

/** No token: nothing is tried. */
export const NO_TOKEN_NOTICE = fallback('no github-token input (a token with `checks: write`) is set');
