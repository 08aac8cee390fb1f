// The registry: every check, statically imported, sorted by rule ID.
import type { Check } from '../model/check.js';
import hardcodedPassword from './hardcoded-password/index.js';
import hardcodedSecret from './hardcoded-secret/index.js';
import mergeConflictMarker from './merge-conflict-marker/index.js';
import noCodeowners from './no-codeowners/index.js';
import readinessClaimContradicted from './readiness-claim-contradicted/index.js';
import suppressionWithoutReason from './suppression-without-reason/index.js';
import todoDebt from './todo-debt/index.js';

export const ALL_CHECKS: readonly Check[] = [
  hardcodedPassword,
  hardcodedSecret,
  mergeConflictMarker,
  noCodeowners,
  readinessClaimContradicted,
  suppressionWithoutReason,
  todoDebt,
] as Check[];
