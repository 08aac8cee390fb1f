import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/model/catalogue.js';
import { AREAS, SEVERITIES } from '../../src/model/types.js';
import { loadBaseline } from '../../src/policy/baseline.js';
import { buildReport, renderJson } from '../../src/report/json.js';
import { bigFixture, expectGolden, finding, fixture, readyFixture } from './fixture.js';
import { reportSchema, validateReport } from './validate.js';

describe('renderJson', () => {
  it('matches the golden report', () => {
    expectGolden('report.json', renderJson(fixture()));
  });

  it('is valid against schemas/report.schema.json', () => {
    expect(validateReport(JSON.parse(renderJson(fixture())))).toEqual([]);
    expect(validateReport(JSON.parse(renderJson(readyFixture())))).toEqual([]);
    expect(validateReport(JSON.parse(renderJson(bigFixture(300))))).toEqual([]);
  });

  it('the schema rejects what the report must not contain', () => {
    const doc = JSON.parse(renderJson(fixture())) as { findings: Array<Record<string, unknown>>; [k: string]: unknown };
    expect(validateReport({ ...doc, findings: [{ ...doc.findings[0], ruleId: 'no-such-rule' }] })).not.toEqual([]);
    expect(validateReport({ ...doc, findings: [{ ...doc.findings[0], severity: 'P3' }] })).not.toEqual([]);
    expect(validateReport({ ...doc, timestamp: '2026-01-01' })).not.toEqual([]);
  });

  it('has the SPEC §5 shape, keys in a fixed order, 2-space indented, with a trailing newline', () => {
    const text = renderJson(fixture());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'schemaVersion', 'tool', 'root', 'commit', 'profile', 'verdict', 'score', 'counts', 'effortMinutes',
      'findings', 'suppressed', 'gaps', 'checks', 'metrics', 'sbom', 'skipped', 'nonUtf8', 'malformed', 'repositoryMap',
    ]);
    const f = (doc.findings as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(f)).toEqual([
      'ruleId', 'severity', 'certainty', 'gap', 'fileClass', 'area', 'title', 'messageId', 'data', 'message', 'location', 'evidence', 'remediation', 'effortMinutes', 'fingerprint', 'baseline',
    ]);
    expect(Object.keys(doc.metrics as object).slice(0, 4)).toEqual(['tests', 'coverage', 'typeCoverage', 'files']);
  });

  it('writes no timings', () => {
    const text = renderJson(fixture());
    expect(text).not.toMatch(/millis|timing|duration/i);
    expect(text).not.toMatch(/"\w+Ms"/);
  });

  it('is deterministic, whatever order checks recorded metrics in', () => {
    const a = fixture();
    const b = fixture();
    b.metrics = Object.fromEntries(Object.entries(b.metrics).reverse());
    b.metrics.coverage = Object.fromEntries(Object.entries(b.metrics.coverage!).reverse()) as typeof b.metrics.coverage;
    b.sbom = { ...b.sbom!, ecosystems: { npm: 150, pypi: 37 } };
    expect(renderJson(b)).toBe(renderJson(a));
  });

  it('a report is a usable baseline: loadBaseline reads its fingerprints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-json-'));
    try {
      const path = join(dir, 'report.json');
      writeFileSync(path, renderJson(fixture()));
      expect(loadBaseline(path, [dir])).toEqual(new Set(fixture().findings.map((f) => f.fingerprint)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports missing evidence and baseline as null, and suppressions with their reason', () => {
    const doc = buildReport(fixture()) as { findings: Array<Record<string, unknown>>; suppressed: Array<Record<string, unknown>> };
    const todo = doc.findings.find((f) => f.ruleId === 'todo-debt')!;
    expect(todo.evidence).toBeNull();
    expect(todo.location).toEqual({ path: '.' });
    expect(doc.suppressed[0]!.suppression).toEqual({
      source: 'config',
      reason: 'test key, never deployed',
      location: { path: '.github/readiness-gate.yml', line: 14 },
      expires: '2027-06-30',
    });
  });
});

describe('schemas/report.schema.json', () => {
  const defs = reportSchema.definitions as Record<string, { enum?: unknown[] }>;
  it('lists exactly the catalogue rule IDs, severities and areas', () => {
    expect(defs.ruleId!.enum).toEqual(RULE_IDS);
    expect(defs.severity!.enum).toEqual([...SEVERITIES]);
    expect(defs.area!.enum).toEqual([...AREAS]);
  });
});

describe('renderJson: related locations', () => {
  it('writes `related` only on a finding that has copies, valid against the schema', () => {
    const r = fixture();
    const copies = finding('k8s-missing-probes', { path: 'k8s/deploy.yaml', line: 11 }, 'Container `api` has no livenessProbe', { related: [{ path: 'kustomize/base/deploy.yaml', line: 11 }] });
    const doc = JSON.parse(renderJson({ ...r, findings: [copies, ...r.findings], suppressed: [{ ...copies, suppressed: { source: 'config', reason: 'known', location: { path: '.readiness-gate.yml', line: 3 } } }] })) as { findings: Array<Record<string, unknown>>; suppressed: Array<Record<string, unknown>> };
    expect(validateReport(doc)).toEqual([]);
    expect(doc.findings[0]!.related).toEqual([{ path: 'kustomize/base/deploy.yaml', line: 11 }]);
    expect(doc.suppressed[0]!.related).toEqual([{ path: 'kustomize/base/deploy.yaml', line: 11 }]);
    expect('related' in doc.findings[1]!).toBe(false);
    expect(validateReport({ ...doc, findings: [{ ...doc.findings[0], related: [{ line: 3 }] }] })).not.toEqual([]);
  });
});
