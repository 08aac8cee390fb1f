import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  ACTION_FLAGS,
  batchesJson,
  fillMissing,
  fleetCli,
  parseBatch,
  parseBatches,
  runUrlOf,
  setOutput
} from "./chunk-GNELI7YD.js";
import "./chunk-36H3KMEO.js";
import "./chunk-BPGY6O27.js";
import "./chunk-H6NBYAVQ.js";
import "./chunk-RLDLGCUF.js";
import "./chunk-TCBXVWBI.js";
export {
  ACTION_FLAGS,
  batchesJson,
  fillMissing,
  fleetCli,
  parseBatch,
  parseBatches,
  runUrlOf,
  setOutput
};
