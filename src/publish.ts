// The only place that writes: report files, and (through a sink the adapter provides) the job
// summary, annotations and outputs. Every text that leaves passes through scrub() first.
import { outputTarget, writeOutput, type OutputInput } from './io/write-output.js';
import type { RunResult } from './model/result.js';
import { selectAnnotations, type Annotation } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderSarif } from './report/sarif.js';
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

/**
 * A value that cannot be ordinary text: 8+ characters mixing at least two of lower case, upper case,
 * digits and symbols. A weak password such as `saleor` is also a directory name; scrubbing it
 * everywhere would mangle paths. The checks mask every value in their own evidence regardless.
 */
export function isDistinctive(value: string): boolean {
  if (value.length < 8) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2;
}

/** Replaces every distinctive raw secret value (and its JSON-escaped form) with a marker: a safety net. */
export function scrubber(secrets: ReadonlySet<string>): (text: string) => string {
  const needles = new Set<string>();
  for (const s of secrets) {
    if (!isDistinctive(s)) continue;
    needles.add(s);
    needles.add(JSON.stringify(s).slice(1, -1));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const list = [...needles].filter((n) => n.length >= 4).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (t) => t;
  return (text) => {
    let out = text;
    for (const n of list) if (out.includes(n)) out = out.split(n).join('[redacted]');
    return out;
  };
}

export async function publish(r: RunResult, sink: Sink = {}): Promise<Written> {
  const scrub = scrubber(r.secrets);
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
      sink.annotate({ ...a, message: scrub(a.message), title: scrub(a.title) });
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
    for (const [k, v] of Object.entries(out)) sink.output(k, v);
  }
  return written;
}

/** The CycloneDX document the SBOM phase rendered, at the sbom input's path. */
function writeSbom(r: RunResult, write: (input: OutputInput, path: string | null, text: () => string) => string | null): string | null {
  const sbom = r.sbom;
  return sbom ? write('sbom', sbom.path, () => sbom.document) : null;
}

/** One sentence: why the gate is blocked, or that it is not. */
export function verdictLine(r: RunResult): string {
  return r.verdict.blocked
    ? `BLOCKED: ${r.verdict.reasons.join('; ')} (score ${r.score.value}, grade ${r.score.grade})`
    : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
}

/** Things the person running the gate should hear even when it passes. */
export function warnings(r: RunResult): string[] {
  const out: string[] = [...r.notices];
  // A READY verdict over an empty tree usually means a wrong `path` or an over-broad `paths.ignore`.
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out;
}
