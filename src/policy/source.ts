// Where the policy comes from (SPEC §9 "Passes are earned"). A pull request controls every file in
// the checkout, its `.readiness-gate.yml` included, so on pull_request and pull_request_target
// events the configuration is read from the base commit of the event: from the local object store
// when the checkout has it, else through the contents API, else the built-in defaults (with a
// notice). A `config` input naming a file outside the checked-out repository, or
// `owner/repo/path@ref`, is the platform team's policy and wins over both. Outside pull request
// events (push, a local run) the checked-out configuration is the policy, as it always was.
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { fetchRepoFile, fetchPullFiles, GitHubApiError } from '../github/client.js';
import type { NetworkBudget } from '../net/budget.js';
import { CONFIG_CANDIDATES, CONFIG_MAX_BYTES, readCheckoutConfig, relPosix, type ConfigText, type RawInputs } from '../inputs.js';
import { readRegularText, trustedRoots, UnsafeFileError, within } from '../workspace/safe-open.js';

/** What the runner says about the event (the CLI inside a workflow sees the same environment). */
export interface EventFacts {
  name: string;
  /** pull_request.base.sha, on pull request events. */
  baseSha?: string;
  /** owner/name of the base repository. */
  repository?: string;
  /** The pull request's number, on pull request events (to list the files it changes). */
  pullNumber?: number;
  /** pull_request.head.sha: the commit a check run belongs to (GITHUB_SHA is the merge or base commit). */
  headSha?: string;
  /** pull_request.head.ref: the branch the pull request comes from (its name is the author's choice). */
  headRef?: string;
  /** pull_request.head.repo.full_name: another repository than `repository` for a fork's pull request. */
  headRepository?: string;
  apiUrl?: string;
}

/**
 * Events whose checkout holds a pull request's changes: the policy is the base commit's. Reviews and
 * review comments run on the pull request's merge commit too; a merge queue group on its changes.
 */
const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'merge_group']);
/** The event payload is the runner's own file; still, a bounded read. */
const EVENT_MAX_BYTES = 64 * 1024 * 1024;

export function readEventFacts(env: NodeJS.ProcessEnv = process.env): EventFacts | undefined {
  const name = env.GITHUB_EVENT_NAME;
  if (!name) return undefined;
  const facts: EventFacts = { name, repository: env.GITHUB_REPOSITORY || undefined, apiUrl: env.GITHUB_API_URL || undefined };
  if (PR_EVENTS.has(name) && env.GITHUB_EVENT_PATH) {
    try {
      if (statSync(env.GITHUB_EVENT_PATH).size <= EVENT_MAX_BYTES) {
        const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
          pull_request?: { number?: unknown; base?: { sha?: unknown; repo?: { full_name?: unknown } }; head?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null } };
          merge_group?: { base_sha?: unknown };
          repository?: { full_name?: unknown };
        };
        const sha = payload.pull_request?.base?.sha ?? payload.merge_group?.base_sha;
        if (typeof sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha)) facts.baseSha = sha;
        const head = payload.pull_request?.head?.sha;
        if (typeof head === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(head)) facts.headSha = head;
        const headRef = payload.pull_request?.head?.ref;
        if (typeof headRef === 'string' && headRef.length <= 255) facts.headRef = headRef;
        const headRepo = payload.pull_request?.head?.repo?.full_name;
        if (typeof headRepo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(headRepo)) facts.headRepository = headRepo;
        const n = payload.pull_request?.number;
        if (typeof n === 'number' && Number.isSafeInteger(n) && n > 0) facts.pullNumber = n;
        const repo = payload.pull_request?.base?.repo?.full_name ?? payload.repository?.full_name;
        if (typeof repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(repo)) facts.repository = repo;
      }
    } catch {
      /* no readable payload: the base commit is unknown, the defaults apply (with a notice) */
    }
  }
  return facts;
}

export function isPullRequestEvent(e: EventFacts | undefined): boolean {
  return e !== undefined && PR_EVENTS.has(e.name);
}

export type PolicyOrigin =
  /** Push or local run: the checked-out configuration. */
  | { kind: 'checkout' }
  /** The base commit of the pull request (`via` git = local object store, api = contents API). */
  | { kind: 'base-commit'; sha: string; via: 'git' | 'api' }
  /** A `config` input outside the checked-out repository. */
  | { kind: 'trusted-file'; path: string }
  /** A `config` input `owner/repo/path@ref`. */
  | { kind: 'trusted-remote'; ref: string }
  /** A pull request whose base commit could not be read: the built-in defaults. */
  | { kind: 'defaults'; reason: string };

/** A file at the base commit: its text, absent (no such file there), or unknown (could not be read). */
export type BaseFile = { status: 'found'; text: string } | { status: 'absent' } | { status: 'unknown'; why: string };

