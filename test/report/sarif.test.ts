import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALL_CHECKS } from '../../src/checks/index.js';
import { RULE_IDS, type RuleId } from '../../src/model/catalogue.js';
import type { RunResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/types.js';
import { absoluteLinks, automationId, buildSarif, FINGERPRINT_KEY, MAX_RESULTS, pascalCase, plainText, renderSarif } from '../../src/report/sarif.js';
import { SECURITY_CALIBRATION } from '../../src/report/sarif-security.js';
import { bigFixture, count, expectGolden, finding, fixture, NASTY, options, readyFixture } from './fixture.js';
import { validateSarif } from './validate.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Record<string, number> } }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
  properties: Record<string, unknown>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; certainty: string; proof?: string; 'security-severity'?: string };
}
interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; rules: SarifRule[] } };
  automationDetails?: { id: string };
  results: SarifResult[];
  properties: Record<string, unknown>;
}

const runOf = (text: string) => (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;
/** The fixture with every rule in the SARIF (`sarif-rules: all`), for the tests of the format itself. */
const all = (r: RunResult = fixture()): RunResult => ({ ...r, options: { ...r.options, sarifRules: 'all' } });
const withFindings = (findings: Finding[], over: Partial<RunResult['options']> = {}): RunResult => {
  const r = fixture();
  return { ...r, findings, suppressed: [], counts: count(findings), options: { ...r.options, ...over } };
};

describe('renderSarif', () => {
  it('matches the golden SARIF', () => {
    expectGolden('readiness.sarif', renderSarif(fixture()));
  });

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    expect(validateSarif(JSON.parse(renderSarif(fixture())))).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif(all())))).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif({ ...fixture(), links: null })))).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif(readyFixture())))).toEqual([]);
  });

  it('the schema validator does reject broken SARIF (uri with a space, no tool)', () => {
    const doc = buildSarif(all()) as { runs: SarifRun[] };
    const bad = structuredClone(doc);
    bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b/c:d.py';
    expect(validateSarif(bad)).not.toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{}] })).not.toEqual([]);
  });

  it('has one rule per rule ID in the results, sorted, with ruleIndex pointing at it', () => {
    const run = runOf(renderSarif(all()));
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(run.results.map((r) => r.ruleId))].sort());
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('describes each rule as GitHub uses it', () => {
    const rules = runOf(renderSarif(all())).tool.driver.rules;
    const secret = rules.find((r) => r.id === 'hardcoded-secret')!;
    expect(secret).toMatchObject({
      name: 'HardcodedSecret',
      shortDescription: { text: 'Hardcoded credential' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security'], precision: 'high', 'security-severity': '8.5' },
    });
    const todo = rules.find((r) => r.id === 'todo-debt')!;
    expect(todo.properties['security-severity']).toBeUndefined();
    expect(todo.properties.tags).toEqual(['code-health']);
    expect(todo.defaultConfiguration.level).toBe('note');
    expect(rules.find((r) => r.id === 'docker-outdated-base-image')!.properties).toMatchObject({ tags: ['supply-chain', 'security'], 'security-severity': '5.0' });
    // In the security area, not a security rule: a switched-off job is no vulnerability.
    const disabled = rules.find((r) => r.id === 'workflow-disabled-job')!;
    expect(disabled.properties.tags).toEqual([]);
    expect(disabled.properties['security-severity']).toBeUndefined();
    for (const r of rules) {
      expect(r.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(r.properties.tags.length).toBeLessThanOrEqual(20);
    }
  });

  it('maps levels, fingerprints and repository-relative, percent-encoded URIs', () => {
    const run = runOf(renderSarif(all()));
    const secret = run.results.find((r) => r.ruleId === 'hardcoded-secret' && !r.suppressions)!;
    expect(secret.level).toBe('error');
    expect(secret.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: fixture().findings.find((f) => f.ruleId === 'hardcoded-secret')!.fingerprint });
    expect(secret.partialFingerprints.primaryLocationLineHash).toBeUndefined();
    const loc = secret.locations[0]!.physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: 'services/api/src/we%20ird%25%3A%2C%7C%3Cname%3E%60%C3%A9.py', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(`services/api/${NASTY}`);
    expect(loc.region).toEqual({ startLine: 12, startColumn: 5, endColumn: 45 });
    const levels = new Set(run.results.map((r) => `${r.properties.severity}:${r.level}`));
    expect([...levels].sort()).toEqual(['P0:error', 'P1:warning', 'P2:note']);
  });

  it("gives a repository-level finding Scorecard's placeholder location, which GitHub accepts", () => {
    const expected = { artifactLocation: { uri: 'no%20file%20associated%20with%20this%20alert' }, region: { startLine: 1 } };
    const run = runOf(renderSarif(all()));
    const cov = run.results.find((r) => r.ruleId === 'coverage-below-threshold')!;
    expect(cov.locations[0]!.physicalLocation).toEqual(expected);
    const local = runOf(renderSarif(all({ ...fixture(), links: null }))).results.find((r) => r.ruleId === 'coverage-below-threshold')!;
    expect(local.locations[0]!.physicalLocation).toEqual(expected);
  });

  it('writes suppressed findings as suppressed results', () => {
    const run = runOf(renderSarif(all()));
    const sup = run.results.filter((r) => r.suppressions);
    expect(sup.map((r) => r.suppressions)).toEqual([
      [{ kind: 'external', status: 'accepted', justification: 'test key, never deployed' }],
      [{ kind: 'inSource', status: 'accepted', justification: 'fake | value for <tests>' }],
    ]);
    expect(run.results.length).toBe(fixture().findings.length + fixture().suppressed.length);
  });

  it('has no absolute paths and no timestamps', () => {
    const text = renderSarif(all());
    expect(text).not.toMatch(/file:\/\/|\/work\/checkout|originalUriBaseIds/);
    expect(text).not.toMatch(/Time"|millis/);
  });

  it("writes no automationDetails unless sarif-category is set (upload-sarif's category then applies)", () => {
    expect(runOf(renderSarif(fixture())).automationDetails).toBeUndefined();
    expect(runOf(renderSarif({ ...fixture(), links: null })).automationDetails).toBeUndefined();
    expect(renderSarif(fixture())).not.toContain('automationDetails');
    const set = (c: string) => runOf(renderSarif({ ...fixture(), options: options({ sarifCategory: c }) })).automationDetails;
    // The whole value is the category, as upload-sarif makes it: GitHub reads `a/b` as category `a/`, run `b`.
    expect(set('readiness-gate/api')).toEqual({ id: 'readiness-gate/api/' });
    expect(set('readiness-gate/web/')).toEqual({ id: 'readiness-gate/web/' });
    expect(set('gate')).toEqual({ id: 'gate/' });
    expect(automationId('a/b')).not.toBe(automationId('a/c'));
    expect(validateSarif(JSON.parse(renderSarif({ ...fixture(), options: options({ sarifCategory: 'readiness-gate/api' }) })))).toEqual([]);
  });

  it('keeps within GitHub limits: at most 25,000 results, under 10 MB gzip', () => {
    const r = all(bigFixture(MAX_RESULTS + 500));
    const text = renderSarif(r);
    const run = runOf(text);
    expect(run.results).toHaveLength(MAX_RESULTS);
    expect(run.properties.omittedResults).toBe(500 + r.suppressed.length);
    // Worst first: every P0 is kept.
    expect(run.results.filter((x) => x.level === 'error')).toHaveLength(r.counts.P0);
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });

  it('is deterministic', () => {
    expect(renderSarif(fixture())).toBe(renderSarif(fixture()));
  });
});

