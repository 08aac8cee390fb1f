// One run, phase by phase. Everything here is engine: no @actions/* import.
import { performance } from 'node:perf_hooks';
import { relative, resolve, sep } from 'node:path';
import { ALL_CHECKS } from './checks/index.js';
import { compareFindings, finalize } from './engine/findings.js';
import { loadEvidence } from './evidence/load.js';
import { runChecks, type ScanProgress } from './engine/run-checks.js';
import { gitListing } from './workspace/discover.js';
import type { BaseConfig } from './engine/repo-map.js';
import { INPUTS, resolveOptions, type RawInputs } from './inputs.js';
import { OUTPUT_INPUTS, prepareOutputs } from './io/write-output.js';
import type { FactCacheStore } from './github/actions-cache.js';
import type { Check } from './model/check.js';
import type { LinkContext, RunResult } from './model/result.js';
import type { Finding } from './model/types.js';
import { NetworkBudget } from './net/budget.js';
import { markBaseline } from './policy/baseline.js';
import { baselineInForce, configChanges, newInlineSuppressions, sortChanges, type PolicyChange, type PolicyReport } from './policy/changes.js';
import { isPullRequestEvent, loadPolicy, type EventFacts, type PolicyOrigin, type PolicySource } from './policy/source.js';
import { ConfigurationError } from './errors.js';
import { computeScore } from './policy/score.js';
import { resolveFindings } from './policy/suppress.js';
import { inventoryOf, SBOM_CAPTURE, sbomPhase, withheldOf } from './sbom/index.js';
import { dependencyGraphOf } from './github/dependency-graph.js';
import { countBySeverity, decide } from './policy/verdict.js';
import type { InlineSuppression } from './workspace/suppressions.js';
import { TOOL } from './version.js';

export interface RunEnvironment {
  cwd: string;
  /** GITHUB_SERVER_URL / GITHUB_REPOSITORY / GITHUB_SHA, when running on a runner. */
  github?: { serverUrl?: string; repository?: string; sha?: string; workspace?: string };
  today?: string;
  /** The workflow event (GITHUB_EVENT_NAME and its payload): on pull requests the policy is the base commit's. */
  event?: EventFacts;
  checks?: readonly Check[];
  onProgress?: ScanProgress;
  /** A phase begins (the adapter opens a log group). */
  onPhaseStart?: (name: PhaseName) => void;
  /** A phase ended after `ms` milliseconds. */
  onPhase?: (name: PhaseName, ms: number) => void;
  /** Details worth a line under step debug logging: given only when someone will read them. */
  debug?: (message: string) => void;
  /**
   * The run's allowance for waiting on the network; the adapter may pass its own to share it with
   * what it sends after the run (a pull request comment, a check run). A fresh one otherwise.
   */
  network?: NetworkBudget;
  /** Keeps the fact cache folder between runs (the action: the Actions cache); absent: the folder stays where it is. */
  factCache?: FactCacheStore;
  /** A line for the log about the run itself (the fact cache), not about the tree. */
  info?: (line: string) => void;
}

/** The phases of a run, in order; `report` and `upload` are the adapter's (publishing what run() returned). */
export const PHASES = ['policy', 'evidence', 'discovery', 'file pass', 'checks', 'sbom', 'verdict', 'report', 'upload'] as const;
export type PhaseName = (typeof PHASES)[number];

/** One phase open at a time: moving to the next ends the current one with its duration. */
export class PhaseClock {
  private current?: { name: PhaseName; t: number };
  constructor(private readonly env: Pick<RunEnvironment, 'onPhaseStart' | 'onPhase'>) {}
  to(name: PhaseName | null): void {
    const now = performance.now();
    if (this.current) this.env.onPhase?.(this.current.name, now - this.current.t);
    this.current = name === null ? undefined : { name, t: now };
    if (name !== null) this.env.onPhaseStart?.(name);
  }
}

