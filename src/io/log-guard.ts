// The process boundary of the log (SPEC §9): the runner executes any line of a step's stdout or
// stderr that starts with `::` after leading whitespace (actions/runner ActionCommand.TryParseV2
// trims the start) and any line holding `##[` (the v1 form, TryParse searches the whole line).
// Repository text reaches the log through paths the gate does not control — a parser's warning
// (the `yaml` library prints the raw source line of an unknown tag), a process warning, a library's
// console.log, a worker thread's stderr — so every byte written to stdout/stderr is neutralised
// here, line by line across chunk boundaries, and the gate's own workflow commands go through one
// raw writer that only accepts structured commands and escapes them itself.
import { StringDecoder } from 'node:string_decoder';
import { escapeData, escapeProperty, formatCommand, type Annotation } from '../report/annotations.js';
import { Redactor } from '../report/redact.js';

/** Inserted between the two colons of a leading `::` and between `##` and `[`: invisible, and not whitespace to .NET. */
export const BREAK = '\u200B';

/**
 * .NET Char.IsWhiteSpace, which String.TrimStart uses: what the runner strips before looking for
 * `::`; plus U+180E and U+FEFF, which older Unicode tables (and older runtimes) counted as spaces.
 */
function isDotnetSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x180e || c === 0xfeff
  );
}

/**
 * Neutralises workflow commands in a stream of text given in arbitrary chunks: a `::` that opens
 * a line (after whitespace) becomes `:\u200B:`, every `##[` becomes `##\u200B[`. The state carried
 * between chunks is three small fields, so nothing is held back and output is never delayed.
 * Lines end at `\n` or `\r` (the runner's StreamReader.ReadLine ends a line at either).
 */
export class CommandNeutralizer {
  /** Only whitespace since the last line end. */
  private lineStart = true;
  /** The last character was a `:` that opened the line. */
  private leadColon = false;
  /** Consecutive `#` just seen (0, 1 or 2+). */
  private hashes = 0;

  /** True when the next character written would begin a new line. */
  get atLineEnd(): boolean {
    return this.fresh;
  }
  private fresh = true;

  push(s: string): string {
    let out = '';
    let from = 0;
    let changed = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let brk = false;
      if (c === 0x0a || c === 0x0d) {
        this.lineStart = true;
        this.leadColon = false;
        this.hashes = 0;
        continue;
      }
      if (c === 0x3a /* : */) {
        brk = this.leadColon;
        this.leadColon = this.lineStart;
        this.lineStart = false;
        this.hashes = 0;
      } else if (c === 0x23 /* # */) {
        this.hashes = this.hashes >= 2 ? 2 : this.hashes + 1;
        this.leadColon = false;
        this.lineStart = false;
      } else if (c === 0x5b /* [ */) {
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
      this.fresh = last === 0x0a;
    }
    return changed ? out + s.slice(from) : s;
  }

  /** After a raw line written around the neutraliser (it ended with a newline). */
  reset(): void {
    this.lineStart = true;
    this.leadColon = false;
    this.hashes = 0;
    this.fresh = true;
  }
}

/** Neutralises a whole text at once (a fresh stream). */
export function neutralize(text: string): string {
  return new CommandNeutralizer().push(text);
}

type Write = (chunk: unknown, encoding?: unknown, cb?: unknown) => boolean;

interface Guarded {
  raw: Write;
  n: CommandNeutralizer;
  /** While set, everything written through the guarded stream is dropped (see CommandWriter.quiet). */
  muted: boolean;
}

