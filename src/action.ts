// The GitHub Action adapter (bundled to dist/index.js): inputs in, summary/annotations/outputs out.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';
import { NO_TOKEN_NOTICE, postCheckRun } from './github/checks.js';
import { correlatorOf, snapshotOf, snapshotTarget, submitSnapshot } from './github/dependency-graph.js';
import { postComment } from './github/pr-comment.js';
import { restSession, type RestSession } from './github/rest.js';
import { INPUTS, type InputName, type RawInputs } from './inputs.js';
import { outcomeMessage, uploadOutputs } from './github/artifact.js';
import { installLogGuard, phaseLog } from './io/log-guard.js';
import { PhaseClock, run } from './main.js';
import { TOOL } from './version.js';
import { NetworkBudget } from './net/budget.js';
import type { RunResult } from './model/result.js';
import { readEventFacts, type EventFacts } from './policy/source.js';
import { actionsCacheStore } from './github/actions-cache.js';
import { publish, scrubMessage, verdictLine, type Sink } from './publish.js';
import type { Annotation } from './report/annotations.js';

// From here on every byte on stdout/stderr is neutralised (no repository text becomes a runner
// command); the gate's own commands go through `log`, which escapes them (src/io/log-guard.ts).
const log = installLogGuard();

const annotate = (a: Annotation) => log.command({ kind: 'annotation', annotation: a });

/** An output: through the GITHUB_OUTPUT file when the runner gives one, else the (escaped) legacy command. */
function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) core.setOutput(name, value);
  else log.command({ kind: 'set-output', name, value });
}

const OUTPUT_NAMES = ['blocked', 'score', 'grade', 'p0', 'p1', 'p2', 'new', 'report', 'badge', 'sarif', 'sbom', 'summary-markdown'] as const;

/**
 * Exit 2 (bad input, unsafe output path, internal error): `blocked` is still `true` and the other
 * outputs empty, so an `if:` expression reading the outputs cannot take a crash for a pass.
 */
function failClosed(message: string, title: string): void {
  annotate({ level: 'error', message, title });
  for (const name of OUTPUT_NAMES) setOutput(name, name === 'blocked' ? 'true' : '');
  process.exitCode = 2;
}

