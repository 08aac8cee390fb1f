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

  it('Gradle: a coordinate\'s artifact, and a version catalog\'s library named by its accessor (kafka-ui), count', async () => {
    const gradle = { ...svc, 'settings.gradle': "rootProject.name = 'x'\n" };
    expect(await findingsOf(check, { ...gradle, 'build.gradle': "dependencies {\n  implementation 'io.micrometer:micrometer-registry-prometheus:1.12.0'\n}\n" })).toEqual([]);
    const catalog = '[versions]\nboot = "3.2.0"\n[libraries]\nmicrometer-registry-prometheus = { module = "io.micrometer:micrometer-registry-prometheus" }\nspring_boot_actuator = "org.springframework.boot:spring-boot-starter-actuator:3.2.0"\njackson = { group = "com.fasterxml.jackson.core", name = "jackson-databind", version = "2.17.0" }\n[bundles]\nmonitoring = ["micrometer-registry-prometheus", "jackson"]\n';
    const scan = await scanTree([check], { ...gradle, 'gradle/libs.versions.toml': catalog, 'api/build.gradle': 'dependencies {\n  runtimeOnly(libs.micrometer.registry.prometheus) { because "metrics" }\n}\n' });
    expect(scan.findings).toEqual([]);
    expect(scan.gaps.find((g) => g.component === 'metrics')?.evidence).toBe('api/build.gradle: micrometer-registry-prometheus (libs.micrometer.registry.prometheus, from the version catalog)');
    expect(await findingsOf(check, { ...gradle, 'gradle/libs.versions.toml': catalog, 'build.gradle.kts': 'dependencies {\n  implementation(libs.spring.boot.actuator)\n}\n' })).toEqual([]);
    expect(await findingsOf(check, { ...gradle, 'gradle/libs.versions.toml': catalog, 'build.gradle': 'dependencies { implementation libs.bundles.monitoring }\n' })).toEqual([]);
    // Near misses: listed in the catalog but named by no build file; a build naming another library; another catalog's accessor.
    expect((await findingsOf(check, { ...gradle, 'gradle/libs.versions.toml': catalog, 'build.gradle': 'dependencies { implementation libs.jackson }\n' })).length).toBe(1);
    expect((await findingsOf(check, { ...gradle, 'gradle/libs.versions.toml': catalog, 'build.gradle': 'dependencies { implementation other.micrometer.registry.prometheus }\n' })).length).toBe(1);
    const broken = await scanTree([check], { ...gradle, 'gradle/libs.versions.toml': 'not [ toml', 'build.gradle': 'dependencies { implementation libs.micrometer.registry.prometheus }\n' });
    expect(broken.findings.length).toBe(1);
    expect(broken.malformed.map((m) => [m.path, m.kind])).toEqual([['gradle/libs.versions.toml', 'toml']]);
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
