import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  create,
  hashFiles
} from "./chunk-QPLNXPPB.js";
import "./chunk-K5KPRSZV.js";
import "./chunk-6AJBK7QG.js";
import "./chunk-TCBXVWBI.js";
export {
  create,
  hashFiles
};
