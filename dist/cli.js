#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  compileCacheDir
} from "./chunk-MCOCRGWW.js";
import "./chunk-TCBXVWBI.js";

// src/cli-start.ts
import module from "node:module";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
var executed = process.argv[1] !== void 0 && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
var cacheDir = executed ? compileCacheDir(process.argv.slice(2)) : void 0;
if (cacheDir !== void 0) module.enableCompileCache?.(cacheDir);
var cli = await import("./cli-ZYGKAE2C.js");
if (executed) await cli.main();
var run = cli.run;
export {
  run
};
