import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  Redactor,
  escapeData,
  escapeProperty,
  formatCommand
} from "./chunk-SMLQZCSD.js";

// src/io/log-guard.ts
import { StringDecoder } from "node:string_decoder";
var BREAK = "​";
function isDotnetSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 6158 || c === 65279;
}
var CommandNeutralizer = class {
  /** Only whitespace since the last line end. */
  lineStart = true;
  /** The last character was a `:` that opened the line. */
  leadColon = false;
  /** Consecutive `#` just seen (0, 1 or 2+). */
  hashes = 0;
  /** True when the next character written would begin a new line. */
  get atLineEnd() {
    return this.fresh;
  }
  fresh = true;
  push(s) {
    let out = "";
    let from = 0;
    let changed = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let brk = false;
      if (c === 10 || c === 13) {
        this.lineStart = true;
        this.leadColon = false;
        this.hashes = 0;
        continue;
      }
      if (c === 58) {
        brk = this.leadColon;
        this.leadColon = this.lineStart;
        this.lineStart = false;
        this.hashes = 0;
      } else if (c === 35) {
        this.hashes = this.hashes >= 2 ? 2 : this.hashes + 1;
        this.leadColon = false;
        this.lineStart = false;
      } else if (c === 91) {
        brk = this.hashes >= 2;
        this.hashes = 0;
        this.leadColon = false;
        this.lineStart = false;
      } else if (isDotnetSpace(c)) {
        this.leadColon = false;
        this.hashes = 0;
      } else {
        this.leadColon = false;
        this.lineStart = false;
        this.hashes = 0;
      }
      if (brk) {
        out += s.slice(from, i) + BREAK;
        from = i;
        changed = true;
      }
    }
    if (s.length > 0) {
      const last = s.charCodeAt(s.length - 1);
      this.fresh = last === 10;
    }
    return changed ? out + s.slice(from) : s;
  }
  /** After a raw line written around the neutraliser (it ended with a newline). */
  reset() {
    this.lineStart = true;
    this.leadColon = false;
    this.hashes = 0;
    this.fresh = true;
  }
};
function neutralize(text) {
  return new CommandNeutralizer().push(text);
}
function guardStream(stream) {
  const raw = stream.write.bind(stream);
  const n = new CommandNeutralizer();
  const decoder = new StringDecoder("utf8");
  const g = { raw, n, muted: false };
  const guarded = (chunk, encoding, cb) => {
    if (typeof encoding === "function") {
      cb = encoding;
      encoding = void 0;
    }
    if (g.muted) {
      if (typeof cb === "function") queueMicrotask(cb);
      return true;
    }
    let text;
    if (typeof chunk === "string") {
      const enc = typeof encoding === "string" ? encoding.toLowerCase() : "utf8";
      text = enc === "utf8" || enc === "utf-8" ? chunk : decoder.write(Buffer.from(chunk, enc));
    } else if (chunk instanceof Uint8Array) {
      text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else {
      text = String(chunk);
    }
    return raw(n.push(text), "utf8", cb);
  };
  stream.write = guarded;
  return g;
}
function commandLine(c) {
  switch (c.kind) {
    case "annotation":
      return annotationLine(c.annotation);
    case "set-output":
      return `::set-output name=${escapeProperty(c.name)}::${escapeData(c.value)}`;
    case "group":
      return `::group::${escapeData(c.title)}`;
    case "endgroup":
      return "::endgroup::";
    case "debug":
      return `::debug::${escapeData(new Redactor([]).text(c.message))}`;
  }
}
function annotationLine(a) {
  const line = formatCommand(a);
  const bare = `::${a.level} ::`;
  return line.startsWith(bare) ? `::${a.level}::${line.slice(bare.length)}` : line;
}
var installed;
function installLogGuard() {
  if (installed) throw new Error("the log guard is installed once, by the adapter");
  installed = guardStream(process.stdout);
  const err = guardStream(process.stderr);
  installWarningHandler();
  const out = installed;
  return {
    command(c) {
      out.raw(`${out.n.atLineEnd ? "" : "\n"}${commandLine(c)}
`, "utf8");
      out.n.reset();
    },
    async quiet(f) {
      out.muted = err.muted = true;
      try {
        return await f();
      } finally {
        out.muted = err.muted = false;
      }
    }
  };
}
function installWarningHandler() {
  process.removeAllListeners("warning");
  process.on("warning", (w) => {
    const text = `${w.name}: ${w.message}`.replace(/[\r\n\u2028\u2029]+/g, " ");
    process.stderr.write(`readiness-gate: ${neutralize(new Redactor([]).text(text))}
`);
  });
}
var PHASE_TITLES = {
  policy: "Policy and configuration",
  evidence: "Evidence (test, coverage and build reports)",
  discovery: "Discovery",
  "file pass": "File pass",
  checks: "Checks",
  sbom: "SBOM and OSV",
  verdict: "Verdict",
  report: "Report",
  upload: "Artifact upload"
};
function formatMs(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function phaseLog(log, debugOn) {
  const done = [];
  return {
    onPhaseStart(name) {
      log.command({ kind: "group", title: PHASE_TITLES[name] ?? name });
    },
    onPhase(name, ms) {
      process.stdout.write(`${name}: ${formatMs(ms)}
`);
      log.command({ kind: "endgroup" });
      done.push(`${name} ${formatMs(ms)}`);
    },
    ...debugOn ? { debug: (message) => log.command({ kind: "debug", message }) } : {},
    overview: () => `readiness-gate timings: ${done.join(", ")}`
  };
}

export {
  installLogGuard,
  installWarningHandler,
  formatMs,
  phaseLog
};
