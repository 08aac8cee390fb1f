// The badge (issue 15): a shields.io endpoint document (https://shields.io/badges/endpoint-badge)
// with the verdict and the grade, written beside the JSON report, and one per repository by the
// fleet's merge. shields.io reads it from wherever it is published and draws the badge:
// https://img.shields.io/endpoint?url=<the file's URL, encoded>. Deterministic: no time, no cache
// hint (shields' default for endpoints applies). Only our own words reach it: a verdict and a
// grade from the five, never a repository's text.
import { basename, dirname, join } from 'node:path';
import type { Grade, MergedRepository } from '../fleet/types.js';
import type { RunResult } from '../model/result.js';
import { GRADES } from '../policy/score.js';

export interface EndpointBadge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  /** Drawn as an error (shields' own "invalid" look): a failed scan has no verdict to show. */
  isError?: true;
}

export const BADGE_LABEL = 'readiness';
/** A ready commit is coloured by its grade; a blocked one is red whatever its grade. */
const GRADE_COLOR: Readonly<Record<Grade, string>> = { A: 'brightgreen', B: 'green', C: 'yellowgreen', D: 'orange', F: 'red' };

/**
 * The badge for a verdict and a grade. No verdict (a scan that failed, a row without one) is never
 * shown as ready: "unknown", grey, an error.
 */
export function badge(blocked: boolean | null, grade: string | null): EndpointBadge {
  const g = GRADES.find((x) => x === grade);
  if (blocked === null) return { schemaVersion: 1, label: BADGE_LABEL, message: 'unknown', color: 'lightgrey', isError: true };
  const verdict = blocked ? 'blocked' : 'ready';
  return {
    schemaVersion: 1,
    label: BADGE_LABEL,
    message: g ? `${verdict} \u00b7 ${g}` : verdict,
    color: blocked ? 'red' : g ? GRADE_COLOR[g] : 'lightgrey',
  };
}

/** A repository's badge in a fleet merge: a failed scan is "scan failed", never ready. */
export function badgeFor(row: MergedRepository): EndpointBadge {
  if (row.status !== 'scanned' || row.blocked === null) return { ...badge(null, null), message: 'scan failed' };
  return badge(row.blocked, row.grade);
}

/** The badge of a run (the same verdict and grade as its report). */
export function badgeForRun(r: RunResult): EndpointBadge {
  return badge(r.verdict.blocked, r.score.grade);
}

/** The file's text: key order fixed by construction, two-space indent, a final newline (as the report). */
export function renderBadge(b: EndpointBadge): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/**
 * Where the badge goes for a report path: the same folder, the report's name with `.json` replaced
 * by `.badge.json` (`readiness-report.json` → `readiness-report.badge.json`); a name without `.json`
 * gets `.badge.json` appended.
 */
export function badgePath(reportPath: string): string {
  const name = basename(reportPath);
  const stem = /\.json$/i.test(name) && name.length > 5 ? name.slice(0, -5) : name;
  const dir = dirname(reportPath);
  // dirname('r.json') is '.': keep a relative path relative and unchanged in form.
  return dir === '.' && !reportPath.startsWith('./') ? `${stem}.badge.json` : join(dir, `${stem}.badge.json`);
}
