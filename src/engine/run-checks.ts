// The file pass: each discovered file is read once, decoded once and handed to every check
// whose globs match it; then each check's end(). A check that throws is contained: its status
// becomes `error` with the message, and the run goes on, blocked (blockers.ts: fail closed). A
// ConfigurationError from create() is a bad input (a `rules` folder): the run stops with exit 2.
import { NETWORK_BUDGET_KEY, type NetworkBudget } from '../net/budget.js';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Evidence } from '../evidence/model.js';
import type { Options } from '../inputs.js';
import type { Check, CheckVisitor, Observation } from '../model/check.js';
import type { Metrics } from '../model/metrics.js';
import type { RepositoryMapData } from '../model/repo-map.js';
import type { CheckOutcome, Finding, Gap, Malformed, RunBlocker } from '../model/types.js';
import { discover, noteSkip, type Discovery, type GitListing } from '../workspace/discover.js';
import { ProfileCollector, type ProfileDecision } from '../workspace/profile.js';
import type { InlineSuppression } from '../workspace/suppressions.js';
import type { Workspace } from '../workspace/workspace.js';
import { isRepositoryLevelPath, readRepositoryLevel, repositoryRelative, standsAlone, type RepositoryLevel } from '../workspace/repository.js';
import { ConfigurationError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE } from '../inputs.js';
import { checkErrorBlocker, checkErrorFinding, scanBlockers } from './blockers.js';
import { captureMatcher, fileMatcher, FileProcessor, type FileCheck, type FileOutcome, type FileSink } from './file-pass.js';
import { createCheckContext, type RunSinks } from './context.js';
import { combined, repositoryMapForRun, repositoryMapFromData, type BaseConfig, type StoredMap } from './repo-map.js';
import { finalize, mergeRepeats, toFinding } from './findings.js';
import { maySuppress } from '../policy/suppress.js';
import { badgePath } from '../report/badge.js';
import { PureCheckPool, type WorkerBatch } from './pool.js';
import { BUILD_ID, FactCache, folderDigest, mapMemoFile, packedValues } from './fact-cache.js';
import { encodeValues } from './value-codec.js';
import { digestOf } from './digest.js';
import { judgeFiles, type ObservedFile } from './file-memo.js';
import { commonInputs, endKey, memoPrefix, memoStore, ObservationTrail, trackedWorkspace, type Effect, type EndRecord, type Reads, type RunMemo } from './end-memo.js';
import { blobsOf, changedFiles, lastPlace, RecordCursor, RunRecorder, runKeyOf, tracesEvery, type RunRecord } from './run-replay.js';
import { langOf, langsPresent, loadGrammars, type Lang } from '../syntax/index.js';
import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export interface ScanResult {
  findings: Finding[];
  outcomes: CheckOutcome[];
  gaps: Gap[];
  metrics: Metrics;
  discovery: Discovery;
  /** Files decoded as Latin-1 because they were not valid UTF-8. */
  nonUtf8: string[];
  profile: ProfileDecision;
  inlineSuppressions: InlineSuppression[];
  /** Files that some check could not parse, sorted by path and kind. */
  malformed: Malformed[];
  /** Raw secret values seen by checks: publish scrubs every output of the distinctive ones. */
  secrets: Set<string>;
  /** Files read and handed to the checks (discovered, less those found binary, too large, links or unreadable). */
  scanned: number;
  /** What the person running the gate should hear about the run itself. */
  notices: string[];
  /** What kept the scan from vouching for the tree (checks that threw, a tree mostly not scanned): each blocks. */
  blockers: RunBlocker[];
  timings: { discoverMs: number; readMs: number; bytes: number; perRuleMs: Record<string, number> };
  /** The repository map the checks and the policy read. */
  map: RepositoryMapData;
  /** On pull requests that change the configuration the map reads: which files, and how many stayed runtime. */
  mapChange?: { files: string[]; kept: number };
  /** What the checks saw (captured texts, shared values): the SBOM phase reads the same inventory. */
  workspace: Workspace;
  /** With a cache folder: how many files' outcomes came from it, how many it holds now, and whether the last run's replay was done again at once (run-replay.ts). */
  /** `replayed`: the last run's replay done at once (run-replay.ts); `patched`: with this many changed files swapped in. */
  cache?: { hits: number; read: number; entries: number; replayed?: true; patched?: number };
  /** With a cache folder: what the phases after the checks take from it, and its save, once they are done. */
  memo?: RunMemo;
}

/** Turns checks' observations into effective findings (severity overrides, suppressions); given by main. */
export type PolicyView = (findings: Finding[], inline: readonly InlineSuppression[]) => Finding[] | Promise<Finding[]>;

interface Running {
  check: Check;
  visitor: CheckVisitor;
  matches: (path: string) => boolean;
  status?: { kind: 'not-applicable' | 'inconclusive' | 'error'; reason: string };
  findings: Finding[];
  /** What its file() observed, file by file in path order; unpacked when its end() asks (observations()). */
  observed: Observed;
  /** After a run replayed at once (run-replay.ts): its observations, gathered from the fact cache if its end() asks. */
  observedLater?: () => Observed;
  /** `observed`, or what observedLater() gathered, once asked. */
  gathered?: Observed;
  observations?: Array<Observation<unknown>>;
  millis: number;
  /** Where its observations came from (end-memo.ts), when the fact cache is on. */
  trail?: ObservationTrail;
  /** What its end() reads that is in its key only when read. */
  reads: Reads;
  /** While its end() runs to be remembered: what it does. */
  effects?: Effect[];
  /** Where its context's calls outside file() go. */
  sinks?: RunSinks;
}

