// Which jobs of a repository-level workflow concern the scanned subfolder (`path: services/api`).
// The one place that decides it, from the workflow's own configuration only:
//
// 1. Triggers. A change-driven trigger (push, pull_request, pull_request_target) with `paths:`
//    fires for the folder when one of its patterns can match a file inside it (`services/**`,
//    `services/api/**`, `**/*.py`; not `services/web/**`, `docs/**`, `*.md`), unless a later `!`
//    pattern covers the whole folder; with `paths-ignore:` it fires unless a pattern covers the
//    whole folder and no later `!` pattern takes part of it back. A workflow whose change-driven triggers all leave the folder out does not concern
//    it, whatever else starts it (a schedule or a manual run does not test the folder's changes). A
//    workflow with one unfiltered change-driven trigger, or none at all (release, workflow_dispatch,
//    workflow_call only), concerns it.
// 2. Jobs. A job names folders through `working-directory:` (step, job or workflow default), `cd`
//    and `pushd`, `--prefix`, `--cwd`, `--dir`, `--directory`, `--project`, `-C`, and the
//    `working-directory` / `workdir` / `context` inputs of actions. It concerns the folder when it
//    names none (it works on the whole repository), or one of them is the folder, lies above it or
//    inside it, or is an expression (`${{ matrix.dir }}`) that could be any of them.
//
// When unsure, it counts: a false "no CI" or "no deploy pipeline" is worse than a missed one.
// Known gap: only GitHub workflows are judged; other CI configurations at the root (GitLab's
// `rules: changes:`, CircleCI's path filtering) always count.
import picomatch from 'picomatch';
import { globProblem } from '../workspace/glob-guard.js';
import type { Job, Workflow } from './workflow.js';

/** Patterns and folder names longer than this are not judged (the job or trigger counts). */
const MAX_SEGMENTS = 64;
/** Filters with more patterns than this are not judged (the trigger counts). */
const MAX_PATTERNS = 256;

export interface WorkflowScope {
  /** Some change-driven trigger fires for the folder (or none is filtered). */
  triggered: boolean;
  /** Ids of the jobs that concern the folder (none when the workflow is not triggered for it). */
  jobs: Set<string>;
}

export function workflowScope(wf: Workflow, folder: string): WorkflowScope {
  const triggered = triggeredFor(wf, folder);
  const jobs = new Set<string>();
  if (triggered) for (const j of wf.jobs) if (jobConcerns(wf, j, folder)) jobs.add(j.id);
  return { triggered, jobs };
}

/** The workflow as the rules see it from `folder`: only the jobs that concern it. */
export function scopedWorkflow(wf: Workflow, folder: string): Workflow {
  const scope = workflowScope(wf, folder);
  return { ...wf, jobs: wf.jobs.filter((j) => scope.jobs.has(j.id)) };
}

const CHANGE_EVENTS = new Set(['push', 'pull_request', 'pull_request_target']);

function triggeredFor(wf: Workflow, folder: string): boolean {
  const events = wf.on.filter((e) => CHANGE_EVENTS.has(e));
  if (events.length === 0) return true;
  return events.some((event) => {
    const f = wf.pathFilters.find((p) => p.event === event);
    if (!f) return true;
    if ((f.paths?.length ?? 0) > MAX_PATTERNS || (f.pathsIgnore?.length ?? 0) > MAX_PATTERNS) return true;
    if (f.pathsIgnore !== undefined) {
      // In order too: a later `!pattern` takes back (part of) what an earlier one ignored.
      let ignored = false;
      for (const p of f.pathsIgnore) {
        if (p.startsWith('!')) {
          if (mayMatchInside(p.slice(1), folder)) ignored = false;
        } else if (covers(p, folder)) ignored = true;
      }
      if (ignored) return false;
    }
    if (f.paths === undefined) return true;
    // GitHub applies the patterns in order: a later `!pattern` excludes what an earlier one included.
    let fires = false;
    for (const p of f.paths) {
      if (p.startsWith('!')) {
        if (covers(p.slice(1), folder)) fires = false;
      } else if (mayMatchInside(p, folder)) fires = true;
    }
    return fires;
  });
}

/**
 * Whether a filter pattern can match some file inside `folder`: its segments, one by one, match the
 * folder's (a `**` matches any depth), and it goes deeper than the folder.
 */
