// Worker thread entry (bundled to dist/worker.js): runs the pure checks on texts the engine sends.
import { parentPort, workerData } from 'node:worker_threads';
import { ALL_CHECKS } from './checks/index.js';
import { fingerprintKeyOf } from './engine/findings.js';
import type { PureResult, WorkerBatch, WorkerInit } from './engine/pool.js';
import type { CheckContext, CheckVisitor } from './model/check.js';
import type { RuleId } from './model/catalogue.js';
import { SourceFile } from './workspace/source-file.js';

const init = workerData as WorkerInit;
let sink: PureResult | undefined;
let current: SourceFile | undefined;

const visitors = new Map<RuleId, CheckVisitor>();
for (const check of ALL_CHECKS.filter((c) => init.ruleIds.includes(c.meta.id))) {
  const notHere = (what: string) => () => {
    throw new Error(`${check.meta.id}: ${what} is not available to a pure check`);
  };
  const ctx: CheckContext = {
    options: init.options,
    get workspace(): never {
      throw new Error(`${check.meta.id}: workspace is not available to a pure check`);
    },
    report: (d) => sink!.reports.push({ d, key: fingerprintKeyOf(d, current) }),
    secret: (v) => void sink!.secrets.push(v),
    notApplicable: notHere('notApplicable()'),
    inconclusive: notHere('inconclusive()'),
    gap: notHere('gap()'),
    metric: notHere('metric()'),
    findings: notHere('findings()'),
  };
  visitors.set(check.meta.id, check.create(ctx));
}

parentPort!.on('message', (batch: WorkerBatch) => {
  const all = Buffer.from(batch.buffer);
  const results: PureResult[] = [];
  const millis: Partial<Record<RuleId, number>> = {};
  let bytes = 0;
  for (const job of batch.jobs) {
    const f = SourceFile.fromBytes(job.path, all.subarray(job.offset, job.offset + job.length));
    bytes += job.length;
    current = f;
    for (const ruleId of job.ruleIds) {
      sink = { index: job.index, ruleId, reports: [], secrets: [] };
      const t = performance.now();
      try {
        visitors.get(ruleId)?.file?.(f);
      } catch (e) {
        sink.error = e instanceof Error ? e.message : String(e);
      }
      millis[ruleId] = (millis[ruleId] ?? 0) + performance.now() - t;
      // Most files have nothing to say: send only what carries information.
      if (sink.reports.length > 0 || sink.secrets.length > 0 || sink.error !== undefined) results.push(sink);
    }
  }
  parentPort!.postMessage({ bytes, results, millis });
});