type Observed = ObservedFile[];

/** A check's observations, file by file: what its file() observed, or what observedLater() gathers (once). */
function gathered(r: Running): Observed {
  return (r.gathered ??= r.observedLater?.() ?? r.observed);
}

/** Two lists of one check's observations, each in run order, merged in run order. */
function inRunOrder(a: Observed, b: Observed, indexOf: ReadonlyMap<string, number>): Observed {
  const out: Observed = [];
  let j = 0;
  for (const x of a) {
    const at = indexOf.get(x.path)!;
    while (j < b.length && indexOf.get(b[j]!.path)! < at) out.push(b[j++]!);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Does again what a check's end() did (end-memo.ts), through the same sinks. */
function replayEffect(r: Running, e: Effect): void {
  const s = r.sinks!;
  switch (e[0]) {
    case 'report':
      return s.report(e[1], e[2]);
    case 'status':
      return s.status(e[1], e[2]);
    case 'gap':
      return s.gap(e[1]);
    case 'notice':
      return s.notice(e[1]);
    case 'metric':
      return s.metric(e[1], e[2]);
    case 'malformed':
      return s.malformed(e[1]);
    case 'secret':
      return s.secret(e[1]);
  }
}

export interface ScanProgress {
  (done: number, total: number): void;
}

export interface RunChecksExtras {
  onProgress?: ScanProgress;
  /** Globs captured for the phases after the checks (the SBOM's lockfiles), besides the checks' own. */
  capture?: readonly string[];
  /** The job's test, coverage and build reports (src/evidence), for the evidence rules. */
  evidence?: Evidence;
  /** Root-relative paths whose content is given, not read (committed files named like an output, removed at the start). */
  contents?: ReadonlyMap<string, Buffer>;
  /** On pull requests: the base commit's version of a configuration file, so the pull request cannot reclassify runtime code. */
  baseConfig?: BaseConfig;
  /** Where one stage hands over to the next (discovery → file pass → checks), for the log's phase timings. */
  onStage?: (next: 'file pass' | 'checks') => void;
  /** The run's allowance for waiting on the network, shared with the checks that call out (OSV, GitHub API). */
  network?: NetworkBudget;
  /** Discovery's git answers, asked before the evidence was read (discover.ts gitListing). */
  gitListing?: Promise<GitListing>;
}

export async function runChecks(
  options: Options,
  checks: readonly Check[],
  policyView: PolicyView,
  extras: RunChecksExtras = {},
): Promise<ScanResult> {
  const { onProgress } = extras;
  const t0 = performance.now();
  // The badge goes with the report (src/report/badge.ts): an output like it.
  const outputs = [options.report, options.report === null ? null : badgePath(options.report), options.sarif, options.sbom]
    .filter((p): p is string => p !== null)
    .map((p) => relativeOutput(options, p))
    .filter((p): p is string => p !== undefined);
  const discovery = discover(
    options.root,
    {
      ignore: options.paths.ignore,
      generated: options.paths.generated,
      exclude: outputs,
      blobs: options.cacheDir !== null,
    },
    await extras.gitListing,
  );
  // A subfolder scan also reads the repository root's workflows and CODEOWNERS, for the rules that judge them.
  const repository =
    checks.some((c) => c.meta.repositoryFiles && options.ruleSettings.get(c.meta.id) !== 'off') && !standsAlone(discovery.files.map((f) => f.path))
      ? readRepositoryLevel(options.root, options.cwd, options.maxFileSize)
      : undefined;
  const discoverMs = performance.now() - t0;
  extras.onStage?.('file pass');
  const listed = discovery.files.length + discovery.skipped.ignored + discovery.skipped.generated + discovery.skipped.symlink;

  const fileSet = new Set(discovery.files.map((f) => f.path));
  const profileCollector = new ProfileCollector();
  const inlineSuppressions: InlineSuppression[] = [];
  const secrets = new Set<string>();
  const notices: string[] = [];
  const gaps: Gap[] = [];
  const metrics: Metrics = {};
  const malformed = new Map<string, Malformed>();
  const noteMalformed = (m: Malformed) => {
    const key = `${m.path}\0${m.kind}`;
    if (!malformed.has(key)) malformed.set(key, m);
  };
  // What kind of code each file is, before any check asks (the configuration files it reads are
  // handed to the file pass, so each is read once).
  const given = extras.contents ?? new Map<string, Buffer>();
  // The last run's map when nothing it is made of changed; not on pull requests, whose map is
  // compared with the base's configuration (which needs every configuration text).
  const mapFile = options.cacheDir !== null && !extras.baseConfig ? mapMemoFile(options.cacheDir, options.root) : undefined;
  let newMap: StoredMap | undefined;
  const mapRun = await repositoryMapForRun(options, discovery, given, noteMalformed, extras.baseConfig, mapFile ? { load: () => mapFile.load(), store: (m) => (newMap = m) } : undefined);
  const { read: mapRead } = mapRun;
  const map = combined(mapRun.map, mapRun.base ? repositoryMapFromData(mapRun.base, options) : undefined);
  // A repository-level file is of the class its repository-relative path gives (a workflow is CI wherever it is read from).
  const classOf = (p: string) => map.classOf(isRepositoryLevelPath(p) ? repositoryRelative(p) : p);
  const stackOf = (p: string) => (isRepositoryLevelPath(p) ? undefined : map.stackOf(p));
  profileCollector.fromPaths([...fileSet], classOf);
  const contents = new Map([...given, ...mapRead]);
  // Known only after the file pass; the workspace getter says so if a check asks too early.
  const decided: { profile?: ProfileDecision } = {};
  let allFindings: Finding[] = [];
  // While the file pass runs here, report()/secret()/observe() of file() go to the processor's outcome.
  let sink: FileSink | undefined;

  const captured = new Map<string, string>();
  const sharedValues = new Map<string, unknown>(extras.network ? [[NETWORK_BUDGET_KEY, extras.network]] : []);
  const workspace: Workspace = {
    root: options.root,
    files: discovery.files.map((f) => f.path),
    has: (p) => fileSet.has(p),
    classOf,
    map: map.data(),
    commit: discovery.commit,
    inlineSuppressions,
    get profile() {
      if (!decided.profile) throw new Error('workspace.profile is known only after the file pass (read it in end())');
      return decided.profile;
    },
    text: (p) => captured.get(p),
    get captured() {
      return [...captured.keys()];
    },
    shared<T>(key: string, compute: () => T): T {
      if (!sharedValues.has(key)) sharedValues.set(key, compute());
      return sharedValues.get(key) as T;
    },
    evidence: extras.evidence,
    ...(discovery.submodules.length > 0 ? { submodules: discovery.submodules } : {}),
    ...(repository ? { repository: { folder: repository.folder, up: repository.up, files: repository.files.map((f) => f.path) } } : {}),
  };
  for (const r of repository?.refused ?? []) notices.push(`the repository-level file ${r.path} was not read: it ${r.why}`);

  const running: Running[] = [];
  const sharedReads = new Map<string, Reads>();
  const sharedFrames: Reads[] = [];
  for (const check of checks) {
    const r: Running = { check, visitor: {}, matches: () => false, findings: [], observed: [], millis: 0, reads: {} };
    if (options.ruleSettings.get(check.meta.id) === 'off') {
      r.status = { kind: 'not-applicable', reason: 'turned off in the configuration' };
      running.push(r);
      continue;
    }
    r.sinks = {
      workspace: trackedWorkspace(workspace, r.reads, sharedReads, sharedFrames),
      secret: (v) => (r.effects?.push(['secret', v]), secrets.add(v)),
      gap: (g) => (r.effects?.push(['gap', g]), gaps.push(g)),
      metric: (name, value) => (r.effects?.push(['metric', name, value]), ((metrics as Record<string, unknown>)[name] = value)),
      malformed: (m) => (r.effects?.push(['malformed', m]), noteMalformed(m)),
      notice: (m) => (r.effects?.push(['notice', m]), notices.push(m)),
      report: (d, key) => (r.effects?.push(['report', d, key]), r.findings.push(toFinding(r.check, d, key, classOf))),
      status: (kind, reason) => (r.effects?.push(['status', kind, reason]), (r.status = { kind, reason })),
      observations: () => (r.observations ??= gathered(r).flatMap((o) => ('values' in o ? o.values : o.packed.load()).map((value) => ({ path: o.path, value })))),
      perFile: (name, judge, valid) => {
        const memo = cache && common && r.trail && !r.check.meta.late && !r.check.meta.network;
        const store = memo ? memoStore(cache, common, r.check.meta.id, name) : undefined;
        // What judge reads is in no key but the common inputs': the evidence or the commit would be.
        const frame: Reads = {};
        sharedFrames.push(frame);
        let out;
        try {
          out = judgeFiles(gathered(r), judge, valid, store);
        } finally {
          sharedFrames.pop();
        }
        if (frame.evidence || frame.commit) throw new Error(`${r.check.meta.id}: perFile('${name}') read the ${frame.evidence ? 'evidence' : 'commit'}, which no kept value may depend on`);
        return out;
      },
      findings: () => allFindings,
    };
    const ctx = createCheckContext(check, options, classOf, () => sink, r.sinks, stackOf);
    try {
      r.visitor = check.create(ctx);
      if (r.visitor.file) r.matches = fileMatcher(check.meta.files);
    } catch (e) {
      if (e instanceof ConfigurationError) throw e;
      r.status = { kind: 'error', reason: errorText(e) };
    }
    running.push(r);
  }

  // The file pass. Each file is read once and handed to the checks that match it, here or, on large
  // trees whose file-reading checks are all pure, on worker threads. Outcomes are replayed in path
  // order either way, so the result never depends on scheduling.
  const t1 = performance.now();
  const files = discovery.files;
  const fileChecks: FileCheck[] = running
    .filter((r) => !r.status && r.visitor.file)
    .map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: r.matches, everyFile: r.check.meta.everyFile === true }));
  // Checks that read every tracked file also get the files skipped as generated, after the others.
  const everyRules = fileChecks.filter((c) => c.everyFile).map((c) => c.id);
  const generated = everyRules.length > 0 ? discovery.generatedFiles : [];
  const toRead = [...files, ...generated];
  const everyRead: string[] = [];
  const tally = { bytes: 0, scanned: 0, nonUtf8: [] as string[] };
  const byId = new Map(running.map((r) => [r.check.meta.id, r]));
  // A record names checks by their id as stored: a string, looked up among this run's.
  const byName: ReadonlyMap<string, Running> = byId;
  let cacheStats: ScanResult['cache'];
  /** Notes what the replay does, when this run keeps it for the next (run-replay.ts); set below. */
  let recorder: RunRecorder | undefined;
  const replay = (o: FileOutcome) => {
    const rec = recorder?.record;
    const i = o.index;
    const path = toRead[i]!.path;
    const id = given.has(path) ? undefined : toRead[i]!.blob ?? o.contentId;
    if (o.status === 'missing') return;
    if (o.everyRead) {
      everyRead.push(path);
      rec?.everyRead.push(i);
    }
    if (i >= files.length) return replayChecks(o, path, id); // generated: counted as such by discovery
    if (o.captured !== undefined) {
      captured.set(path, o.captured);
      rec?.captured.push([i, o.status]);
    }
    if (o.status !== 'read') {
      noteSkip(discovery, o.status, path);
      rec?.skipped.push([i, o.status]);
      return replayChecks(o, path, id); // what the every-file checks found in it
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
    // What makes the repository a service counts only in its runtime files (not in an example's manifest).
    if (o.profile && classOf(path) === 'runtime') {
      profileCollector.add(o.profile);
      rec?.profile.push([i, o.profile]);
    }
    replayChecks(o, path, id);
  };
  /**
   * `id`: the content id of the file. In end()'s key a check's observations of the file are named by
   * the digest of its packed observations when the fact cache packed them (a file edited without
   * changing what a check observes keeps that check's key), else by the content id (the cache's
   * premise: same content, same observations).
   */
  const replayChecks = (o: FileOutcome, path: string, id?: string) => {
    for (const c of o.checks) {
      const r = byId.get(c.ruleId)!;
      if (r.status?.kind === 'error') continue;
      const count = c.packed?.count ?? c.observations.length;
      if (count > 0) {
        const name = c.digest !== undefined ? `observed ${c.digest}` : id;
        r.trail?.add(path, name, count, () => c.packed?.load() ?? c.observations);
        r.observed.push(c.packed ? { path, packed: c.packed, digest: c.digest } : { path, values: c.observations, digest: c.digest });
        if (recorder) {
          recorder.observed(c.ruleId, o.index, count, name);
          // Their end() runs every time: the record keeps their observations themselves.
          if (r.check.meta.late || r.check.meta.network) recorder.record.packed.push([o.index, c.ruleId, count, c.packed?.bytes ?? encodeValues(c.observations)]);
        }
      }
      for (const { d, key } of c.reports) r.findings.push(toFinding(r.check, d, key, classOf));
      for (const v of c.secrets) secrets.add(v);
      for (const m of c.malformed) noteMalformed(m);
      if (c.error !== undefined) r.status = { kind: 'error', reason: c.error };
      if (recorder) {
        const rec = recorder.record;
        for (const { d, key } of c.reports) rec.reports.push([o.index, c.ruleId, d, key]);
        for (const v of c.secrets) rec.secrets.push([o.index, c.ruleId, v]);
        for (const m of c.malformed) rec.malformed.push([o.index, c.ruleId, m]);
      }
    }
  };
  /** A check that failed on a file replayed earlier: what later files say of it is not replayed (replayChecks). */
  const hasFailed = (ruleId: string) => byName.get(ruleId)?.status?.kind === 'error';
  /**
   * The last run's replay over these files (run-replay.ts), when it can be used: the texts of the
   * files it captured, but for those in `changed`, read again (undefined, having changed nothing,
   * when one no longer reads), and every check it names known.
   */
  const usableRun = (last: RunRecord, changed: ReadonlySet<number>, texts: FileProcessor): { texts: Map<number, string>; names: string[][] } | undefined => {
    if (!tracesEvery(last, running.filter((r) => r.trail).map((r) => r.check.meta.id)) || last.reports.some(([, ruleId]) => !byName.has(ruleId))) return undefined;
    if (lastPlace(last) >= toRead.length) return undefined;
    const read = new Map<number, string>();
    for (const [i, status] of last.captured) {
      if (changed.has(i)) continue;
      const text = texts.withCapturedText({ index: i, status, bytes: 0, nonUtf8: false, inline: [], checks: [] }, toRead[i]!.path)?.captured;
      if (text === undefined) return undefined;
      read.set(i, text);
    }
    // A patched run hashes the trails again from the names of their observations.
    const names = changed.size > 0 ? last.trails.map((t) => (t[2].length > 0 ? t[4].split('\n') : [])) : [];
    if (names.some((n, k) => n.length !== last.trails[k]![2].length)) return undefined;
    return { texts: read, names };
  };
  /**
   * Replays the last run's record over these files at once, but for the changed files, whose new
   * outcomes (`fresh`, in run order) are replayed in their place: each list of the record is taken
   * up to a changed file, that file's items are dropped, its outcome replayed, and so on. The cache's
   * entries are not read: the record was written with them, over these very files.
   * With no file changed, each check's trail digest is the record's; else the trails are hashed
   * again from the names the record keeps, and the record made anew for the next run.
   */
  const replayRecord = (last: RunRecord, { texts, names }: NonNullable<ReturnType<typeof usableRun>>, fresh: readonly FileOutcome[], cache: FactCache) => {
    const cur = new RecordCursor(last);
    const patched = fresh.length > 0;
    const withTrail = running.filter((r) => r.trail);
    const trailOf = new Map(last.trails.map((t, k) => [t[0], k]));
    const later = new Map<string, { at: number[]; own: Observed }>(withTrail.map((r) => [r.check.meta.id, { at: [], own: [] }]));
    for (const r of withTrail) r.trail = patched ? new ObservationTrail() : ObservationTrail.known(last.trails[trailOf.get(r.check.meta.id)!]![1]);
    const upTo = (end: number) => {
      const rec = recorder?.record;
      for (const i of cur.places('everyRead', end)) {
        everyRead.push(toRead[i]!.path);
        rec?.everyRead.push(i);
      }
      for (const item of cur.take('captured', end)) {
        captured.set(toRead[item[0]]!.path, texts.get(item[0])!);
        rec?.captured.push(item);
      }
      for (const item of cur.take('skipped', end)) {
        noteSkip(discovery, item[1], toRead[item[0]]!.path);
        rec?.skipped.push(item);
      }
      const [readFrom, readTo] = cur.reads(end);
      for (let j = readFrom; j < readTo; j++) {
        const bytes = last.read[2 * j + 1]!;
        tally.scanned++;
        tally.bytes += bytes;
        rec?.read.push(last.read[2 * j]!, bytes);
      }
      for (const i of cur.places('nonUtf8', end)) {
        tally.nonUtf8.push(toRead[i]!.path);
        rec?.nonUtf8.push(i);
      }
      for (const item of cur.take('inline', end)) {
        inlineSuppressions.push(item[1]);
        rec?.inline.push(item);
      }
      for (const item of cur.take('profile', end)) {
        profileCollector.add(item[1]);
        rec?.profile.push(item);
      }
      for (const item of cur.take('reports', end)) {
        if (hasFailed(item[1])) continue;
        const r = byName.get(item[1])!;
        r.findings.push(toFinding(r.check, item[2], item[3], classOf));
        rec?.reports.push(item);
      }
      for (const item of cur.take('secrets', end)) {
        if (hasFailed(item[1])) continue;
        secrets.add(item[2]);
        rec?.secrets.push(item);
      }
      for (const item of cur.take('malformed', end)) {
        if (hasFailed(item[1])) continue;
        noteMalformed(item[2]);
        rec?.malformed.push(item);
      }
      for (const item of cur.take('packed', end)) {
        const [i, ruleId, count, bytes] = item;
        if (hasFailed(ruleId)) continue;
        later.get(ruleId)?.own.push({ path: toRead[i]!.path, packed: packedValues(bytes, count, toRead[i]!.path) });
        rec?.packed.push(item);
      }
      for (const r of withTrail) {
        const k = trailOf.get(r.check.meta.id)!;
        const [from, to] = cur.observations(k, end);
        if (from === to || r.status?.kind === 'error') continue;
        const [, , at, counts] = last.trails[k]!;
        const mine = later.get(r.check.meta.id)!.at;
        for (let j = from; j < to; j++) {
          mine.push(at[j]!);
          if (!patched) continue;
          r.trail!.add(toRead[at[j]!]!.path, names[k]![j], counts[j]!, () => []);
          recorder?.observed(r.check.meta.id, at[j]!, counts[j]!, names[k]![j]!);
        }
      }
    };
    for (const o of fresh) {
      upTo(o.index);
      cur.skip(o.index + 1);
      replay(o);
    }
    upTo(toRead.length);
    const unchanged = toRead.length - fresh.length;
    cache.keepAll(unchanged, fresh.map((o) => `${cur.blobAt(o.index)} ${toRead[o.index]!.path}`));
    let indexOf: Map<string, number> | undefined;
    for (const r of withTrail) {
      const { at, own } = later.get(r.check.meta.id)!;
      // As the replay of each file's cached outcome would have gathered them: kept in the record for
      // the checks whose end() runs every time, else from the fact cache's entries; a changed file's
      // from its new outcome (r.observed, in run order).
      const newer = r.observed;
      r.observedLater = () => {
        const kept = r.check.meta.late || r.check.meta.network ? own : cache.observedBy(r.check.meta.id, at.map((i) => toRead[i]!));
        return newer.length === 0 ? kept : inRunOrder(kept, newer, (indexOf ??= new Map(toRead.map((f, i) => [f.path, i]))));
      };
    }
    if (!patched) cache.putRun(last);
  };
  const active = running.filter((r) => !r.status);
  const captureGlobs = [...active.map((r) => r.check.meta.capture), extras.capture];
  // Only the grammars of languages the tree holds: most trees have no C#, PHP or Ruby.
  const languages = langsPresent(toRead.map((f) => f.path), [...new Set(active.flatMap((r) => r.check.meta.languages ?? []))].sort());
  // Loaded when something parses: a file to read, or the end() of a check that lists languages
  // (meta.languages: what it parses). A re-run answered from the cache parses nothing.
  let grammars: Promise<void> | undefined;
  const grammarsLoaded = () => (grammars ??= languages.length > 0 ? loadGrammars(languages) : Promise.resolve());
  // What earlier runs already said (fact-cache.ts): about the files git vouches are unchanged, without
  // reading them; about the others (untracked, changed, a tree outside git) once read and named by their
  // content (`identify`). Files whose content is given (removed from disk at the start) are never
  // cached; the configuration files the map read are the disk's bytes, whole, and are.
  const cache = options.cacheDir === null ? undefined : openFactCache(options, fileChecks, captureGlobs, languages, mapRun, contents);
  const items: WorkerBatch = toRead.map((f, i) => [i, f.path, i >= files.length, cache !== undefined && f.blob === undefined && !given.has(f.path)]);
  if (cache) for (const r of running) r.trail = new ObservationTrail();
  const knownFor = cache ? (i: number, path: string, id: string) => cache.get(i, path, id) : undefined;
  const known: FileOutcome[] = [];
  // A captured file's text is read again; only its checks' work is skipped.
  const texts = cache ? new FileProcessor(options.root, options.maxFileSize, [], captureMatcher(captureGlobs), contents) : undefined;
  // Over the very same files as the last run, what its replay did, at once (run-replay.ts); over the
  // same paths with a few files changed, that replay with those files' new outcomes in their place.
  // Not with files whose bytes were given, nor with the repository root's files read after the
  // replay, nor after a check failed to start (its outcomes are not replayed).
  // The files' key is hashed only where a record may be used (the cache holds one) or made (below).
  const replayable = cache !== undefined && given.size === 0 && !repository && !running.some((r) => r.status?.kind === 'error');
  let runKey = replayable && cache.holdsRun ? runKeyOf(cache.digest, toRead, files.length) : undefined;
  const lastRun = runKey === undefined ? undefined : cache!.lastRun(runKey);
  const blobs = lastRun ? blobsOf(toRead) : undefined;
  const changed = lastRun ? changedFiles(lastRun, blobs!, toRead.length) : undefined;
  const patch = changed && changed.length <= PATCH_FILES ? { last: lastRun!, changed, usable: usableRun(lastRun!, new Set(changed), texts!) } : undefined;
  const replayedRun = patch?.usable !== undefined && changed!.length === 0;
  if (replayedRun) replayRecord(patch.last, patch.usable!, [], cache!);
  const patching = patch?.usable !== undefined && !replayedRun;
  // A changed file is read, not looked up: its new blob is rarely in the cache, and looking it up
  // would read every entry.
  const todo = replayedRun ? [] : patching ? changed!.map((i) => items[i]!) : cache ? items.filter(([i, path]) => {
    const blob = toRead[i]!.blob;
    let hit = blob !== undefined && !given.has(path) ? cache.get(i, path, blob) : undefined;
    if (hit?.recapture) hit = texts!.withCapturedText(hit, path);
    if (hit) known.push(hit);
    return !hit;
  }) : items;
  if (todo.length > 0) await grammarsLoaded();
  // This run's replay is recorded for the next run over these files (kept if every outcome is, below).
  if (replayable && !replayedRun) {
    runKey ??= runKeyOf(cache.digest, toRead, files.length);
    if (runKey !== undefined) recorder = new RunRecorder(runKey, blobs ?? blobsOf(toRead));
  }
  const pool = openPool(options, running, todo, captureGlobs, languages, { map: map.data(), ...(mapRun.base ? { base: mapRun.base } : {}) }, contents);
  // The main thread takes batches too, between the workers' replies.
  const mine = pool ? new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs), contents) : undefined;
  if (mine) mine.known = knownFor;
  const local = async (batch: WorkerBatch): Promise<FileOutcome[]> => {
    const out: FileOutcome[] = [];
    sink = mine;
    try {
      for (const [i, path, generated, identify] of batch) out.push(await mine!.process(i, path, generated, identify));
    } finally {
      sink = undefined;
    }
    return out;
  };
  const pooled = pool ? await pool.run(todo, onProgress, local).catch((e: unknown) => e as Error) : undefined;
  if (pooled instanceof Error) {
    // Nothing was replayed yet, so the serial pass below starts from a clean state.
    notices.push(`worker threads failed (${pooled.message}); the files were scanned on the main thread instead`);
  }
  let fresh: FileOutcome[];
  if (pooled && !(pooled instanceof Error)) {
    fresh = pooled.outcomes;
    for (const [id, ms] of [...pooled.millis, ...mine!.millis]) byId.get(id)!.millis += ms;
  } else {
    const processor = new FileProcessor(options.root, options.maxFileSize, fileChecks, captureMatcher(captureGlobs), contents);
    processor.known = knownFor;
    sink = processor;
    fresh = [];
    for (let k = 0; k < todo.length; k++) {
      onProgress?.(k + 1, todo.length);
      const [i, path, generated, identify] = todo[k]!;
      fresh.push(await processor.process(i, path, generated, identify));
    }
    sink = undefined;
    for (const [id, ms] of processor.millis) byId.get(id)!.millis += ms;
  }
  if (cache) {
    // A check that threw on one file is not called on the files after it (file-pass.ts): their
    // outcomes lack what it would have said, so a run with a failed check keeps nothing new.
    const complete = !fresh.some((o) => o.checks.some((c) => c.error !== undefined));
    // A record names only files whose outcome the cache keeps (a file gone since it was listed has none).
    if (!complete || fresh.some((o) => o.status === 'missing')) recorder = undefined;
    for (const o of complete ? fresh : []) {
      const blob = toRead[o.index]!.blob ?? o.contentId;
      if (blob === undefined || given.has(toRead[o.index]!.path)) continue;
      // The digests that name each check's observations of the file in its end()'s key (replayChecks).
      const digests = cache.put(toRead[o.index]!.path, blob, o);
      if (digests) {
        o.checks.forEach((c, k) => {
          const d = digests[k];
          if (d !== undefined) c.digest = d;
        });
      }
    }
  }
  if (patching) {
    replayRecord(patch.last, patch.usable!, fresh.slice().sort((a, b) => a.index - b.index), cache!);
  } else {
    // Replayed in path order, wherever each outcome came from: the result never depends on it.
    for (const o of known.length > 0 ? [...known, ...fresh].sort((a, b) => a.index - b.index) : fresh) replay(o);
  }
  // Every outcome is in the cache and no check failed: the next run over these files replays at once.
  if (recorder && !running.some((r) => r.status?.kind === 'error')) {
    const made = recorder.done(running.filter((r) => r.trail).map((r) => [r.check.meta.id, r.trail!.digest()]));
    if (made) cache!.putRun(made);
  }
  recorder = undefined;
  if (repository && repository.files.length > 0) {
    await grammarsLoaded();
    await repositoryPass(repository);
  }
  const readMs = performance.now() - t1;
  extras.onStage?.('checks');
  if (everyRead.length > 0) discovery.everyFileRead = { files: everyRead.length, examples: everyRead.slice(0, 5), rules: everyRules };
  /**
   * The repository root's files, on the main thread, for the checks that read them (meta.repositoryFiles),
   * matched by their repository-relative path. Not counted as scanned: they are not in the scanned tree.
   */
  async function repositoryPass(level: RepositoryLevel): Promise<void> {
    const readers: FileCheck[] = running
      .filter((r) => !r.status && r.visitor.file && r.check.meta.repositoryFiles)
      .map((r) => ({ id: r.check.meta.id, visitor: r.visitor, matches: (p: string) => r.matches(repositoryRelative(p)) }));
    if (readers.length === 0) return;
    const processor = new FileProcessor(options.root, options.maxFileSize, readers, () => false, level.contents, level.folder);
    sink = processor;
    for (const file of level.files) {
      const o = await processor.process(0, file.path);
      if (o.status === 'read') inlineSuppressions.push(...o.inline);
      replayChecks(o, file.path);
    }
    sink = undefined;
    for (const [id, ms] of processor.millis) byId.get(id)!.millis += ms;
  }
  const profile = (decided.profile = profileCollector.decide(options.profile));

  // Each check's end(), or what it did last run with the very same inputs (end-memo.ts).
  const common = cache ? commonInputs(options, workspace, cache.digest, options.rulesDir ? folderDigest(options.rulesDir) : undefined) : undefined;
  let evidenceDigest: string | undefined;
  const varying = { evidence: () => (evidenceDigest ??= digestOf(workspace.evidence ?? null)), commit: workspace.commit };
  const endAll = async (late: boolean) => {
    for (const r of running) {
      if (Boolean(r.check.meta.late) !== late || r.status?.kind === 'error' || !r.visitor.end) continue;
      if (r.status?.kind === 'not-applicable' && r.findings.length === 0) continue;
      const ts = performance.now();
      const memo = cache && common && r.trail && !r.check.meta.late && !r.check.meta.network ? { observations: r.trail.digest() } : undefined;
      const last = memo ? cache!.lastEnd(r.check.meta.id) : undefined;
      if (memo && last && last.key === endKey(common!, r.check.meta.id, memo.observations, last.reads, varying)) {
        for (const e of last.effects) replayEffect(r, e);
        Object.assign(r.reads, last.reads);
        cache!.putEnd(r.check.meta.id, last);
        cache!.keepPhases(memoPrefix(r.check.meta.id));
        r.millis += performance.now() - ts;
        continue;
      }
      if (memo) r.effects = [];
      try {
        if (r.check.meta.languages?.length) await grammarsLoaded();
        await r.visitor.end();
      } catch (e) {
        r.status = { kind: 'error', reason: errorText(e) };
      }
      if (memo && r.status?.kind !== 'error') {
        const reads = { ...r.reads };
        const record: EndRecord = { key: endKey(common!, r.check.meta.id, memo.observations, reads, varying), reads, effects: r.effects! };
        cache!.putEnd(r.check.meta.id, record);
      }
      r.effects = undefined;
      r.millis += performance.now() - ts;
    }
  };
  await endAll(false);
  // Service rules say nothing about a library: their observations are dropped, and the reason shown.
  if (profile.kind === 'library') {
    for (const r of running) {
      if (r.check.meta.serviceOnly && r.status?.kind !== 'error') {
        r.findings = [];
        r.status = { kind: 'not-applicable', reason: 'service rule; the profile is library' };
      }
    }
  }
  const suppressible = maySuppress(options.suppressions, inlineSuppressions);
  for (const r of running) if (r.check.meta.oneFindingPerValue) r.findings = mergeRepeats(r.findings, suppressible);
  allFindings = await policyView(finalize(running.flatMap((r) => r.findings)), inlineSuppressions);
  await endAll(true);

  const memo: RunMemo | undefined =
    cache && common
      ? {
          common,
          phase: (name, key) => cache.phase(name, key),
          putPhase: (name, key, value) => cache.putPhase(name, key, value),
          save: () => {
            const facts = saveCache(cache);
            const notice = facts.notice ?? (newMap && mapFile ? saveMap(mapFile, newMap) : undefined);
            return notice === undefined ? { saved: facts.saved } : { saved: facts.saved, notice };
          },
        }
      : undefined;
  if (cache) cacheStats = { ...cache.stats, read: todo.length, ...(replayedRun ? { replayed: true as const } : {}), ...(patching ? { patched: todo.length } : {}) };

  // Fail closed: a check that could not run blocks, and says so as a finding of its rule.
  const failed = running.filter((r) => r.status?.kind === 'error');
  for (const r of failed) r.findings.push(checkErrorFinding(r.check, r.status!.reason));
  const blockers = [
    ...failed.map((r) => checkErrorBlocker(r.check, r.status!.reason)),
    ...scanBlockers({ discovery, listed, scanned: tally.scanned, limitLowered: options.maxFileSize < DEFAULT_MAX_FILE_SIZE }),
  ];
  const findings = finalize(running.flatMap((r) => r.findings));
  const outcomes: CheckOutcome[] = running
    .map((r) => ({
      ruleId: r.check.meta.id,
      area: r.check.meta.area,
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
    nonUtf8: tally.nonUtf8,
    profile,
    inlineSuppressions,
    malformed: [...malformed.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind))),
    secrets,
    scanned: tally.scanned,
    notices,
    blockers,
    timings: { discoverMs, readMs, bytes: tally.bytes, perRuleMs },
    map: map.data(),
    ...(mapRun.change ? { mapChange: mapRun.change } : {}),
    workspace,
    ...(cacheStats ? { cache: cacheStats } : {}),
    ...(memo ? { memo } : {}),
  };
}