export function mayMatchInside(pattern: string, folder: string): boolean {
  // A pattern whose matching could take long (glob-guard.ts) is not judged: it may match.
  if (globProblem(pattern) !== undefined) return true;
  const segs = pattern.replace(/^\.?\//, '').split('/');
  const dirs = folder.split('/');
  if (segs.length > MAX_SEGMENTS || dirs.length > MAX_SEGMENTS) return true;
  for (let i = 0; i < dirs.length; i++) {
    const seg = segs[i];
    if (seg === undefined) return false; // the pattern stops above the folder: it matches files there, not inside
    if (seg.includes('**')) return true;
    if (!segmentMatches(dirs[i]!, seg)) return false;
  }
  return segs.length > dirs.length;
}

/** Whether a pattern matches every file inside `folder` (probed with a shallow, a deep and a dotted file). */
export function covers(pattern: string, folder: string): boolean {
  if (globProblem(pattern) !== undefined) return false;
  const p = pattern.replace(/^\.?\//, '');
  const probes = [`${folder}/x`, `${folder}/x.x`, `${folder}/x/x/x.x`, `${folder}/.x/x.x`];
  try {
    const m = picomatch(p, { dot: true });
    return probes.every((x) => m(x));
  } catch {
    return false;
  }
}

function segmentMatches(name: string, seg: string): boolean {
  if (!/[*?[{+!]/.test(seg)) return name === seg;
  try {
    return picomatch.isMatch(name, seg, { dot: true });
  } catch {
    return true; // a pattern picomatch cannot read: assume it may match
  }
}

/** The job names no folder, or one that is the folder, above it, inside it, or not known before the run. */
function jobConcerns(wf: Workflow, job: Job, folder: string): boolean {
  const named = foldersOf(wf, job);
  if (named.length === 0) return true;
  return named.some((d) => d === undefined || related(d, folder));
}

function related(dir: string, folder: string): boolean {
  return dir === '' || dir === folder || folder.startsWith(`${dir}/`) || dir.startsWith(`${folder}/`);
}

const DIR_OPTIONS = new Set(['--prefix', '--cwd', '--dir', '--directory', '--project', '-C']);
const DIR_INPUTS = ['working-directory', 'working_directory', 'workdir', 'context'];

/**
 * The repository folders a job names, relative to the repository root ('' for the root itself);
 * undefined for one that is an expression or a variable. Absolute paths elsewhere (`cd /tmp`) are
 * not repository folders and are left out.
 */
function foldersOf(wf: Workflow, job: Job): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const add = (raw: string | undefined, base = '') => {
    if (raw === undefined) return;
    const d = normalise(raw, base);
    if (d !== null) out.push(d);
  };
  const jobDefault = job.workingDirectory ?? wf.workingDirectory;
  add(jobDefault);
  for (const step of job.steps) {
    for (const k of DIR_INPUTS) add(step.with[k]);
    if (!step.run) continue;
    const wd = step.workingDirectory ?? jobDefault;
    const base = wd === undefined ? '' : normalise(wd, '');
    if (step.workingDirectory !== undefined) add(step.workingDirectory);
    if (base === null) continue; // the step runs outside the repository (`working-directory: /tmp`)
    // A folder relative to a working directory only known at run time is not known either.
    const named = (value: string) => (base === undefined ? out.push(undefined) : add(value, base));
    for (const c of step.run.commands.slice(0, 200)) {
      const w = c.words;
      if ((w[0] === 'cd' || w[0] === 'pushd') && w[1] !== undefined && w[1] !== '-') named(w[1]);
      for (let i = 1; i < w.length && i < 100; i++) {
        const word = w[i]!;
        const eq = word.indexOf('=');
        const opt = eq > 0 ? word.slice(0, eq) : word;
        if (!DIR_OPTIONS.has(opt)) continue;
        const value = eq > 0 ? word.slice(eq + 1) : w[i + 1];
        if (value !== undefined && !value.startsWith('-')) named(value);
      }
    }
  }
  return out;
}

/**
 * A folder as written, relative to the repository root: `./services/api/` → `services/api`,
 * `${{ github.workspace }}/x` and `$GITHUB_WORKSPACE/x` → `x`; undefined for other expressions and
 * variables; null for a path outside the repository (`/tmp`, `~/.cache`, `..`).
 */
function normalise(raw: string, base: string): string | undefined | null {
  let d = raw.trim().replace(/^["']|["']$/g, '');
  d = d.replace(/^\$\{\{\s*github\.workspace\s*\}\}/, '$GITHUB_WORKSPACE').replace(/^\$\{GITHUB_WORKSPACE\}/, '$GITHUB_WORKSPACE');
  let absolute = false;
  if (d === '$GITHUB_WORKSPACE' || d.startsWith('$GITHUB_WORKSPACE/')) {
    d = d.slice('$GITHUB_WORKSPACE'.length);
    absolute = true;
  }
  if (d.includes('$') || d.includes('`')) return undefined;
  if (!absolute && (d.startsWith('/') || d.startsWith('~'))) return null;
  const parts = absolute || base === '' ? [] : base.split('/');
  for (const seg of d.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
    if (parts.length > MAX_SEGMENTS) return undefined;
  }
  return parts.join('/');
}
