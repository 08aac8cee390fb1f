// The file pass: each discovered file is read once, decoded once and handed to every check
// whose globs match it; then each check's end(). A check that throws is contained: its status
// becomes `error` with the message, and the run goes on.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import picomatch from 'picomatch';
import type { Options } from '../inputs.js';
import { ruleSpec, type RuleId } from '../model/catalogue.js';
import type { Check, CheckContext, CheckVisitor, ReportDescriptor } from '../model/check.js';
import type { Area, CheckOutcome, Finding, Gap, GapStatus } from '../model/types.js';
import { discover, noteSkip, type Discovery } from '../workspace/discover.js';
import { isProfileManifest, ProfileCollector, type ProfileDecision } from '../workspace/profile.js';
import { FileReader } from '../workspace/read.js';
import { PureCheckPool, type PoolOutcome } from './pool.js';
import { finalize, fingerprintKeyOf, toFinding } from './findings.js';
import { looksBinary, SourceFile } from '../workspace/source-file.js';
import { findInlineSuppressions, INLINE_MARKER, type InlineSuppression } from '../workspace/suppressions.js';
import type { Workspace } from '../workspace/workspace.js';


export interface ScanResult {
  findings: Finding[];
  outcomes: CheckOutcome[];
  gaps: Gap[];
  metrics: Record<string, unknown>;
  discovery: Discovery;
  /** Files decoded as Latin-1 because they were not valid UTF-8. */
  nonUtf8: string[];
  profile: ProfileDecision;
  inlineSuppressions: InlineSuppression[];
  /** Raw secret values seen by checks: every output is scrubbed of them. */
  secrets: Set<string>;
  /** Files read and handed to the checks (discovered, less those found binary, too large, links or unreadable). */
  scanned: number;
  timings: { discoverMs: number; readMs: number; bytes: number; perRuleMs: Record<string, number> };
}

/** Turns checks' observations into effective findings (severity overrides, suppressions); given by main. */
export type PolicyView = (findings: Finding[], inline: readonly InlineSuppression[]) => Finding[];

interface Running {
  check: Check;
  visitor: CheckVisitor;
  matches: (path: string) => boolean;
  status?: { kind: 'not-applicable' | 'inconclusive' | 'error'; reason: string };
  findings: Finding[];
  millis: number;
}

export interface ScanProgress {
  (done: number, total: number): void;
}

