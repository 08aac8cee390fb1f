// `dependency-graph: true` (issue 15): the inventory's packages submitted to GitHub's dependency
// graph through the dependency submission API ("Create a snapshot of dependencies for a
// repository"), so Dependabot alerts and dependency review cover what the lockfiles pin. One
// snapshot per run, one manifest per lockfile or manifest the inventory parsed, with that file's
// own direct/indirect marks, scopes and edges (a package two lockfiles pin is in both).
//
// What is left out, and why:
//   - the project's own packages (workspace members, the root): they are no dependency, and a
//     name GitHub matched against a public package of the same name would raise foreign alerts;
//   - the components src/sbom/private.ts withholds from OSV (a private-packages glob, a scope or
//     registry of their own, GOPRIVATE, the project's Maven groups): advisories are about public
//     registries' packages, so a private one can only be matched by mistake;
//   - components without a version (a Maven version managed outside the repository): nothing to match;
//   - workflow files: GitHub reads them itself, under the purl type its advisories use. A user
//     submission outranks GitHub's own reading of the same file, so submitting ours would replace
//     alert-capable entries with ones no advisory names.
// A relationship or scope the file does not record is left out rather than guessed (GitHub then
// shows it as unknown): Cargo.lock and go.mod say nothing of development, a composer.lock nothing
// of what composer.json asks for directly.
//
// The snapshot body is deterministic but for `scanned`. A snapshot replaces the previous one of
// the same correlator and detector, so a body over the size bound is refused, never split: parts
// under several correlators would outlive the manifests they describe.
import type { LockedPackage } from '../ecosystems/types.js';
import type { EventFacts } from '../policy/source.js';
import type { Inventory } from '../sbom/inventory.js';
import type { WithheldReason } from '../sbom/private.js';
import type { RestSession } from './rest.js';

export interface GraphDependency {
  package_url: string;
  /** Absent when the file does not say what the project asks for directly. */
  relationship?: 'direct' | 'indirect';
  /** Absent when the file does not record development dependencies. */
  scope?: 'runtime' | 'development';
  /** purls of the packages it depends on, within the same manifest, sorted. */
  dependencies: string[];
}

export interface GraphManifest {
  /** Root-relative path of the lockfile or manifest. */
  path: string;
  /** The inventory's ecosystem id (`npm`, `poetry`, `go`...). */
  ecosystem: string;
  /** Keyed by purl, in purl order. */
  resolved: Record<string, GraphDependency>;
}

export const LEFT_OUT = ['project', 'private', 'no-version'] as const;
export type LeftOut = (typeof LEFT_OUT)[number];

/** What the run would submit: built from the inventory by the engine, sent by the action. */
export interface DependencyGraph {
  /** Sorted by path; a file with nothing to submit is not listed. */
  manifests: GraphManifest[];
  /** Entries over all manifests (a package two manifests pin counts twice). */
  packages: number;
  /** Distinct components never submitted, per reason (only reasons that apply). */
  leftOut: Partial<Record<LeftOut, number>>;
  /** Workflow files left to GitHub's own reading of them. */
  workflows: number;
  /** The scanned checkout's commit (git HEAD), null outside git: the snapshot is only this commit's. */
  commit: string | null;
  /** The scanned folder within its git repository (`services/api/`, '' at the top), when git says. */
  prefix?: string;
}

/** Ecosystems whose files record development dependencies, so "not development" means runtime. */
const SCOPED = new Set(['npm', 'pnpm', 'composer', 'pipenv', 'maven', 'gradle', 'nuget-project', 'requirements']);
/** Files GitHub's dependency graph reads itself, under purl types of its own (see above). */
const LEFT_TO_GITHUB = new Set(['github-actions']);

