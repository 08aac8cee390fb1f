// Compiler, type-checker and linter logs → diagnostics (RULES.md build-error). Logs are lines, and
// each tool's line format is fixed, so the patterns below are the format, one per tool:
//   go, gcc/clang, eslint -f unix:  path:line:col: message                  (gcc: "error:"/"warning:")
//   tsc:                            path(line,col): error TS2304: message
//   mypy, javac:                    path:line: error: message
//   pyright:                        path:line:col - error: message
//   rustc / cargo:                  error[E0425]: message  then  --> path:line:col
//   eslint stylish (the default):   a path line, then "  line:col  error  message  rule"
// ANSI colours and the timestamps of downloaded GitHub Actions logs are stripped first.
import type { ParseResult, TextInput } from '../model.js';
import { errorText } from '../model.js';
import { forEachLine } from '../text.js';

export interface Diagnostic {
  /** As written in the log (absolute, relative, another machine's); mapped to the repository later. '' when the tool names no file. */
  file: string;
  /** 0 when the tool names no file. */
  line: number;
  column?: number;
  severity: 'error' | 'warning';
  message: string;
  /** TS2304, E0425, no-unused-vars... when the tool gives one. */
  code?: string;
  tool: 'tsc' | 'rustc' | 'pyright' | 'mypy' | 'javac' | 'gcc' | 'eslint' | 'go';
}

export interface BuildLog {
  diagnostics: Diagnostic[];
  lines: number;
}

// eslint-disable-next-line no-control-regex -- ANSI escape sequences are control characters by definition
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;
const ACTIONS_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** A source path: no spaces in the generic form, and a file extension. Windows drive letters allowed. */
const PATH = String.raw`(?:[A-Za-z]:[\\/])?[^\s:()'"]*\.[A-Za-z0-9_+-]{1,10}`;
const TSC = /^(.+?\.[A-Za-z0-9]{1,10})\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
/** tsc's errors about the project itself (`error TS5112: tsconfig.json is present but...`): the build fails all the same. */
const TSC_GLOBAL = /^error (TS\d+): (.*)$/;
const PYRIGHT = new RegExp(String.raw`^\s*(${PATH}):(\d+):(\d+) - (error|warning): (.*)$`);
const SEVERITY_FORM = new RegExp(String.raw`^(${PATH}):(\d+)(?::(\d+))?: (?:(fatal error|error|warning|note|info)|\[(E|W|F)\d*\]): ?(.*)$`);
const GENERIC = new RegExp(String.raw`^(${PATH}):(\d+):(\d+): (.*)$`);
const RUST_HEAD = /^(error|warning)(?:\[(E\d+)\])?: (.*)$/;
const RUST_AT = new RegExp(String.raw`^\s*--> (${PATH}):(\d+):(\d+)$`);
const STYLISH_FILE = new RegExp(String.raw`^((?:[A-Za-z]:[\\/]|/|\.{0,2}/?)[^\s:]*\.[A-Za-z0-9]{1,10})$`);
const STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(@?[\w-]+(?:\/[\w-]+)*))?$/;
const ESLINT_UNIX_TAG = /\s*\[(Error|Warning)\/([^\]]+)\]$/;
/** rustc/cargo summary lines that are not diagnostics of a place. */
const RUST_SUMMARY = /^(aborting due to|could not compile|`.*` generated \d+ warnings?|\d+ warnings? emitted|build failed)/;

export async function parseBuildLog(input: TextInput): Promise<ParseResult<BuildLog>> {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  let rust: { severity: 'error' | 'warning'; code?: string; message: string } | undefined;
  let stylishFile: string | undefined;
  let count = 0;
  const add = (d: Diagnostic) => {
    const key = `${d.file}\0${d.line}\0${d.column ?? ''}\0${d.severity}\0${d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(d);
  };
  try {
    await forEachLine(input, (raw, n) => {
      count = n;
      const line = raw.replace(ANSI, '').replace(ACTIONS_TIMESTAMP, '').trimEnd();
      if (line === '') {
        stylishFile = undefined;
        return;
      }
      let m: RegExpExecArray | null;
      if ((m = TSC.exec(line))) {
        stylishFile = undefined;
        return add({ file: m[1]!.trim(), line: +m[2]!, column: +m[3]!, severity: m[4] as 'error' | 'warning', code: m[5]!, message: m[6]!.trim(), tool: 'tsc' });
      }
      if ((m = TSC_GLOBAL.exec(line))) {
        stylishFile = undefined;
        return add({ file: '', line: 0, severity: 'error', code: m[1]!, message: m[2]!.trim(), tool: 'tsc' });
      }
      if ((m = RUST_HEAD.exec(line))) {
        rust = RUST_SUMMARY.test(m[3]!) ? undefined : { severity: m[1] as 'error' | 'warning', ...(m[2] ? { code: m[2] } : {}), message: m[3]!.trim() };
        return;
      }
      if (rust && (m = RUST_AT.exec(line))) {
        add({ file: m[1]!, line: +m[2]!, column: +m[3]!, severity: rust.severity, ...(rust.code ? { code: rust.code } : {}), message: rust.message, tool: 'rustc' });
        rust = undefined;
        return;
      }
      if ((m = PYRIGHT.exec(line))) {
        return add({ file: m[1]!, line: +m[2]!, column: +m[3]!, severity: m[4] as 'error' | 'warning', message: m[5]!.trim(), tool: 'pyright' });
      }
      if ((m = SEVERITY_FORM.exec(line))) {
        const word = m[4] ?? ({ E: 'error', F: 'error', W: 'warning' } as Record<string, string>)[m[5]!]!;
        if (word === 'note' || word === 'info') return;
        const file = m[1]!;
        const tool = m[3] !== undefined ? 'gcc' : /\.java$/.test(file) ? 'javac' : 'mypy';
        return add({ file, line: +m[2]!, ...(m[3] ? { column: +m[3] } : {}), severity: word === 'warning' ? 'warning' : 'error', message: m[6]!.trim(), tool });
      }
      if ((m = GENERIC.exec(line))) {
        let message = m[4]!.trim();
        const tag = ESLINT_UNIX_TAG.exec(message);
        let severity: 'error' | 'warning' = 'error';
        let code: string | undefined;
        if (tag) {
          severity = tag[1] === 'Warning' ? 'warning' : 'error';
          code = tag[2];
          message = message.slice(0, tag.index).trim();
        } else if (/^warning\b/i.test(message)) {
          severity = 'warning';
        }
        return add({ file: m[1]!, line: +m[2]!, column: +m[3]!, severity, message, ...(code ? { code } : {}), tool: tag ? 'eslint' : 'go' });
      }
      if ((m = STYLISH_FILE.exec(line))) {
        stylishFile = m[1];
        return;
      }
      if (stylishFile && (m = STYLISH_ROW.exec(raw.replace(ANSI, '')))) {
        return add({ file: stylishFile, line: +m[1]!, column: +m[2]!, severity: m[3] as 'error' | 'warning', message: m[4]!.trim(), ...(m[5] ? { code: m[5] } : {}), tool: 'eslint' });
      }
    });
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  return { ok: true, value: { diagnostics, lines: count } };
}