function note(env: RunEnvironment, line: string | undefined): void {
  if (line) env.info?.(line);
}

export async function run(raw: RawInputs, env: RunEnvironment): Promise<RunResult> {
  const t0 = performance.now();
  const clock = new PhaseClock(env);
  try {
    return await phases(raw, env, clock, t0);
  } finally {
    clock.to(null);
  }
}

async function phases(raw: RawInputs, env: RunEnvironment, clock: PhaseClock, t0: number): Promise<RunResult> {
  const debug = env.debug;
  clock.to('policy');
  // Before anything else can fail: the output targets are checked and stale copies removed (SPEC §9),
  // so no committed or previous report survives a failed run. Committed ones are still scanned.
  const baselineInput = raw.baseline?.trim();
  const outputs = prepareOutputs(
    Object.fromEntries(OUTPUT_INPUTS.map((n) => [n, (raw[n] ?? INPUTS[n].default).trim()])),
    env.cwd,
    undefined,
    baselineInput ? [baselineInput] : [],
  );
  // The policy first: on pull request events it is the base commit's (or the platform team's), never the checkout's.
  // One allowance for waiting on the network, shared by every call of the run (policy reads, GitHub
  // API, OSV): a service that does not answer costs at most NETWORK_BUDGET_MS, not each call's timeout.
  const network = env.network ?? new NetworkBudget();
  const source = await loadPolicy(raw, { cwd: env.cwd, event: env.event, network });
  const asWritten = withPolicyOrigin(source, () => resolveOptions(raw, { cwd: env.cwd, today: env.today, config: source.config ?? null }));
  // A cache folder nothing keeps after the job (RUNNER_TEMP, on a run the Actions cache does not
  // serve) would cost the run its packing and writing for no later run: none is built.
  const cacheOff = asWritten.cacheDir !== null ? env.factCache?.pointless?.(asWritten.cacheDir) : undefined;
  const options = cacheOff === undefined ? asWritten : { ...asWritten, cacheDir: null };
  const pullRequest = isPullRequestEvent(env.event);
  const baseline = await baselineInForce(options, source, pullRequest);
  debug?.(`configuration: ${describeOrigin(source.origin, options.configFile)}`);

  const relRoot = relative(env.cwd, options.root).split(sep).join('/') || '.';
  if (cacheOff !== undefined) note(env, `fact cache: ${cacheOff}, and its folder under RUNNER_TEMP ends with the job: none is built; every file is read`);
  else if (options.cacheDir !== null && env.factCache) note(env, await env.factCache.restore(options.cacheDir, relRoot));
  // Nothing writes to the tree from here to discovery (stale outputs are gone, the cache folder is
  // restored): git lists it on the other core while this one reads the job's reports.
  const listing = gitListing(options.root, options.cacheDir !== null);
  clock.to('evidence');
  // The job's test, coverage and build reports: independent of the file pass, read by the evidence rules.
  const evidence = await loadEvidence(options);
  // What the late checks see (a readiness claim against the P0s) is the same policy as the verdict's:
  // inline suppressions the pull request added do not silence a P0 there either.
  const policyView = async (fs: Finding[], inline: readonly InlineSuppression[]) =>
    resolveFindings(fs, options, inline, pullRequest ? (await newInlineSuppressions(fs, inline, options, source)).untrusted : undefined).active;
  const checks = env.checks ?? ALL_CHECKS;
  clock.to('discovery');
  const scan = await runChecks(options, checks, policyView, {
    onProgress: env.onProgress,
    onStage: (next) => clock.to(next),
    evidence,
    capture: SBOM_CAPTURE,
    contents: committedUnder(options.root, outputs.committed),
    network,
    gitListing: listing,
    ...(pullRequest ? await baseConfigOf(source) : {}),
  });
  if (debug) for (const line of scanDetails(scan)) debug(line);
  clock.to('sbom');
  // Lockfiles and manifests → CycloneDX, from the inventory the supply-chain rules already parsed.
  const sbom = await sbomPhase(options, scan.workspace, TOOL, undefined, scan.memo);
  if (scan.cache && scan.memo) {
    const { saved, notice } = scan.memo.save();
    if (notice) scan.notices.push(notice);
    const replayed = scan.cache.replayed
      ? ' (the same files as the last run: its replay done again at once)'
      : scan.cache.patched !== undefined
        ? ` (the last run's replay, with the ${scan.cache.patched} changed file${scan.cache.patched === 1 ? '' : 's'} in place)`
        : '';
    note(env, `fact cache: ${scan.cache.hits} files answered from the cache${replayed}, ${scan.cache.read} read${saved ? `; ${scan.cache.entries} kept for the next run` : ''}`);
    if (saved && env.factCache) note(env, await env.factCache.save(options.cacheDir!, relRoot));
  }
  // What `dependency-graph` submits, per lockfile, from the same inventory (the adapter sends it).
  const dependencyGraph = options.dependencyGraph ? dependencyGraphOf(inventoryOf(scan.workspace), withheldOf(scan.workspace, options), { commit: scan.discovery.commit, ...(source.prefix !== undefined ? { prefix: source.prefix } : {}) }) : undefined;
  clock.to('verdict');

  // Inline suppressions the pull request added do not silence a P0 (they are listed either way).
  const added = pullRequest ? await newInlineSuppressions(scan.findings, scan.inlineSuppressions, options, source) : undefined;
  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions, added?.untrusted);
  const findings = markBaseline(resolved.active, baseline.known).sort(compareFindings);
  const policy: PolicyReport = {
    origin: source.origin,
    configFile: options.configFile ?? null,
    pullRequest,
    changes: sortChanges([
      ...(pullRequest ? await configChanges(raw, source, options.root, options.cwd) : []),
      ...(baseline.change ? [baseline.change] : []),
      ...(added?.changes ?? []),
      ...(scan.mapChange ? [mapChangeOf(scan.mapChange)] : []),
    ]),
    notices: source.notices,
    baselineInForce: baseline.known !== undefined,
  };
  const score = computeScore(findings, scan.outcomes);
  const blockers = [...scan.blockers, ...evidence.blockers];
  const verdict = decide(findings, score, options, blockers);

  const commit = env.github?.sha ?? scan.discovery.commit;
  return {
    tool: { ...TOOL },
    root: relative(options.cwd, options.root).split('\\').join('/') || '.',
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
    ...(scan.discovery.everyFileRead ? { everyFileRead: scan.discovery.everyFileRead } : {}),
    malformed: [...scan.malformed, ...sbom.malformed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind))),
    nonUtf8: scan.nonUtf8,
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: sbom.report,
    ...(dependencyGraph ? { dependencyGraph } : {}),
    links: linkContext(env, options.root, commit),
    notices: [...source.notices, ...(evidence.notices ?? []), ...scan.notices],
    policy,
    secrets: scan.secrets,
    timings: { totalMs: performance.now() - t0, ...scan.timings },
  };
}

