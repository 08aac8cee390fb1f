// Worker thread entry (bundled to dist/worker.js): runs the file pass for the batches it is given.
import { parentPort, workerData } from 'node:worker_threads';
import { ALL_CHECKS } from './checks/index.js';
import { captureMatcher, fileMatcher, FileProcessor, type FileCheck, type FileSink } from './engine/file-pass.js';
import type { WorkerBatch, WorkerInit, WorkerReply } from './engine/pool.js';
import { createCheckContext } from './engine/context.js';
import { combined, repositoryMapFromData } from './engine/repo-map.js';
import { installWarningHandler } from './io/log-guard.js';
import { loadGrammars } from './syntax/index.js';

// A warning raised here (a parser's, a deprecation) is printed on one neutralised line: the parent
// pipes this thread's stderr into its own, which the runner reads for workflow commands.
installWarningHandler();

const init = workerData as WorkerInit;
const sink: { processor?: FileSink } = {};

const map = combined(repositoryMapFromData(init.map, init.options), init.base ? repositoryMapFromData(init.base, init.options) : undefined);
const fileChecks: FileCheck[] = [];
for (const check of ALL_CHECKS.filter((c) => init.ruleIds.includes(c.meta.id))) {
  const ctx = createCheckContext(check, init.options, map.classOf, () => sink.processor, undefined, map.stackOf);
  const visitor = check.create(ctx);
  if (visitor.file) fileChecks.push({ id: check.meta.id, visitor, matches: fileMatcher(check.meta.files), everyFile: check.meta.everyFile === true });
}
if (init.languages.length > 0) await loadGrammars(init.languages);
const contents = new Map(init.contents.map(([p, b]) => [p, Buffer.from(b.buffer, b.byteOffset, b.byteLength)]));
const processor = new FileProcessor(init.options.root, init.options.maxFileSize, fileChecks, captureMatcher([init.capture]), contents);
sink.processor = processor;

parentPort!.on('message', async (batch: WorkerBatch) => {
  const outcomes = [];
  for (const [index, path, generated, identify] of batch) outcomes.push(await processor.process(index, path, generated, identify));
  parentPort!.postMessage({ outcomes, millis: [...processor.millis] } satisfies WorkerReply);
});
