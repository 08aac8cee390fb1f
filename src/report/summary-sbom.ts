// The summary's SBOM section: what the bill of materials holds (components per ecosystem, direct vs
// transitive, licenses, vulnerabilities by severity) and what it could not hold, and why.
import type { RunResult } from '../model/result.js';
import { codeSpan, details, escapeMarkdown, formatInt, mdTable, plural } from './markdown.js';

export function sbomSection(r: RunResult, cap: number): string[] {
  const s = r.sbom;
  if (!s) return [];
  const out: string[] = ['### SBOM'];
  const parsed = s.lockfiles.filter((l) => l.status === 'parsed');
  out.push(
    `${codeSpan(s.path)} (CycloneDX ${s.specVersion} ${s.format.toUpperCase()}): ${plural(s.components, 'component')} from ${plural(parsed.length, 'lockfile or manifest', 'lockfiles and manifests')} — ` +
      `${formatInt(s.direct)} direct, ${formatInt(s.transitive)} transitive, ${formatInt(s.dev)} for development only.`,
  );
  const eco = Object.entries(s.ecosystems).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (eco.length > 0) out.push(`**Ecosystems:** ${eco.map(([k, n]) => `${escapeMarkdown(k)} ${formatInt(n)}`).join(', ')}.`);
  const lic = Object.entries(s.licenses.spdx).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = lic.slice(0, Math.min(cap, 8)).map(([k, n]) => `${escapeMarkdown(k)} (${formatInt(n)})`);
  out.push(
    `**Licenses:** ${top.length > 0 ? top.join(', ') : 'none recorded'}${lic.length > top.length ? `, and ${plural(lic.length - top.length, 'other')}` : ''}; ` +
      `${formatInt(s.licenses.unknown)} without a recorded SPDX license.`,
  );
  const v = s.vulnerabilities;
  if (v && !v.checked) out.push(`**Vulnerabilities:** not checked — ${escapeMarkdown(v.reason ?? 'OSV could not be reached')}.${withheldNote(v.withheld)}`);
  else if (v) {
    const parts = (['critical', 'high', 'medium', 'low', 'unknown'] as const).filter((k) => v.bySeverity[k] > 0).map((k) => `${formatInt(v.bySeverity[k])} ${k}`);
    out.push(`**Vulnerabilities (OSV):** ${v.components === 0 ? 'no known advisory' : `${plural(v.components, 'component')} with advisories (${parts.join(', ')})`}.${withheldNote(v.withheld)}`);
  }
  const bad = s.lockfiles.filter((l) => l.status !== 'parsed');
  const notes: string[] = [];
  if (bad.length > 0) {
    notes.push(mdTable(['File', 'Status', 'Why'], bad.slice(0, cap).map((l) => [codeSpan(l.path, true), l.status, escapeMarkdown(l.reason ?? '', 'br')])));
  }
  if (s.skipped.length > 0) {
    // Grouped by reason: a hundred git dependencies are one line, not a hundred.
    const byReason = new Map<string, string[]>();
    for (const k of s.skipped) byReason.set(k.reason, [...(byReason.get(k.reason) ?? []), k.name]);
    const rows = [...byReason.entries()]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, cap)
      .map(([reason, names]) => [escapeMarkdown(reason), formatInt(names.length), escapeMarkdown(names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : ''), 'br')]);
    notes.push(mdTable(['Not a component because', 'Entries', 'For example'], rows, ['l', 'r', 'l']));
  }
  // Under a tight size budget (a capped plan) the details go: the JSON report lists them all.
  if (notes.length > 0 && cap >= 50) out.push(details(`What the SBOM leaves out (${plural(bad.length + s.skipped.length, 'entry', 'entries')})`, notes.join('\n\n')));
  return out;
}

/** Why components were not looked up: the names of private packages never leave the run (README "What is sent to OSV"). */
const WITHHELD_WHY: Readonly<Record<string, string>> = {
  workspace: 'in this repository',
  'private-packages': 'matched by private-packages',
  scope: 'private scope or source mapping',
  registry: 'private registry',
  goprivate: 'GOPRIVATE',
  'project-group': "the project's own Maven groups",
};

function withheldNote(withheld: Readonly<Record<string, number | undefined>> | undefined): string {
  const parts = Object.entries(withheld ?? {}).filter((e): e is [string, number] => (e[1] ?? 0) > 0);
  if (parts.length === 0) return '';
  const total = parts.reduce((n, [, k]) => n + k, 0);
  return ` ${plural(total, 'component')} not sent to OSV: ${parts.map(([k, n]) => `${formatInt(n)} ${WITHHELD_WHY[k] ?? escapeMarkdown(k)}`).join(', ')}.`;
}
