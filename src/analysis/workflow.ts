// The GitHub Actions workflow model, parsed once per file (SourceFile.memo) and read by every
// workflow rule, the SBOM (action references) and the gap table.
//
// API
//   isWorkflowPath(path)            .github/workflows/*.yml|yaml
//   workflowOf(f: SourceFile)       memoised parseWorkflow(f.path, f.text) (scoped to the folder for a repository-level file)
//   ciPathOf(f)                     the path a CI service reads the file at (repository-relative)
//   parseWorkflow(path, text)       → Workflow (never throws; `malformed` says why it could not be read)
//   actionRefs(wf)                  → every `uses:` of jobs (reusable workflows) and steps, with lines
//   parseUses(raw, line)            → ActionRef ('action' | 'docker' | 'local' | 'reusable')
//   constantFalse(cond)             `if:` that can never be true (false, ${{ 1 == 2 }}, x && false, …: expressions.ts)
//   isFullSha(ref)                  a 40-hex commit SHA
//
// Lines are 1-based lines of the workflow file. `run:` scripts are split into simple commands by
// analysis/shell.ts; each command carries the file line where it starts.
import type { CheckContext } from '../model/check.js';
import type { SourceFile } from '../workspace/source-file.js';
import { conditionTruth } from './expressions.js';
import { scopedWorkflow } from './workflow-scope.js';
import { splitScript, type ShellCommand } from './shell.js';
import { entries, get, isMap, isScalar, items, pairOf, parseYaml, scalar, startOf, str, strList, type Node, type YamlFile } from './yaml.js';

export interface Workflow {
  path: string;
  name?: string;
  /** Trigger event names (`push`, `pull_request_target`, `workflow_dispatch`...). */
  on: string[];
  /** Top-level `permissions:`; undefined when absent. */
  permissions?: Permissions;
  /** `env:` at the top level (names only). */
  jobs: Job[];
  /** `paths:` / `paths-ignore:` of the triggers that take them (push, pull_request, pull_request_target). */
  pathFilters: PathFilter[];
  /** `defaults.run.working-directory` of the workflow. */
  workingDirectory?: string;
  /** Set when the file is not a readable workflow (YAML errors, or not a mapping). */
  malformed?: string;
}

export interface PathFilter {
  event: string;
  /** The trigger fires only when a changed file matches one of these (`!` patterns exclude again). */
  paths?: string[];
  /** The trigger does not fire when every changed file matches one of these. */
  pathsIgnore?: string[];
}

export interface Permissions {
  line: number;
  /** `read-all`, `write-all`, `{}` (none) or a map of scope → access. */
  kind: 'read-all' | 'write-all' | 'map' | 'other';
  scopes: Record<string, string>;
  raw?: string;
}

export interface Condition {
  /** As written (`false`, `${{ false }}`...). */
  text: string;
  line: number;
  /** The condition can never be true. */
  constantFalse: boolean;
}

export interface ActionRef {
  raw: string;
  line: number;
  kind: 'action' | 'docker' | 'local' | 'reusable';
  /** `owner` of `owner/repo[/path]@ref` (actions and reusable workflows). */
  owner?: string;
  repo?: string;
  /** Sub-path inside the repository (`github/codeql-action/init` → `init`). */
  path?: string;
  /** The git ref after `@`, or the docker tag/digest. */
  ref?: string;
  /** For `docker://image:tag`: the image reference without the scheme. */
  image?: string;
}

export interface Step {
  /** The step's position in the job's `steps:` list (0-based); a step of a `parallel:` group has its group's. */
  index: number;
  /** Its position inside a `parallel:` group (1-based), for a step of one. */
  inGroup?: number;
  line: number;
  id?: string;
  name?: string;
  if?: Condition;
  uses?: ActionRef;
  run?: RunScript;
  /** `continue-on-error: true` (or an expression, kept as text) on the step. */
  continueOnError?: { value: boolean | string; line: number };
  shell?: string;
  /** `working-directory:` of a `run:` step. */
  workingDirectory?: string;
  /** `with:` inputs as strings (nested values skipped). */
  with: Record<string, string>;
}

export interface RunScript {
  text: string;
  /** File line of the script's first line. */
  line: number;
  commands: Array<ShellCommand & { fileLine: number }>;
  /** The file line of a 0-based script line (exact for `|` blocks, best effort otherwise). */
  fileLine(scriptLine: number): number;
}

