#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  TOOL,
  readEventFacts,
  run
} from "./chunk-7DCCWSUI.js";
import "./chunk-NLSVQWEC.js";
import {
  INPUT_LIMITS,
  clean,
  collectInputs,
  prepareOutDir,
  readInput,
  renderTerminal,
  writeInto
} from "./chunk-UQWLOBMG.js";
import {
  GRADES,
  INPUTS,
  SEVERITIES,
  SUMMARY_LIMIT_BYTES,
  badgeFor,
  didYouMean,
  gradeOf,
  publish,
  renderBadge,
  renderJson,
  renderSarif,
  renderSummary,
  scrubMessage,
  scrubbed,
  verdictLine,
  warnings
} from "./chunk-WOJAGUFP.js";
import {
  formatMs,
  installLogGuard
} from "./chunk-SUWJTSVK.js";
import {
  ConfigurationError,
  Redactor,
  UnsafeFileError,
  codeSpan,
  details,
  escapeHtml,
  escapeMarkdown,
  formatInt,
  mdLink,
  mdTable,
  plural,
  readRegularText,
  rootsForInput,
  ruleDocUrl,
  utf8Bytes
} from "./chunk-SMLQZCSD.js";
import {
  CLI_SWITCHES
} from "./chunk-QTNX3BKI.js";
import "./chunk-LTUAPBWH.js";
import "./chunk-RLDLGCUF.js";
import "./chunk-TCBXVWBI.js";

// src/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/fleet/merge-cli.ts
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";