/** The dependency graph of an inventory; `withheld` is src/sbom/private.ts's answer for it. */
export function dependencyGraphOf(inv: Inventory, withheld: ReadonlyMap<string, WithheldReason>, checkout: { commit: string | null; prefix?: string } = { commit: null }): DependencyGraph {
  const leftOut = new Map<string, LeftOut>();
  const isProject = (p: LockedPackage) => p.workspace === true || (inv.root.purl !== undefined && p.purl === inv.root.purl) || withheld.get(p.purl) === 'workspace';
  const reasonOf = (p: LockedPackage): LeftOut | undefined => {
    if (isProject(p)) return 'project';
    if (withheld.has(p.purl)) return 'private';
    if (!p.version) return 'no-version';
    return undefined;
  };
  const manifests: GraphManifest[] = [];
  let packages = 0;
  let workflows = 0;
  for (const entry of inv.lockfiles) {
    const pkgs = entry.status === 'parsed' ? inv.perFile.get(entry.path) : undefined;
    if (!pkgs) continue;
    if (LEFT_TO_GITHUB.has(entry.ecosystem)) {
      workflows++;
      continue;
    }
    const kept: LockedPackage[] = [];
    for (const p of pkgs) {
      const why = reasonOf(p);
      if (why) leftOut.set(p.purl, why);
      else kept.push(p);
    }
    if (kept.length === 0) continue;
    // What the project's own packages depend on is what the project asks for directly (an npm
    // workspace's dependencies are edges from the workspace in package-lock.json, not root entries).
    const fromProject = new Set<string>();
    for (const p of pkgs) if (isProject(p)) for (const t of p.dependsOn ?? []) fromProject.add(t);
    const relationshipKnown = fromProject.size > 0 || pkgs.some((p) => p.direct === true && !isProject(p));
    const scopeKnown = SCOPED.has(entry.ecosystem) || pkgs.some((p) => p.dev === true);
    const keys = new Set(kept.map((p) => p.purl));
    const resolved: Record<string, GraphDependency> = {};
    for (const p of [...kept].sort((a, b) => cmp(a.purl, b.purl))) {
      if (Object.hasOwn(resolved, p.purl)) continue;
      resolved[p.purl] = {
        package_url: p.purl,
        ...(relationshipKnown ? { relationship: p.direct === true || fromProject.has(p.purl) ? ('direct' as const) : ('indirect' as const) } : {}),
        ...(scopeKnown ? { scope: p.dev === true ? ('development' as const) : ('runtime' as const) } : {}),
        dependencies: [...new Set((p.dependsOn ?? []).filter((t) => t !== p.purl && keys.has(t)))].sort(cmp),
      };
    }
    packages += Object.keys(resolved).length;
    manifests.push({ path: entry.path, ecosystem: entry.ecosystem, resolved });
  }
  manifests.sort((a, b) => cmp(a.path, b.path));
  // Counted only when no manifest submits it (a workspace member in one lockfile may be a registry
  // package in another).
  const submitted = new Set(manifests.flatMap((m) => Object.keys(m.resolved)));
  const counts: Partial<Record<LeftOut, number>> = {};
  for (const reason of LEFT_OUT) {
    let n = 0;
    for (const [purl, r] of leftOut) if (r === reason && !submitted.has(purl)) n++;
    if (n > 0) counts[reason] = n;
  }
  return { manifests, packages, leftOut: counts, workflows, commit: checkout.commit, ...(checkout.prefix !== undefined ? { prefix: checkout.prefix } : {}) };
}

// ---------------------------------------------------------------- the snapshot

export interface Snapshot {
  version: 0;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: string;
  manifests: Record<string, { name: string; file: { source_location: string }; resolved: Record<string, GraphDependency> }>;
}

export interface SnapshotFacts {
  sha: string;
  ref: string;
  correlator: string;
  /** The workflow run (GITHUB_RUN_ID), and its page. */
  jobId: string;
  jobUrl?: string;
  detector: { name: string; version: string; url: string };
  /** The scanned folder relative to the repository root ('' for the root): manifests are named from the root. */
  prefix: string;
  /** ISO 8601: the only field that differs between two runs on the same tree. */
  scanned: string;
}

