import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  SEVERITIES,
  SKIP_REASONS
} from "./chunk-O55OHSQ6.js";
import {
  formatHours,
  formatInt,
  unnamedGap
} from "./chunk-V2YLVD6X.js";

// src/report/terminal.ts
var TERMINAL_CAP = { P0: 50, P1: 20, P2: 10 };
var ANSI = { red: 31, green: 32, yellow: 33, cyan: 36, bold: 1, dim: 2 };
var SEVERITY_STYLE = { P0: "red", P1: "yellow", P2: "cyan" };
function renderTerminal(r, o) {
  const paint = (style, s) => o.color ? `\x1B[${ANSI[style]}m${s}\x1B[0m` : s;
  const width = o.width && o.width >= 40 ? o.width : 120;
  const out = [];
  const verdict = r.verdict.blocked ? paint("bold", paint("red", "BLOCKED")) : paint("bold", paint("green", "READY"));
  const why = r.verdict.blocked ? r.verdict.reasons.join("; ") : readyReason(r);
  out.push(`${verdict}  ${clean(why)}`);
  out.push(
    `score ${r.score.value}/100 (grade ${r.score.grade})  ·  ` + SEVERITIES.map((s) => paint(SEVERITY_STYLE[s], `${s} ${formatInt(r.counts[s])}`)).join("  ") + `  ·  effort ${formatHours(r.effortMinutes)}` + (r.suppressed.length > 0 ? `  ·  ${formatInt(r.suppressed.length)} suppressed` : "")
  );
  out.push(`profile ${r.profile.kind} (${r.profile.source === "input" ? "set" : "detected"})${r.profile.source === "detected" ? `: ${clean(r.profile.reasons.join("; "))}` : ""}`);
  for (const s of SEVERITIES) {
    const list = r.findings.filter((f) => f.severity === s);
    if (list.length === 0) continue;
    out.push("", paint("bold", `${s} (${formatInt(list.length)})`));
    for (const f of list.slice(0, TERMINAL_CAP[s])) {
      const gap = unnamedGap(f);
      const tag = f.certainty === "likely" ? paint("dim", "[likely]") : "[proven]";
      out.push(`  ${clean(place(f))}  ${paint(SEVERITY_STYLE[s], s)} ${f.ruleId} ${tag}  ${clean(f.message)}${gap ? ` (not proven: ${clean(gap)})` : ""}`);
      if (f.evidence) out.push(paint("dim", `      ${fit(clean(f.evidence), width - 6)}`));
    }
    if (list.length > TERMINAL_CAP[s]) out.push(`  …and ${formatInt(list.length - TERMINAL_CAP[s])} more (see the JSON report)`);
  }
  if (r.gaps.length > 0) {
    out.push("", paint("bold", "Gaps"));
    out.push(...table(r.gaps.map((g) => [g.area, g.component, g.status, g.evidence ?? ""]), width));
  }
  const blind = r.outcomes.filter((c) => c.status === "error" || c.status === "inconclusive" || c.status === "not-applicable");
  if (blind.length > 0) {
    out.push("", paint("bold", "Checks that could not tell"));
    out.push(...table(blind.sort(byStatus).map((c) => [c.ruleId, c.status, c.reason ?? ""]), width));
  }
  const skipped = SKIP_REASONS.filter((k) => (r.skipped[k] ?? 0) > 0).map((k) => `${k} ${formatInt(r.skipped[k])}`);
  if (skipped.length > 0) out.push("", `skipped: ${skipped.join(", ")}`);
  if (r.everyFileRead) out.push(`read anyway by ${r.everyFileRead.rules.join(", ")} (every tracked file): ${formatInt(r.everyFileRead.files)}`);
  if (r.nonUtf8.length > 0) out.push(`not UTF-8 (read as Latin-1): ${formatInt(r.nonUtf8.length)}`);
  if (r.malformed.length > 0) out.push(`could not parse: ${formatInt(r.malformed.length)} (${clean(r.malformed.slice(0, 3).map((m) => m.path).join(", "))}${r.malformed.length > 3 ? ", …" : ""})`);
  const seconds = r.timings.totalMs / 1e3;
  const rate = (n) => seconds > 0 ? n / seconds : 0;
  out.push(
    "",
    paint(
      "dim",
      `scanned ${formatInt(r.files.scanned)} file${r.files.scanned === 1 ? "" : "s"}, ${(r.files.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${formatInt(rate(r.files.scanned))} files/s, ${(rate(r.files.bytes) / 1e6).toFixed(1)} MB/s)`
    )
  );
  return `${out.join("\n")}
`;
}
function readyReason(r) {
  return r.options.failOn === "never" ? "fail-on is never: findings are reported, none blocks" : `no finding at or above ${r.options.failOn} and every threshold met`;
}
function place(f) {
  const l = f.location;
  return l.line === void 0 ? l.path : `${l.path}:${l.line}${l.column !== void 0 ? `:${l.column}` : ""}`;
}
var STATUS_ORDER = { error: 0, inconclusive: 1, "not-applicable": 2 };
function byStatus(a, b) {
  return (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
function table(rows, width) {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: cols - 1 }, (_, i) => Math.min(40, Math.max(...rows.map((r) => clean(r[i] ?? "").length))));
  return rows.map((r) => {
    const head = widths.map((w, i) => fit(clean(r[i] ?? ""), w).padEnd(w)).join("  ");
    const used = 2 + head.length + 2;
    return `  ${head}  ${fit(clean(r[cols - 1] ?? ""), Math.max(20, width - used))}`.trimEnd();
  });
}
function clean(s) {
  return s.replace(/\r\n|\r|\n/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function fit(s, max) {
  return s.length <= max ? s : `${s.slice(0, Math.max(0, max - 1))}…`;
}

export {
  renderTerminal,
  clean
};
