import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  hostedInThread
} from "./chunk-UUR4O6IQ.js";
import "./chunk-TCBXVWBI.js";

// src/action-start.ts
import { appendFileSync } from "node:fs";
function stopped(code) {
  process.stdout.write(`::error title=readiness-gate%3A internal error::the scan thread stopped (${code})
`);
  try {
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, "blocked=true\n");
  } catch {
  }
}
if (!await hostedInThread(import.meta.url, stopped)) await import("./action-NNW37DD2.js");
