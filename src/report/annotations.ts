// Annotations: the findings shown on the lines at fault (SPEC §5 "Annotations").
// The runner keeps at most 10 annotations per level per step and silently drops the rest
// (actions/runner ExecutionContext.cs `_maxCountPerIssueType = 10`). One place decides every slot:
// the annotations about the run itself (the BLOCKED verdict, an unreachable OSV, a check run that
// could not be created) come first and always keep theirs, so ten P0s cannot push the verdict out;
// then one annotation per rule, worst rule first, so the run page shows every kind of problem;
// then more of each rule while slots remain; the last slot is a notice pointing to the complete
// lists. The check-run mode has no such limit: every finding becomes an annotation of the check run.
import type { RunResult } from '../model/result.js';
import type { Finding, Location, Severity } from '../model/types.js';
import { repoPath } from './markdown.js';
import { certaintyLine } from './message.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export const LEVEL: Record<Severity, Annotation['level']> = { P0: 'error', P1: 'warning', P2: 'notice' };
/** The runner's per-level, per-step limit (see the header). */
export const PER_LEVEL_LIMIT = 10;
/** The runner cuts longer messages (ActionCommandManager `_maxIssueMessageLength`). */
export const MAX_MESSAGE_CHARS = 4096;

type Level = Annotation['level'];

/**
 * The findings that may be annotated: with new-findings-only the existing ones (in the baseline)
 * stay off the diff, as they cannot block.
 */
export function annotatable(r: RunResult): Finding[] {
  return r.options.newFindingsOnly ? r.findings.filter((f) => f.baseline !== 'existing') : r.findings;
}

/**
 * The annotations to emit as workflow commands: `run` (about the run itself: the verdict, operational
 * warnings and notices) first, all of them, each level's overflow merged into its tenth; then the
 * findings, one per rule first and worst first, then more per rule, within `perLevel` per level and
 * `max` in all (`run` counts towards `max` but is never cut by it); when a finding is left out, the
 * last slot is a notice saying how many and where to find them. Findings are listed worst first.
 */
export function selectAnnotations(r: RunResult, max: number, run: readonly Annotation[] = [], perLevel = PER_LEVEL_LIMIT): Annotation[] {
  const fixed = fitRun(run, perLevel);
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of fixed) used[a.level]++;
  const candidates = annotatable(r);
  const budget = max - fixed.length;
  if (budget <= 0 || candidates.length === 0) return fixed;
  const prefix = r.links?.prefix;

  let chosen = pick(candidates, budget, used, perLevel);
  if (chosen.size < candidates.length) {
    // Room for the overflow notice: one slot overall, and one notice within the per-level limit.
    chosen = pick(candidates, budget - 1, { ...used, notice: used.notice + 1 }, perLevel);
  }
  const left = candidates.length - chosen.size;
  // Per rule: how many of its findings are not annotated, said once on the first that is.
  const unshown = new Map<string, number>();
  for (const f of candidates) if (!chosen.has(f)) unshown.set(f.ruleId, (unshown.get(f.ruleId) ?? 0) + 1);
  const out = [...fixed];
  for (const f of candidates) {
    if (!chosen.has(f)) continue;
    const more = unshown.get(f.ruleId);
    unshown.delete(f.ruleId);
    out.push(toAnnotation(r, f, prefix, more ? `\n…and ${more} more of this rule: see the job summary.` : ''));
  }
  if (left > 0 && used.notice < perLevel) {
    out.push({
      level: 'notice',
      title: 'readiness-gate: more findings',
      message: `${left} more finding${left === 1 ? '' : 's'}: see the job summary / SARIF${r.options.report ? ` / ${r.options.report}` : ''}.`,
    });
  }
  return out;
}

/**
 * Up to `budget` findings within the per-level slots left: the first (worst) of each rule, rules in
 * order of their worst finding; then the second of each rule, and so on, until no slot is left.
 */
function pick(findings: readonly Finding[], budget: number, used: Readonly<Record<Level, number>>, perLevel: number): Set<Finding> {
  const chosen = new Set<Finding>();
  if (budget <= 0) return chosen;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const rules = [...byRule.values()];
  const taken: Record<Level, number> = { ...used };
  // One round per depth: at most as many rounds as the longest rule has findings.
  for (let depth = 0; chosen.size < budget; depth++) {
    let added = false;
    let deeper = false;
    for (const list of rules) {
      if (chosen.size >= budget) break;
      const f = list[depth];
      if (f === undefined) continue;
      deeper = true;
      const level = LEVEL[f.severity];
      if (taken[level] >= perLevel) continue;
      taken[level]++;
      chosen.add(f);
      added = true;
    }
    if (!deeper || (!added && (['error', 'warning', 'notice'] as const).every((l) => taken[l] >= perLevel))) break;
  }
  return chosen;
}

/**
 * The run's own annotations within the per-level limit: past it, the rest of a level are merged into
 * its last slot (one line each) rather than silently dropped by the runner.
 */
function fitRun(run: readonly Annotation[], perLevel: number): Annotation[] {
  const out: Annotation[] = [];
  const merged = new Map<Level, Annotation>();
  const count: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of run) {
    const m = merged.get(a.level);
    if (m) {
      m.message = capMessage(`${m.message}\n${a.message}`);
      continue;
    }
    if (++count[a.level] < perLevel) {
      out.push(a);
      continue;
    }
    const last: Annotation = { level: a.level, title: 'readiness-gate', message: capMessage(a.message) };
    merged.set(a.level, last);
    out.push(last);
  }
  return out;
}

