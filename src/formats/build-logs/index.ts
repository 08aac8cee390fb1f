// Compiler, type-checker and linter logs → diagnostics (RULES.md build-error). Logs are lines, and
// each tool's line format is fixed, so the patterns below are the format, one per tool:
//   go, gcc/clang, eslint -f unix:  path:line:col: message                  (gcc: "error:"/"warning:")
//   tsc:                            path(line,col): error TS2304: message
//   mypy, javac:                    path:line: error: message
//   pyright:                        path:line:col - error: message
//   rustc / cargo:                  error[E0425]: message  then  --> path:line:col
//   eslint stylish (the default):   a path line, then "  line:col  error  message  rule"
// ANSI colours and the timestamps of downloaded GitHub Actions logs are stripped first.
// Every pattern runs in time linear in the line (no nested or overlapping repetition a hostile log
// could make backtrack), and a line is examined up to LINE_MAX characters: a longer one is no
// diagnostic worth quoting, and a 1 MB line of spaces costs milliseconds. A log keeps at most
// DIAGNOSTICS_MAX diagnostics and counts the rest, so a million errors cost a count.
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
  /** The first DIAGNOSTICS_MAX distinct diagnostics. */
  diagnostics: Diagnostic[];
  /** Diagnostics past DIAGNOSTICS_MAX, counted by severity (not deduplicated). */
  omitted: { errors: number; warnings: number };
  lines: number;
}

/** Characters of a line examined; the rest of a longer line is ignored. */
export const LINE_MAX = 16 * 1024;
/** Most diagnostics kept per log. */
export const DIAGNOSTICS_MAX = 1000;
/** Most characters of a message kept. */
const MESSAGE_MAX = 2000;

// OSC (hyperlinks, titles) ends with BEL or ST (ESC \); its body stops at the next ESC too: `ESC ]` repeated without a BEL would otherwise rescan the line from each one.
// eslint-disable-next-line no-control-regex -- ANSI escape sequences are control characters by definition
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
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
const STYLISH_ROW = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+)$/;
/** The rule id that ends a stylish row after two or more spaces (split by hand: a lazy `(.+?)\s{2,}` backtracks on long rows). */
const RULE_ID = /^@?[\w-]+(?:\/[\w-]+)*$/;
/** Matched at the message's last `[` only (an unanchored `\s*\[` would rescan a long run of spaces from each one). */
const ESLINT_UNIX_TAG = /^\[(Error|Warning)\/([^\]]+)\]$/;
/** rustc/cargo summary lines that are not diagnostics of a place. */
const RUST_SUMMARY = /^(aborting due to|could not compile|`.*` generated \d+ warnings?|\d+ warnings? emitted|build failed)/;

/** `lineMax`: the longest line examined (tests raise it, so that the patterns themselves are shown linear). */
export async function parseBuildLog(input: TextInput, lineMax = LINE_MAX): Promise<ParseResult<BuildLog>> {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  let rust: { severity: 'error' | 'warning'; code?: string; message: string } | undefined;
  let stylishFile: string | undefined;
  let count = 0;
  const omitted = { errors: 0, warnings: 0 };
  const add = (d: Diagnostic) => {
    if (d.message.length > MESSAGE_MAX) d.message = `${d.message.slice(0, MESSAGE_MAX - 1)}…`;
    const key = `${d.file}\0${d.line}\0${d.column ?? ''}\0${d.severity}\0${d.message}`;
    // A repeat is no new error, listed or not; the set of keys is bounded like the log's distinct lines.
    if (seen.has(key)) return;
    seen.add(key);
    if (diagnostics.length >= DIAGNOSTICS_MAX) {
      omitted[d.severity === 'error' ? 'errors' : 'warnings']++;
      return;
    }
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
        const bracket = message.lastIndexOf('[');
        const tag = bracket >= 0 ? ESLINT_UNIX_TAG.exec(message.slice(bracket)) : null;
        let severity: 'error' | 'warning' = 'error';
        let code: string | undefined;
        if (tag) {
          severity = tag[1] === 'Warning' ? 'warning' : 'error';
          code = tag[2];
          message = message.slice(0, bracket).trim();
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
        const { message, code } = splitRule(m[4]!);
        return add({ file: stylishFile, line: +m[1]!, column: +m[2]!, severity: m[3] as 'error' | 'warning', message, ...(code ? { code } : {}), tool: 'eslint' });
      }
    }, lineMax);
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
  return { ok: true, value: { diagnostics, omitted, lines: count } };
}

/** "Unexpected var  no-var" → the message and the rule id, when the row ends with one after two spaces. */
function splitRule(text: string): { message: string; code?: string } {
  const t = text.trimEnd();
  const i = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\t'));
  if (i >= 1 && (t[i - 1] === ' ' || t[i - 1] === '\t') && RULE_ID.test(t.slice(i + 1))) {
    const message = t.slice(0, i).trim();
    if (message !== '') return { message, code: t.slice(i + 1) };
  }
  return { message: t.trim() };
}