/** Which configuration the run read, for the debug log. */
function describeOrigin(o: PolicyOrigin, configFile: string | undefined | null): string {
  const file = configFile ? `'${configFile}'` : 'no configuration file (built-in defaults)';
  switch (o.kind) {
    case 'checkout':
      return configFile ? `${file}, from the checkout` : 'no configuration file in the checkout: built-in defaults';
    case 'base-commit':
      return `${file}, from the base commit ${o.sha.slice(0, 12)} (via ${o.via})`;
    case 'trusted-file':
      return `'${o.path}', outside the checkout`;
    case 'trusted-remote':
      return `${file}, from ${o.ref}`;
    case 'defaults':
      return `built-in defaults (${o.reason})`;
  }
}

/** Files scanned and skipped, then each check's time, slowest first: what step debug logging shows of the scan. */
function scanDetails(scan: { scanned: number; timings: { discoverMs: number; readMs: number; bytes: number; perRuleMs: Record<string, number> }; discovery: { skipped: Record<string, number> } }): string[] {
  const skipped = Object.entries(scan.discovery.skipped)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const rules = Object.entries(scan.timings.perRuleMs).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    `files: ${scan.scanned} scanned (${scan.timings.bytes} bytes), skipped: ${skipped || 'none'}`,
    `discovery ${Math.round(scan.timings.discoverMs)} ms, file pass ${Math.round(scan.timings.readMs)} ms`,
    ...rules.map(([id, ms]) => `check ${id}: ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`),
  ];
}

