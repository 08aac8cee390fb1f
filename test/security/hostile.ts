// Hostile repositories for test/security/: a pull request controls every file the gate reads, so
// each case builds the tree an attacker would commit (links, odd names, planted reports, a relaxed
// policy on the head commit) as a real git work tree, and runs the bundled action or the CLI on it
// exactly as a runner would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO, runAction, type ActionRun } from '../e2e/harness.js';

/** A file's content, or a symbolic link to `link` (relative or absolute, dangling allowed). */
export type Entry = string | Buffer | { link: string };
export type Tree = Record<string, Entry>;

function git(root: string, ...args: string[]): string {
  const p = spawnSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'attacker', GIT_AUTHOR_EMAIL: 'a@example.test', GIT_COMMITTER_NAME: 'attacker', GIT_COMMITTER_EMAIL: 'a@example.test', GIT_AUTHOR_DATE: '2026-11-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T00:00:00Z' },
  });
  if (p.status !== 0) throw new Error(`git ${args.join(' ')}: ${p.stderr}`);
  return p.stdout.trim();
}

/** Writes `tree` under `root` (links made as links), overwriting what is there. */
export function writeEntries(root: string, tree: Tree): void {
  for (const [p, e] of Object.entries(tree)) {
    const abs = join(root, p);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof e === 'object' && !Buffer.isBuffer(e)) symlinkSync(e.link, abs);
    else writeFileSync(abs, e);
  }
}

/** A fresh folder (its real path, so tests compare what the kernel reports). */
export function tempDir(prefix = 'rg-hostile-'): string {
  return realpathSync(mkdtempSync(join(tmpdir(), prefix)));
}

/** A git work tree with `tree` committed in one commit (untracked files can be added after). */
export function hostileRepo(tree: Tree): string {
  const root = tempDir();
  git(root, 'init', '-q', '-b', 'main');
  writeEntries(root, tree);
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'hostile');
  return root;
}

export interface PullRequest {
  root: string;
  baseSha: string;
  headSha: string;
  /** The runner's environment for a `pull_request` event on this repository (event file included). */
  env: Record<string, string>;
}

/**
 * A repository whose base commit holds `base` and whose head commit (checked out) adds `head` on
 * top: the shape of a pull request's merge checkout, with the event payload the runner writes.
 */
export function pullRequest(base: Tree, head: Tree, event: 'pull_request' | 'pull_request_target' = 'pull_request'): PullRequest {
  const root = tempDir();
  git(root, 'init', '-q', '-b', 'main');
  writeEntries(root, base);
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD');
  writeEntries(root, head);
  git(root, 'add', '-A', '-f');
  git(root, 'commit', '-q', '--allow-empty', '-m', 'head');
  const headSha = git(root, 'rev-parse', 'HEAD');
  const eventDir = tempDir('rg-event-');
  const eventPath = join(eventDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } }, repository: { full_name: 'acme/shop' } }));
  return {
    root,
    baseSha,
    headSha,
    env: { GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath, GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature', GITHUB_SHA: headSha },
  };
}

/** The bundled action on `workspace`, as the runner runs it (see test/e2e/harness.ts). */
export function action(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): ActionRun {
  return runAction({ workspace, inputs, env });
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The bundled CLI inside a workflow step (GITHUB_ACTIONS=true): its output is read by the runner too. */
export function cliInWorkflow(cwd: string, args: string[], env: Record<string, string> = {}): CliRun {
  const p = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'scan', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: cwd, ...env },
  });
  return { status: p.status, stdout: p.stdout, stderr: p.stderr };
}

/**
 * Lines the runner would execute as workflow commands, other than the gate's own annotations and
 * verdict: `::cmd` after leading whitespace (runner ActionCommand.TryParseV2 trims the start), and
 * `##[` anywhere (the v1 form, TryParse searches the whole line).
 */
export function injectedCommands(out: string, own: RegExp = /^::(error|warning|notice)( [^:]*)?::/): string[] {
  return out.split(/\r?\n/).filter((l) => (/^\s*::/.test(l) && !own.test(l)) || l.includes('##['));
}

export interface Loopback {
  port: number;
  /** Every request so far: its URL and the headers the tests look at. */
  requests(): Array<{ url: string; auth: string | null; accept: string | null }>;
  clear(): void;
  stop(): void;
}

/**
 * A GitHub API of a test's own on 127.0.0.1, in a child process (the action under test runs
 * synchronously). `handler` is the body of `(req, res, u) => { ... }`, u the request's URL; an
 * unanswered request gets 404.
 */
export async function loopbackApi(handler: string): Promise<Loopback> {
  const dir = tempDir('rg-api-');
  const log = join(dir, 'requests.log');
  writeFileSync(log, '');
  const script = join(dir, 'server.mjs');
  writeFileSync(
    script,
    `import { createServer } from 'node:http';
import { appendFileSync } from 'node:fs';
const handle = (req, res, u) => { ${handler} };
const s = createServer((req, res) => {
  appendFileSync(${JSON.stringify(log)}, JSON.stringify({ url: req.url, auth: req.headers.authorization ?? null, accept: req.headers.accept ?? null }) + '\\n');
  handle(req, res, new URL(req.url, 'http://x'));
  if (!res.headersSent) { res.writeHead(404, { 'content-type': 'application/json' }); res.end('{"message":"Not Found"}'); }
});
s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`,
  );
  const server = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((ok) => server.stdout!.once('data', (d: Buffer) => ok(Number(String(d).trim()))));
  return {
    port,
    requests: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url: string; auth: string | null; accept: string | null }),
    clear: () => writeFileSync(log, ''),
    stop: () => void server.kill(),
  };
}
