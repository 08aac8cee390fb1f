// The one place a severity is decided (src/policy/severity.ts), as a table.
import { describe, expect, it } from 'vitest';
import { metaOf } from '../../src/checks/index.js';
import { certaintyOf, configuredSeverity, decideSeverity } from '../../src/policy/severity.js';
import type { Finding } from '../../src/model/types.js';

describe('decideSeverity', () => {
  const imports = metaOf('js-unresolved-import'); // P0, scope runtime
  const secret = metaOf('hardcoded-secret'); // P0, scope credential, secretLive in anyClass
  const ingress = metaOf('k8s-ingress-without-tls'); // P0, scope deploy
  const conflict = metaOf('merge-conflict-marker'); // P0, no scope
  const disabled = metaOf('workflow-disabled-job'); // P0 for deploy messages, P1 for the others

  it.each([
    // rule, messageId, certainty, class, severity, lowered?
    [imports, 'missingRelative', 'proven', 'runtime', 'P0', undefined],
    [imports, 'missingRelative', 'likely', 'runtime', 'P1', 'not proven: a gap'],
    [imports, 'missingRelative', 'proven', 'test', 'P1', 'in test code or test data'],
    [imports, 'missingRelative', 'proven', 'tooling', 'P1', 'in build or development tooling'],
    [imports, 'missingRelative', 'proven', 'example', 'P2', 'in an example, sample or demo'],
    [imports, 'missingRelative', 'likely', 'docs', 'P2', 'not proven: a gap; in documentation'],
    [secret, 'secret', 'proven', 'runtime', 'P0', undefined],
    [secret, 'secret', 'proven', 'tooling', 'P0', undefined],
    [secret, 'secret', 'proven', 'generated', 'P0', undefined],
    [secret, 'secret', 'proven', 'test', 'P1', 'in test code or test data'],
    [secret, 'secret', 'proven', 'vendored', 'P1', 'in vendored third-party code'],
    [secret, 'secretLive', 'proven', 'test', 'P0', undefined],
    [secret, 'secretLive', 'proven', 'docs', 'P0', undefined],
    [ingress, 'noTls', 'proven', 'test', 'P2', 'in test code or test data'],
    [ingress, 'noTls', 'proven', 'tooling', 'P0', undefined],
    [conflict, 'conflict', 'proven', 'docs', 'P0', undefined],
    [disabled, 'jobDeploy', 'proven', 'tooling', 'P0', undefined],
    [disabled, 'job', 'proven', 'tooling', 'P1', undefined],
  ] as const)('%#: %s', (meta, messageId, certainty, cls, severity, lowered) => {
    expect(Object.keys(meta.messages)).toContain(messageId);
    const d = decideSeverity(meta, messageId, certainty, cls, 'a gap');
    expect(d.severity).toBe(severity);
    expect(d.lowered).toBe(lowered);
  });

  it('a likely finding of a P1 rule stays P1 and is not said to be lowered', () => {
    expect(decideSeverity(metaOf('http-call-without-timeout'), Object.keys(metaOf('http-call-without-timeout').messages)[0]!, 'likely', 'runtime')).toEqual({ severity: 'P1' });
  });

  it('certainty: the report, else the message, else the rule', () => {
    expect(certaintyOf(imports, 'missingRelative', undefined)).toBe('proven');
    expect(certaintyOf(imports, 'missingRelative', 'likely')).toBe('likely');
    expect(certaintyOf(metaOf('no-metrics'), Object.keys(metaOf('no-metrics').messages)[0]!, undefined)).toBe('likely');
  });

  it('the configuration overrides last, both ways; off changes nothing here', () => {
    const f = { ruleId: 'hardcoded-password', severity: 'P1' } as Finding;
    expect(configuredSeverity(f, { ruleSettings: new Map([['hardcoded-password', 'P0']]) }).severity).toBe('P0');
    expect(configuredSeverity({ ...f, ruleId: 'js-unresolved-import', severity: 'P0' }, { ruleSettings: new Map([['js-unresolved-import', 'P2']]) }).severity).toBe('P2');
    expect(configuredSeverity(f, { ruleSettings: new Map([['hardcoded-password', 'off']]) })).toBe(f);
  });
});
