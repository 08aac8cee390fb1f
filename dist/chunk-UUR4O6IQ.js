import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);

// src/io/thread.ts
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
var YOUNG_GENERATION_MB = 48;
function engineTerminal() {
  const d = isMainThread ? void 0 : workerData;
  return d?.readinessGateEngine === true ? d.terminal : void 0;
}
function hostedInThread(entry, failed) {
  if (!isMainThread) return Promise.resolve(false);
  let worker;
  try {
    const data = {
      readinessGateEngine: true,
      terminal: { out: { isTTY: Boolean(process.stdout.isTTY), ...process.stdout.columns ? { columns: process.stdout.columns } : {} }, err: { isTTY: Boolean(process.stderr.isTTY) } }
    };
    worker = new Worker(fileURLToPath(entry), { argv: process.argv.slice(2), workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  } catch {
    return Promise.resolve(false);
  }
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (e.code !== "EPIPE") throw e;
    });
  }
  return new Promise((resolve) => {
    let stopped = false;
    worker.on("error", (e) => {
      stopped = true;
      const code = e?.code;
      failed(typeof code === "string" && /^[A-Z0-9_]{1,64}$/.test(code) ? code : "unknown error");
      process.exitCode = 2;
    });
    worker.on("exit", (code) => {
      if (!stopped) process.exitCode = code;
      resolve(true);
    });
  });
}

export {
  engineTerminal,
  hostedInThread
};