export interface Job {
  id: string;
  line: number;
  name?: string;
  if?: Condition;
  needs: string[];
  /** `environment:` name (string or `{ name }`). */
  environment?: string;
  permissions?: Permissions;
  continueOnError?: { value: boolean | string; line: number };
  /** A reusable workflow call (`jobs.<id>.uses`). */
  uses?: ActionRef;
  runsOn: string[];
  steps: Step[];
  /**
   * The job's service containers (`jobs.<id>.services`): their names, which are also their host
   * names on the job's network, and the lines of the block (their images, env and options).
   */
  services?: { names: string[]; from: number; to: number };
  /** `defaults.run.working-directory` of the job. */
  workingDirectory?: string;
}

export const WORKFLOW_GLOBS = ['.github/workflows/*.yml', '.github/workflows/*.yaml'] as const;

export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** A file's path as its CI service sees it: repository-relative for a repository-level file, else its path. */
export function ciPathOf(f: Pick<SourceFile, 'path' | 'repository'>): string {
  return f.repository?.path ?? f.path;
}

/**
 * The file's workflow, parsed once per file; with `ctx`, a malformed file is reported through it
 * (counted once). A repository-level workflow read for a subfolder scan keeps only the jobs that
 * concern the folder (workflow-scope.ts), so every workflow rule judges the same jobs.
 */
export function workflowOf(f: SourceFile, ctx?: Pick<CheckContext, 'malformed'>): Workflow {
  const wf = f.memo('workflow', () => {
    const parsed = parseWorkflow(f.path, f.text);
    return f.repository ? scopedWorkflow(parsed, f.repository.folder) : parsed;
  });
  if (ctx && wf.malformed !== undefined) ctx.malformed(f.path, 'workflow', wf.malformed);
  return wf;
}

export function parseWorkflow(path: string, text: string): Workflow {
  const y = parseYaml(text);
  const wf: Workflow = { path, on: [], jobs: [], pathFilters: [] };
  if (y.error !== undefined) wf.malformed = y.error;
  const root = y.docs[0]?.root;
  if (!isMap(root)) {
    if (wf.malformed === undefined && text.trim() !== '') wf.malformed = 'not a YAML mapping';
    return wf;
  }
  const lineOf = (n: Parameters<typeof startOf>[0]) => {
    const o = startOf(n);
    return o === undefined ? 1 : y.lineOf(o);
  };
  const name = str(get(root, 'name'));
  if (name !== undefined) wf.name = name;
  const on = get(root, 'on') ?? get(root, 'true');
  wf.on = triggers(on);
  wf.pathFilters = pathFiltersOf(on);
  const wd = defaultWorkingDirectory(root);
  if (wd !== undefined) wf.workingDirectory = wd;
  const perms = permissionsOf(get(root, 'permissions'), lineOf);
  if (perms) wf.permissions = perms;
  for (const [id, jobNode, pair] of entries(get(root, 'jobs'))) {
    if (!isMap(jobNode)) continue;
    wf.jobs.push(parseJob(id, jobNode, lineOf(pair), y, text));
  }
  return wf;
}