/**
 * At most this many changed files are swapped into the last run's record (replayRecord); more, and
 * the run replays file by file. Each is read and its checks run (about half a millisecond a file on
 * theia), where looking them up would read every entry of the fact file (25 ms on theia's 4,200).
 */
const PATCH_FILES = 64;

/**
 * Worker threads pay off when the work outweighs starting them: each loads the engine and warms up
 * its own lexers and parsers (about a second of CPU before they run at full speed), and holds its
 * own copy of the caches (50+ MB); the main thread works beside them. Decided by the bytes still to
 * read and the bytes of code some check may read, never by a file count. Measured on two cores (one
 * worker and the main thread): theia (24 MB of TypeScript, 31 MB in all) 3.4 s instead of 3.5 s,
 * not worth 55 MB; biome (110 MB) 5.0 s instead of 6.3 s.
 */
const POOL_MIN_CODE_BYTES = 48 * 1024 * 1024;
const POOL_MIN_BYTES = 64 * 1024 * 1024;

/** A pool when every check that reads files is pure (else it would need the text here too) and the work is large. */
function openPool(
  options: Options,
  running: Running[],
  todo: WorkerBatch,
  capture: ReadonlyArray<readonly string[] | undefined>,
  languages: Lang[],
  maps: { map: RepositoryMapData; base?: RepositoryMapData },
  contents: ReadonlyMap<string, Buffer> = new Map(),
): PureCheckPool | null {
  const readers = running.filter((r) => !r.status && r.visitor.file);
  if (readers.length === 0 || readers.some((r) => !r.check.meta.pure) || todo.length === 0) return null;
  const ruleIds = readers.map((r) => r.check.meta.id);
  const init = { options, ruleIds, capture: capture.flatMap((g) => g ?? []), languages, ...maps, contents: [...contents] };
  const forced = process.env.READINESS_GATE_WORKERS; // tests and benchmarks: a number of workers, or 0 for none
  if (forced !== undefined) return Number(forced) > 0 ? PureCheckPool.open(init, Number(forced)) : null;
  if (availableParallelism() < 2) return null;
  const parsed = new Set<Lang>(languages);
  let bytes = 0;
  let code = 0;
  for (const [, path] of todo) {
    let size = 0;
    try {
      size = lstatSync(join(options.root, path)).size; // a size, not a read: a link's own size is small
    } catch {
      continue; // gone or unreadable: the file pass will say so
    }
    bytes += size;
    const lang = langOf(path);
    if (lang && parsed.has(lang)) code += size;
    if (code >= POOL_MIN_CODE_BYTES || bytes >= POOL_MIN_BYTES) return PureCheckPool.open(init);
  }
  return null;
}

