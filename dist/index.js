import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  ConfigurationError,
  INPUTS,
  error,
  info,
  notice,
  publish,
  run,
  setFailed,
  setOutput,
  summary,
  verdictLine,
  warning,
  warnings
} from "./chunk-LD2QVXFR.js";
import "./chunk-I4LIUF4G.js";
import "./chunk-ZGNJX55F.js";
import "./chunk-U623IIGW.js";

// src/action.ts
function readActionInputs(env) {
  const raw = {};
  for (const name of Object.keys(INPUTS)) {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
    if (v !== void 0) raw[name] = v.trim();
  }
  return raw;
}
async function main() {
  try {
    const raw = readActionInputs(process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const result = await run(raw, {
      cwd: workspace,
      github: {
        serverUrl: process.env.GITHUB_SERVER_URL,
        repository: process.env.GITHUB_REPOSITORY,
        sha: process.env.GITHUB_SHA,
        workspace
      }
    });
    await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void await summary.addRaw(md).write() : void 0,
      annotate: (a) => {
        const props = {
          title: a.title,
          file: a.file,
          startLine: a.startLine,
          endLine: a.endLine,
          startColumn: a.startColumn,
          endColumn: a.endColumn
        };
        if (a.level === "error") error(a.message, props);
        else if (a.level === "warning") warning(a.message, props);
        else notice(a.message, props);
      },
      output: (name, value) => setOutput(name, value)
    });
    for (const w of warnings(result)) warning(w, { title: "readiness-gate" });
    if (result.verdict.blocked) setFailed(verdictLine(result));
    else info(verdictLine(result));
  } catch (e) {
    const message = e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    error(message, { title: e instanceof ConfigurationError ? "readiness-gate: invalid configuration" : "readiness-gate: internal error" });
    process.exitCode = 2;
  }
}
await main();
export {
  readActionInputs
};