describe('pascalCase', () => {
  it("gives each rule its default certainty (and a blocking rule's proof), each result its own certainty and gap", () => {
    const r = all();
    const run = runOf(renderSarif(r));
    const rule = (id: string) => run.tool.driver.rules.find((x) => x.id === id)!;
    expect(rule('workflow-disabled-job').properties).toMatchObject({ certainty: 'proven', proof: 'the condition is a constant that GitHub evaluates to false' });
    expect(rule('http-call-without-timeout').properties.certainty).toBe('likely');
    expect(rule('http-call-without-timeout').properties.proof).toBeUndefined();
    for (const x of run.tool.driver.rules) expect(x.properties.certainty).toBe(r.rules[x.id]!.certainty);
    // A likely finding: its message (the finding's own, with policy's suffix) names the gap.
    const likely = run.results.find((x) => x.ruleId === 'js-unresolved-import')!;
    expect(likely.level).toBe('warning');
    expect(likely.properties).toMatchObject({ certainty: 'likely', gap: 'no tsconfig or bundler builds this file', messageId: 'missingRelative' });
    expect(likely.message.text).toContain('(Not proven: no tsconfig or bundler builds this file.)');
    expect(run.results.find((x) => x.ruleId === 'workflow-disabled-job')!.properties.certainty).toBe('proven');
  });

  it('names every catalogue rule', () => {
    expect(pascalCase('k8s-probe-route-mismatch')).toBe('K8sProbeRouteMismatch');
    for (const id of RULE_IDS) expect(pascalCase(id)).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });
});

