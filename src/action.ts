// The GitHub Action adapter (bundled to dist/index.js): inputs in, summary/annotations/outputs out.
import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';
import { INPUTS, type InputName, type RawInputs } from './inputs.js';
import { uploadOutputs, outcomeMessage } from './github/artifact.js';
import { installLogGuard, phaseLog } from './io/log-guard.js';
import { PhaseClock, run } from './main.js';
import { readEventFacts } from './policy/source.js';
import { publish, scrubMessage, verdictLine, warnings } from './publish.js';
import type { Annotation } from './report/annotations.js';

// From here on every byte on stdout/stderr is neutralised (no repository text becomes a runner
// command); the gate's own commands go through `log`, which escapes them (src/io/log-guard.ts).
const log = installLogGuard();

const annotate = (a: Annotation) => log.command({ kind: 'annotation', annotation: a });

/** An output: through the GITHUB_OUTPUT file when the runner gives one, else the (escaped) legacy command. */
function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) core.setOutput(name, value);
  else log.command({ kind: 'set-output', name, value });
}

const OUTPUT_NAMES = ['blocked', 'score', 'grade', 'p0', 'p1', 'p2', 'new', 'report', 'sarif', 'sbom', 'summary-markdown'] as const;

/**
 * Exit 2 (bad input, unsafe output path, internal error): `blocked` is still `true` and the other
 * outputs empty, so an `if:` expression reading the outputs cannot take a crash for a pass.
 */
function failClosed(message: string, title: string): void {
  annotate({ level: 'error', message, title });
  for (const name of OUTPUT_NAMES) setOutput(name, name === 'blocked' ? 'true' : '');
  process.exitCode = 2;
}

// Whatever escapes main() is reported the same way, never by Node's own printer (which writes
// straight to the descriptor, around the guard).
process.on('uncaughtException', (e) => {
  failClosed(scrubMessage(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`), 'readiness-gate: internal error');
  process.exit(2);
});

/** As the runner names them: INPUT_ + name with spaces → '_', upper-cased; hyphens kept. */
export function readActionInputs(env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(INPUTS) as InputName[]) {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (v !== undefined) raw[name] = v.trim();
  }
  return raw;
}

async function main(): Promise<void> {
  try {
    const raw = readActionInputs(process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const phases = phaseLog(log, core.isDebug());
    const clock = new PhaseClock(phases);
    const result = await run(raw, {
      ...phases,
      cwd: workspace,
      github: {
        serverUrl: process.env.GITHUB_SERVER_URL,
        repository: process.env.GITHUB_REPOSITORY,
        sha: process.env.GITHUB_SHA,
        workspace,
      },
      event: readEventFacts(process.env),
    });
    // No ::add-mask:: for found secrets: it would print them to the log stream; every output is scrubbed instead.
    clock.to('report');
    const written = await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void (await core.summary.addRaw(md).write()) : undefined,
      annotate,
      output: setOutput,
    });
    if (result.options.uploadArtifact !== null) {
      clock.to('upload');
      const files = Object.values(written).filter((p): p is string => typeof p === 'string');
      const m = outcomeMessage(await uploadOutputs(result.options.uploadArtifact, files, { cwd: result.options.cwd, quiet: log.quiet }));
      if (m.level === 'info') process.stdout.write(`${m.text}\n`);
      else annotate({ level: m.level, message: scrubMessage(m.text), title: 'readiness-gate' });
    }
    clock.to(null);
    process.stdout.write(`${phases.overview()}\n`);
    for (const w of warnings(result)) annotate({ level: 'warning', message: w, title: 'readiness-gate' });
    if (result.verdict.blocked) {
      // What core.setFailed does: an error annotation of the run, and exit code 1.
      log.command({ kind: 'annotation', annotation: { level: 'error', message: verdictLine(result), title: '' } });
      process.exitCode = 1;
    } else process.stdout.write(`${verdictLine(result)}\n`);
  } catch (e) {
    // Bad inputs and internal errors both exit 2, so a required check can tell them from a BLOCKED verdict.
    const message = scrubMessage(e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    failClosed(message, e instanceof ConfigurationError ? 'readiness-gate: invalid configuration' : 'readiness-gate: internal error');
  }
}

await main();
