import { createRequire as __rgCreateRequire } from 'node:module';
import { fileURLToPath as __rgFileURLToPath } from 'node:url';
import { dirname as __rgDirname } from 'node:path';
const require = __rgCreateRequire(import.meta.url);
const __rgFilename = __rgFileURLToPath(import.meta.url);
const __rgDirnameOf = __rgDirname(__rgFilename);
import {
  ALL_CHECKS,
  FileProcessor,
  captureMatcher,
  combined,
  createCheckContext,
  fileMatcher,
  repositoryMapFromData
} from "./chunk-NLSVQWEC.js";
import {
  installWarningHandler
} from "./chunk-SUWJTSVK.js";
import {
  loadGrammars
} from "./chunk-SMLQZCSD.js";
import "./chunk-QTNX3BKI.js";
import "./chunk-LTUAPBWH.js";
import "./chunk-RLDLGCUF.js";
import "./chunk-TCBXVWBI.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
installWarningHandler();
var init = workerData;
var sink = {};
var map = combined(repositoryMapFromData(init.map, init.options), init.base ? repositoryMapFromData(init.base, init.options) : void 0);
var fileChecks = [];
for (const check of ALL_CHECKS.filter((c) => init.ruleIds.includes(c.meta.id))) {
  const ctx = createCheckContext(check, init.options, map.classOf, () => sink.processor, void 0, map.stackOf);
  const visitor = check.create(ctx);
  if (visitor.file) fileChecks.push({ id: check.meta.id, visitor, matches: fileMatcher(check.meta.files), everyFile: check.meta.everyFile === true });
}
if (init.languages.length > 0) await loadGrammars(init.languages);
var contents = new Map(init.contents.map(([p, b]) => [p, Buffer.from(b.buffer, b.byteOffset, b.byteLength)]));
var processor = new FileProcessor(init.options.root, init.options.maxFileSize, fileChecks, captureMatcher([init.capture]), contents);
sink.processor = processor;
parentPort.on("message", async (batch) => {
  const outcomes = [];
  for (const [index, path, generated, identify] of batch) outcomes.push(await processor.process(index, path, generated, identify));
  parentPort.postMessage({ outcomes, millis: [...processor.millis] });
});