/** Reads files of the base commit, by path relative to the repository's top level. */
export interface BaseReader {
  sha: string;
  /** At most `maxBytes` (default CONFIG_MAX_BYTES); a larger file is `unknown`. Answers are remembered. */
  read(repoPath: string, maxBytes?: number): Promise<BaseFile>;
  /** How the base is read: the local object store, the contents API, or not at all. */
  via: 'git' | 'api' | 'none';
  /**
   * The paths (relative to the repository's top level) the pull request changes, deleted and renamed
   * ones included; undefined when they cannot be listed.
   */
  changed(): Promise<ReadonlySet<string> | undefined>;
}

export interface PolicySource {
  origin: PolicyOrigin;
  /** The configuration in force; undefined = the built-in defaults. */
  config?: ConfigText;
  /** On pull request events: reads the base commit (baseline, inline suppressions, config diff). */
  base?: BaseReader;
  /** The scanned root's path inside its git repository ('' at the top, undefined outside git). */
  prefix?: string;
  /** The repository's top-level folder, when the scanned root is in a git work tree. */
  toplevel?: string;
  notices: string[];
}

export interface PolicyContext {
  cwd: string;
  event?: EventFacts;
  env?: NodeJS.ProcessEnv;
  /**
   * The run's allowance for waiting on the network: contents API reads that get no answer in time
   * are `unknown`, which keeps their fail-closed meaning (the defaults apply, additions stay untrusted).
   */
  network?: NetworkBudget;
}

/** `owner/repo/path@ref`: the platform team's policy in another repository. */
const REMOTE = /^([A-Za-z0-9_.-]{1,100})\/([A-Za-z0-9_.-]{1,100})\/([^@\s]{1,1000})@([^@\s]{1,250})$/;

export async function loadPolicy(raw: RawInputs, pc: PolicyContext): Promise<PolicySource> {
  const env = pc.env ?? process.env;
  const root = resolve(pc.cwd, raw.path?.trim() || '.');
  const explicit = raw.config?.trim() || undefined;
  const token = tokenOf(raw);
  const apiUrl = pc.event?.apiUrl ?? env.GITHUB_API_URL;
  const git = gitFacts(root);
  const notices: string[] = [];
  const budget = pc.network;

  // The platform team's policy in a repository of its own.
  const remote = explicit ? REMOTE.exec(explicit) : null;
  // Decided by the input's shape alone: the pull request could add a file of that name to the checkout.
  if (explicit && remote) {
    const [, owner, repo, path, ref] = remote as unknown as [string, string, string, string, string];
    if (!token) throw new ConfigurationError(`input 'config': ${explicit} is read through the contents API, which needs input 'github-token'`);
    const got = await fetchRepoFile({ token, repository: `${owner}/${repo}`, apiUrl, budget }, path, ref, CONFIG_MAX_BYTES).catch((e: unknown) => {
      throw new ConfigurationError(`input 'config': ${explicit} cannot be read (${e instanceof GitHubApiError ? e.message : String(e)})`);
    });
    if (got === undefined) throw new ConfigurationError(`input 'config': ${explicit} does not exist; accepted: owner/repo/path@ref of an existing file`);
    // The baseline and inline suppressions are still dated against the base commit.
    const base = isPullRequestEvent(pc.event) ? baseReader(root, git, pc.event!, token, apiUrl, budget).reader : undefined;
    return { origin: { kind: 'trusted-remote', ref: explicit }, config: { text: got, label: explicit }, base, prefix: git?.prefix, toplevel: git?.toplevel, notices };
  }

  if (!exists(root)) return { origin: { kind: 'checkout' }, notices }; // resolveOptions names the bad `path`
  const pr = isPullRequestEvent(pc.event);
  const explicitAbs = explicit ? (isAbsolute(explicit) ? resolve(explicit) : resolve(pc.cwd, explicit)) : undefined;
  // Outside the scanned repository (another checkout, RUNNER_TEMP, a path the workflow chose):
  // the pull request did not write it, so it is the policy, on every event.
  if (explicitAbs && !pullRequestWrites(root, git, explicitAbs)) {
    const roots = trustedRoots(pc.cwd, env);
    const text = readConfigInput(explicitAbs, roots.some((r) => within(r, explicitAbs)) ? roots : [dirname(explicitAbs)], explicit!);
    const base = pr ? baseReader(root, git, pc.event!, token, apiUrl, budget).reader : undefined;
    return { origin: pr ? { kind: 'trusted-file', path: explicitAbs } : { kind: 'checkout' }, config: { text, label: relPosix(root, explicitAbs) }, base, prefix: git?.prefix, toplevel: git?.toplevel, notices };
  }

  if (!pr) return { origin: { kind: 'checkout' }, config: readCheckoutConfig(raw, pc.cwd, root), prefix: git?.prefix, toplevel: git?.toplevel, notices };

  // A pull request: the base commit's configuration, never the checkout's.
  const base = baseReader(root, git, pc.event!, token, apiUrl, budget);
  // Repository paths at the base commit, with the label each is reported under (root-relative).
  const candidates = explicitAbs
    ? [{ label: relPosix(root, explicitAbs), repoPath: git ? relative(git.toplevel, real(explicitAbs)).split(sep).join('/') : relPosix(root, explicitAbs) }]
    : CONFIG_CANDIDATES.map((c) => ({ label: c, repoPath: (git?.prefix ?? '') + c }));
  if (base.via === 'none') {
    notices.push(`The base commit of this pull request could not be read (${base.why}): the built-in default policy applies, not the pull request's configuration.`);
    return { origin: { kind: 'defaults', reason: base.why }, base: base.reader, prefix: git?.prefix, toplevel: git?.toplevel, notices };
  }
  for (const c of candidates) {
    const got = await base.reader.read(c.repoPath);
    if (got.status === 'found') {
      return { origin: { kind: 'base-commit', sha: base.reader.sha, via: base.via }, config: { text: got.text, label: c.label }, base: base.reader, prefix: git?.prefix, toplevel: git?.toplevel, notices };
    }
    if (got.status === 'unknown') {
      notices.push(`The base commit's configuration could not be read (${got.why}): the built-in default policy applies, not the pull request's configuration.`);
      return { origin: { kind: 'defaults', reason: got.why }, base: base.reader, prefix: git?.prefix, toplevel: git?.toplevel, notices };
    }
  }
  // The base commit has no configuration file: its policy is the defaults.
  return { origin: { kind: 'base-commit', sha: base.reader.sha, via: base.via }, base: base.reader, prefix: git?.prefix, toplevel: git?.toplevel, notices };
}

