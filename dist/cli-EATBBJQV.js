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
} from "./chunk-ZOKPNDMI.js";
import "./chunk-HDPSY4YE.js";
import "./chunk-32EAKWSW.js";
import "./chunk-MCOCRGWW.js";
import "./chunk-SEHD2CFU.js";
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
