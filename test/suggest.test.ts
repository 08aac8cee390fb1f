import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/model/catalogue.js';
import { closest, didYouMean, distance } from '../src/suggest.js';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(distance('no-runbook', 'no-runbook')).toBe(0);
    expect(distance('no-runbok', 'no-runbook')).toBe(1);
    expect(distance('no-runbooks', 'no-runbook')).toBe(1);
    expect(distance('no-rnubook', 'no-runbook')).toBe(1);
    expect(distance('hardcoded_secret', 'hardcoded-secret')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });

  it('suggests the closest rule id for a typo, a plural, another separator or case; nothing for a different word', () => {
    expect(closest('hardcoded-secrets', RULE_IDS)).toBe('hardcoded-secret');
    expect(closest('Hardcoded_Secret', RULE_IDS)).toBe('hardcoded-secret');
    expect(closest('workflow-permission', RULE_IDS)).toBe('workflow-permissions');
    expect(closest('k8s-missing-probe', RULE_IDS)).toBe('k8s-missing-probes');
    expect(closest('tod-debt', RULE_IDS)).toBe('todo-debt');
    expect(closest('secret', RULE_IDS)).toBeUndefined();
    expect(closest('runbook-please', RULE_IDS)).toBeUndefined();
    // Short ids allow one edit only: `todo-dbt-x` is not todo-debt.
    expect(closest('todo-dbt-x', RULE_IDS)).toBeUndefined();
    expect(didYouMean('no-runbok', RULE_IDS)).toBe("; did you mean 'no-runbook'?");
    expect(didYouMean('whatever', RULE_IDS)).toBe('');
  });

  it('does no work on input far longer than any id', () => {
    expect(closest('a'.repeat(100_000), RULE_IDS)).toBeUndefined();
    expect(closest('', RULE_IDS)).toBeUndefined();
  });
});