/** A configuration file named by the `config` input, through safe-open (never a link, a device or a huge file). */
function readConfigInput(abs: string, roots: readonly string[], asGiven: string): string {
  try {
    return readRegularText(abs, { roots, maxBytes: CONFIG_MAX_BYTES });
  } catch (e) {
    if (e instanceof UnsafeFileError) throw new ConfigurationError(`input 'config': ${asGiven} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    throw e;
  }
}

function tokenOf(raw: RawInputs): string | undefined {
  const t = raw['github-token']?.trim();
  // The action.yml default is an expression; outside a runner it arrives unexpanded.
  return t && !t.startsWith('${{') ? t : undefined;
}

// ---------------------------------------------------------------- the base commit

interface GitFacts {
  toplevel: string;
  /** The scanned root inside the repository, '' or ending in '/'. */
  prefix: string;
}

function git(cwd: string, args: string[], maxBuffer = 1 << 20): { ok: boolean; out: string } {
  const p = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer,
    timeout: 30_000,
    // Never prompt, never page; paths are file names (the pull request names files), never pathspec magic.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0', GIT_LITERAL_PATHSPECS: '1' },
  });
  return { ok: p.status === 0 && !p.error, out: p.stdout ?? '' };
}

function gitFacts(root: string): GitFacts | undefined {
  if (!exists(root)) return undefined;
  // One process for both (each git start is 10 to 15 ms of a re-run): a line each, unless a path
  // holds a line break itself, when they are asked apart.
  const both = git(root, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (!both.ok) return undefined;
  const lines = both.out.split('\n');
  if (lines.length === 3 && lines[2] === '') return { toplevel: lines[0]!.trim(), prefix: lines[1]!.trim() };
  const top = git(root, ['rev-parse', '--show-toplevel']);
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (!top.ok || !prefix.ok) return undefined;
  return { toplevel: top.out.trim(), prefix: prefix.out.trim() };
}

function baseReader(
  root: string,
  g: GitFacts | undefined,
  event: EventFacts,
  token: string | undefined,
  apiUrl: string | undefined,
  budget: NetworkBudget | undefined,
): { reader: BaseReader; via: 'git' | 'api'; why?: undefined } | { reader: BaseReader; via: 'none'; why: string } {
  const sha = event.baseSha;
  const none = (why: string) => ({ reader: { sha: sha ?? '', via: 'none' as const, read: async (): Promise<BaseFile> => ({ status: 'unknown', why }), changed: async () => undefined }, via: 'none' as const, why });
  if (!sha) return none('the event payload names no base commit');
  if (g && git(root, ['cat-file', '-e', `${sha}^{commit}`]).ok) {
    return { reader: remembered({ sha, via: 'git', read: async (p, max = CONFIG_MAX_BYTES) => gitShow(root, sha, p, max), changed: async () => gitChanged(root, sha) }), via: 'git' };
  }
  if (!token || !event.repository) {
    return none(`the base commit ${sha.slice(0, 7)} is not in the checkout and ${!token ? "no 'github-token' is given" : 'the repository is unknown'} to read it through the API`);
  }
  const repository = event.repository;
  return {
    reader: remembered({
      sha,
      via: 'api',
      read: async (p, max = CONFIG_MAX_BYTES) => {
        try {
          const text = await fetchRepoFile({ token, repository, apiUrl, budget }, p, sha, max);
          return text === undefined ? { status: 'absent' } : { status: 'found', text };
        } catch (e) {
          return { status: 'unknown', why: `contents API: ${e instanceof GitHubApiError ? e.message : String(e)}` };
        }
      },
      changed: async () => {
        if (event.pullNumber === undefined) return undefined;
        try {
          return await fetchPullFiles({ token, repository, apiUrl, budget }, event.pullNumber);
        } catch {
          return undefined;
        }
      },
    }),
    via: 'api',
  };
}

/** What `git diff` says the head changes against the base (both sides of a rename); undefined if it cannot tell. */
function gitChanged(root: string, sha: string): ReadonlySet<string> | undefined {
  const d = git(root, ['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--no-renames', sha, 'HEAD']);
  return d.ok ? new Set(d.out.split('\0').filter(Boolean)) : undefined;
}

/** One read per path and size: the configuration, baseline and suppression passes ask for the same files. */
function remembered(r: BaseReader): BaseReader {
  const memo = new Map<string, Promise<BaseFile>>();
  return {
    ...r,
    read(p, max = CONFIG_MAX_BYTES) {
      const k = `${max}\0${p}`;
      let hit = memo.get(k);
      if (!hit) memo.set(k, (hit = r.read(p, max)));
      return hit;
    },
  };
}

/** A file of `sha` from the local object store: only a regular blob (a link there is not followed), size-capped. */
function gitShow(root: string, sha: string, repoPath: string, maxBytes: number): BaseFile {
  // --full-tree: the path is the repository top's, not relative to the scanned folder git runs in.
  const entry = git(root, ['ls-tree', '--full-tree', '-z', sha, '--', repoPath]);
  if (!entry.ok) return { status: 'unknown', why: `git ls-tree failed for ${repoPath}` };
  // `<mode> <type> <object>\t<path>\0`; a folder of that name is a tree, not a file.
  const first = entry.out.split('\0').find((l) => l.endsWith(`\t${repoPath}`));
  if (!first) return { status: 'absent' };
  const [mode, type, object] = first.split('\t')[0]!.split(' ');
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) return { status: 'unknown', why: `${repoPath} is not a regular file at the base commit` };
  const size = Number(git(root, ['cat-file', '-s', object!]).out.trim());
  if (!Number.isFinite(size) || size > maxBytes) return { status: 'unknown', why: `${repoPath} at the base commit is larger than ${maxBytes} bytes` };
  const blob = git(root, ['cat-file', 'blob', object!], maxBytes + 1024);
  if (!blob.ok) return { status: 'unknown', why: `git cat-file failed for ${repoPath}` };
  return { status: 'found', text: blob.out.charCodeAt(0) === 0xfeff ? blob.out.slice(1) : blob.out };
}

/**
 * Whether the pull request could have written `abs`: a file in the scanned repository's work tree
 * (tracked or not), or in a submodule of it (the pull request moves the submodule's commit). A
 * file of another repository checked out inside the workspace (the platform team's policy) is not.
 * Without git, anything under the scanned root counts as the pull request's.
 */
export function pullRequestWrites(root: string, g: { toplevel: string } | undefined, abs: string): boolean {
  if (!g) return within(root, abs);
  const dir = dirname(real(abs));
  const top = git(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return within(root, abs) || within(g.toplevel, dir);
  const own = realOf(top.out.trim());
  if (own === realOf(g.toplevel)) return true;
  const superproject = git(dir, ['rev-parse', '--show-superproject-working-tree']).out.trim();
  return superproject !== '' && within(realOf(g.toplevel), realOf(superproject));
}

function realOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The path of `abs` in the checked-out repository when the commit tracks it (a file the pull request
 * could have written), else undefined.
 */
export function trackedPath(toplevel: string, abs: string): string | undefined {
  const r = real(abs);
  if (!within(toplevel, r)) return undefined;
  const p = relative(toplevel, r).split(sep).join('/');
  return git(toplevel, ['ls-files', '--error-unmatch', '--', p]).ok ? p : undefined;
}

/** `p` with its folder's links resolved (git reports real paths); the last component is kept as is. */
function real(p: string): string {
  try {
    return join(realpathSync(dirname(p)), basename(p));
  } catch {
    return p;
  }
}

// ---------------------------------------------------------------- paths

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

