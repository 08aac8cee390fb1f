import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  clean,
  prepareOutDir
} from "./chunk-UQWLOBMG.js";
import {
  parseList,
  replaceFile,
  scrubMessage
} from "./chunk-WOJAGUFP.js";
import {
  ConfigurationError,
  Redactor,
  globProblem,
  require_picomatch
} from "./chunk-SMLQZCSD.js";
import {
  __toESM
} from "./chunk-TCBXVWBI.js";

// src/fleet/cli.ts
import { spawn as spawn2 } from "node:child_process";
import { appendFileSync, closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync, openSync as openSync2, readSync as readSync2, readdirSync } from "node:fs";
import { join as join2, resolve } from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";

// src/fleet/list.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var MAX_MATRIX_JOBS = 256;
var PER_PAGE = 100;
var MAX_PAGES = 100;
var MAX_LINK_HEADER = 8192;
var VISIBILITIES = ["all", "public", "private", "internal"];
var NAME = /^[A-Za-z0-9_.-]{1,100}$/;
function isRepositoryName(s) {
  const [owner, name, ...rest] = s.split("/");
  return rest.length === 0 && owner !== void 0 && name !== void 0 && validPart(owner) && validPart(name);
}
function validPart(p) {
  return NAME.test(p) && p !== "." && p !== "..";
}
var FleetListError = class extends Error {
  name = "FleetListError";
};
function parseFilter(raw) {
  const visibility = (raw.visibility ?? "all").trim().toLowerCase() || "all";
  if (!VISIBILITIES.includes(visibility)) {
    throw new ConfigurationError(`--visibility: '${visibility.slice(0, 40)}' is not valid; accepted: ${VISIBILITIES.join(", ")}`);
  }
  const topics = parseList(raw.topics).map((t) => t.toLowerCase());
  for (const t of topics) {
    if (!/^[a-z0-9][a-z0-9-]{0,49}$/.test(t)) throw new ConfigurationError(`--topics: '${t.slice(0, 60)}' is not a topic; accepted: lower-case letters, digits and hyphens, up to 50 characters, comma-separated`);
  }
  const namePatterns = parseList(raw.namePattern);
  if (namePatterns.length > 50) throw new ConfigurationError("--name-pattern: more than 50 patterns; accepted: up to 50 globs, comma-separated");
  for (const p of namePatterns) {
    const problem = globProblem(p.startsWith("!") ? p.slice(1) : p);
    if (problem) throw new ConfigurationError(`--name-pattern: '${p.slice(0, 60)}' ${problem}`);
  }
  return {
    topics: [...new Set(topics)].sort(),
    visibility,
    includeArchived: parseBool("--include-archived", raw.includeArchived),
    includeForks: parseBool("--include-forks", raw.includeForks),
    namePatterns
  };
}
function parseBool(name, v) {
  const s = (v ?? "").trim().toLowerCase();
  if (s === "" || s === "false") return false;
  if (s === "true") return true;
  throw new ConfigurationError(`${name}: '${s.slice(0, 40)}' is not valid; accepted: true, false`);
}
function filterReason(r, f, nameMatch) {
  if (r.disabled) return "disabled";
  if (r.archived && !f.includeArchived) return "archived";
  if (r.fork && !f.includeForks) return "fork";
  if (f.visibility !== "all" && r.visibility !== f.visibility) return "visibility";
  if (f.topics.some((t) => !r.topics.includes(t))) return "topics";
  if (!nameMatch(r.repository.slice(r.repository.indexOf("/") + 1))) return "name-pattern";
  return void 0;
}
function nameMatcher(patterns) {
  const positive = patterns.filter((p) => !p.startsWith("!"));
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const opts = { nocase: true, dot: true };
  const yes = positive.length > 0 ? (0, import_picomatch.default)(positive, opts) : () => true;
  const no = negative.length > 0 ? (0, import_picomatch.default)(negative, opts) : () => false;
  return (name) => yes(name) && !no(name);
}
async function listRepositories(o) {
  if (!isRepositoryName(`${o.organization}/x`)) throw new ConfigurationError(`--organization: '${o.organization.slice(0, 60)}' is not an organisation name; accepted: letters, digits, '-', '_' and '.'`);
  if (!o.token) throw new ConfigurationError("the token is missing: set GITHUB_TOKEN (the workflow passes its `token` secret); it needs read access to the organisation's repositories");
  const base = new URL((o.apiUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""));
  const sleep = o.sleep ?? ((ms) => new Promise((ok) => setTimeout(ok, ms)));
  const now = o.now ?? Date.now;
  const log = o.log ?? (() => void 0);
  const maxPages = o.maxPages ?? MAX_PAGES;
  const maxWaitMs = o.maxWaitMs ?? 15 * 6e4;
  const maxTotalWaitMs = o.maxTotalWaitMs ?? 30 * 6e4;
  const maxRetries = o.maxRetries ?? 5;
  const timeoutMs = o.timeoutMs ?? 3e4;
  const { getOctokit } = await import("./github-YZ4Q2CC4.js");
  const client = getOctokit(o.token, { baseUrl: base.href.replace(/\/+$/, "") });
  const match = nameMatcher(o.filter.namePatterns);
  let waited = 0;
  const wait = async (ms, why) => {
    const w = Math.max(1e3, Math.ceil(ms));
    if (w > maxWaitMs) throw new FleetListError(`${why}: the API asks for a wait of ${Math.ceil(w / 1e3)} s, more than the ${Math.ceil(maxWaitMs / 1e3)} s allowed; run again later or use a token with a higher limit (a GitHub App installation token)`);
    if (waited + w > maxTotalWaitMs) throw new FleetListError(`${why}: waiting would take the listing past ${Math.ceil(maxTotalWaitMs / 1e3)} s of waits in all`);
    waited += w;
    log(`${why}: waiting ${Math.ceil(w / 1e3)} s before the next request`);
    await sleep(w);
  };
  const fetchPage = async (url2, page) => {
    for (let attempt = 0; ; attempt++) {
      let answer;
      try {
        answer = await client.request({ method: "GET", url: url2, request: { signal: AbortSignal.timeout(timeoutMs) } });
      } catch (e) {
        const err = e;
        const status = typeof err.status === "number" ? err.status : void 0;
        const headers = err.response?.headers ?? {};
        if (status === void 0 || err.response === void 0) {
          const timedOut = err.name === "TimeoutError" || err.name === "AbortError" || /aborted|timeout/i.test(err.message ?? "");
          throw new FleetListError(timedOut ? `page ${page}: no answer from ${base.origin} within ${timeoutMs} ms` : `page ${page}: ${base.origin} did not answer (${firstLine(err.message ?? String(e))})`);
        }
        const limit = rateLimitWait(status, headers, apiMessage(err.response.data), now());
        if (limit) {
          if (attempt >= maxRetries) throw new FleetListError(`page ${page}: still rate limited after ${maxRetries} waits (${limit.kind} limit)`);
          await wait(limit.ms, `page ${page}: ${limit.kind} rate limit (HTTP ${status})`);
          continue;
        }
        throw new FleetListError(statusMessage(status, o.organization, apiMessage(err.response.data)));
      }
      return answer;
    }
  };
  const kept = [];
  const skipped = {};
  let listed = 0;
  let malformed = 0;
  const seen = /* @__PURE__ */ new Set();
  const first = new URL(`${base.pathname.replace(/\/+$/, "")}/orgs/${encodeURIComponent(o.organization)}/repos`, base);
  first.searchParams.set("type", "all");
  first.searchParams.set("sort", "full_name");
  first.searchParams.set("per_page", String(PER_PAGE));
  let url = first.href;
  let pages = 0;
  const names = /* @__PURE__ */ new Set();
  while (url !== void 0) {
    if (pages >= maxPages) throw new FleetListError(`the organisation has more than ${maxPages * PER_PAGE} repositories (${maxPages} pages); narrow the filter's topics or name pattern`);
    if (seen.has(url)) throw new FleetListError(`page ${pages + 1}: the API's next link repeats an earlier page; the listing would not end`);
    seen.add(url);
    pages++;
    const { data, headers } = await fetchPage(url, pages);
    if (!Array.isArray(data)) throw new FleetListError(`page ${pages}: the answer is not a list of repositories`);
    if (data.length > PER_PAGE) throw new FleetListError(`page ${pages}: the answer has ${data.length} entries, more than the ${PER_PAGE} asked for`);
    for (const item of data) {
      const r = repositoryOf(item, o.organization);
      if (!r || names.has(r.repository.toLowerCase())) {
        malformed++;
        continue;
      }
      names.add(r.repository.toLowerCase());
      listed++;
      const why = filterReason(r, o.filter, match);
      if (why) skipped[why] = (skipped[why] ?? 0) + 1;
      else kept.push({ repository: r.repository, visibility: r.visibility, archived: r.archived, fork: r.fork, topics: r.topics });
    }
    url = nextLink(headers.link, base, pages);
    const remaining = Number(headers["x-ratelimit-remaining"]);
    if (url !== void 0 && headers["x-ratelimit-remaining"] !== void 0 && remaining === 0) {
      const reset = Number(headers["x-ratelimit-reset"]);
      await wait(Number.isFinite(reset) ? reset * 1e3 - now() + 1e3 : 6e4, `after page ${pages}: primary rate limit spent`);
    }
  }
  kept.sort((a, b) => compareNames(a.repository, b.repository));
  return { repositories: kept, listed, skipped, malformed, pages };
}
function compareNames(a, b) {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
function repositoryOf(item, org) {
  if (typeof item !== "object" || item === null) return void 0;
  const r = item;
  const full = r.full_name;
  if (typeof full !== "string" || !isRepositoryName(full)) return void 0;
  if (full.slice(0, full.indexOf("/")).toLowerCase() !== org.toLowerCase()) return void 0;
  const visibility = typeof r.visibility === "string" ? r.visibility.toLowerCase() : r.private === true ? "private" : r.private === false ? "public" : void 0;
  if (visibility === void 0) return void 0;
  const topics = Array.isArray(r.topics) ? r.topics.filter((t) => typeof t === "string").slice(0, 100).map((t) => t.toLowerCase()) : [];
  return { repository: full, visibility, archived: r.archived === true, fork: r.fork === true, topics, disabled: r.disabled === true };
}
function nextLink(link, base, page) {
  if (typeof link !== "string" || link.length === 0) return void 0;
  if (link.length > MAX_LINK_HEADER) throw new FleetListError(`page ${page}: the Link header is longer than ${MAX_LINK_HEADER} characters`);
  for (const part of link.split(",")) {
    const open = part.indexOf("<");
    const close = part.indexOf(">");
    if (open < 0 || close < open || part.slice(0, open).trim() !== "") continue;
    const rels = part.slice(close + 1).split(";").map((p) => p.trim()).filter((p) => /^rel\s*=/i.test(p)).flatMap((p) => p.slice(p.indexOf("=") + 1).trim().replace(/^"|"$/g, "").split(/\s+/));
    if (!rels.includes("next")) continue;
    let next;
    try {
      next = new URL(part.slice(open + 1, close), base);
    } catch {
      throw new FleetListError(`page ${page}: the next-page link is not a URL`);
    }
    const prefix = base.pathname.replace(/\/+$/, "");
    if (next.origin !== base.origin || !(next.pathname === prefix || next.pathname.startsWith(`${prefix}/`)) || next.username || next.password) {
      throw new FleetListError(`page ${page}: the next-page link leaves the API (${next.origin}); not followed, since the token would go with it`);
    }
    if (/[{}]/.test(next.href)) throw new FleetListError(`page ${page}: the next-page link is not one the API writes (it holds a brace)`);
    return next.href;
  }
  return void 0;
}
function rateLimitWait(status, headers, message, nowMs) {
  if (status !== 403 && status !== 429) return void 0;
  const secondary = /secondary rate limit|abuse/i.test(message);
  const retryAfter = headers["retry-after"];
  if (retryAfter !== void 0 && /^\d{1,6}$/.test(String(retryAfter).trim())) {
    return { kind: secondary || status === 429 ? "secondary" : "primary", ms: Number(retryAfter) * 1e3 };
  }
  if (String(headers["x-ratelimit-remaining"] ?? "") === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return { kind: "primary", ms: Number.isFinite(reset) ? reset * 1e3 - nowMs + 1e3 : 6e4 };
  }
  if (secondary || status === 429 || /rate limit/i.test(message)) return { kind: "secondary", ms: 6e4 };
  return void 0;
}
function statusMessage(status, org, message) {
  const said = message ? ` (the API says: ${message})` : "";
  if (status === 401) return `the token was refused (HTTP 401)${said}: it is missing, expired or revoked; pass a valid token`;
  if (status === 403) return `the token may not list the repositories of '${org}' (HTTP 403)${said}: it needs read access to them (a GitHub App installed on the organisation with contents: read and metadata: read, or a PAT authorised for its SSO)`;
  if (status === 404) return `organisation '${org}' was not found (HTTP 404)${said}: check the name, and that the token can see it`;
  return `listing the repositories of '${org}' failed (HTTP ${status})${said}`;
}
function apiMessage(data) {
  const m = typeof data === "object" && data !== null ? data.message : typeof data === "string" ? data : void 0;
  return typeof m === "string" ? firstLine(m) : "";
}
function firstLine(s) {
  return (s.split("\n")[0] ?? "").slice(0, 200);
}
function makeBatches(repositories, size, maxJobs = MAX_MATRIX_JOBS) {
  if (!Number.isInteger(size) || size < 1) throw new ConfigurationError(`--batch-size: '${size}' is not valid; accepted: a whole number from 1`);
  let used = size;
  let raised;
  if (Math.ceil(repositories.length / size) > maxJobs) {
    used = Math.ceil(repositories.length / maxJobs);
    raised = `batch size raised from ${size} to ${used}: ${repositories.length} repositories in batches of ${size} would be ${Math.ceil(repositories.length / size)} jobs, and GitHub allows ${maxJobs} per matrix`;
  }
  const count = Math.ceil(repositories.length / used);
  const width = Math.max(3, String(count).length);
  const batches = [];
  for (let i = 0; i < count; i++) {
    batches.push({ id: String(i + 1).padStart(width, "0"), repositories: repositories.slice(i * used, (i + 1) * used) });
  }
  return { batches, size: used, ...raised ? { raised } : {} };
}

// src/fleet/scan.ts
import { spawn } from "node:child_process";
import { closeSync, constants, fstatSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
var STDERR_TAIL = 16 * 1024;
var MAX_REASON = 300;
var MAX_BATCH_REPOSITORIES = 1e3;
function validRef(ref) {
  return /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,254}$/.test(ref) && !ref.includes("..") && !ref.includes("//") && !ref.endsWith("/") && !ref.endsWith(".lock") && !ref.endsWith(".");
}
function parseServerUrl(s) {
  let u;
  try {
    u = new URL(s.replace(/\/+$/, ""));
  } catch {
    throw new ConfigurationError(`--server-url: '${s.slice(0, 80)}' is not a URL; accepted: https://HOST (or a file:// folder of bare repositories)`);
  }
  if (!["https:", "http:", "file:"].includes(u.protocol) || u.username || u.password || u.search || u.hash) {
    throw new ConfigurationError(`--server-url: '${s.slice(0, 80)}' is not accepted; accepted: https://HOST without credentials (or a file:// folder of bare repositories)`);
  }
  return u;
}
function entryFileName(repository) {
  const [owner, name] = repository.split("/");
  return `${owner}__${name}.json`.replace(/[^A-Za-z0-9._-]/g, "_");
}
function defaultCliPath() {
  return fileURLToPath(new URL("./cli.js", import.meta.url));
}
async function scanBatch(o) {
  const server = parseServerUrl(o.serverUrl);
  if (o.ref !== null && !validRef(o.ref)) throw new ConfigurationError(`--ref: '${o.ref.slice(0, 80)}' is not a ref; accepted: a branch, tag or commit name (letters, digits, '.', '_', '-', '/')`);
  if (o.repositories.length > MAX_BATCH_REPOSITORIES) throw new ConfigurationError(`--batch: ${o.repositories.length} repositories; accepted: at most ${MAX_BATCH_REPOSITORIES}`);
  for (const r of o.repositories) {
    if (!isRepositoryName(r)) throw new ConfigurationError(`--batch: '${clean(r.slice(0, 120))}' is not a repository name; accepted: owner/name`);
  }
  const out = prepareOutDir2(o.outDir);
  const log = o.log ?? (() => void 0);
  const base = mkdtempSync(join(o.workDir ?? tmpdir(), "rg-fleet-"));
  const redactor = tokenRedactor(o.token);
  const summary = { scanned: 0, failed: 0, files: [] };
  try {
    for (const repository of [...new Set(o.repositories)]) {
      let entry;
      try {
        entry = await scanOne(repository, o, server, base, (s) => redactor.text(s));
      } catch (e) {
        entry = failedEntry(repository, o, server, reason(redactor.text(`internal error: ${e instanceof Error ? e.message : String(e)}`)));
      }
      const file = entryFileName(repository);
      writeEntry(out, file, `${JSON.stringify(entry, null, 2)}
`);
      summary.files.push(file);
      if (entry.status === "scanned") summary.scanned++;
      else summary.failed++;
      log(`${repository}: ${entry.status === "scanned" ? `scanned at ${entry.commit}` : `failed: ${entry.error}`}`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return summary;
}
function failedEntry(repository, o, server, error) {
  return {
    schemaVersion: 1,
    kind: "readiness-gate-fleet-entry",
    repository,
    url: `${server.href.replace(/\/+$/, "")}/${repository}`,
    ref: o.ref,
    commit: null,
    runUrl: o.runUrl,
    status: "failed",
    error,
    report: null
  };
}
async function scanOne(repository, o, server, base, redact) {
  const serverText = server.href.replace(/\/+$/, "");
  const entry = failedEntry(repository, o, server, null);
  const fail = (why) => ({ ...entry, error: reason(redact(why)) });
  const work = mkdtempSync(join(base, "repo-"));
  try {
    const src = join(work, "src");
    const home = join(work, "home");
    mkdirSync(home);
    const git = gitEnv(home, server, o.token);
    const gitRun = (args2, cwd) => run("git", args2, { cwd, env: git, timeoutMs: o.cloneTimeoutMs ?? 3e5 });
    const init = await gitRun(["init", "-q", "--template=", src], work);
    if (init.code !== 0) return fail(`clone failed: ${init.why}`);
    const fetch = await gitRun(["fetch", "-q", "--depth=1", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head", `${serverText}/${repository}.git`, `+${o.ref ?? "HEAD"}:refs/rg/scan`], src);
    if (fetch.code !== 0) return fail(`clone failed${o.ref ? ` at ref ${o.ref}` : ""}: ${fetch.why}`);
    const checkout = await gitRun(["checkout", "-q", "--detach", "refs/rg/scan"], src);
    if (checkout.code !== 0) return fail(`checkout failed: ${checkout.why}`);
    const head = await run("git", ["rev-parse", "HEAD"], { cwd: src, env: git, timeoutMs: 3e4, stdout: true });
    const commit = head.stdout.trim();
    if (head.code !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit)) return fail(`checkout failed: no commit (${head.why})`);
    entry.commit = commit;
    const reportPath = join(work, "report.json");
    const cli = o.cliPath ?? defaultCliPath();
    const args = [cli, "scan", src, "--report", reportPath, "--sarif", "", "--sbom", "", "--vulnerability-scan", o.vulnerabilityScan, "--cache", "false", "--no-color"];
    const scan2 = await run(process.execPath, args, { cwd: src, env: scanEnv(home), timeoutMs: o.scanTimeoutMs ?? 6e5 });
    if (scan2.timedOut) return fail(`scan timed out after ${Math.round((o.scanTimeoutMs ?? 6e5) / 1e3)} s`);
    if (scan2.signal) return fail(`scan ended by signal ${scan2.signal}: ${scan2.why}`);
    if (scan2.code !== 0 && scan2.code !== 1) return fail(`scan exited with code ${scan2.code}: ${scan2.why}`);
    const report = readReport(reportPath);
    if (typeof report === "string") return fail(`scan wrote no usable report: ${report}`);
    return { ...entry, status: "scanned", report };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
function tokenRedactor(token) {
  return new Redactor(token ? [token, basicAuth(token)] : []);
}
function basicAuth(token) {
  return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
function gitEnv(home, server, token) {
  const scheme = server.protocol.slice(0, -1);
  const config = [
    ["core.hooksPath", "/dev/null"],
    ["core.fsmonitor", "false"],
    ["submodule.recurse", "false"],
    ["fetch.recurseSubmodules", "false"],
    ["protocol.allow", "never"],
    [`protocol.${scheme}.allow`, "always"],
    ["advice.detachedHead", "false"],
    // The listing names each repository where it is: a redirect would only carry the header elsewhere.
    ["http.followRedirects", "false"]
  ];
  if (token && scheme !== "file") config.push([`http.${server.href.replace(/\/+$/, "")}/.extraheader`, `AUTHORIZATION: basic ${basicAuth(token)}`]);
  const env = {
    ...baseEnv(home),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "true",
    GIT_LFS_SKIP_SMUDGE: "1",
    GIT_CONFIG_COUNT: String(config.length)
  };
  config.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}
function scanEnv(home, from = process.env) {
  const env = baseEnv(home, from);
  if (from.READINESS_GATE_WORKERS) env.READINESS_GATE_WORKERS = from.READINESS_GATE_WORKERS;
  env.NO_COLOR = "1";
  return env;
}
function baseEnv(home, from = process.env) {
  const env = { HOME: home, PATH: from.PATH ?? "/usr/bin:/bin" };
  for (const k of ["LANG", "LC_ALL", "TMPDIR", "SystemRoot"]) if (from[k]) env[k] = from[k];
  return env;
}
function run(cmd, args, o) {
  return new Promise((done) => {
    let stderr = Buffer.alloc(0);
    let stdout = "";
    let timedOut = false;
    const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: true, stdio: ["ignore", o.stdout ? "pipe" : "ignore", "pipe"] });
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child.pid);
    }, o.timeoutMs);
    child.stdout?.on("data", (d) => {
      if (stdout.length < 4096) stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d) => {
      stderr = Buffer.concat([stderr, d]);
      if (stderr.length > STDERR_TAIL) stderr = stderr.subarray(stderr.length - STDERR_TAIL);
    });
    const finish = (code, signal, error) => {
      clearTimeout(timer);
      const lines = stderr.toString("utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      const said = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.findLast((l) => l.startsWith("readiness-gate:")) ?? lines.at(-1);
      const why = error ? error.message : said ?? (timedOut ? "timed out" : "no message");
      done({ code, signal: timedOut ? null : signal, timedOut, stdout, why });
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("close", (code, signal) => finish(code, signal));
  });
}
function kill(pid) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
  }
}
function reason(s) {
  const line = clean(s);
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}
function readReport(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    return e.code === "ENOENT" ? "the report file is missing" : `the report file cannot be opened (${e.code})`;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return "the report is not a regular file";
    if (st.size > MAX_REPORT_BYTES) return `the report is larger than ${MAX_REPORT_BYTES} bytes`;
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    let parsed;
    try {
      parsed = JSON.parse(buf.subarray(0, off).toString("utf8"));
    } catch {
      return "the report is not JSON";
    }
    const p = parsed;
    if (typeof p !== "object" || p === null || Array.isArray(p) || typeof p.verdict?.blocked !== "boolean") return "the report has no verdict";
    return parsed;
  } finally {
    closeSync(fd);
  }
}
function prepareOutDir2(dir) {
  return prepareOutDir(dir, process.cwd(), void 0, "fleet scan");
}
function writeEntry(dir, name, text) {
  replaceFile(join(dir, name), text);
}

// src/fleet/cli.ts
var USAGE = `Usage: readiness-gate fleet <list|scan|merge> [options]

The steps of the fleet workflow (.github/workflows/fleet.yml). The token is read from GITHUB_TOKEN.

  fleet list --organization ORG [--topics a,b] [--visibility all|public|private|internal]
             [--include-archived true|false] [--include-forks true|false]
             [--name-pattern GLOBS] [--batch-size N] [--api-url URL]
      Lists the organisation's repositories through the REST API, keeps those the filter names
      (every topic given; a glob over the name, '!glob' excludes) and splits them into batches
      (at most 256: the batch size is raised when needed, and said). Writes batches, count and
      batch-size to $GITHUB_OUTPUT when it is set, else the JSON to stdout.

  fleet scan --batch JSON --out DIR [--ref REF] [--vulnerability-scan osv|off]
             [--server-url URL] [--clone-timeout SECONDS] [--scan-timeout SECONDS]
      Clones each repository of the batch (shallow, at REF or the default branch), runs the gate
      on it with the repository's own policy (a blocked verdict is a result, not a failure)
      and writes one fleet entry per repository into DIR.
      A repository that fails to clone or scan is an entry with status failed, not a failed step.

  fleet merge --entries DIR --out DIR [--previous merged.json] [--batches JSON]
      Writes a failed entry for every repository of --batches that has none in the entries
      folder (its job did not finish), runs 'readiness-gate merge' and appends its summary.md
      to the job summary ($GITHUB_STEP_SUMMARY) when it is set.
`;
var ACTION_FLAGS = {
  list: ["organization", "topics", "visibility", "include-archived", "include-forks", "name-pattern", "batch-size"],
  scan: ["batch", "out", "ref", "vulnerability-scan"],
  merge: ["entries", "out", "previous", "batches"]
};
var MAX_OUTPUT_BYTES = 12e4;
var SUMMARY_MAX_BYTES = 1024 * 1024;
var MAX_JSON_INPUT = 4 * 1024 * 1024;
async function fleetCli(argv, io = { out: process.stdout, err: process.stderr }) {
  const env = io.env ?? process.env;
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h") {
    (command ? io.out : io.err).write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (command === "list") return await list(rest, io, env);
    if (command === "scan") return await scan(rest, io, env);
    if (command === "merge") return await merge(rest, io, env);
    io.err.write(`readiness-gate fleet: unknown command '${clean(command.slice(0, 40))}'; accepted: list, scan, merge

${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConfigurationError || e instanceof FleetListError) {
      io.err.write(`readiness-gate fleet ${command}: ${clean(scrubMessage(redactToken(e.message, env)))}
`);
      return 2;
    }
    io.err.write(scrubMessage(redactToken(`readiness-gate fleet ${command}: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`, env)));
    return 2;
  }
}
function redactToken(s, env) {
  return tokenRedactor(env.GITHUB_TOKEN).text(s);
}
function parse(args, options, command) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new ConfigurationError(`${e.message.split("\n")[0]}; see 'readiness-gate fleet --help' for the options of ${command}`);
  }
}
function required(v, name, what) {
  if (v === void 0 || v.trim() === "") throw new ConfigurationError(`${name} is required; accepted: ${what}`);
  return v.trim();
}
function wholeNumber(v, name, def, max) {
  if (v === void 0 || v.trim() === "") return def;
  const n = Number(v.trim());
  if (!/^\d+$/.test(v.trim()) || n < 1 || n > max) throw new ConfigurationError(`${name}: '${clean(v.slice(0, 40))}' is not valid; accepted: a whole number from 1 to ${max}`);
  return n;
}
async function list(args, io, env) {
  const v = parse(
    args,
    {
      organization: { type: "string" },
      topics: { type: "string" },
      visibility: { type: "string" },
      "include-archived": { type: "string" },
      "include-forks": { type: "string" },
      "name-pattern": { type: "string" },
      "batch-size": { type: "string" },
      "api-url": { type: "string" }
    },
    "list"
  );
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const organization = required(v.organization, "--organization", "the organisation whose repositories to scan");
  const filter = parseFilter({ topics: v.topics, visibility: v.visibility, includeArchived: v["include-archived"], includeForks: v["include-forks"], namePattern: v["name-pattern"] });
  const size = wholeNumber(v["batch-size"], "--batch-size", 10, MAX_BATCH_REPOSITORIES);
  const listing = await listRepositories({
    token: env.GITHUB_TOKEN ?? "",
    organization,
    filter,
    apiUrl: v["api-url"] ?? env.GITHUB_API_URL,
    log: (line) => void io.err.write(`readiness-gate fleet list: ${clean(line)}
`),
    ...io.sleep ? { sleep: io.sleep } : {}
  });
  const skipped = Object.entries(listing.skipped).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, n]) => `${n} ${k}`);
  io.err.write(
    `readiness-gate fleet list: ${listing.listed} repositories in ${listing.pages} page(s); ${listing.repositories.length} kept${skipped.length ? `, left out: ${skipped.join(", ")}` : ""}${listing.malformed ? `; ${listing.malformed} entries of the answer were not repositories of ${organization} and were ignored` : ""}
`
  );
  const batching = makeBatches(
    listing.repositories.map((r) => r.repository),
    size
  );
  if (batching.raised) io.err.write(`readiness-gate fleet list: ${batching.raised}
`);
  io.err.write(`readiness-gate fleet list: ${batching.batches.length} batch(es) of up to ${batching.size}
`);
  const outputs = { batches: batchesJson(batching.batches), count: String(listing.repositories.length), "batch-size": String(batching.size) };
  if (env.GITHUB_OUTPUT) {
    for (const [k, val] of Object.entries(outputs)) setOutput(env.GITHUB_OUTPUT, k, val);
  } else {
    io.out.write(`${JSON.stringify({ count: listing.repositories.length, batchSize: batching.size, batches: batching.batches }, null, 2)}
`);
  }
  return 0;
}
function batchesJson(batches) {
  const json = JSON.stringify(batches);
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_OUTPUT_BYTES) throw new FleetListError(`the batches take ${bytes} bytes, more than the merge step can take as an input (${MAX_OUTPUT_BYTES}: one environment variable); narrow the filter's topics or name pattern, or run one fleet per part of the organisation`);
  return json;
}
function setOutput(file, name, value) {
  let delimiter = `ghadelimiter_${randomBytes(16).toString("hex")}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomBytes(16).toString("hex")}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`, "utf8");
}
function parseBatch(text, name = "--batch") {
  if (text.length > MAX_JSON_INPUT) throw new ConfigurationError(`${name}: longer than ${MAX_JSON_INPUT} characters; accepted: one batch of 'fleet list'`);
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`${name}: not JSON; accepted: {"id": "001", "repositories": ["owner/name", ...]} as 'fleet list' writes it, or ["owner/name", ...]`);
  }
  const list2 = Array.isArray(v) ? v : typeof v === "object" && v !== null ? v.repositories : void 0;
  if (!Array.isArray(list2) || list2.some((r) => typeof r !== "string" || !isRepositoryName(r))) {
    throw new ConfigurationError(`${name}: not a batch; accepted: {"id": "001", "repositories": ["owner/name", ...]} as 'fleet list' writes it, or ["owner/name", ...]`);
  }
  return list2;
}
async function scan(args, io, env) {
  const v = parse(
    args,
    {
      batch: { type: "string" },
      out: { type: "string" },
      ref: { type: "string" },
      "vulnerability-scan": { type: "string" },
      "server-url": { type: "string" },
      "clone-timeout": { type: "string" },
      "scan-timeout": { type: "string" },
      // The gate to run (tests; default: cli.js beside this bundle).
      "gate-cli": { type: "string" }
    },
    "scan"
  );
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const repositories = parseBatch(required(v.batch, "--batch", "one batch of 'fleet list' as JSON"));
  const out = required(v.out, "--out", "the folder to write the fleet entries into");
  const vs = (v["vulnerability-scan"] ?? "osv").trim() || "osv";
  if (vs !== "osv" && vs !== "off") throw new ConfigurationError(`--vulnerability-scan: '${clean(vs.slice(0, 40))}' is not valid; accepted: osv, off`);
  const serverUrl = v["server-url"] ?? env.GITHUB_SERVER_URL ?? "https://github.com";
  const ref = (v.ref ?? "").trim() || null;
  const summary = await scanBatch({
    repositories,
    outDir: out,
    serverUrl,
    ref,
    token: env.GITHUB_TOKEN || void 0,
    vulnerabilityScan: vs,
    cloneTimeoutMs: wholeNumber(v["clone-timeout"], "--clone-timeout", 300, 3600) * 1e3,
    scanTimeoutMs: wholeNumber(v["scan-timeout"], "--scan-timeout", 600, 6 * 3600) * 1e3,
    runUrl: runUrlOf(env),
    ...env.RUNNER_TEMP ? { workDir: env.RUNNER_TEMP } : {},
    ...v["gate-cli"] ? { cliPath: resolve(v["gate-cli"]) } : {},
    log: (line) => void io.err.write(`readiness-gate fleet scan: ${clean(line)}
`)
  });
  io.err.write(`readiness-gate fleet scan: ${summary.scanned} scanned, ${summary.failed} failed; ${summary.files.length} entries in ${clean(out)}
`);
  return 0;
}
function runUrlOf(env) {
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const id = env.GITHUB_RUN_ID;
  if (!server || !repo || !id || !isRepositoryName(repo) || !/^\d{1,20}$/.test(id)) return null;
  try {
    const u = parseServerUrl(server);
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
    return `${u.href.replace(/\/+$/, "")}/${repo}/actions/runs/${id}`;
  } catch {
    return null;
  }
}
async function merge(args, io, env) {
  const v = parse(args, { entries: { type: "string" }, out: { type: "string" }, previous: { type: "string" }, batches: { type: "string" }, "server-url": { type: "string" }, "gate-cli": { type: "string" } }, "merge");
  if (v.help) {
    io.out.write(USAGE);
    return 0;
  }
  const entries = required(v.entries, "--entries", "the folder the scan jobs' entries were downloaded into");
  const out = required(v.out, "--out", "the folder for the organisation report");
  const dir = prepareOutDir2(entries);
  if (v.batches !== void 0 && v.batches.trim() !== "") {
    const missing = fillMissing(dir, parseBatches(v.batches), v["server-url"] ?? env.GITHUB_SERVER_URL ?? "https://github.com", runUrlOf(env));
    if (missing.length > 0) io.err.write(`readiness-gate fleet merge: ${missing.length} repositories have no entry (their scan job did not finish): ${missing.slice(0, 20).join(", ")}${missing.length > 20 ? ", ..." : ""}
`);
  }
  const cli = v["gate-cli"] ? resolve(v["gate-cli"]) : defaultCliPath();
  const mergeArgs = [cli, "merge", dir, "--out", out, ...v.previous ? ["--previous", v.previous] : []];
  const code = await new Promise((done) => {
    const child = spawn2(process.execPath, mergeArgs, { stdio: ["ignore", "inherit", "inherit"], env: { ...env, GITHUB_TOKEN: "", GITHUB_STEP_SUMMARY: "" } });
    child.on("error", () => done(2));
    child.on("close", (c) => done(c ?? 2));
  });
  if (code !== 0) return code;
  if (env.GITHUB_STEP_SUMMARY) {
    const md = readSummary(join2(resolve(out), "summary.md"));
    if (md !== void 0) appendFileSync(env.GITHUB_STEP_SUMMARY, md.endsWith("\n") ? md : `${md}
`, "utf8");
  }
  return 0;
}
function parseBatches(text) {
  if (text.length > MAX_JSON_INPUT) throw new ConfigurationError(`--batches: longer than ${MAX_JSON_INPUT} characters; accepted: the batches output of 'fleet list'`);
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ConfigurationError("--batches: not JSON; accepted: the batches output of 'fleet list'");
  }
  if (!Array.isArray(v)) throw new ConfigurationError("--batches: not a list; accepted: the batches output of 'fleet list'");
  return v.flatMap((b) => parseBatch(JSON.stringify(b), "--batches"));
}
function fillMissing(dir, repositories, serverUrl, runUrl) {
  const present = new Set(readdirSync(dir).filter((f) => f.endsWith(".json")));
  const server = parseServerUrl(serverUrl).href.replace(/\/+$/, "");
  const missing = [];
  for (const repository of [...new Set(repositories)].sort()) {
    const file = entryFileName(repository);
    if (present.has(file)) continue;
    const entry = {
      schemaVersion: 1,
      kind: "readiness-gate-fleet-entry",
      repository,
      url: `${server}/${repository}`,
      ref: null,
      commit: null,
      runUrl,
      status: "failed",
      error: "no entry: the scan job of its batch did not finish (cancelled, timed out or lost its runner)",
      report: null
    };
    writeEntry(dir, file, `${JSON.stringify(entry, null, 2)}
`);
    missing.push(repository);
  }
  return missing;
}
function readSummary(path) {
  try {
    if (!lstatSync(path).isFile()) return void 0;
  } catch {
    return void 0;
  }
  const fd = openSync2(path, constants2.O_RDONLY | constants2.O_NOFOLLOW);
  try {
    const size = Math.min(fstatSync2(fd).size, SUMMARY_MAX_BYTES - 256);
    const buf = Buffer.alloc(size);
    const n = readSync2(fd, buf, 0, size, 0);
    const text = buf.subarray(0, n).toString("utf8");
    return fstatSync2(fd).size > size ? `${text.slice(0, text.lastIndexOf("\n") + 1)}
_The summary was cut at GitHub's 1 MiB limit; the merged report has everything._
` : text;
  } finally {
    closeSync2(fd);
  }
}

export {
  ACTION_FLAGS,
  fleetCli,
  batchesJson,
  setOutput,
  parseBatch,
  runUrlOf,
  parseBatches,
  fillMissing
};