/**
 * Options no file() reads: outputs, thresholds applied after the file pass, evidence and network
 * settings, and the date (read by end() only). Leaving one out of the cache's digest is safe only
 * because no check's file() or create() reads it: a new option stays in the digest until it is listed here.
 */
const AFTER_FILE_PASS: ReadonlySet<keyof Options> = new Set<keyof Options>([
  'githubToken', 'report', 'sarif', 'sbom', 'sbomFormat', 'sbomSpecVersion', 'vulnerabilityScan', 'osvUrl', 'maxAnnotations', 'annotations', 'prComment',
  'sarifCategory', 'sarifRules', 'uploadArtifact', 'dependencyGraph', 'baseline', 'newFindingsOnly', 'failOn', 'minScore', 'maxP1', 'maxP2', 'testReports', 'coverageReports',
  'buildLogs', 'cacheDir', 'today',
  // Where the tree is: a file's outcome holds root-relative paths only. (The cache file is still named
  // per scanned folder, for pruning: fact-cache.ts.) The rules folder counts by its content, below.
  'root', 'cwd', 'rulesDir',
]);

/** The fact cache for this run's configuration: tool build, checks, options and repository map. */
function openFactCache(
  options: Options,
  fileChecks: readonly FileCheck[],
  capture: ReadonlyArray<readonly string[] | undefined>,
  languages: Lang[],
  mapRun: { map: { data(): RepositoryMapData }; base?: RepositoryMapData },
  contents: ReadonlyMap<string, Buffer>,
): FactCache | undefined {
  // The map's counts change with every added file and are read by no check's file().
  const relevant = Object.fromEntries(Object.entries(options).filter(([k]) => !AFTER_FILE_PASS.has(k as keyof Options)));
  const mapOf = (m: RepositoryMapData | undefined) => (m ? { ...m, counts: undefined } : undefined);
  const digest = digestOf({
    build: BUILD_ID,
    options: relevant,
    rules: options.rulesDir ? folderDigest(options.rulesDir) : undefined,
    checks: fileChecks.map((c) => c.id),
    capture: capture.flatMap((g) => g ?? []),
    languages,
    map: mapOf(mapRun.map.data()),
    base: mapOf(mapRun.base),
    given: [...contents.keys()].sort(),
  });
  return options.cacheDir === null ? undefined : FactCache.open(options.cacheDir, digest, options.root);
}

/** Writes the cache; a folder that cannot be written costs the next run its speed, never this run its verdict. */
function saveCache(cache: FactCache): { saved: boolean; notice?: string } {
  try {
    return { saved: cache.save() };
  } catch (e) {
    return { saved: false, notice: `the fact cache could not be saved (${errorText(e)}); the next run reads every file again` };
  }
}

/** Keeps the map for the next run; undefined, or the notice saying why it could not. */
function saveMap(file: ReturnType<typeof mapMemoFile>, map: StoredMap): string | undefined {
  try {
    file.save(map);
    return undefined;
  } catch (e) {
    return `the repository map could not be kept for the next run (${errorText(e)})`;
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
