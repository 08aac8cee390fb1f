import { describe, expect, it } from 'vitest';
import check from '../../src/checks/k8s-ingress-without-tls/index.js';
import { findingsOf, scanTree } from '../helpers/rule-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const ingress = (spec: string, meta = '') => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n${meta}spec:\n${spec}`;
const rules = '  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend: { service: { name: web, port: { number: 80 } } }\n';

describe('k8s-ingress-without-tls', () => {
  it('reports an Ingress with rules and no tls, at the rules: line, in a multi-document file', async () => {
    const fs = await findingsOf(check, { 'k8s/all.yaml': `apiVersion: v1\nkind: Service\nmetadata: { name: web }\n---\n${ingress(rules)}` });
    expect(fs.map((f) => [f.ruleId, f.severity, f.path, f.line])).toEqual([['k8s-ingress-without-tls', 'P0', 'k8s/all.yaml', 10]]);
    expect(fs[0]!.message).toContain('`shop.example.com`');
  });

  it('reports an Ingress inside a List', async () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - ${ingress(rules).replace(/\n/g, '\n    ')}`;
    expect((await findingsOf(check, { 'k8s/list.yaml': list })).length).toBe(1);
  });

  it.each([
    ['with tls', ingress(`  tls:\n    - hosts: [shop.example.com]\n      secretName: web-tls\n${rules}`)],
    ['TLS on the ALB', ingress(rules, '  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:1:certificate/x\n')],
    ['without rules (default backend only)', ingress('  defaultBackend: { service: { name: web, port: { number: 80 } } }\n')],
  ])('near-miss: an Ingress %s', async (_what, text) => {
    expect(await findingsOf(check, { 'k8s/i.yaml': text })).toEqual([]);
  });

  it('near-miss: manifests of tests, examples, docs and dev overlays', async () => {
    for (const p of ['test/fixtures/i.yaml', 'examples/i.yaml', 'docs/i.yaml', 'k8s/overlays/dev/i.yaml', 'hack/i.yaml']) expect(await findingsOf(check, { [p]: ingress(rules) })).toEqual([]);
  });

  it('reads Helm templates: a `tls:` block behind a values switch counts', async () => {
    expect((await findingsOf(check, fixtureRepo('fastapi-gateway')))).toEqual([]);
    const bare = '{{- if .Values.ingress.enabled }}\n' + ingress(rules.replace('shop.example.com', '{{ .Values.host }}')) + '{{- end }}\n';
    expect((await findingsOf(check, { 'chart/templates/ingress.yaml': bare, 'chart/Chart.yaml': 'name: c\n' })).length).toBe(1);
  });

  it('reports malformed manifests and checks the others; owns the TLS gap row', async () => {
    const r = await scanTree([check], { 'k8s/bad.yaml': 'apiVersion: v1\nkind: Ingress\nspec: [\n', 'k8s/ok.yaml': ingress(rules) });
    expect(r.malformed.filter((m) => m.kind === 'yaml').map((m) => m.path)).toEqual(['k8s/bad.yaml']);
    expect(r.findings.map((f) => f.location.path)).toEqual(['k8s/ok.yaml']);
    expect(r.gaps).toEqual([{ area: 'security', component: 'TLS', status: 'missing', evidence: 'k8s/ok.yaml:6' }]);
  });

  it('fixtures: the production overlay of the Express service (not its dev overlay); the Go service has TLS', async () => {
    expect((await findingsOf(check, fixtureRepo('express-kustomize'))).map((f) => [f.path, f.line])).toEqual([['k8s/overlays/production/ingress.yaml', 7]]);
    expect(await findingsOf(check, fixtureRepo('go-raw'))).toEqual([]);
  });
});
