// The contract fields of a real rule's meta, for a probe check a test writes under that rule's id
// (files, messages and behaviour are the test's own; area, severity, title... are the rule's).
import { metaOf } from '../../src/checks/index.js';
import type { RuleId } from '../../src/model/catalogue.js';

export function ruleFields(id: RuleId) {
  const { area, severity, effortMinutes, title, certainty, precision, docs, serviceOnly } = metaOf(id);
  return { area, severity, effortMinutes, title, certainty, precision, docs, ...(serviceOnly ? { serviceOnly } : {}) };
}
