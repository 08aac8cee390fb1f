// The report's metrics block, typed: one optional field per metric, owned here so that checks,
// evidence and renderers agree on each shape (ARCHITECTURE.md: "metric shapes owned by model/").
// Checks record theirs with ctx.metric(name, value); tests, coverage and build come from the job's
// reports (src/evidence/metrics.ts). A new metric is a new field here.

/** todo-debt: the markers in the tree. */
export interface TodosMetric {
  total: number;
  byMarker: Record<string, number>;
  /** Files with at least one marker. */
  files: number;
  /** The files with the most markers, most first. */
  topFiles: Array<{ path: string; count: number }>;
}

export interface TypeFileRow {
  path: string;
  functions: number;
  typed: number;
  percent: number;
}

/** type-annotation-coverage: the share of functions whose signature is fully typed. */
export interface TypeAnnotationsMetric {
  percent: number;
  functions: number;
  typed: number;
  untyped: number;
  files: number;
  byLanguage: Partial<Record<'python' | 'typescript', { functions: number; typed: number; percent: number }>>;
  /** The files with the most untyped functions. */
  worstFiles: TypeFileRow[];
  threshold?: number;
}

/** The job's test reports (src/evidence/metrics.ts). */
export interface TestsMetric {
  reports: number;
  unreadableReports: number;
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  durationSeconds: number;
  /** Failed and flaky tests counted but not listed (past the cap of listed tests). */
  notListed: { failed: number; flaky: number };
  failures: Array<{ name: string; kind: 'failed' | 'errored' | 'flaky'; message: string | null; path: string | null; line: number | null }>;
}

/** The job's coverage reports (src/evidence/metrics.ts). */
export interface CoverageMetric {
  reports: number;
  unreadableReports: number;
  linePercent: number | null;
  linesTotal: number;
  linesCovered: number;
  threshold: number | null;
  files: number;
  worstFiles: Array<{ path: string; lines: number; covered: number; percent: number; totalIfCovered: number }>;
}

/** The job's build logs (src/evidence/metrics.ts). */
export interface BuildMetric {
  logs: number;
  errors: number;
  warnings: number;
  notListed: number;
}

/** k8s-probe-route-mismatch: every HTTP probe and what the service map made of it (a pass is shown, not assumed). */
export interface ProbesMetric {
  total: number;
  /** Probes whose path was compared with the routes (or nginx locations) of the process that answers them. */
  judged: number;
  served: number;
  notServed: number;
  /** At most 200, in path and line order. */
  probes: Array<{
    path: string;
    line: number;
    /** `The readinessProbe of container \`api\` (Deployment \`api\`)`. */
    probe: string;
    target: string;
    port: string | null;
    /** The chain's links as read (workload → image → build → process → routes). */
    chain: string[];
    result: 'served' | 'not served' | 'not judged';
    /** served: the route or location; not served: the gap when not proven; not judged: why. */
    detail: string | null;
  }>;
}

export interface Metrics {
  probes?: ProbesMetric;
  todos?: TodosMetric;
  typeAnnotations?: TypeAnnotationsMetric;
  tests?: TestsMetric;
  coverage?: CoverageMetric;
  build?: BuildMetric;
  /** The SPEC's metrics.typeCoverage (the JSON report writes null without it): no check records it yet. */
  typeCoverage?: TypeAnnotationsMetric;
}

/** The metrics that come from the job's reports, not from a check. */
export type EvidenceMetrics = Pick<Metrics, 'tests' | 'coverage' | 'build'>;
