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
} from "./chunk-PFJVI3VW.js";
import "./chunk-UQWLOBMG.js";
import "./chunk-WOJAGUFP.js";
import "./chunk-SMLQZCSD.js";
import "./chunk-QTNX3BKI.js";
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
