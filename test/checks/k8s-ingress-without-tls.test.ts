import check from '../../src/checks/k8s-ingress-without-tls/index.js';
import { testCheck } from '../helpers/check-tester.js';
import { fixtureRepo } from '../fixtures/repos/load.js';

const ingress = (spec: string, meta = '') => `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n${meta}spec:\n${spec}`;
const rules = '  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend: { service: { name: web, port: { number: 80 } } }\n';

testCheck(check, {
  invalid: [
    {
      name: 'an Ingress with rules and no tls, at the rules: line, in a multi-document file',
      files: { 'k8s/all.yaml': `apiVersion: v1\nkind: Service\nmetadata: { name: web }\n---\n${ingress(rules)}` },
      errors: [{ messageId: 'noTls', path: 'k8s/all.yaml', line: 10, severity: 'P0', data: { name: 'web', hosts: 'shop.example.com' } }],
    },
    {
      name: 'near-miss: an extensions/v1beta1 Ingress (removed in Kubernetes 1.22) cannot be applied: likely, P1',
      files: { 'k8s/ingress.yaml': ingress(rules).replace('networking.k8s.io/v1', 'extensions/v1beta1') },
      errors: [{ messageId: 'noTls', path: 'k8s/ingress.yaml', line: 6, certainty: 'likely', severity: 'P1', gap: '`extensions/v1beta1` Ingress was removed in Kubernetes 1.22: this manifest cannot be applied to a current cluster as written' }],
    },
    {
      name: 'near-miss: a networking.k8s.io/v1beta1 Ingress too',
      files: { 'k8s/ingress.yaml': ingress(rules).replace('networking.k8s.io/v1', 'networking.k8s.io/v1beta1') },
      errors: [{ messageId: 'noTls', path: 'k8s/ingress.yaml', line: 6, certainty: 'likely', severity: 'P1' }],
    },
    {
      name: 'another Ingress serves every host with TLS (session 20 triage: exceptionless, an HTTP listener that redirects): likely, P1, the other named',
      files: {
        'k8s/https.yaml': ingress(`${rules}  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n`).replace('name: web', 'name: web-https'),
        'k8s/http.yaml': ingress(rules, '  annotations:\n    alb.networking.azure.io/alb-ingress-extension: redirect\n').replace('name: web', 'name: web-http'),
      },
      errors: [{ messageId: 'noTls', path: 'k8s/http.yaml', line: 8, certainty: 'likely', severity: 'P1', gap: 'Ingress `web-https` (k8s/https.yaml:6) serves its hosts (`shop.example.com`) with TLS: this one may only redirect HTTP to HTTPS, which the controller\'s configuration decides' }],
    },
    {
      name: 'near-miss: the other Ingress serves another host with TLS: proven',
      files: {
        'k8s/https.yaml': ingress(`${rules.replace('shop.example.com', 'api.example.com')}  tls:\n    - hosts: [api.example.com]\n      secretName: shop-tls\n`).replace('name: web', 'name: api'),
        'k8s/http.yaml': ingress(rules),
      },
      errors: [{ messageId: 'noTls', path: 'k8s/http.yaml', line: 6, certainty: 'proven', severity: 'P0' }],
    },
    {
      name: 'a templated host served with TLS by another Ingress of the same template file: likely',
      files: {
        'chart/Chart.yaml': 'name: c\n',
        'chart/templates/a.yaml': `${ingress(`${rules}  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n`.replace(/shop\.example\.com/g, '{{ .Values.host }}')).replace('name: web', 'name: a')}---\n${ingress(rules.replace('shop.example.com', '{{ .Values.host }}')).replace('name: web', 'name: a-http')}`,
      },
      errors: [{ messageId: 'noTls', path: 'chart/templates/a.yaml', line: 22, certainty: 'likely', severity: 'P1' }],
    },
    {
      name: 'near-miss: the other Ingress has the host in its rules but its spec.tls lists another: proven',
      files: {
        'k8s/https.yaml': ingress(`${rules}  tls:\n    - hosts: [api.example.com]\n      secretName: api-tls\n`).replace('name: web', 'name: web-https'),
        'k8s/http.yaml': ingress(rules).replace('name: web', 'name: web-http'),
      },
      errors: [
        { messageId: 'noTls', path: 'k8s/http.yaml', line: 6, certainty: 'proven', severity: 'P0' },
      ],
    },
    {
      name: 'near-miss: a templated host is the same host only in the same template file',
      files: {
        'chart/Chart.yaml': 'name: c\n',
        'chart/templates/a.yaml': ingress(`${rules}  tls:\n    - hosts: [shop.example.com]\n      secretName: shop-tls\n`.replace(/shop\.example\.com/g, '{{ .Values.host }}')).replace('name: web', 'name: a'),
        'chart/templates/b.yaml': ingress(rules.replace('shop.example.com', '{{ .Values.other }}')).replace('name: web', 'name: b'),
      },
      errors: [{ messageId: 'noTls', path: 'chart/templates/b.yaml', line: 6, certainty: 'proven', severity: 'P0' }],
    },
    {
      name: "hosts written the same in two templates of one chart, one with TLS for its values' hosts (laa-submit-crime-forms): likely",
      files: {
        'chart/Chart.yaml': 'name: c\n',
        'chart/templates/ingress.yaml': ingress(`  tls:\n    {{- range .Values.ingress.tls }}\n    - hosts:\n        {{- range .hosts }}\n        - {{ . | quote }}\n        {{- end }}\n      secretName: {{ .secretName }}\n    {{- end }}\n  rules:\n    {{- range .Values.ingress.hosts }}\n    - host: {{ .host | quote }}\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend: { service: { name: web, port: { number: 80 } } }\n    {{- end }}\n`),
        'chart/templates/public.yaml': ingress(`  rules:\n    {{- range .Values.ingress.hosts }}\n    - host: {{ .host | quote }}\n      http:\n        paths:\n          - path: /ping\n            pathType: Exact\n            backend: { service: { name: web, port: { number: 80 } } }\n    {{- end }}\n`).replace('name: web', 'name: public'),
      },
      errors: [{ messageId: 'noTls', path: 'chart/templates/public.yaml', line: 6, certainty: 'likely', severity: 'P1' }],
    },
    {
      name: 'near-miss: a file name that only contains a local cluster word stays proven',
      files: { 'deploy/k8s/minikubes-guide-prod.yml': ingress(rules) },
      errors: [{ messageId: 'noTls', path: 'deploy/k8s/minikubes-guide-prod.yml', line: 6, certainty: 'proven', severity: 'P0' }],
    },
    {
      name: 'a Helm chart that picks the apiVersion by the cluster\'s capabilities stays proven',
      files: {
        'chart/templates/ingress.yaml': '{{- if semverCompare "<1.19-0" .Capabilities.KubeVersion.GitVersion }}\napiVersion: extensions/v1beta1\n{{- else }}\napiVersion: networking.k8s.io/v1\n{{- end }}\n' + ingress(rules).split('\n').slice(1).join('\n'),
        'chart/Chart.yaml': 'name: c\n',
      },
      errors: [{ messageId: 'noTls', path: 'chart/templates/ingress.yaml', line: 10, certainty: 'proven', severity: 'P0' }],
    },
    {
      name: 'hosts that only the machine or a private network resolves prove no exposure: likely, P1 (literal)',
      files: { 'k8s/ingress.yaml': ingress(rules.replace('shop.example.com', 'kubernetes.docker.internal') + '    - host: app.localhost\n      http:\n        paths: []\n') },
      errors: [{ messageId: 'noTls', path: 'k8s/ingress.yaml', line: 6, certainty: 'likely', severity: 'P1', gap: 'its hosts (`kubernetes.docker.internal`, `app.localhost`) are names only the machine or a private network resolves: nothing shows clear text crossing a network; an install that gives it a public name needs TLS' }],
    },
    {
      name: "eShopOnDapr: a chart's host from values.yaml (`hostName: localhost`): likely, P1, the values named",
      files: { 'helm/templates/ingress.yaml': ingress(rules.replace('shop.example.com', '{{ .Values.hostName }}')), 'helm/Chart.yaml': 'name: c\n', 'helm/values.yaml': 'hostName: localhost\n' },
      errors: [{ messageId: 'noTls', path: 'helm/templates/ingress.yaml', line: 6, certainty: 'likely', severity: 'P1', gap: "its hosts (`localhost`, from the chart's values) are names only the machine or a private network resolves: nothing shows clear text crossing a network; an install that gives it a public name needs TLS" }],
    },
    ...[
      ['a public name beside a local one', { 'k8s/ingress.yaml': ingress(rules + '    - host: localhost\n      http:\n        paths: []\n') }, 'k8s/ingress.yaml'],
      ['a rule without a host (every name)', { 'k8s/ingress.yaml': ingress(rules.replace('    - host: shop.example.com\n      http:', '    - http:') + '    - host: localhost\n      http:\n        paths: []\n') }, 'k8s/ingress.yaml'],
      ['a values file the chart deploys with names a public host', { 'helm/templates/ingress.yaml': ingress(rules.replace('shop.example.com', '{{ .Values.hostName }}')), 'helm/Chart.yaml': 'name: c\n', 'helm/values.yaml': 'hostName: localhost\n', 'helm/values-prod.yaml': 'hostName: shop.example.com\n' }, 'helm/templates/ingress.yaml'],
      ['the value is missing', { 'helm/templates/ingress.yaml': ingress(rules.replace('shop.example.com', '{{ .Values.hostName }}')), 'helm/Chart.yaml': 'name: c\n', 'helm/values.yaml': 'other: localhost\n' }, 'helm/templates/ingress.yaml'],
      ['a name that merely contains local (localhost.example.com)', { 'k8s/ingress.yaml': ingress(rules.replace('shop.example.com', 'localhost.example.com')) }, 'k8s/ingress.yaml'],
    ].map(([what, files, path]) => ({ name: `near-miss: ${what as string}: proven, P0`, files: files as Record<string, string>, errors: [{ messageId: 'noTls', path: path as string, line: 6, certainty: 'proven' as const, severity: 'P0' as const }] })),
    {
      name: 'an Ingress inside a List',
      files: { 'k8s/list.yaml': `apiVersion: v1\nkind: List\nitems:\n  - ${ingress(rules).replace(/\n/g, '\n    ')}` },
      errors: [{ messageId: 'noTls', path: 'k8s/list.yaml', line: 9 }],
    },
    {
      name: 'a Helm template without a `tls:` block',
      files: { 'chart/templates/ingress.yaml': '{{- if .Values.ingress.enabled }}\n' + ingress(rules.replace('shop.example.com', '{{ .Values.host }}')) + '{{- end }}\n', 'chart/Chart.yaml': 'name: c\n' },
      errors: [{ messageId: 'noTls', path: 'chart/templates/ingress.yaml', line: 7 }],
    },
    {
      name: 'malformed manifests are noted and the others checked; the check owns the TLS gap row',
      files: { 'k8s/bad.yaml': 'apiVersion: v1\nkind: Ingress\nspec: [\n', 'k8s/ok.yaml': ingress(rules) },
      malformed: [{ path: 'k8s/bad.yaml', kind: 'yaml' }],
      gaps: [{ area: 'security', component: 'TLS', status: 'missing', evidence: 'k8s/ok.yaml:6' }],
      errors: [{ messageId: 'noTls', path: 'k8s/ok.yaml', line: 6 }],
    },
    {
      name: 'fixture: the production overlay of the Express service (not its dev overlay)',
      files: fixtureRepo('express-kustomize'),
      errors: [{ messageId: 'noTls', path: 'k8s/overlays/production/ingress.yaml', line: 7 }],
    },
  ],
  valid: [
    { name: 'near-miss: an Ingress with tls', files: { 'k8s/i.yaml': ingress(`  tls:\n    - hosts: [shop.example.com]\n      secretName: web-tls\n${rules}`) } },
    { name: 'near-miss: an Ingress with TLS on the ALB', files: { 'k8s/i.yaml': ingress(rules, '  annotations:\n    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:1:certificate/x\n') } },
    { name: 'near-miss: an Ingress without rules (default backend only)', files: { 'k8s/i.yaml': ingress('  defaultBackend: { service: { name: web, port: { number: 80 } } }\n') } },
    ...['test/fixtures/i.yaml', 'examples/i.yaml', 'docs/i.yaml', 'k8s/overlays/dev/i.yaml', 'hack/i.yaml'].map((p) => ({ name: `near-miss: a manifest of tests, examples, docs or dev overlays: ${p}`, files: { [p]: ingress(rules) } })),
    // quarkusio/quarkus-super-heroes: manifests named for a local cluster
    ...['deploy/k8s/java25-minikube.yml', 'deploy/k8s/native-minikube.yml', 'src/main/kubernetes/minikube.yml', 'deploy/k3d.yaml', 'deploy/app.docker-desktop.yaml'].map((p) => ({ name: `near-miss: a manifest named for a local cluster: ${p}`, files: { [p]: ingress(rules) } })),
    { name: 'fixture: Helm templates with a `tls:` block behind a values switch (fastapi-gateway)', files: fixtureRepo('fastapi-gateway') },
    { name: 'fixture: the Go service has TLS', files: fixtureRepo('go-raw') },
  ],
});