export function snapshotOf(g: DependencyGraph, f: SnapshotFacts): Snapshot {
  const prefix = f.prefix.replace(/^\/+|\/+$/g, '');
  const manifests: Snapshot['manifests'] = {};
  for (const m of g.manifests) {
    const path = prefix ? `${prefix}/${m.path}` : m.path;
    manifests[path] = { name: path, file: { source_location: path }, resolved: m.resolved };
  }
  return {
    version: 0,
    sha: f.sha,
    ref: f.ref,
    job: { correlator: f.correlator, id: f.jobId, ...(f.jobUrl ? { html_url: f.jobUrl } : {}) },
    detector: f.detector,
    scanned: f.scanned,
    manifests,
  };
}

/**
 * GitHub documents no size limit for a snapshot; bodies of tens of megabytes have been taken and
 * then made the dependency graph page time out (gradle/gradle-build-action#791). Past this the
 * snapshot is refused with a warning: a lockfile tree that large is better split by `path`.
 */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** A git ref as GitHub takes it: `refs/...`, no blanks, controls, `..` or the characters git forbids. */
// eslint-disable-next-line no-control-regex
const REF = /^refs\/(?!.*\.\.)(?!.*\/\/)[^\x00-\x20\x7f~^:?*[\\]{1,250}$/;

/** Where the snapshot goes, or why none is sent (`warn`: the workflow asked for something that cannot be true). */
export type SnapshotTarget = { sha: string; ref: string } | { skip: string; warn?: boolean };

/**
 * The commit and ref the snapshot belongs to, or why none is submitted. A pull request's snapshot
 * goes to its head commit and branch (where dependency review looks for it), and only when that
 * branch is this repository's: a fork's token is read-only, and a fork's branch name is its
 * author's choice (`main` would land on this repository's main). On pull_request_target the token
 * may write while the workflow may have checked out the pull request: nothing is submitted. And
 * the scanned checkout must be the commit the snapshot names: a job that scans another ref or
 * another repository (a fleet job) would otherwise file those dependencies under this commit.
 */
export function snapshotTarget(event: EventFacts | undefined, env: NodeJS.ProcessEnv, scanned: string | null): SnapshotTarget {
  const name = event?.name ?? env.GITHUB_EVENT_NAME;
  if (name === 'pull_request_target') return { skip: 'a pull_request_target event (a token that may write, and a checkout that may be the pull request\'s): nothing is submitted' };
  let target: { sha: string; ref: string };
  const accepted = [env.GITHUB_SHA];
  if (name === 'pull_request' || name === 'pull_request_review' || name === 'pull_request_review_comment') {
    const base = (event?.repository ?? env.GITHUB_REPOSITORY ?? '').toLowerCase();
    if (!event?.headRepository || event.headRepository.toLowerCase() !== base) return { skip: 'a pull request from a fork (or from a repository the event does not name): its token is read-only and its branch is not this repository\'s' };
    const ref = event.headRef !== undefined ? `refs/heads/${event.headRef}` : '';
    if (!event.headSha || !SHA.test(event.headSha) || !REF.test(ref)) return { skip: 'the pull request event names no head commit and branch', warn: true };
    // The checkout is the merge commit (GITHUB_SHA) or, checked out on purpose, the head itself.
    accepted.push(event.headSha);
    target = { sha: event.headSha, ref };
  } else {
    const sha = env.GITHUB_SHA ?? '';
    const ref = env.GITHUB_REF ?? '';
    if (!SHA.test(sha) || !REF.test(ref)) return { skip: 'no commit and ref to submit for (GITHUB_SHA and GITHUB_REF as a runner sets them)', warn: true };
    target = { sha, ref };
  }
  if (scanned === null) return { skip: 'the scanned folder is no git checkout, so which commit its dependencies belong to is unknown', warn: true };
  if (!accepted.includes(scanned)) return { skip: `the scanned checkout is at ${scanned.slice(0, 12)}, not at the workflow's commit ${target.sha.slice(0, 12)}: its dependencies are not that commit's`, warn: true };
  return target;
}

/**
 * One snapshot per workflow, job and scanned folder: GitHub keeps the latest snapshot of each
 * correlator, so two gate steps scanning two folders (or a matrix over `path`) keep one each.
 */
export function correlatorOf(env: NodeJS.ProcessEnv, root: string): string {
  const parts = ['readiness-gate', env.GITHUB_WORKFLOW ?? '', env.GITHUB_JOB ?? '', root === '.' ? '' : root].map((s) => s.trim()).filter(Boolean);
  return parts.join(' ').slice(0, 1000);
}

// ---------------------------------------------------------------- the submission

/** As the upload's outcome: `info` is a log line, a `warning` joins the run's annotations. Never a changed verdict. */
export interface GraphOutcome {
  level: 'info' | 'warning';
  text: string;
}

interface SnapshotAnswer {
  id?: unknown;
  result?: unknown;
  message?: unknown;
}

const PERMISSION = 'grant `permissions: contents: write` to the job (and keep the dependency graph enabled in the repository settings)';

export async function submitSnapshot(api: RestSession, snapshot: Snapshot, graph: DependencyGraph, maxBytes = MAX_SNAPSHOT_BYTES): Promise<GraphOutcome> {
  const body = JSON.stringify(snapshot);
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > maxBytes) {
    return {
      level: 'warning',
      text: `dependency-graph: the snapshot is ${bytes} bytes (${graph.manifests.length} manifests, ${graph.packages} packages), over the ${maxBytes} bytes this action sends in one request; nothing was submitted. Scan the projects of this repository in separate steps (the \`path\` input): each gets a snapshot of its own.`,
    };
  }
  let answer: SnapshotAnswer | undefined;
  try {
    // `data`: the body exactly as built, not re-assembled from parameters.
    answer = await api.request<SnapshotAnswer>('POST /repos/{owner}/{repo}/dependency-graph/snapshots', { data: snapshot });
  } catch (e) {
    const err = e as { status?: unknown; message?: string };
    const why = plain(err.message ?? String(e));
    if (err.status === 403 || err.status === 404) {
      return { level: 'warning', text: `dependency-graph: the token may not submit to the dependency graph (${why}): a read-only token, as on pull requests from forks or with the default read permissions; ${PERMISSION}. Nothing was submitted; the verdict is unchanged.` };
    }
    if (typeof err.status === 'number') return { level: 'warning', text: `dependency-graph: GitHub refused the snapshot (${why}); nothing was submitted; the verdict is unchanged.` };
    return { level: 'warning', text: `dependency-graph: the snapshot could not be sent (${why}); nothing was submitted; the verdict is unchanged.` };
  }
  const result = typeof answer?.result === 'string' ? plain(answer.result) : '';
  const message = typeof answer?.message === 'string' && answer.message ? ` ${plain(answer.message)}` : '';
  if (result === 'INVALID') return { level: 'warning', text: `dependency-graph: GitHub took the snapshot but found it invalid:${message || ' (no message)'}` };
  const id = typeof answer?.id === 'number' && Number.isSafeInteger(answer.id) ? ` ${answer.id}` : '';
  return { level: 'info', text: `readiness-gate: dependency-graph: snapshot${id} submitted for ${snapshot.sha.slice(0, 12)} (${snapshot.ref}): ${describe(graph)}${result ? ` (${result}${message ? `:${message}` : ''})` : ''}.` };
}

/** `3 manifests, 512 packages; not submitted: ...` */
export function describe(g: DependencyGraph): string {
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const out = [`${n(g.manifests.length, 'manifest')}, ${n(g.packages, 'package')}`];
  const left: string[] = [];
  if (g.leftOut.project) left.push(`${n(g.leftOut.project, 'package')} of the project itself`);
  if (g.leftOut.private) left.push(`${n(g.leftOut.private, 'private package')}`);
  if (g.leftOut['no-version']) left.push(`${n(g.leftOut['no-version'], 'package')} without a version`);
  if (g.workflows) left.push(`${n(g.workflows, 'workflow file')} (GitHub reads them itself)`);
  if (left.length) out.push(`not submitted: ${left.join(', ')}`);
  return out.join('; ');
}

/** GitHub's text in a warning: one line, no control characters, bounded. */
function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').trim().slice(0, 300);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