// Whatever escapes main() is reported the same way, never by Node's own printer (which writes
// straight to the descriptor, around the guard).
process.on('uncaughtException', (e) => {
  failClosed(scrubMessage(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`), 'readiness-gate: internal error');
  process.exit(2);
});

/** As the runner names them: INPUT_ + name with spaces → '_', upper-cased; hyphens kept. */
export function readActionInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (v !== undefined) raw[name] = v.trim();
  }
  return raw;
}

/** Events whose payload is a pull request the gate may comment on (its number, its head commit). */
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The check run and the pull request comment, through one API session (an unreachable API costs one
 * timeout for both). The check run belongs to the pull request's head commit: GITHUB_SHA is the
 * merge commit on pull_request and the base branch's on pull_request_target.
 */
function githubPosts(result: RunResult, event: EventFacts | undefined, network: NetworkBudget): Pick<Sink, 'checkRun' | 'comment' | 'dependencyGraph'> {
  const token = result.options.githubToken;
  const repository = process.env.GITHUB_REPOSITORY || event?.repository;
  let session: RestSession | undefined;
  const api = (): RestSession | undefined => (token && repository ? (session ??= restSession({ token, repository, network })) : undefined);
  const pr = event !== undefined && COMMENT_EVENTS.has(event.name) ? event : undefined;
  const pullNumber = pr?.pullNumber;
  if (result.options.prComment !== 'off' && pullNumber === undefined) {
    process.stdout.write(`readiness-gate: pr-comment: ${event ? `a ${event.name} event` : 'no workflow event'} has no pull request to comment on.\n`);
  }
  return {
    async dependencyGraph(graph) {
      const target = snapshotTarget(event, process.env, graph.commit);
      if ('skip' in target) return target.warn ? { level: 'warning', text: `dependency-graph: nothing was submitted: ${target.skip}.` } : { level: 'info', text: `readiness-gate: dependency-graph: nothing submitted: ${target.skip}.` };
      const s = api();
      if (!s) return { level: 'warning', text: 'dependency-graph: no github-token input is set (a token with `contents: write`); nothing was submitted.' };
      const env = process.env;
      const runUrl = env.GITHUB_RUN_ID && repository ? `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
      const snapshot = snapshotOf(graph, {
        ...target,
        correlator: correlatorOf(env, result.root),
        jobId: env.GITHUB_RUN_ID || target.sha,
        ...(runUrl ? { jobUrl: runUrl } : {}),
        detector: { name: TOOL.name, version: TOOL.version, url: TOOL.informationUri },
        // Manifests are named from the repository's top, which need not be the workspace (a checkout `path:`).
        prefix: graph.prefix ?? result.links?.prefix ?? '',
        scanned: new Date().toISOString(),
      });
      return submitSnapshot(s, snapshot, graph);
    },
    async checkRun(req) {
      const headSha = pr?.headSha ?? process.env.GITHUB_SHA;
      const s = api();
      if (!s) return { ok: false, notice: NO_TOKEN_NOTICE };
      if (!headSha) return { ok: false, notice: 'annotations: check-run: no commit to attach the check run to (GITHUB_SHA is not set); the findings are annotated as workflow commands instead.' };
      return postCheckRun(s, { ...req, headSha });
    },
    ...(pullNumber !== undefined
      ? {
          async comment(plan) {
            const s = api();
            if (!s) return { ok: false, notice: 'pr-comment: no github-token input is set (a token with `pull-requests: write`); no pull request comment.' };
            return postComment(s, pullNumber, plan);
          },
        }
      : {}),
  };
}

async function main(): Promise<void> {
  try {
    const raw = readActionInputs(process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const event = readEventFacts(process.env);
    const phases = phaseLog(log, core.isDebug());
    const clock = new PhaseClock(phases);
    // One allowance for waiting on GitHub and OSV, from the policy read to the last post (issue 13: 5 s).
    const network = new NetworkBudget();
    const result = await run(raw, {
      ...phases,
      network,
      cwd: workspace,
      factCache: actionsCacheStore({ env: process.env, quiet: log.quiet }),
      info: (line) => void process.stdout.write(`readiness-gate: ${line}\n`),
      github: {
        serverUrl: process.env.GITHUB_SERVER_URL,
        repository: process.env.GITHUB_REPOSITORY,
        sha: process.env.GITHUB_SHA,
        workspace,
      },
      event,
    });
    // No ::add-mask:: for found secrets: it would print them to the log stream; every output is scrubbed instead.
    // The annotations include the verdict (an error when blocked, as core.setFailed writes it) and the run's warnings.
    clock.to('report');
    await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void (await core.summary.addRaw(md).write()) : undefined,
      // One file per scanned folder: two gate steps of one job (one per service) keep their own.
      summaryFile: join(process.env.RUNNER_TEMP || tmpdir(), 'readiness-gate', result.root === '.' ? 'summary.md' : `summary-${createHash('sha256').update(result.root).digest('hex').slice(0, 12)}.md`),
      annotate,
      output: setOutput,
      log: (line) => void process.stdout.write(`${line}\n`),
      ...githubPosts(result, event, network),
      async upload(name, files) {
        clock.to('upload');
        const m = outcomeMessage(await uploadOutputs(name, files, { cwd: result.options.cwd, quiet: log.quiet }));
        clock.to('report');
        return m;
      },
    });
    clock.to(null);
    process.stdout.write(`${phases.overview()}\n`);
    if (result.verdict.blocked) process.exitCode = 1;
    else process.stdout.write(`${verdictLine(result)}\n`);
  } catch (e) {
    // Bad inputs and internal errors both exit 2, so a required check can tell them from a BLOCKED verdict.
    const message = scrubMessage(e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    failClosed(message, e instanceof ConfigurationError ? 'readiness-gate: invalid configuration' : 'readiness-gate: internal error');
  }
}

await main();
