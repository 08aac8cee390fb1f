// From a check's report to a Finding: message, fingerprint, the order every report uses.
import { createHash } from 'node:crypto';
import type { Check, ReportDescriptor } from '../model/check.js';
import type { FileClass } from '../model/repo-map.js';
import type { Finding } from '../model/types.js';
import { certaintyOf, decideSeverity } from '../policy/severity.js';
import type { SourceFile } from '../workspace/source-file.js';
import { helmAsWritten } from '../analysis/k8s.js';

const EVIDENCE_MAX = 200;

/** What identifies a finding across edits: the check's key, else the flagged line's text, else the message data. */
export function fingerprintKeyOf(d: ReportDescriptor<string>, f: SourceFile | undefined): string {
  if (d.fingerprintKey !== undefined) return d.fingerprintKey;
  const line = d.location.line;
  if (f && f.path === d.location.path && line !== undefined) return f.line(line).replace(/\s+/g, ' ').trim();
  return `${d.messageId}:${JSON.stringify(d.data ?? {})}`;
}

export function toFinding(check: Check, d: ReportDescriptor<string>, key: string, classOf: (path: string) => FileClass | undefined): Finding {
  const meta = check.meta;
  const template = meta.messages[d.messageId];
  if (template === undefined) throw new Error(`${meta.id}: unknown messageId '${d.messageId}'`);
  const certainty = certaintyOf(meta, d.messageId, d.certainty);
  const fileClass = d.location.path && d.location.path !== '.' ? classOf(d.location.path) : undefined;
  const gap = d.gap === undefined ? undefined : helmAsWritten(d.gap);
  const decided = decideSeverity(meta, d.messageId, certainty, fileClass, gap);
  // Helm's `.Values` markers are written back here, once for every output (the fingerprint keeps the raw data).
  const data = Object.fromEntries(Object.entries(d.data ?? {}).map(([k, v]) => [k, typeof v === 'string' ? helmAsWritten(v) : v]));
  const text = format(template, data);
  return {
    ruleId: meta.id,
    severity: decided.severity,
    certainty,
    ...(certainty === 'likely' && gap ? { gap } : {}),
    ...(fileClass ? { fileClass } : {}),
    area: meta.area,
    title: meta.title,
    messageId: d.messageId,
    data,
    // A lowered finding says why in its own words: the gap that keeps it from being proven, or where it is.
    message: decided.lowered ? `${text} (${capitalise(decided.lowered)}.)` : text,
    location: { ...d.location },
    ...(d.related !== undefined && d.related.length > 0 ? { related: d.related.map((l) => ({ ...l })) } : {}),
    ...(d.evidence !== undefined ? { evidence: clip(helmAsWritten(d.evidence)) } : {}),
    remediation: meta.remediation,
    effortMinutes: meta.effortMinutes,
    fingerprint: key, // replaced by a hash in finalize()
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Most places a merged finding lists besides its own (the rest are counted in its message). */
export const MAX_RELATED = 100;

/**
 * One finding per repeated value (meta.oneFindingPerValue): findings of one rule with the same
 * fingerprint key (the value's hash), message, severity, certainty and file class are one problem
 * written in several places (the same test password in fifteen fixtures is one value to replace).
 * The first in report order keeps its location; the others become its related locations.
 * Called before finalize(), while `fingerprint` still holds the key. A place that a suppression may
 * cover (`alone`) keeps a finding of its own: merged, the first place's suppression would silence
 * every other place, and its suppression none.
 */
export function mergeRepeats(findings: readonly Finding[], alone: (f: Finding) => boolean = () => false): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (alone(f)) {
      out.push(f);
      continue;
    }
    const k = [f.fingerprint, f.messageId, f.severity, f.certainty, f.gap ?? '', f.fileClass ?? ''].join('\0');
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  for (const g of groups.values()) {
    if (g.length === 1) {
      out.push(g[0]!);
      continue;
    }
    g.sort(compareFindings);
    const [first, ...rest] = g as [Finding, ...Finding[]];
    const places = [...(first.related ?? []), ...rest.map((f) => f.location)];
    const more = places.length;
    out.push({
      ...first,
      message: `${first.message} (The same value is written in ${more} more ${more === 1 ? 'place' : 'places'}.)`,
      related: places.slice(0, MAX_RELATED).map((l) => ({ ...l })),
    });
  }
  return out;
}

/** Sort, and turn fingerprint keys into stable hashes: rule + path + key + occurrence among equals. */
export function finalize(findings: Finding[]): Finding[] {
  const sorted = findings.slice().sort(compareFindings);
  const seen = new Map<string, number>();
  return sorted.map((f) => {
    const base = `${f.ruleId}\0${f.location.path}\0${f.fingerprint}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const fingerprint = createHash('sha256').update(`${base}\0${n}`).digest('hex').slice(0, 32);
    return { ...f, fingerprint };
  });
}

const SEVERITY_RANK = { P0: 0, P1: 1, P2: 2 } as const;

/** Worst first, then by place: the order of every report. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.location.path, b.location.path) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function format(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(data, k) ? String(data[k]) : m));
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EVIDENCE_MAX ? `${one.slice(0, EVIDENCE_MAX - 1)}…` : one;
}