describe('renderSarif: related locations', () => {
  it('lists a finding\'s other copies as relatedLocations, valid against the schema; none without them', () => {
    const r = fixture();
    const copies = finding('k8s-missing-probes', { path: 'k8s/deploy.yaml', line: 11 }, 'Container `api` has no livenessProbe; also in 2 other files', {
      related: [{ path: 'helm/app/templates/deploy.yaml', line: 12 }, { path: NASTY, line: 3 }],
    });
    const doc = buildSarif(all({ ...r, findings: [copies, ...r.findings] })) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    expect(validateSarif(doc)).toEqual([]);
    const [first, second] = doc.runs[0]!.results;
    expect(first!.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'services/api/helm/app/templates/deploy.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } } },
      { id: 2, physicalLocation: { artifactLocation: { uri: expect.stringContaining('we%20ird') as string, uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } },
    ]);
    expect(second!.relatedLocations).toBeUndefined();
  });
});

describe('renderSarif: what reaches code scanning', () => {
  const ids = (r: RunResult) => runOf(renderSarif(r)).results.map((x) => x.ruleId);

  it('with sarif-rules: security (the default), only findings that mean something for security; with all, every finding', () => {
    const r = fixture();
    expect(r.options.sarifRules).toBe('security');
    expect(new Set(ids(r))).toEqual(new Set(['hardcoded-secret', 'hardcoded-password', 'docker-outdated-base-image', 'workflow-unpinned-action']));
    // "No runbook", a disabled deploy job, a TODO count, an import: never code scanning alerts by default.
    for (const id of ['workflow-disabled-job', 'todo-debt', 'js-unresolved-import', 'coverage-below-threshold', 'k8s-missing-probes']) expect(ids(r)).not.toContain(id);
    expect(runOf(renderSarif(r)).tool.driver.rules.every((x) => x.properties.tags.includes('security') && x.properties['security-severity'] !== undefined)).toBe(true);
    expect(runOf(renderSarif(r)).properties.sarifRules).toBe('security');
    expect(ids(all(r))).toHaveLength(r.findings.length + r.suppressed.length);
  });

  it('leaves out the notifications of rules that are not security rules', () => {
    const notes = (r: RunResult) =>
      (buildSarif(r) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications?: Array<{ associatedRule: { id: string } }> }> }> }).runs[0]!.invocations[0]!.toolExecutionNotifications?.map((n) => n.associatedRule.id);
    expect(notes(fixture())).toBeUndefined();
    expect(notes(all())).toEqual(['http-call-without-timeout', 'no-alerting-rules']);
  });

  it('writes a valid SARIF with zero results when no finding is a security finding, so the upload closes old alerts', () => {
    const r = withFindings([finding('no-runbook', { path: '.' }, 'No runbook'), finding('workflow-disabled-job', { path: '.github/workflows/deploy.yml', line: 3 }, 'Job `deploy` is switched off')]);
    const doc = JSON.parse(renderSarif(r)) as { runs: SarifRun[] };
    expect(validateSarif(doc)).toEqual([]);
    expect(doc.runs[0]!.results).toEqual([]);
    expect(doc.runs[0]!.tool.driver.rules).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif(readyFixture())))).toEqual([]);
    expect(runOf(renderSarif(readyFixture())).results).toEqual([]);
  });

  it('a muted security scan is a security finding; a muted test run of the same rule is not', () => {
    const scan = finding('workflow-masked-failure', { path: '.github/workflows/ci.yml', line: 9 }, 'The security scan `bandit -r .` cannot fail', { messageId: 'masked', data: { kind: 'security scan' } });
    const test = finding('workflow-masked-failure', { path: '.github/workflows/ci.yml', line: 12 }, 'The test run `pytest` cannot fail', { messageId: 'masked', data: { kind: 'test run' } });
    const run = runOf(renderSarif(withFindings([scan, test])));
    expect(run.results.map((x) => x.ruleId)).toEqual(['workflow-masked-failure/security-scan']);
    expect(run.tool.driver.rules[0]).toMatchObject({ id: 'workflow-masked-failure/security-scan', name: 'WorkflowMaskedFailureSecurityScan', properties: { 'security-severity': '5.0', tags: ['security'] } });
    expect(run.tool.driver.rules[0]!.shortDescription.text).toBe('Check in CI that cannot fail (security scan)');
    const both = runOf(renderSarif(withFindings([scan, test], { sarifRules: 'all' })));
    expect(both.results.map((x) => x.ruleId)).toEqual(['workflow-masked-failure/security-scan', 'workflow-masked-failure']);
    const plain = both.tool.driver.rules.find((x) => x.id === 'workflow-masked-failure')!;
    expect(plain.properties['security-severity']).toBeUndefined();
    expect(plain.properties.tags).toEqual([]);
    for (const res of both.results) expect(both.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
    expect(validateSarif(JSON.parse(renderSarif(withFindings([scan, test], { sarifRules: 'all' }))))).toEqual([]);
  });
});

