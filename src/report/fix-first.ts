// "Fix first" (issue 13): the findings grouped into one entry per rule, in the order to fix them,
// so the summary, the PR comment and the effort list write a rule's fix once and show its places.
//
// Order: severity first (P0 before P1 before P2: the blockers), then the rule with more findings in
// the product (runtime code, configuration, the repository; not tests or tooling), then more proven
// ones, then more findings (more of the problem goes away with one fix), then the cheaper fix per
// finding (quick wins first), then the rule id (a stable tie-break).
//
// Merging: within a rule, findings that say the same thing (same message and same evidence, at
// different places) are one problem written several times, typically copies of one manifest or
// file. They become one entry listing every place; the count still counts findings, as the JSON
// does. Findings a check already tied together (`related`, the copies of one workload) bring their
// related places along.
import type { LinkContext } from '../model/result.js';
import type { Finding, Location, Severity } from '../model/types.js';
import { codeSpan, lineLink, mdLink } from './markdown.js';

export interface FixEntry {
  /** The first finding of the entry (report order): its message, evidence and certainty are shown. */
  finding: Finding;
  /** Every other place of the same problem: merged findings' locations, then `related` ones. */
  also: Location[];
  /** Findings merged into this entry (≥ 1). */
  count: number;
}

export interface FixGroup {
  ruleId: string;
  severity: Severity;
  title: string;
  /** Every finding of the rule at this severity, in report order. */
  findings: Finding[];
  /** The findings with identical ones merged, in report order. */
  entries: FixEntry[];
  effortMinutes: number;
}

const RANK: Record<Severity, number> = { P0: 0, P1: 1, P2: 2 };

/** Groups findings (already in report order) by rule and severity, in fix order. */
export function fixGroups(findings: readonly Finding[]): FixGroup[] {
  const byRule = new Map<string, FixGroup>();
  const merged = new Map<string, FixEntry>();
  for (const f of findings) {
    // A rule lowered for some findings (test code, a likely one) is a separate, later group.
    const key = `${f.severity}\0${f.ruleId}`;
    let g = byRule.get(key);
    if (!g) {
      g = { ruleId: f.ruleId, severity: f.severity, title: f.title, findings: [], entries: [], effortMinutes: 0 };
      byRule.set(key, g);
    }
    g.findings.push(f);
    g.effortMinutes += f.effortMinutes;
    const same = `${key}\0${f.message}\0${f.evidence ?? ''}`;
    const entry = merged.get(same);
    if (entry && entry.finding.location.path !== f.location.path) {
      entry.also.push(f.location, ...(f.related ?? []));
      entry.count++;
      continue;
    }
    const e: FixEntry = { finding: f, also: [...(f.related ?? [])], count: 1 };
    if (!entry) merged.set(same, e);
    g.entries.push(e);
  }
  for (const g of byRule.values()) for (const e of g.entries) e.also = distinctPlaces(e.finding.location, e.also);
  // Within a rule, places in the product come first (stable otherwise): fixture copies follow.
  for (const g of byRule.values()) g.entries.sort((a, b) => Number(inProduct(b.finding)) - Number(inProduct(a.finding)));
  const product = (g: FixGroup) => g.findings.filter(inProduct).length;
  const proven = (g: FixGroup) => g.findings.filter((f) => f.certainty === 'proven').length;
  return [...byRule.values()].sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      product(b) - product(a) ||
      proven(b) - proven(a) ||
      b.findings.length - a.findings.length ||
      a.effortMinutes / a.findings.length - b.effortMinutes / b.findings.length ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/**
 * In the product: runtime code, configuration and deploy files, or the repository as a whole. Tests,
 * tooling, docs, examples, generated and vendored code come after (fifty fixture passwords are not
 * what to fix before six in runtime code).
 */
function inProduct(f: Finding): boolean {
  return f.fileClass === undefined || f.fileClass === 'runtime';
}

/** The places in order, each once, without the entry's own. */
function distinctPlaces(own: Location, list: readonly Location[]): Location[] {
  const seen = new Set([placeText(own)]);
  return list.filter((l) => {
    const k = placeText(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `path:line`, or `repository` for a finding about the whole tree. */
export function placeText(l: Location): string {
  return l.path === '.' ? 'repository' : `${l.path}${l.line !== undefined ? `:${l.line}` : ''}`;
}

/** A place as Markdown: `path:line` as a code span, linked to the line at this commit when the run knows the repository. */
export function placeMarkdown(links: LinkContext | null | undefined, l: Location, inTable = false): string {
  const code = codeSpan(placeText(l), inTable);
  return links ? mdLink(code, lineLink(links, l.path, l.line)) : code;
}
