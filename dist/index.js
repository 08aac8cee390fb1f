import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  INPUTS,
  PhaseClock,
  postComment,
  publish,
  readEventFacts,
  run,
  scrubMessage,
  verdictLine
} from "./chunk-K3CN6YBX.js";
import {
  ConfigurationError,
  GitHubApiError,
  NetworkBudget,
  UnsafeFileError,
  installLogGuard,
  phaseLog,
  readRegularFile,
  toApiError,
  trustedRoots
} from "./chunk-R32TPOG5.js";
import {
  isDebug,
  setOutput,
  summary
} from "./chunk-GANHUZSN.js";
import "./chunk-6AJBK7QG.js";
import "./chunk-TCBXVWBI.js";

// src/action.ts
import { createHash } from "node:crypto";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/github/checks.ts
var CHECK_RUN_NAME = "readiness-gate";
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_CHECK_RUN_ANNOTATIONS = 5e3;
async function postCheckRun(api, req) {
  const all = req.annotations;
  const sent = all.slice(0, MAX_CHECK_RUN_ANNOTATIONS);
  const text = all.length > sent.length ? `${all.length - sent.length} more findings are not annotated on this check run: see the job summary and the JSON report.` : void 0;
  const output = (from) => ({
    title: req.title,
    summary: req.summary,
    ...text !== void 0 ? { text } : {},
    annotations: sent.slice(from, from + ANNOTATIONS_PER_REQUEST)
  });
  let id;
  try {
    const created = await api.request("POST /repos/{owner}/{repo}/check-runs", {
      name: CHECK_RUN_NAME,
      head_sha: req.headSha,
      status: "completed",
      conclusion: req.conclusion,
      completed_at: (/* @__PURE__ */ new Date()).toISOString(),
      output: output(0)
    });
    if (typeof created?.id !== "number" || !Number.isSafeInteger(created.id) || created.id <= 0) {
      return { ok: false, notice: fallback("the check run could not be created (the answer has no check run id)") };
    }
    id = created.id;
  } catch (e) {
    const err = e;
    if (err.status === 403) {
      return {
        ok: false,
        notice: `annotations: check-run: the token may not create check runs (${err.message}): a read-only token, as on pull requests from forks, or a job without the checks permission. The findings are annotated as workflow commands instead (GitHub shows 10 per level); grant \`permissions: checks: write\` to the job for a check run with every finding.`
      };
    }
    return { ok: false, notice: fallback(`the check run could not be created (${err.message ?? String(e)})`) };
  }
  for (let from = ANNOTATIONS_PER_REQUEST; from < sent.length; from += ANNOTATIONS_PER_REQUEST) {
    try {
      await api.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { check_run_id: id, output: output(from) });
    } catch (e) {
      return { ok: false, notice: fallback(`the check run ${CHECK_RUN_NAME} holds only the first ${from} of ${sent.length} annotations (${e.message})`) };
    }
  }
  return { ok: true, log: `readiness-gate: check run ${CHECK_RUN_NAME} (${id}) created with ${sent.length} annotation${sent.length === 1 ? "" : "s"}.` };
}
function fallback(what) {
  return `annotations: check-run: ${what}; the findings are annotated as workflow commands instead.`;
}
var NO_TOKEN_NOTICE = fallback("no github-token input (a token with `checks: write`) is set");