describe('renderSarif: security-severity by what the finding means', () => {
  /** The security-severity GitHub would show for `f`, and the rule it lands under. */
  const scored = (f: Finding): [string, string | undefined] => {
    const run = runOf(renderSarif(withFindings([f], { sarifRules: 'all' })));
    const res = run.results[0]!;
    return [res.ruleId, run.tool.driver.rules[res.ruleIndex]!.properties['security-severity']];
  };
  const at = { path: 'src/app.py', line: 3 };

  it('per rule, never from the gate severity', () => {
    // P0 rules with no security meaning carry none; a P2 rule can still be a medium alert.
    expect(scored(finding('workflow-disabled-job', at, 'off'))).toEqual(['workflow-disabled-job', undefined]);
    expect(scored(finding('undeclared-dependency', at, 'undeclared'))).toEqual(['undeclared-dependency', undefined]);
    expect(scored(finding('no-runbook', { path: '.' }, 'No runbook'))).toEqual(['no-runbook', undefined]);
    expect(scored(finding('lockfile-out-of-sync', at, 'out of sync'))).toEqual(['lockfile-out-of-sync', undefined]);
    expect(scored(finding('workflow-script-injection', at, 'injection'))).toEqual(['workflow-script-injection', '8.8']);
    expect(scored(finding('k8s-ingress-without-tls', at, 'no tls'))).toEqual(['k8s-ingress-without-tls', '7.5']);
    expect(scored(finding('workflow-unpinned-action', at, 'tag'))).toEqual(['workflow-unpinned-action', '5.5']);
    expect(scored(finding('docker-unpinned-base-image', at, 'latest'))).toEqual(['docker-unpinned-base-image', '4.0']);
    expect(scored(finding('branch-protection-missing', { path: '.' }, 'unprotected'))).toEqual(['branch-protection-missing', '5.0']);
    expect(scored(finding('workflow-permissions', at, 'missing', { messageId: 'missing' }))).toEqual(['workflow-permissions', '4.0']);
    expect(scored(finding('workflow-permissions', at, 'write-all', { messageId: 'writeAll' }))).toEqual(['workflow-permissions/write-all', '6.0']);
  });

  it('per finding where its data says more: a credential proven live, a likely one, a fixture password, the advisory severity', () => {
    expect(scored(finding('hardcoded-secret', at, 'key', { messageId: 'secret' }))).toEqual(['hardcoded-secret', '8.5']);
    expect(scored(finding('hardcoded-secret', at, 'key', { messageId: 'secretLive' }))).toEqual(['hardcoded-secret/live', '9.5']);
    expect(scored(finding('hardcoded-secret', at, 'key', { messageId: 'secret', certainty: 'likely', severity: 'P1' }))).toEqual(['hardcoded-secret/likely', '5.0']);
    expect(scored(finding('hardcoded-password', at, 'pw', { fileClass: 'runtime' }))).toEqual(['hardcoded-password', '5.5']);
    expect(scored(finding('hardcoded-password', at, 'pw', { fileClass: 'test' }))).toEqual(['hardcoded-password/test-or-docs', '2.0']);
    const vuln = (severity: string) => finding('vulnerable-dependency', { path: 'package-lock.json', line: 40 }, 'advisory', { data: { severity } });
    expect(scored(vuln('critical'))).toEqual(['vulnerable-dependency/critical', '9.5']);
    expect(scored(vuln('high'))).toEqual(['vulnerable-dependency/high', '8.0']);
    expect(scored(vuln('medium'))).toEqual(['vulnerable-dependency/medium', '5.5']);
    expect(scored(vuln('low'))).toEqual(['vulnerable-dependency/low', '2.5']);
    expect(scored(vuln('unknown'))).toEqual(['vulnerable-dependency/unknown', '5.0']);
  });

  it('scores exactly the rules tagged security, each within GitHub range, and says why beside the tag', () => {
    const tagged = ALL_CHECKS.filter((c) => c.meta.tags?.includes('security')).map((c) => c.meta.id).sort();
    expect(Object.keys(SECURITY_CALIBRATION).sort()).toEqual(tagged);
    expect(tagged).not.toContain('undeclared-dependency');
    expect(tagged).not.toContain('workflow-disabled-job');
    for (const id of tagged) {
      const source = readFileSync(new URL(`../../src/checks/${id}/index.ts`, import.meta.url), 'utf8');
      expect(source, id).toMatch(/\/\/ [^\n]*security[^\n]*\n\s*tags: \[[^\]]*'security'/);
      for (const certainty of ['proven', 'likely'] as const) {
        const sc = SECURITY_CALIBRATION[id as RuleId]!(finding(id as RuleId, at, 'x', { certainty, data: { kind: 'security scan', severity: 'high' } }));
        expect(sc, id).not.toBeNull();
        expect(sc!.score).toBeGreaterThan(0);
        expect(sc!.score).toBeLessThanOrEqual(10);
      }
    }
  });
});

