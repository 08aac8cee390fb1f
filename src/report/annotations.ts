// Annotations: the findings shown on the lines at fault (SPEC §5 "Annotations").
// The runner keeps at most 10 annotations per level per step and silently drops the rest
// (actions/runner ExecutionContext.cs `_maxCountPerIssueType = 10`), so the selection fills each
// level up to that limit, worst first, and spends the last slot on a notice that points to the
// complete lists instead of emitting annotations nobody will see.
import type { RunResult } from '../model/result.js';
import type { Finding, Severity } from '../model/types.js';
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

/**
 * At most `max` annotations: findings worst first (the order of `r.findings`), at most `perLevel`
 * per level; when any finding is left out, the last slot is a notice saying how many and where
 * to find them.
 */
export function selectAnnotations(r: RunResult, max: number, perLevel = PER_LEVEL_LIMIT): Annotation[] {
  if (max <= 0 || r.findings.length === 0) return [];
  const prefix = r.links?.prefix;
  const pick = (budget: number): Finding[] => {
    const used: Record<Annotation['level'], number> = { error: 0, warning: 0, notice: 0 };
    const out: Finding[] = [];
    for (const f of r.findings) {
      if (out.length >= budget) break;
      const level = LEVEL[f.severity];
      if (used[level] >= perLevel) continue;
      used[level]++;
      out.push(f);
    }
    return out;
  };
  let chosen = pick(max);
  if (chosen.length < r.findings.length) {
    // Room for the overflow notice: one slot overall, and one notice within the per-level limit.
    chosen = pick(max - 1);
    const notices = chosen.filter((f) => LEVEL[f.severity] === 'notice');
    if (notices.length >= perLevel) chosen.splice(chosen.lastIndexOf(notices[notices.length - 1]!), 1);
  }
  const out = chosen.map((f) => toAnnotation(r, f, prefix));
  const left = r.findings.length - chosen.length;
  if (left > 0) {
    out.push({
      level: 'notice',
      title: 'readiness-gate: more findings',
      message: `${left} more finding${left === 1 ? '' : 's'}: see the job summary / SARIF${r.options.report ? ` / ${r.options.report}` : ''}.`,
    });
  }
  return out;
}

/**
 * Annotation messages are plain text (the runner shows them as written, no Markdown), so the message
 * is the finding's plain one; the line after it says how sure it is: a P0's proof, or a likely
 * finding's gap when the message does not name it already.
 */
function toAnnotation(r: RunResult, f: Finding, prefix: string | undefined): Annotation {
  const a: Annotation = {
    level: LEVEL[f.severity],
    title: `readiness-gate ${f.severity} ${f.ruleId}: ${f.title}`,
    message: capMessage(`${f.message}\n${certaintyLine(r, f)}${f.evidence ? `\nEvidence: ${f.evidence}` : ''}\nFix: ${f.remediation}`),
  };
  // A repository-level finding has no file to sit on: it becomes an annotation of the run.
  if (f.location.path === '.' || f.location.path === '') return a;
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
