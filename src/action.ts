// The GitHub Action adapter (bundled to dist/index.js): inputs in, summary/annotations/outputs out.
import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';
import { INPUTS, type InputName, type RawInputs } from './inputs.js';
import { run } from './main.js';
import { readEventFacts } from './policy/source.js';
import { publish, verdictLine, warnings } from './publish.js';

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
    const result = await run(raw, {
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
    await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void (await core.summary.addRaw(md).write()) : undefined,
      annotate: (a) => {
        const props: core.AnnotationProperties = {
          title: a.title,
          file: a.file,
          startLine: a.startLine,
          endLine: a.endLine,
          startColumn: a.startColumn,
          endColumn: a.endColumn,
        };
        if (a.level === 'error') core.error(a.message, props);
        else if (a.level === 'warning') core.warning(a.message, props);
        else core.notice(a.message, props);
      },
      output: (name, value) => core.setOutput(name, value),
    });
    for (const w of warnings(result)) core.warning(w, { title: 'readiness-gate' });
    if (result.verdict.blocked) core.setFailed(verdictLine(result));
    else core.info(verdictLine(result));
  } catch (e) {
    // Bad inputs and internal errors both exit 2, so a required check can tell them from a BLOCKED verdict.
    const message = e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    core.error(message, { title: e instanceof ConfigurationError ? 'readiness-gate: invalid configuration' : 'readiness-gate: internal error' });
    process.exitCode = 2;
  }
}

await main();
