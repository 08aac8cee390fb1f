// Fail closed (SPEC §9): what keeps the file pass from vouching for the tree becomes a RunBlocker,
// which blocks the verdict whatever the findings say. Two kinds are decided here:
// - a check that could not run (create, file or end threw, here or on a worker): a blocker naming
//   the rule and the reason, and a P0 finding of that rule so reports and annotations show it too;
// - a tree the checks did not really see: nothing in it, nothing of it scanned, or most of it kept
//   from the checks by the configuration (which a pull request may have written).
import type { Check } from '../model/check.js';
import type { Finding, RunBlocker } from '../model/types.js';
import type { Discovery } from '../workspace/discover.js';

/** The finding that stands for a check that threw: P0, at the root, one per rule (stable fingerprint). */
export function checkErrorFinding(check: Check, reason: string): Finding {
  const { id, area, title, effortMinutes } = check.meta;
  return {
    ruleId: id,
    severity: 'P0',
    // Proven: the check threw; what the commit holds is unknown, and the blocker says so.
    certainty: 'proven',
    area,
    title: 'Check could not run',
    messageId: 'check-could-not-run',
    data: { rule: id, title, reason },
    message: `Check ${id} could not run, so this commit was not checked for "${title}": ${reason}`,
    location: { path: '.' },
    remediation:
      'Fix what stopped the check (the message says what it was reading and why it failed), or turn the rule off in the configuration if it does not apply. ' +
      'Until it runs, the gate cannot vouch for this commit.',
    effortMinutes,
    fingerprint: 'check-could-not-run', // hashed with the rule and path in finalize()
  };
}

export function checkErrorBlocker(check: Check, reason: string): RunBlocker {
  return { source: 'check', ruleId: check.meta.id, reason: `check ${check.meta.id} could not run: ${reason}` };
}

export interface ScanCounts {
  discovery: Discovery;
  /** Files discovery listed, before any was read (skipped ones included, our own reports not). */
  listed: number;
  /** Files read and handed to the checks. */
  scanned: number;
  /** The configuration lowered limits.max-file-size below the default: its too-large files are the configuration's doing. */
  limitLowered: boolean;
}

/**
 * The measure (README, "Fail closed"): the candidate files are those scanned plus those the
 * configuration kept from the checks: paths.ignore and paths.generated matches that the built-in
 * generated/vendored list would not have skipped anyway, and, when limits.max-file-size is set below
 * the default, the files too large for it. Files kept by configuration are never read, so they
 * count whatever their content. More than half of the candidates kept by configuration blocks.
 * Binary files, links and the built-in generated trees (node_modules, vendor, dist...) are neither
 * scanned nor counted: they are the product's defaults, not something a pull request can widen.
 */
export function scanBlockers(c: ScanCounts): RunBlocker[] {
  const d = c.discovery;
  const { listed } = c;
  if (listed === 0) return [{ source: 'scan', reason: 'nothing to judge: the scanned directory holds no files' }];
  if (c.scanned === 0) {
    const why = Object.entries(d.skipped)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    return [{ source: 'scan', reason: `0 of ${listed} files were scanned (skipped: ${why || 'none readable'})` }];
  }
  const kept = d.keptByConfiguration + (c.limitLowered ? d.skipped.tooLarge : 0);
  const candidates = c.scanned + kept;
  if (kept * 2 > candidates) {
    return [
      {
        source: 'scan',
        reason: `the configuration kept ${kept} of ${candidates} files from the checks (paths.ignore, paths.generated${c.limitLowered ? ', limits.max-file-size' : ''}): most of the tree was not checked`,
      },
    ];
  }
  return [];
}
