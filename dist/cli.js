#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  INPUTS,
  SEVERITIES,
  SKIP_REASONS,
  TOOL,
  didYouMean,
  publish,
  readEventFacts,
  renderJson,
  renderSarif,
  renderSummary,
  run,
  scrubMessage,
  scrubbed,
  verdictLine,
  warnings
} from "./chunk-KMQTPYQH.js";
import {
  ConfigurationError,
  escapeMarkdown,
  formatHours,
  formatInt,
  formatMs,
  installLogGuard,
  unnamedGap
} from "./chunk-5Q2ESI5D.js";
import "./chunk-TCBXVWBI.js";

// src/cli.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

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

// src/cli.ts
var FORMATS = ["text", "json", "sarif", "markdown"];
var USAGE = `Usage: readiness-gate scan [path] [options]

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
  const options = {
    ...Object.fromEntries(Object.keys(INPUTS).map((n) => [n, { type: "string" }])),
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean" },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    verbose: { type: "boolean" }
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
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
      result.options.annotations === "check-run" && "--annotations check-run"
    ].filter((x) => typeof x === "string");
    if (actionOnly.length > 0) io.err.write(`readiness-gate: warning: ${actionOnly.join(", ")}: only the GitHub Action does this; the CLI writes the files and prints the result
`);
    const files = [written.report, written.sarif, written.sbom].filter(Boolean);
    const wrote = files.length > 0 ? `Wrote ${files.join(", ")}
` : "";
    const verdict = clean(verdictLine(result));
    const f = format;
    if (f === "text") {
      io.out.write(scrubbed(result, (r) => renderTerminal(r, { color, width: io.out.columns })));
      io.out.write(`${wrote ? `
${wrote}` : ""}
${verdict}
`);
    } else if (f === "markdown") {
      const md = scrubbed(result, renderSummary);
      const [, word = "", rest = verdict] = /^(BLOCKED|READY): (.*)$/s.exec(verdict) ?? [];
      io.out.write(`${md}${md.endsWith("\n") ? "" : "\n"}
${word ? `**${word}**: ` : ""}${escapeMarkdown(rest)}
`);
      io.err.write(wrote);
    } else {
      io.out.write(scrubbed(result, f === "json" ? renderJson : renderSarif, "json"));
      io.err.write(`${wrote}${verdict}
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
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.env.GITHUB_ACTIONS === "true") installLogGuard();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  process.exitCode = await cli(process.argv.slice(2));
}
export {
  FORMATS,
  cli,
  run
};