/**
 * A bad base-commit configuration stops the run like any bad configuration, but fixing the pull
 * request's copy changes nothing: the message says which commit to fix.
 */
function withPolicyOrigin<T>(source: { origin: PolicyOrigin }, f: () => T): T {
  try {
    return f();
  } catch (e) {
    const o = source.origin;
    if (!(e instanceof ConfigurationError) || o.kind !== 'base-commit' || !/^config file /.test(e.message)) throw e;
    throw new ConfigurationError(`${e.message} (the configuration of the base commit ${o.sha.slice(0, 12)}: the pull request's copy is not used, fix it on the base branch)`);
  }
}

function linkContext(env: RunEnvironment, root: string, sha: string | null): LinkContext | null {
  const g = env.github;
  if (!g?.repository || !sha) return null;
  const ws = g.workspace ? resolve(g.workspace) : env.cwd;
  const prefix = relative(ws, root).split('\\').join('/');
  return { serverUrl: (g.serverUrl ?? 'https://github.com').replace(/\/+$/, ''), repository: g.repository, sha, prefix: prefix.startsWith('..') ? '' : prefix };
}

/** Committed output-named files below the scanned root, by root-relative path. */
function committedUnder(root: string, committed: ReadonlyMap<string, Buffer>): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [abs, bytes] of committed) {
    const rel = relative(root, abs).split('\\').join('/');
    if (rel !== '' && !rel.startsWith('../') && rel !== '..' && !rel.startsWith('/')) out.set(rel, bytes);
  }
  return out;
}

/**
 * The base commit as the repository map's guard reads it: the files the pull request changes, and
 * their base versions. Through the contents API only with the pull request's list of files (one
 * request per changed configuration file, not per file of the tree).
 */
async function baseConfigOf(source: PolicySource): Promise<{ baseConfig?: BaseConfig }> {
  const base = source.base;
  if (!base || base.via === 'none') return {};
  const prefix = source.prefix ?? '';
  const all = await base.changed();
  const changed = all && new Set([...all].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  if (base.via === 'api' && !changed) return {};
  return {
    baseConfig: {
      ...(changed ? { changed } : {}),
      read: async (path) => {
        const got = await base.read(prefix + path);
        return got.status === 'found' ? { text: got.text, known: true } : got.status === 'absent' ? { known: true } : { known: false };
      },
    },
  };
}

/** What the pull request changed in the configuration the map reads, and what the gate kept from the base. */
function mapChangeOf(c: { files: string[]; kept: number }): PolicyChange {
  const shown = c.files.slice(0, 5).join(', ') + (c.files.length > 5 ? `, and ${c.files.length - 5} more` : '');
  return {
    kind: 'repository-map',
    path: c.files[0] ?? '.',
    details: [
      `changes configuration the repository map reads: ${shown}`,
      c.kept === 0
        ? "no file the base commit's configuration calls runtime code is taken out of it"
        : `${c.kept} ${c.kept === 1 ? 'file' : 'files'} the base commit's configuration calls runtime code ${c.kept === 1 ? 'is' : 'are'} still judged as runtime code`,
    ],
    applied: c.kept === 0,
  };
}
