// The only place that writes: report files, and (through a sink the adapter provides) the job
// summary, the check run, the pull request comment, annotations and outputs. Every text that leaves
// passes through scrub() first.
import { resolve } from 'node:path';
import type { CheckRunRequest } from './github/checks.js';
import type { DependencyGraph, GraphOutcome } from './github/dependency-graph.js';
import { commentPlan, type CommentPlan } from './github/pr-comment.js';
import type { PostOutcome } from './github/rest.js';
import { outputTarget, writeOutput, type OutputName } from './io/write-output.js';
import type { RunResult } from './model/result.js';
import { checkRunAnnotations, selectAnnotations, type Annotation, type CheckAnnotation } from './report/annotations.js';
import { badgeForRun, badgePath, renderBadge } from './report/badge.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { isDistinctive, Redactor, safeRun } from './report/redact.js';
import { cutAtLine } from './report/markdown.js';
import { renderSummary } from './report/summary.js';

export interface Sink {
  summary?(markdown: string): Promise<void>;
  annotate?(a: Annotation): void;
  output?(name: string, value: string): void;
  /**
   * `annotations: check-run`: creates the check run (the head commit is the adapter's to know). Not
   * ok, or not given while annotations are: the findings go out as workflow commands, with its notice.
   */
  checkRun?(req: Omit<CheckRunRequest, 'headSha'>): Promise<PostOutcome>;
  /** `pr-comment` on a pull request event: creates or updates the sticky comment. */
  comment?(plan: CommentPlan): Promise<PostOutcome>;
  /** Where the summary's Markdown is written for the `summary-markdown` output (an absolute path). */
  summaryFile?: string;
  /** A line for the log (what was posted where). */
  log?(line: string): void;
  /**
   * `upload-artifact`: uploads the files written (report, SARIF, SBOM, summary) under `name`. Its
   * notice or warning joins the run's own annotations, which keep their slots.
   */
  upload?(name: string, files: string[]): Promise<{ level: 'info' | 'notice' | 'warning'; text: string }>;
  /** `dependency-graph: true`: submits the graph (the commit, ref and job are the adapter's to know). */
  dependencyGraph?(graph: DependencyGraph): Promise<GraphOutcome>;
}

export interface Written {
  report: string | null;
  /** The shields.io endpoint badge beside the report (src/report/badge.ts), or null with no report. */
  badge: string | null;
  sarif: string | null;
  sbom: string | null;
  /** The summary's Markdown as a file (sink.summaryFile), or null. */
  summary: string | null;
}

/** GitHub refuses a check run output.summary over 65,535 characters. */
export const CHECK_SUMMARY_MAX_CHARS = 65_535;

export { isDistinctive };

/** Replaces every distinctive raw secret value (in every rendered form: JSON, Markdown, URL...) with a marker. */
export function scrubber(secrets: ReadonlySet<string>): (text: string) => string {
  const redactor = new Redactor(secrets);
  return (text) => redactor.text(text);
}

