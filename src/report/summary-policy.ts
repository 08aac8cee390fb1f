// The summary's policy section (SPEC §9): where the policy came from, and what the pull request
// changed in it, under its own heading near the top, so a reviewer sees a relaxed configuration,
// a rewritten baseline or a new inline suppression before reading the findings. Every path,
// value and directive is repository text: escaped, or shown as a code span.
import type { RunResult } from '../model/result.js';
import type { PolicyChange, PolicyReport } from '../policy/changes.js';
import { codeSpan, escapeMarkdown, plural } from './markdown.js';

export const POLICY_CHANGES_HEADING = '### 🛡️ Policy changes in this pull request';

export function policySection(r: RunResult, cap: number): string[] {
  const p = r.policy;
  if (!p || (!p.pullRequest && p.origin.kind === 'checkout')) return [];
  const out = [`**Policy:** ${origin(p)}`];
  if (p.changes.length === 0) return out;
  const notApplied = p.changes.filter((c) => !c.applied).length;
  out.push(
    POLICY_CHANGES_HEADING,
    `This pull request changes the gate's own policy (${plural(p.changes.length, 'change')}, ${formatNot(notApplied)} not applied). ` +
      "The configuration and baseline in force are the base commit's; a new inline suppression of a P0 finding does not suppress it, one of a P1 does and is listed for review.",
  );
  const shown = p.changes.slice(0, Math.max(cap, 0));
  if (shown.length > 0) out.push(shown.map(item).join('\n'));
  if (p.changes.length > shown.length) out.push(`…and ${plural(p.changes.length - shown.length, 'more change')}: see the JSON report's \`policy\` block.`);
  return out;
}

function formatNot(n: number): string {
  return n === 0 ? 'none' : String(n);
}

function origin(p: PolicyReport): string {
  const o = p.origin;
  const file = p.configFile ? ` (${codeSpan(p.configFile)})` : '';
  switch (o.kind) {
    case 'base-commit':
      return p.configFile
        ? `the configuration of the base commit ${codeSpan(o.sha.slice(0, 12))}${file}, read from ${o.via === 'git' ? 'the checkout' : 'the contents API'}; the pull request's own configuration is not applied.`
        : `the built-in defaults: the base commit ${codeSpan(o.sha.slice(0, 12))} has no configuration file; the pull request's own is not applied.`;
    case 'trusted-file':
      return `the platform configuration${file}, named by the \`config\` input outside the repository.`;
    case 'trusted-remote':
      return `the platform configuration ${codeSpan(o.ref)}, read through the contents API.`;
    case 'defaults':
      return `⚠️ the built-in defaults: ${escapeMarkdown(o.reason)}. The pull request's own configuration is not applied.`;
    case 'checkout':
      return `the checked-out configuration${file}.`;
  }
}

function item(c: PolicyChange): string {
  const status = c.applied ? '**applied**, listed for review' : '**not applied**';
  const what =
    c.kind === 'config'
      ? `Configuration file ${codeSpan(c.path)}`
      : c.kind === 'baseline'
        ? `Baseline ${codeSpan(c.path)}`
        : c.kind === 'repository-map'
          ? `Repository map configuration ${codeSpan(c.path)}`
        : `Inline suppression ${codeSpan(`${c.path}:${c.line ?? ''}`)}${c.directive ? ` ${codeSpan(c.directive)}` : ''}`;
  return [`- ${what}: ${status}`, ...c.details.map((d) => `  - ${escapeMarkdown(d)}`)].join('\n');
}
