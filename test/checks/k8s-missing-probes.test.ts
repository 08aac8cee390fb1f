import { describe, expect, it } from 'vitest';
import check from '../../src/checks/k8s-missing-probes/index.js';
import { findingsOf } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const workload = (kind: string, container: string, selector = true) =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: api\nspec:\n${selector ? '  selector:\n    matchLabels: { app: api }\n' : ''}  template:\n    spec:\n      containers:\n${container}`;
const c = (probes: string) => `        - name: api\n          image: ghcr.io/acme/api:1\n${probes}`;
const ready = '          readinessProbe:\n            httpGet: { path: /ready, port: 8080 }\n';
const live = '          livenessProbe:\n            tcpSocket: { port: 8080 }\n';

describe('k8s-missing-probes', () => {
  it.each(['Deployment', 'StatefulSet', 'DaemonSet'])('reports a %s container without probes, at the container', async (kind) => {
    const fs = await findingsOf(check, { 'k8s/api.yaml': workload(kind, c('')) });
    expect(fs.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['k8s-missing-probes', 'P1', 11]]);
    expect(fs[0]!.message).toContain('no readinessProbe and no livenessProbe');
  });

  it('reports the one probe that is missing', async () => {
    expect((await findingsOf(check, { 'k8s/api.yaml': workload('Deployment', c(ready)) }))[0]!.message).toContain('no livenessProbe');
    expect((await findingsOf(check, { 'k8s/api.yaml': workload('Deployment', c(live)) }))[0]!.message).toContain('no readinessProbe');
  });

  it('near-misses: both probes (any type), Jobs and CronJobs, kustomize patches without a selector, Helm includes', async () => {
    expect(await findingsOf(check, { 'k8s/a.yaml': workload('Deployment', c(ready + live)) })).toEqual([]);
    expect(await findingsOf(check, { 'k8s/j.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: m }\nspec:\n  template:\n    spec:\n      containers:\n        - name: m\n          image: x\n' })).toEqual([]);
    expect(await findingsOf(check, { 'k8s/patch.yaml': workload('Deployment', c(''), false) })).toEqual([]);
    const helm = workload('Deployment', c('          {{- include "probes" . | nindent 10 }}\n'));
    expect(await findingsOf(check, { 'chart/templates/d.yaml': helm })).toEqual([]);
  });

  it('fixtures: readiness only in the Express base; the Go repo\'s redis; the patch and chart are fine', async () => {
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line, f.message.includes('no livenessProbe')])).toEqual([['k8s/base/deployment.yaml', 13, true]]);
    expect((await findingsOf(check, fixtureRepo('go-raw'))).map((f) => [f.path, f.line])).toEqual([['deploy/k8s/redis.yaml', 14]]);
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
  });
});