// src/fleet/merge.ts
var RANK = { P0: 0, P1: 1, P2: 2 };
var MAX_PREVIOUS_ROWS = 1e4;
var LIMITS = { name: 256, url: 2048, ref: 256, text: 1e3, reasons: 50, title: 200 };
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var key = (name) => name.toLowerCase();
var byName = (a, b) => cmp(key(a), key(b)) || cmp(a, b);
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER;
var RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
var COMMIT = /^[0-9a-f]{7,64}$/;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
var Invalid = class extends Error {
};
function invalid(what) {
  throw new Invalid(what);
}
function cut(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function stringOrNull(v, field, max) {
  if (v === null) return null;
  if (typeof v !== "string") invalid(`${field} is not a string or null`);
  if (v.length > max) invalid(`${field} is longer than ${max} characters`);
  return v;
}
function commitOf(v, field) {
  const c = stringOrNull(v, field, 64);
  if (c !== null && !COMMIT.test(c)) invalid(`${field} is not a commit id`);
  return c;
}
function nameOf(v, field) {
  if (typeof v !== "string" || v.trim() === "") invalid(`${field} is not a non-empty string`);
  if (v.length > LIMITS.name) invalid(`${field} is longer than ${LIMITS.name} characters`);
  if (CONTROL.test(v)) invalid(`${field} holds a control character`);
  return v;
}
function reportFacts(v) {
  if (!isObject(v)) invalid("the report is not a JSON object");
  if (v.schemaVersion !== 1) invalid("schemaVersion is not 1");
  if (!isObject(v.tool) || v.tool.name !== "readiness-gate") invalid("tool.name is not readiness-gate");
  const verdict2 = v.verdict;
  if (!isObject(verdict2) || typeof verdict2.blocked !== "boolean") invalid("verdict.blocked is not a boolean");
  if (!Array.isArray(verdict2.reasons) || !verdict2.reasons.every((x) => typeof x === "string")) invalid("verdict.reasons is not a list of strings");
  const score = v.score;
  if (!isObject(score) || !isCount(score.value) || score.value > 100) invalid("score.value is not a whole number from 0 to 100");
  if (score.grade !== gradeOf(score.value)) invalid(`score.grade does not match score.value ${score.value}`);
  const c = v.counts;
  if (!isObject(c) || !SEVERITIES.every((s) => isCount(c[s]))) invalid("counts is not P0, P1 and P2 counts");
  if (!Array.isArray(v.findings)) invalid("findings is not a list");
  const tallies = /* @__PURE__ */ new Map();
  const seen = { P0: 0, P1: 0, P2: 0 };
  v.findings.forEach((f, i) => {
    if (!isObject(f)) invalid(`findings[${i}] is not an object`);
    if (typeof f.ruleId !== "string" || !RULE_ID.test(f.ruleId)) invalid(`findings[${i}].ruleId is not a rule id`);
    if (typeof f.severity !== "string" || !SEVERITIES.includes(f.severity)) invalid(`findings[${i}].severity is not P0, P1 or P2`);
    if (typeof f.title !== "string") invalid(`findings[${i}].title is not a string`);
    const severity = f.severity;
    seen[severity]++;
    const k = `${severity}\0${f.ruleId}`;
    const t = tallies.get(k);
    if (t) t.findings++;
    else tallies.set(k, { ruleId: f.ruleId, severity, title: cut(f.title, LIMITS.title), findings: 1 });
  });
  for (const s of SEVERITIES) if (seen[s] !== c[s]) invalid(`counts.${s} is ${String(c[s])} but the report lists ${seen[s]} ${s} findings`);
  return {
    commit: commitOf(v.commit ?? null, "commit"),
    blocked: verdict2.blocked,
    reasons: verdict2.reasons.slice(0, LIMITS.reasons).map((r) => cut(r, LIMITS.text)),
    score: score.value,
    grade: score.grade,
    counts: { P0: c.P0, P1: c.P1, P2: c.P2 },
    rules: [...tallies.values()]
  };
}
function otherOutput(v) {
  if (v.kind === "readiness-gate-merged") return "a merged report";
  if (v.bomFormat === "CycloneDX") return "a CycloneDX SBOM";
  if (Array.isArray(v.runs) && typeof v.version === "string") return "a SARIF log";
  if (v.schemaVersion === 1 && typeof v.label === "string" && typeof v.message === "string" && !("tool" in v)) return "a badge";
  return void 0;
}
function emptyRow(repository2) {
  return { repository: repository2, url: null, runUrl: null, ref: null, commit: null, status: "failed", error: null, blocked: null, score: null, grade: null, counts: null, p0Rules: [], reasons: [], change: null };
}
function scannedRow(base, r) {
  return {
    ...base,
    commit: base.commit ?? r.commit,
    status: "scanned",
    error: null,
    blocked: r.blocked,
    score: r.score,
    grade: r.grade,
    counts: r.counts,
    p0Rules: [...new Set(r.rules.filter((t) => t.severity === "P0").map((t) => t.ruleId))].sort(cmp),
    reasons: r.reasons
  };
}
function failedRow(base, error) {
  return { ...base, status: "failed", error: cut(error, LIMITS.text) };
}
function candidateOf(file) {
  const fail = (why) => ({ row: failedRow(emptyRow(file.fallbackName), `${file.path}: ${why}`), rules: [], path: file.path });
  if (file.text === void 0) return fail(file.error ?? "could not be read");
  let doc;
  try {
    doc = JSON.parse(file.text);
  } catch (e) {
    return fail(`not valid JSON (${e.message})`);
  }
  if (!isObject(doc)) return fail("not a readiness-gate report or fleet entry (not a JSON object)");
  if (doc.kind === "readiness-gate-fleet-entry") return entryCandidate(file, doc);
  if ("verdict" in doc && isObject(doc.tool) && doc.tool.name === "readiness-gate") {
    try {
      const r = reportFacts(doc);
      return { row: scannedRow(emptyRow(file.fallbackName), r), rules: r.rules, path: file.path };
    } catch (e) {
      if (!(e instanceof Invalid)) throw e;
      return fail(`not a valid report: ${e.message}`);
    }
  }
  const other = otherOutput(doc);
  if (other && file.walked) return void 0;
  return fail(`not a readiness-gate report or fleet entry${other ? ` (it is ${other})` : ""}`);
}
function entryCandidate(file, doc) {
  let base;
  try {
    if (doc.schemaVersion !== 1) invalid("schemaVersion is not 1");
    base = {
      ...emptyRow(nameOf(doc.repository, "repository")),
      url: stringOrNull(doc.url ?? null, "url", LIMITS.url),
      runUrl: stringOrNull(doc.runUrl ?? null, "runUrl", LIMITS.url),
      ref: stringOrNull(doc.ref ?? null, "ref", LIMITS.ref),
      commit: commitOf(doc.commit ?? null, "commit")
    };
    if (doc.status !== "scanned" && doc.status !== "failed") invalid("status is not scanned or failed");
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { row: failedRow(emptyRow(file.fallbackName), `${file.path}: not a valid fleet entry: ${e.message}`), rules: [], path: file.path };
  }
  if (doc.status === "failed") {
    const why = typeof doc.error === "string" && doc.error.trim() !== "" ? doc.error : "the fleet job gave no reason";
    return { row: failedRow(base, why), rules: [], path: file.path };
  }
  try {
    const r = reportFacts(doc.report);
    return { row: scannedRow(base, r), rules: r.rules, path: file.path };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { row: failedRow(base, `scanned, but its report is not valid: ${e.message}`), rules: [], path: file.path };
  }
}
var PreviousError = class extends Error {
};
function parsePrevious(text2) {
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch (e) {
    throw new PreviousError(`not valid JSON (${e.message})`);
  }
  const bad = (why) => {
    throw new PreviousError(`not a merged report: ${why}`);
  };
  if (!isObject(doc) || doc.kind !== "readiness-gate-merged") bad("kind is not 'readiness-gate-merged'");
  const d = doc;
  if (d.schemaVersion !== 1) bad("schemaVersion is not 1");
  if (!Array.isArray(d.repositories)) bad("repositories is not a list");
  if (d.repositories.length > MAX_PREVIOUS_ROWS) bad(`more than ${MAX_PREVIOUS_ROWS} repositories`);
  const seen = /* @__PURE__ */ new Set();
  d.repositories.forEach((r, i) => {
    const at = `repositories[${i}]`;
    if (!isObject(r) || typeof r.repository !== "string" || r.repository === "") bad(`${at}.repository is not a name`);
    const name = r.repository;
    if (name.length > LIMITS.name || CONTROL.test(name)) bad(`${at}.repository is longer than ${LIMITS.name} characters or holds a control character`);
    const row3 = r;
    if (seen.has(key(row3.repository))) bad(`${at}: ${JSON.stringify(row3.repository)} is listed twice`);
    seen.add(key(row3.repository));
    if (row3.status !== "scanned" && row3.status !== "failed") bad(`${at}.status is not scanned or failed`);
    if (row3.blocked !== null && typeof row3.blocked !== "boolean") bad(`${at}.blocked is not a boolean or null`);
    if (row3.score !== null && !(isCount(row3.score) && row3.score <= 100)) bad(`${at}.score is not 0 to 100 or null`);
    if (row3.grade !== null && !GRADES.includes(row3.grade)) bad(`${at}.grade is not A to F or null`);
    if (row3.counts !== null && !(isObject(row3.counts) && SEVERITIES.every((s) => isCount(row3.counts[s])))) bad(`${at}.counts is not P0, P1 and P2 counts or null`);
    if (!Array.isArray(row3.p0Rules) || !row3.p0Rules.every((x) => typeof x === "string")) bad(`${at}.p0Rules is not a list of strings`);
  });
  return doc;
}
var Merger = class {
  byRepo = /* @__PURE__ */ new Map();
  duplicated = /* @__PURE__ */ new Set();
  files = 0;
  ignored = 0;
  add(file) {
    this.files++;
    const c = candidateOf(file);
    if (!c) {
      this.ignored++;
      return;
    }
    const k = key(c.row.repository);
    const held = this.byRepo.get(k);
    if (!held) {
      this.byRepo.set(k, c);
      return;
    }
    this.duplicated.add(k);
    if (preferred(c, held)) this.byRepo.set(k, c);
  }
  /** Repositories given by more than one file, each under the name of the row kept. */
  get duplicates() {
    return [...this.duplicated].map((k) => this.byRepo.get(k).row.repository).sort(byName);
  }
  result(previous = null) {
    const winners = [...this.byRepo.values()].sort((a, b) => byName(a.row.repository, b.row.repository));
    const redactor = new Redactor([]);
    const before = new Map((previous?.repositories ?? []).map((r) => [key(r.repository), r]));
    const repositories = winners.map((c) => {
      const row3 = { ...c.row, error: c.row.error === null ? null : redactor.text(c.row.error), reasons: c.row.reasons.map((r) => redactor.text(r)) };
      const prev = before.get(key(row3.repository));
      return { ...row3, change: previous && prev ? changeOf(row3, prev) : null };
    });
    const current = new Set(repositories.map((r) => key(r.repository)));
    const scanned = repositories.filter((r) => r.status === "scanned");
    const grades = Object.fromEntries(GRADES.map((g) => [g, scanned.filter((r) => r.grade === g).length]));
    const findings = { P0: 0, P1: 0, P2: 0 };
    for (const r of scanned) for (const s of SEVERITIES) findings[s] += r.counts[s];
    return {
      schemaVersion: 1,
      kind: "readiness-gate-merged",
      tool: { name: "readiness-gate", version: TOOL.version },
      totals: {
        repositories: repositories.length,
        scanned: scanned.length,
        failed: repositories.length - scanned.length,
        blocked: scanned.filter((r) => r.blocked === true).length,
        // A failed scan is never ready: only a scanned, unblocked repository counts.
        ready: scanned.filter((r) => r.blocked === false).length,
        grades,
        findings
      },
      rules: rulesAcross(winners, redactor),
      repositories,
      previous: previous ? {
        repositories: previous.repositories.length,
        removed: previous.repositories.filter((r) => !current.has(key(r.repository))).map((r) => r.repository).sort(byName)
      } : null,
      inputs: { files: this.files, ignored: this.ignored, duplicates: this.duplicates }
    };
  }
};
function preferred(c, held) {
  const scanned = (x) => x.row.status === "scanned" ? 1 : 0;
  return scanned(c) - scanned(held) > 0 || scanned(c) === scanned(held) && cmp(c.path, held.path) > 0;
}
function rulesAcross(winners, redactor) {
  const rules2 = /* @__PURE__ */ new Map();
  for (const c of winners) {
    for (const t of c.rules) {
      const k = `${t.severity}\0${t.ruleId}`;
      let r = rules2.get(k);
      if (!r) {
        r = { ruleId: t.ruleId, title: "", severity: t.severity, repositories: 0, findings: 0, titles: /* @__PURE__ */ new Map() };
        rules2.set(k, r);
      }
      r.repositories++;
      r.findings += t.findings;
      r.titles.set(t.title, (r.titles.get(t.title) ?? 0) + 1);
    }
  }
  return [...rules2.values()].map(({ titles, ...r }) => {
    const [title = ""] = [...titles].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0] ?? [];
    return { ruleId: r.ruleId, title: redactor.text(title), severity: r.severity, repositories: r.repositories, findings: r.findings };
  }).sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.repositories - a.repositories || b.findings - a.findings || cmp(a.ruleId, b.ruleId));
}
function changeOf(now, prev) {
  const before = new Set(prev.p0Rules);
  const previousP0 = prev.counts?.P0 ?? null;
  const worse2 = prev.blocked === false && now.blocked === true || prev.status === "scanned" && now.status === "failed" || prev.score !== null && now.score !== null && now.score < prev.score || previousP0 !== null && now.counts !== null && now.counts.P0 > previousP0;
  return {
    previousScore: prev.score,
    previousGrade: prev.grade,
    previousBlocked: prev.blocked,
    previousP0,
    newP0Rules: now.p0Rules.filter((r) => !before.has(r)),
    worse: worse2
  };
}

