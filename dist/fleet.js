import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  ACTION_FLAGS,
  fleetCli
} from "./chunk-PFJVI3VW.js";
import "./chunk-UQWLOBMG.js";
import "./chunk-WOJAGUFP.js";
import {
  installLogGuard
} from "./chunk-SUWJTSVK.js";
import "./chunk-SMLQZCSD.js";
import "./chunk-QTNX3BKI.js";
import "./chunk-RLDLGCUF.js";
import "./chunk-TCBXVWBI.js";

// src/fleet/action.ts
var input = (name) => (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
function actionArgv() {
  const command = input("command");
  const flags = ACTION_FLAGS[command];
  if (!flags) return [command];
  const argv = [command];
  for (const f of flags) {
    const v = input(f);
    if (v !== "") argv.push(`--${f}`, v);
  }
  return argv;
}
installLogGuard();
var token = input("token");
if (token) process.env.GITHUB_TOKEN = token;
delete process.env.INPUT_TOKEN;
process.exitCode = await fleetCli(actionArgv());