describe('renderSarif: help is the rule page', () => {
  it('help.markdown carries rules/checks/<id>.md, its relative links made absolute; help.text is a plain version', () => {
    const rules = runOf(renderSarif(all())).tool.driver.rules;
    const pw = rules.find((x) => x.id === 'hardcoded-password')!;
    const page = readFileSync(new URL('../../rules/checks/hardcoded-password.md', import.meta.url), 'utf8');
    expect(pw.help.markdown).toBe(page.replace('](hardcoded-secret.md)', '](https://github.com/readiness-gate/readiness-gate/blob/main/rules/checks/hardcoded-secret.md)'));
    expect(pw.help.markdown).not.toBe(page);
    expect(pw.help.text).not.toMatch(/\]\(|```|\*\*Credential/);
    expect(pw.help.text).toContain('# readiness-gate-ignore hardcoded-password: throwaway value of the login form test');
    expect(pw.help.text).toContain('hardcoded-secret (https://github.com/readiness-gate/readiness-gate/blob/main/rules/checks/hardcoded-secret.md)');
    // Every rule of the run has its page.
    for (const r of rules) expect(r.help.markdown.startsWith(`# ${r.id.split('/')[0]}\n`), r.id).toBe(true);
  });

  it('resolves ../ and anchors against the page, and leaves absolute links alone', () => {
    const base = 'https://github.com/o/r/blob/main/rules/checks/x.md';
    expect(absoluteLinks('[a](../secrets.yml) [b](#how-to-fix) [c](https://osv.dev) [d](y.md)', base)).toBe(
      '[a](https://github.com/o/r/blob/main/rules/secrets.yml) [b](https://github.com/o/r/blob/main/rules/checks/x.md#how-to-fix) [c](https://osv.dev) [d](https://github.com/o/r/blob/main/rules/checks/y.md)',
    );
    expect(plainText('## Title\n**bold** `code` [l](u)')).toBe('Title\nbold code l (u)');
  });

  it('stays under GitHub limits with every rule in the run (each page inlined)', () => {
    const r = fixture();
    const everyRule = RULE_IDS.map((id, i) => finding(id, { path: `f${i}.txt`, line: 1 }, `finding of ${id}`));
    const text = renderSarif(all({ ...r, findings: everyRule, suppressed: [] }));
    expect(runOf(text).tool.driver.rules.length).toBeGreaterThanOrEqual(RULE_IDS.length);
    expect(validateSarif(JSON.parse(text))).toEqual([]);
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('README: the security rules of code scanning', () => {
  it('lists exactly the rules tagged security, each with its score', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## SARIF and code scanning'), readme.indexOf('## CLI'));
    const listed = [...section.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(listed.map(([id]) => id).sort()).toEqual(Object.keys(SECURITY_CALIBRATION).sort());
    for (const [id, scores] of listed) {
      const base = SECURITY_CALIBRATION[id as RuleId]!(finding(id as RuleId, { path: 'a.py', line: 1 }, 'x', { data: { kind: 'security scan', severity: 'critical' } }))!;
      expect(scores, id).toContain(base.score.toFixed(1));
    }
  });
});