// src/fleet/render-csv.ts
var CSV_COLUMNS = [
  "repository",
  "status",
  "verdict",
  "score",
  "grade",
  "p0",
  "p1",
  "p2",
  "p0_rules",
  "previous_score",
  "previous_grade",
  "worse",
  "new_p0_rules",
  "error",
  "url",
  "run_url",
  "ref",
  "commit"
];
var FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
function csvText(s) {
  const safe = FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function num(n) {
  return n === null || n === void 0 ? "" : String(n);
}
function verdict(r) {
  return r.status === "failed" ? "failed" : r.blocked ? "blocked" : "ready";
}
function row(r) {
  const c = r.change;
  return [
    csvText(r.repository),
    r.status,
    verdict(r),
    num(r.score),
    r.grade ?? "",
    num(r.counts?.P0),
    num(r.counts?.P1),
    num(r.counts?.P2),
    csvText(r.p0Rules.join(" ")),
    num(c?.previousScore),
    c?.previousGrade ?? "",
    c ? String(c.worse) : "",
    csvText(c ? c.newP0Rules.join(" ") : ""),
    csvText(r.error ?? ""),
    csvText(r.url ?? ""),
    csvText(r.runUrl ?? ""),
    csvText(r.ref ?? ""),
    csvText(r.commit ?? "")
  ];
}
function renderMergedCsv(m) {
  const lines = [CSV_COLUMNS.join(","), ...m.repositories.map((r) => row(r).join(","))];
  return `${lines.join("\r\n")}\r
`;
}

// src/fleet/render-html.ts
import { createHash } from "node:crypto";

// src/fleet/dashboard-assets.ts
var DASHBOARD_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --alt: #f6f8fa; --line: #d1d9e0;
  --red: #b3261e; --green: #1a7f37; --amber: #8a5a00; --grey: #59636e; --link: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --alt: #151b23; --line: #3d444d;
    --red: #ff7b72; --green: #56d364; --amber: #e3b341; --grey: #9198a1; --link: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 16px 0 4px; border-bottom: 1px solid var(--line); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h3 { font-size: 14px; margin: 12px 0 6px; color: var(--muted); font-weight: 600; }
a { color: var(--link); }
nav a { margin-right: 12px; }
.sub, .note, caption { color: var(--muted); }
caption { text-align: left; padding: 4px 0 8px; }
.groups { display: flex; flex-wrap: wrap; gap: 8px 32px; }
.cards { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0; padding: 0; }
.cards li { min-width: 84px; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--alt); }
.cards .n { display: block; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
.overview { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 0 32px; }
@media (max-width: 900px) { .overview { grid-template-columns: minmax(0, 1fr); } }
.cards .l { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--bg); box-shadow: inset 0 -1px 0 var(--line); white-space: nowrap; }
tbody tr:nth-child(even) { background: var(--alt); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th button:focus-visible, a:focus-visible, input:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
td.rules code { display: inline-block; margin: 0 4px 2px 0; padding: 0 4px; border-radius: 4px; background: var(--alt); border: 1px solid var(--line); }
.blocked, .g-F, .worse, .P0 { color: var(--red); font-weight: 600; }
.ready, .g-A, .g-B, .better { color: var(--green); font-weight: 600; }
.g-C, .g-D, .P1 { color: var(--amber); font-weight: 600; }
.failed, .nolink { color: var(--grey); }
.failed { font-weight: 600; }
td.reason { color: var(--muted); }
.nolink { font-style: italic; }
.filter { margin: 8px 0; }
.filter input { font: inherit; padding: 4px 8px; width: min(420px, 100%); border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.worse-list li { margin: 2px 0; }
footer { margin-top: 24px; color: var(--muted); }
`;
var DASHBOARD_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('repos');
  if (!table || !table.tBodies[0]) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-key]'));
  var status = document.getElementById('sort-status');
  var position = new Map();
  rows.forEach(function (r, i) { position.set(r, i); });

  function head(key) {
    for (var i = 0; i < heads.length; i++) if (heads[i].getAttribute('data-key') === key) return heads[i];
    return null;
  }
  function keyOf(row, key, numeric) {
    var v = row.getAttribute('data-' + key);
    if (v === null || v === '') return null;
    if (!numeric) return v;
    var n = Number(v);
    return isFinite(n) ? n : null;
  }
  function sortBy(key, dir) {
    var th = head(key);
    if (!th) return false;
    var numeric = th.getAttribute('data-type') === 'num';
    var sign = dir === 'desc' ? -1 : 1;
    var sorted = rows.slice().sort(function (a, b) {
      var x = keyOf(a, key, numeric), y = keyOf(b, key, numeric);
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else if (x !== y) {
        return (x < y ? -1 : 1) * sign;
      }
      return position.get(a) - position.get(b);
    });
    var frag = document.createDocumentFragment();
    sorted.forEach(function (r) { frag.appendChild(r); });
    body.appendChild(frag);
    heads.forEach(function (h) {
      if (h === th) h.setAttribute('aria-sort', dir === 'desc' ? 'descending' : 'ascending');
      else h.removeAttribute('aria-sort');
    });
    table.setAttribute('data-sorted', key + '-' + dir);
    if (status) status.textContent = 'Sorted by ' + th.textContent + ', ' + (dir === 'desc' ? 'descending' : 'ascending') + '.';
    return true;
  }
  function fromAddress() {
    var m = /^#sort=([a-z0-9]{1,20})-(asc|desc)$/.exec(location.hash);
    if (m) sortBy(m[1], m[2]);
  }
  heads.forEach(function (th) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'desc' : 'asc';
      sortBy(key, dir);
      try { history.replaceState(null, '', '#sort=' + key + '-' + dir); } catch (e) { /* a file: page may refuse: the sort stands */ }
    });
  });

  var filter = document.getElementById('filter');
  var shown = document.getElementById('filter-count');
  if (filter) {
    var box = filter.closest('.filter');
    if (box) box.hidden = false;
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      var n = 0;
      rows.forEach(function (r) {
        var hit = q === '' || (r.getAttribute('data-repository') || '').toLowerCase().indexOf(q) !== -1 ||
          (r.getAttribute('data-rules') || '').toLowerCase().indexOf(q) !== -1;
        r.hidden = !hit;
        if (hit) n++;
      });
      if (shown) shown.textContent = q === '' ? '' : n + ' of ' + rows.length + ' shown';
    });
  }
  window.addEventListener('hashchange', fromAddress);
  fromAddress();
  document.documentElement.setAttribute('data-script', 'ran');
})();
`;

// src/fleet/render-html.ts
var MAX = { name: 200, reason: 500, rule: 120, title: 300, url: 2048, urlText: 160, attr: 2e3 };
var ROW_RULES = 6;
var LIST_MAX = 200;
var WORSE_MAX = 8;
var SCRIPT_HASH = `sha256-${createHash("sha256").update(DASHBOARD_SCRIPT, "utf8").digest("base64")}`;
var STYLE_HASH = `sha256-${createHash("sha256").update(DASHBOARD_STYLE, "utf8").digest("base64")}`;
var DASHBOARD_CSP = `default-src 'none'; script-src '${SCRIPT_HASH}'; style-src '${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
function renderDashboard(m, options = {}) {
  const link = linker(options.serverUrl);
  const repos = displayOrder(m.repositories);
  const withChange = m.previous !== null;
  const title = `Production readiness: ${formatInt(m.totals.repositories)} ${m.totals.repositories === 1 ? "repository" : "repositories"}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(DASHBOARD_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${text(title, 100)}</title>`,
    `<style>${DASHBOARD_STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${text(title, 100)}</h1>`,
    `<p class="sub">readiness-gate ${text(m.tool.version, 40)}${m.previous ? ` · compared with the previous merge (${formatInt(m.previous.repositories)} repositories)` : ""}</p>`,
    '<nav><a href="#totals">Totals</a><a href="#p0-rules">P0 by rule</a>' + (withChange ? '<a href="#worse">Worse</a>' : "") + '<a href="#repositories">Repositories</a></nav>',
    "</header>",
    "<main>",
    totals(m),
    '<div class="overview">',
    rules(m.rules),
    withChange ? worse(repos, link) : "",
    "</div>",
    repositoriesTable(repos, withChange, link),
    "</main>",
    "<footer><p>A static page: it makes no request. Sort by a column header, or open it with <code>#sort=score-asc</code> (or p0-desc, grade-asc, …) after its address.</p></footer>",
    `<script>${DASHBOARD_SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].filter((line) => line !== "").join("\n").concat("\n");
}
function totals(m) {
  const t = m.totals;
  const card = (n, label, cls = "") => `<li${cls ? ` class="${cls}"` : ""}><span class="n">${formatInt(n)}</span><span class="l">${label}</span></li>`;
  const pct = (n) => t.scanned > 0 ? ` · ${Math.round(100 * n / t.scanned)}%` : "";
  const group = (heading, cards) => ["<div>", `<h3>${heading}</h3>`, '<ul class="cards">', ...cards, "</ul>", "</div>"];
  return [
    '<section id="totals" aria-labelledby="totals-h">',
    '<h2 id="totals-h">Totals</h2>',
    '<div class="groups">',
    ...group("Verdicts", [card(t.repositories, "repositories"), card(t.ready, "ready", "ready"), card(t.blocked, "blocked", "blocked"), card(t.failed, "scan failed", "failed")]),
    ...group(`Grades of the ${formatInt(t.scanned)} scanned`, GRADES.map((g) => card(t.grades[g] ?? 0, `grade ${g}${pct(t.grades[g] ?? 0)}`, `g-${g}`))),
    ...group("Active findings", [card(t.findings.P0, "P0 blockers", "P0"), card(t.findings.P1, "P1", "P1"), card(t.findings.P2, "P2")]),
    "</div>",
    "</section>"
  ].join("\n");
}
function rules(all) {
  const p0 = all.filter((r) => r.severity === "P0");
  const others = all.filter((r) => r.severity !== "P0");
  const out = ['<section id="p0-rules" aria-labelledby="p0-rules-h">', '<h2 id="p0-rules-h">P0 findings by rule across the organisation</h2>'];
  out.push(p0.length === 0 ? "<p>No repository has a P0 finding.</p>" : rulesTable(p0, "P0 rules, by repositories affected"));
  if (others.length > 0) {
    out.push(`<details><summary>P1 and P2 rules (${formatInt(others.length)})</summary>`, rulesTable(others, "P1 and P2 rules, by severity then repositories affected"), "</details>");
  }
  out.push("</section>");
  return out.join("\n");
}
function rulesTable(list, caption) {
  const shown = list.slice(0, LIST_MAX);
  const rows = shown.map(
    (r) => `<tr><td><code>${text(r.ruleId, MAX.rule)}</code></td><td>${text(r.title, MAX.title)}</td><td class="${escapeHtml(severityClass(r.severity))}">${text(r.severity, 4)}</td><td class="num">${formatInt(r.repositories)}</td><td class="num">${formatInt(r.findings)}</td></tr>`
  );
  return [
    "<table>",
    `<caption>${caption}${list.length > shown.length ? ` (the first ${formatInt(shown.length)} of ${formatInt(list.length)})` : ""}</caption>`,
    '<thead><tr><th scope="col">Rule</th><th scope="col">Title</th><th scope="col">Severity</th><th scope="col" class="num">Repositories</th><th scope="col" class="num">Findings</th></tr></thead>',
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>"
  ].join("\n");
}
function worse(repos, link) {
  const list = repos.filter((r) => r.change?.worse === true).map((r, i) => ({ r, i, key: Number(changeText(r).key) })).sort((a, b) => a.key - b.key || a.i - b.i).map((x) => x.r);
  const out = ['<section id="worse" aria-labelledby="worse-h">', `<h2 id="worse-h">Worse since the previous merge (${formatInt(list.length)})</h2>`];
  if (list.length === 0) out.push("<p>No repository got worse.</p>");
  else {
    out.push('<ul class="worse-list">');
    for (const r of list.slice(0, WORSE_MAX)) out.push(`<li>${repositoryCell(r, link)}: ${changeText(r).html}</li>`);
    out.push("</ul>");
    if (list.length > WORSE_MAX) out.push(`<p class="note">and ${formatInt(list.length - WORSE_MAX)} more: <a href="#sort=change-asc">sort the table by Change</a>.</p>`);
  }
  out.push("</section>");
  return out.join("\n");
}
function repositoriesTable(repos, withChange, link) {
  const columns = [
    { key: "repository", label: "Repository", numeric: false },
    { key: "verdict", label: "Verdict", numeric: true },
    { key: "score", label: "Score", numeric: true, right: true },
    { key: "grade", label: "Grade", numeric: false },
    { key: "p0", label: "P0", numeric: true, right: true },
    { key: "p1", label: "P1", numeric: true, right: true },
    { key: "p2", label: "P2", numeric: true, right: true },
    { key: "rules", label: "P0 rules", numeric: false },
    ...withChange ? [{ key: "change", label: "Change", numeric: true }] : []
  ];
  const th = (c) => `<th scope="col" data-key="${c.key}"${c.numeric ? ' data-type="num"' : ""}${c.right ? ' class="num"' : ""}>${c.label}</th>`;
  return [
    '<section id="repositories" aria-labelledby="repositories-h">',
    `<h2 id="repositories-h">Repositories (${formatInt(repos.length)})</h2>`,
    '<p class="filter" hidden><label>Filter by repository or rule <input id="filter" type="search" autocomplete="off"></label> <span id="filter-count" aria-live="polite"></span></p>',
    '<table id="repos">',
    '<caption>Worst first: blocked, then failed scans, then ready; lowest score first, then by name. <span id="sort-status" aria-live="polite"></span></caption>',
    `<thead><tr>${columns.map(th).join("")}<th scope="col">Run</th></tr></thead>`,
    "<tbody>",
    ...repos.map((r) => row2(r, withChange, link)),
    "</tbody>",
    "</table>",
    "</section>"
  ].join("\n");
}
function row2(r, withChange, link) {
  const change = withChange ? changeText(r) : null;
  const grade = r.grade !== null && GRADES.includes(r.grade) ? r.grade : null;
  const keys = {
    repository: r.repository,
    verdict: String(verdictRank(r)),
    score: r.score === null ? "" : String(r.score),
    grade: grade ?? "",
    p0: r.counts ? String(r.counts.P0) : "",
    p1: r.counts ? String(r.counts.P1) : "",
    p2: r.counts ? String(r.counts.P2) : "",
    rules: r.p0Rules.join(" "),
    ...change ? { change: change.key } : {}
  };
  const attrs = Object.entries(keys).map(([k, v]) => ` data-${k}="${text(v, MAX.attr)}"`).join("");
  const verdict2 = verdictOf(r);
  const reasons = r.reasons.length > 0 ? ` title="${text(r.reasons.join("; "), MAX.reason)}"` : "";
  const cells = [`<td>${repositoryCell(r, link)}</td>`, `<td class="${verdict2.cls}"${reasons}>${verdict2.label}</td>`];
  if (r.status === "failed") {
    cells.push(`<td colspan="6" class="reason">${text(r.error ?? "no reason given", MAX.reason)}</td>`);
  } else {
    const c = r.counts;
    cells.push(
      `<td class="num">${r.score === null ? "" : formatInt(r.score)}</td>`,
      grade ? `<td class="g-${grade}">${grade}</td>` : "<td></td>",
      `<td class="num${c && c.P0 > 0 ? " P0" : ""}">${c ? formatInt(c.P0) : ""}</td>`,
      `<td class="num">${c ? formatInt(c.P1) : ""}</td>`,
      `<td class="num">${c ? formatInt(c.P2) : ""}</td>`,
      `<td class="rules">${ruleList(r.p0Rules)}</td>`
    );
  }
  if (change) cells.push(`<td>${change.html}</td>`);
  cells.push(`<td>${urlCell(r.runUrl, "run", link)}</td>`);
  return `<tr${attrs}>${cells.join("")}</tr>`;
}
function ruleList(ids) {
  const shown = ids.slice(0, ROW_RULES).map((id) => `<code>${text(id, MAX.rule)}</code>`);
  if (ids.length > ROW_RULES) shown.push(`+${formatInt(ids.length - ROW_RULES)} more`);
  return shown.join("");
}
function repositoryCell(r, link) {
  const name = text(r.repository, MAX.name);
  const href = link(r.url);
  if (href !== null) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name}</a>`;
  return r.url === null ? name : `<span title="${text(`not a link: ${maskCredentials(r.url)}`, MAX.urlText)}">${name}</span>`;
}
function urlCell(url, label, link) {
  if (url === null) return "";
  const href = link(url);
  if (href !== null) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>`;
  return `<span class="nolink">${text(maskCredentials(url), MAX.urlText)}</span>`;
}
function verdictRank(r) {
  if (r.status === "failed" || r.blocked === null) return 1;
  return r.blocked ? 0 : 2;
}
function verdictOf(r) {
  const rank = verdictRank(r);
  return rank === 0 ? { label: "blocked", cls: "blocked" } : rank === 1 ? { label: "scan failed", cls: "failed" } : { label: "ready", cls: "ready" };
}
function severityClass(s) {
  return s === "P0" || s === "P1" ? s : "";
}
function displayOrder(repos) {
  return repos.map((r, i) => ({ r, i })).sort((a, b) => verdictRank(a.r) - verdictRank(b.r) || (a.r.score ?? -1) - (b.r.score ?? -1) || cmp2(a.r.repository, b.r.repository) || a.i - b.i).map((x) => x.r);
}
function changeText(r) {
  const c = r.change;
  if (c === null) return { html: '<span class="note">new</span>', key: "" };
  const parts = [];
  const delta = r.score !== null && c.previousScore !== null ? r.score - c.previousScore : null;
  if (delta !== null) parts.push(`score ${delta > 0 ? `+${formatInt(delta)}` : delta < 0 ? `−${formatInt(-delta)}` : "±0"}`);
  if (r.status === "failed" && c.previousScore !== null) parts.push(`scan failed (was ${formatInt(c.previousScore)})`);
  if (r.status === "scanned" && c.previousScore === null) parts.push("scanned (failed before)");
  if (r.blocked === true && c.previousBlocked === false) parts.push("newly blocked");
  if (r.blocked === false && c.previousBlocked === true) parts.push("no longer blocked");
  if (c.newP0Rules.length > 0) parts.push(`new P0: ${c.newP0Rules.slice(0, ROW_RULES).map((id) => `<code>${text(id, MAX.rule)}</code>`).join(" ")}${c.newP0Rules.length > ROW_RULES ? ` +${formatInt(c.newP0Rules.length - ROW_RULES)} more` : ""}`);
  const better = !c.worse && (delta !== null && delta > 0 || r.blocked === false && c.previousBlocked === true);
  const key2 = delta !== null ? delta : c.worse ? -101 : better ? 101 : 0;
  const body = parts.length > 0 ? parts.join(", ") : "unchanged";
  const html = c.worse ? `<span class="worse">▼ worse: ${body}</span>` : better ? `<span class="better">▲ ${body}</span>` : body;
  return { html, key: String(key2) };
}
function linker(serverUrl) {
  let httpHost = null;
  try {
    const s = serverUrl ? new URL(serverUrl) : null;
    if (s && s.protocol === "http:") httpHost = s.host;
  } catch {
  }
  return (raw) => {
    if (raw === null || raw.length > MAX.url) return null;
    let u;
    try {
      u = new URL(raw);
    } catch {
      return null;
    }
    if (u.username !== "" || u.password !== "") return null;
    if (u.protocol === "https:" || u.protocol === "http:" && httpHost !== null && u.host === httpHost) return u.href;
    return null;
  };
}
function maskCredentials(url) {
  return url.slice(0, MAX.url).replace(/^([a-z][a-z0-9+.-]{0,30}:\/*)[^/?#@\s]{0,2048}@/i, "$1***@");
}
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function text(s, max) {
  return escapeHtml(clean2(s, max));
}
function clean2(s, max) {
  const head = s.length > max * 2 ? s.slice(0, max * 2) : s;
  const points = Array.from(head.replace(UNSAFE_CHARS, "�"));
  return points.length > max ? `${points.slice(0, max - 1).join("")}…` : points.join("");
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/fleet/render-json.ts
function renderMergedJson(m) {
  return `${JSON.stringify(mergedDocument(m), null, 2)}
`;
}
function mergedDocument(m) {
  const t = m.totals;
  return {
    schemaVersion: 1,
    kind: "readiness-gate-merged",
    tool: { name: m.tool.name, version: m.tool.version },
    totals: {
      repositories: t.repositories,
      scanned: t.scanned,
      failed: t.failed,
      blocked: t.blocked,
      ready: t.ready,
      grades: { A: t.grades.A, B: t.grades.B, C: t.grades.C, D: t.grades.D, F: t.grades.F },
      findings: counts(t.findings)
    },
    rules: m.rules.map(rule),
    repositories: m.repositories.map(repository),
    previous: m.previous ? { repositories: m.previous.repositories, removed: [...m.previous.removed ?? []] } : null,
    inputs: m.inputs ? { files: m.inputs.files, ignored: m.inputs.ignored, duplicates: [...m.inputs.duplicates] } : null
  };
}
function counts(c) {
  return { P0: c.P0, P1: c.P1, P2: c.P2 };
}
function rule(r) {
  return { ruleId: r.ruleId, title: r.title, severity: r.severity, repositories: r.repositories, findings: r.findings };
}
function repository(r) {
  const c = r.change;
  return {
    repository: r.repository,
    url: r.url,
    runUrl: r.runUrl,
    ref: r.ref,
    commit: r.commit,
    status: r.status,
    error: r.error,
    blocked: r.blocked,
    score: r.score,
    grade: r.grade,
    counts: r.counts ? counts(r.counts) : null,
    p0Rules: [...r.p0Rules],
    reasons: [...r.reasons],
    change: c ? {
      previousScore: c.previousScore,
      previousGrade: c.previousGrade,
      previousBlocked: c.previousBlocked,
      previousP0: c.previousP0,
      newP0Rules: [...c.newP0Rules],
      worse: c.worse
    } : null
  };
}

// src/fleet/render-summary.ts
var CAPS = [void 0, 500, 200, 100, 50, 20, 5, 0];
var ROW_RULES2 = 5;
var REASON_CHARS = 300;
var FIRST_ROWS = 50;
function renderMergedSummary(m, limitBytes = SUMMARY_LIMIT_BYTES) {
  let md = "";
  for (const cap of CAPS) {
    md = render(m, cap);
    if (utf8Bytes(md) <= limitBytes) return md;
  }
  const head = `${headline(m).join("\n\n")}
`;
  return utf8Bytes(head) <= limitBytes ? head : "";
}
function render(m, cap) {
  const blocks = [...headline(m)];
  if (cap !== void 0) {
    blocks.push("> **Note:** some lists are shortened to keep this summary under GitHub's size limit. `merged.json`, `merged.csv` and `dashboard.html` list every repository.");
  }
  const limit = cap ?? Infinity;
  blocks.push(...gradeSection(m));
  blocks.push(...p0Section(m, limit));
  blocks.push(...worseSection(m, limit));
  blocks.push(...failedSection(m, limit));
  blocks.push(...scoreSection(m, limit));
  blocks.push(...inputNotes(m, limit));
  blocks.push(`---
<sub>${escapeMarkdown(`${m.tool.name} ${m.tool.version}`)} merge · ${mdLink("rule docs", `${TOOL.informationUri}/tree/main/rules/checks`)}</sub>`);
  return `${blocks.join("\n\n")}
`;
}
function headline(m) {
  const t = m.totals;
  const lines = [
    `## Organisation readiness: ${plural(t.repositories, "repository", "repositories")}`,
    `✅ **${formatInt(t.ready)} ready** · ⛔ **${formatInt(t.blocked)} blocked** · 💥 **${formatInt(t.failed)} failed to scan** (a failed scan is never counted as ready)`,
    `Findings across the organisation: **${formatInt(t.findings.P0)}** P0 · **${formatInt(t.findings.P1)}** P1 · **${formatInt(t.findings.P2)}** P2`
  ];
  if (m.previous) {
    const worse2 = m.repositories.filter((r) => r.change?.worse).length;
    const added = m.repositories.filter((r) => r.change === null).length;
    const removed = m.previous.removed?.length ?? 0;
    lines.push(
      `Since the previous merge (${plural(m.previous.repositories, "repository", "repositories")}): **${formatInt(worse2)} got worse**, ${formatInt(added)} new, ${formatInt(removed)} no longer listed.`
    );
  }
  return lines;
}
function gradeSection(m) {
  const t = m.totals;
  if (t.scanned === 0) return [];
  const rows = GRADES.map((g) => [g, formatInt(t.grades[g]), bar(t.grades[g], t.scanned)]);
  return ["### Repositories by grade", mdTable(["Grade", "Repositories", "Share"], rows, ["l", "r", "l"])];
}
function bar(n, total) {
  const pct = total === 0 ? 0 : Math.round(n / total * 100);
  const blocks = "█".repeat(Math.round(pct / 5));
  return blocks ? `${blocks} ${pct}%` : `${pct}%`;
}
function p0Section(m, cap) {
  const p0 = m.rules.filter((r) => r.severity === "P0");
  if (p0.length === 0) return m.totals.scanned > 0 ? ["### P0s by rule across the organisation", "No P0 finding in any scanned repository."] : [];
  const rows = p0.slice(0, cap).map((r, i) => [
    String(i + 1),
    mdLink(codeSpan(r.ruleId, true), ruleDocUrl(TOOL.informationUri, r.ruleId)),
    escapeMarkdown(r.title),
    formatInt(r.repositories),
    formatInt(r.findings)
  ]);
  const others = m.rules.length - p0.length;
  return [
    "### P0s by rule across the organisation",
    `${plural(p0.length, "rule")} with P0 findings, the most widespread first.${others > 0 ? ` ${plural(others, "rule")} at P1 or P2 are in \`merged.json\`.` : ""}`,
    mdTable(["#", "Rule", "Title", "Repositories", "P0 findings"], rows, ["r", "l", "l", "r", "r"]) + more(p0.length, cap, "rule")
  ];
}
function worseSection(m, cap) {
  if (!m.previous) return [];
  const worse2 = m.repositories.filter((r) => r.change?.worse);
  if (worse2.length === 0) return ["### Got worse since the previous merge", "No repository got worse."];
  const rows = worse2.slice(0, cap).map((r) => {
    const c = r.change;
    return [
      repoCell(r),
      `${c.previousScore ?? "–"} → ${r.score ?? "–"}`,
      `${c.previousGrade ?? "–"} → ${r.grade ?? "–"}`,
      `${verdictWord(c.previousBlocked, "scanned")} → ${verdictWord(r.blocked, r.status)}`,
      `${c.previousP0 ?? "–"} → ${r.counts?.P0 ?? "–"}`,
      ruleList2(c.newP0Rules)
    ];
  });
  return [
    `### Got worse since the previous merge (${formatInt(worse2.length)})`,
    "Newly blocked, newly failed to scan, a lower score, or more P0 findings.",
    longTable(["Repository", "Score", "Grade", "Verdict", "P0", "New P0 rules"], rows, void 0, "more that got worse") + more(worse2.length, cap, "repository", "repositories")
  ];
}
function failedSection(m, cap) {
  const failed = m.repositories.filter((r) => r.status === "failed");
  if (failed.length === 0) return [];
  const runs = hasRuns(failed);
  const rows = failed.slice(0, cap).map((r) => {
    const reason = r.error ?? "";
    return [repoCell(r), escapeMarkdown(reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason), ...runs ? [runCell(r)] : []];
  });
  return [
    `### Failed scans (${formatInt(failed.length)})`,
    "A repository without a report has no verdict: it is listed here, never counted as ready.",
    longTable(["Repository", "Reason", ...runs ? ["Run"] : []], rows, void 0, "more failed scans") + more(failed.length, cap, "failed scan")
  ];
}
function scoreSection(m, cap) {
  const scanned = m.repositories.filter((r) => r.status === "scanned").sort((a, b) => a.score - b.score || b.counts.P0 - a.counts.P0 || byName(a.repository, b.repository));
  if (scanned.length === 0) return [];
  const runs = hasRuns(scanned);
  const rows = scanned.slice(0, cap).map((r) => [
    repoCell(r),
    verdictWord(r.blocked, r.status),
    String(r.score),
    r.grade ?? "",
    formatInt(r.counts.P0),
    formatInt(r.counts.P1),
    formatInt(r.counts.P2),
    ruleList2(r.p0Rules),
    ...runs ? [runCell(r)] : []
  ]);
  return [
    "### Repositories by score",
    "Worst first (lowest score, then the most P0 findings).",
    longTable(["Repository", "Verdict", "Score", "Grade", "P0", "P1", "P2", "P0 rules", ...runs ? ["Run"] : []], rows, ["l", "l", "r", "l", "r", "r", "r", "l", "l"], "more repositories, by score") + more(scanned.length, cap, "repository", "repositories")
  ];
}
function inputNotes(m, cap) {
  const out = [];
  const removed = m.previous?.removed ?? [];
  if (removed.length > 0) {
    const shown = removed.slice(0, cap).map((n) => escapeMarkdown(n));
    const rest = removed.length - shown.length;
    out.push(`**No longer listed** (in the previous merge, not in this one): ${shown.join(", ")}${rest > 0 ? `${shown.length > 0 ? ", " : ""}…and ${formatInt(rest)} more` : ""}.`);
  }
  const dup = m.inputs?.duplicates ?? [];
  if (dup.length > 0) {
    const shown = dup.slice(0, cap).map((n) => escapeMarkdown(n));
    const rest = dup.length - shown.length;
    out.push(
      `**Given more than once** (one row kept: a scanned one over a failed one, then the file whose path sorts last): ${shown.join(", ")}${rest > 0 ? `${shown.length > 0 ? ", " : ""}…and ${formatInt(rest)} more` : ""}.`
    );
  }
  if (m.inputs && m.inputs.ignored > 0) out.push(`${plural(m.inputs.ignored, "file")} in the input folders ${m.inputs.ignored === 1 ? "is" : "are"} another readiness-gate output (SARIF, SBOM, badge, merged report) and ${m.inputs.ignored === 1 ? "was" : "were"} not read as a repository.`);
  return out.length > 0 ? ["### Inputs", ...out] : [];
}
function longTable(headers, rows, align, rest) {
  const first = mdTable(headers, rows.slice(0, FIRST_ROWS), align);
  if (rows.length <= FIRST_ROWS) return first;
  return `${first}

${details(`${formatInt(rows.length - FIRST_ROWS)} ${rest}`, mdTable(headers, rows.slice(FIRST_ROWS), align))}`;
}
function verdictWord(blocked, status) {
  if (status === "failed" || blocked === null) return "failed";
  return blocked ? "⛔ blocked" : "✅ ready";
}
function ruleList2(rules2) {
  const shown = rules2.slice(0, ROW_RULES2).map((r) => codeSpan(r, true));
  return shown.join(", ") + (rules2.length > shown.length ? ` +${formatInt(rules2.length - shown.length)}` : "");
}
function repoCell(r) {
  const name = escapeMarkdown(r.repository);
  const url = webUrl(r.url);
  return url ? mdLink(name, url) : name;
}
function hasRuns(rows) {
  return rows.some((r) => webUrl(r.runUrl) !== void 0);
}
function runCell(r) {
  const url = webUrl(r.runUrl);
  return url ? mdLink("run", url) : "";
}
function webUrl(raw) {
  if (raw === null) return void 0;
  let u;
  try {
    u = new URL(raw);
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:" || u.username !== "" || u.password !== "") return void 0;
  return u.href.replace(/[()|[\]\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function more(total, cap, one, many) {
  return total > cap ? `

…and ${plural(total - cap, `more ${one}`, many ? `more ${many}` : void 0)}.` : "";
}

// src/fleet/merge-cli.ts
var MERGE_OUTPUTS = ["merged.json", "summary.md", "merged.csv", "dashboard.html"];
var MERGE_USAGE = `Usage: readiness-gate merge <report or folder...> --out DIR [--previous merged.json]

Merges many repositories' results into one organisation report. Each input is a fleet entry
(what a fleet job writes per repository) or a JSON report (scan --report; the repository is
named after the file); a folder gives its *.json files. Writes into DIR: merged.json,
summary.md (for the job summary), merged.csv and dashboard.html.
Exit code: 0 written (report only: verdicts never fail it), 2 bad usage.

  --out DIR              The folder to write (created when missing)
  --previous FILE        A previous merged.json: each repository's change since then
  --help
`;
async function mergeCli(argv, io, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: "string" }, previous: { type: "string" }, help: { type: "boolean", short: "h" } }
    });
  } catch (e) {
    io.err.write(`readiness-gate merge: ${clean(e.message)}

${MERGE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(MERGE_USAGE);
    return 0;
  }
  const usage = (why) => {
    io.err.write(`readiness-gate merge: ${clean(why)}

${MERGE_USAGE}`);
    return 2;
  };
  if (positionals.length === 0) return usage("no input: give fleet entries, JSON reports or folders of them");
  if (values.out === void 0 || values.out === "") return usage("--out is required: the folder to write the organisation report into");
  try {
    const previous = values.previous ? readPrevious(values.previous, cwd) : null;
    const inputs = collectInputs(positionals, cwd, [values.out, ...values.previous ? [values.previous] : []]);
    if (inputs.length === 0) return usage(`no *.json file in ${positionals.map((p) => JSON.stringify(p)).join(", ")}: nothing to merge`);
    const dir = prepareOutDir(values.out, cwd);
    const merger = new Merger();
    for (const p of inputs) merger.add(readInput(p));
    const merged = merger.result(previous);
    write(dir, merged, process.env.GITHUB_SERVER_URL);
    for (const d of merged.inputs?.duplicates ?? []) io.err.write(`readiness-gate merge: warning: ${clean(d)} is given by more than one file; one row kept
`);
    const t = merged.totals;
    io.out.write(`Merged ${t.repositories} repositories: ${t.ready} ready, ${t.blocked} blocked, ${t.failed} failed to scan. Wrote ${MERGE_OUTPUTS.map((n) => clean(`${values.out}/${n}`)).join(", ")} and a badge per repository in ${clean(`${values.out}/badges`)}
`);
    return 0;
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.err.write(`readiness-gate ${clean(e.message)}
`);
      return 2;
    }
    io.err.write(scrubMessage(`readiness-gate merge: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`));
    return 2;
  }
}
function readPrevious(path, cwd) {
  const abs = resolve(cwd, path);
  try {
    return parsePrevious(readRegularText(abs, { roots: rootsForInput(dirname(abs), cwd), maxBytes: INPUT_LIMITS.fileBytes }));
  } catch (e) {
    if (e instanceof UnsafeFileError || e instanceof PreviousError) {
      throw new ConfigurationError(`merge: --previous ${JSON.stringify(path)} ${e instanceof PreviousError ? "is " : ""}${e.message}; accepted: a merged.json written by readiness-gate merge`);
    }
    throw e;
  }
}
function write(dir, m, serverUrl) {
  const render2 = {
    "merged.json": renderMergedJson,
    "summary.md": (x) => renderMergedSummary(x),
    "merged.csv": renderMergedCsv,
    // A GitHub Enterprise Server's own http: links are links too (the runner names its server).
    "dashboard.html": (x) => renderDashboard(x, { serverUrl })
  };
  for (const name of MERGE_OUTPUTS) writeInto(dir, name, render2[name](m));
  const badges = prepareOutDir(join(dir, "badges"), dir, [dir]);
  const used = /* @__PURE__ */ new Set();
  for (const row3 of m.repositories) {
    const base = badgeFileName(row3.repository).slice(0, -".json".length);
    let name = `${base}.json`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}~${n}.json`;
    used.add(name.toLowerCase());
    writeInto(badges, name, renderBadge(badgeFor(row3)));
  }
}
function badgeFileName(repository2) {
  const safe = repository2.replace("/", "+").replace(/[^A-Za-z0-9._+-]/g, "_").replace(/^\.+/, "_");
  return `${safe.slice(0, 200)}.json`;
}

// src/cli.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
var USAGE = `Usage: readiness-gate scan [path] [options]
       readiness-gate merge <report or folder...> --out DIR [--previous merged.json]   (merge --help)
       readiness-gate fleet <list|scan|merge> [options]   (the fleet workflow's steps; fleet --help)

Scans a checkout for production blockers, writes the JSON report and SARIF,
prints the verdict. Exit code: 0 ready, 1 blocked, 2 bad usage or internal error.

  --format text|json|sarif|markdown
                             What to print (default text): the terminal report, the JSON report,
                             the SARIF, or the job summary. The verdict is the last line of text and
                             markdown; for json and sarif it goes to stderr, so stdout stays one document.

Options (each action input, same name and default):
${Object.keys(INPUTS).filter((n) => n !== "path").map((n) => `  --${n.padEnd(24)} ${INPUTS[n].description}${INPUTS[n].default && n !== "github-token" ? ` [${INPUTS[n].default}]` : ""}`).join("\n")}
  --color / --no-color       Colours (default: only when stdout is a terminal)
  --verbose                  Each phase's time, the configuration read, file counts and each check's time, on stderr
  --help, --version
`;
async function cli(argv, io = { out: process.stdout, err: process.stderr }) {
  if (argv[0] === "merge") return mergeCli(argv.slice(1), io);
  if (argv[0] === "fleet") return (await import("./cli-GS3YTY6G.js")).fleetCli(argv.slice(1), io);
  const options = {
    ...Object.fromEntries(Object.keys(INPUTS).map((n) => [n, { type: "string" }])),
    format: { type: "string" },
    ...Object.fromEntries(CLI_SWITCHES.map((n) => [n, { type: "boolean" }])),
    help: { type: "boolean", short: "h" }
  };
  let parsed;
  try {
    parsed = parseArgs2({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const unknown = /^Unknown option '--([^']{1,64})'/.exec(e.message)?.[1];
    const hint = unknown === void 0 ? "" : didYouMean(unknown, Object.keys(options)).replace(/'([^']+)'\?$/, "'--$1'?");
    const message = hint ? `unknown option '--${unknown}'${hint}` : e.message;
    io.err.write(`readiness-gate: ${clean(message)}

${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.out.write(`${TOOL.version}
`);
    return 0;
  }
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) {
    io.err.write(`readiness-gate: --format: '${clean(format)}' is not valid; accepted: ${FORMATS.join(", ")}.
`);
    return 2;
  }
  const [command = "scan", path, ...extra] = positionals;
  if (command !== "scan" || extra.length > 0) {
    io.err.write(`readiness-gate: unknown command or extra argument '${command !== "scan" ? command : extra[0]}'

${USAGE}`);
    return 2;
  }
  const raw = {};
  for (const n of Object.keys(INPUTS)) {
    const v = values[n];
    if (typeof v === "string") raw[n] = v;
  }
  if (path !== void 0) {
    if (raw.path !== void 0) {
      io.err.write(`readiness-gate: give the path either as an argument or with --path, not both
`);
      return 2;
    }
    raw.path = path;
  }
  if (raw["github-token"] === void 0 && process.env.GITHUB_TOKEN) raw["github-token"] = process.env.GITHUB_TOKEN;
  const tty = Boolean(io.err.isTTY);
  const color = values["no-color"] ? false : values.color ? true : Boolean(io.out.isTTY) && !process.env.NO_COLOR;
  let lastProgress = 0;
  try {
    const result = await run(raw, {
      cwd: process.cwd(),
      // Inside a workflow the CLI sees the same event as the action: same policy rule.
      event: readEventFacts(process.env),
      onProgress: tty ? (done, total) => {
        const now = Date.now();
        if (now - lastProgress < 250 && done !== total) return;
        lastProgress = now;
        io.err.write(`\rscanning ${done}/${total} files${done === total ? "\n" : ""}`);
      } : void 0,
      ...values.verbose ? verbose(io.err) : {}
    });
    const written = await publish(result);
    for (const w of warnings(result)) io.err.write(`readiness-gate: warning: ${w}
`);
    const actionOnly = [
      result.options.uploadArtifact !== null && "--upload-artifact",
      result.options.prComment !== "off" && "--pr-comment",
      result.options.annotations === "check-run" && "--annotations check-run",
      result.options.dependencyGraph && "--dependency-graph true"
    ].filter((x) => typeof x === "string");
    if (actionOnly.length > 0) io.err.write(`readiness-gate: warning: ${actionOnly.join(", ")}: only the GitHub Action does this; the CLI writes the files and prints the result
`);
    const files = [written.report, written.badge, written.sarif, written.sbom].filter(Boolean);
    const wrote = files.length > 0 ? `Wrote ${files.join(", ")}
` : "";
    const verdict2 = clean(verdictLine(result));
    const f = format;
    if (f === "text") {
      io.out.write(scrubbed(result, (r) => renderTerminal(r, { color, width: io.out.columns })));
      io.out.write(`${wrote ? `
${wrote}` : ""}
${verdict2}
`);
    } else if (f === "markdown") {
      const md = scrubbed(result, renderSummary);
      const [, word = "", rest = verdict2] = /^(BLOCKED|READY): (.*)$/s.exec(verdict2) ?? [];
      io.out.write(`${md}${md.endsWith("\n") ? "" : "\n"}
${word ? `**${word}**: ` : ""}${escapeMarkdown(rest)}
`);
      io.err.write(wrote);
    } else {
      io.out.write(scrubbed(result, f === "json" ? renderJson : renderSarif, "json"));
      io.err.write(`${wrote}${verdict2}
`);
    }
    return result.verdict.blocked ? 1 : 0;
  } catch (e) {
    io.err.write(scrubMessage(e instanceof ConfigurationError ? `readiness-gate: ${e.message}
` : `readiness-gate: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`));
    return 2;
  }
}
function verbose(err) {
  return {
    onPhase: (name, ms) => void err.write(`readiness-gate: ${name} ${formatMs(ms)}
`),
    info: (line) => void err.write(`readiness-gate: ${line}
`),
    debug: (message) => void err.write(`readiness-gate: ${scrubMessage(message)}
`)
  };
}
async function main(terminal) {
  if (process.env.GITHUB_ACTIONS === "true") installLogGuard();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  const io = terminal ? { out: facing(process.stdout, terminal.out), err: facing(process.stderr, terminal.err) } : void 0;
  process.exitCode = await cli(process.argv.slice(2), io);
}
function facing(stream, facts) {
  return { write: (chunk) => stream.write(chunk), isTTY: facts.isTTY, columns: facts.columns };
}
export {
  FORMATS,
  cli,
  main,
  run
};
