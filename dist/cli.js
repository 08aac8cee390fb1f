#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  engineTerminal,
  hostedInThread
} from "./chunk-UUR4O6IQ.js";
import {
  coldScan,
  compileCacheDir
} from "./chunk-QTNX3BKI.js";
import "./chunk-TCBXVWBI.js";

// src/cli-start.ts
import module from "node:module";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
var executed = process.argv[1] !== void 0 && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
var hosted = executed && coldScan(process.argv.slice(2), process.env, process.cwd()) && await hostedInThread(import.meta.url, (code) => {
  process.stderr.write(`readiness-gate: internal error: the scan thread stopped (${code})
`);
});
var run;
if (!hosted) {
  const cacheDir = executed ? compileCacheDir(process.argv.slice(2)) : void 0;
  if (cacheDir !== void 0) module.enableCompileCache?.(cacheDir);
  const cli = await import("./cli-2UC34VPB.js");
  run = cli.run;
  if (executed) await cli.main(engineTerminal());
}
export {
  run
};