export async function runChecks(
  options: Options,
  checks: readonly Check[],
  policyView: PolicyView,
  onProgress?: ScanProgress,
): Promise<ScanResult> {
  const t0 = performance.now();
  const outputs = [options.report, options.sarif, options.sbom]
    .filter((p): p is string => p !== null)
    .map((p) => relativeOutput(options, p))
    .filter((p): p is string => p !== undefined);
  const discovery = discover(options.root, {
    ignore: options.paths.ignore,
    generated: options.paths.generated,
    exclude: outputs,
  });
  const discoverMs = performance.now() - t0;

  const fileSet = new Set(discovery.files.map((f) => f.path));
  const profileCollector = new ProfileCollector();
  profileCollector.fromPaths([...fileSet]);
  const inlineSuppressions: InlineSuppression[] = [];
  const secrets = new Set<string>();
  const gaps: Gap[] = [];
  const metrics: Record<string, unknown> = {};
  // Known only after the file pass; the workspace getter says so if a check asks too early.
  const decided: { profile?: ProfileDecision } = {};
  let current: SourceFile | undefined;
  let allFindings: Finding[] = [];

  const workspace: Workspace = {
    root: options.root,
    files: discovery.files.map((f) => f.path),
    has: (p) => fileSet.has(p),
    commit: discovery.commit,
    inlineSuppressions,
    get profile() {
      if (!decided.profile) throw new Error('workspace.profile is known only after the file pass (read it in end())');
      return decided.profile;
    },
  };

  const running: Running[] = [];
  for (const check of checks) {
    const r: Running = { check, visitor: {}, matches: () => false, findings: [], millis: 0 };
    if (options.ruleSettings.get(check.meta.id) === 'off') {
      r.status = { kind: 'not-applicable', reason: 'turned off in the configuration' };
      running.push(r);
      continue;
    }
    const ctx = makeContext(r, options, workspace, secrets, gaps, metrics, () => current, () => allFindings);
    try {
      r.visitor = check.create(ctx);
      if (r.visitor.file) {
        const globs = check.meta.files;
        r.matches = globs && globs.length > 0 ? picomatch([...globs], { dot: true }) : () => true;
      }
    } catch (e) {
      r.status = { kind: 'error', reason: errorText(e) };
    }
    running.push(r);
  }

  // The file pass, in path order so results never depend on I/O timing. Reads are synchronous into
  // one reused buffer: sizes are known from discovery, and on a warm page cache this measured 3-6x
  // faster than fs.promises.readFile (whose per-file open/fstat/read/close round trips dominated).
  const t1 = performance.now();
  let bytes = 0;
  let scanned = 0;
  const nonUtf8: string[] = [];
  const files = discovery.files;
  const reader = new FileReader(options.root, options.maxFileSize);
  const pool = openPool(options, running, discovery);
  for (let i = 0; i < files.length; i++) {
    const { path } = files[i]!;
    onProgress?.(i + 1, files.length);
    const bytesOrError = reader.read(path);
    if (bytesOrError === 'missing') continue;
    if (bytesOrError === 'tooLarge' || bytesOrError === 'symlink') {
      noteSkip(discovery, bytesOrError, path);
      continue;
    }
    if (bytesOrError instanceof Error) {
      noteSkip(discovery, 'unreadable', path);
      continue;
    }
    if (looksBinary(bytesOrError)) {
      noteSkip(discovery, 'binary', path);
      continue;
    }
    bytes += bytesOrError.length;
    scanned++;
    const sf = SourceFile.fromBytes(path, bytesOrError);
    if (sf.nonUtf8) nonUtf8.push(path);
    current = sf;
    if (sf.text.includes(INLINE_MARKER)) inlineSuppressions.push(...findInlineSuppressions(sf));
    if (isProfileManifest(path)) profileCollector.file(sf);
    const offload: RuleId[] = [];
    for (const r of running) {
      if (r.status?.kind === 'error' || !r.visitor.file || !r.matches(path)) continue;
      if (pool && r.check.meta.pure) {
        offload.push(r.check.meta.id);
        continue;
      }
      const ts = performance.now();
      try {
        const pending = r.visitor.file(sf);
        if (pending) await pending;
      } catch (e) {
        r.status = { kind: 'error', reason: `${errorText(e)} (while reading ${path})` };
      }
      r.millis += performance.now() - ts;
    }
    current = undefined;
    if (pool && offload.length > 0) await pool.submit(i, path, bytesOrError, offload);
  }
  if (pool) replay(await pool.close(), running, files, secrets);
  const readMs = performance.now() - t1;
  const profile = (decided.profile = profileCollector.decide(options.profile));

  const endAll = async (late: boolean) => {
    for (const r of running) {
      if (Boolean(r.check.meta.late) !== late || r.status?.kind === 'error' || !r.visitor.end) continue;
      if (r.status?.kind === 'not-applicable' && r.findings.length === 0) continue;
      const ts = performance.now();
      try {
        await r.visitor.end();
      } catch (e) {
        r.status = { kind: 'error', reason: errorText(e) };
      }
      r.millis += performance.now() - ts;
    }
  };
  await endAll(false);
  // Service rules say nothing about a library: their observations are dropped, and the reason shown.
  if (profile.kind === 'library') {
    for (const r of running) {
      if (ruleSpec(r.check.meta.id).serviceOnly && r.status?.kind !== 'error') {
        r.findings = [];
        r.status = { kind: 'not-applicable', reason: 'service rule; the profile is library' };
      }
    }
  }
  allFindings = policyView(finalize(running.flatMap((r) => r.findings)), inlineSuppressions);
  await endAll(true);

  const findings = finalize(running.flatMap((r) => r.findings));
  const outcomes: CheckOutcome[] = running
    .map((r) => ({
      ruleId: r.check.meta.id,
      status: r.status?.kind ?? (r.findings.length > 0 ? ('fail' as const) : ('pass' as const)),
      ...(r.status ? { reason: r.status.reason } : {}),
      findings: r.findings.length,
      millis: Math.round(r.millis),
    }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const perRuleMs = Object.fromEntries(outcomes.map((o) => [o.ruleId, o.millis]));
  return {
    findings,
    outcomes,
    gaps,
    metrics,
    discovery,
    nonUtf8,
    profile,
    inlineSuppressions,
    secrets,
    scanned,
    timings: { discoverMs, readMs, bytes, perRuleMs },
  };
}

function makeContext(
  r: Running,
  options: Options,
  workspace: Workspace,
  secrets: Set<string>,
  gaps: Gap[],
  metrics: Record<string, unknown>,
  currentFile: () => SourceFile | undefined,
  effective: () => Finding[],
): CheckContext {
  const id = r.check.meta.id;
  const spec = ruleSpec(id);
  return {
    options,
    workspace,
    report(d: ReportDescriptor<string>) {
      r.findings.push(toFinding(r.check, d, fingerprintKeyOf(d, currentFile())));
    },
    notApplicable(reason) {
      r.status = { kind: 'not-applicable', reason };
    },
    inconclusive(reason) {
      r.status = { kind: 'inconclusive', reason };
    },
    gap(component: string, status: GapStatus, evidence?: string, area?: Area) {
      gaps.push({ area: area ?? spec.area, component, status, ...(evidence ? { evidence } : {}) });
    },
    metric(name, value) {
      metrics[name] = value;
    },
    secret(value) {
      if (value.length >= 4) secrets.add(value);
    },
    findings() {
      if (!r.check.meta.late) throw new Error(`${id}: findings() is for late checks`);
      return effective();
    },
  };
}

/** Worker threads pay off only on large trees: starting one costs about as much as scanning a few hundred files. */
const POOL_MIN_FILES = 5000;

function openPool(options: Options, running: Running[], discovery: Discovery): PureCheckPool | null {
  const pure = running.filter((r) => r.check.meta.pure && r.visitor.file && !r.status).map((r) => r.check.meta.id);
  if (pure.length === 0) return null;
  const forced = process.env.READINESS_GATE_WORKERS; // tests and benchmarks: a number of workers, or 0 for none
  if (forced !== undefined) return Number(forced) > 0 ? PureCheckPool.open({ options, ruleIds: pure }, Number(forced)) : null;
  return discovery.files.length >= POOL_MIN_FILES ? PureCheckPool.open({ options, ruleIds: pure }) : null;
}

/** Feeds the workers' observations back to their checks, in file order, as if they had run here. */
function replay({ results, millis }: PoolOutcome, running: Running[], files: Discovery['files'], secrets: Set<string>): void {
  const byId = new Map(running.map((r) => [r.check.meta.id, r]));
  for (const [id, ms] of Object.entries(millis) as Array<[RuleId, number]>) byId.get(id)!.millis += ms;
  for (const res of results) {
    const r = byId.get(res.ruleId)!;
    if (r.status?.kind === 'error') continue;
    if (res.error !== undefined) {
      r.status = { kind: 'error', reason: `${res.error} (while reading ${files[res.index]!.path})` };
      continue;
    }
    for (const { d, key } of res.reports) r.findings.push(toFinding(r.check, d, key));
    for (const v of res.secrets) if (v.length >= 4) secrets.add(v);
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function relativeOutput(options: Options, p: string): string | undefined {
  const abs = resolve(options.cwd, p).split('\\').join('/');
  const root = options.root.split('\\').join('/');
  return abs.startsWith(`${root}/`) ? abs.slice(root.length + 1) : undefined;
}
