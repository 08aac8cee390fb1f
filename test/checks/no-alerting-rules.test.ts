import { describe, expect, it } from 'vitest';
import check from '../../src/checks/no-alerting-rules/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const svc = { Dockerfile: 'FROM node:22\n' };

describe('no-alerting-rules', () => {
  it('reports a service without alert definitions, at "."', async () => {
    const fs = await findingsOf(check, { ...svc, 'monitoring/recording.yml': 'groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum(up)\n' });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path])).toEqual([['no-alerting-rules', 'P1', '.']]);
  });

  it.each([
    ['k8s/rules.yaml', 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata: { name: r }\nspec:\n  groups: []\n'],
    ['prometheus/alerts.yml', 'groups:\n  - name: a\n    rules:\n      - alert: Down\n        expr: up == 0\n'],
    ['alertmanager.yml', 'route:\n  receiver: team\nreceivers:\n  - name: team\n'],
    ['infra/monitors.tf', 'resource "datadog_monitor" "errors" {\n  name = "errors"\n}\n'],
    ['mixin/alerts.libsonnet', '{ prometheusAlerts+:: { groups+: [] } }\n'],
  ])('near-miss: %s', async (path, text) => {
    expect(await findingsOf(check, { ...svc, [path]: text })).toEqual([]);
  });

  it('fixtures: a PrometheusRule Helm template (gateway), a rule file (Go); none in the Express service', async () => {
    expect(await findingsOf(check, fixtureRepo('fastapi-gateway'))).toEqual([]);
    expect(await findingsOf(check, fixtureRepo('go-raw'))).toEqual([]);
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).length).toBe(1);
    expect((await scanTree([check], fixtureRepo('py-library'))).findings).toEqual([]);
  });
});
