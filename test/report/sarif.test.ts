import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/model/catalogue.js';
import { buildSarif, FINGERPRINT_KEY, MAX_RESULTS, pascalCase, renderSarif } from '../../src/report/sarif.js';
import { bigFixture, expectGolden, finding, fixture, NASTY, readyFixture } from './fixture.js';
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
  automationDetails: { id: string };
  results: SarifResult[];
  properties: Record<string, unknown>;
}

const runOf = (text: string) => (JSON.parse(text) as { runs: SarifRun[] }).runs[0]!;

describe('renderSarif', () => {
  it('matches the golden SARIF', () => {
    expectGolden('readiness.sarif', renderSarif(fixture()));
  });

  it('is valid against the OASIS SARIF 2.1.0 schema', () => {
    expect(validateSarif(JSON.parse(renderSarif(fixture())))).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif({ ...fixture(), links: null })))).toEqual([]);
    expect(validateSarif(JSON.parse(renderSarif(readyFixture())))).toEqual([]);
  });

  it('the schema validator does reject broken SARIF (uri with a space, no tool)', () => {
    const doc = buildSarif(fixture()) as { runs: SarifRun[] };
    const bad = structuredClone(doc);
    bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b/c:d.py';
    expect(validateSarif(bad)).not.toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{}] })).not.toEqual([]);
  });

  it('has one rule per rule ID in the results, sorted, with ruleIndex pointing at it', () => {
    const run = runOf(renderSarif(fixture()));
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...new Set(run.results.map((r) => r.ruleId))].sort());
    for (const res of run.results) expect(run.tool.driver.rules[res.ruleIndex]!.id).toBe(res.ruleId);
  });

  it('describes each rule as GitHub uses it', () => {
    const rules = runOf(renderSarif(fixture())).tool.driver.rules;
    const secret = rules.find((r) => r.id === 'hardcoded-secret')!;
    expect(secret).toMatchObject({
      name: 'HardcodedSecret',
      shortDescription: { text: 'Hardcoded credential' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security'], precision: 'high', 'security-severity': '9.0' },
    });
    expect(secret.help.markdown).toContain('https://github.com/readiness-gate/readiness-gate/blob/main/rules/checks/hardcoded-secret.md');
    expect(secret.help.text).toContain('How to fix: Remove the key');
    const todo = rules.find((r) => r.id === 'todo-debt')!;
    expect(todo.properties['security-severity']).toBeUndefined();
    expect(todo.properties.tags).toEqual(['code-health']);
    expect(todo.defaultConfiguration.level).toBe('note');
    expect(rules.find((r) => r.id === 'docker-outdated-base-image')!.properties).toMatchObject({ tags: ['supply-chain', 'security'], 'security-severity': '4.0' });
    for (const r of rules) {
      expect(r.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(r.properties.tags.length).toBeLessThanOrEqual(20);
    }
  });

  it('maps levels, fingerprints and repository-relative, percent-encoded URIs', () => {
    const run = runOf(renderSarif(fixture()));
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
    const run = runOf(renderSarif(fixture()));
    const cov = run.results.find((r) => r.ruleId === 'coverage-below-threshold')!;
    expect(cov.locations[0]!.physicalLocation).toEqual(expected);
    const local = runOf(renderSarif({ ...fixture(), links: null })).results.find((r) => r.ruleId === 'coverage-below-threshold')!;
    expect(local.locations[0]!.physicalLocation).toEqual(expected);
  });

  it('writes suppressed findings as suppressed results', () => {
    const run = runOf(renderSarif(fixture()));
    const sup = run.results.filter((r) => r.suppressions);
    expect(sup.map((r) => r.suppressions)).toEqual([
      [{ kind: 'external', status: 'accepted', justification: 'test key, never deployed' }],
      [{ kind: 'inSource', status: 'accepted', justification: 'fake | value for <tests>' }],
    ]);
    expect(run.results.length).toBe(fixture().findings.length + fixture().suppressed.length);
  });

  it('has no absolute paths, no timestamps, and a per-directory category', () => {
    const text = renderSarif(fixture());
    expect(text).not.toMatch(/file:\/\/|\/work\/checkout|originalUriBaseIds/);
    expect(text).not.toMatch(/Time"|millis/);
    expect(runOf(text).automationDetails.id).toBe('readiness-gate/services/api/');
    expect(runOf(renderSarif({ ...fixture(), links: null })).automationDetails.id).toBe('readiness-gate/');
  });

  it('keeps within GitHub limits: at most 25,000 results, under 10 MB gzip', () => {
    const r = bigFixture(MAX_RESULTS + 500);
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
    const r = fixture();
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
    const doc = buildSarif({ ...r, findings: [copies, ...r.findings] }) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    expect(validateSarif(doc)).toEqual([]);
    const [first, second] = doc.runs[0]!.results;
    expect(first!.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'services/api/helm/app/templates/deploy.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } } },
      { id: 2, physicalLocation: { artifactLocation: { uri: expect.stringContaining('we%20ird') as string, uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } },
    ]);
    expect(second!.relatedLocations).toBeUndefined();
  });
});
