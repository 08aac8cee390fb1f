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
} from "./chunk-5M5RYTZI.js";
import "./chunk-CKY3NH7O.js";
import "./chunk-73Y2DQEX.js";
import "./chunk-6KYFEC6G.js";
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
