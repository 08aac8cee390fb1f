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
} from "./chunk-QT6CH46J.js";
import "./chunk-NGKGRZPX.js";
import "./chunk-K6IN4ULJ.js";
import "./chunk-KYHOEUBB.js";
import "./chunk-EITT5366.js";
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
