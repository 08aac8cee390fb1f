// One run, phase by phase. Everything here is engine: no @actions/* import.
import { performance } from 'node:perf_hooks';
import { relative, resolve } from 'node:path';
import { ALL_CHECKS } from './checks/index.js';
import { compareFindings, finalize } from './engine/findings.js';
import { loadEvidence } from './evidence/load.js';
import { runChecks, type ScanProgress } from './engine/run-checks.js';
import { resolveOptions, type RawInputs } from './inputs.js';
import type { Check } from './model/check.js';
import type { LinkContext, RunResult } from './model/result.js';
import { loadBaseline, markBaseline } from './policy/baseline.js';
import { computeScore } from './policy/score.js';
import { resolveFindings } from './policy/suppress.js';
import { SBOM_CAPTURE, sbomPhase } from './sbom/index.js';
import { countBySeverity, decide } from './policy/verdict.js';
import { TOOL } from './version.js';

export interface RunEnvironment {
  cwd: string;
  /** GITHUB_SERVER_URL / GITHUB_REPOSITORY / GITHUB_SHA, when running on a runner. */
  github?: { serverUrl?: string; repository?: string; sha?: string; workspace?: string };
  today?: string;
  checks?: readonly Check[];
  onProgress?: ScanProgress;
}

export async function run(raw: RawInputs, env: RunEnvironment): Promise<RunResult> {
  const t0 = performance.now();
  const options = resolveOptions(raw, { cwd: env.cwd, today: env.today });
  const baseline = options.baseline ? loadBaseline(resolve(options.cwd, options.baseline), options.cwd) : undefined;

  // The job's test, coverage and build reports: independent of the file pass, read by the evidence rules.
  const evidence = await loadEvidence(options);
  const scan = await runChecks(options, env.checks ?? ALL_CHECKS, (fs, inline) => resolveFindings(fs, options, inline).active, {
    onProgress: env.onProgress,
    evidence,
    capture: SBOM_CAPTURE,
  });
  // Lockfiles and manifests → CycloneDX, from the inventory the supply-chain rules already parsed.
  const sbom = await sbomPhase(options, scan.workspace, TOOL);

  const resolved = resolveFindings(scan.findings, options, scan.inlineSuppressions);
  const findings = markBaseline(resolved.active, baseline).sort(compareFindings);
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
    malformed: [...scan.malformed, ...sbom.malformed].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.kind.localeCompare(b.kind))),
    nonUtf8: scan.nonUtf8,
    effortMinutes: findings.reduce((s, f) => s + f.effortMinutes, 0),
    sbom: sbom.report,
    links: linkContext(env, options.root, commit),
    notices: scan.notices,
    secrets: scan.secrets,
    timings: { totalMs: performance.now() - t0, ...scan.timings },
  };
}

function linkContext(env: RunEnvironment, root: string, sha: string | null): LinkContext | null {
  const g = env.github;
  if (!g?.repository || !sha) return null;
  const ws = g.workspace ? resolve(g.workspace) : env.cwd;
  const prefix = relative(ws, root).split('\\').join('/');
  return { serverUrl: (g.serverUrl ?? 'https://github.com').replace(/\/+$/, ''), repository: g.repository, sha, prefix: prefix.startsWith('..') ? '' : prefix };
}
