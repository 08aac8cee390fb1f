// Types of scripts/bench-lib.mjs, for the tests that import it.
export interface BenchOptions {
  repos: string[];
  path: string | undefined;
  files: number;
  runs: number;
  warmRuns: number;
  coldRuns: number;
  markdown: boolean;
  dist: string;
}
export interface Run {
  wallS: number;
  cpuS?: number;
  maxRssKb?: number;
  runs?: number;
}
export type Measured = Run | { na: string };
export interface TreeMeasurements {
  name: string;
  files?: number;
  mb?: number;
  cold?: Measured;
  /** Cold without a cache (`--cache false`): a pull request's run. */
  uncached?: Measured;
  warm?: Measured;
  changed?: Measured;
  /** After a one-file code change (an import or a declaration), beside `changed` (a comment). */
  coded?: Measured;
  ripgrep?: Measured;
  secretlint?: Measured;
  ripgrepLabel?: string;
  secretlintLabel?: string;
}
export const USAGE: string;
export const SECRETLINT_INSTALL: string;
export const TARGETS: {
  rssMb: number;
  cpuVsRipgrep: number;
  cpuVsSecretlint: number;
  warmS: number;
  changedS: number;
  wallS: { match: RegExp; s: number }[];
};
export const HEADER: string[];
export function wallTargetFor(name: string): number | undefined;
export function parseArgs(argv: string[]): BenchOptions;
export function childTicksFromStat(stat: string): number | undefined;
export function scannedFromOutput(text: string): { files: number; mb: number } | undefined;
export function best<T extends { wallS: number }>(runs: Iterable<T | undefined>): T | undefined;
export function treeRows(m: TreeMeasurements): string[][];
export function formatTable(header: string[], rows: string[][], options?: { markdown?: boolean }): string;