/**
 * Annotation messages are plain text (the runner shows them as written, no Markdown), so the message
 * is the finding's plain one; the line after it says how sure it is: a P0's proof, or a likely
 * finding's gap when the message does not name it already. `more` (the rule's findings left out)
 * is kept whole when the rest is cut.
 */
function toAnnotation(r: RunResult, f: Finding, prefix: string | undefined, more = ''): Annotation {
  const a: Annotation = {
    level: LEVEL[f.severity],
    title: annotationTitle(f),
    message: capMessage(plainMessage(r, f), MAX_MESSAGE_CHARS - more.length) + more,
  };
  // A repository-level finding has no file to sit on: it becomes an annotation of the run.
  if (isRepositoryLevel(f.location)) return a;
  a.file = repoPath(prefix, f.location.path);
  const { line, endLine, column, endColumn } = f.location;
  if (line === undefined || line < 1) return a;
  a.startLine = line;
  if (endLine !== undefined && endLine >= line) a.endLine = endLine;
  // The runner drops columns on a multi-line range (ActionCommandManager ValidateLinesAndColumns).
  if ((a.endLine === undefined || a.endLine === line) && column !== undefined && column >= 1) {
    a.startColumn = column;
    if (endColumn !== undefined && endColumn >= column) a.endColumn = endColumn;
  }
  return a;
}

const annotationTitle = (f: Finding) => `readiness-gate ${f.severity} ${f.ruleId}: ${f.title}`;
const plainMessage = (r: RunResult, f: Finding) => `${f.message}\n${certaintyLine(r, f)}${f.evidence ? `\nEvidence: ${f.evidence}` : ''}\nFix: ${f.remediation}`;
const isRepositoryLevel = (l: Location) => l.path === '.' || l.path === '';

// --- check-run annotations (Checks API) --------------------------------------------------------------

/** An annotation as the Checks API takes it (REST "Create a check run", output.annotations[]). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title: string;
  raw_details?: string;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = { P0: 'failure', P1: 'warning', P2: 'notice' };
/** The Checks API's limits: message and raw_details 64 KB, title 255 characters. */
export const CHECK_TEXT_BYTES = 64 * 1024;
export const CHECK_TITLE_CHARS = 255;
/** The runner files annotations of the run itself (no file) under this path; findings without a file go there too. */
export const RUN_LEVEL_PATH = '.github';

/**
 * Every annotatable finding as a check-run annotation, worst first. Path and line are required by
 * the API: a finding without a line sits on line 1, one without a file on RUN_LEVEL_PATH.
 */
export function checkRunAnnotations(r: RunResult): CheckAnnotation[] {
  const prefix = r.links?.prefix;
  return annotatable(r).map((f) => {
    const { line, endLine, column, endColumn } = f.location;
    const start = line !== undefined && line >= 1 ? line : 1;
    const end = line !== undefined && endLine !== undefined && endLine >= start ? endLine : start;
    const a: CheckAnnotation = {
      path: isRepositoryLevel(f.location) ? RUN_LEVEL_PATH : repoPath(prefix, f.location.path),
      start_line: start,
      end_line: end,
      annotation_level: CHECK_LEVEL[f.severity],
      message: capBytes(plainMessage(r, f), CHECK_TEXT_BYTES),
      title: capMessage(annotationTitle(f), CHECK_TITLE_CHARS),
    };
    // Columns only on a single line (the API refuses them on a range).
    if (line !== undefined && end === start && column !== undefined && column >= 1) {
      a.start_column = column;
      if (endColumn !== undefined && endColumn >= column) a.end_column = endColumn;
    }
    if (f.related !== undefined && f.related.length > 0) {
      const also = f.related.map((l) => `${repoPath(prefix, l.path)}${l.line !== undefined ? `:${l.line}` : ''}`);
      a.raw_details = capBytes(`Also written at:\n${also.join('\n')}`, CHECK_TEXT_BYTES);
    }
    return a;
  });
}

/** Cuts to at most `max` UTF-8 bytes (an ellipsis included) without splitting a character. */
export function capBytes(s: string, max: number): string {
  if (Buffer.byteLength(s, 'utf8') <= max) return s;
  let bytes = 3; // the ellipsis
  let i = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    bytes += n;
    i += ch.length;
  }
  return `${s.slice(0, i)}…`;
}

/** Cuts to MAX_MESSAGE_CHARS code units without splitting a surrogate pair. */
export function capMessage(s: string, max = MAX_MESSAGE_CHARS): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(s.charAt(cut - 1))) cut--;
  return `${s.slice(0, cut)}…`;
}

// --- the workflow command, exactly as @actions/core writes it --------------------------------------

/** toolkit packages/core/src/command.ts escapeData. `%` first, so the others are not double-escaped. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** toolkit packages/core/src/command.ts escapeProperty. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error title=…,file=…,line=…,endLine=…,col=…,endColumn=…::message`, byte for byte what
 * core.error/warning/notice(message, properties) prints for the same annotation: the same property
 * order (core utils.ts toCommandProperties), absent or falsy properties left out, and the space after
 * the command name that core writes whenever a properties object is passed.
 */
export function formatCommand(a: Annotation): string {
  const props: Array<[string, string | number | undefined]> = [
    ['title', a.title],
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['endColumn', a.endColumn],
  ];
  const list = props.filter(([, v]) => Boolean(v)).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level} ${list.join(',')}::${escapeData(capMessage(a.message))}`;
}
