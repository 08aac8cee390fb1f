// From a check's report to a Finding: message, fingerprint, the order every report uses.
import { createHash } from 'node:crypto';
import { ruleSpec } from '../model/catalogue.js';
import type { Check, ReportDescriptor } from '../model/check.js';
import type { Finding } from '../model/types.js';
import type { SourceFile } from '../workspace/source-file.js';

const EVIDENCE_MAX = 200;

/** What identifies a finding across edits: the check's key, else the flagged line's text, else the message data. */
export function fingerprintKeyOf(d: ReportDescriptor<string>, f: SourceFile | undefined): string {
  if (d.fingerprintKey !== undefined) return d.fingerprintKey;
  const line = d.location.line;
  if (f && f.path === d.location.path && line !== undefined) return f.line(line).replace(/\s+/g, ' ').trim();
  return `${d.messageId}:${JSON.stringify(d.data ?? {})}`;
}

export function toFinding(check: Check, d: ReportDescriptor<string>, key: string): Finding {
  const id = check.meta.id;
  const spec = ruleSpec(id);
  const template = check.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`${id}: unknown messageId '${d.messageId}'`);
  return {
    ruleId: id,
    severity: d.severity ?? spec.severity,
    area: spec.area,
    title: spec.title,
    message: format(template, d.data ?? {}),
    location: { ...d.location },
    ...(d.evidence !== undefined ? { evidence: clip(d.evidence) } : {}),
    remediation: check.meta.remediation,
    effortMinutes: spec.effortMinutes,
    fingerprint: key, // replaced by a hash in finalize()
  };
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
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > EVIDENCE_MAX ? `${one.slice(0, EVIDENCE_MAX - 1)}…` : one;
}
