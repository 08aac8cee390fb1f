// The only place that writes: report files, and (through a sink the adapter provides) the job
// summary, annotations and outputs. Every text that leaves passes through scrub() first.
import { outputTarget, writeOutput, type OutputInput } from './io/write-output.js';
import type { RunResult } from './model/result.js';
import { selectAnnotations, type Annotation } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
import { isDistinctive, Redactor, safeRun } from './report/redact.js';
import { renderSummary } from './report/summary.js';

export interface Sink {
  summary?(markdown: string): Promise<void>;
  annotate?(a: Annotation): void;
  output?(name: string, value: string): void;
}

export interface Written {
  report: string | null;
  sarif: string | null;
  sbom: string | null;
}

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
  const write = (input: OutputInput, path: string | null, text: () => string): string | null => {
    if (path === null) return null;
    writeOutput(outputTarget(input, path, r.options.cwd), scrub(text()));
    return path;
  };
  const written: Written = {
    report: write('report', r.options.report, () => renderJson(r)),
    sarif: write('sarif', r.options.sarif, () => renderSarif(r)),
    sbom: writeSbom(r, write),
  };
  if (sink.summary) await sink.summary(scrub(renderSummary(r)));
  if (sink.annotate) {
    for (const a of selectAnnotations(r, r.options.maxAnnotations)) {
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
      report: written.report ?? '',
      sarif: written.sarif ?? '',
      sbom: written.sbom ?? '',
    };
    // Numbers, a grade and the paths the workflow's own inputs named: nothing of the repository's to redact.
    for (const [k, v] of Object.entries(out)) sink.output(k, v);
  }
  return written;
}

/** The CycloneDX document the SBOM phase rendered, at the sbom input's path. */
function writeSbom(r: RunResult, write: (input: OutputInput, path: string | null, text: () => string) => string | null): string | null {
  const sbom = r.sbom;
  return sbom ? write('sbom', sbom.path, () => sbom.document) : null;
}

/** `render` applied to the redacted view of the run, its text re-checked: for adapters that print (the CLI's terminal). */
export function scrubbed(run: RunResult, render: (r: RunResult) => string): string {
  const { result, redactor } = safeRun(run);
  return redactor.text(render(result));
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
  const { result: r, redactor } = safeRun(run);
  const line = r.verdict.blocked
    ? `BLOCKED: ${r.verdict.reasons.join('; ')} (score ${r.score.value}, grade ${r.score.grade})`
    : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
  return redactor.text(line);
}

/** Things the person running the gate should hear even when it passes. */
export function warnings(run: RunResult): string[] {
  const { result: r, redactor } = safeRun(run);
  const out: string[] = [...r.notices];
  // A READY verdict over an empty tree usually means a wrong `path` or an over-broad `paths.ignore`.
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out.map((w) => redactor.text(w));
}