// src/github/rest.ts
function restSession(o) {
  const [owner = "", repo = ""] = o.repository.split("/");
  const baseUrl = (o.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const firstTimeoutMs = o.firstTimeoutMs ?? 5e3;
  const timeoutMs = o.timeoutMs ?? 1e4;
  const budgetMs = o.budgetMs ?? 6e4;
  const deadline = Date.now() + budgetMs;
  let octokit;
  let answered = false;
  let down;
  return {
    owner,
    repo,
    async request(route, params = {}) {
      if (down) throw down;
      const left = deadline - Date.now();
      if (left <= 0) throw new GitHubApiError("timeout", `the GitHub API calls took longer than ${budgetMs} ms in all`);
      octokit ??= import("./github-YZ4Q2CC4.js").then((m) => m.getOctokit(o.token, { baseUrl }));
      const client = await octokit;
      const ms = Math.min(answered ? timeoutMs : firstTimeoutMs, left);
      try {
        const send = (signal) => client.request(route, { owner, repo, ...params, request: { signal } });
        const r = o.network ? await o.network.run("github", ms, send) : await send(AbortSignal.timeout(ms));
        answered = true;
        return r.data;
      } catch (e) {
        const unanswered = e.response === void 0;
        const err = toApiError(e, ms);
        if (typeof err.status === "number" && !unanswered) {
          answered = true;
          throw err;
        }
        down = typeof err.status === "number" ? new GitHubApiError("network", firstLine(e.message ?? String(e))) : err;
        throw down;
      }
    }
  };
}
function firstLine(s) {
  return s.split("\n")[0].slice(0, 200);
}

// src/github/artifact.ts
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
var MAX_FILE_BYTES = 512 * 1024 * 1024;
function unavailable(env) {
  const missing = ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_RESULTS_URL"].filter((k) => !env[k]);
  if (missing.length > 0) {
    return `upload-artifact: not uploaded, ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set (the runner sets them for actions; a local run or act has no artifact service). The files are still written.`;
  }
  if (isGhes(env.GITHUB_SERVER_URL)) {
    return "upload-artifact: not uploaded, GitHub Enterprise Server has no artifact service v4 for @actions/artifact; upload the files with actions/upload-artifact@v3 (the GHES version) instead.";
  }
  return void 0;
}
function isGhes(serverUrl) {
  let host;
  try {
    host = new URL(serverUrl || "https://github.com").hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
function artifactNames(paths) {
  const taken = /* @__PURE__ */ new Set();
  return paths.map((p) => {
    const base = basename(p) || "file";
    const ext = extname(base);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, base.length - ext.length)}-${i}${ext}`;
    taken.add(name);
    return name;
  });
}
function cleanError(e) {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/([?&](?:sig|se|sv|sp|sr|st|skoid|sktid|skt|ske|sks|skv)=)[^&\s"']*/gi, "$1***").replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, "$1***").replace(/[\r\n]+/g, " ").slice(0, 500);
}
async function uploadOutputs(name, paths, deps) {
  const env = deps.env ?? process.env;
  const why = unavailable(env);
  if (why) return { kind: "skipped", message: why };
  if (paths.length === 0) return { kind: "skipped", message: "upload-artifact: nothing to upload (report, sarif and sbom are all turned off)." };
  const staging = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "readiness-gate-artifact-"));
  try {
    const roots = trustedRoots(deps.cwd, env);
    const names = artifactNames(paths);
    const staged = [];
    for (let i = 0; i < paths.length; i++) {
      let bytes;
      try {
        bytes = readRegularFile(resolve(deps.cwd, paths[i]), { roots, maxBytes: MAX_FILE_BYTES });
      } catch (e) {
        if (e instanceof UnsafeFileError) return { kind: "failed", message: `upload-artifact: not uploaded, '${paths[i]}' ${e.message}.` };
        throw e;
      }
      const dest = join(staging, names[i]);
      writeFileSync(dest, bytes, { flag: "wx", mode: 384 });
      staged.push(dest);
    }
    const upload = deps.upload ?? defaultUploader;
    const quiet = deps.quiet ?? ((f) => f());
    try {
      const r = await quiet(() => upload(name, staged, staging));
      return { kind: "uploaded", name, id: r.id ?? null, size: r.size ?? null, files: names };
    } catch (e) {
      return { kind: "failed", message: `upload-artifact: the upload of '${name}' failed: ${cleanError(e)}${hint(e)}` };
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
function hint(e) {
  const text = e instanceof Error ? e.message : String(e);
  return /already exists|\(409\)/i.test(text) ? " (an artifact of that name already exists in this run: give each job its own upload-artifact name)" : "";
}
var defaultUploader = async (name, files, root) => {
  const { DefaultArtifactClient } = await import("./artifact-XULUNFIW.js");
  return new DefaultArtifactClient().uploadArtifact(name, files, root, {});
};
function outcomeMessage(o) {
  if (o.kind === "skipped") return { level: "notice", text: o.message };
  if (o.kind === "failed") return { level: "warning", text: o.message };
  const size = o.size === null ? "" : `, ${o.size} bytes zipped`;
  return { level: "info", text: `upload-artifact: uploaded '${o.name}' (${o.files.join(", ")}${size}${o.id === null ? "" : `, artifact id ${o.id}`})` };
}

// src/action.ts
var log = installLogGuard();
var annotate = (a) => log.command({ kind: "annotation", annotation: a });
function setOutput2(name, value) {
  if (process.env.GITHUB_OUTPUT) setOutput(name, value);
  else log.command({ kind: "set-output", name, value });
}
var OUTPUT_NAMES = ["blocked", "score", "grade", "p0", "p1", "p2", "new", "report", "sarif", "sbom", "summary-markdown"];
function failClosed(message, title) {
  annotate({ level: "error", message, title });
  for (const name of OUTPUT_NAMES) setOutput2(name, name === "blocked" ? "true" : "");
  process.exitCode = 2;
}
process.on("uncaughtException", (e) => {
  failClosed(scrubMessage(`internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`), "readiness-gate: internal error");
  process.exit(2);
});
function readActionInputs(env) {
  const raw = {};
  for (const name of Object.keys(INPUTS)) {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    if (v !== void 0) raw[name] = v.trim();
  }
  return raw;
}
var COMMENT_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function githubPosts(result, event, network) {
  const token = result.options.githubToken;
  const repository = process.env.GITHUB_REPOSITORY || event?.repository;
  let session;
  const api = () => token && repository ? session ??= restSession({ token, repository, network }) : void 0;
  const pr = event !== void 0 && COMMENT_EVENTS.has(event.name) ? event : void 0;
  const pullNumber = pr?.pullNumber;
  if (result.options.prComment !== "off" && pullNumber === void 0) {
    process.stdout.write(`readiness-gate: pr-comment: ${event ? `a ${event.name} event` : "no workflow event"} has no pull request to comment on.
`);
  }
  return {
    async checkRun(req) {
      const headSha = pr?.headSha ?? process.env.GITHUB_SHA;
      const s = api();
      if (!s) return { ok: false, notice: NO_TOKEN_NOTICE };
      if (!headSha) return { ok: false, notice: "annotations: check-run: no commit to attach the check run to (GITHUB_SHA is not set); the findings are annotated as workflow commands instead." };
      return postCheckRun(s, { ...req, headSha });
    },
    ...pullNumber !== void 0 ? {
      async comment(plan) {
        const s = api();
        if (!s) return { ok: false, notice: "pr-comment: no github-token input is set (a token with `pull-requests: write`); no pull request comment." };
        return postComment(s, pullNumber, plan);
      }
    } : {}
  };
}
async function main() {
  try {
    const raw = readActionInputs(process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const event = readEventFacts(process.env);
    const phases = phaseLog(log, isDebug());
    const clock = new PhaseClock(phases);
    const network = new NetworkBudget();
    const result = await run(raw, {
      ...phases,
      network,
      cwd: workspace,
      github: {
        serverUrl: process.env.GITHUB_SERVER_URL,
        repository: process.env.GITHUB_REPOSITORY,
        sha: process.env.GITHUB_SHA,
        workspace
      },
      event
    });
    clock.to("report");
    await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void await summary.addRaw(md).write() : void 0,
      // One file per scanned folder: two gate steps of one job (one per service) keep their own.
      summaryFile: join2(process.env.RUNNER_TEMP || tmpdir2(), "readiness-gate", result.root === "." ? "summary.md" : `summary-${createHash("sha256").update(result.root).digest("hex").slice(0, 12)}.md`),
      annotate,
      output: setOutput2,
      log: (line) => void process.stdout.write(`${line}
`),
      ...githubPosts(result, event, network),
      async upload(name, files) {
        clock.to("upload");
        const m = outcomeMessage(await uploadOutputs(name, files, { cwd: result.options.cwd, quiet: log.quiet }));
        clock.to("report");
        return m;
      }
    });
    clock.to(null);
    process.stdout.write(`${phases.overview()}
`);
    if (result.verdict.blocked) process.exitCode = 1;
    else process.stdout.write(`${verdictLine(result)}
`);
  } catch (e) {
    const message = scrubMessage(e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    failClosed(message, e instanceof ConfigurationError ? "readiness-gate: invalid configuration" : "readiness-gate: internal error");
  }
}
await main();
export {
  readActionInputs
};
