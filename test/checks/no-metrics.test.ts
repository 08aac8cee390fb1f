import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-metrics/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n' };

describe('no-metrics', () => {
  it('reports a service without metrics libraries, at its manifest', async () => {
    const fs = await findingsOf(check, { ...svc, 'package.json': '{"dependencies":{"express":"^4"}}' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['no-metrics', 'P1', 'package.json']]);
  });

  it.each([
    ['package.json', '{"dependencies":{"express":"^4","prom-client":"^15"}}'],
    ['requirements.txt', 'flask\nprometheus-flask-exporter==0.23\n'],
    ['go.mod', 'module x\nrequire github.com/prometheus/client_golang v1.19.0\n'],
    ['pom.xml', '<artifactId>micrometer-registry-prometheus</artifactId>'],
    ['pyproject.toml', '[project]\ndependencies = ["ddtrace>=2"]\n'],
    ['k8s/sm.yaml', 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: { name: x }\n'],
    // seen in LemmyNet/lemmy (a crate's Cargo.toml) and maybe-finance/maybe (Gemfile)
    ['crates/routes/Cargo.toml', '[dependencies]\nprometheus = { version = "0.14.0", features = ["process"] }\n'],
    ['Gemfile', 'source "https://rubygems.org"\ngem "rails"\ngem "skylight", groups: [ :production ]\n'],
  ])('near-miss: %s declares metrics', async (path, text) => {
    expect(await findingsOf(check, { ...svc, 'package.json': '{"dependencies":{"express":"^4"}}', [path]: text })).toEqual([]);
  });

  it('near-miss: a name that only contains a metrics library name', async () => {
    expect((await findingsOf(check, { ...svc, 'package.json': '{"dependencies":{"my-prom-client-wrapper":"1"}}' })).length).toBe(1);
    expect((await findingsOf(check, { ...svc, 'Cargo.toml': '[dependencies]\nprometheus-parser = "1"\n' })).map((f) => f.path)).toEqual(['Cargo.toml']);
  });

  it('fixtures: all services have metrics; the library is not judged; dashboards row', async () => {
    for (const repo of ['fastapi-gateway', 'express-kustomize', 'go-raw'] as const) expect(await findingsOf(check, fixtureRepo(repo))).toEqual([]);
    const lib = await scanTree([check], fixtureRepo('py-library'));
    expect(lib.findings).toEqual([]);
    expect(lib.gaps.map((g) => g.status)).toEqual(['n/a', 'n/a']);
  });
});
