// The one CheckContext, for the main thread and the worker threads alike. In file() a check's
// report(), secret(), observe() and malformed() go to the file being read (FileProcessor's outcome);
// outside it, to the run. What only the main thread has (the workspace, gaps, metrics, the other
// checks' findings) is given as `run`; a worker has none, and a pure check that asks for it fails
// loudly (it would not be pure).
import type { Check, CheckContext, Observation, ReportDescriptor } from '../model/check.js';
import type { Metrics } from '../model/metrics.js';
import type { FileClass, StackClaim } from '../model/repo-map.js';
import type { Area, Finding, Gap, GapStatus, Malformed } from '../model/types.js';
import type { Options } from '../inputs.js';
import type { Workspace } from '../workspace/workspace.js';
import { FileProcessor, type FileSink } from './file-pass.js';
import { fingerprintKeyOf } from './findings.js';

/** What the main thread gives a check beyond its file pass. */
export interface RunSinks {
  workspace: Workspace;
  secret(value: string): void;
  gap(g: Gap): void;
  metric(name: keyof Metrics, value: Metrics[keyof Metrics]): void;
  malformed(m: Malformed): void;
  notice(message: string): void;
  /** A report outside file() (in end()). */
  report(d: ReportDescriptor<string>, key: string): void;
  /** Sets the check's status (not applicable, inconclusive). */
  status(kind: 'not-applicable' | 'inconclusive', reason: string): void;
  observations(): ReadonlyArray<Observation<unknown>>;
  perFile: CheckContext['perFile'];
  /** Late checks: the other checks' findings after policy. */
  findings(): Finding[];
}

export function createCheckContext(
  check: Check,
  options: Options,
  classOf: (path: string) => FileClass,
  fileSink: () => FileSink | undefined,
  run: RunSinks | undefined,
  stackOf?: (path: string) => StackClaim | undefined,
): CheckContext {
  const { id, area, late } = check.meta;
  const onMain = (what: string): RunSinks => {
    if (!run) throw new Error(`${id}: ${what} is not available to a pure check's file()`);
    return run;
  };
  const current = () => fileSink()?.current();
  return {
    options,
    get workspace() {
      return onMain('workspace').workspace;
    },
    classOf,
    ...(stackOf ? { stackOf } : {}),
    report(d: ReportDescriptor<string>) {
      const sink = fileSink();
      if (sink?.current()) FileProcessor.report(sink, d);
      else onMain('report() outside file()').report(d, fingerprintKeyOf(d, undefined));
    },
    observe(value) {
      const c = current();
      if (!c) throw new Error(`${id}: observe() is for file()`);
      c.out.observations.push(value);
    },
    observations<T>() {
      return onMain('observations()').observations() as ReadonlyArray<Observation<T>>;
    },
    perFile(name, judge, valid) {
      return onMain('perFile()').perFile(name, judge, valid);
    },
    notApplicable(reason) {
      onMain('notApplicable()').status('not-applicable', reason);
    },
    inconclusive(reason) {
      onMain('inconclusive()').status('inconclusive', reason);
    },
    gap(component: string, status: GapStatus, evidence?: string, gapArea?: Area) {
      onMain('gap()').gap({ area: gapArea ?? area, component, status, ...(evidence ? { evidence } : {}) });
    },
    malformed(path, kind, reason) {
      const c = current();
      if (c) c.out.malformed.push({ path, kind, reason });
      else onMain('malformed()').malformed({ path, kind, reason });
    },
    notice(message) {
      onMain('notice()').notice(`${id}: ${message}`);
    },
    metric(name, value) {
      onMain('metric()').metric(name, value);
    },
    secret(value) {
      const c = current();
      if (c) c.out.secrets.push(value);
      else onMain('secret()').secret(value);
    },
    findings() {
      if (!late) throw new Error(`${id}: findings() is for late checks`);
      return onMain('findings()').findings();
    },
  };
}
