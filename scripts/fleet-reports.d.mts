// Types of scripts/fleet-reports.mjs, for the tests that import it.
import type { FleetEntry, Grade } from '../src/fleet/types.js';

export interface RuleSample {
  ruleId: string;
  severity: 'P0' | 'P1' | 'P2';
  area: string;
  title: string;
  messageId: string;
  certainty: 'proven' | 'likely';
  fileClass: string | null;
  effortMinutes: number;
  path: string;
}
export const RULES: RuleSample[];
export function gradeOf(score: number): Grade;
export interface ReportSpec {
  score?: number;
  findings?: Array<[string, number] | [string, number, 'P0' | 'P1' | 'P2']>;
  commit?: string | null;
  title?: string;
  message?: string;
  version?: string;
}
export type Report = Record<string, unknown> & {
  verdict: { blocked: boolean; reasons: string[] };
  score: { value: number; grade: Grade; areas: Record<string, number> };
  counts: { P0: number; P1: number; P2: number };
  findings: Array<Record<string, unknown>>;
};
export function makeReport(spec?: ReportSpec): Report;
export function makeEntry(
  repository: string,
  report: Report | null,
  opts?: { error?: string | null; server?: string; runUrl?: string | null; ref?: string | null; commit?: string | null },
): FleetEntry;
export function makeFleet(n: number, seed?: number, scale?: number): FleetEntry[];
