import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  ALL_CHECKS,
  FileProcessor,
  GitHubApiError,
  INLINE_MARKER,
  NETWORK_BUDGET_KEY,
  NetworkBudget,
  ProfileCollector,
  SBOM_CAPTURE,
  captureMatcher,
  combined,
  compareFindings,
  configuredSeverity,
  createCheckContext,
  fetchPullFiles,
  fetchRepoFile,
  fileMatcher,
  finalize,
  inlineCovering,
  inventoryOf,
  isRepositoryLevelPath,
  maySuppress,
  mergeRepeats,
  readRepositoryLevel,
  reportLocation,
  repositoryMapForRun,
  repositoryMapFromData,
  repositoryRelative,
  resolveFindings,
  sbomPhase,
  standsAlone,
  streamXml,
  toFinding,
  withheldOf
} from "./chunk-NLSVQWEC.js";
import {
  CONFIG_CANDIDATES,
  CONFIG_MAX_BYTES,
  DEFAULT_MAX_FILE_SIZE,
  INPUTS,
  OUTPUT_INPUTS,
  badgePath,
  computeScore,
  prepareOutputs,
  readCheckoutConfig,
  relPosix,
  resolveOptions
} from "./chunk-WOJAGUFP.js";
import {
  BUILD_ID,
  ConfigurationError,
  FactCache,
  ObservationTrail,
  RecordCursor,
  RunRecorder,
  UnsafeFileError,
  blobsOf,
  changedFiles,
  commonInputs,
  digestOf,
  discover,
  encodeValues,
  endKey,
  firstLine,
  folderDigest,
  forEachLine,
  gitListing,
  globMatcher,
  isTestDataFolder,
  langOf,
  langsPresent,
  lastPlace,
  loadGrammars,
  mapMemoFile,
  memoPrefix,
  memoStore,
  noteSkip,
  packedValues,
  peek,
  readAll,
  readRegularText,
  regularFileStream,
  require_dist,
  runKeyOf,
  tracesEvery,
  trackedWorkspace,
  trustedRoots,
  within
} from "./chunk-SMLQZCSD.js";
import {
  __toESM
} from "./chunk-TCBXVWBI.js";

