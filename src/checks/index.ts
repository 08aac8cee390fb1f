// The registry: every check, statically imported, sorted by rule ID.
import type { Check } from '../model/check.js';

export const ALL_CHECKS: readonly Check[] = [];
