import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __filename = __rgFileURLToPath(import.meta.url);
const __dirname = __rgDirname(__filename);
import {
  INPUTS,
  publish,
  readEventFacts,
  run,
  scrubMessage,
  setOutput,
  summary,
  verdictLine,
  warnings
} from "./chunk-JFSHWSYQ.js";
import {
  ConfigurationError,
  installLogGuard
} from "./chunk-NIGGZKDI.js";
import "./chunk-ZGNJX55F.js";
import "./chunk-U623IIGW.js";

// src/action.ts
var log = installLogGuard();
var annotate = (a) => log.command({ kind: "annotation", annotation: a });
function setOutput2(name, value) {
  if (process.env.GITHUB_OUTPUT) setOutput(name, value);
  else log.command({ kind: "set-output", name, value });
}
var OUTPUT_NAMES = ["blocked", "score", "grade", "p0", "p1", "p2", "new", "report", "sarif", "sbom", "summary-markdown"];
function failClosed(message, title) {
  annotate({ level: "error", message, title });
  for (const name of OUTPUT_NAMES) setOutput2(name, name === "blocked" ? "true" : "");
  process.exitCode = 2;
}
process.on("uncaughtException", (e) => {
  failClosed(scrubMessage(`internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`), "readiness-gate: internal error");
  process.exit(2);
});
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
      },
      event: readEventFacts(process.env)
    });
    await publish(result, {
      summary: process.env.GITHUB_STEP_SUMMARY ? async (md) => void await summary.addRaw(md).write() : void 0,
      annotate,
      output: setOutput2
    });
    for (const w of warnings(result)) annotate({ level: "warning", message: w, title: "readiness-gate" });
    if (result.verdict.blocked) {
      log.command({ kind: "annotation", annotation: { level: "error", message: verdictLine(result), title: "" } });
      process.exitCode = 1;
    } else process.stdout.write(`${verdictLine(result)}
`);
  } catch (e) {
    const message = scrubMessage(e instanceof ConfigurationError ? e.message : `internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    failClosed(message, e instanceof ConfigurationError ? "readiness-gate: invalid configuration" : "readiness-gate: internal error");
  }
}
await main();
export {
  readActionInputs
};
