import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  SEVERITIES,
  SKIP_REASONS,
  replaceFile
} from "./chunk-WOJAGUFP.js";
import {
  ConfigurationError,
  UnsafeFileError,
  formatHours,
  formatInt,
  locate,
  readRegularText,
  rootsForInput,
  trustedRoots,
  unnamedGap
} from "./chunk-SMLQZCSD.js";

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

// src/fleet/merge-io.ts
import { lstatSync, mkdirSync, readdirSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var INPUT_LIMITS = { files: 1e4, depth: 8, fileBytes: 64 * 1024 * 1024 };
function lstatOrNull(p) {
  try {
    return lstatSync(p);
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "ENOTDIR") return null;
    throw e;
  }
}
function display(abs, cwd) {
  const rel = relative(cwd, abs);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? rel.split(sep).join("/") : abs;
}
function nameFromPath(abs) {
  const base = basename(abs).replace(/\.json$/i, "");
  const parent = basename(dirname(abs));
  const name = base === "readiness-report" && parent !== "" && parent !== sep ? parent : base;
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "_").slice(0, 256);
  return printable.trim() === "" ? "(unnamed)" : printable;
}
function collectInputs(args, cwd, exclude = [], env = process.env) {
  const skip = new Set(exclude.map((p) => resolve(cwd, p)));
  const found = /* @__PURE__ */ new Map();
  const add = (abs, root, walked) => {
    if (skip.has(abs)) return;
    const held = found.get(abs);
    if (held) {
      if (!walked) found.set(abs, { ...held, walked: false, roots: rootsForInput(root, cwd, env) });
      return;
    }
    if (found.size >= INPUT_LIMITS.files) throw new ConfigurationError(`merge: more than ${INPUT_LIMITS.files} input files; accepted: at most ${INPUT_LIMITS.files} (merge the fleet in parts, or give fewer folders)`);
    found.set(abs, { abs, display: display(abs, cwd), roots: rootsForInput(root, cwd, env), fallbackName: nameFromPath(abs), walked });
  };
  const walk = (dir, root, depth) => {
    if (skip.has(dir)) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    } catch (e) {
      throw new ConfigurationError(`merge: folder ${JSON.stringify(display(dir, cwd))} cannot be read (${e.code}); accepted: readable folders of JSON files`);
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory() && depth < INPUT_LIMITS.depth) walk(abs, root, depth + 1);
      else if ((e.isFile() || e.isSymbolicLink()) && /\.json$/i.test(e.name)) add(abs, root, true);
    }
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = lstatOrNull(abs);
    } catch (e) {
      throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} cannot be read (${e.code}); accepted: a JSON file or a folder of them`);
    }
    if (st === null) throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} does not exist; accepted: a JSON file or a folder of them`);
    if (st.isSymbolicLink()) throw new ConfigurationError(`merge: input ${JSON.stringify(arg)} is a symbolic link; accepted: a JSON file or a folder of them`);
    if (st.isDirectory()) walk(abs, abs, 0);
    else add(abs, dirname(abs), false);
  }
  return [...found.values()].sort((a, b) => a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0);
}
function readInput(p) {
  const base = { path: p.display, fallbackName: p.fallbackName, walked: p.walked };
  try {
    return { ...base, text: readRegularText(p.abs, { roots: p.roots, maxBytes: INPUT_LIMITS.fileBytes }) };
  } catch (e) {
    if (e instanceof UnsafeFileError) return { ...base, error: e.message };
    return { ...base, error: `cannot be read (${e.code ?? e.message})` };
  }
}
function refuse(out, why, command) {
  throw new ConfigurationError(`${command}: --out ${JSON.stringify(out)} ${why}; accepted: a folder (created when missing) with no symbolic link on the way`);
}
function prepareOutDir(out, cwd, roots = trustedRoots(cwd), command = "merge") {
  const abs = resolve(cwd, out);
  const at = locate(abs, roots);
  let cur;
  let rest;
  if (at) {
    cur = at.root;
    rest = at.rest;
  } else {
    try {
      mkdirSync(dirname(abs), { recursive: true });
    } catch (e) {
      refuse(out, `cannot be created (${e.code})`, command);
    }
    cur = dirname(abs);
    rest = [basename(abs)];
  }
  for (const part of rest) {
    cur = `${cur}${sep}${part}`;
    try {
      mkdirSync(cur);
    } catch (e) {
      if (e.code !== "EEXIST") refuse(out, `cannot be created (${e.code})`, command);
    }
    const st = lstatSync(cur);
    if (st.isSymbolicLink()) refuse(out, `lies under or is a symbolic link (${display(cur, cwd)})`, command);
    if (!st.isDirectory()) refuse(out, `lies under or is a file that is not a folder (${display(cur, cwd)})`, command);
  }
  return abs;
}
function writeInto(dir, name, text) {
  const st = lstatSync(dir);
  if (st.isSymbolicLink() || !st.isDirectory()) throw new ConfigurationError(`merge: ${dir} is no longer a folder`);
  const target = join(dir, name);
  try {
    replaceFile(target, text);
  } catch (e) {
    const code = e.code;
    if (code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST") throw new ConfigurationError(`merge: ${target} is a folder; remove it or choose another --out`);
    throw e;
  }
}

export {
  renderTerminal,
  clean,
  INPUT_LIMITS,
  collectInputs,
  readInput,
  prepareOutDir,
  writeInto
};