function parseJob(id: string, node: Node, line: number, y: YamlFile, text: string): Job {
  const lineOf = (n: Parameters<typeof startOf>[0]) => {
    const o = startOf(n);
    return o === undefined ? line : y.lineOf(o);
  };
  const job: Job = { id, line, needs: strList(get(node, 'needs')), runsOn: strList(get(node, 'runs-on')), steps: [] };
  const name = str(get(node, 'name'));
  if (name !== undefined) job.name = name;
  const cond = conditionOf(node, lineOf);
  if (cond) job.if = cond;
  const env = get(node, 'environment');
  const envName = isMap(env) ? str(get(env, 'name')) : str(env);
  if (envName !== undefined) job.environment = envName;
  const perms = permissionsOf(get(node, 'permissions'), lineOf);
  if (perms) job.permissions = perms;
  const coe = continueOnErrorOf(node, lineOf);
  if (coe) job.continueOnError = coe;
  const wd = defaultWorkingDirectory(node);
  if (wd !== undefined) job.workingDirectory = wd;
  const uses = str(get(node, 'uses'));
  if (uses !== undefined) job.uses = parseUses(uses, lineOf(get(node, 'uses')));
  const services = get(node, 'services');
  if (isMap(services) && services.range) {
    job.services = { names: entries(services).map(([k]) => k), from: y.lineOf(services.range[0]), to: y.lineOf(Math.max(services.range[0], services.range[1] - 1)) };
  }
  // Parallel steps (GA since June 2026): `- parallel: [steps]` runs its steps side by side, each a
  // step like any other; a rule that did not see them would miss a disabled deploy or a masked
  // scanner inside one, and take tests run in one for none. A condition on the group holds for its
  // steps that have none of their own. Groups are read one level deep; a group inside a group, and
  // anything in a group that is not a step, is skipped, as a non-step item of `steps:` is.
  items(get(node, 'steps')).forEach((s, index) => {
    if (!isMap(s)) return;
    const group = get(s, 'parallel');
    if (group !== undefined && get(s, 'run') === undefined && get(s, 'uses') === undefined) {
      const groupIf = conditionOf(s, lineOf);
      items(group).forEach((g, at) => {
        if (!isMap(g)) return;
        const step = readStep(g, index, y, text, lineOf, at + 1);
        if (!step.if && groupIf) step.if = groupIf;
        job.steps.push(step);
      });
      return;
    }
    job.steps.push(readStep(s, index, y, text, lineOf));
  });
  return job;
}

function readStep(s: Node, index: number, y: YamlFile, text: string, lineOf: (n: Parameters<typeof startOf>[0]) => number, inGroup?: number): Step {
  const step: Step = { index, ...(inGroup !== undefined ? { inGroup } : {}), line: lineOf(s), with: {} };
  const sid = str(get(s, 'id'));
  if (sid !== undefined) step.id = sid;
  const sname = str(get(s, 'name'));
  if (sname !== undefined) step.name = sname;
  const c = conditionOf(s, lineOf);
  if (c) step.if = c;
  const u = str(get(s, 'uses'));
  if (u !== undefined) step.uses = parseUses(u, lineOf(get(s, 'uses')));
  const runNode = get(s, 'run');
  const run = str(runNode);
  if (run !== undefined) step.run = runScript(run, runNode!, y, text);
  const ce = continueOnErrorOf(s, lineOf);
  if (ce) step.continueOnError = ce;
  const shell = str(get(s, 'shell'));
  if (shell !== undefined) step.shell = shell;
  const swd = str(get(s, 'working-directory'));
  if (swd !== undefined) step.workingDirectory = swd;
  for (const [k, v] of entries(get(s, 'with'))) {
    const sv = str(v);
    if (sv !== undefined) step.with[k] = sv;
  }
  return step;
}

function runScript(script: string, node: Node, y: YamlFile, text: string): RunScript {
  const start = node.range?.[0] ?? 0;
  const end = node.range?.[1] ?? start;
  const startLine = y.lineOf(start);
  const type = isScalar(node) ? node.type : undefined;
  // A literal block keeps the script's lines one to one, starting on the line after `|`.
  const literal = type === 'BLOCK_LITERAL';
  const firstLine = literal ? startLine + 1 : startLine;
  const source = text.slice(start, end);
  const fileLine = (scriptLine: number) => (literal ? firstLine + scriptLine : startLine);
  let cursor = 0;
  const commands = splitScript(script).map((c) => {
    let fl = fileLine(c.line);
    if (!literal) {
      // Folded or quoted scalars: find the command's first word in the source to place it.
      const probe = c.text.slice(0, 24);
      const at = source.indexOf(probe, cursor);
      if (at !== -1) {
        fl = y.lineOf(start + at);
        cursor = at + probe.length;
      }
    }
    return { ...c, fileLine: fl };
  });
  return { text: script, line: firstLine, commands, fileLine };
}

function triggers(node: Node | undefined): string[] {
  if (isMap(node)) return entries(node).map(([k]) => k);
  return strList(node);
}

/** The path filters of the triggers GitHub filters by changed paths. */
function pathFiltersOf(on: Node | undefined): PathFilter[] {
  const out: PathFilter[] = [];
  for (const [event, spec] of entries(on)) {
    if (!/^(push|pull_request|pull_request_target)$/.test(event) || !isMap(spec)) continue;
    const pf: PathFilter = { event };
    if (get(spec, 'paths') !== undefined) pf.paths = strList(get(spec, 'paths'));
    if (get(spec, 'paths-ignore') !== undefined) pf.pathsIgnore = strList(get(spec, 'paths-ignore'));
    if (pf.paths !== undefined || pf.pathsIgnore !== undefined) out.push(pf);
  }
  return out;
}