export async function publish(run: RunResult, sink: Sink = {}): Promise<Written> {
  // Renderers read the redacted view (values masked before any escaping); scrub() re-checks each output.
  const { result: r, redactor } = safeRun(run);
  const scrub = (text: string) => redactor.text(text);
  // Checked again here (the run checked and cleaned them at its start), then written through a
  // temporary file renamed over the target: never through a link (src/io/write-output.ts).
  const write = (input: OutputName, path: string | null, text: () => string): string | null => {
    if (path === null) return null;
    // Documents get the pass that never cuts through their syntax; the summary is Markdown text.
    const format = input === 'summary-markdown' ? undefined : input === 'sbom' && r.options.sbomFormat === 'xml' ? 'xml' : 'json';
    const body = text();
    writeOutput(outputTarget(input, path, r.options.cwd), format ? redactor.document(body, format) : scrub(body));
    return path;
  };
  const wantsMarkdown = sink.summary !== undefined || sink.summaryFile !== undefined || (sink.checkRun !== undefined && r.options.annotations === 'check-run');
  const markdown = wantsMarkdown ? scrub(renderSummary(r)) : '';
  const report = write('report', r.options.report, () => renderJson(r));
  const written: Written = {
    report,
    badge: write('badge', badgeTarget(r, report), () => renderBadge(badgeForRun(r))),
    sarif: write('sarif', r.options.sarif, () => renderSarif(r)),
    sbom: writeSbom(r, write),
    summary: sink.summaryFile !== undefined ? write('summary-markdown', sink.summaryFile, () => markdown) : null,
  };
  if (sink.summary) await sink.summary(markdown);

  const verdict = verdictText(r, redactor);
  // The run's own annotations: the verdict (what core.setFailed writes), then what the person running
  // the gate should hear; notices of posts that failed join them. They keep their slots.
  const runNotes: Annotation[] = [
    ...(r.verdict.blocked ? [{ level: 'error' as const, message: verdict, title: '' }] : []),
    ...warningTexts(r, redactor).map((w) => ({ level: 'warning' as const, message: w, title: 'readiness-gate' })),
  ];
  if (sink.upload && r.options.uploadArtifact !== null) {
    const files = [written.report, written.sarif, written.sbom, written.summary].filter((p): p is string => p !== null);
    const m = await sink.upload(r.options.uploadArtifact, files);
    if (m.level === 'info') sink.log?.(scrub(m.text));
    else runNotes.push({ level: m.level, message: scrub(m.text), title: 'readiness-gate' });
  }
  const posted = async (post: Promise<PostOutcome>): Promise<boolean> => {
    const o = await post;
    if (o.ok) {
      if (o.log) sink.log?.(scrub(o.log));
    } else runNotes.push({ level: 'notice', message: scrub(o.notice), title: 'readiness-gate' });
    return o.ok;
  };

  let findingsAnnotated = false;
  if (r.options.annotations === 'check-run' && sink.checkRun) {
    findingsAnnotated = await posted(
      sink.checkRun({
        conclusion: r.verdict.blocked ? 'failure' : 'success',
        title: verdict,
        // Over the limit: rendered again within it (shortened lists, as for the job summary's 1 MiB), cut as a last resort.
        summary: cutAtLine(
          markdown.length <= CHECK_SUMMARY_MAX_CHARS ? markdown : scrub(renderSummary(r, CHECK_SUMMARY_MAX_CHARS)),
          CHECK_SUMMARY_MAX_CHARS,
          '\n\n… (cut to fit the check run: the full summary is in the job summary)\n',
        ),
        annotations: checkRunAnnotations(r).map((a) => scrubCheckAnnotation(a, scrub)),
      }),
    );
  }
  if (r.options.prComment !== 'off' && sink.comment) {
    const plan = commentPlan(r, r.options.prComment);
    await posted(sink.comment({ ...plan, body: scrub(plan.body) }));
  }

  if (sink.dependencyGraph && r.options.dependencyGraph && r.dependencyGraph) {
    // From the redacted view, like every other output; a failure is a warning, never the verdict's
    // business. After the check run and the comment: a large snapshot may spend the run's network
    // budget, and those tell the author what blocks.
    const m = await sink.dependencyGraph(r.dependencyGraph);
    if (m.level === 'info') sink.log?.(scrub(m.text));
    else runNotes.push({ level: m.level, message: scrub(m.text), title: 'readiness-gate' });
  }
  if (sink.annotate) {
    // With the check run holding every finding, the workflow commands carry the run's own annotations only.
    for (const a of selectAnnotations(r, findingsAnnotated ? 0 : r.options.maxAnnotations, runNotes)) {
      sink.annotate({ ...a, message: scrub(a.message), title: scrub(a.title), ...(a.file !== undefined ? { file: scrub(a.file) } : {}) });
    }
  }
  if (sink.output) {
    const out: Record<string, string> = {
      blocked: String(r.verdict.blocked),
      score: String(r.score.value),
      grade: r.score.grade,
      p0: String(r.counts.P0),
      p1: String(r.counts.P1),
      p2: String(r.counts.P2),
      // Findings the baseline does not know: every finding when there is no baseline.
      new: String(r.findings.filter((f) => f.baseline !== 'existing').length),
      report: written.report ?? '',
      badge: written.badge ?? '',
      sarif: written.sarif ?? '',
      sbom: written.sbom ?? '',
      'summary-markdown': written.summary ?? '',
    };
    // Numbers, a grade and the paths the workflow's own inputs named: nothing of the repository's to redact.
    for (const [k, v] of Object.entries(out)) sink.output(k, v);
  }
  return written;
}

/**
 * Where the badge goes: beside the report written, unless another output is at that very path (the
 * file the workflow named wins; the badge is a convenience).
 */
function badgeTarget(r: RunResult, report: string | null): string | null {
  if (report === null) return null;
  const path = badgePath(report);
  const at = resolve(r.options.cwd, path);
  const others = [r.options.sarif, r.sbom?.path ?? null].filter((p): p is string => p !== null);
  return others.some((p) => resolve(r.options.cwd, p) === at) ? null : path;
}

function scrubCheckAnnotation(a: CheckAnnotation, scrub: (s: string) => string): CheckAnnotation {
  return { ...a, path: scrub(a.path), title: scrub(a.title), message: scrub(a.message), ...(a.raw_details !== undefined ? { raw_details: scrub(a.raw_details) } : {}) };
}

/** The CycloneDX document the SBOM phase rendered, at the sbom input's path. */
function writeSbom(r: RunResult, write: (input: OutputName, path: string | null, text: () => string) => string | null): string | null {
  const sbom = r.sbom;
  return sbom ? write('sbom', sbom.path, () => sbom.document) : null;
}

/** `render` applied to the redacted view of the run, its text re-checked: for adapters that print (the CLI's terminal). */
export function scrubbed(run: RunResult, render: (r: RunResult) => string, format?: 'json' | 'xml'): string {
  const { result, redactor } = safeRun(run);
  const text = render(result);
  return format ? redactor.document(text, format) : redactor.text(text);
}

/**
 * A message printed when there is no run to take values from (a configuration error quoting the
 * configuration file, an internal error's stack): what the secret patterns find in it is masked.
 */
export function scrubMessage(text: string): string {
  return new Redactor([]).text(text);
}

/** One sentence: why the gate is blocked, or that it is not. */
export function verdictLine(run: RunResult): string {
  const { result, redactor } = safeRun(run);
  return verdictText(result, redactor);
}

function verdictText(r: RunResult, redactor: Redactor): string {
  const line = r.verdict.blocked
    ? `BLOCKED: ${r.verdict.reasons.join('; ')} (score ${r.score.value}, grade ${r.score.grade})`
    : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
  return redactor.text(line);
}

/** Things the person running the gate should hear even when it passes. */
export function warnings(run: RunResult): string[] {
  const { result, redactor } = safeRun(run);
  return warningTexts(result, redactor);
}

function warningTexts(r: RunResult, redactor: Redactor): string[] {
  const out: string[] = [...r.notices];
  // A READY verdict over an empty tree usually means a wrong `path` or an over-broad `paths.ignore`.
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out.map((w) => redactor.text(w));
}