/** Wraps a stream's write so that everything written through it is neutralised; returns the raw write. */
function guardStream(stream: NodeJS.WriteStream): Guarded {
  const raw = stream.write.bind(stream) as Write;
  const n = new CommandNeutralizer();
  const decoder = new StringDecoder('utf8');
  const g: Guarded = { raw, n, muted: false };
  const guarded = (chunk: unknown, encoding?: unknown, cb?: unknown): boolean => {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (g.muted) {
      if (typeof cb === 'function') queueMicrotask(cb as () => void);
      return true;
    }
    let text: string;
    if (typeof chunk === 'string') {
      const enc = typeof encoding === 'string' ? encoding.toLowerCase() : 'utf8';
      text = enc === 'utf8' || enc === 'utf-8' ? chunk : decoder.write(Buffer.from(chunk, enc as BufferEncoding));
    } else if (chunk instanceof Uint8Array) {
      text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else {
      text = String(chunk);
    }
    return raw(n.push(text), 'utf8', cb);
  };
  stream.write = guarded as typeof stream.write;
  return g;
}

/** A workflow command of the gate itself: only these shapes exist, and each is escaped when written. */
export type GateCommand =
  | { kind: 'annotation'; annotation: Annotation }
  | { kind: 'set-output'; name: string; value: string }
  /** A collapsible section of the log; the title is the gate's own words (a phase name), never repository text. */
  | { kind: 'group'; title: string }
  | { kind: 'endgroup' }
  /** Shown only with step debug logging on (ACTIONS_STEP_DEBUG / RUNNER_DEBUG); masked as well as escaped. */
  | { kind: 'debug'; message: string };

export interface CommandWriter {
  /** Writes one of the gate's own workflow commands to stdout, escaped, on a line of its own. */
  command(c: GateCommand): void;
  /**
   * Runs `f` with stdout and stderr dropped: for a library that prints workflow commands of its own
   * (@actions/artifact's `::add-mask::` of a signed URL), which the guard would turn into visible text.
   * Output is back when `f` settles.
   */
  quiet<T>(f: () => Promise<T>): Promise<T>;
}

/** The line of one command (without its newline). */
export function commandLine(c: GateCommand): string {
  switch (c.kind) {
    case 'annotation':
      return annotationLine(c.annotation);
    case 'set-output':
      return `::set-output name=${escapeProperty(c.name)}::${escapeData(c.value)}`;
    case 'group':
      return `::group::${escapeData(c.title)}`;
    case 'endgroup':
      return '::endgroup::';
    case 'debug':
      return `::debug::${escapeData(new Redactor([]).text(c.message))}`;
  }
}

/** formatCommand's line; without any property, `::error::message` as core.setFailed writes it. */
function annotationLine(a: Annotation): string {
  const line = formatCommand(a);
  const bare = `::${a.level} ::`;
  return line.startsWith(bare) ? `::${a.level}::${line.slice(bare.length)}` : line;
}

let installed: Guarded | undefined;

/**
 * Installs the guard on process.stdout and process.stderr (once per process) and the escaping
 * warning handler. Returns the only path to the raw stdout, which formats every command itself.
 */
export function installLogGuard(): CommandWriter {
  if (installed) throw new Error('the log guard is installed once, by the adapter');
  installed = guardStream(process.stdout);
  const err = guardStream(process.stderr);
  installWarningHandler();
  const out = installed;
  return {
    command(c) {
      // A command must open its line: end a partial line (a progress indicator) first.
      out.raw(`${out.n.atLineEnd ? '' : '\n'}${commandLine(c)}\n`, 'utf8');
      out.n.reset();
    },
    async quiet(f) {
      out.muted = err.muted = true;
      try {
        return await f();
      } finally {
        out.muted = err.muted = false;
      }
    },
  };
}

/**
 * Process warnings (a library's emitWarning, deprecations) are printed by Node's default handler
 * with their text as given; this one prints them on one line through the guarded stderr, with what
 * the secret patterns find masked (a parser's warning quotes the source line). Also installed in
 * worker threads, whose stderr the parent pipes into its own.
 */
export function installWarningHandler(): void {
  process.removeAllListeners('warning');
  process.on('warning', (w: Error) => {
    const text = `${w.name}: ${w.message}`.replace(/[\r\n\u2028\u2029]+/g, ' ');
    process.stderr.write(`readiness-gate: ${neutralize(new Redactor([]).text(text))}\n`);
  });
}

/** What a phase's log group is called. */
export const PHASE_TITLES: Record<string, string> = {
  policy: 'Policy and configuration',
  evidence: 'Evidence (test, coverage and build reports)',
  discovery: 'Discovery',
  'file pass': 'File pass',
  checks: 'Checks',
  sbom: 'SBOM and OSV',
  verdict: 'Verdict',
  report: 'Report',
  upload: 'Artifact upload',
};

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export interface PhaseLog {
  onPhaseStart(name: string): void;
  onPhase(name: string, ms: number): void;
  /** Present only when step debug logging is on. */
  debug?: (message: string) => void;
  /** Every phase so far with its duration, on one line (visible without opening a group). */
  overview(): string;
}

/**
 * Each phase of the run as a collapsible group of the log, closed with its duration; details as
 * `::debug::` lines when step debug logging is on. Everything else printed during a phase (a
 * parser's warning, a notice) lands in its group.
 */
export function phaseLog(log: CommandWriter, debugOn: boolean): PhaseLog {
  const done: string[] = [];
  return {
    onPhaseStart(name) {
      log.command({ kind: 'group', title: PHASE_TITLES[name] ?? name });
    },
    onPhase(name, ms) {
      process.stdout.write(`${name}: ${formatMs(ms)}\n`);
      log.command({ kind: 'endgroup' });
      done.push(`${name} ${formatMs(ms)}`);
    },
    ...(debugOn ? { debug: (message: string) => log.command({ kind: 'debug', message }) } : {}),
    overview: () => `readiness-gate timings: ${done.join(', ')}`,
  };
}
