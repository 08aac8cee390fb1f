#!/usr/bin/env node
// The CLI adapter (bundled to dist/cli.js): `readiness-gate scan [path] [--flags]`, exit 0/1/2.
import { parseArgs } from 'node:util';
import { ConfigurationError } from './errors.js';
import { INPUTS, type InputName, type RawInputs } from './inputs.js';
import { mergeCli } from './fleet/merge-cli.js';
import { formatMs, installLogGuard } from './io/log-guard.js';
import { run, type RunEnvironment } from './main.js';
import { readEventFacts } from './policy/source.js';
import { publish, scrubbed, scrubMessage, verdictLine, warnings } from './publish.js';
import { renderJson } from './report/json.js';
import { escapeMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderSummary } from './report/summary.js';
import { clean, renderTerminal } from './report/terminal.js';
import { didYouMean } from './suggest.js';
import { TOOL } from './version.js';
import type { TerminalFacts } from './io/thread.js';
import { CLI_SWITCHES } from './engine/cache-dir.js';

/** What --format prints to standard output; the files of --report, --sarif and --sbom are written either way. */
export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: readiness-gate scan [path] [options]
       readiness-gate merge <report or folder...> --out DIR [--previous merged.json]   (merge --help)
       readiness-gate fleet <list|scan|merge> [options]   (the fleet workflow's steps; fleet --help)

Scans a checkout for production blockers, writes the JSON report and SARIF,
prints the verdict. Exit code: 0 ready, 1 blocked, 2 bad usage or internal error.

  --format text|json|sarif|markdown
                             What to print (default text): the terminal report, the JSON report,
                             the SARIF, or the job summary. The verdict is the last line of text and
                             markdown; for json and sarif it goes to stderr, so stdout stays one document.

Options (each action input, same name and default):
${(Object.keys(INPUTS) as InputName[])
  .filter((n) => n !== 'path')
  .map((n) => `  --${n.padEnd(24)} ${INPUTS[n].description}${INPUTS[n].default && n !== 'github-token' ? ` [${INPUTS[n].default}]` : ''}`)
  .join('\n')}
  --color / --no-color       Colours (default: only when stdout is a terminal)
  --verbose                  Each phase's time, the configuration read, file counts and each check's time, on stderr
  --help, --version
`;

export async function cli(argv: string[], io: { out: NodeJS.WritableStream; err: NodeJS.WritableStream } = { out: process.stdout, err: process.stderr }): Promise<number> {
  // Other commands have their own options and usage (the scan's flags mean nothing to them).
  if (argv[0] === 'merge') return mergeCli(argv.slice(1), io);
  // The fleet workflow's steps (list, scan, merge).
  if (argv[0] === 'fleet') return (await import('./fleet/cli.js')).fleetCli(argv.slice(1), io);
  const options = {
    ...Object.fromEntries((Object.keys(INPUTS) as InputName[]).map((n) => [n, { type: 'string' as const }])),
    format: { type: 'string' },
    ...(Object.fromEntries(CLI_SWITCHES.map((n) => [n, { type: 'boolean' as const }])) as Record<(typeof CLI_SWITCHES)[number], { type: 'boolean' }>),
    help: { type: 'boolean', short: 'h' },
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    // A misspelt flag (`--fail-onn`) gets the closest one.
    const unknown = /^Unknown option '--([^']{1,64})'/.exec((e as Error).message)?.[1];
    const hint = unknown === undefined ? '' : didYouMean(unknown, Object.keys(options)).replace(/'([^']+)'\?$/, "'--$1'?");
    const message = hint ? `unknown option '--${unknown}'${hint}` : (e as Error).message;
    io.err.write(`readiness-gate: ${clean(message)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out.write(USAGE);
    return 0;
  }
  if (values.version) {
    io.out.write(`${TOOL.version}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.err.write(`readiness-gate: --format: '${clean(format)}' is not valid; accepted: ${FORMATS.join(', ')}.\n`);
    return 2;
  }
  const [command = 'scan', path, ...extra] = positionals;
  if (command !== 'scan' || extra.length > 0) {
    io.err.write(`readiness-gate: unknown command or extra argument '${command !== 'scan' ? command : extra[0]}'\n\n${USAGE}`);
    return 2;
  }
  const raw: RawInputs = {};
  for (const n of Object.keys(INPUTS) as InputName[]) {
    const v = (values as Record<string, unknown>)[n];
    if (typeof v === 'string') raw[n] = v;
  }
  if (path !== undefined) {
    if (raw.path !== undefined) {
      io.err.write(`readiness-gate: give the path either as an argument or with --path, not both\n`);
      return 2;
    }
    raw.path = path;
  }
  if (raw['github-token'] === undefined && process.env.GITHUB_TOKEN) raw['github-token'] = process.env.GITHUB_TOKEN;
  const tty = Boolean((io.err as NodeJS.WriteStream).isTTY);
  const color = values['no-color'] ? false : values.color ? true : Boolean((io.out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR;
  let lastProgress = 0;
  try {
    const result = await run(raw, {
      cwd: process.cwd(),
      // Inside a workflow the CLI sees the same event as the action: same policy rule.
      event: readEventFacts(process.env),
      onProgress: tty
        ? (done, total) => {
            const now = Date.now();
            if (now - lastProgress < 250 && done !== total) return;
            lastProgress = now;
            io.err.write(`\rscanning ${done}/${total} files${done === total ? '\n' : ''}`);
          }
        : undefined,
      ...(values.verbose ? verbose(io.err) : {}),
    });
    const written = await publish(result);
    for (const w of warnings(result)) io.err.write(`readiness-gate: warning: ${w}\n`);
    // Inputs that only the action carries out: said, not silently dropped.
    const actionOnly = [
      result.options.uploadArtifact !== null && '--upload-artifact',
      result.options.prComment !== 'off' && '--pr-comment',
      result.options.annotations === 'check-run' && '--annotations check-run',
      result.options.dependencyGraph && '--dependency-graph true',
    ].filter((x): x is string => typeof x === 'string');
    if (actionOnly.length > 0) io.err.write(`readiness-gate: warning: ${actionOnly.join(', ')}: only the GitHub Action does this; the CLI writes the files and prints the result\n`);
    const files = [written.report, written.badge, written.sarif, written.sbom].filter(Boolean);
    const wrote = files.length > 0 ? `Wrote ${files.join(', ')}\n` : '';
    // verdictLine() is redacted; clean() keeps a reason that quotes a file name from driving the terminal.
    const verdict = clean(verdictLine(result));
    const f = format as Format;
    if (f === 'text') {
      io.out.write(scrubbed(result, (r) => renderTerminal(r, { color, width: (io.out as NodeJS.WriteStream).columns })));
      io.out.write(`${wrote ? `\n${wrote}` : ''}\n${verdict}\n`);
    } else if (f === 'markdown') {
      // The job summary exactly as the action writes it, then the verdict as its own last line.
      const md = scrubbed(result, renderSummary);
      const [, word = '', rest = verdict] = /^(BLOCKED|READY): (.*)$/s.exec(verdict) ?? [];
      io.out.write(`${md}${md.endsWith('\n') ? '' : '\n'}\n${word ? `**${word}**: ` : ''}${escapeMarkdown(rest)}\n`);
      io.err.write(wrote);
    } else {
      // One machine-readable document on stdout, byte-identical to the file publish writes.
      io.out.write(scrubbed(result, f === 'json' ? renderJson : renderSarif, 'json'));
      io.err.write(`${wrote}${verdict}\n`);
    }
    return result.verdict.blocked ? 1 : 0;
  } catch (e) {
    io.err.write(scrubMessage(e instanceof ConfigurationError ? `readiness-gate: ${e.message}\n` : `readiness-gate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`));
    return 2;
  }
}

/** --verbose: what the action puts in its log groups and debug lines, as plain lines on stderr. */
function verbose(err: NodeJS.WritableStream): Pick<RunEnvironment, 'onPhase' | 'debug' | 'info'> {
  return {
    onPhase: (name, ms) => void err.write(`readiness-gate: ${name} ${formatMs(ms)}\n`),
    info: (line) => void err.write(`readiness-gate: ${line}\n`),
    debug: (message) => void err.write(`readiness-gate: ${scrubMessage(message)}\n`),
  };
}

/**
 * The process's CLI: run by the entry (cli-start.ts) when the bundle is executed. `terminal`: on the
 * engine's thread, what the process's own streams are (this thread's are pipes to them).
 */
export async function main(terminal?: TerminalFacts): Promise<void> {
  // Inside a workflow the runner reads this output for commands too: file names and findings
  // are repository text, so the same guard as the action's holds (the CLI writes no command itself).
  if (process.env.GITHUB_ACTIONS === 'true') installLogGuard();
  // `readiness-gate scan | head`: a reader that stops early is not an error of the scan; the exit
  // code stays the verdict's.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  const io = terminal ? { out: facing(process.stdout, terminal.out), err: facing(process.stderr, terminal.err) } : undefined;
  process.exitCode = await cli(process.argv.slice(2), io);
}

/** A stream that says it is the terminal the process writes to (colours, progress, width). */
function facing(stream: NodeJS.WriteStream, facts: { isTTY: boolean; columns?: number }): NodeJS.WritableStream {
  return { write: (chunk: string) => stream.write(chunk), isTTY: facts.isTTY, columns: facts.columns } as unknown as NodeJS.WritableStream;
}

// The engine, for scripts that drive it in-process (the benchmark).
export { run } from './main.js';