function defaultWorkingDirectory(node: Node): string | undefined {
  return str(get(get(get(node, 'defaults'), 'run'), 'working-directory'));
}

function permissionsOf(node: Node | undefined, lineOf: (n: Node) => number): Permissions | undefined {
  if (node === undefined) return undefined;
  const line = lineOf(node);
  if (isMap(node)) {
    const scopes: Record<string, string> = {};
    for (const [k, v] of entries(node)) scopes[k] = str(v) ?? '';
    return { line, kind: 'map', scopes };
  }
  const s = str(node);
  if (s === 'read-all' || s === 'write-all') return { line, kind: s, scopes: {}, raw: s };
  return { line, kind: 'other', scopes: {}, ...(s !== undefined ? { raw: s } : {}) };
}

function conditionOf(node: Node, lineOf: (n: Parameters<typeof startOf>[0]) => number): Condition | undefined {
  const pair = pairOf(node, 'if');
  if (!pair) return undefined;
  const v = scalar(pair.value);
  if (v === undefined || v === null) return undefined;
  const textValue = String(v);
  return { text: textValue, line: lineOf(pair), constantFalse: constantFalse(v) };
}

function continueOnErrorOf(node: Node, lineOf: (n: Parameters<typeof startOf>[0]) => number): Step['continueOnError'] {
  const pair = pairOf(node, 'continue-on-error');
  if (!pair) return undefined;
  const v = scalar(pair.value);
  if (v === true || v === 'true') return { value: true, line: lineOf(pair) };
  if (typeof v === 'string' && v.includes('${{')) return { value: v, line: lineOf(pair) };
  return undefined;
}

/**
 * An `if:` that can never be true: its value, folded as GitHub evaluates it (analysis/expressions.ts),
 * is constantly falsy. `false`, `${{ false }}`, `1 == 2`, `x && false`, `fromJSON('false')`, `'a' == 'b'`
 * all are; `github.ref == 'refs/heads/main'`, `always()`, `'false'` inside `${{ }}` (a non-empty
 * string) are not.
 */
export function constantFalse(value: unknown): boolean {
  return conditionTruth(value) === false;
}

/** Parses a `uses:` value. */
export function parseUses(raw: string, line: number): ActionRef {
  const v = raw.trim();
  if (v.startsWith('docker://')) {
    const image = v.slice('docker://'.length);
    const at = image.indexOf('@');
    const slash = image.lastIndexOf('/');
    const colon = image.lastIndexOf(':');
    const ref = at !== -1 ? image.slice(at + 1) : colon > slash ? image.slice(colon + 1) : undefined;
    return { raw: v, line, kind: 'docker', image, ...(ref !== undefined ? { ref } : {}) };
  }
  // `$/path`: GitHub's self-repository reference, this repository at the running commit (local, like `./`).
  if (v.startsWith('./') || v.startsWith('../') || v.startsWith('$/')) return { raw: v, line, kind: 'local', path: v };
  const at = v.lastIndexOf('@');
  const target = at === -1 ? v : v.slice(0, at);
  const ref = at === -1 ? undefined : v.slice(at + 1);
  const [owner, repo, ...rest] = target.split('/');
  const path = rest.join('/');
  const reusable = /\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
  return {
    raw: v,
    line,
    kind: reusable ? 'reusable' : 'action',
    ...(owner ? { owner } : {}),
    ...(repo ? { repo } : {}),
    ...(path ? { path } : {}),
    ...(ref !== undefined ? { ref } : {}),
  };
}

export function isFullSha(ref: string | undefined): boolean {
  return ref !== undefined && /^[0-9a-f]{40}$/i.test(ref);
}

/** Every `uses:` of a workflow: reusable-workflow jobs and steps, in file order. */
export function actionRefs(wf: Workflow): ActionRef[] {
  const out: ActionRef[] = [];
  for (const j of wf.jobs) {
    if (j.uses) out.push(j.uses);
    for (const s of j.steps) if (s.uses) out.push(s.uses);
  }
  return out.sort((a, b) => a.line - b.line);
}