// src/github/dependency-graph.ts
var LEFT_OUT = ["project", "private", "no-version"];
var SCOPED = /* @__PURE__ */ new Set(["npm", "pnpm", "composer", "pipenv", "maven", "gradle", "nuget-project", "requirements"]);
var LEFT_TO_GITHUB = /* @__PURE__ */ new Set(["github-actions"]);
function dependencyGraphOf(inv, withheld, checkout = { commit: null }) {
  const leftOut = /* @__PURE__ */ new Map();
  const isProject = (p) => p.workspace === true || inv.root.purl !== void 0 && p.purl === inv.root.purl || withheld.get(p.purl) === "workspace";
  const reasonOf = (p) => {
    if (isProject(p)) return "project";
    if (withheld.has(p.purl)) return "private";
    if (!p.version) return "no-version";
    return void 0;
  };
  const manifests = [];
  let packages = 0;
  let workflows = 0;
  for (const entry of inv.lockfiles) {
    const pkgs = entry.status === "parsed" ? inv.perFile.get(entry.path) : void 0;
    if (!pkgs) continue;
    if (LEFT_TO_GITHUB.has(entry.ecosystem)) {
      workflows++;
      continue;
    }
    const kept = [];
    for (const p of pkgs) {
      const why = reasonOf(p);
      if (why) leftOut.set(p.purl, why);
      else kept.push(p);
    }
    if (kept.length === 0) continue;
    const fromProject = /* @__PURE__ */ new Set();
    for (const p of pkgs) if (isProject(p)) for (const t of p.dependsOn ?? []) fromProject.add(t);
    const relationshipKnown = fromProject.size > 0 || pkgs.some((p) => p.direct === true && !isProject(p));
    const scopeKnown = SCOPED.has(entry.ecosystem) || pkgs.some((p) => p.dev === true);
    const keys = new Set(kept.map((p) => p.purl));
    const resolved = {};
    for (const p of [...kept].sort((a, b) => cmp(a.purl, b.purl))) {
      if (Object.hasOwn(resolved, p.purl)) continue;
      resolved[p.purl] = {
        package_url: p.purl,
        ...relationshipKnown ? { relationship: p.direct === true || fromProject.has(p.purl) ? "direct" : "indirect" } : {},
        ...scopeKnown ? { scope: p.dev === true ? "development" : "runtime" } : {},
        dependencies: [...new Set((p.dependsOn ?? []).filter((t) => t !== p.purl && keys.has(t)))].sort(cmp)
      };
    }
    packages += Object.keys(resolved).length;
    manifests.push({ path: entry.path, ecosystem: entry.ecosystem, resolved });
  }
  manifests.sort((a, b) => cmp(a.path, b.path));
  const submitted = new Set(manifests.flatMap((m) => Object.keys(m.resolved)));
  const counts = {};
  for (const reason of LEFT_OUT) {
    let n = 0;
    for (const [purl, r] of leftOut) if (r === reason && !submitted.has(purl)) n++;
    if (n > 0) counts[reason] = n;
  }
  return { manifests, packages, leftOut: counts, workflows, commit: checkout.commit, ...checkout.prefix !== void 0 ? { prefix: checkout.prefix } : {} };
}
function snapshotOf(g, f) {
  const prefix = f.prefix.replace(/^\/+|\/+$/g, "");
  const manifests = {};
  for (const m of g.manifests) {
    const path = prefix ? `${prefix}/${m.path}` : m.path;
    manifests[path] = { name: path, file: { source_location: path }, resolved: m.resolved };
  }
  return {
    version: 0,
    sha: f.sha,
    ref: f.ref,
    job: { correlator: f.correlator, id: f.jobId, ...f.jobUrl ? { html_url: f.jobUrl } : {} },
    detector: f.detector,
    scanned: f.scanned,
    manifests
  };
}
var MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var REF = /^refs\/(?!.*\.\.)(?!.*\/\/)[^\x00-\x20\x7f~^:?*[\\]{1,250}$/;
function snapshotTarget(event, env, scanned) {
  const name = event?.name ?? env.GITHUB_EVENT_NAME;
  if (name === "pull_request_target") return { skip: "a pull_request_target event (a token that may write, and a checkout that may be the pull request's): nothing is submitted" };
  let target;
  const accepted = [env.GITHUB_SHA];
  if (name === "pull_request" || name === "pull_request_review" || name === "pull_request_review_comment") {
    const base = (event?.repository ?? env.GITHUB_REPOSITORY ?? "").toLowerCase();
    if (!event?.headRepository || event.headRepository.toLowerCase() !== base) return { skip: "a pull request from a fork (or from a repository the event does not name): its token is read-only and its branch is not this repository's" };
    const ref = event.headRef !== void 0 ? `refs/heads/${event.headRef}` : "";
    if (!event.headSha || !SHA.test(event.headSha) || !REF.test(ref)) return { skip: "the pull request event names no head commit and branch", warn: true };
    accepted.push(event.headSha);
    target = { sha: event.headSha, ref };
  } else {
    const sha = env.GITHUB_SHA ?? "";
    const ref = env.GITHUB_REF ?? "";
    if (!SHA.test(sha) || !REF.test(ref)) return { skip: "no commit and ref to submit for (GITHUB_SHA and GITHUB_REF as a runner sets them)", warn: true };
    target = { sha, ref };
  }
  if (scanned === null) return { skip: "the scanned folder is no git checkout, so which commit its dependencies belong to is unknown", warn: true };
  if (!accepted.includes(scanned)) return { skip: `the scanned checkout is at ${scanned.slice(0, 12)}, not at the workflow's commit ${target.sha.slice(0, 12)}: its dependencies are not that commit's`, warn: true };
  return target;
}
function correlatorOf(env, root) {
  const parts = ["readiness-gate", env.GITHUB_WORKFLOW ?? "", env.GITHUB_JOB ?? "", root === "." ? "" : root].map((s) => s.trim()).filter(Boolean);
  return parts.join(" ").slice(0, 1e3);
}
var PERMISSION = "grant `permissions: contents: write` to the job (and keep the dependency graph enabled in the repository settings)";
async function submitSnapshot(api, snapshot, graph, maxBytes = MAX_SNAPSHOT_BYTES) {
  const body = JSON.stringify(snapshot);
  const bytes = Buffer.byteLength(body, "utf8");
  if (bytes > maxBytes) {
    return {
      level: "warning",
      text: `dependency-graph: the snapshot is ${bytes} bytes (${graph.manifests.length} manifests, ${graph.packages} packages), over the ${maxBytes} bytes this action sends in one request; nothing was submitted. Scan the projects of this repository in separate steps (the \`path\` input): each gets a snapshot of its own.`
    };
  }
  let answer;
  try {
    answer = await api.request("POST /repos/{owner}/{repo}/dependency-graph/snapshots", { data: snapshot });
  } catch (e) {
    const err = e;
    const why = plain(err.message ?? String(e));
    if (err.status === 403 || err.status === 404) {
      return { level: "warning", text: `dependency-graph: the token may not submit to the dependency graph (${why}): a read-only token, as on pull requests from forks or with the default read permissions; ${PERMISSION}. Nothing was submitted; the verdict is unchanged.` };
    }
    if (typeof err.status === "number") return { level: "warning", text: `dependency-graph: GitHub refused the snapshot (${why}); nothing was submitted; the verdict is unchanged.` };
    return { level: "warning", text: `dependency-graph: the snapshot could not be sent (${why}); nothing was submitted; the verdict is unchanged.` };
  }
  const result = typeof answer?.result === "string" ? plain(answer.result) : "";
  const message = typeof answer?.message === "string" && answer.message ? ` ${plain(answer.message)}` : "";
  if (result === "INVALID") return { level: "warning", text: `dependency-graph: GitHub took the snapshot but found it invalid:${message || " (no message)"}` };
  const id = typeof answer?.id === "number" && Number.isSafeInteger(answer.id) ? ` ${answer.id}` : "";
  return { level: "info", text: `readiness-gate: dependency-graph: snapshot${id} submitted for ${snapshot.sha.slice(0, 12)} (${snapshot.ref}): ${describe(graph)}${result ? ` (${result}${message ? `:${message}` : ""})` : ""}.` };
}
function describe(g) {
  const n = (k, one, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const out = [`${n(g.manifests.length, "manifest")}, ${n(g.packages, "package")}`];
  const left = [];
  if (g.leftOut.project) left.push(`${n(g.leftOut.project, "package")} of the project itself`);
  if (g.leftOut.private) left.push(`${n(g.leftOut.private, "private package")}`);
  if (g.leftOut["no-version"]) left.push(`${n(g.leftOut["no-version"], "package")} without a version`);
  if (g.workflows) left.push(`${n(g.workflows, "workflow file")} (GitHub reads them itself)`);
  if (left.length) out.push(`not submitted: ${left.join(", ")}`);
  return out.join("; ");
}
function plain(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, " ").trim().slice(0, 300);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/policy/source.ts
import { spawnSync } from "node:child_process";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "merge_group"]);
var EVENT_MAX_BYTES = 64 * 1024 * 1024;
function readEventFacts(env = process.env) {
  const name = env.GITHUB_EVENT_NAME;
  if (!name) return void 0;
  const facts = { name, repository: env.GITHUB_REPOSITORY || void 0, apiUrl: env.GITHUB_API_URL || void 0 };
  if (PR_EVENTS.has(name) && env.GITHUB_EVENT_PATH) {
    try {
      if (statSync(env.GITHUB_EVENT_PATH).size <= EVENT_MAX_BYTES) {
        const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
        const sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
        if (typeof sha === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) facts.baseSha = sha;
        const head = payload.pull_request?.head?.sha;
        if (typeof head === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) facts.headSha = head;
        const headRef = payload.pull_request?.head?.ref;
        if (typeof headRef === "string" && headRef.length <= 255) facts.headRef = headRef;
        const headRepo = payload.pull_request?.head?.repo?.full_name;
        if (typeof headRepo === "string" && /^[\w.-]+\/[\w.-]+$/.test(headRepo)) facts.headRepository = headRepo;
        const n = payload.pull_request?.number;
        if (typeof n === "number" && Number.isSafeInteger(n) && n > 0) facts.pullNumber = n;
        const repo = payload.pull_request?.base?.repo?.full_name ?? payload.repository?.full_name;
        if (typeof repo === "string" && /^[\w.-]+\/[\w.-]+$/.test(repo)) facts.repository = repo;
      }
    } catch {
    }
  }
  return facts;
}
function isPullRequestEvent(e) {
  return e !== void 0 && PR_EVENTS.has(e.name);
}
var REMOTE = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})\/([^@\s]{1,1000})@([^@\s]{1,250})$/;
async function loadPolicy(raw, pc) {
  const env = pc.env ?? process.env;
  const root = resolve(pc.cwd, raw.path?.trim() || ".");
  const explicit = raw.config?.trim() || void 0;
  const token = tokenOf(raw);
  const apiUrl = pc.event?.apiUrl ?? env.GITHUB_API_URL;
  const git2 = gitFacts(root);
  const notices = [];
  const budget = pc.network;
  const remote = explicit ? REMOTE.exec(explicit) : null;
  if (explicit && remote) {
    const [, owner, repo, path, ref] = remote;
    if (!token) throw new ConfigurationError(`input 'config': ${explicit} is read through the contents API, which needs input 'github-token'`);
    const got = await fetchRepoFile({ token, repository: `${owner}/${repo}`, apiUrl, budget }, path, ref, CONFIG_MAX_BYTES).catch((e) => {
      throw new ConfigurationError(`input 'config': ${explicit} cannot be read (${e instanceof GitHubApiError ? e.message : String(e)})`);
    });
    if (got === void 0) throw new ConfigurationError(`input 'config': ${explicit} does not exist; accepted: owner/repo/path@ref of an existing file`);
    const base2 = isPullRequestEvent(pc.event) ? baseReader(root, git2, pc.event, token, apiUrl, budget).reader : void 0;
    return { origin: { kind: "trusted-remote", ref: explicit }, config: { text: got, label: explicit }, base: base2, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  if (!exists(root)) return { origin: { kind: "checkout" }, notices };
  const pr = isPullRequestEvent(pc.event);
  const explicitAbs = explicit ? isAbsolute(explicit) ? resolve(explicit) : resolve(pc.cwd, explicit) : void 0;
  if (explicitAbs && !pullRequestWrites(root, git2, explicitAbs)) {
    const roots = trustedRoots(pc.cwd, env);
    const text = readConfigInput(explicitAbs, roots.some((r) => within(r, explicitAbs)) ? roots : [dirname(explicitAbs)], explicit);
    const base2 = pr ? baseReader(root, git2, pc.event, token, apiUrl, budget).reader : void 0;
    return { origin: pr ? { kind: "trusted-file", path: explicitAbs } : { kind: "checkout" }, config: { text, label: relPosix(root, explicitAbs) }, base: base2, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  if (!pr) return { origin: { kind: "checkout" }, config: readCheckoutConfig(raw, pc.cwd, root), prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  const base = baseReader(root, git2, pc.event, token, apiUrl, budget);
  const candidates = explicitAbs ? [{ label: relPosix(root, explicitAbs), repoPath: git2 ? relative(git2.toplevel, real(explicitAbs)).split(sep).join("/") : relPosix(root, explicitAbs) }] : CONFIG_CANDIDATES.map((c) => ({ label: c, repoPath: (git2?.prefix ?? "") + c }));
  if (base.via === "none") {
    notices.push(`The base commit of this pull request could not be read (${base.why}): the built-in default policy applies, not the pull request's configuration.`);
    return { origin: { kind: "defaults", reason: base.why }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
  }
  for (const c of candidates) {
    const got = await base.reader.read(c.repoPath);
    if (got.status === "found") {
      return { origin: { kind: "base-commit", sha: base.reader.sha, via: base.via }, config: { text: got.text, label: c.label }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
    }
    if (got.status === "unknown") {
      notices.push(`The base commit's configuration could not be read (${got.why}): the built-in default policy applies, not the pull request's configuration.`);
      return { origin: { kind: "defaults", reason: got.why }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
    }
  }
  return { origin: { kind: "base-commit", sha: base.reader.sha, via: base.via }, base: base.reader, prefix: git2?.prefix, toplevel: git2?.toplevel, notices };
}
function readConfigInput(abs, roots, asGiven) {
  try {
    return readRegularText(abs, { roots, maxBytes: CONFIG_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'config': ${asGiven} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    throw e;
  }
}
function tokenOf(raw) {
  const t = raw["github-token"]?.trim();
  return t && !t.startsWith("${{") ? t : void 0;
}
function git(cwd, args, maxBuffer = 1 << 20) {
  const p = spawnSync("git", ["-c", "core.fsmonitor=false", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer,
    timeout: 3e4,
    // Never prompt, never page; paths are file names (the pull request names files), never pathspec magic.
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", GIT_LITERAL_PATHSPECS: "1" }
  });
  return { ok: p.status === 0 && !p.error, out: p.stdout ?? "" };
}
function gitFacts(root) {
  if (!exists(root)) return void 0;
  const both = git(root, ["rev-parse", "--show-toplevel", "--show-prefix"]);
  if (!both.ok) return void 0;
  const lines = both.out.split("\n");
  if (lines.length === 3 && lines[2] === "") return { toplevel: lines[0].trim(), prefix: lines[1].trim() };
  const top = git(root, ["rev-parse", "--show-toplevel"]);
  const prefix = git(root, ["rev-parse", "--show-prefix"]);
  if (!top.ok || !prefix.ok) return void 0;
  return { toplevel: top.out.trim(), prefix: prefix.out.trim() };
}
function baseReader(root, g, event, token, apiUrl, budget) {
  const sha = event.baseSha;
  const none = (why) => ({ reader: { sha: sha ?? "", via: "none", read: async () => ({ status: "unknown", why }), changed: async () => void 0 }, via: "none", why });
  if (!sha) return none("the event payload names no base commit");
  if (g && git(root, ["cat-file", "-e", `${sha}^{commit}`]).ok) {
    return { reader: remembered({ sha, via: "git", read: async (p, max = CONFIG_MAX_BYTES) => gitShow(root, sha, p, max), changed: async () => gitChanged(root, sha) }), via: "git" };
  }
  if (!token || !event.repository) {
    return none(`the base commit ${sha.slice(0, 7)} is not in the checkout and ${!token ? "no 'github-token' is given" : "the repository is unknown"} to read it through the API`);
  }
  const repository = event.repository;
  return {
    reader: remembered({
      sha,
      via: "api",
      read: async (p, max = CONFIG_MAX_BYTES) => {
        try {
          const text = await fetchRepoFile({ token, repository, apiUrl, budget }, p, sha, max);
          return text === void 0 ? { status: "absent" } : { status: "found", text };
        } catch (e) {
          return { status: "unknown", why: `contents API: ${e instanceof GitHubApiError ? e.message : String(e)}` };
        }
      },
      changed: async () => {
        if (event.pullNumber === void 0) return void 0;
        try {
          return await fetchPullFiles({ token, repository, apiUrl, budget }, event.pullNumber);
        } catch {
          return void 0;
        }
      }
    }),
    via: "api"
  };
}
function gitChanged(root, sha) {
  const d = git(root, ["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--no-renames", sha, "HEAD"]);
  return d.ok ? new Set(d.out.split("\0").filter(Boolean)) : void 0;
}
function remembered(r) {
  const memo = /* @__PURE__ */ new Map();
  return {
    ...r,
    read(p, max = CONFIG_MAX_BYTES) {
      const k = `${max}\0${p}`;
      let hit = memo.get(k);
      if (!hit) memo.set(k, hit = r.read(p, max));
      return hit;
    }
  };
}
function gitShow(root, sha, repoPath, maxBytes) {
  const entry = git(root, ["ls-tree", "--full-tree", "-z", sha, "--", repoPath]);
  if (!entry.ok) return { status: "unknown", why: `git ls-tree failed for ${repoPath}` };
  const first = entry.out.split("\0").find((l) => l.endsWith(`	${repoPath}`));
  if (!first) return { status: "absent" };
  const [mode, type, object] = first.split("	")[0].split(" ");
  if (type !== "blob" || mode !== "100644" && mode !== "100755") return { status: "unknown", why: `${repoPath} is not a regular file at the base commit` };
  const size = Number(git(root, ["cat-file", "-s", object]).out.trim());
  if (!Number.isFinite(size) || size > maxBytes) return { status: "unknown", why: `${repoPath} at the base commit is larger than ${maxBytes} bytes` };
  const blob = git(root, ["cat-file", "blob", object], maxBytes + 1024);
  if (!blob.ok) return { status: "unknown", why: `git cat-file failed for ${repoPath}` };
  return { status: "found", text: blob.out.charCodeAt(0) === 65279 ? blob.out.slice(1) : blob.out };
}
function pullRequestWrites(root, g, abs) {
  if (!g) return within(root, abs);
  const dir = dirname(real(abs));
  const top = git(dir, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) return within(root, abs) || within(g.toplevel, dir);
  const own = realOf(top.out.trim());
  if (own === realOf(g.toplevel)) return true;
  const superproject = git(dir, ["rev-parse", "--show-superproject-working-tree"]).out.trim();
  return superproject !== "" && within(realOf(g.toplevel), realOf(superproject));
}
function realOf(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
function trackedPath(toplevel, abs) {
  const r = real(abs);
  if (!within(toplevel, r)) return void 0;
  const p = relative(toplevel, r).split(sep).join("/");
  return git(toplevel, ["ls-files", "--error-unmatch", "--", p]).ok ? p : void 0;
}
function real(p) {
  try {
    return join(realpathSync(dirname(p)), basename(p));
  } catch {
    return p;
  }
}
function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

// package.json
var package_default = {
  name: "readiness-gate",
  version: "0.1.0",
  description: "GitHub Action and CLI that decides whether a commit may go to production and says exactly what blocks it.",
  license: "MIT",
  type: "module",
  bin: {
    "readiness-gate": "dist/cli.js"
  },
  exports: {
    ".": "./dist/index.js"
  },
  files: [
    "dist",
    "action.yml",
    "schemas",
    "rules"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc -p tsconfig.json --noEmit",
    typecheck: "tsc -p tsconfig.json --noEmit",
    bundle: "node scripts/bundle.mjs",
    test: "vitest run",
    lint: "eslint .",
    bench: "node scripts/bench.mjs",
    example: "node dist/cli.js scan examples/service",
    corpus: "node scripts/corpus.mjs"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@renovatebot/pep440": "^4.2.4",
    "@vscode/tree-sitter-wasm": "^0.3.1",
    "@yarnpkg/parsers": "^3.1.0",
    ignore: "^7.0.16",
    "packageurl-js": "^2.0.1",
    picomatch: "^4.0.7",
    re2js: "^2.10.0",
    saxes: "^6.0.0",
    semver: "^7.8.6",
    "smol-toml": "^1.9.1",
    "spdx-expression-parse": "^5.0.0",
    "spdx-satisfies": "^6.0.0",
    "web-tree-sitter": "^0.27.1",
    xmlbuilder2: "^4.0.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@eslint/js": "^9.39.5",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@types/spdx-expression-parse": "^4.0.0",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    esbuild: "0.28.2",
    eslint: "^9.39.5",
    "eslint-plugin-import-x": "^4.18.1",
    "fast-check": "^4.10.2",
    libxmljs2: "^0.37.0",
    typescript: "~6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/version.ts
var TOOL = {
  name: "readiness-gate",
  version: package_default.version,
  informationUri: "https://github.com/readiness-gate/readiness-gate"
};

// src/main.ts
import { performance as performance2 } from "node:perf_hooks";
import { relative as relative2, resolve as resolve6, sep as sep3 } from "node:path";

// src/evidence/load.ts
import { lstatSync as lstatSync2 } from "node:fs";

// src/formats/model.ts
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}

// src/formats/build-logs/index.ts
var LINE_MAX = 16 * 1024;
var DIAGNOSTICS_MAX = 1e3;
var MESSAGE_MAX = 2e3;
var ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
var ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
var PATH = String.raw`(?:[A-Za-z]:[\\/])?[^\s:()'"]*\.[A-Za-z0-9_+-]{1,10}`;
var TSC = /^(.+?\.[A-Za-z0-9]{1,10})\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
var TSC_GLOBAL = /^error (TS\d+): (.*)$/;
var PYRIGHT = new RegExp(String.raw`^\s*(${PATH}):(\d+):(\d+) - (error|warning): (.*)$`);
var SEVERITY_FORM = new RegExp(String.raw`^(${PATH}):(\d+)(?::(\d+))?: (?:(fatal error|error|warning|note|info)|\[(E|W|F)\d*\]): ?(.*)$`);
var GENERIC = new RegExp(String.raw`^(${PATH}):(\d+):(\d+): (.*)$`);
var RUST_HEAD = /^(error|warning)(?:\[(E\d+)\])?: (.*)$/;
var RUST_AT = new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)$`);
var STYLISH_FILE = new RegExp(String.raw`^((?:[A-Za-z]:[\\/]|/|\.{0,2}/?)[^\s:]*\.[A-Za-z0-9]{1,10})$`);
var STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+)$/;
var RULE_ID = /^@?[\w-]+(?:\/[\w-]+)*$/;
var ESLINT_UNIX_TAG = /^\[(Error|Warning)\/([^\]]+)\]$/;
var RUST_SUMMARY = /^(aborting due to|could not compile|`.*` generated \d+ warnings?|\d+ warnings? emitted|build failed)/;
async function parseBuildLog(input, lineMax = LINE_MAX) {
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  let rust;
  let stylishFile;
  let count = 0;
  const omitted = { errors: 0, warnings: 0 };
  const add = (d) => {
    if (d.message.length > MESSAGE_MAX) d.message = `${d.message.slice(0, MESSAGE_MAX - 1)}…`;
    const key = `${d.file}\0${d.line}\0${d.column ?? ""}\0${d.severity}\0${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (diagnostics.length >= DIAGNOSTICS_MAX) {
      omitted[d.severity === "error" ? "errors" : "warnings"]++;
      return;
    }
    diagnostics.push(d);
  };
  try {
    await forEachLine(input, (raw, n) => {
      count = n;
      const line = raw.replace(ANSI, "").replace(ACTIONS_TIMESTAMP, "").trimEnd();
      if (line === "") {
        stylishFile = void 0;
        return;
      }
      let m;
      if (m = TSC.exec(line)) {
        stylishFile = void 0;
        return add({ file: m[1].trim(), line: +m[2], column: +m[3], severity: m[4], code: m[5], message: m[6].trim(), tool: "tsc" });
      }
      if (m = TSC_GLOBAL.exec(line)) {
        stylishFile = void 0;
        return add({ file: "", line: 0, severity: "error", code: m[1], message: m[2].trim(), tool: "tsc" });
      }
      if (m = RUST_HEAD.exec(line)) {
        rust = RUST_SUMMARY.test(m[3]) ? void 0 : { severity: m[1], ...m[2] ? { code: m[2] } : {}, message: m[3].trim() };
        return;
      }
      if (rust && (m = RUST_AT.exec(line))) {
        add({ file: m[1], line: +m[2], column: +m[3], severity: rust.severity, ...rust.code ? { code: rust.code } : {}, message: rust.message, tool: "rustc" });
        rust = void 0;
        return;
      }
      if (m = PYRIGHT.exec(line)) {
        return add({ file: m[1], line: +m[2], column: +m[3], severity: m[4], message: m[5].trim(), tool: "pyright" });
      }
      if (m = SEVERITY_FORM.exec(line)) {
        const word = m[4] ?? { E: "error", F: "error", W: "warning" }[m[5]];
        if (word === "note" || word === "info") return;
        const file = m[1];
        const tool = m[3] !== void 0 ? "gcc" : /\.java$/.test(file) ? "javac" : "mypy";
        return add({ file, line: +m[2], ...m[3] ? { column: +m[3] } : {}, severity: word === "warning" ? "warning" : "error", message: m[6].trim(), tool });
      }
      if (m = GENERIC.exec(line)) {
        let message = m[4].trim();
        const bracket = message.lastIndexOf("[");
        const tag = bracket >= 0 ? ESLINT_UNIX_TAG.exec(message.slice(bracket)) : null;
        let severity = "error";
        let code;
        if (tag) {
          severity = tag[1] === "Warning" ? "warning" : "error";
          code = tag[2];
          message = message.slice(0, bracket).trim();
        } else if (/^warning\b/i.test(message)) {
          severity = "warning";
        }
        return add({ file: m[1], line: +m[2], column: +m[3], severity, message, ...code ? { code } : {}, tool: tag ? "eslint" : "go" });
      }
      if (m = STYLISH_FILE.exec(line)) {
        stylishFile = m[1];
        return;
      }
      if (stylishFile && (m = STYLISH_ROW.exec(raw.replace(ANSI, "")))) {
        const { message, code } = splitRule(m[4]);
        return add({ file: stylishFile, line: +m[1], column: +m[2], severity: m[3], message, ...code ? { code } : {}, tool: "eslint" });
      }
    }, lineMax);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  return { ok: true, value: { diagnostics, omitted, lines: count } };
}
function splitRule(text) {
  const t = text.trimEnd();
  const i = Math.max(t.lastIndexOf(" "), t.lastIndexOf("	"));
  if (i >= 1 && (t[i - 1] === " " || t[i - 1] === "	") && RULE_ID.test(t.slice(i + 1))) {
    const message = t.slice(0, i).trim();
    if (message !== "") return { message, code: t.slice(i + 1) };
  }
  return { message: t.trim() };
}

// src/formats/coverage/lines.ts
var LineCoverage = class {
  bytes;
  max = 0;
  constructor(capacity = 64) {
    this.bytes = new Uint8Array(capacity);
  }
  /** Records a code line and whether it ran (hits > 0). Lines below 1 are ignored. */
  add(line, hits) {
    if (!(line >= 1) || line > 1e7) return;
    if (line >= this.bytes.length) {
      let n = this.bytes.length * 2;
      while (n <= line) n *= 2;
      const grown = new Uint8Array(n);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    const v = hits > 0 ? 2 : 1;
    if (v > this.bytes[line]) this.bytes[line] = v;
    if (line > this.max) this.max = line;
  }
  merge(other) {
    for (let l = 1; l <= other.max; l++) {
      const v = other.bytes[l];
      if (v !== 0) this.add(l, v - 1);
    }
  }
  counts() {
    let total = 0;
    let covered = 0;
    for (let l = 1; l <= this.max; l++) {
      const v = this.bytes[l];
      if (v !== 0) total++;
      if (v === 2) covered++;
    }
    return { total, covered };
  }
  /** Code lines that did not run, ascending. */
  missed(limit = Infinity) {
    const out = [];
    for (let l = 1; l <= this.max && out.length < limit; l++) if (this.bytes[l] === 1) out.push(l);
    return out;
  }
};
var FileTable = class {
  byPath = /* @__PURE__ */ new Map();
  lines(path) {
    let f = this.byPath.get(path);
    if (!f) this.byPath.set(path, f = { path });
    return f.lines ??= new LineCoverage();
  }
  summary(path, total, covered) {
    if (!(total >= 0) || !(covered >= 0)) return;
    this.byPath.set(path, { path, summary: { total, covered: Math.min(covered, total) } });
  }
  files() {
    return [...this.byPath.values()];
  }
};

// src/formats/coverage/cobertura.ts
async function parseCobertura(input) {
  const table = new FileTable();
  const sourceRoots = [];
  let inSource = false;
  let source = "";
  let current;
  let root;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === "source") {
          inSource = true;
          source = "";
        } else if (name === "class" && a.filename !== void 0 && a.filename !== "") {
          current = table.lines(a.filename);
        } else if (name === "line" && current) {
          const n = Number(a.number);
          const hits = Number(a.hits ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(hits) ? hits : 0);
        }
      },
      close(name) {
        if (name === "source") {
          inSource = false;
          if (source.trim() !== "") sourceRoots.push(source.trim());
        } else if (name === "class") {
          current = void 0;
        }
      },
      wantText: () => inSource,
      text(t) {
        source += t;
      }
    });
    if (error !== void 0) return { ok: false, error };
    if (root !== "coverage") return { ok: false, error: `not a Cobertura report (its root element is <${root}>)` };
    return { ok: true, value: { format: "cobertura", files: table.files(), sourceRoots } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// src/formats/coverage/go.ts
var BLOCK = /^(.+):(\d+)\.\d+,(\d+)\.\d+ (\d+) (\d+)$/;
async function parseGoProfile(input) {
  const table = new FileTable();
  let mode = false;
  let error;
  try {
    await forEachLine(input, (line, n) => {
      if (line.trim() === "") return;
      if (line.startsWith("mode:")) {
        mode = true;
        return;
      }
      if (!mode) {
        error = `not a Go cover profile (line ${n} comes before the mode: line)`;
        return false;
      }
      const m = BLOCK.exec(line);
      if (!m) {
        error = `not a Go cover profile (line ${n}: ${line.slice(0, 60)})`;
        return false;
      }
      const from = Number(m[2]);
      const to = Math.min(Number(m[3]), from + 1e5);
      if (Number(m[4]) === 0) return;
      const lines = table.lines(m[1]);
      for (let l = from; l <= to; l++) lines.add(l, Number(m[5]));
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (error !== void 0) return { ok: false, error };
  if (!mode) return { ok: false, error: "empty Go cover profile (no mode: line)" };
  return { ok: true, value: { format: "go", files: table.files(), sourceRoots: [] } };
}

// src/formats/coverage/jacoco.ts
async function parseJacoco(input) {
  const table = new FileTable();
  let pkg = "";
  let current;
  let root;
  try {
    const error = await streamXml(input, {
      open(name, a) {
        root ??= name;
        if (name === "package") pkg = a.name ?? "";
        else if (name === "sourcefile" && a.name) current = table.lines(pkg ? `${pkg}/${a.name}` : a.name);
        else if (name === "line" && current) {
          const n = Number(a.nr);
          const ci = Number(a.ci ?? 0);
          if (Number.isInteger(n)) current.add(n, Number.isFinite(ci) ? ci : 0);
        }
      },
      close(name) {
        if (name === "sourcefile") current = void 0;
        else if (name === "package") pkg = "";
      }
    });
    if (error !== void 0) return { ok: false, error };
    if (root !== "report") return { ok: false, error: `not a JaCoCo report (its root element is <${root}>)` };
    return { ok: true, value: { format: "jacoco", files: table.files(), sourceRoots: [] } };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

// src/formats/coverage/json.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseCoverageJson(text) {
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: `not valid JSON (${e.message})` };
  }
  if (!isObject(doc)) return { ok: false, error: "not a coverage report (the JSON is not an object)" };
  if (isObject(doc.files) && (isObject(doc.meta) || isObject(doc.totals))) return { ok: true, value: coveragePy(doc) };
  const entries = Object.entries(doc).filter(([, v]) => isObject(v));
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.statementMap) || isObject(v.s))) return { ok: true, value: istanbulFinal(entries) };
  if (entries.length > 0 && entries.every(([, v]) => isObject(v.lines))) return { ok: true, value: istanbulSummary(entries) };
  return { ok: false, error: "a JSON file in no known coverage format (coverage.py JSON, Istanbul coverage-final.json or coverage-summary.json)" };
}
function coveragePy(doc) {
  const table = new FileTable();
  for (const [path, f] of Object.entries(doc.files)) {
    if (!isObject(f)) continue;
    const lines = table.lines(path);
    for (const l of asNumbers(f.executed_lines)) lines.add(l, 1);
    for (const l of asNumbers(f.missing_lines)) lines.add(l, 0);
  }
  return { format: "coveragepy", files: table.files(), sourceRoots: [] };
}
function istanbulFinal(entries) {
  const table = new FileTable();
  for (const [key, f] of entries) {
    const path = typeof f.path === "string" && f.path !== "" ? f.path : key;
    const lines = table.lines(path);
    const map = isObject(f.statementMap) ? f.statementMap : {};
    const hits = isObject(f.s) ? f.s : {};
    for (const [id, loc] of Object.entries(map)) {
      const line = isObject(loc) && isObject(loc.start) ? Number(loc.start.line) : NaN;
      const h = Number(hits[id] ?? 0);
      if (Number.isInteger(line)) lines.add(line, Number.isFinite(h) ? h : 0);
    }
  }
  return { format: "istanbul", files: table.files(), sourceRoots: [] };
}
function istanbulSummary(entries) {
  const table = new FileTable();
  for (const [path, f] of entries) {
    if (path === "total") continue;
    const l = f.lines;
    table.summary(path, Number(l.total), Number(l.covered));
  }
  return { format: "istanbul-summary", files: table.files(), sourceRoots: [] };
}
function asNumbers(v) {
  return Array.isArray(v) ? v.filter((x) => Number.isInteger(x)) : [];
}

// src/formats/coverage/lcov.ts
async function parseLcov(input) {
  const table = new FileTable();
  let current;
  let currentPath = "";
  let records = 0;
  let bad = 0;
  let firstBad;
  try {
    await forEachLine(input, (line, n) => {
      if (line.startsWith("DA:")) {
        if (!current) return;
        const comma = line.indexOf(",", 3);
        const comma2 = line.indexOf(",", comma + 1);
        const l = Number(line.slice(3, comma));
        const hits = Number(line.slice(comma + 1, comma2 < 0 ? void 0 : comma2));
        if (comma > 0 && Number.isInteger(l)) current.add(l, Number.isFinite(hits) ? hits : 0);
      } else if (line.startsWith("SF:")) {
        currentPath = line.slice(3).trim();
        current = table.lines(currentPath);
        records++;
      } else if (line === "end_of_record") {
        current = void 0;
      } else if (line.trim() !== "" && !/^[A-Z]{2,5}:|^TN:/.test(line)) {
        bad++;
        firstBad ??= `line ${n}: ${line.slice(0, 60)}`;
      }
      return bad <= 100;
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  if (bad > 100 || records === 0 && bad > 0) return { ok: false, error: `not an lcov tracefile (${firstBad})` };
  if (records === 0) return { ok: false, error: "empty lcov tracefile (no SF: record)" };
  if (current) return { ok: false, error: `truncated lcov tracefile (the record of ${currentPath.slice(0, 200)} has no end_of_record)` };
  return { ok: true, value: { format: "lcov", files: table.files(), sourceRoots: [] } };
}

// src/formats/coverage/index.ts
var JSON_MAX_CHARS = 256 * 1024 * 1024;
async function parseCoverage(input) {
  try {
    const { head, input: all } = await peek(input, 4096);
    const start = head.replace(/^\uFEFF/, "").trimStart();
    if (start === "") return { ok: false, error: "empty file" };
    if (start.startsWith("<")) {
      if (/<report[\s>]|-\/\/JACOCO\/\/DTD/.test(start)) return await parseJacoco(all);
      return await parseCobertura(all);
    }
    if (start.startsWith("{")) {
      const text = await readAll(all, JSON_MAX_CHARS);
      if (text === void 0) return { ok: false, error: `JSON coverage report larger than ${JSON_MAX_CHARS / 1048576} MiB` };
      return parseCoverageJson(text);
    }
    if (start.startsWith("mode:")) return await parseGoProfile(all);
    return await parseLcov(all);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// src/formats/test-reports/junit.ts
var PASSED = 1;
var FAILED = 2;
var SKIPPED = 4;
var FLAKY_MARK = 8;
var FAILURE_TAGS = /* @__PURE__ */ new Set(["failure", "error"]);
var RERUN_TAGS = /* @__PURE__ */ new Set(["flakyFailure", "flakyError", "rerunFailure", "rerunError"]);
var PROBLEMS_MAX = 1e3;
var BODY_MAX = 4096;
async function parseJunit(input) {
  try {
    return await parse(input);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
async function parse(input) {
  const report = { dialect: "junit", outcomes: /* @__PURE__ */ new Map(), problems: [], problemsCut: 0, cases: 0, timeSec: 0 };
  const suites = [];
  let root;
  let rootTime;
  let outerSuiteTime;
  let caseTime = 0;
  let current;
  let collecting = false;
  let inNunitFailure = false;
  const setDialect = (d) => {
    if (report.dialect === "junit") report.dialect = d;
  };
  const error = await streamXml(input, {
    open(name, a) {
      if (root === void 0) {
        root = name;
        if (!["testsuites", "testsuite", "test-run", "test-results"].includes(name)) throw new NotJunit(name);
        if (name === "testsuites") {
          rootTime = num(a.time);
          if (a.name === "jest tests") setDialect("jest");
          else if (a.name === "vitest tests") setDialect("vitest");
        }
        if (name === "test-run" || name === "test-results") setDialect("nunit");
      }
      switch (name) {
        case "testsuite":
        case "test-suite": {
          if (suites.length === 0 || root === "testsuite") {
            const t = num(a.time ?? a.duration);
            if (t !== void 0 && suites.length === 0) outerSuiteTime = (outerSuiteTime ?? 0) + t;
          }
          if (a.name === "pytest") setDialect("pytest");
          if ((a["xsi:noNamespaceSchemaLocation"] ?? "").includes("surefire")) setDialect("surefire");
          if (a.file !== void 0 && a.file !== "" && name === "testsuite") setDialect("phpunit");
          const parent = suites[suites.length - 1];
          suites.push({ name: a.name, file: a.file || parent?.file });
          return;
        }
        case "property":
          if (a.name === "go.version") setDialect("go");
          return;
        case "testcase":
        case "test-case": {
          const nunit = name === "test-case";
          const suite = suites[suites.length - 1];
          const result = (a.result ?? "").toLowerCase();
          current = {
            attrs: a,
            suite: suite?.name,
            suiteFile: suite?.file,
            status: nunit ? result === "failed" ? a.label === "Error" ? "errored" : "failed" : result === "skipped" || result === "ignored" || result === "inconclusive" ? "skipped" : "passed" : "passed",
            body: "",
            reruns: 0,
            nunit
          };
          if (!nunit && a.status !== void 0 && /^(skipped|disabled|notrun)$/i.test(a.status)) current.status = "skipped";
          if (a.class !== void 0 && a.assertions !== void 0) setDialect("phpunit");
          return;
        }
      }
      if (!current) return;
      if (FAILURE_TAGS.has(name) && !current.nunit) {
        current.status = name === "failure" ? "failed" : "errored";
        current.message ??= a.message;
        current.type ??= a.type;
        collecting = true;
      } else if (name === "skipped" || name === "disabled") {
        if (current.status === "passed") current.status = "skipped";
      } else if (RERUN_TAGS.has(name)) {
        setDialect("surefire");
        current.reruns++;
        current.flakyMessage ??= a.message;
        current.type ??= a.type;
      } else if (current.nunit && name === "failure") {
        inNunitFailure = true;
      } else if (current.nunit && inNunitFailure && name === "message") {
        collecting = true;
      }
    },
    close(name) {
      if (name === "testsuite" || name === "test-suite") {
        suites.pop();
        return;
      }
      if ((name === "testcase" || name === "test-case") && current) {
        finish(report, current);
        caseTime += num(current.attrs.time ?? current.attrs.duration) ?? 0;
        current = void 0;
        collecting = false;
        inNunitFailure = false;
        return;
      }
      if (FAILURE_TAGS.has(name) || name === "message") collecting = false;
      if (name === "failure") inNunitFailure = false;
    },
    wantText: () => collecting,
    text(t) {
      if (current && current.body.length < BODY_MAX) current.body += t.slice(0, BODY_MAX - current.body.length);
    }
  }).catch((e) => {
    if (e instanceof NotJunit) return `not a JUnit report (its root element is <${e.root}>)`;
    throw e;
  });
  if (error !== void 0) return { ok: false, error };
  report.timeSec = round3(rootTime ?? outerSuiteTime ?? caseTime);
  return { ok: true, value: report };
}
var NotJunit = class extends Error {
  constructor(root) {
    super(`root <${root}>`);
    this.root = root;
  }
  root;
};
function finish(report, c) {
  report.cases++;
  const a = c.attrs;
  const name = a.name ?? a.methodname ?? "";
  const classname = a.classname ?? a.class ?? a.className ?? void 0;
  const file = a.file || c.suiteFile || void 0;
  let line = a.line !== void 0 && /^\d+$/.test(a.line) ? Number(a.line) : void 0;
  if (line !== void 0 && report.dialect === "pytest") line += 1;
  if (line === 0) line = void 0;
  const key = [c.suite ?? "", file ?? "", classname ?? "", c.nunit ? a.fullname ?? name : name].join("\0");
  let bits = c.status === "passed" ? PASSED : c.status === "skipped" ? SKIPPED : FAILED;
  if (c.status === "passed" && c.reruns > 0) bits |= FLAKY_MARK;
  report.outcomes.set(key, (report.outcomes.get(key) ?? 0) | bits);
  if (c.status === "failed" || c.status === "errored" || bits & FLAKY_MARK) {
    if (report.problems.length >= PROBLEMS_MAX) {
      report.problemsCut++;
      return;
    }
    const flaky = (bits & FLAKY_MARK) !== 0;
    const { message } = messageOf(flaky ? c.flakyMessage : c.message, c.body, c.type);
    report.problems.push({
      key,
      name,
      ...classname !== void 0 ? { classname } : {},
      ...c.suite !== void 0 ? { suite: c.suite } : {},
      fullName: c.nunit && a.fullname ? a.fullname : fullName(classname, name),
      ...file !== void 0 ? { file } : {},
      ...line !== void 0 ? { line } : {},
      kind: flaky ? "flaky" : c.status === "errored" ? "errored" : "failed",
      ...message !== void 0 ? { message } : {},
      ...report.dialect === "go" ? goSourceHint(message) : {},
      ...c.type !== void 0 ? { type: c.type } : {},
      reruns: c.reruns
    });
  }
}
var GENERIC_MESSAGE = /^(failed|failure|error|fail)$/i;
var GO_RUNNER_LINE = /^(=== (RUN|PAUSE|CONT|NAME)|--- (FAIL|PASS|SKIP)|FAIL|PASS|ok\s)/;
function messageOf(attr, body, type) {
  let m = firstLine(attr);
  if (m === void 0 || GENERIC_MESSAGE.test(m)) m = firstLine(body.split(/\r?\n/).filter((l) => !GO_RUNNER_LINE.test(l.trim())).join("\n")) ?? m;
  if (m === void 0) return type ? { message: type } : {};
  return { message: m };
}
function goSourceHint(message) {
  const m = message !== void 0 ? /^([\w.-]+_test\.go):(\d+): /.exec(message) : null;
  return m ? { sourceHint: { file: m[1], line: Number(m[2]) } } : {};
}
function fullName(classname, name) {
  if (!classname || classname === name) return name;
  if (name.startsWith(`${classname} `) || name.startsWith(`${classname}.`)) return name;
  if (/[\\/]/.test(classname) && /\.[cm]?[jt]sx?$/.test(classname)) return `${classname} > ${name}`;
  return `${classname}.${name}`;
}
function num(v) {
  if (v === void 0) return void 0;
  const n = Number(v.replace(/,/g, ""));
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function round3(n) {
  return Math.round(n * 1e3) / 1e3;
}

// src/evidence/coverage.ts
import { posix as posix2 } from "node:path";

// src/evidence/paths.ts
import { lstatSync } from "node:fs";
import { join as join2, posix } from "node:path";
var RepoPaths = class {
  /** The scanned root, POSIX, without a trailing slash. */
  root;
  files = /* @__PURE__ */ new Map();
  dirs = /* @__PURE__ */ new Map();
  goModules = /* @__PURE__ */ new Map();
  constructor(root) {
    this.root = root.split("\\").join("/").replace(/\/+$/, "");
  }
  isFile(rel) {
    let v = this.files.get(rel);
    if (v === void 0) {
      v = rel !== "" && !rel.startsWith("../") && stat(join2(this.root, rel))?.isFile() === true;
      this.files.set(rel, v);
    }
    return v;
  }
  isDir(rel) {
    let v = this.dirs.get(rel);
    if (v === void 0) {
      v = !rel.startsWith("../") && stat(join2(this.root, rel))?.isDirectory() === true;
      this.dirs.set(rel, v);
    }
    return v;
  }
  /** A root-absolute path made relative to the scanned root, or undefined when it lies outside. */
  underRoot(p) {
    const n = normalize(p);
    if (n === this.root) return "";
    return n.startsWith(`${this.root}/`) ? n.slice(this.root.length + 1) : void 0;
  }
  /**
   * The repository path of a file a report names, trying `bases` (root-relative folders, nearest
   * first) for relative paths and, for paths from elsewhere, ever shorter tails of the path.
   */
  resolveFile(reported, bases = []) {
    return this.resolveWith(reported, bases, (p) => this.isFile(p));
  }
  resolveDir(reported, bases = []) {
    return this.resolveWith(reported, bases, (p) => this.isDir(p));
  }
  resolveWith(reported, bases, ok) {
    const p = normalize(reported);
    if (p === "") return void 0;
    const inside = isAbsolute2(p) ? this.underRoot(p) : void 0;
    if (inside !== void 0 && ok(inside)) return inside;
    const segs = p.replace(/^[A-Za-z]:\//, "/").split("/").filter((s) => s !== "" && s !== ".");
    if (segs.includes("..")) {
      const joined = bases.map((b) => posix.normalize(posix.join(b, p))).find((c) => !c.startsWith("../") && ok(c));
      if (joined) return joined;
    }
    const all = [...bases, ""];
    for (let i = 0; i < segs.length; i++) {
      const tail = segs.slice(i).join("/");
      if (tail.includes("..")) continue;
      for (const b of all) {
        const c = b === "" ? tail : `${b}/${tail}`;
        if (ok(c)) return c;
      }
    }
    return void 0;
  }
  /** The folder of a Go module path, from the go.mod files at the root and in `dirs`. */
  goModuleDir(importPath, dirs) {
    let best;
    for (const d of /* @__PURE__ */ new Set(["", ...dirs])) {
      const m = this.goModule(d);
      if (m && (importPath === m || importPath.startsWith(`${m}/`)) && (!best || m.length > best.module.length)) best = { module: m, dir: d };
    }
    if (!best) return void 0;
    const rest = importPath.slice(best.module.length).replace(/^\//, "");
    return [best.dir, rest].filter((s) => s !== "").join("/");
  }
  goModule(dir) {
    let v = this.goModules.get(dir);
    if (v === void 0) {
      v = null;
      const f = dir === "" ? "go.mod" : `${dir}/go.mod`;
      if (this.isFile(f)) {
        try {
          const text = readRegularText(join2(this.root, f), { roots: [this.root], maxBytes: 1 << 20 });
          v = /^module\s+"?([^\s"]+)"?/m.exec(text)?.[1] ?? null;
        } catch {
          v = null;
        }
      }
      this.goModules.set(dir, v);
    }
    return v;
  }
};
function ancestors(relFile) {
  const out = [];
  let d = posix.dirname(relFile);
  while (d !== "." && d !== "/" && d !== "") {
    out.push(d);
    d = posix.dirname(d);
  }
  return out;
}
function normalize(p) {
  let s = p.trim().replace(/^file:\/\//, "").split("\\").join("/");
  s = s.replace(/\/{2,}/g, "/");
  if (s.startsWith("./")) s = s.replace(/^(\.\/)+/, "");
  return s.length > 1 ? s.replace(/\/+$/, "") : s;
}
function isAbsolute2(p) {
  return p.startsWith("/") || /^[A-Za-z]:\//.test(p);
}
function stat(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}

// src/evidence/coverage.ts
var JVM_SOURCE_SETS = ["src/main/java", "src/main/kotlin", "src/main/scala", "src/main/groovy", "src"];
function mergeCoverage(reports, paths, given, threshold) {
  const merged = /* @__PURE__ */ new Map();
  for (const { file, value } of reports) {
    if (!value) continue;
    const near = ancestors(file.path);
    const bases = [...value.sourceRoots.map((s) => paths.resolveDir(s, near)).filter((d) => d !== void 0), ...near];
    const jvm = value.format === "jacoco" ? [...near, ""].flatMap((b) => JVM_SOURCE_SETS.map((s) => b ? `${b}/${s}` : s)) : [];
    for (const f of value.files) {
      const repo = mapPath(f, value, paths, bases, near, jvm);
      const key = repo ?? `\0${normalize(f.path)}`;
      let m = merged.get(key);
      if (!m) merged.set(key, m = { path: repo ?? normalize(f.path), inRepo: repo !== void 0 });
      if (f.lines) {
        if (m.lines) m.lines.merge(f.lines);
        else m.lines = f.lines;
      } else if (f.summary && (!m.summary || f.summary.covered > m.summary.covered)) {
        m.summary = f.summary;
      }
    }
  }
  const files = [];
  let total = 0;
  let covered = 0;
  for (const m of merged.values()) {
    const c = m.lines ? m.lines.counts() : m.summary ?? { total: 0, covered: 0 };
    total += c.total;
    covered += c.covered;
    files.push({ path: m.path, inRepo: m.inRepo, total: c.total, covered: c.covered });
  }
  files.sort((a, b) => b.total - b.covered - (a.total - a.covered) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    given,
    reports: reports.map((r) => r.file),
    total,
    covered,
    percent: total > 0 ? covered / total * 100 : null,
    ...threshold !== void 0 ? { threshold } : {},
    files
  };
}
function mapPath(f, report, paths, bases, near, jvm) {
  if (report.format === "go") {
    const dir = paths.goModuleDir(posix2.dirname(f.path), near);
    const inModule = dir !== void 0 ? dir === "" ? posix2.basename(f.path) : `${dir}/${posix2.basename(f.path)}` : void 0;
    if (inModule !== void 0 && paths.isFile(inModule)) return inModule;
  }
  if (report.format === "jacoco") return paths.resolveFile(f.path, jvm);
  return paths.resolveFile(f.path, bases);
}

// src/evidence/find.ts
import { readdirSync } from "node:fs";
import { isAbsolute as isAbsolute3, join as join3, resolve as resolve2, sep as sep2 } from "node:path";
var DISCOVER = {
  test: [
    "**/TEST-*.xml",
    // Surefire, Failsafe, Gradle, Ant
    "**/{surefire,failsafe}-reports/*.xml",
    "**/test-results/**/*.xml",
    // Gradle, many CI set-ups
    "**/test-reports/**/*.xml",
    "**/*junit*.xml",
    // junit.xml, jest-junit, vitest, go-junit-report, gotestsum --junitfile
    "**/{pytest,test-results,test-report,testresults,report}.xml",
    "**/TestResults/*.xml",
    // .NET loggers
    "**/*nunit*.xml"
  ],
  coverage: [
    "**/lcov.info",
    "**/*.lcov",
    "**/coverage.xml",
    // coverage.py, coverlet
    "**/*cobertura*.xml",
    "**/coverage-final.json",
    "**/coverage-summary.json",
    "**/coverage.json",
    // coverage.py json
    "**/jacoco*.xml",
    "**/{coverage,cover,c}.out",
    // go test -coverprofile
    "**/*.coverprofile",
    "**/coverage.txt"
    // the codecov convention for Go
  ]
};
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn", "vendor", ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", "bower_components", ".gradle", ".m2", ".cache", ".next", ".nuxt", "site-packages"]);
var MAX_ENTRIES = 2e5;
var MAX_DEPTH = 10;
var GLOB_MAGIC = /[*?[\]{}]/;
async function expandGlobs(root, patterns) {
  if (patterns.length === 0) return [];
  const absolute = patterns.map((p) => {
    const neg = p.startsWith("!");
    const body = neg ? p.slice(1) : p;
    return `${neg ? "!" : ""}${isAbsolute3(body) ? body : join3(root, body)}`;
  });
  const glob = await import("./glob-JJ22KVYM.js");
  const found = await quietly(async () => {
    const globber = await glob.create(absolute.join("\n"), { matchDirectories: false, implicitDescendants: false, followSymbolicLinks: false });
    return globber.glob();
  });
  const paths = new RepoPaths(root);
  const literal = new Set(absolute.filter((p) => !p.startsWith("!") && !GLOB_MAGIC.test(p)).map((p) => resolve2(p)));
  const out = found.map((abs) => ({ path: paths.underRoot(abs) ?? abs.split("\\").join("/"), abs: resolve2(abs), origin: "input", literal: literal.has(resolve2(abs)) }));
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function quietly(f) {
  const write = process.stdout.write;
  process.stdout.write = function(chunk, ...rest) {
    if (typeof chunk === "string" && chunk.startsWith("::debug::")) return true;
    return write.call(this, chunk, ...rest);
  };
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
}
function discoverAllReports(root, kinds) {
  const matchers = kinds.map((kind) => [kind, globMatcher(DISCOVER[kind], { dot: false, nocase: true })]);
  const unsorted = walkReports(root, matchers, false);
  if (unsorted.complete) {
    for (const k of kinds) unsorted.out[k].sort((a, b) => walkOrder(a.path, b.path));
    return unsorted.out;
  }
  return walkReports(root, matchers, true).out;
}
function walkReports(root, matchers, sorted) {
  const out = { test: [], coverage: [] };
  let entries = 0;
  const child = (dir, name) => dir.endsWith(sep2) ? dir + name : dir + sep2 + name;
  const walk = (dir, rel, depth) => {
    if (depth > MAX_DEPTH || entries > MAX_ENTRIES) return;
    let list;
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (sorted) list.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of list) {
      if (++entries > MAX_ENTRIES) return;
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !isTestDataFolder(e.name)) walk(child(dir, e.name), r, depth + 1);
      } else if (e.isFile()) {
        for (const [kind, isMatch] of matchers) if (isMatch(r)) out[kind].push({ path: r, abs: child(dir, e.name), origin: "discovered" });
      }
    }
  };
  walk(resolve2(root), "", 0);
  return { out, complete: entries <= MAX_ENTRIES };
}
function walkOrder(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

// src/evidence/tests.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { join as join4 } from "node:path";
var LOCATE_MAX = 200;
var LIST_MAX = 1e3;
var SOURCE_MAX_BYTES = 2 * 1024 * 1024;
function verdictIn(b) {
  if (b & FLAKY_MARK || b & FAILED && b & PASSED) return FLAKY_MARK;
  if (b & FAILED) return FAILED;
  return b & (PASSED | SKIPPED);
}
async function mergeTests(reports, paths, given) {
  let bits;
  const detail = /* @__PURE__ */ new Map();
  let durationSec = 0;
  for (const { file, value } of reports) {
    if (!value) continue;
    durationSec += value.timeSec;
    for (const p of value.problems) {
      const prev = detail.get(p.key);
      const failedHere = verdictIn(value.outcomes.get(p.key) ?? 0) === FAILED;
      if (!prev || !prev.failedHere && failedHere) detail.set(p.key, { p, report: file.path, dialect: value.dialect, failedHere });
    }
    if (bits === void 0) {
      for (const [k, b] of value.outcomes) value.outcomes.set(k, verdictIn(b));
      bits = value.outcomes;
    } else {
      for (const [k, b] of value.outcomes) bits.set(k, (bits.get(k) ?? 0) | verdictIn(b));
      value.outcomes.clear();
    }
  }
  bits ??= /* @__PURE__ */ new Map();
  const ev = { given, reports: reports.map((r) => r.file), total: bits.size, passed: 0, failed: 0, skipped: 0, flaky: 0, durationSec: Math.round(durationSec * 1e3) / 1e3, failures: [], flakes: [], cut: { failed: 0, flaky: 0 } };
  const locator = new Locator(paths);
  for (const [key, b] of bits) {
    const failed = (b & FAILED) !== 0;
    const flaky = !failed && (b & FLAKY_MARK) !== 0;
    if (failed) ev.failed++;
    else if (flaky) ev.flaky++;
    else if (b & PASSED) ev.passed++;
    else if (b & SKIPPED) ev.skipped++;
    if (!flaky && !failed) continue;
    const d = detail.get(key);
    const n = ev.failures.length + ev.flakes.length;
    if (!d || n >= LIST_MAX) {
      ev.cut[flaky ? "flaky" : "failed"]++;
      continue;
    }
    const problem = {
      fullName: d.p.fullName,
      kind: flaky ? "flaky" : d.p.kind === "flaky" ? "failed" : d.p.kind,
      ...d.p.message !== void 0 ? { message: d.p.message } : {},
      report: d.report,
      reruns: d.p.reruns
    };
    const location = n < LOCATE_MAX ? locator.locate(d.p, d.report, d.dialect) : void 0;
    if (location) problem.location = location;
    (flaky ? ev.flakes : ev.failures).push(problem);
  }
  return ev;
}
var Locator = class {
  constructor(paths) {
    this.paths = paths;
  }
  paths;
  texts = /* @__PURE__ */ new Map();
  locate(p, report, dialect) {
    const bases = ancestors(report);
    let file = p.file !== void 0 ? this.paths.resolveFile(p.file, bases) : void 0;
    file ??= this.fromClassname(p, bases, dialect);
    if (!file) return void 0;
    const hinted = p.sourceHint && file.endsWith(`/${p.sourceHint.file}`) ? p.sourceHint.line : void 0;
    const line = p.line ?? hinted ?? this.findDefinition(file, p);
    return line !== void 0 ? { path: file, line } : { path: file };
  }
  /** vitest/jest: a file path; pytest: a dotted module (+ class); Java/Kotlin: a class; Go: a package. */
  fromClassname(p, bases, dialect) {
    for (const c of [p.classname, p.suite]) {
      if (!c) continue;
      if (/[\\/]/.test(c) && /\.\w{1,6}$/.test(c)) {
        const f = this.paths.resolveFile(c, bases);
        if (f) return f;
      }
    }
    const cls = p.classname;
    if (!cls) return void 0;
    if (dialect === "go") {
      const dir = this.paths.goModuleDir(cls, bases) ?? this.paths.resolveDir(cls, bases);
      if (dir === void 0) return void 0;
      const hinted = p.sourceHint ? dir ? `${dir}/${p.sourceHint.file}` : p.sourceHint.file : void 0;
      return hinted !== void 0 && this.paths.isFile(hinted) ? hinted : this.goTestFile(dir, p.name);
    }
    if (!/^[\w$]+(\.[\w$]+)+$/.test(cls)) return void 0;
    const parts = cls.replace(/\$.*$/, "").split(".");
    const jvmBases = [...bases, ""].flatMap((b) => ["src/test/java", "src/test/kotlin", "src/test/scala", "src/it/java", "src/integrationTest/java", "src/integrationTest/kotlin", ""].map((s) => [b, s].filter(Boolean).join("/")));
    for (let k = parts.length; k >= 1; k--) {
      const stem = parts.slice(0, k).join("/");
      const py = this.paths.resolveFile(`${stem}.py`, bases);
      if (py) return py;
      for (const ext of ["java", "kt", "scala", "groovy"]) {
        for (const b of jvmBases) {
          const c = b ? `${b}/${stem}.${ext}` : `${stem}.${ext}`;
          if (this.paths.isFile(c)) return c;
        }
      }
    }
    return void 0;
  }
  goTestFile(dir, name) {
    const fn = name.split("/")[0];
    let list;
    try {
      list = readdirSync2(join4(this.paths.root, dir)).filter((f) => f.endsWith("_test.go")).sort();
    } catch {
      return void 0;
    }
    for (const f of list) {
      const rel = dir ? `${dir}/${f}` : f;
      if (this.text(rel)?.includes(`func ${fn}(`)) return rel;
    }
    return void 0;
  }
  /** The line that defines the test, searched by its own name in the test file. */
  findDefinition(file, p) {
    const text = this.text(file);
    if (!text) return void 0;
    const bare = p.name.replace(/\[.*\]$/, "").replace(/\(.*\)$/, "");
    const titles = /* @__PURE__ */ new Set([bare, bare.split(" > ").pop(), bare.split("/")[0]]);
    if (p.classname && bare.startsWith(`${p.classname} `)) titles.add(bare.slice(p.classname.length + 1));
    const needles = [];
    for (const t of titles) {
      if (t === "") continue;
      needles.push(`def ${t}(`, `func ${t}(`, `function ${t}(`, ` ${t}(`, `'${t}'`, `"${t}"`, `\`${t}\``);
    }
    const words = bare.split(" ");
    for (let i = 1; i < words.length - 1; i++) {
      const tail = words.slice(i).join(" ");
      needles.push(`'${tail}'`, `"${tail}"`, `\`${tail}\``);
    }
    const lines = text.split(/\r?\n/);
    for (const needle of needles) {
      const i = lines.findIndex((l) => l.includes(needle));
      if (i >= 0) return i + 1;
    }
    return void 0;
  }
  text(rel) {
    let t = this.texts.get(rel);
    if (t === void 0) {
      t = null;
      try {
        t = readRegularText(join4(this.paths.root, rel), { roots: [this.paths.root], maxBytes: SOURCE_MAX_BYTES });
      } catch {
        t = null;
      }
      this.texts.set(rel, t);
    }
    return t ?? void 0;
  }
};

// src/evidence/tracked.ts
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join5, resolve as resolve3 } from "node:path";
function committedFiles(root) {
  const list = (...args) => execFileSync("git", ["-c", "core.quotepath=off", "-c", "core.fsmonitor=false", "ls-files", "-z", ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"]
  }).split("\0").filter((p) => p !== "");
  try {
    const files = new Set(list("--cached"));
    for (const p of list("--modified")) files.delete(p);
    return { files };
  } catch (e) {
    if (!insideWorkTree(root)) return { files: /* @__PURE__ */ new Set() };
    const stderr = e.stderr?.toString().split("\n")[0]?.trim();
    return { files: /* @__PURE__ */ new Set(), error: stderr || (e instanceof Error ? e.message.split("\n")[0] : String(e)) };
  }
}
function insideWorkTree(root) {
  for (let d = resolve3(root), i = 0; i < 64; i++, d = dirname2(d)) {
    if (existsSync(join5(d, ".git"))) return true;
    if (dirname2(d) === d) return false;
  }
  return false;
}

// src/evidence/load.ts
var CHUNK = 1 << 20;
var WRONG_KIND = /^(not a JUnit report|not a Cobertura report|not a JaCoCo report|not an lcov tracefile|not a Go cover profile|a JSON file in no known coverage format)/;
var INPUT = { test: "test-reports", coverage: "coverage-reports", build: "build-logs" };
async function readReports(kind, found, parse3, sink) {
  const out = [];
  for (const f of found) {
    let r;
    let unsafe = false;
    try {
      r = await parse3(regularFileStream(f.abs, { roots: sink.roots }, CHUNK));
    } catch (e) {
      unsafe = e instanceof UnsafeFileError;
      if (unsafe && f.origin === "discovered") continue;
      r = { ok: false, error: e instanceof UnsafeFileError ? `it ${e.message}` : `cannot be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if (!r.ok && f.origin === "discovered" && WRONG_KIND.test(r.error)) continue;
    if (!r.ok && f.origin === "input" && (unsafe || f.literal || !WRONG_KIND.test(r.error))) {
      sink.blockers.push({ source: "evidence", reason: `${INPUT[kind]} names ${f.path}, which cannot be used as evidence: ${r.error}` });
    }
    out.push(r.ok ? { file: { path: f.path, origin: f.origin }, value: r.value } : { file: { path: f.path, origin: f.origin, error: r.error } });
  }
  return out;
}
function dropCommitted(kind, found, committed, sink) {
  const kept = [];
  const ignored = [];
  for (const f of found) {
    if (!committed.has(f.path) || !isRegular(f.abs)) kept.push(f);
    else if (f.origin === "input" && f.literal) {
      kept.push(f);
      sink.notices.push(`${INPUT[kind]}: ${f.path} is a file committed to the repository, not one this job wrote; it is used because the input names it.`);
    } else ignored.push(f.path);
  }
  if (ignored.length > 0) {
    const named = ignored.slice(0, 3).join(", ") + (ignored.length > 3 ? ` and ${ignored.length - 3} more` : "");
    sink.notices.push(
      `${INPUT[kind]}: ignored ${named}: committed to the repository, so written by the commit and not by this job; name a committed report by its exact path in ${INPUT[kind]} to use it.`
    );
  }
  return kept;
}
function requireNamed(kind, patterns, found, sink) {
  if (patterns.length > 0 && found.length === 0) {
    sink.blockers.push({ source: "evidence", reason: `${INPUT[kind]} names ${patterns.join(", ")}, but no file this job wrote matches: the evidence it names cannot be checked` });
  }
  return found;
}
function isRegular(abs) {
  try {
    return lstatSync2(abs).isFile();
  } catch {
    return false;
  }
}
async function loadEvidence(options) {
  const paths = new RepoPaths(options.root);
  const sink = { roots: [...trustedRoots(options.cwd), options.root], blockers: [], notices: [] };
  const undiscovered = ["test", "coverage"].filter((k) => (k === "test" ? options.testReports : options.coverageReports).length === 0);
  const discovered = undiscovered.length > 0 ? discoverAllReports(options.root, undiscovered) : void 0;
  const [testFound, coverageFound, logFound] = await Promise.all([
    options.testReports.length > 0 ? expandGlobs(options.root, options.testReports) : Promise.resolve(discovered.test),
    options.coverageReports.length > 0 ? expandGlobs(options.root, options.coverageReports) : Promise.resolve(discovered.coverage),
    expandGlobs(options.root, options.buildLogs)
  ]);
  let committed = /* @__PURE__ */ new Set();
  if (testFound.length + coverageFound.length + logFound.length > 0) {
    const listed = committedFiles(options.root);
    committed = listed.files;
    if (listed.error !== void 0) {
      sink.notices.push(`git could not list the committed files (${listed.error}): reports committed to the repository cannot be told from this job's, and are used as found.`);
    }
  }
  const named = { test: options.testReports, coverage: options.coverageReports, build: options.buildLogs };
  const usable = (kind, found) => requireNamed(kind, named[kind], dropCommitted(kind, found, committed, sink), sink);
  const tests = await readReports("test", usable("test", testFound), parseJunit, sink);
  for (const t of tests) if (t.value) t.file.format = t.value.dialect;
  const coverage = await readReports("coverage", usable("coverage", coverageFound), parseCoverage, sink);
  for (const c of coverage) if (c.value) c.file.format = c.value.format;
  const logs = await readReports("build", usable("build", logFound), parseBuildLog, sink);
  return {
    tests: await mergeTests(tests, paths, options.testReports.length > 0),
    coverage: mergeCoverage(coverage, paths, options.coverageReports.length > 0, options.coverageThreshold),
    build: loadBuildLogs(logs, paths, options.buildLogs.length > 0),
    blockers: sink.blockers,
    notices: sink.notices
  };
}
function loadBuildLogs(logs, paths, given) {
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const omitted = { errors: 0, warnings: 0 };
  for (const { file, value } of logs) {
    if (!value) continue;
    file.format = "log";
    const hasErrors = value.omitted.errors > 0 || value.diagnostics.some((d) => d.severity === "error");
    omitted.errors += value.omitted.errors;
    if (!hasErrors) omitted.warnings += value.omitted.warnings;
    const bases = ancestors(file.path);
    for (const d of value.diagnostics) {
      if (hasErrors && d.severity === "warning") continue;
      if (diagnostics.length >= DIAGNOSTICS_MAX) {
        omitted[d.severity === "error" ? "errors" : "warnings"]++;
        continue;
      }
      const path = d.file === "" ? reportLocation([file]).path : paths.resolveFile(d.file, bases) ?? paths.underRoot(d.file) ?? normalize(d.file);
      const key = `${path}\0${d.line}\0${d.column ?? ""}\0${d.severity}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const location = d.file === "" ? { path } : { path, line: d.line, ...d.column !== void 0 ? { column: d.column } : {} };
      diagnostics.push({ ...d, location, log: file.path });
    }
  }
  return {
    given,
    reports: logs.map((l) => l.file),
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === "error").length + omitted.errors,
    warnings: diagnostics.filter((d) => d.severity === "warning").length + omitted.warnings,
    omitted: omitted.errors + omitted.warnings
  };
}

// src/engine/run-checks.ts
import { join as join6, resolve as resolve4 } from "node:path";
import { performance } from "node:perf_hooks";

// src/engine/blockers.ts
function checkErrorFinding(check, reason) {
  const { id, area, title, effortMinutes } = check.meta;
  return {
    ruleId: id,
    severity: "P0",
    // Proven: the check threw; what the commit holds is unknown, and the blocker says so.
    certainty: "proven",
    area,
    title: "Check could not run",
    messageId: "check-could-not-run",
    data: { rule: id, title, reason },
    message: `Check ${id} could not run, so this commit was not checked for "${title}": ${reason}`,
    location: { path: "." },
    remediation: "Fix what stopped the check (the message says what it was reading and why it failed), or turn the rule off in the configuration if it does not apply. Until it runs, the gate cannot vouch for this commit.",
    effortMinutes,
    fingerprint: "check-could-not-run"
    // hashed with the rule and path in finalize()
  };
}
function checkErrorBlocker(check, reason) {
  return { source: "check", ruleId: check.meta.id, reason: `check ${check.meta.id} could not run: ${reason}` };
}
function scanBlockers(c) {
  const d = c.discovery;
  const { listed } = c;
  if (listed === 0) return [{ source: "scan", reason: "nothing to judge: the scanned directory holds no files" }];
  if (c.scanned === 0) {
    const why = Object.entries(d.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(", ");
    return [{ source: "scan", reason: `0 of ${listed} files were scanned (skipped: ${why || "none readable"})` }];
  }
  const kept = d.keptByConfiguration + (c.limitLowered ? d.skipped.tooLarge : 0);
  const candidates = c.scanned + kept;
  if (kept * 2 > candidates) {
    return [
      {
        source: "scan",
        reason: `the configuration kept ${kept} of ${candidates} files from the checks (paths.ignore, paths.generated${c.limitLowered ? ", limits.max-file-size" : ""}): most of the tree was not checked`
      }
    ];
  }
  return [];
}

// src/engine/pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH_FILES = 64;
var QUEUE_DEPTH = 2;
var WORKER_YOUNG_GENERATION_MB = 16;
var PureCheckPool = class _PureCheckPool {
  constructor(script, init, size) {
    this.script = script;
    this.init = init;
    this.size = size;
  }
  script;
  init;
  size;
  /**
   * A pool when the worker script is beside this module (the bundle); none when running from source.
   * By default one worker per core but the main thread's, which works too (at most 3).
   */
  static open(init, size = Math.min(3, availableParallelism() - 1)) {
    const url = new URL("./worker.js", import.meta.url);
    if (url.protocol !== "file:" || !existsSync2(fileURLToPath(url))) return null;
    return new _PureCheckPool(fileURLToPath(url), init, Math.max(1, size));
  }
  /**
   * `items`: [index, path, generated] (generated: a file read by the every-file checks only).
   * `local`: processes a batch on the main thread; called between the workers' messages.
   */
  run(items, onProgress, local) {
    const batches = [];
    for (let i = 0; i < items.length; i += BATCH_FILES) batches.push(items.slice(i, i + BATCH_FILES));
    const outcomes = [];
    const lastMillis = /* @__PURE__ */ new Map();
    const workers = [];
    let next = 0;
    let outstanding = 0;
    let localBusy = false;
    let done = false;
    return new Promise((resolve7, reject) => {
      const finish2 = (error) => {
        if (done) return;
        done = true;
        for (const w of workers) void w.terminate();
        if (error) return reject(error);
        const millis = /* @__PURE__ */ new Map();
        for (const list of lastMillis.values()) for (const [id, ms] of list) millis.set(id, (millis.get(id) ?? 0) + ms);
        resolve7({ outcomes: outcomes.sort((a, b) => a.index - b.index), millis });
      };
      const settle = () => {
        if (outstanding === 0 && !localBusy && next >= batches.length) finish2();
      };
      const feed = (w) => {
        if (next >= batches.length) return;
        outstanding++;
        w.postMessage(batches[next++]);
      };
      const work = async () => {
        if (!local) return;
        localBusy = true;
        try {
          while (!done && next < batches.length) {
            await new Promise((r) => setImmediate(r));
            if (next >= batches.length) break;
            for (const o of await local(batches[next++])) outcomes.push(o);
            onProgress?.(outcomes.length, items.length);
          }
        } catch (e) {
          return finish2(e instanceof Error ? e : new Error(String(e)));
        } finally {
          localBusy = false;
        }
        settle();
      };
      if (batches.length === 0) return finish2();
      for (let i = 0; i < Math.min(this.size, batches.length); i++) {
        const w = new Worker(this.script, { workerData: this.init, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        workers.push(w);
        w.on("message", (m) => {
          for (const o of m.outcomes) outcomes.push(o);
          lastMillis.set(w, m.millis);
          outstanding--;
          onProgress?.(outcomes.length, items.length);
          feed(w);
          settle();
        });
        w.on("error", (e) => finish2(e));
        for (let q = 0; q < QUEUE_DEPTH; q++) feed(w);
      }
      void work();
    });
  }
};

// src/engine/file-memo.ts
import { deserialize, serialize } from "node:v8";
function rowsOf(bytes) {
  const out = /* @__PURE__ */ new Map();
  if (!(bytes instanceof Uint8Array)) return out;
  let rows;
  try {
    rows = deserialize(bytes);
  } catch {
    return out;
  }
  if (!Array.isArray(rows)) return out;
  for (const r of rows) {
    if (Array.isArray(r) && r.length === 3 && typeof r[0] === "string" && typeof r[1] === "string") out.set(r[0], r);
  }
  return out;
}
function judgeFiles(files, judge, valid, store) {
  const values = (o) => "values" in o ? o.values : o.packed.load();
  if (!store) return files.map((o) => ({ path: o.path, value: judge(o.path, values(o)) }));
  const old = rowsOf(store.read());
  const rows = [];
  let same = old.size === files.length;
  const out = files.map((o) => {
    const kept = o.digest === void 0 ? void 0 : old.get(o.path);
    if (kept !== void 0 && kept[1] === o.digest && valid(kept[2])) {
      rows.push(kept);
      return { path: o.path, value: kept[2] };
    }
    same = false;
    const value = judge(o.path, values(o));
    if (o.digest !== void 0) rows.push([o.path, o.digest, value]);
    return { path: o.path, value };
  });
  if (!same) store.write(serialize(rows));
  return out;
}

// src/engine/run-checks.ts
import { lstatSync as lstatSync3 } from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
function gathered(r) {
  return r.gathered ??= r.observedLater?.() ?? r.observed;
}
function inRunOrder(a, b, indexOf) {
  const out = [];
  let j = 0;
  for (const x of a) {
    const at = indexOf.get(x.path);
    while (j < b.length && indexOf.get(b[j].path) < at) out.push(b[j++]);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}
function replayEffect(r, e) {
  const s = r.sinks;
  switch (e[0]) {
    case "report":
      return s.report(e[1], e[2]);
    case "status":
      return s.status(e[1], e[2]);
    case "gap":
      return s.gap(e[1]);
    case "notice":
      return s.notice(e[1]);
    case "metric":
      return s.metric(e[1], e[2]);
    case "malformed":
      return s.malformed(e[1]);
    case "secret":
      return s.secret(e[1]);
  }
}
async function runChecks(options, checks, policyView, extras = {}) {
  const { onProgress } = extras;
  const t0 = performance.now();
  const outputs = [options.report, options.report === null ? null : badgePath(options.report), options.sarif, options.sbom].filter((p) => p !== null).map((p) => relativeOutput(options, p)).filter((p) => p !== void 0);
  const discovery = discover(
    options.root,
    {
      ignore: options.paths.ignore,
      generated: options.paths.generated,
      exclude: outputs,
      blobs: options.cacheDir !== null
    },
    await extras.gitListing
  );
  const repository = checks.some((c) => c.meta.repositoryFiles && options.ruleSettings.get(c.meta.id) !== "off") && !standsAlone(discovery.files.map((f) => f.path)) ? readRepositoryLevel(options.root, options.cwd, options.maxFileSize) : void 0;
  const discoverMs = performance.now() - t0;
  extras.onStage?.("file pass");
  const listed = discovery.files.length + discovery.skipped.ignored + discovery.skipped.generated + discovery.skipped.symlink;
  const fileSet = new Set(discovery.files.map((f) => f.path));
  const profileCollector = new ProfileCollector();
  const inlineSuppressions = [];
  const secrets = /* @__PURE__ */ new Set();
  const notices = [];
  const gaps = [];
  const metrics = {};
  const malformed = /* @__PURE__ */ new Map();
  const noteMalformed = (m) => {
    const key = `${m.path}\0${m.kind}`;
    if (!malformed.has(key)) malformed.set(key, m);
  };
  const given = extras.contents ?? /* @__PURE__ */ new Map();
  const mapFile = options.cacheDir !== null && !extras.baseConfig ? mapMemoFile(options.cacheDir, options.root) : void 0;
  let newMap;
  const mapRun = await repositoryMapForRun(options, discovery, given, noteMalformed, extras.baseConfig, mapFile ? { load: () => mapFile.load(), store: (m) => newMap = m } : void 0);
  const { read: mapRead } = mapRun;
  const map = combined(mapRun.map, mapRun.base ? repositoryMapFromData(mapRun.base, options) : void 0);
  const classOf = (p) => map.classOf(isRepositoryLevelPath(p) ? repositoryRelative(p) : p);
  const stackOf = (p) => isRepositoryLevelPath(p) ? void 0 : map.stackOf(p);
  profileCollector.fromPaths([...fileSet], classOf);
  const contents = new Map([...given, ...mapRead]);
  const decided = {};
  let allFindings = [];
  let sink;
  const captured = /* @__PURE__ */ new Map();
  const sharedValues = new Map(extras.network ? [[NETWORK_BUDGET_KEY, extras.network]] : []);
  const workspace = {
    root: options.root,
    files: discovery.files.map((f) => f.path),
    has: (p) => fileSet.has(p),
    classOf,
    map: map.data(),
    commit: discovery.commit,
    inlineSuppressions,
    get profile() {
      if (!decided.profile) throw new Error("workspace.profile is known only after the file pass (read it in end())");
      return decided.profile;
    },
    text: (p) => captured.get(p),
    get captured() {
      return [...captured.keys()];
    },
    shared(key, compute) {
      if (!sharedValues.has(key)) sharedValues.set(key, compute());
      return sharedValues.get(key);
    },
    evidence: extras.evidence,
    ...discovery.submodules.length > 0 ? { submodules: discovery.submodules } : {},
    ...repository ? { repository: { folder: repository.folder, up: repository.up, files: repository.files.map((f) => f.path) } } : {}
  };
  for (const r of repository?.refused ?? []) notices.push(`the repository-level file ${r.path} was not read: it ${r.why}`);
  const running = [];
  const sharedReads = /* @__PURE__ */ new Map();
  const sharedFrames = [];
  for (const check of checks) {
    const r = { check, visitor: {}, matches: () => false, findings: [], observed: [], millis: 0, reads: {} };
    if (options.ruleSettings.get(check.meta.id) === "off") {
      r.status = { kind: "not-applicable", reason: "turned off in the configuration" };
      running.push(r);
      continue;
    }
    r.sinks = {
      workspace: trackedWorkspace(workspace, r.reads, sharedReads, sharedFrames),
      secret: (v) => (r.effects?.push(["secret", v]), secrets.add(v)),
      gap: (g) => (r.effects?.push(["gap", g]), gaps.push(g)),
      metric: (name, value) => (r.effects?.push(["metric", name, value]), metrics[name] = value),
      malformed: (m) => (r.effects?.push(["malformed", m]), noteMalformed(m)),
      notice: (m) => (r.effects?.push(["notice", m]), notices.push(m)),
      report: (d, key) => (r.effects?.push(["report", d, key]), r.findings.push(toFinding(r.check, d, key, classOf))),
      status: (kind, reason) => (r.effects?.push(["status", kind, reason]), r.status = { kind, reason }),
      observations: () => r.observations ??= gathered(r).flatMap((o) => ("values" in o ? o.values : o.packed.load()).map((value) => ({ path: o.path, value }))),
      perFile: (name, judge, valid) => {
        const memo2 = cache && common && r.trail && !r.check.meta.late && !r.check.meta.network;
        const store = memo2 ? memoStore(cache, common, r.check.meta.id, name) : void 0;
        const frame = {};
        sharedFrames.push(frame);
        let out;
        try {
          out = judgeFiles(gathered(r), judge, valid, store);
        } finally {
          sharedFrames.pop();
        }
        if (frame.evidence || frame.commit) throw new Error(`${r.check.meta.id}: perFile('${name}') read the ${frame.evidence ? "evidence" : "commit"}, which no kept value may depend on`);
        return out;
      },
      findings: () => allFindings
    };
    const ctx = createCheckContext(check, options, classOf, () => sink, r.sinks, stackOf);
    try {
      r.visitor = check.create(ctx);
      if (r.visitor.file) r.matches = fileMatcher(check.meta.files);
    } catch (e) {
      if (e instanceof ConfigurationError) throw e;
      r.status = { kind: "error", reason: errorText2(e) };
    }
    running.push(r);
  }
  const t1 = performance.now();
  const files = discovery.files;
  const fileChecks = running.filter((r) => !r.status && r.visitor.file).map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: r.matches, everyFile: r.check.meta.everyFile === true }));
  const everyRules = fileChecks.filter((c) => c.everyFile).map((c) => c.id);
  const generated = everyRules.length > 0 ? discovery.generatedFiles : [];
  const toRead = [...files, ...generated];
  const everyRead = [];
  const tally = { bytes: 0, scanned: 0, nonUtf8: [] };
  const byId = new Map(running.map((r) => [r.check.meta.id, r]));
  const byName = byId;
  let cacheStats;
  let recorder;
  const replay = (o) => {
    const rec = recorder?.record;
    const i = o.index;
    const path = toRead[i].path;
    const id = given.has(path) ? void 0 : toRead[i].blob ?? o.contentId;
    if (o.status === "missing") return;
    if (o.everyRead) {
      everyRead.push(path);
      rec?.everyRead.push(i);
    }
    if (i >= files.length) return replayChecks(o, path, id);
    if (o.captured !== void 0) {
      captured.set(path, o.captured);
      rec?.captured.push([i, o.status]);
    }
    if (o.status !== "read") {
      noteSkip(discovery, o.status, path);
      rec?.skipped.push([i, o.status]);
      return replayChecks(o, path, id);
    }
    tally.scanned++;
    tally.bytes += o.bytes;
    if (o.nonUtf8) tally.nonUtf8.push(path);
    inlineSuppressions.push(...o.inline);
    if (rec) {
      rec.read.push(i, o.bytes);
      if (o.nonUtf8) rec.nonUtf8.push(i);
      for (const s of o.inline) rec.inline.push([i, s]);
    }
    if (o.profile && classOf(path) === "runtime") {
      profileCollector.add(o.profile);
      rec?.profile.push([i, o.profile]);
    }
    replayChecks(o, path, id);
  };
  const replayChecks = (o, path, id) => {
    for (const c of o.checks) {
      const r = byId.get(c.ruleId);
      if (r.status?.kind === "error") continue;
      const count = c.packed?.count ?? c.observations.length;
      if (count > 0) {
        const name = c.digest !== void 0 ? `observed ${c.digest}` : id;
        r.trail?.add(path, name, count, () => c.packed?.load() ?? c.observations);
        r.observed.push(c.packed ? { path, packed: c.packed, digest: c.digest } : { path, values: c.observations, digest: c.digest });
        if (recorder) {
          recorder.observed(c.ruleId, o.index, count, name);
          if (r.check.meta.late || r.check.meta.network) recorder.record.packed.push([o.index, c.ruleId, count, c.packed?.bytes ?? encodeValues(c.observations)]);
        }
      }
      for (const { d, key } of c.reports) r.findings.push(toFinding(r.check, d, key, classOf));
      for (const v of c.secrets) secrets.add(v);
      for (const m of c.malformed) noteMalformed(m);
      if (c.error !== void 0) r.status = { kind: "error", reason: c.error };
      if (recorder) {
        const rec = recorder.record;
        for (const { d, key } of c.reports) rec.reports.push([o.index, c.ruleId, d, key]);
        for (const v of c.secrets) rec.secrets.push([o.index, c.ruleId, v]);
        for (const m of c.malformed) rec.malformed.push([o.index, c.ruleId, m]);
      }
    }
  };
  const hasFailed = (ruleId) => byName.get(ruleId)?.status?.kind === "error";
  const usableRun = (last, changed2, texts2) => {
    if (!tracesEvery(last, running.filter((r) => r.trail).map((r) => r.check.meta.id)) || last.reports.some(([, ruleId]) => !byName.has(ruleId))) return void 0;
    if (lastPlace(last) >= toRead.length) return void 0;
    const read = /* @__PURE__ */ new Map();
    for (const [i, status] of last.captured) {
      if (changed2.has(i)) continue;
      const text = texts2.withCapturedText({ index: i, status, bytes: 0, nonUtf8: false, inline: [], checks: [] }, toRead[i].path)?.captured;
      if (text === void 0) return void 0;
      read.set(i, text);
    }
    const names = changed2.size > 0 ? last.trails.map((t) => t[2].length > 0 ? t[4].split("\n") : []) : [];
    if (names.some((n, k) => n.length !== last.trails[k][2].length)) return void 0;
    return { texts: read, names };
  };
  const replayRecord = (last, { texts: texts2, names }, fresh2, cache2) => {
    const cur = new RecordCursor(last);
    const patched = fresh2.length > 0;
    const withTrail = running.filter((r) => r.trail);
    const trailOf = new Map(last.trails.map((t, k) => [t[0], k]));
    const later = new Map(withTrail.map((r) => [r.check.meta.id, { at: [], own: [] }]));
    for (const r of withTrail) r.trail = patched ? new ObservationTrail() : ObservationTrail.known(last.trails[trailOf.get(r.check.meta.id)][1]);
    const upTo = (end) => {
      const rec = recorder?.record;
      for (const i of cur.places("everyRead", end)) {
        everyRead.push(toRead[i].path);
        rec?.everyRead.push(i);
      }
      for (const item of cur.take("captured", end)) {
        captured.set(toRead[item[0]].path, texts2.get(item[0]));
        rec?.captured.push(item);
      }
      for (const item of cur.take("skipped", end)) {
        noteSkip(discovery, item[1], toRead[item[0]].path);
        rec?.skipped.push(item);
      }
      const [readFrom, readTo] = cur.reads(end);
      for (let j = readFrom; j < readTo; j++) {
        const bytes = last.read[2 * j + 1];
        tally.scanned++;
        tally.bytes += bytes;
        rec?.read.push(last.read[2 * j], bytes);
      }
      for (const i of cur.places("nonUtf8", end)) {
        tally.nonUtf8.push(toRead[i].path);
        rec?.nonUtf8.push(i);
      }
      for (const item of cur.take("inline", end)) {
        inlineSuppressions.push(item[1]);
        rec?.inline.push(item);
      }
      for (const item of cur.take("profile", end)) {
        profileCollector.add(item[1]);
        rec?.profile.push(item);
      }
      for (const item of cur.take("reports", end)) {
        if (hasFailed(item[1])) continue;
        const r = byName.get(item[1]);
        r.findings.push(toFinding(r.check, item[2], item[3], classOf));
        rec?.reports.push(item);
      }
      for (const item of cur.take("secrets", end)) {
        if (hasFailed(item[1])) continue;
        secrets.add(item[2]);
        rec?.secrets.push(item);
      }
      for (const item of cur.take("malformed", end)) {
        if (hasFailed(item[1])) continue;
        noteMalformed(item[2]);
        rec?.malformed.push(item);
      }
      for (const item of cur.take("packed", end)) {
        const [i, ruleId, count, bytes] = item;
        if (hasFailed(ruleId)) continue;
        later.get(ruleId)?.own.push({ path: toRead[i].path, packed: packedValues(bytes, count, toRead[i].path) });
        rec?.packed.push(item);
      }
      for (const r of withTrail) {
        const k = trailOf.get(r.check.meta.id);
        const [from, to] = cur.observations(k, end);
        if (from === to || r.status?.kind === "error") continue;
        const [, , at, counts] = last.trails[k];
        const mine2 = later.get(r.check.meta.id).at;
        for (let j = from; j < to; j++) {
          mine2.push(at[j]);
          if (!patched) continue;
          r.trail.add(toRead[at[j]].path, names[k][j], counts[j], () => []);
          recorder?.observed(r.check.meta.id, at[j], counts[j], names[k][j]);
        }
      }
    };
    for (const o of fresh2) {
      upTo(o.index);
      cur.skip(o.index + 1);
      replay(o);
    }
    upTo(toRead.length);
    const unchanged = toRead.length - fresh2.length;
    cache2.keepAll(unchanged, fresh2.map((o) => `${cur.blobAt(o.index)} ${toRead[o.index].path}`));
    let indexOf;
    for (const r of withTrail) {
      const { at, own } = later.get(r.check.meta.id);
      const newer = r.observed;
      r.observedLater = () => {
        const kept = r.check.meta.late || r.check.meta.network ? own : cache2.observedBy(r.check.meta.id, at.map((i) => toRead[i]));
        return newer.length === 0 ? kept : inRunOrder(kept, newer, indexOf ??= new Map(toRead.map((f, i) => [f.path, i])));
      };
    }
    if (!patched) cache2.putRun(last);
  };
  const active = running.filter((r) => !r.status);
  const captureGlobs = [...active.map((r) => r.check.meta.capture), extras.capture];
  const languages = langsPresent(toRead.map((f) => f.path), [...new Set(active.flatMap((r) => r.check.meta.languages ?? []))].sort());
  let grammars;
  const grammarsLoaded = () => grammars ??= languages.length > 0 ? loadGrammars(languages) : Promise.resolve();
  const cache = options.cacheDir === null ? void 0 : openFactCache(options, fileChecks, captureGlobs, languages, mapRun, contents);
  const items = toRead.map((f, i) => [i, f.path, i >= files.length, cache !== void 0 && f.blob === void 0 && !given.has(f.path)]);
  if (cache) for (const r of running) r.trail = new ObservationTrail();
  const knownFor = cache ? (i, path, id) => cache.get(i, path, id) : void 0;
  const known = [];
  const texts = cache ? new FileProcessor(options.root, options.maxFileSize, [], captureMatcher(captureGlobs), contents) : void 0;
  const replayable = cache !== void 0 && given.size === 0 && !repository && !running.some((r) => r.status?.kind === "error");
  let runKey = replayable && cache.holdsRun ? runKeyOf(cache.digest, toRead, files.length) : void 0;
  const lastRun = runKey === void 0 ? void 0 : cache.lastRun(runKey);
  const blobs = lastRun ? blobsOf(toRead) : void 0;
  const changed = lastRun ? changedFiles(lastRun, blobs, toRead.length) : void 0;
  const patch = changed && changed.length <= PATCH_FILES ? { last: lastRun, changed, usable: usableRun(lastRun, new Set(changed), texts) } : void 0;
  const replayedRun = patch?.usable !== void 0 && changed.length === 0;
  if (replayedRun) replayRecord(patch.last, patch.usable, [], cache);
  const patching = patch?.usable !== void 0 && !replayedRun;
  const todo = replayedRun ? [] : patching ? changed.map((i) => items[i]) : cache ? items.filter(([i, path]) => {
    const blob = toRead[i].blob;
    let hit = blob !== void 0 && !given.has(path) ? cache.get(i, path, blob) : void 0;
    if (hit?.recapture) hit = texts.withCapturedText(hit, path);
    if (hit) known.push(hit);
    return !hit;
  }) : items;
  if (todo.length > 0) await grammarsLoaded();
  if (replayable && !replayedRun) {
    runKey ??= runKeyOf(cache.digest, toRead, files.length);
    if (runKey !== void 0) recorder = new RunRecorder(runKey, blobs ?? blobsOf(toRead));
  }
  const pool = openPool(options, running, todo, captureGlobs, languages, { map: map.data(), ...mapRun.base ? { base: mapRun.base } : {} }, contents);
  const mine = pool ? new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs), contents) : void 0;
  if (mine) mine.known = knownFor;
  const local = async (batch) => {
    const out = [];
    sink = mine;
    try {
      for (const [i, path, generated2, identify] of batch) out.push(await mine.process(i, path, generated2, identify));
    } finally {
      sink = void 0;
    }
    return out;
  };
  const pooled = pool ? await pool.run(todo, onProgress, local).catch((e) => e) : void 0;
  if (pooled instanceof Error) {
    notices.push(`worker threads failed (${pooled.message}); the files were scanned on the main thread instead`);
  }
  let fresh;
  if (pooled && !(pooled instanceof Error)) {
    fresh = pooled.outcomes;
    for (const [id, ms] of [...pooled.millis, ...mine.millis]) byId.get(id).millis += ms;
  } else {
    const processor = new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs), contents);
    processor.known = knownFor;
    sink = processor;
    fresh = [];
    for (let k = 0; k < todo.length; k++) {
      onProgress?.(k + 1, todo.length);
      const [i, path, generated2, identify] = todo[k];
      fresh.push(await processor.process(i, path, generated2, identify));
    }
    sink = void 0;
    for (const [id, ms] of processor.millis) byId.get(id).millis += ms;
  }
  if (cache) {
    const complete = !fresh.some((o) => o.checks.some((c) => c.error !== void 0));
    if (!complete || fresh.some((o) => o.status === "missing")) recorder = void 0;
    for (const o of complete ? fresh : []) {
      const blob = toRead[o.index].blob ?? o.contentId;
      if (blob === void 0 || given.has(toRead[o.index].path)) continue;
      const digests = cache.put(toRead[o.index].path, blob, o);
      if (digests) {
        o.checks.forEach((c, k) => {
          const d = digests[k];
          if (d !== void 0) c.digest = d;
        });
      }
    }
  }
  if (patching) {
    replayRecord(patch.last, patch.usable, fresh.slice().sort((a, b) => a.index - b.index), cache);
  } else {
    for (const o of known.length > 0 ? [...known, ...fresh].sort((a, b) => a.index - b.index) : fresh) replay(o);
  }
  if (recorder && !running.some((r) => r.status?.kind === "error")) {
    const made = recorder.done(running.filter((r) => r.trail).map((r) => [r.check.meta.id, r.trail.digest()]));
    if (made) cache.putRun(made);
  }
  recorder = void 0;
  if (repository && repository.files.length > 0) {
    await grammarsLoaded();
    await repositoryPass(repository);
  }
  const readMs = performance.now() - t1;
  extras.onStage?.("checks");
  if (everyRead.length > 0) discovery.everyFileRead = { files: everyRead.length, examples: everyRead.slice(0, 5), rules: everyRules };
  async function repositoryPass(level) {
    const readers = running.filter((r) => !r.status && r.visitor.file && r.check.meta.repositoryFiles).map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: (p) => r.matches(repositoryRelative(p)) }));
    if (readers.length === 0) return;
    const processor = new FileProcessor(options.root, options.maxFileSize, readers, () => false, level.contents, level.folder);
    sink = processor;
    for (const file of level.files) {
      const o = await processor.process(0, file.path);
      if (o.status === "read") inlineSuppressions.push(...o.inline);
      replayChecks(o, file.path);
    }
    sink = void 0;
    for (const [id, ms] of processor.millis) byId.get(id).millis += ms;
  }
  const profile = decided.profile = profileCollector.decide(options.profile);
  const common = cache ? commonInputs(options, workspace, cache.digest, options.rulesDir ? folderDigest(options.rulesDir) : void 0) : void 0;
  let evidenceDigest;
  const varying = { evidence: () => evidenceDigest ??= digestOf(workspace.evidence ?? null), commit: workspace.commit };
  const endAll = async (late) => {
    for (const r of running) {
      if (Boolean(r.check.meta.late) !== late || r.status?.kind === "error" || !r.visitor.end) continue;
      if (r.status?.kind === "not-applicable" && r.findings.length === 0) continue;
      const ts = performance.now();
      const memo2 = cache && common && r.trail && !r.check.meta.late && !r.check.meta.network ? { observations: r.trail.digest() } : void 0;
      const last = memo2 ? cache.lastEnd(r.check.meta.id) : void 0;
      if (memo2 && last && last.key === endKey(common, r.check.meta.id, memo2.observations, last.reads, varying)) {
        for (const e of last.effects) replayEffect(r, e);
        Object.assign(r.reads, last.reads);
        cache.putEnd(r.check.meta.id, last);
        cache.keepPhases(memoPrefix(r.check.meta.id));
        r.millis += performance.now() - ts;
        continue;
      }
      if (memo2) r.effects = [];
      try {
        if (r.check.meta.languages?.length) await grammarsLoaded();
        await r.visitor.end();
      } catch (e) {
        r.status = { kind: "error", reason: errorText2(e) };
      }
      if (memo2 && r.status?.kind !== "error") {
        const reads = { ...r.reads };
        const record = { key: endKey(common, r.check.meta.id, memo2.observations, reads, varying), reads, effects: r.effects };
        cache.putEnd(r.check.meta.id, record);
      }
      r.effects = void 0;
      r.millis += performance.now() - ts;
    }
  };
  await endAll(false);
  if (profile.kind === "library") {
    for (const r of running) {
      if (r.check.meta.serviceOnly && r.status?.kind !== "error") {
        r.findings = [];
        r.status = { kind: "not-applicable", reason: "service rule; the profile is library" };
      }
    }
  }
  const suppressible = maySuppress(options.suppressions, inlineSuppressions);
  for (const r of running) if (r.check.meta.oneFindingPerValue) r.findings = mergeRepeats(r.findings, suppressible);
  allFindings = await policyView(finalize(running.flatMap((r) => r.findings)), inlineSuppressions);
  await endAll(true);
  const memo = cache && common ? {
    common,
    phase: (name, key) => cache.phase(name, key),
    putPhase: (name, key, value) => cache.putPhase(name, key, value),
    save: () => {
      const facts = saveCache(cache);
      const notice = facts.notice ?? (newMap && mapFile ? saveMap(mapFile, newMap) : void 0);
      return notice === void 0 ? { saved: facts.saved } : { saved: facts.saved, notice };
    }
  } : void 0;
  if (cache) cacheStats = { ...cache.stats, read: todo.length, ...replayedRun ? { replayed: true } : {}, ...patching ? { patched: todo.length } : {} };
  const failed = running.filter((r) => r.status?.kind === "error");
  for (const r of failed) r.findings.push(checkErrorFinding(r.check, r.status.reason));
  const blockers = [
    ...failed.map((r) => checkErrorBlocker(r.check, r.status.reason)),
    ...scanBlockers({ discovery, listed, scanned: tally.scanned, limitLowered: options.maxFileSize < DEFAULT_MAX_FILE_SIZE })
  ];
  const findings = finalize(running.flatMap((r) => r.findings));
  const outcomes = running.map((r) => ({
    ruleId: r.check.meta.id,
    area: r.check.meta.area,
    status: r.status?.kind ?? (r.findings.length > 0 ? "fail" : "pass"),
    ...r.status ? { reason: r.status.reason } : {},
    findings: r.findings.length,
    millis: Math.round(r.millis)
  })).sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const perRuleMs = Object.fromEntries(outcomes.map((o) => [o.ruleId, o.millis]));
  return {
    findings,
    outcomes,
    gaps,
    metrics,
    discovery,
    nonUtf8: tally.nonUtf8,
    profile,
    inlineSuppressions,
    malformed: [...malformed.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind)),
    secrets,
    scanned: tally.scanned,
    notices,
    blockers,
    timings: { discoverMs, readMs, bytes: tally.bytes, perRuleMs },
    map: map.data(),
    ...mapRun.change ? { mapChange: mapRun.change } : {},
    workspace,
    ...cacheStats ? { cache: cacheStats } : {},
    ...memo ? { memo } : {}
  };
}
var PATCH_FILES = 64;
var POOL_MIN_CODE_BYTES = 48 * 1024 * 1024;
var POOL_MIN_BYTES = 64 * 1024 * 1024;
function openPool(options, running, todo, capture, languages, maps, contents = /* @__PURE__ */ new Map()) {
  const readers = running.filter((r) => !r.status && r.visitor.file);
  if (readers.length === 0 || readers.some((r) => !r.check.meta.pure) || todo.length === 0) return null;
  const ruleIds = readers.map((r) => r.check.meta.id);
  const init = { options, ruleIds, capture: capture.flatMap((g) => g ?? []), languages, ...maps, contents: [...contents] };
  const forced = process.env.READINESS_GATE_WORKERS;
  if (forced !== void 0) return Number(forced) > 0 ? PureCheckPool.open(init, Number(forced)) : null;
  if (availableParallelism2() < 2) return null;
  const parsed = new Set(languages);
  let bytes = 0;
  let code = 0;
  for (const [, path] of todo) {
    let size = 0;
    try {
      size = lstatSync3(join6(options.root, path)).size;
    } catch {
      continue;
    }
    bytes += size;
    const lang = langOf(path);
    if (lang && parsed.has(lang)) code += size;
    if (code >= POOL_MIN_CODE_BYTES || bytes >= POOL_MIN_BYTES) return PureCheckPool.open(init);
  }
  return null;
}
var AFTER_FILE_PASS = /* @__PURE__ */ new Set([
  "githubToken",
  "report",
  "sarif",
  "sbom",
  "sbomFormat",
  "sbomSpecVersion",
  "vulnerabilityScan",
  "osvUrl",
  "maxAnnotations",
  "annotations",
  "prComment",
  "sarifCategory",
  "sarifRules",
  "uploadArtifact",
  "dependencyGraph",
  "baseline",
  "newFindingsOnly",
  "failOn",
  "minScore",
  "maxP1",
  "maxP2",
  "testReports",
  "coverageReports",
  "buildLogs",
  "cacheDir",
  "today",
  // Where the tree is: a file's outcome holds root-relative paths only. (The cache file is still named
  // per scanned folder, for pruning: fact-cache.ts.) The rules folder counts by its content, below.
  "root",
  "cwd",
  "rulesDir"
]);
function openFactCache(options, fileChecks, capture, languages, mapRun, contents) {
  const relevant = Object.fromEntries(Object.entries(options).filter(([k]) => !AFTER_FILE_PASS.has(k)));
  const mapOf = (m) => m ? { ...m, counts: void 0 } : void 0;
  const digest = digestOf({
    build: BUILD_ID,
    options: relevant,
    rules: options.rulesDir ? folderDigest(options.rulesDir) : void 0,
    checks: fileChecks.map((c) => c.id),
    capture: capture.flatMap((g) => g ?? []),
    languages,
    map: mapOf(mapRun.map.data()),
    base: mapOf(mapRun.base),
    given: [...contents.keys()].sort()
  });
  return options.cacheDir === null ? void 0 : FactCache.open(options.cacheDir, digest, options.root);
}
function saveCache(cache) {
  try {
    return { saved: cache.save() };
  } catch (e) {
    return { saved: false, notice: `the fact cache could not be saved (${errorText2(e)}); the next run reads every file again` };
  }
}
function saveMap(file, map) {
  try {
    file.save(map);
    return void 0;
  } catch (e) {
    return `the repository map could not be kept for the next run (${errorText2(e)})`;
  }
}
function errorText2(e) {
  return e instanceof Error ? e.message : String(e);
}
function relativeOutput(options, p) {
  const abs = resolve4(options.cwd, p).split("\\").join("/");
  const root = options.root.split("\\").join("/");
  return abs.startsWith(`${root}/`) ? abs.slice(root.length + 1) : void 0;
}

// src/policy/baseline.ts
var BASELINE_MAX_BYTES = 256 * 1024 * 1024;
function loadBaseline(path, roots) {
  let text;
  try {
    text = readRegularText(path, { roots, maxBytes: BASELINE_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'baseline': ${path} ${e.message}; accepted: a previous readiness-gate JSON report`);
    throw e;
  }
  return parseBaseline(text, path);
}
function parseBaseline(text, label) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`input 'baseline': ${label} is not a readable JSON report (${e.message})`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings)) throw new ConfigurationError(`input 'baseline': ${label} has no findings array; accepted: a readiness-gate JSON report`);
  return new Set(findings.map((f) => f?.fingerprint).filter((x) => typeof x === "string"));
}
function markBaseline(findings, known) {
  if (!known) return findings;
  return findings.map((f) => ({ ...f, baseline: known.has(f.fingerprint) ? "existing" : "new" }));
}

// src/policy/changes.ts
var import_yaml = __toESM(require_dist(), 1);
import { dirname as dirname3, join as join7, resolve as resolve5 } from "node:path";
var MAX_DETAILS = 40;
var MAX_VALUE = 120;
async function configChanges(raw, source, root, cwd) {
  const base = source.base;
  if (!base || source.toplevel === void 0) return [];
  const explicit = raw.config?.trim() || void 0;
  const candidates = explicit ? [resolve5(cwd, explicit)] : CONFIG_CANDIDATES.map((c) => join7(root, c));
  const out = [];
  for (const abs of candidates) {
    if (!pullRequestWrites(root, { toplevel: source.toplevel }, abs)) continue;
    const label = within(root, abs) ? abs.slice(root.length + 1).split("\\").join("/") : explicit ?? abs;
    const head = readHead(abs, cwd);
    const repoPath = trackedPath(source.toplevel, abs) ?? (source.prefix ?? "") + label;
    const was = await base.read(repoPath);
    if (head.status === "absent" && was.status === "absent") continue;
    if (head.status === "found" && was.status === "found" && head.text === was.text) continue;
    const details = head.status === "unreadable" ? [`the pull request's file ${head.why}`] : head.status === "absent" ? ["deleted by this pull request"] : was.status === "unknown" ? [`the base commit's version could not be read (${was.why}); the pull request's file says:`, ...configDiff(void 0, head.text)] : configDiff(was.status === "found" ? was.text : void 0, head.text);
    out.push({ kind: "config", path: label, details: details.slice(0, MAX_DETAILS), applied: false });
  }
  return out;
}
function readHead(abs, cwd, maxBytes = CONFIG_MAX_BYTES) {
  try {
    return { status: "found", text: readRegularText(abs, { roots: trustedRoots(cwd), maxBytes }) };
  } catch (e) {
    if (e instanceof UnsafeFileError) return e.reason === "missing" ? { status: "absent" } : { status: "unreadable", why: e.message };
    throw e;
  }
}
function configDiff(before, after) {
  const a = before === void 0 ? {} : flatten(parseLoose(before));
  const parsed = parseLoose(after);
  if (parsed === INVALID) return ["not valid YAML"];
  const b = flatten(parsed);
  if (a === INVALID_FLAT) return ["the base version is not valid YAML"];
  const out = [];
  for (const k of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (k === "suppressions") continue;
    if (a[k] !== b[k]) out.push(`${k}: ${a[k] ?? "(unset)"} → ${b[k] ?? "(unset)"}`);
  }
  const before_ = new Set(suppressionsOf(before === void 0 ? {} : parseLoose(before)));
  const after_ = suppressionsOf(parsed);
  for (const s of after_) if (!before_.has(s)) out.push(`suppression added: ${s}`);
  const afterSet = new Set(after_);
  for (const s of before_) if (!afterSet.has(s)) out.push(`suppression removed: ${s}`);
  return out.length > 0 ? out : ["reformatted (same settings)"];
}
var INVALID = /* @__PURE__ */ Symbol("invalid");
var INVALID_FLAT = {};
function parseLoose(text) {
  try {
    return (0, import_yaml.parse)(text, { uniqueKeys: false, logLevel: "error" }) ?? {};
  } catch {
    return INVALID;
  }
}
function flatten(doc) {
  if (doc === INVALID) return INVALID_FLAT;
  const out = {};
  if (!isObject2(doc)) return out;
  for (const [k, v] of Object.entries(doc)) {
    if (k === "suppressions") continue;
    if (isObject2(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = show(v2);
    else out[k] = show(v);
  }
  return out;
}
function suppressionsOf(doc) {
  if (!isObject2(doc) || !Array.isArray(doc.suppressions)) return [];
  return doc.suppressions.map(show);
}
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function show(v, depth = 0) {
  let s;
  if (depth > 4 && v !== null && typeof v === "object") s = "…";
  else if (Array.isArray(v)) s = `[${v.slice(0, 20).map((x) => show(x, depth + 1)).join(", ")}${v.length > 20 ? ", …" : ""}]`;
  else if (isObject2(v)) s = `{${Object.entries(v).slice(0, 20).map(([k, x]) => `${k}: ${show(x, depth + 1)}`).join(", ")}}`;
  else s = String(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}
async function baselineInForce(options, source, pullRequest) {
  if (!options.baseline) return {};
  const abs = resolve5(options.cwd, options.baseline);
  const trusted = trustedRoots(options.cwd);
  const roots = trusted.some((r) => within(r, abs)) ? trusted : [dirname3(abs)];
  const repoPath = pullRequest && source.toplevel !== void 0 ? trackedPath(source.toplevel, abs) : void 0;
  if (!repoPath || !source.base) return { known: loadBaseline(abs, roots) };
  const label = options.baseline;
  const head = readHead(abs, options.cwd, BASELINE_MAX_BYTES);
  const was = await source.base.read(repoPath, BASELINE_MAX_BYTES);
  if (head.status === "found" && was.status === "found" && head.text === was.text) return { known: parseBaseline(head.text, label) };
  const change = (detail) => ({ kind: "baseline", path: label, details: [detail], applied: false });
  if (was.status === "found") return { known: parseBaseline(was.text, label), change: change("changed by this pull request: the base commit's version is used") };
  if (was.status === "absent") return { change: change("added by this pull request: not used, every finding counts as new") };
  return { change: change(`the base commit's version could not be read (${was.why}): no baseline is used, every finding counts as new`) };
}
var MAX_BASE_FILES = 200;
var SOURCE_MAX_BYTES2 = 8 * 1024 * 1024;
async function newInlineSuppressions(findings, inline, options, source) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of inline) (byPath.get(s.path) ?? byPath.set(s.path, []).get(s.path)).push(s);
  const covered = /* @__PURE__ */ new Map();
  for (const raw of findings) {
    const f = configuredSeverity(raw, options);
    const severity = f.severity;
    if (severity === "P2") continue;
    for (const s of inlineCovering(f, byPath.get(f.location.path))) (covered.get(s) ?? covered.set(s, []).get(s)).push({ f, severity });
  }
  const untrusted = /* @__PURE__ */ new Set();
  const changes = [];
  const files = [...new Set([...covered.keys()].map((s) => s.path))].sort();
  const baseCounts = /* @__PURE__ */ new Map();
  const basePairs = /* @__PURE__ */ new Map();
  let reachable = source.base !== void 0;
  for (const [i, path] of files.entries()) {
    let got = { status: "unknown", why: "not read" };
    if (reachable && i < MAX_BASE_FILES) got = await source.base.read((source.prefix ?? "") + path, SOURCE_MAX_BYTES2);
    if (got.status === "unknown" && source.base?.via === "api") reachable = false;
    baseCounts.set(path, got.status === "found" ? directiveCounts(got.text) : got.status === "absent" ? /* @__PURE__ */ new Map() : void 0);
    if (got.status === "found") basePairs.set(path, directivePairs(got.text.split(/\r?\n/)));
  }
  const headLines = /* @__PURE__ */ new Map();
  const headLine = (path, n) => {
    let lines = headLines.get(path);
    if (!lines) {
      const got = readHead(join7(options.root, path), options.cwd, SOURCE_MAX_BYTES2);
      headLines.set(path, lines = got.status === "found" ? got.text.split(/\r?\n/) : []);
    }
    return (lines[n - 1] ?? "").trim();
  };
  const pairedAtBase = (s, f) => {
    const line = f.location.line ?? s.line;
    const key = line === s.line ? headLine(s.path, s.line) : `${headLine(s.path, s.line)}
${headLine(s.path, line)}`;
    return basePairs.get(s.path)?.has(key) === true;
  };
  const headCounts = /* @__PURE__ */ new Map();
  for (const s of inline) {
    const m = headCounts.get(s.path) ?? headCounts.set(s.path, /* @__PURE__ */ new Map()).get(s.path);
    m.set(s.directive, (m.get(s.directive) ?? 0) + 1);
  }
  for (const [s, hits] of covered) {
    const base = baseCounts.get(s.path);
    const isNew = base === void 0 || (base.get(s.directive) ?? 0) < (headCounts.get(s.path)?.get(s.directive) ?? 0) || hits.some((h) => h.severity === "P0" && !pairedAtBase(s, h.f));
    if (!isNew) continue;
    untrusted.add(s);
    const p0 = hits.some((h) => h.severity === "P0");
    const details = hits.sort((a, b) => (a.f.location.line ?? 0) - (b.f.location.line ?? 0) || a.f.ruleId.localeCompare(b.f.ruleId)).slice(0, MAX_DETAILS).map((h) => `${h.severity} ${h.f.ruleId} at line ${h.f.location.line}: ${h.severity === "P0" ? "not suppressed" : "suppressed"}`);
    changes.push({ kind: "inline-suppression", path: s.path, line: s.line, directive: show(s.directive), details, applied: !p0 });
  }
  return { untrusted, changes };
}
function directivePairs(lines) {
  const out = /* @__PURE__ */ new Set();
  lines.forEach((l, i) => {
    if (!l.includes(INLINE_MARKER)) return;
    out.add(l.trim());
    out.add(`${l.trim()}
${(lines[i + 1] ?? "").trim()}`);
  });
  return out;
}
function directiveCounts(text) {
  const out = /* @__PURE__ */ new Map();
  for (let i = text.indexOf(INLINE_MARKER); i !== -1; ) {
    const start = i;
    const end = text.indexOf("\n", start);
    if (start > 0 && "`\"'".includes(text[start - 1])) {
      const next = text.indexOf(INLINE_MARKER, start + INLINE_MARKER.length);
      i = next;
      continue;
    }
    const d = text.slice(start, end === -1 ? void 0 : end).replace(/\r$/, "").trim();
    out.set(d, (out.get(d) ?? 0) + 1);
    i = end === -1 ? -1 : text.indexOf(INLINE_MARKER, end);
  }
  return out;
}
function sortChanges(changes) {
  const rank = { config: 0, "repository-map": 1, baseline: 2, "inline-suppression": 3 };
  return changes.sort((a, b) => rank[a.kind] - rank[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0));
}

// src/policy/verdict.ts
var RANK = { P0: 0, P1: 1, P2: 2 };
function countBySeverity(findings) {
  const c = { P0: 0, P1: 0, P2: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function decide(findings, score, o, blockers = []) {
  const reasons = [];
  if (o.failOn !== "never") for (const b of blockers) reasons.push(b.reason);
  const blocking = o.newFindingsOnly ? findings.filter((f) => f.baseline !== "existing") : findings;
  const c = countBySeverity(blocking);
  if (o.failOn !== "never") {
    for (const s of ["P0", "P1", "P2"]) {
      if (RANK[s] <= RANK[o.failOn] && c[s] > 0) reasons.push(`${c[s]} ${s} finding${c[s] === 1 ? "" : "s"}${o.newFindingsOnly ? " (new)" : ""}`);
    }
  }
  if (o.minScore !== void 0 && score.value < o.minScore) reasons.push(`score ${score.value} is below the minimum ${o.minScore}`);
  if (o.maxP1 !== void 0 && c.P1 > o.maxP1) reasons.push(`${c.P1} P1 findings exceed the maximum of ${o.maxP1}`);
  if (o.maxP2 !== void 0 && c.P2 > o.maxP2) reasons.push(`${c.P2} P2 findings exceed the maximum of ${o.maxP2}`);
  return { blocked: reasons.length > 0, reasons };
}

// src/main.ts
var PhaseClock = class {
  constructor(env) {
    this.env = env;
  }
  env;
  current;
  to(name) {
    const now = performance2.now();
    if (this.current) this.env.onPhase?.(this.current.name, now - this.current.t);
    this.current = name === null ? void 0 : { name, t: now };
    if (name !== null) this.env.onPhaseStart?.(name);
  }
};
function note(env, line) {
  if (line) env.info?.(line);
}
async function run(raw, env) {
  const t0 = performance2.now();
  const clock = new PhaseClock(env);
  try {
    return await phases(raw, env, clock, t0);
  } finally {
    clock.to(null);
  }
}
async function phases(raw, env, clock, t0) {
  const debug = env.debug;
  clock.to("policy");
  const baselineInput = raw.baseline?.trim();
  const outputs = prepareOutputs(
    Object.fromEntries(OUTPUT_INPUTS.map((n) => [n, (raw[n] ?? INPUTS[n].default).trim()])),
    env.cwd,
    void 0,
    baselineInput ? [baselineInput] : []
  );
  const network = env.network ?? new NetworkBudget();
  const source = await loadPolicy(raw, { cwd: env.cwd, event: env.event, network });
  const asWritten = withPolicyOrigin(source, () => resolveOptions(raw, { cwd: env.cwd, today: env.today, config: source.config ?? null }));
  const cacheOff = asWritten.cacheDir !== null ? env.factCache?.pointless?.(asWritten.cacheDir) : void 0;
  const options = cacheOff === void 0 ? asWritten : { ...asWritten, cacheDir: null };
  const pullRequest = isPullRequestEvent(env.event);
  const baseline = await baselineInForce(options, source, pullRequest);
  debug?.(`configuration: ${describeOrigin(source.origin, options.configFile)}`);
  const relRoot = relative2(env.cwd, options.root).split(sep3).join("/") || ".";
  if (cacheOff !== void 0) note(env, `fact cache: ${cacheOff}, and its folder under RUNNER_TEMP ends with the job: none is built; every file is read`);
  else if (options.cacheDir !== null && env.factCache) note(env, await env.factCache.restore(options.cacheDir, relRoot));
  const listing = gitListing(options.root, options.cacheDir !== null);
  clock.to("evidence");
  const evidence = await loadEvidence(options);
  const policyView = async (fs, inline) => resolveFindings(fs, options, inline, pullRequest ? (await newInlineSuppressions(fs, inline, options, source)).untrusted : void 0).active;
  const checks = env.checks ?? ALL_CHECKS;
  clock.to("discovery");
  const scan = await runChecks(options, checks, policyView, {
    onProgress: env.onProgress,
    onStage: (next) => clock.to(next),
    evidence,
    capture: SBOM_CAPTURE,
    contents: committedUnder(options.root, outputs.committed),
    network,
    gitListing: listing,
    ...pullRequest ? await baseConfigOf(source) : {}
  });
  if (debug) for (const line of scanDetails(scan)) debug(line);
  clock.to("sbom");
  const sbom = await sbomPhase(options, scan.workspace, TOOL, void 0, scan.memo);
  if (scan.cache && scan.memo) {
    const { saved, notice } = scan.memo.save();
    if (notice) scan.notices.push(notice);
    const replayed = scan.cache.replayed ? " (the same files as the last run: its replay done again at once)" : scan.cache.patched !== void 0 ? ` (the last run's replay, with the ${scan.cache.patched} changed file${scan.cache.patched === 1 ? "" : "s"} in place)` : "";
    note(env, `fact cache: ${scan.cache.hits} files answered from the cache${replayed}, ${scan.cache.read} read${saved ? `; ${scan.cache.entries} kept for the next run` : ""}`);
    if (saved && env.factCache) note(env, await env.factCache.save(options.cacheDir, relRoot));
  }
  const dependencyGraph = options.dependencyGraph ? dependencyGraphOf(inventoryOf(scan.workspace), withheldOf(scan.workspace, options), { commit: scan.discovery.commit, ...source.prefix !== void 0 ? { prefix: source.prefix } : {} }) : void 0;
  clock.to("verdict");
  const added = pullRequest ? await newInlineSuppressions(scan.findings, scan.inlineSuppressions, options, source) : void 0;
  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions, added?.untrusted);
  const findings = markBaseline(resolved.active, baseline.known).sort(compareFindings);
  const policy = {
    origin: source.origin,
    configFile: options.configFile ?? null,
    pullRequest,
    changes: sortChanges([
      ...pullRequest ? await configChanges(raw, source, options.root, options.cwd) : [],
      ...baseline.change ? [baseline.change] : [],
      ...added?.changes ?? [],
      ...scan.mapChange ? [mapChangeOf(scan.mapChange)] : []
    ]),
    notices: source.notices,
    baselineInForce: baseline.known !== void 0
  };
  const score = computeScore(findings, scan.outcomes);
  const blockers = [...scan.blockers, ...evidence.blockers];
  const verdict = decide(findings, score, options, blockers);
  const commit = env.github?.sha ?? scan.discovery.commit;
  return {
    tool: { ...TOOL },
    root: relative2(options.cwd, options.root).split("\\").join("/") || ".",
    commit,
    options,
    verdict,
    blockers,
    score,
    rules: Object.fromEntries(checks.map((c) => [c.meta.id, c.meta])),
    map: scan.map,
    counts: countBySeverity(findings),
    findings,
    suppressed: finalize(resolved.suppressed),
    outcomes: scan.outcomes,
    gaps: scan.gaps.slice().sort((a, b) => a.area.localeCompare(b.area) || a.component.localeCompare(b.component)),
    metrics: scan.metrics,
    evidence,
    profile: scan.profile,
    files: { scanned: scan.scanned, bytes: scan.timings.bytes, source: scan.discovery.source },
    skipped: scan.discovery.skipped,
    skippedExamples: scan.discovery.skippedExamples,
    ...scan.discovery.everyFileRead ? { everyFileRead: scan.discovery.everyFileRead } : {},
    malformed: [...scan.malformed, ...sbom.malformed].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind)),
    nonUtf8: scan.nonUtf8,
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: sbom.report,
    ...dependencyGraph ? { dependencyGraph } : {},
    links: linkContext(env, options.root, commit),
    notices: [...source.notices, ...evidence.notices ?? [], ...scan.notices],
    policy,
    secrets: scan.secrets,
    timings: { totalMs: performance2.now() - t0, ...scan.timings }
  };
}
function describeOrigin(o, configFile) {
  const file = configFile ? `'${configFile}'` : "no configuration file (built-in defaults)";
  switch (o.kind) {
    case "checkout":
      return configFile ? `${file}, from the checkout` : "no configuration file in the checkout: built-in defaults";
    case "base-commit":
      return `${file}, from the base commit ${o.sha.slice(0, 12)} (via ${o.via})`;
    case "trusted-file":
      return `'${o.path}', outside the checkout`;
    case "trusted-remote":
      return `${file}, from ${o.ref}`;
    case "defaults":
      return `built-in defaults (${o.reason})`;
  }
}
function scanDetails(scan) {
  const skipped = Object.entries(scan.discovery.skipped).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ");
  const rules = Object.entries(scan.timings.perRuleMs).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    `files: ${scan.scanned} scanned (${scan.timings.bytes} bytes), skipped: ${skipped || "none"}`,
    `discovery ${Math.round(scan.timings.discoverMs)} ms, file pass ${Math.round(scan.timings.readMs)} ms`,
    ...rules.map(([id, ms]) => `check ${id}: ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`)
  ];
}
function withPolicyOrigin(source, f) {
  try {
    return f();
  } catch (e) {
    const o = source.origin;
    if (!(e instanceof ConfigurationError) || o.kind !== "base-commit" || !/^config file /.test(e.message)) throw e;
    throw new ConfigurationError(`${e.message} (the configuration of the base commit ${o.sha.slice(0, 12)}: the pull request's copy is not used, fix it on the base branch)`);
  }
}
function linkContext(env, root, sha) {
  const g = env.github;
  if (!g?.repository || !sha) return null;
  const ws = g.workspace ? resolve6(g.workspace) : env.cwd;
  const prefix = relative2(ws, root).split("\\").join("/");
  return { serverUrl: (g.serverUrl ?? "https://github.com").replace(/\/+$/, ""), repository: g.repository, sha, prefix: prefix.startsWith("..") ? "" : prefix };
}
function committedUnder(root, committed) {
  const out = /* @__PURE__ */ new Map();
  for (const [abs, bytes] of committed) {
    const rel = relative2(root, abs).split("\\").join("/");
    if (rel !== "" && !rel.startsWith("../") && rel !== ".." && !rel.startsWith("/")) out.set(rel, bytes);
  }
  return out;
}
async function baseConfigOf(source) {
  const base = source.base;
  if (!base || base.via === "none") return {};
  const prefix = source.prefix ?? "";
  const all = await base.changed();
  const changed = all && new Set([...all].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  if (base.via === "api" && !changed) return {};
  return {
    baseConfig: {
      ...changed ? { changed } : {},
      read: async (path) => {
        const got = await base.read(prefix + path);
        return got.status === "found" ? { text: got.text, known: true } : got.status === "absent" ? { known: true } : { known: false };
      }
    }
  };
}
function mapChangeOf(c) {
  const shown = c.files.slice(0, 5).join(", ") + (c.files.length > 5 ? `, and ${c.files.length - 5} more` : "");
  return {
    kind: "repository-map",
    path: c.files[0] ?? ".",
    details: [
      `changes configuration the repository map reads: ${shown}`,
      c.kept === 0 ? "no file the base commit's configuration calls runtime code is taken out of it" : `${c.kept} ${c.kept === 1 ? "file" : "files"} the base commit's configuration calls runtime code ${c.kept === 1 ? "is" : "are"} still judged as runtime code`
    ],
    applied: c.kept === 0
  };
}

export {
  snapshotOf,
  snapshotTarget,
  correlatorOf,
  submitSnapshot,
  readEventFacts,
  TOOL,
  PhaseClock,
  run
};
